import LoupeCore

/// The dates analyzer's errors (E5xx): those of `loupe eval dates`; the analyzer itself fails
/// only as every analyzer can (E0xx).
public enum DatesErrors: String, ErrorCatalogue {
    case evalUsage = "E501"
    case evalRow = "E502"
    case timeMLDocument = "E503"

    public static let title = "Dates (E5xx)"

    public var explanation: (summary: String, hint: String) {
        switch self {
        case .evalUsage: ("wrong arguments for `loupe eval dates`", "the message shows the usage")
        case .evalRow:
            (
                "a line of a dates evaluation file (JSONL) is not an example",
                "each line needs text, ref and expected"
            )
        case .timeMLDocument:
            (
                "a line of a TimeML evaluation file is not a document",
                "each line needs text, dct and timexes (see ../shared/data/dates/LICENSE-NOTE.md)"
            )
        }
    }
}

// MARK: - The errors, worded

extension LoupeError {
    package static func datesEvalUsage(_ problem: String, usage: String) -> LoupeError {
        LoupeError(DatesErrors.evalUsage, problem, hint: "usage: \(usage)")
    }

    package static func datesEvalRow(_ file: String, line: Int) -> LoupeError {
        LoupeError(DatesErrors.evalRow, "\(file):\(line) is not a dates evaluation row")
    }

    package static func datesTimeMLDocument(_ file: String, line: Int) -> LoupeError {
        LoupeError(DatesErrors.timeMLDocument, "\(file):\(line) is not a TimeML evaluation document")
    }
}
