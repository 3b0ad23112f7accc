import Foundation
import LoupeKit
import LoupeBatch

/// Where the shell reads further lines from (for `paste`).
public protocol LineSource: AnyObject {
    /// The next line, or nil at end of input. `prompt` is shown only on a terminal.
    func readLine(prompt: String) -> String?
    /// A line of text a command reads (`paste`), not a command: it is not kept in the history.
    func readText(prompt: String) -> String?
}

extension LineSource {
    public func readText(prompt: String) -> String? { readLine(prompt: prompt) }
}

/// The command interpreter shared by the REPL, `loupe run SCRIPT` and `loupe -e`.
public final class Shell: @unchecked Sendable {
    public let session: Session
    public private(set) var commands: [Command]
    public var exporters: [String: Exporter]
    public weak var input: LineSource?
    public var wantsExit = false
    /// True only in the REPL on a terminal: what a person types, not a script (`plugin trust`).
    public var atTerminal = false
    var pasteCount = 0
    var notedToday = false

    public init(session: Session, exporters: [String: Exporter] = [:]) {
        self.session = session
        self.commands = Shell.builtinCommands
        self.exporters = Shell.builtinExporters.merging(exporters) { _, new in new }
    }

    public func command(named name: String) -> Command? {
        commands.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Every name the user can type first: commands, aliases and analyzers.
    public var commandNames: [String] {
        (commands.flatMap { [$0.name] + $0.aliases } + session.registry.names).sorted()
    }

    func readContinuation() -> String? { input?.readText(prompt: "... ") }

    /// Whether a line's command reads more input itself and must run on the input thread.
    public func isInteractive(_ line: String) -> Bool {
        guard let first = Words.split(line).first else { return false }
        return command(named: first)?.interactive ?? false
    }

    /// Runs one line. Blank lines and `#` comments do nothing.
    public func execute(_ line: String) throws -> Rendering {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return Rendering([]) }
        let words = Words.split(trimmed)
        guard let name = words.first else { return Rendering([]) }
        let args = Array(words.dropFirst())
        if let command = command(named: name) { return try command.run(self, args) }
        if session.registry.names.contains(name) { return try runAnalyzer(name, args) }
        throw LoupeError.unknownCommand(name, known: commandNames)
    }

    // MARK: - Analyzers as commands

    /// `entities --mentions`, `kwic Putin --width 20`, `quotes --by speaker`.
    func runAnalyzer(_ name: String, _ args: [String]) throws -> Rendering {
        let descriptor = try session.registry.descriptor(named: name)
        let invocation = try Self.parseOptions(args, for: descriptor)
        let document = try session.requireDocument()
        var options = session.options
        for (key, value) in invocation.values { options["\(name).\(key)"] = value }
        try session.registry.run(
            session.withInputs([name], on: document, options: options), on: document, options: options,
            limits: session.limits)
        guard let layer = document.layer(named: name) else { return Rendering([]) }
        switch session.format {
        case .json:
            return Rendering([.text(try DocumentJSON.encode(layer, of: document).serialized(pretty: true))])
        case .table:
            var rendering = layer.render(in: document, options: options.scoped(to: name))
            // Once a session: relative dates resolved against today, when no date was given.
            if descriptor.usesReference, session.reference == nil, document.reference == nil, !notedToday {
                notedToday = true
                rendering.blocks.append(.styled([Rendering.Run(Self.todayNote, .dim)]))
            }
            return rendering
        }
    }

    static var todayNote: String {
        "(relative dates are resolved against today, \(ReferenceTime.today()); `set ref DATE` gives the article's own date)"
    }

    /// Parses `--flag`, `--name value`, `--name=value` and one bare positional value.
    public static func parseOptions(_ args: [String], for descriptor: AnalyzerDescriptor) throws -> AnalyzerOptions {
        var options = AnalyzerOptions()
        var index = 0
        while index < args.count {
            let arg = args[index]
            index += 1
            if arg.hasPrefix("--") {
                var key = String(arg.dropFirst(2))
                var value: String? = nil
                if let eq = key.firstIndex(of: "=") {
                    value = String(key[key.index(after: eq)...])
                    key = String(key[..<eq])
                }
                guard let spec = descriptor.option(named: key) else {
                    throw LoupeError.unknownOption(
                        key, analyzer: descriptor.name, known: descriptor.options.map(\.name))
                }
                if spec.kind == .flag {
                    options[key] = try spec.validate(value ?? "true")
                } else {
                    if value == nil {
                        guard index < args.count else {
                            throw LoupeError.usage(descriptor.name, descriptor.usage)
                        }
                        value = args[index]
                        index += 1
                    }
                    options[key] = try spec.validate(value!)
                }
            } else if let positional = descriptor.positionalOption, options[positional.name] == nil {
                options[positional.name] = try positional.validate(arg)
            } else {
                throw LoupeError.usage(descriptor.name, descriptor.usage)
            }
        }
        return options
    }

    // MARK: - Settings

