/// Encodes an `Encodable` straight into JSON text, in encoding order, and hands the text on in
/// pieces as it grows: no tree of values is built, so a layer of a million tokens costs its
/// output buffer, not a million objects, and a large document's JSON reaches standard output
/// while it is being written.
///
/// The text is the one `JSONValueEncoder` followed by `JSONValue.serialized` gives (compact or
/// pretty), byte for byte, for values that finish one member before they start the next — as
/// every `Encodable` does that writes its members in order (synthesised conformances, Loupe's
/// layers). As with `JSONValueEncoder`, several keyed containers requested from one encoder share
/// one object (`Encoder.spanItem`). What a tree can do and a stream cannot is left out: a key
/// written twice (even to merge two containers under it) is written twice, and `codingPath` is
/// not tracked (always empty). `StreamedJSONTests` holds every built-in layer to the tree's text.
public final class JSONTextEncoder {
    private let pretty: Bool
    private let baseIndent: Int
    private let chunkBytes: Int
    private let sink: (String) throws -> Void
    let userInfo: [CodingUserInfoKey: Any]

    /// The mutable state, behind a pointer: accesses through a `let` pointer skip the runtime
    /// exclusivity checks that a class's `var`s pay on every access (a third of the time of
    /// writing a million tokens).
    private let state: UnsafeMutablePointer<State>

    private struct State {
        var nextOwner = 0
        var buffer: [UInt8] = []
        /// The open objects and arrays, outermost first.
        var frames: [Frame] = []
        /// A member's key or an element's comma is written and its value is not (yet).
        var valuePending = false
        /// The sink's error while writing (containers cannot throw): raised when `encode` returns.
        var sinkError: (any Error)?
    }

    private struct Frame {
        var isObject: Bool
        var count = 0
        /// The encoder that opened it: its further keyed containers continue the same object.
        var owner: Int
    }

