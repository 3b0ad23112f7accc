import Foundation
import LoupeCore

/// `kind: gazetteer` — phrases mapped to labels (entity types or any label of your own).
public struct GazetteerAnalyzer: Analyzer {
    public let matcher: PhraseMatcher

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        LabeledSpansLayer(spans: matcher.matches(in: document).map {
            LabeledSpan(span: $0.span, label: $0.entry.label, canonical: $0.entry.canonical)
        }).keeping(label: context.options.string("label"))
    }
}

/// `kind: patterns` — regular expressions over the text and token patterns, each with a label.
public struct PatternAnalyzer: Analyzer {
    public struct RegexRule: @unchecked Sendable {
        public var label: String
        public var regex: NSRegularExpression
    }

    public let regexes: [RegexRule]
    public let tokenPatterns: [TokenPattern]

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        var found: [LabeledSpan] = []
        let text = document.text
        for rule in regexes {
            let matches: [NSTextCheckingResult]
            do {
                matches = try BoundedRegex.matches(rule.regex, in: text, range: NSRange(text.startIndex..., in: text), deadline: context.deadline)
            } catch is BoundedRegex.Runaway {
                throw BoundedRegex.runaway(label: rule.label, pattern: rule.regex.pattern, document: document)
            }
            for match in matches {
                guard match.range.length > 0, let range = Range(match.range, in: text) else { continue }
                found.append(LabeledSpan(span: document.span(for: range), label: rule.label))
            }
        }
        if !tokenPatterns.isEmpty {
            let texts = document.tokens.map { document.string(for: $0) }
            for pattern in tokenPatterns {
                var i = 0
                while i < document.tokens.count {
                    let longest: Int?
                    do { longest = try pattern.longestMatch(document.tokens, texts, from: i, deadline: context.deadline) } catch let runaway as TokenPattern.Runaway {
                        throw BoundedRegex.runaway(label: pattern.label, pattern: runaway.pattern, document: document)
                    }
                    if let end = longest {
                        found.append(LabeledSpan(span: Span(document.tokens[i].span.start, document.tokens[end - 1].span.end), label: pattern.label))
                        i = end
                    } else {
                        i += 1
                    }
                }
            }
        }
        // Document order; where matches overlap, the earlier and then longer one stays.
        found.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        var kept: [LabeledSpan] = []
        for item in found where kept.last.map({ $0.span.end <= item.span.start }) ?? true { kept.append(item) }
        return LabeledSpansLayer(spans: kept).keeping(label: context.options.string("label"))
    }
}

extension LabeledSpansLayer {
    /// The spans with `label` (the `label` option of gazetteers and patterns), or all of them.
    func keeping(label: String?) -> LabeledSpansLayer {
        guard let label, !label.isEmpty else { return self }
        return LabeledSpansLayer(spans: spans.filter { $0.label == label })
    }
}

/// `kind: sentiment-lexicon` — words with scores; sentences and the document are scored by
/// the sum of the words found, flipped after a negation, squashed into [-1, 1] as VADER does.
public struct LexiconSentimentAnalyzer: Analyzer {
    public let matcher: PhraseMatcher
    static let negations: Set<String> = ["nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "ohne",
                                         "not", "no", "never", "without", "n't", "nothing", "nobody"]

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        var sentenceScores = [Double](repeating: 0, count: document.sentences.count)
        var hits: [LexiconSentimentLayer.Hit] = []
        for match in matcher.matches(in: document) {
            guard let index = document.sentenceIndex(containing: match.span.start) else { continue }
            let sentence = document.sentences[index]
            // A negation up to three tokens before the word flips it.
            let window = max(sentence.tokens.lowerBound, match.tokens.lowerBound - 3)..<match.tokens.lowerBound
            let negated = window.contains { Self.negations.contains(document.string(for: document.tokens[$0]).lowercased()) }
            let value = (match.entry.value ?? 0) * (negated ? -0.75 : 1)
            sentenceScores[index] += value
            hits.append(LexiconSentimentLayer.Hit(span: match.span, value: value, negated: negated))
        }
        let sentences = zip(document.sentences, sentenceScores).map { sentence, raw in
            LexiconSentimentLayer.Score(span: sentence.span, score: Self.squash(raw))
        }
        return LexiconSentimentLayer(score: Self.squash(sentenceScores.reduce(0, +)), sentences: sentences, words: hits)
    }

    /// VADER's normalisation: x / sqrt(x² + 15).
    static func squash(_ x: Double) -> Double { x == 0 ? 0 : x / (x * x + 15).squareRoot() }
}

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

    static func label(_ score: Double) -> String { score >= 0.05 ? "positive" : score <= -0.05 ? "negative" : "neutral" }

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
        func style(_ s: Double) -> Rendering.Style { s >= 0.05 ? .positive : s <= -0.05 ? .negative : .neutral }
        var rows: [[TextTable.Cell]] = []
        for (index, sentence) in sentences.enumerated() where sentence.score != 0 {
            rows.append([TextTable.Cell(String(index + 1), .dim), TextTable.Cell(JSONValue.format(sentence.score), style(sentence.score)),
                         TextTable.Cell(document.string(for: sentence.span).shortened(to: 70))])
        }
        return Rendering([
            .styled([Rendering.Run("document: "), Rendering.Run("\(JSONValue.format(score)) \(Self.label(score))", style(score)),
                     Rendering.Run("  (\(words.count) lexicon words)", .dim)]),
            .table(TextTable(headers: ["sent", "score", "sentence"], rows: rows, rightAligned: [0, 1])),
        ])
    }
}
