/// The JSON contract of `loupe analyze`: one object per document with `id`, `language`,
/// `ref`, then one key per analyzer, in the order requested, and `errors` (only when an analyzer
/// failed: `[{"analyzer", "code", "message"}]`, its key is then missing). Offsets are code points.
public enum DocumentJSON {
    public static func encode(_ document: Document, layers names: [String]) throws -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        try forEachMember(document, layers: names) { pairs.append(($0, $1)) }
        return .object(pairs)
    }

    /// The text of `encode(document, layers:)`, byte for byte, made one layer at a time: each
    /// layer's tree is written out and let go before the next is built, so a document's peak
    /// memory holds one layer's tree, not all of them.
    public static func serialized(_ document: Document, layers names: [String], pretty: Bool = false) throws -> String {
        var out = "{"
        var first = true
        try forEachMember(document, layers: names) { key, value in
            if !first { out += "," }
            first = false
            if pretty { out += "\n  " }
            JSONValue.writeString(key, to: &out)
            out += pretty ? ": " : ":"
            out += value.serialized(pretty: pretty, indent: 2)
        }
        out += pretty ? "\n}" : "}"
        return out
    }

    /// The document's members in contract order, each made only when it is handed on.
    private static func forEachMember(_ document: Document, layers names: [String],
                                      _ body: (String, JSONValue) throws -> Void) throws {
        try body("id", .string(document.id))
        try body("language", .string(document.language.rawValue))
        try body("ref", .string((document.reference ?? ReferenceTime.today()).description))
        let encoder = JSONValueEncoder(userInfo: [.loupeDocument: document])
        for name in names {
            guard let layer = document.layer(named: name) else { continue }
            try body(name, try encoder.encode(layer))
        }
        // Analyzers that failed: their layers are missing, the others stand.
        let failures = document.failures
        if !failures.isEmpty {
            try body("errors", .array(failures.map {
                .object([("analyzer", .string($0.analyzer)), ("code", .string($0.code)), ("message", .string($0.message))])
            }))
        }
    }

    /// One layer on its own, spans as code points with their text.
    public static func encode(_ layer: any Layer, of document: Document) throws -> JSONValue {
        try JSONValueEncoder(userInfo: [.loupeDocument: document]).encode(layer)
    }

    /// An error in place of a document's result (batch mode keeps going and says why).
    public static func error(id: String, _ error: any Error) -> JSONValue {
        let (code, message): (String, String) = {
            if let error = error as? LoupeError { return (error.code, error.description) }
            return (CoreErrors.unexpected.rawValue, "\(error)")
        }()
        return .object([("id", .string(id)), ("error", .object([("code", .string(code)), ("message", .string(message))]))])
    }
}