    /// - Parameters:
    ///   - indent: the indentation of the value itself in pretty output (a document inside a JSON array: 2).
    ///   - chunkBytes: the text is handed to `sink` whenever this much has gathered, between members.
    public init(
        pretty: Bool = false, indent: Int = 0, chunkBytes: Int = 1 << 16,
        userInfo: [CodingUserInfoKey: Any] = [:], sink: @escaping (String) throws -> Void
    ) {
        self.pretty = pretty
        self.baseIndent = indent
        self.chunkBytes = chunkBytes
        self.userInfo = userInfo
        self.sink = sink
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        state.pointee.buffer.reserveCapacity(min(chunkBytes, 1 << 20) + 1024)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Writes `value` as one JSON value and hands on everything written so far.
    public func encode<T: Encodable>(_ value: T) throws {
        state.pointee.valuePending = true
        try encodeValue(value, depth: state.pointee.frames.count)
        flush()
        if let error = state.pointee.sinkError { throw error }
    }

    /// The JSON text of `value` as one string.
    public static func text<T: Encodable>(
        _ value: T, pretty: Bool = false, indent: Int = 0,
        userInfo: [CodingUserInfoKey: Any] = [:]
    ) throws -> String {
        var out = ""
        let encoder = JSONTextEncoder(pretty: pretty, indent: indent, chunkBytes: Int.max, userInfo: userInfo) {
            out += $0
        }
        try encoder.encode(value)
        return out
    }

    private func flush() {
        guard !state.pointee.buffer.isEmpty, state.pointee.sinkError == nil else { return }
        let text = String(decoding: state.pointee.buffer, as: UTF8.self)
        state.pointee.buffer.removeAll(keepingCapacity: true)
        do { try sink(text) } catch { state.pointee.sinkError = error }
    }

    // MARK: - Structure

    func newOwner() -> Int {
        state.pointee.nextOwner += 1
        return state.pointee.nextOwner
    }

    /// Writes a value into the pending slot at `depth`: a scalar directly, anything else through
    /// its `encode(to:)`; a value that encodes nothing is `{}`, as in the tree encoder.
    func encodeValue<T: Encodable>(_ value: T, depth: Int) throws {
        if let scalar = value as? any JSONScalar {
            scalar.write(to: self)
            return
        }
        try value.encode(to: TextEncoder(writer: self, owner: newOwner(), depth: depth))
        closeFrames(downTo: depth)
        if state.pointee.valuePending { writeRaw("{}"); state.pointee.valuePending = false }
    }

    /// The container of `owner` at `depth`: its open frame when it opened one of the same kind
    /// (a second keyed container from one encoder), else a new one.
    func openContainer(isObject: Bool, owner: Int, depth: Int) {
        if state.pointee.frames.count > depth, state.pointee.frames[depth].owner == owner,
            state.pointee.frames[depth].isObject == isObject
        {
            closeFrames(downTo: depth + 1)
            return
        }
        closeFrames(downTo: depth)
        state.pointee.valuePending = false
        state.pointee.buffer.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        state.pointee.frames.append(Frame(isObject: isObject, owner: owner))
    }

    func closeFrames(downTo depth: Int) {
        while state.pointee.frames.count > depth {
            if state.pointee.valuePending { writeRaw("{}"); state.pointee.valuePending = false }
            let frame = state.pointee.frames.removeLast()
            if frame.count > 0 && pretty { newline(indent: state.pointee.frames.count) }
            state.pointee.buffer.append(frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
    }

    /// Starts the next member (`key` given) or element of the frame at `depth`.
    func beginSlot(depth: Int, key: String?) {
        closeFrames(downTo: depth + 1)
        if state.pointee.valuePending { writeRaw("{}") }
        if state.pointee.buffer.count >= chunkBytes { flush() }
        if state.pointee.frames[depth].count > 0 { state.pointee.buffer.append(UInt8(ascii: ",")) }
        state.pointee.frames[depth].count += 1
        if pretty { newline(indent: depth + 1) }
        if let key {
            writeString(key)
            writeRaw(pretty ? ": " : ":")
        }
        state.pointee.valuePending = true
    }

    private func newline(indent level: Int) {
        state.pointee.buffer.append(UInt8(ascii: "\n"))
        state.pointee.buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: baseIndent + 2 * level))
    }

    // MARK: - Scalars

    func writeRaw(_ text: String) {
        state.pointee.buffer.append(contentsOf: text.utf8)
        state.pointee.valuePending = false
    }

    func writeInt(_ value: Int) {
        state.pointee.valuePending = false
        if value == 0 { state.pointee.buffer.append(UInt8(ascii: "0")); return }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while magnitude > 0 {
                raw[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if value < 0 { state.pointee.buffer.append(UInt8(ascii: "-")) }
            for i in stride(from: count - 1, through: 0, by: -1) { state.pointee.buffer.append(raw[i]) }
        }
    }

    /// A string with JSON's escapes, as `JSONValue.writeString` writes it.
    func writeString(_ text: String) {
        state.pointee.valuePending = false
        var text = text
        text.withUTF8 { bytes in
            state.pointee.buffer.append(UInt8(ascii: "\""))
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                state.pointee.buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: state.pointee.buffer.append(contentsOf: #"\""#.utf8)
                case 0x5C: state.pointee.buffer.append(contentsOf: #"\\"#.utf8)
                case 0x0A: state.pointee.buffer.append(contentsOf: #"\n"#.utf8)
                case 0x0D: state.pointee.buffer.append(contentsOf: #"\r"#.utf8)
                case 0x09: state.pointee.buffer.append(contentsOf: #"\t"#.utf8)
                default:
                    let hex = String(byte, radix: 16)
                    state.pointee.buffer.append(
                        contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
            }
            state.pointee.buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            state.pointee.buffer.append(UInt8(ascii: "\""))
        }
    }
}

// MARK: - Scalars written as they are

/// The values written without a container (numbers, strings, booleans, and JSON values).
protocol JSONScalar { func write(to writer: JSONTextEncoder) }

extension String: JSONScalar { func write(to writer: JSONTextEncoder) { writer.writeString(self) } }
extension Int: JSONScalar { func write(to writer: JSONTextEncoder) { writer.writeInt(self) } }
extension Int32: JSONScalar { func write(to writer: JSONTextEncoder) { writer.writeInt(Int(self)) } }
extension Int64: JSONScalar { func write(to writer: JSONTextEncoder) { writer.writeInt(Int(self)) } }
extension UInt8: JSONScalar { func write(to writer: JSONTextEncoder) { writer.writeInt(Int(self)) } }
extension Bool: JSONScalar { func write(to writer: JSONTextEncoder) { writer.writeRaw(self ? "true" : "false") } }
extension Double: JSONScalar { func write(to writer: JSONTextEncoder) { writer.writeRaw(JSONValue.format(self)) } }
extension Float: JSONScalar {
    func write(to writer: JSONTextEncoder) { writer.writeRaw(JSONValue.format(Double(self))) }
}

// MARK: - Encoder and containers

private struct TextEncoder: Encoder {
    let writer: JSONTextEncoder
    /// Identifies this encoder's own object (see `openContainer`).
    let owner: Int
    /// The frame depth of the value this encoder writes.
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { writer.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        writer.openContainer(isObject: true, owner: owner, depth: depth)
        return KeyedEncodingContainer(KeyedTextContainer<Key>(writer: writer, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.openContainer(isObject: false, owner: owner, depth: depth)
        return UnkeyedTextContainer(writer: writer, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTextContainer(writer: writer, owner: owner, depth: depth)
    }
}

private struct KeyedTextContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONTextEncoder
    /// The depth of this container's frame.
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        writer.beginSlot(depth: depth, key: key.stringValue)
        writer.writeRaw("null")
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        writer.beginSlot(depth: depth, key: key.stringValue)
        writer.writeString(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        writer.beginSlot(depth: depth, key: key.stringValue)
        writer.writeInt(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        writer.beginSlot(depth: depth, key: key.stringValue)
        try writer.encodeValue(value, depth: depth + 1)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        writer.beginSlot(depth: depth, key: key.stringValue)
        return TextEncoder(writer: writer, owner: writer.newOwner(), depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.beginSlot(depth: depth, key: key.stringValue)
        return TextEncoder(writer: writer, owner: writer.newOwner(), depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TextEncoder(writer: writer, owner: writer.newOwner(), depth: depth)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.beginSlot(depth: depth, key: key.stringValue)
        return TextEncoder(writer: writer, owner: writer.newOwner(), depth: depth + 1)
    }
}

private struct UnkeyedTextContainer: UnkeyedEncodingContainer {
    let writer: JSONTextEncoder
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(writer: JSONTextEncoder, depth: Int) {
        self.writer = writer
        self.depth = depth
    }

    mutating func encodeNil() throws {
        writer.beginSlot(depth: depth, key: nil)
        writer.writeRaw("null")
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.beginSlot(depth: depth, key: nil)
        try writer.encodeValue(value, depth: depth + 1)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        writer.beginSlot(depth: depth, key: nil)
        count += 1
        return TextEncoder(writer: writer, owner: writer.newOwner(), depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.beginSlot(depth: depth, key: nil)
        count += 1
        return TextEncoder(writer: writer, owner: writer.newOwner(), depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        writer.beginSlot(depth: depth, key: nil)
        count += 1
        return TextEncoder(writer: writer, owner: writer.newOwner(), depth: depth + 1)
    }
}

private struct SingleTextContainer: SingleValueEncodingContainer {
    let writer: JSONTextEncoder
    let owner: Int
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { writer.writeRaw("null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let scalar = value as? any JSONScalar {
            scalar.write(to: writer)
        } else {
            // The value writes into this encoder's own slot, as the tree encoder's single
            // container does (a wrapper that encodes what it wraps).
            try value.encode(to: TextEncoder(writer: writer, owner: owner, depth: depth))
        }
    }
}
