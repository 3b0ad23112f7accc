/// A mention of something named, with the name of the group it belongs to: every mention of
/// one entity ("Putin", "Putins", "Wladimir Putin") carries the same group name.
public struct GroupedMention: Sendable, Equatable {
    public var span: Span
    /// PER, LOC, ORG, OTH, or a plugin's own type.
    public var label: String
    /// The canonical name of the entity the mention names.
    public var group: String

    public init(span: Span, label: String, group: String) {
        self.span = span
        self.label = label
        self.group = group
    }
}

/// A layer of grouped mentions (the `entities` layer): labelled spans that name things, each in
/// the group of what it names. The corpus report counts them by group and type, the HTML
/// export lists who and what is named, the CoNLL export tags them. Its labelled spans are the
/// mentions, named by their group.
public protocol GroupedMentions: LabeledSpans {
    /// In text order.
    var groupedMentions: [GroupedMention] { get }
}

extension GroupedMentions {
    public var labeledItems: [LabeledItem] {
        groupedMentions.map { LabeledItem(span: $0.span, label: $0.label, name: $0.group) }
    }
}
