import Foundation

/// The binary resource format the analyzers share (the entity models and gazetteers, the
/// compiled sentiment lexicon): little-endian integers, floats as their bit patterns, a magic
/// number and a version first, and every read bounds-checked. A format lays its fields out with
/// `Writer` and reads them back with `Reader`, in the same order; padding (`align`) and the
/// width of a string's length are the format's choice, so existing files keep their bytes.
public enum BinaryResource {
    /// Why a resource cannot be read.
    public enum Malformed: Error, Equatable, CustomStringConvertible {
        /// The file does not start with the format's magic number (the format's name).
        case badMagic(String)
        case unsupportedVersion(UInt32)
        /// A read runs past the end, or bytes are left over.
        case truncated
        /// Well-formed, but built from other sources or by another generator.
        case stale
        /// A value does not fit its field.
        case tooLarge

        public var description: String {
            switch self {
            case .badMagic(let name): "not a \(name) file"
            case .unsupportedVersion(let version): "unsupported version \(version)"
            case .truncated: "file truncated"
            case .stale: "built from other sources"
            case .tooLarge: "a value is too large for its field"
            }
        }
    }

    /// Reads `data` with `body`, which gets a reader at its first byte.
    public static func read<T>(_ data: Data, _ body: (inout Reader) throws -> T) throws -> T {
        try data.withUnsafeBytes { raw in
            var reader = Reader(raw)
            return try body(&reader)
        }
    }

    /// Lays out a resource's bytes.
    public struct Writer: Sendable {
        public private(set) var bytes: [UInt8] = []

        public init() {}

        public var data: Data { Data(bytes) }

        public mutating func append(_ more: some Sequence<UInt8>) { bytes.append(contentsOf: more) }

        /// An integer, little-endian.
        public mutating func integer<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }

        public mutating func u8(_ value: UInt8) { bytes.append(value) }
        public mutating func u16(_ value: UInt16) { integer(value) }
        public mutating func u32(_ value: UInt32) { integer(value) }
        public mutating func u64(_ value: UInt64) { integer(value) }
        public mutating func f32(_ value: Float) { integer(value.bitPattern) }

        /// Integers, little-endian, without padding.
        public mutating func array<T: FixedWidthInteger>(_ values: [T]) {
            if UInt32(1).littleEndian == 1 {
                values.withUnsafeBytes { bytes.append(contentsOf: $0) }
            } else {
                for value in values { integer(value) }
            }
        }

        /// UTF-8 after its length in a `Length` integer. Traps when the length does not fit:
        /// a format whose strings come from outside checks first (and throws `tooLarge`).
        public mutating func string<Length: FixedWidthInteger & UnsignedInteger>(_ text: String, length: Length.Type) {
            let utf8 = Array(text.utf8)
            integer(Length(utf8.count))
            append(utf8)
        }

        /// Zero bytes up to the next multiple of `boundary`.
        public mutating func align(_ boundary: Int) {
            while bytes.count % boundary != 0 { bytes.append(0) }
        }
    }

    /// Reads a resource's bytes in order; every read past the end throws `Malformed.truncated`.
    public struct Reader {
        public let raw: UnsafeRawBufferPointer
        /// Where the next read starts.
        public private(set) var offset = 0

        public init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

        /// All bytes have been read.
        public var isAtEnd: Bool { offset == raw.count }

        /// The offset of the next `size` bytes, which the reader then skips.
        mutating func take(_ size: Int) throws -> Int {
            guard size >= 0, offset <= raw.count, size <= raw.count - offset else { throw Malformed.truncated }
            defer { offset += size }
            return offset
        }

        public mutating func bytes(_ size: Int) throws -> UnsafeRawBufferPointer {
            let start = try take(size)
            return UnsafeRawBufferPointer(rebasing: raw[start..<start + size])
        }

        /// Throws `badMagic(name)` unless the next bytes are `magic`.
        public mutating func expect(magic: [UInt8], name: String) throws {
            guard try bytes(magic.count).elementsEqual(magic) else { throw Malformed.badMagic(name) }
        }

        /// An integer, little-endian.
        public mutating func integer<T: FixedWidthInteger>(_ type: T.Type = T.self) throws -> T {
            T(littleEndian: raw.loadUnaligned(fromByteOffset: try take(MemoryLayout<T>.size), as: T.self))
        }

        public mutating func u8() throws -> UInt8 { raw[try take(1)] }
        public mutating func u16() throws -> UInt16 { try integer() }
        public mutating func u32() throws -> UInt32 { try integer() }
        public mutating func u64() throws -> UInt64 { try integer() }
        public mutating func f32() throws -> Float { Float(bitPattern: try integer(UInt32.self)) }

        /// A count of records that follow (a `UInt32`), checked against the bytes left.
        public mutating func count(recordSize: Int) throws -> Int {
            let count = Int(try u32())
            guard count <= (raw.count - offset) / max(1, recordSize) else { throw Malformed.truncated }
            return count
        }

        /// `count` integers, little-endian, without padding.
        public mutating func array<T: FixedWidthInteger>(_ count: Int, of type: T.Type = T.self) throws -> [T] {
            let size = MemoryLayout<T>.size
            guard count >= 0, count <= (raw.count - offset) / size else { throw Malformed.truncated }
            let start = try take(count * size)
            var values = [T](repeating: 0, count: count)
            values.withUnsafeMutableBytes {
                $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<start + count * size]))
            }
            if UInt32(1).littleEndian != 1 { values = values.map { T(littleEndian: $0) } }
            return values
        }

        /// UTF-8 after its length in a `Length` integer.
        public mutating func string<Length: FixedWidthInteger & UnsignedInteger>(length: Length.Type) throws -> String {
            let count = Int(try integer(Length.self))
            return String(decoding: try bytes(count), as: UTF8.self)
        }

        /// Skips to the next multiple of `boundary` (the padding a writer's `align` added).
        public mutating func align(_ boundary: Int) throws {
            let padding = (boundary - offset % boundary) % boundary
            _ = try take(padding)
        }
    }
}
