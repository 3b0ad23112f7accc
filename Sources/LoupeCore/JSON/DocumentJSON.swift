/// The JSON contract of `loupe analyze`: one object per document with `id`, `language`,
/// `ref`, then one key per analyzer, in the order requested, and `errors` (only when an analyzer
/// failed: `[{"analyzer", "code", "message"}]`, its key is then missing). Offsets are code points.
public enum DocumentJSON {
    public static func encode(_ document: Document, layers names: [String]) throws -> JSONValue {
        try JSONValueEncoder(userInfo: [.loupeDocument: document]).encode(Contract(document: document, names: names))
    }

    /// The text of `encode(document, layers:)`, byte for byte, written without a tree.
    public static func serialized(_ document: Document, layers names: [String], pretty: Bool = false) throws -> String {
        try JSONTextEncoder.text(
            Contract(document: document, names: names), pretty: pretty,
            userInfo: [.loupeDocument: document])
    }

    /// The same text handed to `sink` in pieces as it is written, so that a large document's
    /// output is never held whole in memory. `indent`: the document's own indentation in pretty
    /// output (2 inside a JSON array of documents).
    public static func write(
        _ document: Document, layers names: [String], pretty: Bool = false, indent: Int = 0,
        to sink: @escaping (String) throws -> Void
    ) throws {
        let encoder = JSONTextEncoder(pretty: pretty, indent: indent, userInfo: [.loupeDocument: document], sink: sink)
        try encoder.encode(Contract(document: document, names: names))
    }

    /// The document's members in contract order, for both encoders.
    private struct Contract: Encodable {
        let document: Document
        let names: [String]

        /// An analyzer that failed: its layer is missing, the others stand.
        struct Failure: Encodable {
            let analyzer: String
            let code: String
            let message: String
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.encode(document.id, forKey: JSONKey("id"))
            try container.encode(document.language.rawValue, forKey: JSONKey("language"))
            try container.encode((document.reference ?? ReferenceTime.today()).description, forKey: JSONKey("ref"))
            for name in names {
                guard let layer = document.layer(named: name) else { continue }
                try container.encode(layer, forKey: JSONKey(name))
            }
            let failures = document.failures
            if !failures.isEmpty {
                try container.encode(
                    failures.map { Failure(analyzer: $0.analyzer, code: $0.code, message: $0.message) },
                    forKey: JSONKey("errors"))
            }
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
        return .object([
            ("id", .string(id)), ("error", .object([("code", .string(code)), ("message", .string(message))])),
        ])
    }
}
