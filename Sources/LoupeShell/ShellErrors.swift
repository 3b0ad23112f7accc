import LoupeKit

/// The shell's and the command line's errors (E205–E209; the core's commands are E201–E204).
public enum ShellErrors: String, ErrorCatalogue {
    case noSuchDocument = "E205"
    case nothingPasted = "E206"
    case unknownExportFormat = "E207"
    case unknownSetting = "E208"
    case noDatesLayer = "E209"

    public static let title = "The shell and the command line (E205–E209)"

    public var explanation: (summary: String, hint: String) {
        switch self {
        case .noSuchDocument: ("no loaded document has that number or name", "`docs` lists them by number and name")
        case .nothingPasted: ("nothing was pasted", "paste a text, then a line with `.`")
        case .unknownExportFormat:
            (
                "no export format has that name",
                "the message suggests a close name or lists the formats"
            )
        case .unknownSetting:
            (
                "no setting has that name",
                "settings: ref, lang, format, color, time-budget, ANALYZER.OPTION (a close name is suggested)"
            )
        case .noDatesLayer: ("the TimeML export found no dates layer", "the dates analyzer is not available")
        }
    }
}

// MARK: - The errors, worded

extension LoupeError {
    static func noSuchDocument(_ key: String) -> LoupeError {
        LoupeError(ShellErrors.noSuchDocument, "no loaded document '\(key)'")
    }

    static func nothingPasted() -> LoupeError {
        LoupeError(ShellErrors.nothingPasted, "nothing was pasted")
    }

    static func unknownExportFormat(_ format: String, known: [String]) -> LoupeError {
        LoupeError(
            ShellErrors.unknownExportFormat, "no export format '\(format)'",
            hint: suggestion(for: format, among: known, fallback: "formats: \(known.joined(separator: ", "))"))
    }

    static func unknownSetting(_ key: String, known: [String]) -> LoupeError {
        let settings = "settings: ref, lang, format, color, time-budget, ANALYZER.OPTION"
        return LoupeError(
            ShellErrors.unknownSetting, "no setting '\(key)'",
            hint: suggestion(for: key, among: known, fallback: settings))
    }

    public static func noDatesLayer() -> LoupeError {
        LoupeError(ShellErrors.noDatesLayer, "no dates layer to export")
    }
}
