import LoupeCore

/// The plugins' errors (E7xx): plugin files (E701, E73x), loading and trusting them (E702–E707),
/// scaffolding an analyzer (E71x), external plugin processes (E72x).
public enum ExtensionErrors: String, ErrorCatalogue {
    case pluginFileFormat = "E701"
    case pluginNameTaken = "E702"
    case noLocalPluginFolder = "E703"
    case patternRunaway = "E704"
    case commandOutsideFolder = "E705"
    case trustInScript = "E706"
    case folderTooLarge = "E707"
    case badAnalyzerName = "E710"
    case notLoupePackage = "E711"
    case analyzerFolderExists = "E712"
    case registrationListMissing = "E713"
    case pluginEnded = "E720"
    case pluginHandshake = "E721"
    case pluginBadReply = "E722"
    case pluginReportedError = "E723"
    case pluginNotStarted = "E724"
    case pluginSentNonJSON = "E725"
    case pluginOutputTooLarge = "E726"
    case pluginTimedOut = "E727"
    case pluginFileEmpty = "E730"
    case pluginFileSyntax = "E731"
    case pluginFileAlias = "E732"
    case pluginFileTooLarge = "E733"

    public static let title = "Plugins (E7xx): plugin files, loading and trust, scaffolding, external plugins"

    public var explanation: (summary: String, hint: String) {
        switch self {
        case .pluginFileFormat:
            (
                "a plugin file does not follow the format (a missing, unknown or wrong key)",
                "see docs/plugins.md for the file format"
            )
        case .pluginNameTaken: ("a plugin's name is that of another plugin or a built-in analyzer", "rename the plugin")
        case .noLocalPluginFolder:
            (
                "there is no .loupe/plugins folder to trust",
                "`plugin load PATH` loads plugins from anywhere"
            )
        case .patternRunaway:
            (
                "a declarative plugin's pattern ran for over 2 s at one place of a document (it backtracks without end)",
                "rewrite it without nested repetition (`(a+)+` → `a+`); the other layers are kept"
            )
        case .commandOutsideFolder:
            (
                "a plugin folder is not trusted: a manifest's command runs a file outside it",
                "move what the plugin runs into its folder "
                    + "(a command names a program on PATH and files inside the folder)"
            )
        case .trustInScript:
            (
                "`plugin trust` works only at the interactive prompt, not in a script",
                "trust a folder yourself with `loupe plugins trust DIR`"
            )
        case .folderTooLarge:
            (
                "a plugin folder holds too many files to be trusted",
                "keep a plugin's data and environments outside .loupe/plugins"
            )
        case .badAnalyzerName:
            (
                "not an analyzer name",
                "use lower-case letters and digits, words joined by hyphens, e.g. readability or party-names"
            )
        case .notLoupePackage:
            (
                "`new-analyzer` was not run in the Loupe package",
                "run it in the folder with Loupe's Package.swift, or pass --package DIR"
            )
        case .analyzerFolderExists:
            (
                "the new analyzer's folder exists already",
                "choose another name or remove the folder"
            )
        case .registrationListMissing:
            (
                "`new-analyzer` cannot find the list to register the analyzer in",
                "add the line the message shows there by hand"
            )
        case .pluginEnded:
            (
                "an external plugin's process ended unexpectedly; it starts again on the next request",
                "run the plugin's command by hand to see its errors"
            )
        case .pluginHandshake:
            (
                "an external plugin's `hello` does not fit (protocol version, name, offset unit)",
                "see docs/plugin-protocol.md, section Handshake"
            )
        case .pluginBadReply:
            (
                "an external plugin's result does not fit the protocol",
                "see docs/plugin-protocol.md, section Analyze"
            )
        case .pluginReportedError:
            (
                "an external plugin answered with an error",
                "the plugin said so; check its input or its log"
            )
        case .pluginNotStarted:
            (
                "an external plugin's command could not be started",
                "the document and the other analyzers are unaffected"
            )
        case .pluginSentNonJSON:
            (
                "an external plugin wrote a line that is not a JSON object to standard output",
                "plugins write only protocol messages to standard output; logs go to standard error"
            )
        case .pluginOutputTooLarge:
            (
                "an external plugin wrote more than its output limit without a line break",
                "raise the limit with --max-plugin-output MB (or `max-output-mb` in the manifest), or fix the plugin"
            )
        case .pluginTimedOut:
            (
                "an external plugin did not answer within its timeout; it is started again on the next request",
                "raise `timeout` in the manifest if it needs longer"
            )
        case .pluginFileEmpty: ("a plugin file is empty", "see docs/plugins.md for the file format")
        case .pluginFileSyntax: ("a plugin file is not valid YAML or JSON", "check the YAML/JSON syntax there")
        case .pluginFileAlias:
            (
                "a plugin file uses a YAML alias (*name)",
                "write the values out (a plain value starting with * or & must be quoted)"
            )
        case .pluginFileTooLarge:
            (
                "a plugin file has more values than any hand-written plugin (runaway YAML)",
                "split it or check for runaway YAML"
            )
        }
    }
}

// MARK: - The errors, worded

extension LoupeError {
    // Plugin files
    static func pluginFileFormat(_ file: String, line: Int, column: Int, _ problem: String) -> LoupeError {
        LoupeError(ExtensionErrors.pluginFileFormat, "\(file):\(line):\(column): \(problem)")
    }

    static func pluginFileEmpty(_ path: String) -> LoupeError {
        LoupeError(ExtensionErrors.pluginFileEmpty, "\(path): the file is empty")
    }

    static func pluginFileSyntax(_ path: String, _ problem: String) -> LoupeError {
        LoupeError(ExtensionErrors.pluginFileSyntax, "\(path): \(problem)")
    }

