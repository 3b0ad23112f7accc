import LoupeCore

/// The sentiment analyzer's and its tools' errors (E6xx).
public enum SentimentErrors: String, ErrorCatalogue {
    case badLexiconLine = "E601"
    case lexiconNotUTF8 = "E602"
    case missingResource = "E603"
    case noSuchSentence = "E604"
    case evalUsage = "E605"
    case evalLine = "E606"
    case compilerUsage = "E607"
    case pluginFileAsLexicon = "E608"
    case lexiconNotLoaded = "E609"

    public static let title = "Sentiment (E6xx)"

    public var explanation: (summary: String, hint: String) {
        switch self {
        case .badLexiconLine:
            (
                "a line of a lexicon (sentiment.lexicon) does not fit the format",
                "lines are word<TAB>score (−4 … +4), the VADER format, "
                    + "or SentiWS Lemma|POS<TAB>score<TAB>forms; # starts a comment"
            )
        case .lexiconNotUTF8: ("a lexicon is not valid UTF-8", "save the lexicon as UTF-8")
        case .missingResource:
            (
                "a built-in sentiment lexicon is missing from the bundle",
                "rebuild Loupe; the file belongs in Plugins/Sentiment/Resources"
            )
        case .noSuchSentence:
            (
                "there is no sentence of that number",
                "sentences are numbered from 1, as in the `sentiment` table"
            )
        case .evalUsage:
            (
                "wrong arguments for `loupe eval sentiment`",
                "usage: loupe eval sentiment FILE.jsonl [--errors N] [--lexicon PATH [--replace]]"
            )
        case .evalLine:
            (
                "a line of a sentiment evaluation file is not an example",
                "each line is an object with `text`, `label` (pos|neg|neu) and optionally `score`, `lang`, `domain`"
            )
        case .compilerUsage:
            (
                "wrong arguments for the lexicon compiler (`loupe train sentiment`)",
                "the message shows the usage"
            )
        case .pluginFileAsLexicon:
            (
                "a plugin file was given as a lexicon; sentiment.lexicon takes a word<TAB>score list",
                "load a YAML lexicon as an analyzer of its own (`plugin load PATH`, then its name), "
                    + "or write its entries as word<TAB>score lines"
            )
        case .lexiconNotLoaded:
            (
                "the built-in sentiment lexicon cannot be loaded",
                "rebuild Loupe; its files belong in Plugins/Sentiment/Resources"
            )
        }
    }
}

// MARK: - The errors, worded

extension LoupeError {
    /// Names the file and line, never the line's text: a wrong path (`/etc/shadow`) must not
    /// print what is in it.
    static func sentimentBadLexiconLine(_ path: String, line: Int, reason: String) -> LoupeError {
        LoupeError(SentimentErrors.badLexiconLine, "\(path):\(line): \(reason)")
    }

    /// A declarative `sentiment-lexicon` plugin (YAML or JSON) is an analyzer of its own, not a word list.
    static func sentimentPluginFileAsLexicon(_ path: String) -> LoupeError {
        LoupeError(
            SentimentErrors.pluginFileAsLexicon,
            "\(path) is a plugin file; sentiment.lexicon takes a word<TAB>score list",
            hint: "load a YAML lexicon as an analyzer of its own (`plugin load \(path)`, then its name), "
                + "or write its entries as word<TAB>score lines")
    }

    static func sentimentLexiconNotUTF8(_ path: String) -> LoupeError {
        LoupeError(SentimentErrors.lexiconNotUTF8, "\(path) is not valid UTF-8")
    }

    static func sentimentMissingResource(_ name: String) -> LoupeError {
        LoupeError(
            SentimentErrors.missingResource,
            "the built-in sentiment lexicon '\(name)' is missing from the bundle")
    }

    static func sentimentLexiconNotLoaded(_ error: any Error) -> LoupeError {
        LoupeError(SentimentErrors.lexiconNotLoaded, "cannot load the sentiment lexicon: \(error)")
    }

    static func sentimentNoSuchSentence(_ number: Int, count: Int) -> LoupeError {
        LoupeError(SentimentErrors.noSuchSentence, "there is no sentence \(number) (the document has \(count))")
    }

    package static func sentimentBadEvalArguments(_ reason: String) -> LoupeError {
        LoupeError(SentimentErrors.evalUsage, reason)
    }

    package static func sentimentBadEvalLine(_ path: String, line: Int, reason: String) -> LoupeError {
        LoupeError(SentimentErrors.evalLine, "\(path) line \(line): \(reason)")
    }

    package static func sentimentCompilerUsage(_ problem: String, usage: String) -> LoupeError {
        LoupeError(SentimentErrors.compilerUsage, problem, hint: "usage: \(usage)")
    }
}
