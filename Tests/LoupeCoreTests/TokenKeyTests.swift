import LoupeCore
import XCTest

final class TokenKeyTests: XCTestCase {
    /// Shipped resources store these keys: the hash must stay FNV-1a (published test vectors).
    func testHashIsFNV1a() {
        XCTAssertEqual(TokenKey.hash("", folding: []), 0xcbf29ce484222325)
        XCTAssertEqual(TokenKey.hash("a", folding: []), 0xaf63dc4c8601ec8c)
        XCTAssertEqual(TokenKey.hash("foobar", folding: []), 0x85944171f73967e8)
        let bytes = Array("foobar".utf8)
        XCTAssertEqual(bytes.withUnsafeBufferPointer { TokenKey.hash($0.baseAddress!, 0, 6) }, 0x85944171f73967e8)
        XCTAssertEqual(
            bytes.withUnsafeBufferPointer {
                TokenKey.hash($0.baseAddress!, 1, 6, seed: TokenKey.mix(TokenKey.seed, 0x66))
            },
            0x85944171f73967e8, "a hash continues from a seed")
    }

    func testFoldingOptions() {
        XCTAssertEqual(TokenKey.hash("ÜBEL Élan", folding: .letterCase), TokenKey.hash("übel élan", folding: []))
        XCTAssertNotEqual(TokenKey.hash("Übel", folding: []), TokenKey.hash("übel", folding: []))
        XCTAssertEqual(TokenKey.hash("don’t", folding: .all), TokenKey.hash("don't", folding: []))
        XCTAssertNotEqual(TokenKey.hash("don’t", folding: .letterCase), TokenKey.hash("don't", folding: []))
        // × (C3 97) and ß (C3 9F) are not capitals.
        XCTAssertEqual(TokenKey.hash("×ß", folding: .all), TokenKey.hash("×ß", folding: []))
        XCTAssertEqual(
            TokenKey.hash("Abc", folding: [], finalized: true), TokenKey.finalize(TokenKey.hash("Abc", folding: [])))
    }

    func testFoldCountsLetterCase() {
        let bytes = Array("ÖlPreis".utf8)
        let folded = bytes.withUnsafeBufferPointer { TokenKey.fold($0, 0, $0.count, .all) }
        XCTAssertEqual(folded.upper, 2)
        XCTAssertEqual(folded.lower, 5)
        XCTAssertTrue(folded.capitalised)
        XCTAssertEqual(folded.hash, TokenKey.hash("ölpreis", folding: []))
        let lower = Array("iPhone".utf8).withUnsafeBufferPointer { TokenKey.fold($0, 0, $0.count, .all) }
        XCTAssertFalse(lower.capitalised)
    }

    func testLowercased() {
        let bytes = Array("Der ÄRGER über Straße, ×2 und ΣΟΦΙΑ".utf8)
        func lower(_ word: String) -> String {
            let start = String(decoding: bytes, as: UTF8.self).utf8.firstRange(of: word.utf8)!.lowerBound
            let offset = String(decoding: bytes, as: UTF8.self).utf8.distance(
                from: String(decoding: bytes, as: UTF8.self).utf8.startIndex, to: start)
            return TokenKey.lowercased(bytes, offset, offset + word.utf8.count)
        }
        XCTAssertEqual(lower("ÄRGER"), "ärger")
        XCTAssertEqual(lower("Straße"), "straße")
        XCTAssertEqual(lower("×2"), "×2")
        XCTAssertEqual(lower("ΣΟΦΙΑ"), "σοφια", "other scripts by Unicode case mapping")
    }

    func testCombineIsOrdered() {
        let a = TokenKey.hash("guten", folding: .all), b = TokenKey.hash("tag", folding: .all)
        XCTAssertNotEqual(TokenKey.combine(a, b), TokenKey.combine(b, a))
    }
}