    static func pluginFileAlias(_ path: String, line: Int, column: Int) -> LoupeError {
        LoupeError(
            ExtensionErrors.pluginFileAlias,
            "\(path):\(line):\(column): YAML aliases (*name) are not allowed in plugin files")
    }

    static func pluginFileTooLarge(_ path: String, maximumValues: Int) -> LoupeError {
        LoupeError(
            ExtensionErrors.pluginFileTooLarge,
            "\(path): more than \(maximumValues) values — this is no plugin file")
    }

    static func patternRunaway(label: String, pattern: String, seconds: Int, document: String) -> LoupeError {
        LoupeError(
            ExtensionErrors.patternRunaway,
            "the pattern for '\(label)' (\(pattern.shortened(to: 60))) ran for over \(seconds) s "
                + "at one place of \(document): it backtracks without end on this text")
    }

    // Loading and trusting plugins
    /// `existing` is the file of the plugin that has the name, nil for a built-in analyzer.
    public static func pluginNameTaken(_ path: String, name: String, by existing: String?) -> LoupeError {
        guard let existing else {
            return LoupeError(
                ExtensionErrors.pluginNameTaken,
                "\(path): '\(name)' is the name of a built-in analyzer", hint: "choose another name")
        }
        return LoupeError(
            ExtensionErrors.pluginNameTaken,
            "\(path): the name '\(name)' is already used by \(existing)", hint: "rename one of them")
    }

    /// `project` is the folder named on the command line, nil for the current one.
    public static func noLocalPluginFolder(in project: String?) -> LoupeError {
        guard let project else {
            return LoupeError(
                ExtensionErrors.noLocalPluginFolder,
                "there is no .loupe/plugins folder here")
        }
        return LoupeError(
            ExtensionErrors.noLocalPluginFolder,
            "there is no .loupe/plugins folder in \(project)", hint: "name a project folder that has one")
    }

    public static func trustInScript() -> LoupeError {
        LoupeError(
            ExtensionErrors.trustInScript,
            "`plugin trust` works only at the interactive prompt, not in a script")
    }

    static func commandOutsideFolder(_ manifest: String, runs list: String, folder: String) -> LoupeError {
        LoupeError(
            ExtensionErrors.commandOutsideFolder,
            "not trusted: \(manifest) runs \(list), outside the plugin folder \(folder)")
    }

    static func folderTooLarge(_ folder: String, maximumFiles: Int) -> LoupeError {
        LoupeError(
            ExtensionErrors.folderTooLarge,
            "\(folder) holds more than \(maximumFiles) files; it is not trusted as a plugin folder")
    }

    // Scaffolding (`loupe new-analyzer`)
    static func badAnalyzerName(_ name: String) -> LoupeError {
        LoupeError(ExtensionErrors.badAnalyzerName, "'\(name)' is not an analyzer name")
    }

    static func notLoupePackage(_ path: String) -> LoupeError {
        LoupeError(ExtensionErrors.notLoupePackage, "\(path) is not the Loupe package")
    }

    static func analyzerFolderExists(_ folder: String) -> LoupeError {
        LoupeError(ExtensionErrors.analyzerFolderExists, "Plugins/\(folder) exists already")
    }

    static func registrationListMissing(_ opening: String, in file: String, line: String) -> LoupeError {
        LoupeError(
            ExtensionErrors.registrationListMissing, "cannot find the list `\(opening)` in \(file)",
            hint: "add the line `\(line.trimmingCharacters(in: .whitespaces))` there by hand")
    }

    // External plugins (docs/plugin-protocol.md)
    /// `details`: the exit status and the last line of standard error, as far as known.
    static func pluginEnded(_ plugin: String, details: String) -> LoupeError {
        LoupeError(
            ExtensionErrors.pluginEnded,
            "plugin '\(plugin)' ended unexpectedly\(details); it starts again on the next request")
    }

    static func pluginHandshake(_ plugin: String, _ problem: String) -> LoupeError {
        LoupeError(ExtensionErrors.pluginHandshake, "plugin '\(plugin)': \(problem)")
    }

    static func pluginBadReply(_ plugin: String, _ problem: String) -> LoupeError {
        LoupeError(ExtensionErrors.pluginBadReply, "plugin '\(plugin)' \(problem)")
    }

    /// `document` names the document the error is for, nil when it is for the whole request.
    static func pluginReportedError(_ plugin: String, for document: String?, _ message: String) -> LoupeError {
        LoupeError(
            ExtensionErrors.pluginReportedError,
            "plugin '\(plugin)' reported an error\(document.map { " for \($0)" } ?? ""): \(message)")
    }

    static func pluginNotStarted(_ plugin: String, command: [String], _ error: any Error) -> LoupeError {
        LoupeError(
            ExtensionErrors.pluginNotStarted,
            "plugin '\(plugin)' could not be started (\(command.joined(separator: " "))): \(error)")
    }

    /// `shown`: the start of the line.
    static func pluginSentNonJSON(_ plugin: String, line shown: String) -> LoupeError {
        LoupeError(
            ExtensionErrors.pluginSentNonJSON,
            "plugin '\(plugin)' sent a line that is not a JSON object: '\(shown)'")
    }

    static func pluginOutputTooLarge(_ plugin: String, limitBytes: Int) -> LoupeError {
        LoupeError(
            ExtensionErrors.pluginOutputTooLarge,
            "plugin '\(plugin)' sent more than \(limitBytes / 1_000_000) MB without a line break")
    }

    static func pluginTimedOut(_ plugin: String, seconds: String) -> LoupeError {
        LoupeError(
            ExtensionErrors.pluginTimedOut,
            "plugin '\(plugin)' did not answer within \(seconds) s; "
                + "it was stopped and starts again on the next request")
    }
}
