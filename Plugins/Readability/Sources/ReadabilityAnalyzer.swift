import LoupeCore

/// `readability`: how hard the text is to read, by the Flesch reading ease — Amstad's German
/// adaptation (180 − words per sentence − 58.5 × syllables per word) or Flesch's English one
/// (206.835 − 1.015 × words per sentence − 84.6 × syllables per word) — for the document and
/// each sentence. Syllables are counted as groups of vowels, which is close enough for both
/// languages (diphthongs like "ei", "au" are one group).
///
/// This analyzer began as the output of `loupe new-analyzer readability` (docs/plugins.md).
public struct ReadabilityAnalyzer: Analyzer {
    public static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(
            name: "readability",
            summary: "Flesch reading ease (Amstad for German) of the document and each sentence",
            languages: [.german, .english],
            provides: [.scoredItems],
            options: [
                OptionSpec("hardest", .int, "how many of the hardest sentences to show", default: "5", display: true)
            ]
        )
    ) { ReadabilityAnalyzer() }

    public init() {}

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        let english = context.language == .english
        var totalWords = 0, totalSyllables = 0, countedSentences = 0
        var sentences: [ReadabilityLayer.SentenceScore] = []
        for sentence in document.sentences {
            var words = 0, syllables = 0
            for index in sentence.tokens where document.tokens[index].kind == .word {
                words += 1
                syllables += Self.syllables(document.utf8, document.tokens[index].span)
            }
            guard words > 0 else { continue }
            countedSentences += 1
            totalWords += words
            totalSyllables += syllables
            sentences.append(
                .init(
                    span: sentence.span, words: words,
                    score: Self.flesch(words: words, sentences: 1, syllables: syllables, english: english)))
        }
        let score =
            totalWords == 0
            ? 0
            : Self.flesch(words: totalWords, sentences: countedSentences, syllables: totalSyllables, english: english)
        return ReadabilityLayer(
            score: score, words: totalWords, sentenceCount: countedSentences,
            syllablesPerWord: totalWords == 0 ? 0 : Double(totalSyllables) / Double(totalWords),
            sentences: sentences)
    }

    static func flesch(words: Int, sentences: Int, syllables: Int, english: Bool) -> Double {
        let wordsPerSentence = Double(words) / Double(sentences)
        let syllablesPerWord = Double(syllables) / Double(words)
        let raw =
            english
            ? 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
            : 180 - wordsPerSentence - 58.5 * syllablesPerWord
        return min(100, max(0, raw))
    }

    /// Groups of vowels (a e i o u y ä ö ü and accented vowels) in a word's UTF-8 bytes; at least one.
    public static func syllables(_ bytes: [UInt8], _ span: Span) -> Int {
        var groups = 0
        var inVowel = false
        var i = span.start
        while i < span.end {
            let b = bytes[i]
            var vowel = false
            if b < 0x80 {
                vowel = "aeiouyAEIOUY".utf8.contains(b)
                i += 1
            } else if b == 0xC3, i + 1 < span.end {
                // ä ö ü à á â è é ê ì í î ò ó ô ù ú û and capitals: U+00C0–U+00DC, U+00E0–U+00FC minus consonants.
                let c = bytes[i + 1]
                vowel = !(c == 0x87 || c == 0xA7 || c == 0x91 || c == 0xB1 || c == 0x9F || c == 0x97 || c == 0xB7)
                i += 2
            } else {
                i += 1
                while i < span.end, bytes[i] & 0xC0 == 0x80 { i += 1 }
            }
            if vowel && !inVowel { groups += 1 }
            inVowel = vowel
        }
        return max(1, groups)
    }

    /// The usual reading of a Flesch score.
    static func level(_ score: Double) -> String {
        switch score {
        case ..<30: "very difficult"
        case ..<50: "difficult"
        case ..<60: "fairly difficult"
        case ..<70: "standard"
        case ..<80: "fairly easy"
        case ..<90: "easy"
        default: "very easy"
        }
    }
}

/// `{"score", "level", "words", "sentence_count", "syllables_per_word", "sentences": [{"start", "end", "text", "score", "words"}]}`.
public struct ReadabilityLayer: ScoredItems {
    public struct SentenceScore: Sendable, Encodable {
        public var span: Span
        public var words: Int
        public var score: Double

        enum Keys: String, CodingKey { case score, words }

        public func encode(to encoder: any Encoder) throws {
            var container = try encoder.spanItem(span, keyedBy: Keys.self)
            try container.encode(ReadabilityLayer.shown(score), forKey: .score)
            try container.encode(words, forKey: .words)
        }
    }

    public var score: Double
    public var words: Int
    public var sentenceCount: Int
    public var syllablesPerWord: Double
    public var sentences: [SentenceScore]

    /// A score as the JSON and the table give it: one decimal.
    static func shown(_ score: Double) -> Double { (score * 10).rounded() / 10 }

    public var documentScore: Double { Self.shown(score) }
    public var documentLabel: String? { ReadabilityAnalyzer.level(score) }
    public var sentenceScores: [ScoredSpan] { sentences.map { ScoredSpan(span: $0.span, score: Self.shown($0.score)) } }

    enum Keys: String, CodingKey {
        case score, level, words, sentenceCount = "sentence_count", syllablesPerWord = "syllables_per_word", sentences
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.shown(score), forKey: .score)
        try container.encode(ReadabilityAnalyzer.level(score), forKey: .level)
        try container.encode(words, forKey: .words)
        try container.encode(sentenceCount, forKey: .sentenceCount)
        try container.encode(syllablesPerWord, forKey: .syllablesPerWord)
        try container.encode(sentences, forKey: .sentences)
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        let hardest = sentences.enumerated().sorted { $0.element.score < $1.element.score }.prefix(
            options.int("hardest") ?? 5)
        let rows: [[TextTable.Cell]] = hardest.map { index, sentence in
            [
                TextTable.Cell(JSONValue.format(Self.shown(sentence.score)), sentence.score < 30 ? .negative : .plain),
                TextTable.Cell(String(sentence.words)),
                TextTable.Cell(
                    document.string(for: sentence.span).replacingOccurrences(of: "\n", with: " ").shortened(to: 80)),
            ]
        }
        return Rendering([
            .styled([
                Rendering.Run("reading ease "), Rendering.Run(JSONValue.format(Self.shown(score)), .bold),
                Rendering.Run(" (\(ReadabilityAnalyzer.level(score)))"),
                Rendering.Run(
                    "  \(words) words in \(sentenceCount) sentences, \(JSONValue.format(syllablesPerWord)) syllables per word",
                    .dim),
            ]),
            .table(TextTable(headers: ["score", "words", "hardest sentences"], rows: rows, rightAligned: [0, 1])),
        ])
    }
}

import Foundation
