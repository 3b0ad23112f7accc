/// The core's errors: the registry and analyzers (E0xx), input (E1xx), commands and output
/// (E2xx, with the shell's in `ShellErrors`).
public enum CoreErrors: String, ErrorCatalogue {
    /// Not built by a constructor: the code batch JSON gives an error from outside the catalogues.
    case unexpected = "E000"
    case unknownAnalyzer = "E001"
    case missingRequirement = "E002"
    case dependencyCycle = "E003"
    case unsupportedLanguage = "E004"
    case analyzerFailed = "E005"
    case unknownOption = "E006"
    case badOptionValue = "E007"
    case missingOption = "E008"
    case cancelled = "E009"
    case outOfTime = "E010"
    case requirementFailed = "E011"
    case badOptionKey = "E012"
    case fileNotFound = "E101"
    case isDirectory = "E102"
    case binaryFile = "E103"
    case invalidUTF8 = "E104"
    case emptyFile = "E105"
    case fileTooLarge = "E106"
    case unreadable = "E107"
    case utf16File = "E108"
    case badReference = "E110"
    case badJSONLine = "E111"
    case badLanguage = "E112"
    case unknownCommand = "E201"
    case noDocument = "E202"
    case usage = "E203"
    case writeFailed = "E204"
    case outputFailed = "E210"
    case notARegularFile = "E211"

    public static let title = "Core: analyzers (E0xx), input (E1xx), commands and output (E2xx)"

    public var explanation: (summary: String, hint: String) {
        switch self {
        case .unexpected:
            (
                "an error that is none of Loupe's own (in batch JSON: a bug, or the system refused something)",
                "the message says what happened; please report it with the input that caused it"
            )
        case .unknownAnalyzer:
            (
                "no analyzer has that name",
                "check the spelling (a close name is suggested); `analyzers` lists them"
            )
        case .missingRequirement:
            (
                "an analyzer requires a layer that no registered analyzer produces",
                "register an analyzer that produces it or remove the one that requires it"
            )
        case .dependencyCycle:
            (
                "analyzers require each other in a cycle",
                "break the cycle in the analyzers' `requires`"
            )
        case .unsupportedLanguage:
            (
                "the analyzer does not support the document's language",
                "force a language with `set lang de` or `--lang de`"
            )
        case .analyzerFailed:
            (
                "an analyzer failed with an error of its own",
                "the document and other layers are unchanged"
            )
        case .unknownOption:
            (
                "the analyzer has no option of that name",
                "`help ANALYZER` lists its options (a close name is suggested)"
            )
        case .badOptionValue: ("an option or setting cannot take that value", "the message says what it expects")
        case .missingOption: ("the analyzer needs an option that was not given", "the message shows its usage")
        case .cancelled: ("cancelled (Ctrl-C) while an analyzer was running", "layers computed before it are kept")
        case .outOfTime:
            (
                "an analyzer ran out of the document's time budget",
                "raise it with --time-budget SECONDS (0: no limit) or `set time-budget SECONDS`, or split the document"
            )
        case .requirementFailed:
            (
                "an analyzer did not run: one it requires failed",
                "see the error of that one; the other layers are kept"
            )
        case .badOptionKey: ("an option key is not ANALYZER.OPTION", "option keys are ANALYZER.OPTION, e.g. kwic.width")
        case .fileNotFound: ("no such file", "check the path; relative paths start from the current folder")
        case .isDirectory: ("the path is a folder, not a file", "name a text file inside it")
        case .binaryFile: ("the file looks binary (it contains NUL bytes)", "give a plain-text file (UTF-8)")
        case .invalidUTF8:
            (
                "the file is not valid UTF-8",
                "convert it first, e.g. `iconv -f latin1 -t utf-8 FILE > fixed.txt`"
            )
        case .emptyFile: ("the file is empty", "there is no text to analyse")
        case .fileTooLarge: ("the file is over the size limit", "raise it with --max-size (MB) or split the file")
        case .unreadable: ("the file cannot be read", "check its permissions")
        case .utf16File:
            (
                "the file is UTF-16 text; Loupe reads UTF-8",
                "convert it first, e.g. `iconv -f utf-16 -t utf-8 FILE > fixed.txt`"
            )
        case .badReference:
            (
                "a reference time that is not a date or date-time",
                "use e.g. 2024-06-18, 18.06.2024, 18.06.2024 14:30 or 2013-02-12T04:30:00-02:00"
            )
        case .badJSONLine:
            (
                "a line of JSONL input is not a document",
                "each line must be an object like "
                    + "{\"id\": \"a\", \"text\": \"…\", \"lang\": \"de\", \"ref\": \"2024-06-18\"}"
            )
        case .badLanguage: ("not a language setting", "use de, en or auto")
        case .unknownCommand: ("no command has that name", "type `help` for the list (a close name is suggested)")
        case .noDocument: ("no document loaded", "`load PATH` a file or `paste` a text first")
        case .usage: ("wrong arguments for a command", "the message shows its usage")
        case .writeFailed: ("a file cannot be written", "check that the folder exists and is writable")
        case .outputFailed:
            (
                "standard output cannot be written; the output is incomplete",
                "check the disk space and where the output goes"
            )
        case .notARegularFile:
            (
                "will not write a path that is no regular file (a device, folder, FIFO, socket or symbolic link)",
                "export to a regular file or a new path (a symbolic link: to the file it points to)"
            )
        }
    }
}

