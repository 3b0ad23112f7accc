/// A user-facing error: a stable code to search for, what went wrong, and what to do.
///
/// Messages are declared here, next to each other, rather than scattered as strings
/// (`[E001] no analyzer named 'entites' — did you mean 'entities'?`).
public struct LoupeError: Error, Equatable, CustomStringConvertible, Sendable {
    public let code: String
    public let message: String
    public let hint: String?

    public init(_ code: String, _ message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    public var description: String {
        "[\(code)] \(message)" + (hint.map { " — \($0)" } ?? "")
    }
}

// MARK: - The catalogue

extension LoupeError {
    // Registry and analyzers (E0xx)
    public static func unknownAnalyzer(_ name: String, known: [String]) -> LoupeError {
        LoupeError("E001", "no analyzer named '\(name)'", hint: suggestion(for: name, among: known, fallback: "`analyzers` lists them"))
    }

    public static func missingRequirement(_ analyzer: String, requires: String) -> LoupeError {
        LoupeError("E002", "analyzer '\(analyzer)' requires '\(requires)', which is not registered",
                   hint: "register an analyzer that produces '\(requires)' or remove '\(analyzer)'")
    }

    public static func dependencyCycle(_ names: [String]) -> LoupeError {
        LoupeError("E003", "analyzers require each other in a cycle: \(names.joined(separator: " → "))",
                   hint: "break the cycle in the analyzers' `requires`")
    }

    public static func unsupportedLanguage(_ analyzer: String, language: Language, supported: [Language]) -> LoupeError {
        LoupeError("E004", "analyzer '\(analyzer)' does not support language '\(language)' (it supports \(supported.map(\.rawValue).joined(separator: ", ")))",
                   hint: "force a language with `set lang de` or `--lang de`")
    }

    public static func analyzerFailed(_ analyzer: String, _ error: any Error) -> LoupeError {
        if let error = error as? LoupeError { return error }
        return LoupeError("E005", "analyzer '\(analyzer)' failed: \(error)", hint: "the document and other layers are unchanged")
    }

    public static func unknownOption(_ option: String, analyzer: String, known: [String]) -> LoupeError {
        LoupeError("E006", "analyzer '\(analyzer)' has no option '\(option)'",
                   hint: suggestion(for: option, among: known, fallback: "`help \(analyzer)` lists its options"))
    }

    public static func badOptionValue(_ option: String, value: String, expected: String) -> LoupeError {
        LoupeError("E007", "option '\(option)' cannot take '\(value)'", hint: "expected \(expected)")
    }

    public static func missingOption(_ option: String, analyzer: String, usage: String) -> LoupeError {
        LoupeError("E008", "analyzer '\(analyzer)' needs \(option)", hint: "usage: \(usage)")
    }

    public static func stopped(_ analyzer: String, _ stop: Deadline.Stop, budget: Double?) -> LoupeError {
        switch stop {
        case .cancelled:
            return LoupeError("E009", "cancelled while '\(analyzer)' was running", hint: "layers computed before it are kept")
        case .outOfTime:
            let seconds = budget.map(RunLimits.describe) ?? "?"
            return LoupeError("E010", "'\(analyzer)' ran out of the document's \(seconds) s time budget",
                              hint: "raise it with --time-budget SECONDS (0: no limit) or `set time-budget SECONDS`, or split the document")
        }
    }

    public static func badOptionKey(_ key: String) -> LoupeError {
        LoupeError("E012", "'\(key)' is not an analyzer option", hint: "option keys are ANALYZER.OPTION, e.g. kwic.width")
    }

    public static func requirementFailed(_ analyzer: String, requires: String) -> LoupeError {
        LoupeError("E011", "analyzer '\(analyzer)' did not run: '\(requires)', which it requires, failed",
                   hint: "see the error of '\(requires)'; the other layers are kept")
    }

