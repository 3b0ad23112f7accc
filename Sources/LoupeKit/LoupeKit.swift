@_exported import LoupeCore
@_exported import LoupeExtensions

/// Loupe for Swift programs: every built-in analyzer registered, ready to run.
///
/// ```swift
/// let document = Document(text: "Gestern traf Olaf Scholz in Paris ein.")
/// try Loupe.registry.run(["stats"], on: document)
/// ```
public enum Loupe {
    /// A new registry with all built-in analyzers (each created on first use).
    public static func makeRegistry() -> AnalyzerRegistry {
        AnalyzerRegistry(CoreAnalyzers.all + BuiltinAnalyzers.all)
    }

    /// A shared registry with all built-in analyzers.
    public static let registry = makeRegistry()

    public static let version = "0.1.0"
}
