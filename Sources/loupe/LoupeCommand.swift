import ArgumentParser
import Foundation
import LoupeKit
import LoupeBatch
import LoupeShell

struct LoupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loupe",
        abstract: "Take a text apart: who is named, who said what, when, and in which tone.",
        discussion: """
            Exit codes: 0 success; 1 an input or command failed (the others were still processed); \
            64 a usage error (unknown flag, analyzer or setting).
            """,
        version: Loupe.version,
        subcommands: [
            Repl.self, Analyze.self, Report.self, Run.self, Analyzers.self, Eval.self, Train.self, Bench.self,
            NewAnalyzer.self, Plugins.self, Errors.self,
        ],
        defaultSubcommand: Repl.self
    )
}

/// Options shared by the REPL and batch mode.
struct CommonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Document language: de, en or auto (detect).", valueName: "de|en|auto"))
    var lang: LanguageChoice = .auto

    /// `--lang`: a language Loupe analyses, or detection.
    enum LanguageChoice: String, CaseIterable, ExpressibleByArgument { case auto, de, en }

    @Option(
        help: ArgumentHelp(
            "Reference date for relative dates (ISO 8601, e.g. 2024-06-18 or 2013-02-12T04:30:00-02:00); default today.",
            valueName: "DATE"))
    var ref: String?

    @Option(
        name: .customLong("option"),
        help: ArgumentHelp(
            "An analyzer option, e.g. kwic.width=20 (repeatable). `--ANALYZER-OPTION VALUE` works too.",
            valueName: "KEY=VALUE"))
    var options: [String] = []

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Largest document accepted, in MB.", valueName: "MB"))
    var maxSize: Int = DocumentSource.defaultMaxBytes / 1_000_000

    @Option(
        name: .customLong("time-budget"),
        help: ArgumentHelp(
            "Seconds one document may take across all analyzers (0: no limit); a document over it fails alone.",
            valueName: "SECONDS"))
    var timeBudget: String = RunLimits.describe(RunLimits.defaultTimeBudget)

    @Option(
        name: .customLong("max-plugin-output"),
        help: ArgumentHelp(
            "Largest reply accepted from an external plugin, in MB (default: its manifest's max-output-mb, else 64).",
            valueName: "MB"))
    var maxPluginOutput: Int?

    @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR does the same).")
    var noColor = false

    @Option(
        name: .customLong("plugin"),
        help: ArgumentHelp("A plugin file or folder to load (repeatable); see docs/plugins.md.", valueName: "PATH"))
    var plugins: [String] = []

    @Flag(
        name: .customLong("no-plugins"),
        help: "Do not load plugins from ~/.config/loupe/plugins or a trusted ./.loupe/plugins.")
    var noPluginDiscovery = false

    func language() -> Language? {
        lang == .auto ? nil : Language(lang.rawValue)
    }

    func reference() throws -> ReferenceTime? {
        guard let ref else { return nil }
        guard let parsed = ReferenceTime(userInput: ref) else {
            throw ValidationError(LoupeError.badReference(ref).description)
        }
        return parsed
    }

    func analyzerOptions(_ registry: AnalyzerRegistry) throws -> AnalyzerOptions {
        var result = AnalyzerOptions()
        for option in options {
            guard let eq = option.firstIndex(of: "=") else {
                throw ValidationError("--option takes KEY=VALUE, e.g. kwic.width=20 (got '\(option)')")
            }
            let key = String(option[..<eq]), value = String(option[option.index(after: eq)...])
            do {
                result[key] = try registry.option(forKey: key).option.validate(value)
            } catch let error as LoupeError {
                throw ValidationError(error.description)
            }
        }
        return result
    }

    func style(for descriptor: Int32 = STDOUT_FILENO) -> TerminalStyle {
        noColor ? TerminalStyle(colors: false) : TerminalStyle.detect(fileDescriptor: descriptor)
    }

    /// A session with the settings and plugins these options ask for. A plugin named on the
    /// command line that fails to load is an error; a discovered one only a warning.
    func makeSession() throws -> Session {
        let session = Session(registry: Loupe.registry, style: style())
        session.languageOverride = language()
        session.reference = try reference()
        do { try UserNumber.check(maxSize, name: "max-size", in: 1...DocumentSource.largestMaxBytes / 1_000_000) } catch
        { throw ValidationError("--max-size (MB): \(error)") }
        session.maxBytes = maxSize * 1_000_000
        do { session.limits.timeBudget = try RunLimits.timeBudget(parsing: timeBudget) } catch {
            throw ValidationError("--time-budget: \(error)")
        }
        if let maxPluginOutput {
            do { try UserNumber.check(maxPluginOutput, name: "max-plugin-output", in: 1...100_000) } catch {
                throw ValidationError("--max-plugin-output (MB): \(error)")
            }
            session.maxPluginOutputBytes = maxPluginOutput * 1_000_000
        }
        if !noPluginDiscovery {
            for warning in session.discoverPlugins() {
                Console.err(style(for: STDERR_FILENO).paint("warning: ", .warning) + warning)
            }
        }
        for path in plugins {
            do { try session.loadPlugins(path: path) } catch {
                Console.err(style(for: STDERR_FILENO).error(error))
                throw ExitCode(1)
            }
        }
        session.options = try analyzerOptions(Loupe.registry)
        return session
    }
}

/// `--entities-gazetteer FILE` → `--option entities.gazetteer=FILE` for every analyzer option.
enum PluginFlags {
    static func rewrite(_ arguments: [String], registry: AnalyzerRegistry) -> [String] {
        var flags: [String: (key: String, takesValue: Bool)] = [:]
        for descriptor in registry.descriptors {
            for option in descriptor.options {
                flags["--\(descriptor.name)-\(option.name)"] = (
                    "\(descriptor.name).\(option.name)", option.kind != .flag
                )
            }
        }
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let arg = arguments[index]
            index += 1
            if arg == "--" { result += arguments[(index - 1)...]; break }
            let (name, inlineValue): (String, String?) = {
                guard let eq = arg.firstIndex(of: "=") else { return (arg, nil) }
                return (String(arg[..<eq]), String(arg[arg.index(after: eq)...]))
            }()
            guard let flag = flags[name] else { result.append(arg); continue }
            if !flag.takesValue {
                result += ["--option", "\(flag.key)=\(inlineValue ?? "true")"]
            } else if let inlineValue {
                result += ["--option", "\(flag.key)=\(inlineValue)"]
            } else if index < arguments.count {
                result += ["--option", "\(flag.key)=\(arguments[index])"]
                index += 1
            } else {
                result.append(arg)
            }
        }
        return result
    }
}
