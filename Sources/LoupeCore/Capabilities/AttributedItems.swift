/// Something said, and who said it: a quotation, speech in the reporter's words, a speech act.
public struct AttributedItem: Sendable, Equatable {
    public struct Speaker: Sendable, Equatable {
        /// The mention in the text: a name, a description ("der Sprecher") or a pronoun.
        public var span: Span
        /// The resolved name when the mention is a pronoun or a role; the name itself otherwise.
        public var name: String?

        public init(span: Span, name: String? = nil) {
            self.span = span
            self.name = name
        }
    }

    public var span: Span
    /// How it is given: `direct`, `partial` (quotation marks), `indirect`, `mixed`, `reported`,
    /// `free-indirect` (the reporter's words) — the kinds of `docs/quotes.md`.
    public var kind: String
    public var speaker: Speaker?
    /// The word that attributes it (`sagte`, `according to`).
    public var cue: Span?

    public init(span: Span, kind: String, speaker: Speaker? = nil, cue: Span? = nil) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
    }
}

/// A layer of attributed items (the `quotes` layer): `show` and the HTML export mark them, the
/// HTML export and the corpus report tell who said what, the table exports list them.
public protocol AttributedItems: Layer {
    /// In text order.
    var attributedItems: [AttributedItem] { get }
}
