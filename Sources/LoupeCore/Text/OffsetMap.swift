/// Converts UTF-8 byte offsets to Unicode code-point offsets and back.
///
/// Built in one pass over the bytes; afterwards each lookup is O(1) (byte → code point) or
/// O(log n) (code point → byte). - Complexity: O(n) time and 4 bytes per text byte to build.
public struct OffsetMap: Sendable {
    /// `codePoints[b]` is the number of code points that start before byte `b`.
    private let codePoints: [Int32]
    /// Byte offset of each code point's first byte, plus the text's length at the end.
    private let scalarStarts: [Int32]

    public init(utf8 bytes: [UInt8]) {
        var codePoints = [Int32](repeating: 0, count: bytes.count + 1)
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count + 1)
        var count: Int32 = 0
        for (i, byte) in bytes.enumerated() {
            codePoints[i] = count
            if byte & 0xC0 != 0x80 {
                starts.append(Int32(i))
                count += 1
            }
        }
        codePoints[bytes.count] = count
        starts.append(Int32(bytes.count))
        self.codePoints = codePoints
        self.scalarStarts = starts
    }

    /// The code-point offset of a byte offset (a byte inside a multi-byte scalar maps to the
    /// code point after the one it belongs to).
    public func codePoint(atByte byte: Int) -> Int {
        Int(codePoints[max(0, min(byte, codePoints.count - 1))])
    }

    public func byte(atCodePoint index: Int) -> Int {
        Int(scalarStarts[max(0, min(index, scalarStarts.count - 1))])
    }

    public var codePointCount: Int { scalarStarts.count - 1 }
}
