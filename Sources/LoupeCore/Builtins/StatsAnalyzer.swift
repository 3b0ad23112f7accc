/// `stats`: counts, lexical variety and the most frequent content words.
public struct StatsAnalyzer: Analyzer {
    public static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(
            name: "stats",
            summary: "counts, type/token ratio, most frequent content words",
            options: [OptionSpec("top", .int, "how many frequent words to list", default: "10")]
        )
    ) { StatsAnalyzer() }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        var counts: [String: Int] = [:]
        var display: [String: String] = [:]
        var words = 0
        var types = Set<String>()
        let stopWords = StopWords.words(for: context.language)
        for token in document.tokens where token.kind == .word || token.kind == .abbreviation {
            words += 1
            let text = document.string(for: token)
            let lower = text.lowercased()
            types.insert(lower)
            guard !stopWords.contains(lower), lower.unicodeScalars.count > 1,
                lower.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
            else { continue }
            counts[lower, default: 0] += 1
            // Show the most common spelling (German nouns keep their capital).
            if display[lower] == nil || text.first?.isUppercase == true { display[lower] = text }
        }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(context.options.int("top") ?? 10)
            .map { StatsLayer.WordCount(word: display[$0.key] ?? $0.key, count: $0.value) }
        let paragraphs = 1 + document.tokens.dropFirst().filter(\.paragraphBefore).count
        return StatsLayer(
            characters: document.text.unicodeScalars.count,
            tokens: document.tokens.count,
            words: words,
            sentences: document.sentences.count,
            paragraphs: document.tokens.isEmpty ? 0 : paragraphs,
            types: types.count,
            typeTokenRatio: words == 0 ? 0 : Double(types.count) / Double(words),
            meanSentenceLength: document.sentences.isEmpty
                ? 0 : Double(document.tokens.count) / Double(document.sentences.count),
            topWords: Array(top)
        )
    }
}

public struct StatsLayer: Layer {
    public struct WordCount: Codable, Sendable {
        public var word: String
        public var count: Int
    }

    public var characters: Int
    public var tokens: Int
    public var words: Int
    public var sentences: Int
    public var paragraphs: Int
    public var types: Int
    public var typeTokenRatio: Double
    public var meanSentenceLength: Double
    public var topWords: [WordCount]

    enum CodingKeys: String, CodingKey {
        case characters, tokens, words, sentences, paragraphs, types
        case typeTokenRatio = "type_token_ratio"
        case meanSentenceLength = "mean_sentence_length"
        case topWords = "top_words"
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        let pairs: [(String, String)] = [
            ("language", document.language.rawValue), ("characters", String(characters)), ("tokens", String(tokens)),
            ("words", String(words)), ("sentences", String(sentences)), ("paragraphs", String(paragraphs)),
            ("types", String(types)), ("type/token ratio", JSONValue.format(typeTokenRatio)),
            ("tokens per sentence", JSONValue.format(meanSentenceLength)),
        ]
        let summary = TextTable(
            headers: ["measure", "value"], rows: pairs.map { [TextTable.Cell($0.0), TextTable.Cell($0.1)] },
            rightAligned: [1])
        let top = TextTable(
            headers: ["word", "count"],
            rows: topWords.map { [TextTable.Cell($0.word, .highlight), TextTable.Cell(String($0.count))] },
            rightAligned: [1])
        return Rendering([.table(summary), .text(""), .table(top)])
    }
}
