import LoupeCore

/// What `kind: sentiment-lexicon` files are scored with. LoupeExtensions has no sentiment scorer
/// of its own: LoupeKit passes the sentiment plugin's (`Loupe.sentimentLexiconScorer`), so a
/// declarative lexicon is scored by the same engine and rules as `sentiment --lexicon FILE
/// --replace`, and Loupe has one sentiment scorer.
public struct SentimentLexiconScorer: Sendable {
    /// An analyzer whose whole lexicon is `words` (phrase → score on VADER's scale, −4 … +4),
    /// read from the plugin file at `path`. Called once, when the analyzer is first used.
    public var makeAnalyzer: @Sendable (_ words: [Word], _ path: String) throws -> any Analyzer

    /// A phrase of one to three words and its score.
    public typealias Word = (phrase: String, score: Double)

    public init(makeAnalyzer: @escaping @Sendable (_ words: [Word], _ path: String) throws -> any Analyzer) {
        self.makeAnalyzer = makeAnalyzer
    }
}
