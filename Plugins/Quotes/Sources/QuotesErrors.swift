import LoupeCore

/// The quotes analyzer's and its evaluation's errors (E4xx).
public enum QuotesErrors: String, ErrorCatalogue {
    case resourceMissing = "E401"
    case evalUsage = "E402"
    case evalData = "E403"

    public static let title = "Quotes (E4xx)"

    public var explanation: (summary: String, hint: String) {
        switch self {
        case .resourceMissing:
            (
                "the quotes analyzer cannot find one of its word lists",
                "reinstall Loupe; the list belongs in Plugins/Quotes/Resources"
            )
        case .evalUsage:
            (
                "wrong arguments for `loupe eval quotes`",
                "usage: loupe eval quotes FILE.jsonl [--part tune|check|all] [--verbose]"
            )
        case .evalData:
            (
                "a line of a quotes evaluation file is not an example",
                "each line must be an object with \"text\" and \"quotes\" (start, end, type?, speaker_spans?)"
            )
        }
    }
}

// MARK: - The errors, worded

extension LoupeError {
    static func quotesResourceMissing(_ name: String) -> LoupeError {
        LoupeError(QuotesErrors.resourceMissing, "the quotes analyzer cannot find its word list \(name)")
    }

    package static func quotesEvalUsage() -> LoupeError {
        LoupeError(QuotesErrors.evalUsage, "wrong arguments for 'eval quotes'")
    }

    package static func quotesEvalData(_ path: String, line: Int, reason: String) -> LoupeError {
        LoupeError(QuotesErrors.evalData, "\(path) line \(line): \(reason)")
    }
}
