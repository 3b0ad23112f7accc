import LoupeCore

/// `readability`: what it finds, in one sentence (shown by `analyzers` and `help readability`).
///
/// This starting point marks words of 15 letters or more; replace `analyze` with your own
/// logic. Read tokens and sentences from `document`, other layers with
/// `document.layer(_:named:)` (declare them in `requires`), options from `context.options`.
public struct ReadabilityAnalyzer: Analyzer {
    public static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(
            name: "readability",
            summary: "words of 15 letters or more (replace with what readability finds)",
            languages: [.german, .english],
            options: [OptionSpec("min", .int, "the shortest word to mark", default: "15")]
        )
    ) { ReadabilityAnalyzer() }

    public init() {}

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        let minimum = context.options.int("min") ?? 15
        let items = document.tokens.filter { token in
            token.kind == .word && document.string(for: token).count >= minimum
        }.map { ReadabilityLayer.Item(span: $0.span, label: "LONG") }
        return ReadabilityLayer(items: items)
    }
}

/// The layer: encodes to JSON as `[{"start", "end", "text", "label"}]` (code points).
public struct ReadabilityLayer: Layer {
    public struct Item: Sendable, Encodable {
        public var span: Span
        public var label: String

        enum Keys: String, CodingKey { case label }

        public func encode(to encoder: any Encoder) throws {
            try span.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(label, forKey: .label)
        }
    }

    public var items: [Item]

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for item in items { try container.encode(item) }
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        let rows = items.map { [TextTable.Cell(document.string(for: $0.span), .highlight), TextTable.Cell($0.label)] }
        return Rendering([.table(TextTable(headers: ["text", "label"], rows: rows))])
    }
}
