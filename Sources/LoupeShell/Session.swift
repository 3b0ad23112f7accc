import Foundation
import LoupeKit
import LoupeBatch

/// The state of a REPL or script session: loaded documents, the current one, and settings.
public final class Session: @unchecked Sendable {
    public enum OutputFormat: String, Sendable { case table, json }

    public let registry: AnalyzerRegistry
    public private(set) var documents: [Document] = []
    public private(set) var currentIndex: Int? = nil
    /// nil: detect per document (`set lang auto`).
    public var languageOverride: Language? = nil
    /// nil: today.
    public var reference: ReferenceTime? = nil
    public var format: OutputFormat = .table
    public var style: TerminalStyle
    /// Analyzer options set with `set entities.gazetteer PATH`: apply to every run.
    public var options = AnalyzerOptions()
    public var maxBytes = DocumentSource.defaultMaxBytes
    /// The per-document time budget (`--time-budget`, `set time-budget`) and the switch the
    /// REPL flips on Ctrl-C.
    public var limits = RunLimits()
    /// Overrides external plugins' `max-output-mb` (`--max-plugin-output`).
    public var maxPluginOutputBytes: Int? = nil
    /// Plugins loaded in this session (from the command line, `plugin load`, or discovery).
    public private(set) var plugins: [PluginLoader.Plugin] = []

    public init(registry: AnalyzerRegistry = Loupe.makeRegistry(), style: TerminalStyle = TerminalStyle(colors: false))
    {
        self.registry = registry
        self.style = style
    }

    public var current: Document? { currentIndex.map { documents[$0] } }

    /// Runs analyzers on a document with this session's options and limits, with their inputs.
    public func run(_ names: [String], on document: Document) throws {
        try registry.run(
            withInputs(names, on: document, options: options), on: document, options: options, limits: limits)
    }

    /// The analyzers to run for a request in a session: the ones asked for, and before them the ones
    /// they use when present (`quotes` and `sentiment` read the names `entities` finds) where those
    /// support the document's language. A session answers one reader, who wants the best answer and
    /// should not have to know which analyzer feeds which (`loupe analyze --analyzers` stays exact, for
    /// corpora). An input that fails only takes away what it adds: its failure is recorded on the
    /// document, and the analyzers asked for run without it.
    public func withInputs(_ names: [String], on document: Document, options: AnalyzerOptions) -> [String] {
        var inputs: [String] = []
        for name in names {
            for input in (try? registry.descriptor(named: name))?.usesIfPresent ?? []
            where !names.contains(input) && !inputs.contains(input) {
                guard let descriptor = try? registry.descriptor(named: input) else { continue }
                let language = document.language
                if descriptor.languages.isEmpty || language == .unknown || descriptor.languages.contains(language) {
                    inputs.append(input)
                }
            }
        }
        let computed = inputs.filter { input in
            (try? registry.run([input], on: document, options: options, limits: limits)) != nil
        }
        return computed + names
    }

    public func requireDocument() throws -> Document {
        guard let current else { throw LoupeError.noDocument() }
        return current
    }

    /// Adds a document and makes it current; a document with the same id is replaced.
    public func add(text: String, id: String) -> Document {
        let document = Document(text: text, id: id, language: languageOverride, reference: reference)
        if let existing = documents.firstIndex(where: { $0.id == id }) {
            documents[existing] = document
            currentIndex = existing
        } else {
            documents.append(document)
            currentIndex = documents.count - 1
        }
        return document
    }

    public func load(path: String) throws -> Document {
        let text = try DocumentSource.readText(path: Self.expandTilde(path), maxBytes: maxBytes)
        return add(text: text, id: path)
    }

    /// Switches by number (1-based, as `docs` shows) or id.
    public func use(_ key: String) throws {
        if let n = Int(key), n >= 1, n <= documents.count { currentIndex = n - 1; return }
        if let index = documents.firstIndex(where: { $0.id == key || ($0.id as NSString).lastPathComponent == key }) {
            currentIndex = index
            return
        }
        throw LoupeError.noSuchDocument(key)
    }

    public func setLanguage(_ value: String) throws {
        switch value {
        case "auto": languageOverride = nil
        case "de", "en": languageOverride = Language(value)
        default: throw LoupeError.badLanguage(value)
        }
        for document in documents { document.language = languageOverride ?? document.detectedLanguage }
    }

    public func setReference(_ value: String) throws {
        if value == "today" {
            reference = nil
        } else {
            guard let parsed = ReferenceTime(userInput: value) else { throw LoupeError.badReference(value) }
            reference = parsed
        }
        for document in documents { document.reference = reference }
    }

    /// Loads plugin files (a file or a folder) and registers their analyzers.
    @discardableResult
    public func loadPlugins(path: String) throws -> [PluginLoader.Plugin] {
        let loaded = try PluginLoader.load(
            path: Self.expandTilde(path), maxOutputBytes: maxPluginOutputBytes,
            sentimentScorer: Loupe.sentimentLexiconScorer)
        for plugin in loaded {
            let name = plugin.registration.descriptor.name
            if let existing = plugins.first(where: { $0.registration.descriptor.name == name }),
                existing.path != plugin.path
            {
                throw LoupeError.pluginNameTaken(plugin.path, name: name, by: existing.path)
            }
            if plugins.first(where: { $0.registration.descriptor.name == name }) == nil, registry.names.contains(name) {
                throw LoupeError.pluginNameTaken(plugin.path, name: name, by: nil)
            }
        }
        for plugin in loaded {
            registry.register(plugin.registration)
            plugins.removeAll { $0.registration.descriptor.name == plugin.registration.descriptor.name }
            plugins.append(plugin)
        }
        return loaded
    }

    /// Loads the user's plugins and the trusted local ones; returns warnings to show (a broken
    /// plugin file does not stop Loupe).
    public func discoverPlugins(_ discovery: PluginDiscovery = PluginDiscovery()) -> [String] {
        var warnings: [String] = []
        let state = discovery.localState
        for folder in discovery.startupPaths(state) {
            do {
                for file in try PluginLoader.pluginFiles(in: folder) {
                    do { try loadPlugins(path: file) } catch { warnings.append("plugin not loaded: \(error)") }
                }
            } catch {
                warnings.append("plugins in \(folder) not loaded: \(error)")
            }
        }
        if let notice = PluginDiscovery.notice(state) { warnings.append(notice) }
        return warnings
    }

    /// `~` and `~/…` are `$HOME` (as in a shell), keeping a trailing `/`; `~user/…` as the system says.
    static func expandTilde(_ path: String) -> String {
        guard path.hasPrefix("~") else { return path }
        if path == "~" || path.hasPrefix("~/") {
            let home =
                ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            return home + path.dropFirst()
        }
        return (path as NSString).expandingTildeInPath
    }
}
