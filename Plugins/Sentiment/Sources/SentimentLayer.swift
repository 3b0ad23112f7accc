import LoupeCore

/// Sentiment labels from scores: neutral within a band around 0, VADER's conventional ±0.05
/// unless a genre asks for another (see `SentimentGenre`).
public enum SentimentLabel: String, Sendable {
    case positive, negative, neutral

    public static let threshold = 0.05

    public init(_ score: Double, band: Double = Self.threshold) {
        self = score >= band ? .positive : score <= -band ? .negative : .neutral
    }

    var style: Rendering.Style {
        switch self {
        case .positive: .positive
        case .negative: .negative
        case .neutral: .neutral
        }
    }
}

/// The kind of text being scored (`sentiment.genre`): it sets the neutral band of the labels
/// and how much weak words count. News reports facts, and a sentence that does is neutral unless
/// evaluative words clearly outweigh topical ones: in news a lexicon word counts only by what
/// its valence exceeds `weakValence` by (`Sicherheit`, `agreement`, `leading` are topics there,
/// not praise), and labels are neutral within ±`neutralBand`. Both were chosen on the tuning
/// halves of the GerNTSA and Financial PhraseBank dev sets (`scripts/tune-sentiment-neutral.sh`,
/// best mean macro-F1). Social media and reviews keep every word in full and VADER's ±0.05, the
/// conventions their gold labels follow.
public enum SentimentGenre: String, Sendable, CaseIterable {
    case news, social, reviews

    /// The genre of a text given none: `social` when it is short and clearly a post — it names
    /// an `@user`, carries a `#tag`, an emoji or an emoticon — else `news`. Reviews are not told
    /// apart from news by their form; ask for them.
    public static func detected(in document: Document) -> SentimentGenre {
        guard document.utf8.count <= maximumPostBytes else { return .news }
        let tokens = document.tokens
        for (i, token) in tokens.enumerated() {
            if token.kind == .emoji { return .social }
            if token.kind == .symbol, i + 1 < tokens.count, !tokens[i + 1].spaceBefore, tokens[i + 1].kind == .word {
                let byte = document.utf8[token.span.start]
                if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#") { return .social }
            }
        }
        let text = document.text
        return emoticons.contains { text.contains($0) } ? .social : .news
    }

    /// A post is short: twice a tweet's 280 characters of mostly ASCII.
    static let maximumPostBytes = 600
    static let emoticons = [":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", "<3", "&lt;3", "xD"]

    /// Lexicon valences (VADER's scale, −4 … +4) count only by what they exceed this by.
    public var weakValence: Double {
        switch self {
        case .news: 1.2
        case .social, .reviews: 0
        }
    }

    public var neutralBand: Double {
        switch self {
        case .news: 0.15
        case .social, .reviews: SentimentLabel.threshold
        }
    }
}

/// The `sentiment` layer: scores in −1 … +1 for the document, each sentence, the narrator's
/// voice and quoted speech, and each entity; with `--explain N`, why sentence N scored as it did.
public struct SentimentLayer: ToneScores {
    public struct SentenceScore: Sendable {
        public var span: Span
        public var score: Double
    }

    /// One voice of the document: its score (mean over its sentences with sentiment) and size.
    public struct Voice: Sendable {
        public var score: Double
        public var words: Int
    }

    public struct EntityScore: Sendable {
        public var name: String
        /// The entity label (PER, LOC …) when it came from the entities layer.
        public var type: String?
        public var mentions: Int
        public var score: Double
    }

    /// The tone towards `--target PHRASE`: over the clauses around its mentions.
    public struct TargetScore: Sendable {
        public var phrase: String
        public var mentions: Int
        public var score: Double
        /// The sentences that mention it (indices into `sentences`).
        public var sentences: [Int]
    }

    public struct Explanation: Sendable {
        public struct Word: Sendable {
            public var span: Span
            /// The lexicon valence (−4 … +4).
            public var valence: Double
            /// What it added to the sentence sum after the rules.
            public var contribution: Double
            public var reasons: [String]
        }

        /// 1-based, as in the table.
        public var sentence: Int
        public var span: Span
        public var score: Double
        public var words: [Word]
        public var notes: [String]
    }

    public var score: Double
    public var sentences: [SentenceScore]
    public var narrator: Voice
    public var quoted: Voice
    public var entities: [EntityScore]
    public var explanation: Explanation?
    public var target: TargetScore?
    /// Sets the neutral band of every label here.
    public var genre: SentimentGenre = .news
    /// The genre was not given but read from the text (`SentimentGenre.detected`).
    public var genreDetected = false

    public var label: SentimentLabel { SentimentLabel(score, band: genre.neutralBand) }

    // MARK: - Tone scores (as in the JSON: four decimals)

    public var documentScore: Double { rounded(score) }
    public var documentLabel: String? { label.rawValue }

