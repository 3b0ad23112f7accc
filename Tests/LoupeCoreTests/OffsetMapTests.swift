import LoupeCore
import XCTest

final class OffsetMapTests: XCTestCase {
    /// Every byte and every code point of texts mixing 1- to 4-byte scalars, across many
    /// checkpoint blocks, against a count done the slow way.
    func testEveryOffsetMatchesACountedOne() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", " ", "ä", "€", "👍🏽", "\n", "Köln ", "ß", "z"]
        for length in [0, 1, 63, 64, 65, 200, 1_000] {
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let map = OffsetMap(utf8: bytes)
            var starts: [Int] = []
            for (i, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(i) }
            XCTAssertEqual(map.codePointCount, text.unicodeScalars.count)
            for byte in 0...bytes.count {
                XCTAssertEqual(
                    map.codePoint(atByte: byte), starts.filter { $0 < byte }.count, "byte \(byte) of \(bytes.count)")
            }
            for index in 0...starts.count {
                XCTAssertEqual(
                    map.byte(atCodePoint: index), index < starts.count ? starts[index] : bytes.count,
                    "code point \(index)")
            }
            XCTAssertEqual(map.codePoint(atByte: -5), 0)
            XCTAssertEqual(map.byte(atCodePoint: starts.count + 7), bytes.count, "past the end: the text's length")
        }
    }
}
