import LoupeDates

/// Export formats that belong to one plugin, reachable through LoupeKit.
public enum PluginExports {
    /// The text with its date expressions as inline TIMEX3 (TimeML), or nil when the document
    /// has no `dates` layer.
    public static func timeML(_ document: Document) -> String? {
        document.layer(DatesLayer.self, named: "dates").map { TimeML.export(document: document, layer: $0) }
    }
}