    public var sentenceScores: [ScoredSpan] {
        sentences.map { sentence in
            ScoredSpan(
                span: sentence.span, score: rounded(sentence.score),
                label: SentimentLabel(sentence.score, band: genre.neutralBand).rawValue)
        }
    }

    public var partScores: [PartScore] {
        [
            PartScore(part: "narrator", score: rounded(narrator.score)),
            PartScore(part: "quoted", score: rounded(quoted.score)),
        ]
    }

    public var nameScores: [NameScore] {
        entities.map { NameScore(name: $0.name, type: $0.type, mentions: $0.mentions, score: rounded($0.score)) }
    }

    // MARK: - JSON

    enum Keys: String, CodingKey { case score, label, genre, sentences, narrator, quoted, entities, target, explain }

    public func encode(to encoder: any Encoder) throws {
        let document = encoder.userInfo[.loupeDocument] as? Document
        func offset(_ byte: Int) -> Int { document?.offsets.codePoint(atByte: byte) ?? byte }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(rounded(score), forKey: .score)
        try container.encode(label.rawValue, forKey: .label)
        try container.encode(genre.rawValue, forKey: .genre)
        let band = genre.neutralBand
        try container.encode(ScoreItem.sentences(sentences, offset: offset, band: band), forKey: .sentences)
        try container.encode(VoiceItem(voice: narrator, band: band), forKey: .narrator)
        try container.encode(VoiceItem(voice: quoted, band: band), forKey: .quoted)
        try container.encode(entities.map { EntityItem(entity: $0, band: band) }, forKey: .entities)
        if let target {
            try container.encode(
                TargetItem(
                    target: target, sentences: target.sentences.map { sentences[$0] }, offset: offset, band: band),
                forKey: .target)
        }
        if let explanation {
            try container.encode(ExplanationItem(explanation: explanation, band: band), forKey: .explain)
        }
    }

    private struct ScoreItem: Encodable {
        var start: Int, end: Int, score: Double, band: Double

        /// Sentence scores with their offsets in code points.
        static func sentences(_ sentences: [SentenceScore], offset: (Int) -> Int, band: Double) -> [ScoreItem] {
            sentences.map {
                ScoreItem(start: offset($0.span.start), end: offset($0.span.end), score: $0.score, band: band)
            }
        }