// MARK: - The errors, worded

extension LoupeError {
    // Registry and analyzers (E0xx)
    public static func unknownAnalyzer(_ name: String, known: [String]) -> LoupeError {
        LoupeError(
            CoreErrors.unknownAnalyzer,
            "no analyzer named '\(name)'",
            hint: suggestion(for: name, among: known, fallback: "`analyzers` lists them"))
    }

    public static func missingRequirement(_ analyzer: String, requires: String) -> LoupeError {
        LoupeError(
            CoreErrors.missingRequirement,
            "analyzer '\(analyzer)' requires '\(requires)', which is not registered",
            hint: "register an analyzer that produces '\(requires)' or remove '\(analyzer)'")
    }

    public static func dependencyCycle(_ names: [String]) -> LoupeError {
        LoupeError(
            CoreErrors.dependencyCycle,
            "analyzers require each other in a cycle: \(names.joined(separator: " → "))")
    }

    public static func unsupportedLanguage(_ analyzer: String, language: Language, supported: [Language]) -> LoupeError
    {
        let list = supported.map(\.rawValue).joined(separator: ", ")
        return LoupeError(
            CoreErrors.unsupportedLanguage,
            "analyzer '\(analyzer)' does not support language '\(language)' (it supports \(list))")
    }

    public static func analyzerFailed(_ analyzer: String, _ error: any Error) -> LoupeError {
        if let error = error as? LoupeError { return error }
        return LoupeError(CoreErrors.analyzerFailed, "analyzer '\(analyzer)' failed: \(error)")
    }

    public static func unknownOption(_ option: String, analyzer: String, known: [String]) -> LoupeError {
        LoupeError(
            CoreErrors.unknownOption, "analyzer '\(analyzer)' has no option '\(option)'",
            hint: suggestion(for: option, among: known, fallback: "`help \(analyzer)` lists its options"))
    }

    public static func badOptionValue(_ option: String, value: String, expected: String) -> LoupeError {
        LoupeError(CoreErrors.badOptionValue, "option '\(option)' cannot take '\(value)'", hint: "expected \(expected)")
    }

    public static func missingOption(_ option: String, analyzer: String, usage: String) -> LoupeError {
        LoupeError(CoreErrors.missingOption, "analyzer '\(analyzer)' needs \(option)", hint: "usage: \(usage)")
    }

    public static func stopped(_ analyzer: String, _ stop: Deadline.Stop, budget: Double?) -> LoupeError {
        switch stop {
        case .cancelled:
            return LoupeError(CoreErrors.cancelled, "cancelled while '\(analyzer)' was running")
        case .outOfTime:
            let seconds = budget.map(RunLimits.describe) ?? "?"
            return LoupeError(CoreErrors.outOfTime, "'\(analyzer)' ran out of the document's \(seconds) s time budget")
        }
    }

