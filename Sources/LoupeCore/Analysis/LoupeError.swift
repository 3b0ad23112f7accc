/// A user-facing error: a stable code to search for, what went wrong, and what to do.
///
/// Every error is an entry of a module's catalogue (an `ErrorCatalogue` in that module's
/// `…Errors.swift`) and is built there, by a constructor that words the message next to the
/// others (`[E001] no analyzer named 'entites' — did you mean 'entities'?`). docs/errors.md
/// lists them all (`loupe errors --markdown`).
public struct LoupeError: Error, Equatable, CustomStringConvertible, Sendable {
    public let code: String
    public let message: String
    public let hint: String?

    /// The catalogue entry's error with this message; the hint, unless given, is the entry's.
    public init<Catalogue: ErrorCatalogue>(_ entry: Catalogue, _ message: String, hint: String? = nil) {
        self.code = entry.rawValue
        self.message = message
        self.hint = hint ?? entry.explanation.hint
    }

    public var description: String {
        "[\(code)] \(message)" + (hint.map { " — \($0)" } ?? "")
    }
}
