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

extension JSONValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(JSONValueBox(self))
    }
}

/// Lets `JSONValueEncoder` take a JSONValue as it is (it special-cases JSONValue itself).
private struct JSONValueBox: Encodable {
    let value: JSONValue
    init(_ value: JSONValue) { self.value = value }
    func encode(to encoder: any Encoder) throws {
        switch value {
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
            for item in items { try c.encode(JSONValueBox(item)) }
        case let .object(pairs):
            var c = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in pairs { try c.encode(JSONValueBox(value), forKey: AnyKey(key)) }
        }
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The layer of a custom analyzer that finds labelled spans (gazetteers, patterns, external
/// plugins): a JSON list of `LabeledSpan`, a table in the REPL.
public struct LabeledSpansLayer: MentionsLayer {
    public var spans: [LabeledSpan]

    public init(spans: [LabeledSpan]) { self.spans = spans }

    public var labeledMentions: [LabeledMention] {
        spans.map { LabeledMention(span: $0.span, label: $0.label, name: $0.canonical) }
    }

    public func encode(to encoder: any Encoder) throws {
        try spans.encode(to: encoder)
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        guard !spans.isEmpty else { return Rendering([.styled([Rendering.Run("nothing found", .dim)])]) }
        let rows: [[TextTable.Cell]] = spans.map { item in
            [TextTable.Cell(String((document.sentenceIndex(containing: item.span.start) ?? 0) + 1), .dim),
             TextTable.Cell(document.string(for: item.span).replacingOccurrences(of: "\n", with: " ").shortened(to: 60), .label(item.label)),
             TextTable.Cell(item.label, .label(item.label)),
             TextTable.Cell(item.canonical ?? item.data.map { $0.serialized().shortened(to: 50) } ?? "", .dim)]
        }
        return Rendering([.table(TextTable(headers: ["sent", "text", "label", ""], rows: rows, rightAligned: [0]))])
    }
}

import Foundation
