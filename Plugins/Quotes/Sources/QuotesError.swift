import LoupeCore

// MARK: - Quotes errors (E4xx)

extension LoupeError {
    static func quotesResourceMissing(_ name: String) -> LoupeError {
        LoupeError("E401", "the quotes analyzer cannot find its word list \(name)",
                   hint: "reinstall Loupe; the list belongs in Plugins/Quotes/Resources")
    }

    static func quotesEvalUsage() -> LoupeError {
        LoupeError("E402", "wrong arguments for 'eval quotes'", hint: "usage: loupe eval quotes FILE.jsonl [--part tune|check|all] [--verbose]")
    }

    static func quotesEvalData(_ path: String, line: Int, reason: String) -> LoupeError {
        LoupeError("E403", "\(path) line \(line): \(reason)",
                   hint: "each line must be an object with \"text\" and \"quotes\" (start, end, type?, speaker_spans?)")
    }
}
