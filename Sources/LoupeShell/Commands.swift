import Foundation
import LoupeKit
import LoupeBatch

/// What a command's argument completes to.
public enum CompletionKind: Sendable {
    case none, paths, analyzers, commands, settings, documents, exportFormats
}

/// A REPL command: its name, help and handler. Analyzers are commands too (by their names).
public struct Command: Sendable {
    public var name: String
    public var aliases: [String] = []
    public var usage: String
    public var summary: String
    public var details: String = ""
    public var completion: CompletionKind = .none
    /// Reads further input lines itself (`paste`): runs on the input thread, not cancellable.
    public var interactive = false
    public var run: @Sendable (Shell, [String]) throws -> Rendering
}

/// Export formats by name: `export FORMAT PATH`.
public struct Exporter: Sendable {
    public var summary: String
    public var export: @Sendable (Session, Document) throws -> String

    public init(summary: String, export: @escaping @Sendable (Session, Document) throws -> String) {
        self.summary = summary
        self.export = export
    }
}

extension Shell {
    static func message(_ text: String, _ style: Rendering.Style = .plain) -> Rendering {
        Rendering([.styled([Rendering.Run(text, style)])])
    }

    static let builtinExporters: [String: Exporter] = [
        "json": Exporter(summary: "the document and every layer computed so far (JSON contract)") { _, document in
            try DocumentJSON.serialized(document, layers: document.layerNames, pretty: true) + "\n"
        },
        "tsv": Exporter(summary: "every span of every computed layer, one per row, tab-separated") { _, document in
            TableExports.spans(document, separator: "\t")
        },
        "csv": Exporter(summary: "every span of every computed layer, one per row, comma-separated (RFC 4180)") {
            _, document in
            TableExports.spans(document, separator: ",")
        },
        "conll": Exporter(summary: "tokens with BIO entity tags, CoNLL 2003 style (runs what finds entities)") {
            session, document in
            try session.run(session.registry.analyzers(providing: TableExports.conllCapabilities), on: document)
            return TableExports.conll(document)
        },
        "html": Exporter(summary: "a self-contained web page: highlighted text, who said what, a timeline, the tone") {
            session, document in
            try session.run(HTMLExport.analyzers(in: session.registry), on: document)
            return HTMLExport.page(document)
        },
    ]

