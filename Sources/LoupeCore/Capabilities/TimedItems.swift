/// A date, time, duration or frequency in the text, with its normalised value.
public struct TimedItem: Sendable, Equatable {
    public var span: Span
    /// The TIMEX3 type: DATE, TIME, DURATION or SET.
    public var type: String
    /// The TIMEX3 value: `2024-06-18`, `2024-W25`, `2024`, `P3D`, `PRESENT_REF` …
    public var value: String

    public init(span: Span, type: String, value: String) {
        self.span = span
        self.type = type
        self.value = value
    }
}

/// A layer of timed items (the `dates` layer): `show` and the HTML export mark them, the HTML
/// export and the corpus report put the DATE and TIME values on a timeline, the table exports
/// list them.
public protocol TimedItems: Layer {
    /// In text order.
    var timedItems: [TimedItem] { get }
}