    // Input (E1xx)
    public static func fileNotFound(_ path: String) -> LoupeError {
        LoupeError("E101", "no such file: \(path)", hint: "check the path; relative paths start from the current folder")
    }

    public static func isDirectory(_ path: String) -> LoupeError {
        LoupeError("E102", "\(path) is a folder, not a file", hint: "name a text file inside it")
    }

    public static func binaryFile(_ path: String) -> LoupeError {
        LoupeError("E103", "\(path) looks like a binary file (it contains NUL bytes)", hint: "give a plain-text file (UTF-8)")
    }

    public static func invalidUTF8(_ path: String, byte: Int, line: Int) -> LoupeError {
        LoupeError("E104", "\(path) is not valid UTF-8 (line \(line), byte \(byte))",
                   hint: "convert it first, e.g. `iconv -f latin1 -t utf-8 \(path) > fixed.txt`")
    }

    public static func utf16File(_ path: String) -> LoupeError {
        LoupeError("E108", "\(path) is UTF-16 text; Loupe reads UTF-8",
                   hint: "convert it first, e.g. `iconv -f utf-16 -t utf-8 \(path) > fixed.txt`")
    }

    public static func emptyFile(_ path: String) -> LoupeError {
        LoupeError("E105", "\(path) is empty", hint: "there is no text to analyse")
    }

    public static func fileTooLarge(_ path: String, size: Int, limit: Int) -> LoupeError {
        LoupeError("E106", "\(path) is \(size / 1_000_000) MB, over the \(limit / 1_000_000) MB limit",
                   hint: "raise it with --max-size (MB) or split the file")
    }

    public static func unreadable(_ path: String, reason: String) -> LoupeError {
        LoupeError("E107", "cannot read \(path): \(reason)", hint: "check its permissions")
    }

    public static func badReference(_ text: String) -> LoupeError {
        LoupeError("E110", "'\(text)' is not a date or date-time",
                   hint: "use e.g. 2024-06-18, 18.06.2024, 18.06.2024 14:30 or 2013-02-12T04:30:00-02:00")
    }

    public static func badJSONLine(_ source: String, line: Int, reason: String) -> LoupeError {
        LoupeError("E111", "\(source) line \(line): \(reason)",
                   hint: "each line must be an object like {\"id\": \"a\", \"text\": \"…\", \"lang\": \"de\", \"ref\": \"2024-06-18\"}")
    }

    public static func badLanguage(_ text: String) -> LoupeError {
        LoupeError("E112", "'\(text)' is not a language setting", hint: "use de, en or auto")
    }

    // Commands (E2xx)
    public static func unknownCommand(_ name: String, known: [String]) -> LoupeError {
        LoupeError("E201", "unknown command '\(name)'", hint: suggestion(for: name, among: known, fallback: "type `help` for the list"))
    }

    public static func noDocument() -> LoupeError {
        LoupeError("E202", "no document loaded", hint: "`load PATH` a file or `paste` a text first")
    }

    public static func usage(_ command: String, _ usage: String) -> LoupeError {
        LoupeError("E203", "wrong arguments for '\(command)'", hint: "usage: \(usage)")
    }

    public static func writeFailed(_ path: String, reason: String) -> LoupeError {
        LoupeError("E204", "cannot write \(path): \(reason)", hint: "check that the folder exists and is writable")
    }

    public static func notARegularFile(_ path: String, kind: String) -> LoupeError {
        LoupeError("E211", "will not write \(path): it is \(kind)",
                   hint: "export to a regular file or a new path (a symbolic link: to the file it points to)")
    }

    public static func outputFailed(reason: String) -> LoupeError {
        LoupeError("E210", "cannot write to standard output: \(reason); the output is incomplete",
                   hint: "check the disk space and where the output goes")
    }

    /// "did you mean" the closest known name, or the fallback.
    public static func suggestion(for name: String, among known: [String], fallback: String) -> String {
        if let best = EditDistance.closest(to: name, among: known) { return "did you mean '\(best)'?" }
        return fallback
    }
}