    static let builtinCommands: [Command] = [
        Command(
            name: "load", usage: "load PATH", summary: "read a text file and make it the current document",
            completion: .paths
        ) { shell, args in
            guard args.count == 1 else { throw LoupeError.usage("load", "load PATH") }
            let document = try shell.session.load(path: args[0])
            return message(
                "loaded \(document.id): \(document.language), \(document.sentences.count) sentences, \(document.tokens.count) tokens",
                .dim)
        },
        Command(
            name: "paste", usage: "paste [NAME]",
            summary: "type or paste a text; end with a line holding only `.` (or Ctrl-D)",
            interactive: true
        ) { shell, args in
            var lines: [String] = []
            while let line = shell.readContinuation() {
                if line == "." { break }
                lines.append(line)
            }
            let text = lines.joined(separator: "\n")
            guard !text.allSatisfy(\.isWhitespace) else { throw LoupeError.nothingPasted() }
            shell.pasteCount += 1
            let document = shell.session.add(text: text, id: args.first ?? "paste-\(shell.pasteCount)")
            return message("added \(document.id): \(document.language), \(document.sentences.count) sentences", .dim)
        },
        Command(name: "docs", usage: "docs", summary: "list the loaded documents") { shell, _ in
            let session = shell.session
            guard !session.documents.isEmpty else { return message("no documents; `load PATH` or `paste` one", .dim) }
            let rows: [[TextTable.Cell]] = session.documents.enumerated().map { index, document in
                [
                    TextTable.Cell(index == session.currentIndex ? "*" : " ", .highlight),
                    TextTable.Cell(String(index + 1)),
                    TextTable.Cell(document.id), TextTable.Cell(document.language.rawValue),
                    TextTable.Cell(String(document.sentences.count)),
                    TextTable.Cell(String(document.text.unicodeScalars.count)),
                ]
            }
            return Rendering([
                .table(
                    TextTable(
                        headers: ["", "#", "document", "lang", "sentences", "characters"], rows: rows,
                        rightAligned: [1, 4, 5]))
            ])
        },
        Command(
            name: "use", usage: "use N|NAME", summary: "make another loaded document current", completion: .documents
        ) { shell, args in
            guard args.count == 1 else { throw LoupeError.usage("use", "use N|NAME") }
            try shell.session.use(args[0])
            return message("now on \(shell.session.current!.id)", .dim)
        },
        Command(
            name: "show", usage: "show [N]",
            summary: "the text (or sentence N) with entities, quotes and dates highlighted"
        ) { shell, args in
            let document = try shell.session.requireDocument()
            var sentence: Int? = nil
            if let arg = args.first {
                guard let n = Int(arg), n >= 1, n <= document.sentences.count else {
                    throw LoupeError.usage("show", "show [N] with N from 1 to \(document.sentences.count)")
                }
                sentence = n
            }
            try shell.session.run(ShowView.analyzers(in: shell.session.registry), on: document)
            return Rendering([.text(ShowView.render(document, sentence: sentence, style: shell.session.style))])
        },
        Command(
            name: "text", usage: "text [N]",
            summary: "show the text with numbered sentences, or sentence N"
        ) { shell, args in
            let document = try shell.session.requireDocument()
            if let arg = args.first {
                guard let n = Int(arg), n >= 1, n <= document.sentences.count else {
                    throw LoupeError.usage("text", "text [N] with N from 1 to \(document.sentences.count)")
                }
                return message(document.string(for: document.sentences[n - 1].span))
            }
            return SentencesLayer(sentences: document.sentences).render(in: document, options: AnalyzerOptions())
        },
        Command(
            name: "report", usage: "report [--top N]",
            summary: "what all loaded documents are about: entities, speakers, dates, tone"
        ) { shell, args in
            guard !shell.session.documents.isEmpty else { throw LoupeError.noDocument() }
            var top = 10
            if args.count == 2, args[0] == "--top" {
                top = try UserNumber.int(args[1], name: "top", in: 0...UserNumber.defaultMaximum)
            } else if !args.isEmpty {
                throw LoupeError.usage("report", "report [--top N]")
            }
            let report = CorpusReport()
            let analyzers = CorpusReport.analyzers(in: shell.session.registry)
            for document in shell.session.documents {
                try shell.session.run(analyzers, on: document)
                report.add(document)
            }
            return report.rendering(top: top)
        },
        Command(name: "analyzers", usage: "analyzers", summary: "list the analyzers and what they need") { shell, _ in
            analyzerTable(shell.session.registry)
        },
        Command(
            name: "set",
            usage:
                "set [ref DATE|lang de|en|auto|format table|json|color on|off|time-budget SECONDS|ANALYZER.OPTION VALUE]",
            summary: "show or change a setting", completion: .settings
        ) { shell, args in
            try shell.set(args)
        },
        Command(
            name: "unset", usage: "unset ANALYZER.OPTION", summary: "remove an analyzer option set with `set`",
            completion: .settings
        ) { shell, args in
            guard args.count == 1 else { throw LoupeError.usage("unset", "unset ANALYZER.OPTION") }
            shell.session.options[args[0]] = nil
            return message("unset \(args[0])", .dim)
        },
        Command(
            name: "export", usage: "export FORMAT PATH", summary: "write the current document's results to a file",
            completion: .exportFormats
        ) { shell, args in
            guard args.count == 2 else {
                throw LoupeError.usage("export", "export \(shell.exporters.keys.sorted().joined(separator: "|")) PATH")
            }
            guard let exporter = shell.exporters[args[0]] else {
                throw LoupeError.unknownExportFormat(args[0], known: shell.exporters.keys.sorted())
            }
            let document = try shell.session.requireDocument()
            try AtomicFile.write(try exporter.export(shell.session, document), to: args[1])
            return message("wrote \(args[1])", .dim)
        },
        Command(name: "plugins", usage: "plugins", summary: "list the plugins loaded in this session") { shell, _ in
            let plugins = shell.session.plugins
            guard !plugins.isEmpty else {
                return message(
                    "no plugins loaded; `plugin load PATH` loads a plugin file or folder (see docs/plugins.md)", .dim)
            }
            let rows: [[TextTable.Cell]] = plugins.map {
                [
                    TextTable.Cell($0.registration.descriptor.name, .highlight), TextTable.Cell($0.kind),
                    TextTable.Cell($0.path, .dim),
                ]
            }
            return Rendering([.table(TextTable(headers: ["analyzer", "kind", "file"], rows: rows))])
        },
        Command(
            name: "plugin", usage: "plugin load PATH | plugin trust",
            summary: "load a plugin file or folder; trust this folder's .loupe/plugins", completion: .paths
        ) { shell, args in
            switch args.first {
            case "load" where args.count == 2:
                let loaded = try shell.session.loadPlugins(path: args[1])
                guard !loaded.isEmpty else {
                    return message("no plugin files (.yaml, .yml, .json) in \(args[1])", .warning)
                }
                return message(
                    "loaded "
                        + loaded.map { "\($0.registration.descriptor.name) (\($0.kind))" }.joined(separator: ", "), .dim
                )
            case "trust" where args.count == 1:
                // A script (`loupe run`, `-e`) that came with a project must not trust that project's plugins.
                guard shell.atTerminal else {
                    throw LoupeError.trustInScript()
                }
                let discovery = PluginDiscovery()
                guard discovery.hasLocalFolder else {
                    throw LoupeError.noLocalPluginFolder(in: nil)
                }
                let trust = try discovery.trustLocalFolder()
                let loaded = try shell.session.loadPlugins(path: discovery.localPluginFolder)
                return message(
                    (["trusted " + trust.summary[0]] + trust.summary.dropFirst()).joined(separator: "\n")
                        + "\nloaded " + loaded.map { $0.registration.descriptor.name }.joined(separator: ", "), .dim)
            default:
                throw LoupeError.usage("plugin", "plugin load PATH | plugin trust")
            }
        },
        Command(
            name: "help", aliases: ["?"], usage: "help [COMMAND|ANALYZER]", summary: "list commands, or explain one",
            completion: .commands
        ) { shell, args in
            try shell.help(args.first)
        },
        Command(name: "quit", aliases: ["exit", "\\q"], usage: "quit", summary: "leave Loupe (Ctrl-D too)") {
            shell, _ in
            shell.wantsExit = true
            return Rendering([])
        },
    ]

    public static func analyzerTable(_ registry: AnalyzerRegistry) -> Rendering {
        let rows: [[TextTable.Cell]] = registry.descriptors.map { d in
            [
                TextTable.Cell(d.name, .highlight), TextTable.Cell(d.summary),
                TextTable.Cell(d.languages.isEmpty ? "any" : d.languages.map(\.rawValue).joined(separator: ",")),
                TextTable.Cell(d.requires.isEmpty ? "-" : d.requires.joined(separator: ","), .dim),
            ]
        }
        return Rendering([
            .table(TextTable(headers: ["analyzer", "what it finds", "languages", "requires"], rows: rows))
        ])
    }
}
