import LoupeCore

/// What a declarative sentiment lexicon finds: the document's score and label, each sentence's,
/// and each word that counted with its contribution and whether a negator flipped it.
public struct LexiconSentimentLayer: ScoredItems {
    public struct Score: Sendable, Encodable {
        public var span: Span
        public var score: Double
        enum Keys: String, CodingKey { case score, label }
        public func encode(to encoder: any Encoder) throws {
            var c = try encoder.spanItem(span, keyedBy: Keys.self)
            try c.encode(score, forKey: .score)
            try c.encode(LexiconSentimentLayer.label(score), forKey: .label)
        }
    }

    public struct Hit: Sendable, Encodable {
        public var span: Span
        /// The word's contribution to its sentence's sum, after the rules.
        public var value: Double
        public var negated: Bool
        enum Keys: String, CodingKey { case value, negated }
        public func encode(to encoder: any Encoder) throws {
            var c = try encoder.spanItem(span, keyedBy: Keys.self)
            try c.encode(value, forKey: .value)
            try c.encode(negated, forKey: .negated)
        }
    }

    public var score: Double
    public var sentences: [Score]
    public var words: [Hit]

    /// VADER's ±0.05 band, as the sentiment analyzer's `social` and `reviews` genres.
    static func label(_ score: Double) -> String { SentimentLabel(score).rawValue }

    public var documentScore: Double { score }
    public var documentLabel: String? { Self.label(score) }
    public var sentenceScores: [ScoredSpan] {
        sentences.map { ScoredSpan(span: $0.span, score: $0.score, label: Self.label($0.score)) }
    }

    enum Keys: String, CodingKey { case score, label, sentences, words }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(score, forKey: .score)
        try c.encode(Self.label(score), forKey: .label)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(words, forKey: .words)
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        func style(_ s: Double) -> Rendering.Style { SentimentLabel(s).style }
        var rows: [[TextTable.Cell]] = []
        for (index, sentence) in sentences.enumerated() where sentence.score != 0 {
            rows.append([
                TextTable.Cell(String(index + 1), .dim),
                TextTable.Cell(JSONValue.format(sentence.score), style(sentence.score)),
                TextTable.Cell(document.string(for: sentence.span).shortened(to: 70)),
            ])
        }
        return Rendering([
            .styled([
                Rendering.Run("document: "),
                Rendering.Run("\(JSONValue.format(score)) \(Self.label(score))", style(score)),
                Rendering.Run("  (\(words.count) lexicon words)", .dim),
            ]),
            .table(TextTable(headers: ["sent", "score", "sentence"], rows: rows, rightAligned: [0, 1])),
        ])
    }
}
