/// One module's errors: a case each, its raw value the error's code (`E301`), with what the
/// error means and what to do about it in one line each.
///
/// A module declares its catalogue in its `…Errors.swift`, together with the `LoupeError`
/// constructors that word the messages; a `LoupeError` can only be made from a catalogue's case,
/// so an error and its entry cannot drift apart. `loupe errors` lists the entries of all
/// catalogues, and docs/errors.md is that list (a test compares them and checks that no code is
/// used twice).
public protocol ErrorCatalogue: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The catalogue's heading in `loupe errors` and docs/errors.md.
    static var title: String { get }
    /// What the error means and what to do, each in one line, for any instance of it (the
    /// constructors' messages and hints name the file, option or analyzer at hand).
    var explanation: (summary: String, hint: String) { get }
}

extension ErrorCatalogue {
    /// The catalogue's entries in declaration order.
    public static var entries: [LoupeError.Entry] {
        allCases.map { LoupeError.Entry(code: $0.rawValue, summary: $0.explanation.summary, hint: $0.explanation.hint) }
    }
}

extension LoupeError {
    /// One entry of an error catalogue as it is listed: the code, what it means, what to do.
    public struct Entry: Equatable, Sendable {
        public let code: String
        public let summary: String
        public let hint: String
    }
}
