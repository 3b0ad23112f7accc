import ArgumentParser
import Foundation
import LoupeKit
import LoupeBatch
import LoupeShell
import LoupeTools

struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "The interactive shell (the default): `loupe`, `loupe FILE`, `loupe -e 'load x; stats'`."
    )

    @Argument(help: "A text file to load first.", completion: .file())
    var file: String?

    @Option(
        name: [.customShort("e"), .customLong("execute")],
        help: ArgumentHelp("Commands to run, separated by `;`, then exit.", valueName: "COMMANDS"))
    var execute: String?

    @Flag(
        name: .customLong("keep-going"),
        help: "Without a terminal: go on after a failing command (exit code 1 at the end).")
    var keepGoing = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let shell = Shell(session: try common.makeSession(), exporters: Exporters.all)
        if let file {
            do { _ = try shell.session.load(path: file) } catch {
                Console.err(shell.session.style.error(error))
                if execute != nil || isatty(STDIN_FILENO) == 0 { throw ExitCode(1) }
            }
        }
        if let execute {
            let status = LoupeShell.Repl.runLines(
                shell, source: ScriptLineSource(lines: [execute]), name: "-e", keepGoing: keepGoing)
            throw ExitCode(status)
        }
        if isatty(STDIN_FILENO) == 1 {
            throw ExitCode(LoupeShell.Repl.interactive(shell))
        }
        throw ExitCode(LoupeShell.Repl.runLines(shell, source: PlainLineSource(), name: "stdin", keepGoing: keepGoing))
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a script of REPL commands, one per line (`#` starts a comment).")

    @Argument(help: "The script file.", completion: .file())
    var script: String

    @Flag(name: .customLong("keep-going"), help: "Go on after a failing command (exit code 1 at the end).")
    var keepGoing = false

    @OptionGroup var common: CommonOptions

    func run() throws {
        let shell = Shell(session: try common.makeSession(), exporters: Exporters.all)
        let text: String
        do { text = try DocumentSource.readText(path: script, keepByteOrderMark: false) } catch {
            Console.err(shell.session.style.error(error))
            throw ExitCode(1)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        throw ExitCode(
            LoupeShell.Repl.runLines(shell, source: ScriptLineSource(lines: lines), name: script, keepGoing: keepGoing))
    }
}

/// What `analyze` and `report` read: files, folders or JSONL streams, and how many workers.
struct CorpusOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Input: text files, or JSONL records.", valueName: "text|jsonl"))
    var input: BatchAnalyzer.InputKind = .text

    @Option(help: ArgumentHelp("Worker threads (default: all cores).", valueName: "N"))
    var jobs: Int = min(ProcessInfo.processInfo.activeProcessorCount, CorpusOptions.maximumJobs)

    /// More workers than this only cost memory (each holds chunks in flight).
    static let maximumJobs = 1024

    @Option(help: ArgumentHelp("Which files to take from folders (a shell pattern).", valueName: "PATTERN"))
    var glob: String = "*.txt"

    @Argument(help: "Files or folders (searched recursively); `-` reads standard input.", completion: .file())
    var files: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file or folder, or - for standard input") }
        do { try UserNumber.check(jobs, name: "jobs", in: 1...Self.maximumJobs) } catch {
            throw ValidationError("--jobs: \(error)")
        }
    }

    /// A batch over these inputs with the session's settings.
    func batch(session: Session, analyzers: [String], format: BatchAnalyzer.Format, style: TerminalStyle)
        -> BatchAnalyzer
    {
        var batch = BatchAnalyzer(
            session: session, analyzers: analyzers, format: format,
            input: input, style: style)
        batch.jobs = jobs
        batch.glob = glob
        return batch
    }
}

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse documents in batch: text files, or JSONL records {\"id\", \"text\", \"lang\"?, \"ref\"?}.",
        discussion:
            "Output follows the JSON contract (code-point offsets). Documents that fail are reported and the rest go on; the exit code is then 1."
    )

    @Option(
        help: ArgumentHelp(
            "Analyzers to run, comma-separated (default: all but tokens, sentences, kwic).", valueName: "a,b"))
    var analyzers: String?

    @Option(
        help: ArgumentHelp(
            "Output: table, json (one pretty object; an array for several documents) or jsonl.",
            valueName: "table|json|jsonl"))
    var format: BatchAnalyzer.Format = .table

    @Flag(name: .customLong("no-progress"), help: "No progress line on standard error.")
    var noProgress = false

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let session = try common.makeSession()
        let registry = session.registry
        let names =
            analyzers.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            ?? BatchAnalyzer.defaultAnalyzers(registry)
        do { _ = try registry.plan(names) } catch { throw ValidationError("\(error)") }
        var batch = corpus.batch(
            session: session, analyzers: names, format: format,
            style: common.style(for: STDERR_FILENO))
        batch.progress = !noProgress && isatty(STDERR_FILENO) == 1
        if analyzers == nil { batch.languages = .skipUnsupported }
        let summary: BatchAnalyzer.Summary
        do {
            summary = try batch.run(paths: corpus.files) { Console.out($0, terminator: "") }
        } catch {
            Console.err(batch.style.error(error))
            throw ExitCode(1)
        }
        if summary.documents > 1 || batch.progress { Console.err(batch.style.paint(summary.line, .dim)) }
        if summary.failures > 0 { throw ExitCode(1) }
    }
}