    func set(_ args: [String]) throws -> Rendering {
        if args.isEmpty {
            var rows: [[TextTable.Cell]] = [
                ["ref", TextTable.Cell(session.reference?.description ?? "today (\(ReferenceTime.today()))")],
                ["lang", TextTable.Cell(session.languageOverride?.rawValue ?? "auto")],
                ["format", TextTable.Cell(session.format.rawValue)],
                ["color", TextTable.Cell(session.style.colors ? "on" : "off")],
                [
                    "time-budget",
                    TextTable.Cell(
                        session.limits.timeBudget.map { "\(RunLimits.describe($0)) s per document" } ?? "none"),
                ],
            ]
            for (key, value) in session.options.values.sorted(by: { $0.key < $1.key }) {
                rows.append([TextTable.Cell(key), TextTable.Cell(value)])
            }
            return Rendering([.table(TextTable(headers: ["setting", "value"], rows: rows))])
        }
        guard args.count == 2 else { throw LoupeError.usage("set", command(named: "set")!.usage) }
        let (key, value) = (args[0], args[1])
        switch key {
        case "ref": try session.setReference(value)
        case "lang": try session.setLanguage(value)
        case "format":
            guard let format = Session.OutputFormat(rawValue: value) else {
                throw LoupeError.badOptionValue("format", value: value, expected: "table or json")
            }
            session.format = format
        case "color", "colour":
            guard ["on", "off"].contains(value) else {
                throw LoupeError.badOptionValue("color", value: value, expected: "on or off")
            }
            session.style.colors = value == "on"
        case "time-budget":
            session.limits.timeBudget = try RunLimits.timeBudget(parsing: value)
        default:
            guard key.contains(".") else {
                throw LoupeError.unknownSetting(key, known: settingNames)
            }
            let spec = try session.registry.option(forKey: key).option
            session.options[key] = try spec.validate(spec.kind == .path ? Session.expandTilde(value) : value)
        }
        return Self.message("\(key) = \(value)", .dim)
    }

    /// Setting names for completion and suggestions.
    public var settingNames: [String] {
        ["ref", "lang", "format", "color", "time-budget"]
            + session.registry.descriptors.flatMap { d in
                d.options.filter { !$0.positional }.map { "\(d.name).\($0.name)" }
            }
    }

    // MARK: - Help

    /// A usage short enough for the overview's first column (`set […]` for `set [ref DATE|lang …]`), so
    /// that the table fits a terminal; `help NAME` gives the whole.
    static func overviewUsage(_ usage: String, width: Int = 32) -> String {
        guard usage.count > width, let bracket = usage.range(of: " [") else { return usage }
        return usage[..<bracket.lowerBound] + " […]"
    }

    func help(_ topic: String?) throws -> Rendering {
        guard let topic else {
            let rows: [[TextTable.Cell]] = commands.map {
                [TextTable.Cell(Self.overviewUsage($0.usage), .highlight), TextTable.Cell($0.summary)]
            }
            let analyzerRows: [[TextTable.Cell]] = session.registry.descriptors.map {
                [TextTable.Cell(Self.overviewUsage($0.usage), .highlight), TextTable.Cell($0.summary)]
            }
            return Rendering([
                .styled([Rendering.Run("Commands", .heading)]),
                .table(TextTable(headers: ["command", "what it does"], rows: rows)),
                .text(""),
                .styled([Rendering.Run("Analyzers (type the name to run one on the current document)", .heading)]),
                .table(TextTable(headers: ["analyzer", "what it finds"], rows: analyzerRows)),
                .text(""),
                .styled([
                    Rendering.Run(
                        "Tab completes commands, analyzers, options, paths and the document's words. "
                            + "Ctrl-C cancels, Ctrl-D leaves. `help NAME` explains one.", .dim)
                ]),
            ])
        }
        if let command = command(named: topic) {
            var blocks: [Rendering.Block] = [
                .styled([Rendering.Run(command.usage, .highlight)]), .text(command.summary),
            ]
            if !command.details.isEmpty { blocks.append(.text(command.details)) }
            if !command.aliases.isEmpty {
                blocks.append(.styled([Rendering.Run("also: " + command.aliases.joined(separator: ", "), .dim)]))
            }
            return Rendering(blocks)
        }
        if let descriptor = try? session.registry.descriptor(named: topic) {
            var blocks: [Rendering.Block] = [
                .styled([Rendering.Run(descriptor.usage, .highlight)]), .text(descriptor.summary),
            ]
            if !descriptor.options.isEmpty {
                let rows: [[TextTable.Cell]] = descriptor.options.map { option in
                    [
                        TextTable.Cell(
                            option.positional ? option.placeholder : "--\(option.name) \(option.placeholder)"),
                        TextTable.Cell(option.summary), TextTable.Cell(option.defaultValue ?? "", .dim),
                    ]
                }
                blocks.append(.table(TextTable(headers: ["option", "meaning", "default"], rows: rows)))
            }
            let languages =
                descriptor.languages.isEmpty ? "any" : descriptor.languages.map(\.rawValue).joined(separator: ", ")
            blocks.append(
                .styled([
                    Rendering.Run(
                        "languages: \(languages)"
                            + (descriptor.requires.isEmpty
                                ? "" : "; requires: \(descriptor.requires.joined(separator: ", "))"),
                        .dim)
                ]))
            return Rendering(blocks)
        }
        throw LoupeError.unknownCommand(topic, known: commandNames)
    }
}
