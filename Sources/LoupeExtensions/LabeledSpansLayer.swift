import LoupeCore

/// A span with a label, as custom analyzers produce them: `{"start", "end", "text", "label"}`
/// plus `canonical` (a gazetteer entry's preferred name) and `data` (anything an external
/// plugin attaches) when present.
public struct LabeledSpan: Sendable, Encodable {
    public var span: Span
    public var label: String
    public var canonical: String?
    public var data: JSONValue?

    public init(span: Span, label: String, canonical: String? = nil, data: JSONValue? = nil) {
        self.span = span
        self.label = label
        self.canonical = canonical
        self.data = data
    }

    enum Keys: String, CodingKey { case label, canonical, data }

    public func encode(to encoder: any Encoder) throws {
        var container = try encoder.spanItem(span, keyedBy: Keys.self)
        try container.encode(label, forKey: .label)
        try container.encodeIfPresent(canonical, forKey: .canonical)
        try container.encodeIfPresent(data, forKey: .data)
    }
}

/// The layer of a custom analyzer that finds labelled spans (gazetteers, patterns, external
/// plugins): a JSON list of `LabeledSpan`, a table in the REPL.
public struct LabeledSpansLayer: LabeledSpans {
    public var spans: [LabeledSpan]

    public init(spans: [LabeledSpan]) { self.spans = spans }

    public var labeledItems: [LabeledItem] {
        spans.map { LabeledItem(span: $0.span, label: $0.label, name: $0.canonical) }
    }

    public func encode(to encoder: any Encoder) throws {
        try spans.encode(to: encoder)
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        guard !spans.isEmpty else { return Rendering([.styled([Rendering.Run("nothing found", .dim)])]) }
        let rows: [[TextTable.Cell]] = spans.map { item in
            [
                TextTable.Cell(String((document.sentenceIndex(containing: item.span.start) ?? 0) + 1), .dim),
                TextTable.Cell(
                    document.string(for: item.span).replacingOccurrences(of: "\n", with: " ").shortened(to: 60),
                    .label(item.label)),
                TextTable.Cell(item.label, .label(item.label)),
                TextTable.Cell(item.canonical ?? item.data.map { $0.serialized().shortened(to: 50) } ?? "", .dim),
            ]
        }
        return Rendering([.table(TextTable(headers: ["sent", "text", "label", ""], rows: rows, rightAligned: [0]))])
    }
}

import Foundation
