/// A labelled span of a layer, as views and other analyzers read it: where it is, its label,
/// and the name it stands for when the layer knows one.
public struct LabeledItem: Sendable, Equatable {
    public var span: Span
    /// PER, LOC, ORG, OTH for entities; any label of a plugin's own (MONEY, PARTY …).
    public var label: String
    /// The canonical name of what it names, when known: an entity's group ("Wladimir Putin"
    /// for "Putins"), a gazetteer entry's preferred name.
    public var name: String?

    public init(span: Span, label: String, name: String? = nil) {
        self.span = span
        self.label = label
        self.name = name
    }
}

/// A layer of labelled spans: entities, gazetteers, patterns, external plugins, a Swift
/// analyzer of your own. `show` and the HTML export highlight them, the table exports list
/// them; `quotes` takes speakers' names from the `entities` layer this way and `sentiment` its
/// targets — typed and in byte spans, never through the layer's JSON.
public protocol LabeledSpans: Layer {
    /// In text order.
    var labeledItems: [LabeledItem] { get }
}