struct Analyzers: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the analyzers, their languages and requirements.")

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    func run() throws {
        let style = noColor ? TerminalStyle(colors: false) : TerminalStyle.detect()
        Console.out(style.render(Shell.analyzerTable(Loupe.registry)))
    }
}

/// `loupe plugins trust DIR`: trusting a project's plugin folder outside the REPL, as a person
/// at a shell does it (a script run by Loupe cannot).
struct Plugins: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage plugin folders: `loupe plugins trust DIR`.",
        subcommands: [Trust.self]
    )

    struct Trust: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Trust DIR/.loupe/plugins (or DIR itself, if it is such a folder): show what its plugins run, and record a fingerprint."
        )

        @Argument(help: "A project folder with .loupe/plugins, or the .loupe/plugins folder.", completion: .directory)
        var folder: String = "."

        func run() throws {
            let style = TerminalStyle.detect(fileDescriptor: STDERR_FILENO)
            var project = URL(fileURLWithPath: folder).standardizedFileURL
            if project.lastPathComponent == "plugins", project.deletingLastPathComponent().lastPathComponent == ".loupe"
            {
                project = project.deletingLastPathComponent().deletingLastPathComponent()
            }
            let discovery = PluginDiscovery(workingFolder: project.path)
            do {
                guard discovery.hasLocalFolder else {
                    throw LoupeError.noLocalPluginFolder(in: project.path)
                }
                let trust = try discovery.trustLocalFolder()
                Console.out((["trusted " + trust.summary[0]] + trust.summary.dropFirst()).joined(separator: "\n"))
            } catch let error as LoupeError {
                Console.err(style.error(error))
                throw ExitCode(1)
            }
        }
    }
}

/// `loupe eval NAME …` and `loupe train NAME …`: dispatched to the plugin's tool.
struct PluginToolCommand {
    static func run(kind: String, analyzer: String, arguments: [String]) throws {
        let available = BuiltinTools.tools(kind, in: Loupe.registry)
        guard let entry = available.first(where: { $0.analyzer == analyzer }) else {
            let names = available.map(\.analyzer)
            let hint = EditDistance.closest(to: analyzer, among: names).map { "did you mean '\($0)'? " } ?? ""
            throw ValidationError(
                "no \(kind) tool for '\(analyzer)'. \(hint)Available: \(names.isEmpty ? "none" : names.joined(separator: ", "))"
            )
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            Console.out("usage: \(entry.tool.usage)\n\(entry.tool.summary)")
            return
        }
        do {
            let status = try entry.tool.run(arguments)
            if status != 0 { throw ExitCode(status) }
        } catch let error as LoupeError {
            Console.err(TerminalStyle.detect(fileDescriptor: STDERR_FILENO).error(error))
            throw ExitCode(1)
        }
    }
}

/// `loupe eval NAME …` and `loupe train NAME …` share their shape: the analyzer, then its
/// tool's own arguments.
protocol PluginToolSubcommand: ParsableCommand {
    static var toolKind: String { get }
    var analyzer: String { get }
    var arguments: [String] { get }
}

extension PluginToolSubcommand {
    func run() throws { try PluginToolCommand.run(kind: Self.toolKind, analyzer: analyzer, arguments: arguments) }
}

struct Eval: PluginToolSubcommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate an analyzer on annotated data: `loupe eval NAME FILE …` (`loupe eval NAME --help`).")
    static let toolKind = "eval"

    @Argument(help: "The analyzer to evaluate.")
    var analyzer: String

    @Argument(parsing: .captureForPassthrough, help: "The analyzer's evaluation arguments.")
    var arguments: [String] = []
}

