/// A layer that divides the text into spans with nothing more to say about them (the
/// `sentences` layer): the table exports list them; nothing is highlighted.
public protocol PlainSpans: Layer {
    /// In text order.
    var plainSpans: [Span] { get }
}
