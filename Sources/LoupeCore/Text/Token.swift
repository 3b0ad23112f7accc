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

/// A half-open range of offsets or indices in 32 bits, as tokens and sentences store theirs:
/// documents are limited to 2,000 MB, and half the size of `Int`s matters where there are
/// millions (a text of one-character tokens, of one-word lines).
struct Packed32: Hashable, Sendable {
    private var lower: UInt32
    private var upper: UInt32

    init(_ range: Range<Int>) {
        lower = UInt32(range.lowerBound)
        upper = UInt32(range.upperBound)
    }

    init(_ span: Span) { self.init(span.start..<span.end) }

    var range: Range<Int> { Int(lower)..<Int(upper) }
    var span: Span { Span(Int(lower), Int(upper)) }
}

/// One token: a span of the text and its kind. Light enough to keep millions of: 12 bytes
/// (the span in 32 bits, the three flags in one byte), so a text of one-character tokens costs
/// 12 times its size in tokens, not 24.
public struct Token: Hashable, Sendable {
    private var packedSpan: Packed32
    public var kind: TokenKind
    private var flags: UInt8

    private static let space: UInt8 = 1, line: UInt8 = 2, paragraph: UInt8 = 4

    public init(
        span: Span, kind: TokenKind, spaceBefore: Bool = false, lineBefore: Bool = false, paragraphBefore: Bool = false
    ) {
        packedSpan = Packed32(span)
        self.kind = kind
        flags = (spaceBefore ? Self.space : 0) | (lineBefore ? Self.line : 0) | (paragraphBefore ? Self.paragraph : 0)
    }

    public var span: Span {
        get { packedSpan.span }
        set { packedSpan = Packed32(newValue) }
    }

    /// Whitespace (any) stands right before this token.
    public var spaceBefore: Bool {
        get { flags & Self.space != 0 }
        set { flags = newValue ? flags | Self.space : flags & ~Self.space }
    }

    /// A line break stands before this token; `paragraphBefore` when it is a blank line.
    public var lineBefore: Bool {
        get { flags & Self.line != 0 }
        set { flags = newValue ? flags | Self.line : flags & ~Self.line }
    }

    public var paragraphBefore: Bool {
        get { flags & Self.paragraph != 0 }
        set { flags = newValue ? flags | Self.paragraph : flags & ~Self.paragraph }
    }
}

/// A sentence: its span and the range of its tokens in `Document.tokens`, both in 32 bits as in
/// `Token`: a text of one-word lines has as many sentences as words.
public struct Sentence: Hashable, Sendable {
    private var packedSpan: Packed32
    private var packedTokens: Packed32
    /// Set only where the sentence's language differs from the document's.
    public var language: Language?

    public init(span: Span, tokens: Range<Int>, language: Language? = nil) {
        packedSpan = Packed32(span)
        packedTokens = Packed32(tokens)
        self.language = language
    }

    public var span: Span {
        get { packedSpan.span }
        set { packedSpan = Packed32(newValue) }
    }

    public var tokens: Range<Int> {
        get { packedTokens.range }
        set { packedTokens = Packed32(newValue) }
    }
}