struct Train: PluginToolSubcommand {
    static let configuration = CommandConfiguration(
        abstract: "Train an analyzer's model: `loupe train NAME …` (`loupe train NAME --help`).")
    static let toolKind = "train"

    @Argument(help: "The analyzer to train.")
    var analyzer: String

    @Argument(parsing: .captureForPassthrough, help: "The analyzer's training arguments.")
    var arguments: [String] = []
}

struct NewAnalyzer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-analyzer",
        abstract:
            "Create a new built-in Swift analyzer: Plugins/<Name>/ with sources, resources and a test, registered in one line each."
    )

    @Argument(help: "The analyzer's name: lower-case words joined by hyphens (e.g. readability).")
    var name: String

    @Option(help: ArgumentHelp("The Loupe package folder (default: the current folder).", valueName: "DIR"))
    var package: String = FileManager.default.currentDirectoryPath

    func run() throws {
        do {
            let scaffold = try AnalyzerScaffold(name: name, packageRoot: URL(fileURLWithPath: package))
            let written = try scaffold.create()
            Console.out("created analyzer '\(name)' (module \(scaffold.module)):")
            for path in written { Console.out("  \(path)") }
            Console.out(
                "next: edit \(written[0]), then `swift build` and `swift test --filter \(scaffold.typeName)Tests`")
        } catch let error as LoupeError {
            Console.err(TerminalStyle.detect(fileDescriptor: STDERR_FILENO).error(error))
            throw ExitCode(1)
        }
    }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Aggregate a corpus: most frequent entities by type, top speakers, a timeline of dates, tone by document and entity."
    )

    @Option(
        help: ArgumentHelp("Output: table, json or html (an index page with charts).", valueName: "table|json|html"))
    var format: ReportFormat = .table

    /// What `loupe report` writes.
    enum ReportFormat: String, CaseIterable, ExpressibleByArgument { case table, json, html }

    @Option(help: ArgumentHelp("How many entries per list.", valueName: "N"))
    var top: Int = 10

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        do { try UserNumber.check(top, name: "top", in: 0...UserNumber.defaultMaximum) } catch {
            throw ValidationError("--top: \(error)")
        }
    }

    func run() throws {
        let session = try common.makeSession()
        let names = CorpusReport.analyzers(in: session.registry)
        let report = CorpusReport()
        var batch = corpus.batch(
            session: session, analyzers: names, format: .jsonl, style: common.style(for: STDERR_FILENO))
        batch.writeDocuments = false
        batch.progress = isatty(STDERR_FILENO) == 1
        batch.collect = { document in
            let part = CorpusReport.part(of: document)
            return { report.add(part) }
        }
        let summary = try batch.run(paths: corpus.files) { Console.out($0, terminator: "") }
        Console.err(batch.style.paint(summary.line, .dim))
        switch format {
        case .json: Console.out(report.json(top: top).serialized(pretty: true))
        case .html:
            Console.out(
                report.html(title: corpus.files.count == 1 ? corpus.files[0] : "\(corpus.files.count) inputs", top: top)
            )
        case .table: Console.out(session.style.render(report.rendering(top: top)))
        }
        if summary.failures > 0 { throw ExitCode(1) }
    }
}

/// `--format` and `--input` take their values from the enums themselves: the parser checks them,
/// lists them in the error and in `--help`, and completes them.
extension BatchAnalyzer.Format: ExpressibleByArgument {}
extension BatchAnalyzer.InputKind: ExpressibleByArgument {}

/// `loupe errors`: what each error code means and what to do; `--markdown` writes docs/errors.md.
struct Errors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the error codes: what each means and what to do (`loupe errors E701` for one)."
    )

    @Argument(help: "Codes to show (default: all), e.g. E701.")
    var codes: [String] = []

    @Flag(help: "Print the list as Markdown (docs/errors.md is this).")
    var markdown = false

    func run() throws {
        if markdown {
            Console.out(ErrorReference.markdown())
            return
        }
        guard !codes.isEmpty else {
            Console.out(ErrorReference.text())
            return
        }
        let wanted = codes.map { $0.uppercased() }
        let entries = ErrorReference.entries.filter { wanted.contains($0.code) }
        if let unknown = wanted.first(where: { code in !entries.contains { $0.code == code } }) {
            throw ValidationError("no error \(unknown); `loupe errors` lists them all")
        }
        Console.out(ErrorReference.text(entries))
    }
}
