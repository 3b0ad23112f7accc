/// Encodes any `Encodable` into a `JSONValue`, keeping keys in the order they are encoded.
///
/// Foundation's `JSONEncoder` on Linux orders keys by hash (different in every process) unless
/// told to sort them; Loupe's output should read in the order of the contract and be stable, so
/// layers are encoded with this small encoder. Several keyed containers requested from one
/// encoder share one object, which lets an item flatten a `Span` into itself
/// (`{"start": …, "end": …, "text": …, "label": …}`).
public struct JSONValueEncoder {
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    public init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.userInfo = userInfo
    }

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let root = Node()
        try root.encode(value, userInfo: userInfo, path: [])
        return root.finish()
    }
}

// MARK: - Storage

private final class Node {
    enum Kind { case empty, value, object, array }

    /// A member of an object or an array: a plain value (most of them: numbers, strings), or a
    /// node for a nested container. Plain values need no node of their own, which keeps
    /// encoding a layer of a million tokens to a few allocations per item.
    enum Entry {
        case value(JSONValue)
        case node(Node)

        func finish() -> JSONValue {
            switch self {
            case let .value(v): v
            case let .node(n): n.finish()
            }
        }
    }

    var kind = Kind.empty
    var value = JSONValue.null
    /// Object keys and their entries, in encoding order (objects are small: a linear search is
    /// faster than hashing).
    var keys: [String] = []
    var entries: [Entry] = []

    func finish() -> JSONValue {
        switch kind {
        case .empty: return .object([])
        case .value: return value
        case .object: return .object(zip(keys, entries).map { ($0, $1.finish()) })
        case .array: return .array(entries.map { $0.finish() })
        }
    }

    func set(_ newValue: JSONValue) {
        kind = .value
        value = newValue
    }

    func makeObject() {
        guard kind != .object else { return }
        kind = .object
        keys = []
        entries = []
    }

    func makeArray() {
        guard kind != .array else { return }
        kind = .array
        entries = []
    }

    /// Sets a plain value under `key` (replacing what was there).
    func set(_ newValue: JSONValue, forKey key: String) {
        makeObject()
        if let index = keys.firstIndex(of: key) { entries[index] = .value(newValue); return }
        keys.append(key)
        entries.append(.value(newValue))
    }

    /// The node under `key`, made when there is none (or only a plain value).
    func child(forKey key: String) -> Node {
        makeObject()
        if let index = keys.firstIndex(of: key) {
            if case let .node(node) = entries[index] { return node }
            let node = Node()
            entries[index] = .node(node)
            return node
        }
        let node = Node()
        keys.append(key)
        entries.append(.node(node))
        return node
    }

    func append(_ newValue: JSONValue) {
        makeArray()
        entries.append(.value(newValue))
    }

    func appendChild() -> Node {
        makeArray()
        let node = Node()
        entries.append(.node(node))
        return node
    }

    var arrayCount: Int { kind == .array ? entries.count : 0 }

    /// The value itself when it is a plain one (no container needed).
    static func plain<T: Encodable>(_ value: T) -> JSONValue? {
        switch value {
        case let v as String: .string(v)
        case let v as Bool: .bool(v)
        case let v as Int: .int(v)
        case let v as Int32: .int(Int(v))
        case let v as Int64: .int(Int(v))
        case let v as UInt8: .int(Int(v))
        case let v as Double: .double(v)
        case let v as Float: .double(Double(v))
        case let v as JSONValue: v
        default: nil
        }
    }

    func encode<T: Encodable>(_ value: T, userInfo: [CodingUserInfoKey: Any], path: [any CodingKey]) throws {
        if let plain = Self.plain(value) {
            set(plain)
        } else {
            try value.encode(to: NodeEncoder(node: self, userInfo: userInfo, codingPath: path))
        }
    }
}

// MARK: - Encoder and containers

private struct NodeEncoder: Encoder {
    let node: Node
    let userInfo: [CodingUserInfoKey: Any]
    let codingPath: [any CodingKey]

    init(node: Node, userInfo: [CodingUserInfoKey: Any], codingPath: [any CodingKey]) {
        self.node = node
        self.userInfo = userInfo
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedNodeContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(encoder: self)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: NodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { encoder.node.set(.null, forKey: key.stringValue) }
    mutating func encode(_ value: String, forKey key: Key) throws {
        encoder.node.set(.string(value), forKey: key.stringValue)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        encoder.node.set(.int(value), forKey: key.stringValue)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        encoder.node.set(.bool(value), forKey: key.stringValue)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        encoder.node.set(.double(value), forKey: key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let plain = Node.plain(value) {
            encoder.node.set(plain, forKey: key.stringValue)
        } else {
            try encoder.node.child(forKey: key.stringValue).encode(
                value, userInfo: encoder.userInfo, path: codingPath + [key])
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = encoder.node.child(forKey: key.stringValue)
        return NodeEncoder(node: child, userInfo: encoder.userInfo, codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = encoder.node.child(forKey: key.stringValue)
        return NodeEncoder(node: child, userInfo: encoder.userInfo, codingPath: codingPath + [key])
            .unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(
            node: encoder.node.child(forKey: key.stringValue),
            userInfo: encoder.userInfo, codingPath: codingPath + [key])
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { String(intValue!) }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.node.arrayCount }

    mutating func encodeNil() throws { encoder.node.append(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let plain = Node.plain(value) {
            encoder.node.append(plain)
        } else {
            let path = codingPath + [IndexKey(count)]
            try encoder.node.appendChild().encode(value, userInfo: encoder.userInfo, path: path)
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let path = codingPath + [IndexKey(count)]
        return NodeEncoder(node: encoder.node.appendChild(), userInfo: encoder.userInfo, codingPath: path)
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [IndexKey(count)]
        return NodeEncoder(node: encoder.node.appendChild(), userInfo: encoder.userInfo, codingPath: path)
            .unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [IndexKey(count)]
        return NodeEncoder(node: encoder.node.appendChild(), userInfo: encoder.userInfo, codingPath: path)
    }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node.set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.node.encode(value, userInfo: encoder.userInfo, path: codingPath)
    }
}