        enum Keys: String, CodingKey { case start, end, score, label }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(rounded(score), forKey: .score)
            try c.encode(SentimentLabel(score, band: band).rawValue, forKey: .label)
        }
    }

    private struct VoiceItem: Encodable {
        var voice: Voice
        var band: Double
        enum Keys: String, CodingKey { case score, label, words }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(rounded(voice.score), forKey: .score)
            try c.encode(SentimentLabel(voice.score, band: band).rawValue, forKey: .label)
            try c.encode(voice.words, forKey: .words)
        }
    }

    private struct EntityItem: Encodable {
        var entity: EntityScore
        var band: Double
        enum Keys: String, CodingKey { case name, type, mentions, score, label }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(entity.name, forKey: .name)
            try c.encode(entity.type, forKey: .type)
            try c.encode(entity.mentions, forKey: .mentions)
            try c.encode(rounded(entity.score), forKey: .score)
            try c.encode(SentimentLabel(entity.score, band: band).rawValue, forKey: .label)
        }
    }

    private struct TargetItem: Encodable {
        var target: TargetScore
        var sentences: [SentenceScore]
        var offset: (Int) -> Int
        var band: Double
        enum Keys: String, CodingKey { case phrase, mentions, score, label, sentences }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(target.phrase, forKey: .phrase)
            try c.encode(target.mentions, forKey: .mentions)
            try c.encode(rounded(target.score), forKey: .score)
            try c.encode(SentimentLabel(target.score, band: band).rawValue, forKey: .label)
            try c.encode(ScoreItem.sentences(sentences, offset: offset, band: band), forKey: .sentences)
        }
    }

    private struct ExplanationItem: Encodable {
        var explanation: Explanation
        var band: Double
        enum Keys: String, CodingKey { case sentence, score, label, words, notes }
        enum WordKeys: String, CodingKey { case valence, contribution, why }
        struct WordItem: Encodable {
            var word: Explanation.Word
            func encode(to encoder: any Encoder) throws {
                var c = try encoder.spanItem(word.span, keyedBy: WordKeys.self)
                try c.encode(rounded(word.valence), forKey: .valence)
                try c.encode(rounded(word.contribution), forKey: .contribution)
                try c.encode(word.reasons, forKey: .why)
            }
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(explanation.sentence, forKey: .sentence)
            try c.encode(rounded(explanation.score), forKey: .score)
            try c.encode(SentimentLabel(explanation.score, band: band).rawValue, forKey: .label)
            try c.encode(explanation.words.map(WordItem.init), forKey: .words)
            try c.encode(explanation.notes, forKey: .notes)
        }
    }

    // MARK: - Terminal

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        let band = genre.neutralBand
        func cell(_ score: Double) -> TextTable.Cell {
            TextTable.Cell(signed(score), SentimentLabel(score, band: band).style)
        }
        func labelCell(_ score: Double) -> TextTable.Cell {
            TextTable.Cell(SentimentLabel(score, band: band).rawValue, SentimentLabel(score, band: band).style)
        }
        /// The sentences at `indices`, numbered, with their scores.
        func sentenceTable(_ indices: [Int]) -> Rendering.Block {
            let rows: [[TextTable.Cell]] = indices.map { index in
                let sentence = sentences[index]
                return [
                    TextTable.Cell(String(index + 1), .dim), cell(sentence.score), labelCell(sentence.score),
                    TextTable.Cell(
                        document.string(for: sentence.span).split(whereSeparator: \.isNewline).joined(separator: " ")
                            .shortened(to: 72)),
                ]
            }
            return .table(TextTable(headers: ["#", "score", "label", "sentence"], rows: rows, rightAligned: [0, 1]))
        }
        var blocks: [Rendering.Block] = [
            .styled([
                Rendering.Run("document ", .heading), Rendering.Run("\(signed(score)) \(label.rawValue)", label.style),
                Rendering.Run("   narrator ", .dim),
                Rendering.Run(
                    "\(signed(narrator.score)) \(SentimentLabel(narrator.score, band: band).rawValue)",
                    SentimentLabel(narrator.score, band: band).style),
                Rendering.Run("   quoted ", .dim),
                Rendering.Run(
                    quoted.words == 0
                        ? "none"
                        : "\(signed(quoted.score)) \(SentimentLabel(quoted.score, band: band).rawValue) (\(quoted.words) words)",
                    quoted.words == 0 ? .dim : SentimentLabel(quoted.score, band: band).style),
            ])
        ]
        if let explanation {
            blocks.append(
                .styled([
                    Rendering.Run("sentence \(explanation.sentence) ", .heading),
                    Rendering.Run(
                        "\(signed(explanation.score)) \(SentimentLabel(explanation.score, band: band).rawValue)",
                        SentimentLabel(explanation.score, band: band).style),
                ]))
            blocks.append(.text(document.string(for: explanation.span)))
            if !explanation.words.isEmpty {
                let rows: [[TextTable.Cell]] = explanation.words.map { word in
                    [
                        TextTable.Cell(document.string(for: word.span), .highlight),
                        TextTable.Cell(signed(word.valence), .dim),
                        cell(word.contribution), TextTable.Cell(word.reasons.joined(separator: "; ")),
                    ]
                }
                blocks.append(
                    .table(TextTable(headers: ["word", "lexicon", "counts", "why"], rows: rows, rightAligned: [1, 2])))
            }
            for note in explanation.notes { blocks.append(.styled([Rendering.Run(note, .dim)])) }
            blocks.append(
                .styled([
                    Rendering.Run(
                        "genre \(genre.rawValue)\(genreDetected ? " (detected)" : ""): "
                            + (genre.weakValence > 0 ? "words count beyond \(format(genre.weakValence)), " : "")
                            + "neutral within ±\(format(band)) (sentiment.genre = auto | news | social | reviews)",
                        .dim)
                ]))
            return Rendering(blocks)
        }
        if let target {
            let about =
                target.mentions == 0
                ? "not mentioned"
                : "\(target.mentions) mention\(target.mentions == 1 ? "" : "s") in \(target.sentences.count) sentence\(target.sentences.count == 1 ? "" : "s")"
            blocks.append(
                .styled([
                    Rendering.Run("towards “\(target.phrase)” ", .heading),
                    Rendering.Run(
                        target.mentions == 0
                            ? "" : "\(signed(target.score)) \(SentimentLabel(target.score, band: band).rawValue)",
                        SentimentLabel(target.score, band: band).style),
                    Rendering.Run("   \(about)", .dim),
                ]))
            if !target.sentences.isEmpty { blocks.append(sentenceTable(target.sentences)) }
            return Rendering(blocks)
        }
        blocks.append(sentenceTable(Array(sentences.indices)))
        if !entities.isEmpty {
            let rows: [[TextTable.Cell]] = entities.map { entity in
                [
                    TextTable.Cell(entity.name),
                    TextTable.Cell(entity.type ?? "", entity.type.map { .label($0) } ?? .dim),
                    TextTable.Cell(String(entity.mentions), .dim), cell(entity.score), labelCell(entity.score),
                ]
            }
            blocks.append(
                .table(
                    TextTable(
                        headers: ["entity", "type", "mentions", "score", "label"], rows: rows, rightAligned: [2, 3])))
        }
        blocks.append(.styled([Rendering.Run("`sentiment --explain N` shows why sentence N scored as it did", .dim)]))
        return Rendering(blocks)
    }
}

/// Scores in JSON: four decimals are plenty.
func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
