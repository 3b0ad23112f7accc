/// Converts UTF-8 byte offsets to Unicode code-point offsets and back.
///
/// Keeps the number of code points before every 64th byte and counts the rest of the way in the
/// text's own bytes (shared with the document, not copied): a lookup reads at most 63 bytes
/// (byte → code point) or searches the checkpoints first (code point → byte).
/// - Complexity: O(n) time to build, 1/16 byte per text byte (a table per byte took 8).
public struct OffsetMap: Sendable {
    private static let blockShift = 6
    private static let blockSize = 1 << blockShift

    private let bytes: [UInt8]
    /// `checkpoints[k]`: the number of code points that start before byte `k × 64`.
    private let checkpoints: [Int32]
    public let codePointCount: Int

    public init(utf8 bytes: [UInt8]) {
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count >> Self.blockShift + 2)
        var count: Int32 = 0
        for (i, byte) in bytes.enumerated() {
            if i & (Self.blockSize - 1) == 0 { checkpoints.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        while checkpoints.count <= bytes.count >> Self.blockShift { checkpoints.append(count) }
        self.bytes = bytes
        self.checkpoints = checkpoints
        self.codePointCount = Int(count)
    }

    /// The code-point offset of a byte offset (a byte inside a multi-byte scalar maps to the
    /// code point after the one it belongs to).
    public func codePoint(atByte byte: Int) -> Int {
        let byte = max(0, min(byte, bytes.count))
        let block = byte >> Self.blockShift
        var count = Int(checkpoints[block])
        for i in (block << Self.blockShift)..<byte where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    public func byte(atCodePoint index: Int) -> Int {
        let index = max(0, min(index, codePointCount))
        // The last block that starts at or before the code point.
        var low = 0, high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(checkpoints[mid]) <= index { low = mid } else { high = mid - 1 }
        }
        var count = Int(checkpoints[low])
        var i = low << Self.blockShift
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if count == index { return i }
                count += 1
            }
            i += 1
        }
        return bytes.count
    }
}
