/// The JSON contract of `loupe analyze`: one object per document with `id`, `language`,
/// `ref`, then one key per analyzer, in the order requested, and `errors` (only when an analyzer
/// failed: `[{"analyzer", "code", "message"}]`, its key is then missing). Offsets are code points.
public enum DocumentJSON {
    public static func encode(_ document: Document, layers names: [String]) throws -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(document.id)),
            ("language", .string(document.language.rawValue)),
            ("ref", .string((document.reference ?? ReferenceTime.today()).description)),
        ]
        let encoder = JSONValueEncoder(userInfo: [.loupeDocument: document])
        for name in names {
            guard let layer = document.layer(named: name) else { continue }
            pairs.append((name, try encoder.encode(layer)))
        }
        // Analyzers that failed: their layers are missing, the others stand.
        let failures = document.failures
        if !failures.isEmpty {
            pairs.append(("errors", .array(failures.map {
                .object([("analyzer", .string($0.analyzer)), ("code", .string($0.code)), ("message", .string($0.message))])
            })))
        }
        return .object(pairs)
    }

    /// The text of `encode(document, layers:)`, byte for byte, made one layer at a time: each
    /// layer's tree is written out and let go before the next is built, so a document's peak
    /// memory holds one layer's tree, not all of them.
    public static func serialized(_ document: Document, layers names: [String], pretty: Bool = false) throws -> String {
        var out = "{"
        var first = true
        func member(_ key: String, _ value: JSONValue) {
            if !first { out += "," }
            first = false
            if pretty { out += "\n  " }
            JSONValue.writeString(key, to: &out)
            out += pretty ? ": " : ":"
            out += value.serialized(pretty: pretty, indent: 2)
        }
        member("id", .string(document.id))
        member("language", .string(document.language.rawValue))
        member("ref", .string((document.reference ?? ReferenceTime.today()).description))
        let encoder = JSONValueEncoder(userInfo: [.loupeDocument: document])
        for name in names {
            guard let layer = document.layer(named: name) else { continue }
            member(name, try encoder.encode(layer))
        }
        let failures = document.failures
        if !failures.isEmpty {
            member("errors", .array(failures.map {
                .object([("analyzer", .string($0.analyzer)), ("code", .string($0.code)), ("message", .string($0.message))])
            }))
        }
        out += pretty ? "\n}" : "}"
        return out
    }

    /// One layer on its own, spans as code points with their text.
    public static func encode(_ layer: any Layer, of document: Document) throws -> JSONValue {
        try JSONValueEncoder(userInfo: [.loupeDocument: document]).encode(layer)
    }

    /// An error in place of a document's result (batch mode keeps going and says why).
    public static func error(id: String, _ error: any Error) -> JSONValue {
        let (code, message): (String, String) = {
            if let error = error as? LoupeError { return (error.code, error.description) }
            return ("E000", "\(error)")
        }()
        return .object([("id", .string(id)), ("error", .object([("code", .string(code)), ("message", .string(message))]))])
    }
}
