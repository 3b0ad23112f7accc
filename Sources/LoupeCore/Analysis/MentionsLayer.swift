/// A labelled mention another analyzer can use: where it is, its type, the name it stands for.
public struct LabeledMention: Sendable, Equatable {
    public var span: Span
    public var label: String
    /// The canonical name of what it names, when known ("Wladimir Putin" for "Putins").
    public var name: String?

    public init(span: Span, label: String, name: String? = nil) {
        self.span = span
        self.label = label
        self.name = name
    }
}

/// A layer of labelled mentions (the `entities` layer, gazetteers) that other analyzers read
/// without knowing its type — `quotes` takes speakers' names from it, `sentiment` its targets —
/// directly, instead of through the layer's JSON.
public protocol MentionsLayer: Layer {
    var labeledMentions: [LabeledMention] { get }
}