    public static func badOptionKey(_ key: String) -> LoupeError {
        LoupeError(CoreErrors.badOptionKey, "'\(key)' is not an analyzer option")
    }

    public static func requirementFailed(_ analyzer: String, requires: String) -> LoupeError {
        LoupeError(
            CoreErrors.requirementFailed,
            "analyzer '\(analyzer)' did not run: '\(requires)', which it requires, failed",
            hint: "see the error of '\(requires)'; the other layers are kept")
    }

    // Input (E1xx)
    public static func fileNotFound(_ path: String) -> LoupeError {
        LoupeError(CoreErrors.fileNotFound, "no such file: \(path)")
    }

    public static func isDirectory(_ path: String) -> LoupeError {
        LoupeError(CoreErrors.isDirectory, "\(path) is a folder, not a file")
    }

    public static func binaryFile(_ path: String) -> LoupeError {
        LoupeError(CoreErrors.binaryFile, "\(path) looks like a binary file (it contains NUL bytes)")
    }

    public static func invalidUTF8(_ path: String, byte: Int, line: Int) -> LoupeError {
        LoupeError(
            CoreErrors.invalidUTF8, "\(path) is not valid UTF-8 (line \(line), byte \(byte))",
            hint: "convert it first, e.g. `iconv -f latin1 -t utf-8 \(path) > fixed.txt`")
    }

    public static func utf16File(_ path: String) -> LoupeError {
        LoupeError(
            CoreErrors.utf16File, "\(path) is UTF-16 text; Loupe reads UTF-8",
            hint: "convert it first, e.g. `iconv -f utf-16 -t utf-8 \(path) > fixed.txt`")
    }

    public static func emptyFile(_ path: String) -> LoupeError {
        LoupeError(CoreErrors.emptyFile, "\(path) is empty")
    }

    public static func fileTooLarge(_ path: String, size: Int, limit: Int) -> LoupeError {
        LoupeError(CoreErrors.fileTooLarge, "\(path) is \(size / 1_000_000) MB, over the \(limit / 1_000_000) MB limit")
    }

    public static func unreadable(_ path: String, reason: String) -> LoupeError {
        LoupeError(CoreErrors.unreadable, "cannot read \(path): \(reason)")
    }

    public static func badReference(_ text: String) -> LoupeError {
        LoupeError(CoreErrors.badReference, "'\(text)' is not a date or date-time")
    }

    public static func badJSONLine(_ source: String, line: Int, reason: String) -> LoupeError {
        LoupeError(CoreErrors.badJSONLine, "\(source) line \(line): \(reason)")
    }

    public static func badLanguage(_ text: String) -> LoupeError {
        LoupeError(CoreErrors.badLanguage, "'\(text)' is not a language setting")
    }

    // Commands (E2xx)
    public static func unknownCommand(_ name: String, known: [String]) -> LoupeError {
        LoupeError(
            CoreErrors.unknownCommand,
            "unknown command '\(name)'",
            hint: suggestion(for: name, among: known, fallback: "type `help` for the list"))
    }

    public static func noDocument() -> LoupeError {
        LoupeError(CoreErrors.noDocument, "no document loaded")
    }

    public static func usage(_ command: String, _ usage: String) -> LoupeError {
        LoupeError(CoreErrors.usage, "wrong arguments for '\(command)'", hint: "usage: \(usage)")
    }

    public static func writeFailed(_ path: String, reason: String) -> LoupeError {
        LoupeError(CoreErrors.writeFailed, "cannot write \(path): \(reason)")
    }

    public static func notARegularFile(_ path: String, kind: String) -> LoupeError {
        LoupeError(CoreErrors.notARegularFile, "will not write \(path): it is \(kind)")
    }

    public static func outputFailed(reason: String) -> LoupeError {
        LoupeError(CoreErrors.outputFailed, "cannot write to standard output: \(reason); the output is incomplete")
    }

    /// "did you mean" the closest known name, or the fallback.
    public static func suggestion(for name: String, among known: [String], fallback: String) -> String {
        if let best = EditDistance.closest(to: name, among: known) { return "did you mean '\(best)'?" }
        return fallback
    }
}
