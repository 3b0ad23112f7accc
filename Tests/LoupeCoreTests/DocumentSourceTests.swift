import Foundation
import LoupeCore
import LoupeTestSupport
import XCTest

final class DocumentSourceTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-source")
    }

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func code(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return (error as? LoupeError)?.code ?? "\(error)" }
    }

    func testEveryBadInputHasItsError() throws {
        XCTAssertEqual(
            code { _ = try DocumentSource.readText(path: folder.appendingPathComponent("missing.txt").path) }, "E101")
        XCTAssertEqual(code { _ = try DocumentSource.readText(path: folder.path) }, "E102")
        let binary = try write([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "a.zip")
        XCTAssertEqual(code { _ = try DocumentSource.readText(path: binary) }, "E103")
        let latin1 = try write(Array("Gr".utf8) + [0xF6, 0xDF, 0x65], "latin1.txt")
        XCTAssertEqual(code { _ = try DocumentSource.readText(path: latin1) }, "E104")
        let empty = try write([], "empty.txt")
        XCTAssertEqual(code { _ = try DocumentSource.readText(path: empty) }, "E105")
        let blank = try write(Array(" \n\t\n".utf8), "blank.txt")
        XCTAssertEqual(code { _ = try DocumentSource.readText(path: blank) }, "E105")
        let big = try write([UInt8](repeating: 65, count: 2_000), "big.txt")
        XCTAssertEqual(code { _ = try DocumentSource.readText(path: big, maxBytes: 1_000) }, "E106")
    }

    func testInvalidUTF8IsLocated() throws {
        let path = try write(Array("eins\nzwei\ndr".utf8) + [0xE2, 0x28, 0xA1], "bad.txt")
        XCTAssertThrowsError(try DocumentSource.readText(path: path)) { error in
            XCTAssertTrue("\(error)".contains("line 3"), "\(error)")
        }
        XCTAssertEqual(DocumentSource.firstInvalidUTF8([0xC0, 0xAF]), 0)  // overlong
        XCTAssertEqual(DocumentSource.firstInvalidUTF8([0xED, 0xA0, 0x80]), 0)  // surrogate
        XCTAssertNil(DocumentSource.firstInvalidUTF8(Array("Grüße 👍".utf8)))
    }

    func testADocumentKeepsItsByteOrderMarkSoOffsetsCountItLikePython() throws {
        // Python's open(f, encoding="utf-8").read() keeps U+FEFF: offsets must count it.
        let path = try write([0xEF, 0xBB, 0xBF] + Array("Grüße\r\n".utf8), "bom.txt")
        let text = try DocumentSource.readText(path: path)
        XCTAssertEqual(text, "\u{FEFF}Grüße\r\n")
        let document = Document(text: text)
        XCTAssertEqual(document.tokens.count, 1)
        XCTAssertEqual(document.offsets.codePoint(atByte: document.tokens[0].span.start), 1)
        // Files that are not documents lose it.
        XCTAssertEqual(try DocumentSource.readText(path: path, keepByteOrderMark: false), "Grüße\r\n")
        XCTAssertEqual(
            code { _ = try DocumentSource.readText(path: try write([0xEF, 0xBB, 0xBF, 0x20, 0x0A], "bom-only.txt")) },
            "E105")
    }

    func testUTF16IsNamedWithTheIconvHint() throws {
        func littleEndian(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
        func bigEndian(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
        let files: [(String, [UInt8])] = [
            ("le-bom.txt", [0xFF, 0xFE] + littleEndian("Hallo")), ("be-no-bom.txt", bigEndian("Hallo Welt")),
        ]
        for (name, bytes) in files {
            let path = try write(bytes, name)
            XCTAssertThrowsError(try DocumentSource.readText(path: path), name) { error in
                XCTAssertEqual((error as? LoupeError)?.code, "E108")
                XCTAssertTrue("\(error)".contains("iconv -f utf-16 -t utf-8"), "\(error)")
            }
        }
        // A binary file with a few NUL bytes is still binary, not UTF-16.
        XCTAssertEqual(
            code {
                _ = try DocumentSource.readText(
                    path: try write([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00], "a.zip"))
            }, "E103")
    }

    func testJSONLRecords() throws {
        let record = try DocumentSource.record(
            fromJSONLine: #"{"id": 7, "text": "Hallo", "lang": "de", "ref": "2024-06-18"}"#, line: 1, source: "x")
        XCTAssertEqual(record.id, "7")
        XCTAssertEqual(record.language, .german)
        XCTAssertEqual(record.reference?.description, "2024-06-18")
        for bad in [
            "not json", #"{"id": "a"}"#, #"{"text": 5}"#, #"{"text": "a", "ref": "yesterday"}"#,
            #"{"text": "a", "lang": "fr"}"#, "[1,2]",
        ] {
            XCTAssertThrowsError(try DocumentSource.record(fromJSONLine: bad, line: 3, source: "x"), bad) { error in
                XCTAssertEqual((error as? LoupeError)?.code, "E111")
                XCTAssertTrue("\(error)".contains("line 3"))
            }
        }
    }
}
