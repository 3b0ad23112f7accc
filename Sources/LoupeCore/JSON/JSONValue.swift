/// A JSON value whose objects keep their keys in insertion order, so that Loupe's output is
/// stable and reads in the order of the JSON contract (`id`, `language`, … then the layers).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value under `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }
}

// MARK: - Encodable

/// So that a layer can carry a JSONValue (an external plugin's `data`): `JSONValueEncoder` takes
/// it as it is, any other encoder gets the equivalent containers.
extension JSONValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case let .bool(b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case let .int(i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case let .double(d):
            var c = encoder.singleValueContainer()
            try c.encode(d)
        case let .string(s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case let .array(items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(item) }
        case let .object(pairs):
            var c = encoder.container(keyedBy: JSONKey.self)
            for (key, value) in pairs { try c.encode(value, forKey: JSONKey(key)) }
        }
    }
}

/// A key given as text (an object's member names, the document's layers).
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

// MARK: - Serialisation

extension JSONValue {
    /// Serialises the value: compact (one line, for JSONL) or pretty (two-space indent), with the
    /// one writer Loupe has (`JSONTextEncoder`). Encoding a `JSONValue` cannot fail: the text
    /// goes to a string, and no member throws.
    public func serialized(pretty: Bool = false) -> String {
        (try? JSONTextEncoder.text(self, pretty: pretty)) ?? "null"
    }

    /// A number as Loupe prints it: whole numbers without decimals, others with at most four.
    public static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        // Beyond 1e15 Swift's shortest form (`1e+20`, valid JSON): four decimals mean nothing there,
        // and the fixed-point conversion below would overflow.
        if abs(d) >= 1e15 { return "\(d)" }
        if d == d.rounded() { return String(Int(d)) }
        // Four decimals are plenty for scores and ratios and keep output stable across platforms.
        var s = String(format4: d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}

extension String {
    /// `d` with exactly four decimals, without Foundation's locale-dependent formatting.
    init(format4 d: Double) {
        let negative = d < 0
        let scaled = (abs(d) * 10_000).rounded()
        let whole = Int(scaled / 10_000)
        let frac = Int(scaled.truncatingRemainder(dividingBy: 10_000))
        let fracText = String(frac)
        self =
            (negative && scaled != 0 ? "-" : "") + String(whole) + "."
            + String(repeating: "0", count: 4 - fracText.count) + fracText
    }
}
