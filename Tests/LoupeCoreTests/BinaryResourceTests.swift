import Foundation
import LoupeCore
import XCTest

final class BinaryResourceTests: XCTestCase {
    func testRoundTripIsLittleEndianAndPadded() throws {
        var writer = BinaryResource.Writer()
        writer.append(Array("LOUP".utf8))
        writer.u32(0x0102_0304)
        writer.u8(7)
        writer.align(4)
        writer.string("Zürich", length: UInt32.self)
        writer.align(4)
        writer.array([Int16(-2), 300])
        writer.u64(42)
        writer.f32(1.5)
        XCTAssertEqual(Array(writer.bytes[4..<8]), [4, 3, 2, 1], "little-endian")
        XCTAssertEqual(Array(writer.bytes[8..<12]), [7, 0, 0, 0], "padded to 4 bytes")

        let read = try BinaryResource.read(writer.data) {
            reader -> (UInt32, UInt8, String, [Int16], UInt64, Float, Bool) in
            try reader.expect(magic: Array("LOUP".utf8), name: "test")
            let version = try reader.u32()
            let byte = try reader.u8()
            try reader.align(4)
            let name = try reader.string(length: UInt32.self)
            try reader.align(4)
            return (version, byte, name, try reader.array(2), try reader.u64(), try reader.f32(), reader.isAtEnd)
        }
        XCTAssertEqual(read.0, 0x0102_0304)
        XCTAssertEqual(read.1, 7)
        XCTAssertEqual(read.2, "Zürich")
        XCTAssertEqual(read.3, [-2, 300])
        XCTAssertEqual(read.4, 42)
        XCTAssertEqual(read.5, 1.5)
        XCTAssertTrue(read.6)
    }

    func testReadsAreBoundsChecked() {
        var writer = BinaryResource.Writer()
        writer.append(Array("LOUP".utf8))
        writer.u32(1_000_000)
        let data = writer.data
        XCTAssertThrowsError(try BinaryResource.read(data) { try $0.expect(magic: Array("XXXX".utf8), name: "test") }) {
            XCTAssertEqual($0 as? BinaryResource.Malformed, .badMagic("test"))
        }
        XCTAssertThrowsError(
            try BinaryResource.read(data) { reader -> [UInt32] in
                _ = try reader.bytes(4)
                return try reader.array(Int(try reader.u32()))
            }
        ) { XCTAssertEqual($0 as? BinaryResource.Malformed, .truncated) }
        XCTAssertThrowsError(
            try BinaryResource.read(data) { reader -> Int in
                _ = try reader.bytes(4)
                return try reader.count(recordSize: 8)
            }
        ) { XCTAssertEqual($0 as? BinaryResource.Malformed, .truncated) }
        XCTAssertThrowsError(try BinaryResource.read(data.prefix(6)) { try $0.bytes(4).count + Int(try $0.u32()) })
        XCTAssertEqual(BinaryResource.Malformed.truncated.description, "file truncated")
    }
}
