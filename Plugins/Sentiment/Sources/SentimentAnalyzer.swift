import Foundation
import LoupeCore

/// `sentiment`: lexicon-based tone for the document, each sentence, the narrator's voice and
/// quoted speech, and each entity, in German and English; transparent (`--explain N`) and
/// extensible (`--lexicon PATH`).
public struct SentimentAnalyzer: Analyzer {
    public static let descriptor = AnalyzerDescriptor(
        name: "sentiment",
        summary: "tone of the document, its sentences, narrator vs. quotes and entities (lexicon + rules)",
        languages: [.german, .english],
        usesIfPresent: ["entities"],
        provides: [.toneScores],
        options: [
            OptionSpec(
                "explain", .int, "show which words moved the score of sentence N, and why", range: 1...1_000_000_000),
            OptionSpec(
                "lexicon", .path,
                "a word→score file added to the built-in lexicon (word<TAB>score −4…4, VADER or SentiWS format)"),
            OptionSpec("replace", .flag, "with --lexicon: use the file's scores instead of the built-in ones"),
            OptionSpec(
                "genre", .string,
                "auto (news, or social for a short post), news (weak words count less, neutral ±0.15), social, reviews (±0.05)",
                default: "auto"),
            OptionSpec(
                "target", .string, "the tone towards a phrase: an entity it names (Putin: every mention) or its words"),
            OptionSpec(
                "quote-weight", .number, "how much quoted speech counts in sentence and document scores (0…1)",
                default: "0.25", range: 0...1),
        ]
    )

    public static let registration = AnalyzerRegistration(descriptor) {
        try SentimentAnalyzer()
    }

    /// How much quoted speech counts when `--quote-weight` is not given.
    static let defaultQuoteWeight = 0.25

    let builtIn: SentimentLexicon
    private let userLexicons = UserLexiconCache()

    public init() throws {
        builtIn = try BuiltinLexicon.shared.get()
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        let engine = try engine(context.options)
        let target = context.options.string("target").flatMap {
            $0.isEmpty ? nil : SentimentEngine.TargetQuery.phrase($0)
        }
        let layer = try engine.analyze(
            document, explain: context.options.int("explain"), entities: true, target: target,
            checkpoint: context.checkpoint)
        return layer
    }

    /// The scorer with the lexicon, quote weight and genre the options ask for (`loupe eval
    /// sentiment` uses it too).
    package func engine(_ options: AnalyzerOptions) throws -> SentimentEngine {
        let genre = try genre(options)
        return SentimentEngine(
            lexicon: try lexicon(options), quoteWeight: try quoteWeight(options), genre: genre ?? .news,
            detectsGenre: genre == nil)
    }

    /// The genre asked for; nil for `auto` or none (each document's is detected).
    func genre(_ options: AnalyzerOptions) throws -> SentimentGenre? {
        guard let value = options.string("genre"), !value.isEmpty, value.lowercased() != "auto" else { return nil }
        guard let genre = SentimentGenre(rawValue: value.lowercased()) else {
            throw LoupeError.badOptionValue("genre", value: value, expected: "auto, news, social or reviews")
        }
        return genre
    }

    func quoteWeight(_ options: AnalyzerOptions) throws -> Double {
        let weight = options.number("quote-weight") ?? Self.defaultQuoteWeight
        guard (0...1).contains(weight) else {
            throw LoupeError.badOptionValue(
                "quote-weight", value: options.string("quote-weight") ?? "", expected: "a number from 0 to 1")
        }
        return weight
    }

    /// The built-in lexicon, or it with the user's file (loaded once per path and modification date).
    func lexicon(_ options: AnalyzerOptions) throws -> SentimentLexicon {
        guard let path = options.string("lexicon"), !path.isEmpty else { return builtIn }
        return try userLexicons.lexicon(path: path, replace: options.flag("replace"), base: builtIn)
    }
}

/// User lexicons already loaded, keyed by path, modification date and mode.
final class UserLexiconCache: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: [String: SentimentLexicon] = [:]

    func lexicon(path: String, replace: Bool, base: SentimentLexicon) throws -> SentimentLexicon {
        let modified =
            (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)?.timeIntervalSince1970
            ?? 0
        let key = "\(path)|\(modified)|\(replace)"
        lock.lock()
        if let lexicon = loaded[key] {
            lock.unlock()
            return lexicon
        }
        lock.unlock()
        let lexicon = base.adding(try LexiconFile.load(path: path), replace: replace)
        lock.lock()
        defer { lock.unlock() }
        loaded[key] = lexicon
        return lexicon
    }
}
