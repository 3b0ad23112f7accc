/// What a token is, as far as the tokenizer can tell from its characters.
public enum TokenKind: UInt8, Sendable, Codable, CaseIterable {
    case word
    case number
    /// A number with its period, as in German `19.` (am 19. Juni).
    case ordinal
    /// A word with its period that does not end a sentence: `Dr.`, `z.`, `U.S.`.
    case abbreviation
    case punctuation
    case openQuote
    case closeQuote
    /// A quotation mark whose direction the text does not show (`"` between two words).
    case quote
    case openBracket
    case closeBracket
    case url
    case email
    case emoji
    case symbol

    public var name: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .ordinal: "ordinal"
        case .abbreviation: "abbreviation"
        case .punctuation: "punct"
        case .openQuote: "open-quote"
        case .closeQuote: "close-quote"
        case .quote: "quote"
        case .openBracket: "open-bracket"
        case .closeBracket: "close-bracket"
        case .url: "url"
        case .email: "email"
        case .emoji: "emoji"
        case .symbol: "symbol"
        }
    }

    public var isQuote: Bool { self == .openQuote || self == .closeQuote || self == .quote }
}

/// One token: a span of the text and its kind. Light enough to keep millions of.
public struct Token: Hashable, Sendable {
    public var span: Span
    public var kind: TokenKind
    /// Whitespace (any) stands right before this token.
    public var spaceBefore: Bool
    /// A line break stands before this token; `paragraphBefore` when it is a blank line.
    public var lineBefore: Bool
    public var paragraphBefore: Bool

    public init(span: Span, kind: TokenKind, spaceBefore: Bool = false, lineBefore: Bool = false, paragraphBefore: Bool = false) {
        self.span = span
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.lineBefore = lineBefore
        self.paragraphBefore = paragraphBefore
    }
}

/// A sentence: its span and the range of its tokens in `Document.tokens`.
public struct Sentence: Hashable, Sendable {
    public var span: Span
    public var tokens: Range<Int>
    /// Set only where the sentence's language differs from the document's.
    public var language: Language?

    public init(span: Span, tokens: Range<Int>, language: Language? = nil) {
        self.span = span
        self.tokens = tokens
        self.language = language
    }
}
