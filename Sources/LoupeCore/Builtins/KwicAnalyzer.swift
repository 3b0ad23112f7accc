/// `kwic WORD`: every occurrence of a word with its context (keyword in context).
/// Matching ignores case; a trailing `*` matches any ending (`Putin*` finds Putins).
public struct KwicAnalyzer: Analyzer {
    public static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(
            name: "kwic",
            summary: "keyword in context: each occurrence of a word with the text around it",
            options: [
                OptionSpec("word", .string, "the word to find (a trailing * matches any ending)", positional: true),
                OptionSpec("width", .int, "characters of context on each side", default: "35", range: 0...10_000),
            ]
        )
    ) { KwicAnalyzer() }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        guard var query = context.options.string("word"), !query.isEmpty else {
            throw LoupeError.missingOption("a word", analyzer: "kwic", usage: "kwic WORD [--width N]")
        }
        let width = max(0, context.options.int("width") ?? 35)
        let prefixMatch = query.hasSuffix("*")
        if prefixMatch { query.removeLast() }
        let needle = query.lowercased()
        var hits: [KwicLayer.Hit] = []
        for (index, token) in document.tokens.enumerated() {
            let word = document.string(for: token).lowercased()
            guard prefixMatch ? word.hasPrefix(needle) : word == needle else { continue }
            let left = Self.context(document, Span(max(0, token.span.start - width * 3), token.span.start), last: width)
            let right = Self.context(
                document, Span(token.span.end, min(document.utf8.count, token.span.end + width * 3)), first: width)
            hits.append(
                KwicLayer.Hit(
                    span: token.span, token: index,
                    sentence: (document.sentenceIndex(containing: token.span.start) ?? 0) + 1,
                    left: left, right: right))
        }
        return KwicLayer(query: context.options.string("word")!, hits: hits)
    }

    /// Up to `first`/`last` characters of a span, on whole scalars, with line breaks flattened.
    static func context(_ document: Document, _ span: Span, first: Int? = nil, last: Int? = nil) -> String {
        var start = span.start, end = span.end
        while start < end, document.utf8[start] & 0xC0 == 0x80 { start += 1 }
        while end < document.utf8.count, end > start, document.utf8[end] & 0xC0 == 0x80 { end -= 1 }
        let text = document.string(for: Span(start, end)).map { $0.isNewline ? " " : $0 }
        if let first { return String(text.prefix(first)) }
        if let last { return String(text.suffix(last)) }
        return String(text)
    }
}

public struct KwicLayer: Layer {
    public struct Hit: Sendable, Encodable {
        public var span: Span
        public var token: Int
        public var sentence: Int
        public var left: String
        public var right: String

        enum Keys: String, CodingKey { case sentence, left, right }
        public func encode(to encoder: any Encoder) throws {
            var container = try encoder.spanItem(span, keyedBy: Keys.self)
            try container.encode(sentence, forKey: .sentence)
            try container.encode(left, forKey: .left)
            try container.encode(right, forKey: .right)
        }
    }

    public var query: String
    public var hits: [Hit]

    enum CodingKeys: String, CodingKey { case query, hits }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        guard !hits.isEmpty else { return Rendering([.text("no occurrence of '\(query)'")]) }
        let width = hits.map(\.left.count).max() ?? 0
        var blocks: [Rendering.Block] = hits.map { hit in
            .styled([
                Rendering.Run(String(hit.sentence).leftPadded(3) + "  ", .dim),
                Rendering.Run(String(repeating: " ", count: width - hit.left.count) + hit.left),
                Rendering.Run(document.string(for: hit.span), .highlight),
                Rendering.Run(hit.right),
            ])
        }
        blocks.append(.styled([Rendering.Run("\(hits.count) occurrence\(hits.count == 1 ? "" : "s")", .dim)]))
        return Rendering(blocks)
    }
}
