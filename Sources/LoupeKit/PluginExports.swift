import LoupeDates

/// Export formats that belong to one plugin, reachable through LoupeKit.
public enum PluginExports {
    /// The analyzers `timeML` needs run first.
    public static let timeMLAnalyzers = [DatesAnalyzer.registration.descriptor.name]

    /// The text with its date expressions as inline TIMEX3 (TimeML), or nil when the document
    /// has no dates layer.
    public static func timeML(_ document: Document) -> String? {
        document.layers(adopting: DatesLayer.self).first.map { TimeML.export(document: document, layer: $0.layer) }
    }
}
