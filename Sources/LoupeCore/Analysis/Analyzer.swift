/// An analyzer: reads a document (and the layers it requires) and produces one layer.
///
/// Analyzers are created lazily by the registry, once per process, so a model or lexicon loads
/// on first use and is shared; `analyze` must therefore be safe to call from several threads.
public protocol Analyzer: Sendable {
    func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer
}

/// An analyzer that is faster on many documents at once (an external process gets one request
/// for a batch instead of one per document). The registry uses it for corpora.
public protocol BatchAnalyzing: Analyzer {
    /// One result per document, in order; a failure affects only its document.
    func analyze(_ documents: [Document], contexts: [AnalysisContext]) -> [Result<any Layer, any Error>]
}

/// What an analyzer declares about itself: how the registry orders, checks and documents it.
public struct AnalyzerDescriptor: Sendable {
    /// The analyzer's name, also its layer's name and its JSON key.
    public var name: String
    public var summary: String
    /// Languages it supports; empty means any.
    public var languages: [Language]
    /// Layers that must be computed first (spaCy's `requires`, CoreNLP's `requires()`).
    public var requires: [String]
    /// Layers used when they are requested too: ordered before this one, but not forced to run.
    public var usesIfPresent: [String]
    /// The capabilities its layer adopts (`LayerCapability`) that views should run it for:
    /// `show`, the HTML export and the report run every registered analyzer providing what they
    /// show. A layer adopting a capability is shown wherever it was computed, declared or not;
    /// plugins loaded from files declare none, so they run only when asked for.
    public var provides: [LayerCapability]
    public var options: [OptionSpec]
    /// Whether results depend on the reference date (`set ref`, `--ref`).
    public var usesReference: Bool
    /// Whether `loupe analyze` runs it when no analyzers are named (false for the raw listings
    /// every document has anyway; an analyzer that needs an argument is never run so).
    public var runsByDefault: Bool

    public init(
        name: String, summary: String, languages: [Language] = [], requires: [String] = [],
        usesIfPresent: [String] = [], provides: [LayerCapability] = [], options: [OptionSpec] = [],
        usesReference: Bool = false, runsByDefault: Bool = true
    ) {
        self.name = name
        self.summary = summary
        self.languages = languages
        self.requires = requires
        self.usesIfPresent = usesIfPresent
        self.provides = provides
        self.options = options
        self.usesReference = usesReference
        self.runsByDefault = runsByDefault
    }

    /// The option taking the first bare argument (`kwic Putin`), if any.
    public var positionalOption: OptionSpec? { options.first { $0.positional } }

    public func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }

    /// One-line usage, e.g. `kwic WORD [--width N]`.
    public var usage: String {
        var parts = [name]
        for option in options {
            if option.positional {
                parts.append(option.placeholder)
            } else {
                parts.append("[--\(option.name)\(option.kind == .flag ? "" : " \(option.placeholder)")]")
            }
        }
        return parts.joined(separator: " ")
    }
}

/// Everything an analyzer gets besides the document.
public struct AnalysisContext: Sendable {
    public var language: Language
    public var reference: ReferenceTime
    /// This analyzer's options (names without the analyzer prefix).
    public var options: AnalyzerOptions
    /// When to stop: Ctrl-C or the document's time budget (see `checkpoint()`).
    public var deadline: Deadline

    public init(language: Language, reference: ReferenceTime, options: AnalyzerOptions, deadline: Deadline = .none) {
        self.language = language
        self.reference = reference
        self.options = options
        self.deadline = deadline
    }

    /// Throws once the analysis is cancelled or out of time. Analyzers call it between
    /// sentences, so a long document stops within a sentence's work.
    public func checkpoint() throws { try deadline.check() }
}

/// A tool a plugin contributes to the command line: `loupe eval NAME …`, `loupe train NAME …`.
/// It parses its own arguments, prints to standard output and returns an exit code.
public struct PluginTool: Sendable {
    public var summary: String
    /// The whole command line, e.g. `loupe eval dates FILE.jsonl [--verbose]`.
    public var usage: String
    public var run: @Sendable ([String]) throws -> Int32

    public init(summary: String, usage: String, run: @escaping @Sendable ([String]) throws -> Int32) {
        self.summary = summary
        self.usage = usage
        self.run = run
    }
}

/// How a plugin registers: its descriptor, how to make it, and the tools it brings.
public struct AnalyzerRegistration: Sendable {
    public var descriptor: AnalyzerDescriptor
    public var make: @Sendable () throws -> any Analyzer
    /// Keyed by tool kind: "eval", "train".
    public var tools: [String: PluginTool]

    public init(
        _ descriptor: AnalyzerDescriptor, tools: [String: PluginTool] = [:],
        make: @escaping @Sendable () throws -> any Analyzer
    ) {
        self.descriptor = descriptor
        self.make = make
        self.tools = tools
    }
}
