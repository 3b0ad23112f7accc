/// A span with a score: a sentence's tone or reading ease.
public struct ScoredSpan: Sendable, Equatable {
    public var span: Span
    public var score: Double
    /// The score's label (`positive`, `neutral` …), when the layer gives one.
    public var label: String?

    public init(span: Span, score: Double, label: String? = nil) {
        self.span = span
        self.score = score
        self.label = label
    }
}

/// A layer that scores the document and its sentences (`sentiment`, `readability`, a sentiment
/// lexicon): the table exports list the sentences with their scores. Scores are given as the
/// layer's JSON gives them (rounded as it rounds), so every view shows the same numbers.
public protocol ScoredItems: Layer {
    var documentScore: Double { get }
    /// The document score's label, when the layer gives one.
    var documentLabel: String? { get }
    /// In text order.
    var sentenceScores: [ScoredSpan] { get }
}
