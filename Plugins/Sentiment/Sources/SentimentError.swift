import LoupeCore

/// The sentiment analyzer's errors (E6xx), declared together.
enum SentimentError {
    /// Names the file and line, never the line's text: a wrong path (`/etc/shadow`) must not
    /// print what is in it.
    static func badLexiconLine(_ path: String, line: Int, reason: String) -> LoupeError {
        LoupeError("E601", "\(path):\(line): \(reason)",
                   hint: "lines are word<TAB>score (−4 … +4), the VADER format, or SentiWS Lemma|POS<TAB>score<TAB>forms; # starts a comment")
    }

    /// A declarative `sentiment-lexicon` plugin (YAML or JSON) is an analyzer of its own, not a word list.
    static func pluginFileAsLexicon(_ path: String) -> LoupeError {
        LoupeError("E608", "\(path) is a plugin file; sentiment.lexicon takes a word<TAB>score list",
                   hint: "load a YAML lexicon as an analyzer of its own (`plugin load \(path)`, then its name), "
                       + "or write its entries as word<TAB>score lines")
    }

    static func lexiconNotUTF8(_ path: String) -> LoupeError {
        LoupeError("E602", "\(path) is not valid UTF-8", hint: "save the lexicon as UTF-8")
    }

    static func missingResource(_ name: String) -> LoupeError {
        LoupeError("E603", "the built-in sentiment lexicon '\(name)' is missing from the bundle",
                   hint: "rebuild Loupe; the file belongs in Plugins/Sentiment/Resources")
    }

    static func noSuchSentence(_ number: Int, count: Int) -> LoupeError {
        LoupeError("E604", "there is no sentence \(number) (the document has \(count))",
                   hint: "sentences are numbered from 1, as in the `sentiment` table")
    }

    static func badEvalArguments(_ reason: String) -> LoupeError {
        LoupeError("E605", reason, hint: "usage: loupe eval sentiment FILE.jsonl [--errors N] [--lexicon PATH [--replace]]")
    }

    static func badEvalLine(_ path: String, line: Int, reason: String) -> LoupeError {
        LoupeError("E606", "\(path) line \(line): \(reason)",
                   hint: "each line is an object with `text`, `label` (pos|neg|neu) and optionally `score`, `lang`, `domain`")
    }
}
