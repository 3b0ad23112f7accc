import LoupeCore

/// A stretch of text between quotation marks, before it is classified.
struct QuoteCandidate: Sendable {
    /// Token index of the opening mark; nil when the text has none (a closing mark without an
    /// opening one, as in wire copy, or a quote cut at the start of an excerpt).
    var open: Int?
    /// Token index of the closing mark; nil when the quote runs to the end of its paragraph.
    var close: Int?
    /// First and last token of the quote, marks included.
    var first: Int
    var last: Int
    /// 0 for a top-level quote, 1 for a quote inside another.
    var depth: Int
    /// The opening or closing mark is two apostrophes (`''…''`): `open` is the first of the
    /// opening pair and `close` the second of the closing pair, so that the tokens around the
    /// quote are at `open - 1` and `close + 1` as for any mark.
    var doubledOpen = false
    var doubledClose = false

    /// The tokens between the marks.
    var inner: Range<Int> {
        (open.map { $0 + (doubledOpen ? 2 : 1) } ?? first)..<(close.map { doubledClose ? $0 - 1 : $0 } ?? (last + 1))
    }
}

/// Pairs quotation marks into candidate quotes, tolerating real-world sloppiness: German „…“,
/// „…”, „…" and »…«, English “…” and "…", single marks, quotes continued over paragraphs
/// (each paragraph opens, only the last closes), and unbalanced marks.
///
/// - A closing mark with no opening mark starts its quote right after the previous quote in
///   the paragraph (or at the paragraph's start), so a stray mark never swallows other text.
/// - An opening mark left open at a paragraph's end closes there, unless the next paragraph
///   opens with the same kind of mark (a multi-paragraph quote).
/// - Single marks pair only when they match; an unmatched one is an apostrophe and ignored.
///
/// - Complexity: O(n) in the number of tokens.
enum QuotationPairer {
    enum Mark: Equatable {
        case lowDouble, leftDouble, rightDouble, straightDouble
        case rightChevron, leftChevron, singleRightChevron, singleLeftChevron
        case lowSingle, leftSingle, rightSingle, straightSingle
        /// Two apostrophes typed for a double mark (`''…''`, a plain-text convention of English news archives).
        case doubleApostrophe
        /// Two commas or two grave accents typed for an opening double mark (`,,…''`, ``` ``…'' ```): one
        /// token (the tokenizer's `isTypedOpeningMark`).
        case typedOpening

        init?(scalar: UInt32) {
            switch scalar {
            case 0x201E: self = .lowDouble
            case 0x201C: self = .leftDouble
            case 0x201D: self = .rightDouble
            case 0x22: self = .straightDouble
            case 0xBB: self = .rightChevron
            case 0xAB: self = .leftChevron
            case 0x203A: self = .singleRightChevron
            case 0x2039: self = .singleLeftChevron
            case 0x201A: self = .lowSingle
            case 0x2018: self = .leftSingle
            case 0x2019: self = .rightSingle
            case 0x27: self = .straightSingle
            default: return nil
            }
        }

        var isDouble: Bool {
            switch self {
            case .lowSingle, .leftSingle, .rightSingle, .straightSingle, .singleLeftChevron, .singleRightChevron: false
            default: true
            }
        }

        /// Whether `closer` ends a quote opened with this mark.
        func isClosed(by closer: Mark) -> Bool {
            switch self {
            case .lowDouble: [.leftDouble, .rightDouble, .straightDouble].contains(closer)
            case .leftDouble: [.rightDouble, .straightDouble, .leftDouble].contains(closer)
            case .straightDouble: [.straightDouble, .rightDouble, .leftDouble].contains(closer)
            case .rightChevron: closer == .leftChevron
            case .leftChevron: closer == .rightChevron
            case .singleRightChevron: closer == .singleLeftChevron
            case .singleLeftChevron: closer == .singleRightChevron
            case .lowSingle: [.leftSingle, .rightSingle, .straightSingle].contains(closer)
            case .leftSingle: [.rightSingle, .straightSingle].contains(closer)
            case .straightSingle: [.straightSingle, .rightSingle].contains(closer)
            case .doubleApostrophe: closer == .doubleApostrophe
            case .typedOpening: [.doubleApostrophe, .rightDouble, .leftDouble, .straightDouble].contains(closer)
            case .rightDouble, .rightSingle: false
            }
        }

        /// Whether a later paragraph opening with `other` continues a quote opened with this mark.
        func continues(with other: Mark) -> Bool {
            self == other || (self == .lowDouble && other == .leftDouble)
                || (self == .leftDouble && other == .lowDouble)
        }
    }

    static func mark(of token: Token, in bytes: [UInt8]) -> Mark? {
        let s = token.span.start
        let b0 = UInt32(bytes[s])
        switch token.span.length {
        case 1: return Mark(scalar: b0)
        case 2 where b0 == 0x2C || b0 == 0x60: return .typedOpening  // `,,` or ``` `` ```
        case 2: return Mark(scalar: (b0 & 0x1F) << 6 | UInt32(bytes[s + 1] & 0x3F))
        case 3: return Mark(scalar: (b0 & 0x0F) << 12 | UInt32(bytes[s + 1] & 0x3F) << 6 | UInt32(bytes[s + 2] & 0x3F))
        default: return nil
        }
    }

    private struct Opening {
        var token: Int
        var mark: Mark
        /// Double marks open below this one (so nesting and "any double open" cost O(1), not a scan).
        var doublesBelow = 0
        var doublesUpToHere: Int { doublesBelow + (mark.isDouble ? 1 : 0) }
    }

    /// How many unmatched single marks a closing mark looks past for its opening one: beyond that,
    /// the marks are apostrophes, and scanning them all made a text of many marks quadratic.
    static let singleMarkLookback = 64

    /// Two straight apostrophes side by side at `i` (`''`), typed for a double quotation mark.
    static func isDoubledApostrophe(_ i: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        i + 1 < tokens.count && tokens[i].span.length == 1 && tokens[i + 1].span.length == 1
            && bytes[tokens[i].span.start] == 0x27 && bytes[tokens[i + 1].span.start] == 0x27
            && tokens[i].span.end == tokens[i + 1].span.start && tokens[i + 1].kind.isQuote
    }

    static func candidates(in document: Document) -> [QuoteCandidate] {
        let tokens = document.tokens
        let bytes = document.utf8
        var result: [QuoteCandidate] = []
        var stack: [Opening] = []
        /// First token after the last quote closed in this paragraph (where an unbalanced
        /// closing mark's quote starts).
        var regionStart = 0
        var skip = -1
        var skipPair = -1

        func closeParagraph(before next: Int) {
            // The outermost double mark still open: its quote ends with the paragraph. (Not a mark a space follows:
            // an opening mark hugs its text, so `Beitrag von Waldkauz » Do 16. Mai 2024` has a separator.)
            if stack.last.map(\.doublesUpToHere) ?? 0 > 0, let outer = stack.first(where: { $0.mark.isDouble }),
                next - 1 > outer.token + (outer.mark == .doubleApostrophe ? 1 : 0),
                !tokens[outer.token + (outer.mark == .doubleApostrophe ? 2 : 1)].spaceBefore
            {
                result.append(
                    QuoteCandidate(
                        open: outer.token, close: nil, first: outer.token, last: next - 1, depth: 0,
                        doubledOpen: outer.mark == .doubleApostrophe))
            }
            stack.removeAll()
        }

        for i in tokens.indices {
            let token = tokens[i]
            if token.paragraphBefore, i > 0 {
                if stack.last.map(\.doublesUpToHere) ?? 0 > 0, let outer = stack.first(where: { $0.mark.isDouble }),
                    token.kind.isQuote,
                    let next = mark(of: token, in: bytes), outer.mark.continues(with: next)
                {
                    // a multi-paragraph quote: this paragraph's opening mark continues it
                    stack = [Opening(token: outer.token, mark: outer.mark)]
                    skip = i
                } else if stack.count == 1, let outer = stack.first, outer.mark.isDouble,
                    closesFirst(outer.mark, paragraphFrom: i, tokens: tokens, bytes: bytes)
                {
                    // one typed without the new paragraph's opening mark: its first mark closes it (`sagte: „Erstens
                    // …⏎⏎Zweitens …“`), and the quote runs on
                } else {
                    closeParagraph(before: i)
                }
                regionStart = i
            }
            guard token.kind.isQuote, i != skip, i != skipPair, var m = mark(of: token, in: bytes) else { continue }
            // `''`: one double mark of two tokens; its second token is not read again.
            var end = i
            // English plain text (news archives) types `''` for a double mark; in German text it is
            // wiki italics (`''news.example.org''`), German quotation marks being „“ »« or ".
            // (after a typed opening mark, `,,…''`, in any language)
            if m == .straightSingle,
                document.language == .english || stack.last(where: \.mark.isDouble)?.mark == .typedOpening,
                isDoubledApostrophe(i, tokens: tokens, bytes: bytes)
            {
                m = .doubleApostrophe
                end = i + 1
                skipPair = i + 1
            }

            let glued = i > 0 && tokens[i - 1].span.end == token.span.start && !tokens[i - 1].kind.isQuote
            if isCloser(
                m, kind: token.kind, top: stack.last?.mark, topDouble: stack.last(where: \.mark.isDouble)?.mark,
                glued: glued)
            {
                // The nearest opening it closes, skipping only unmatched single marks above it.
                var depth = stack.count - 1
                while depth >= 0, !stack[depth].mark.isClosed(by: m) {
                    if stack[depth].mark.isDouble || stack.count - depth > Self.singleMarkLookback { depth = -1; break }
                    depth -= 1
                }
                if depth >= 0 {
                    let opening = stack[depth]
                    // Nesting counts the double marks still open around it: a single mark left open
                    // below (an apostrophe or a transliteration, `‘Adi`) encloses nothing.
                    let nesting = opening.doublesBelow
                    stack.removeSubrange(depth...)
                    result.append(
                        QuoteCandidate(
                            open: opening.token, close: end, first: opening.token, last: end, depth: nesting,
                            doubledOpen: opening.mark == .doubleApostrophe, doubledClose: m == .doubleApostrophe))
                    if stack.last.map(\.doublesUpToHere) ?? 0 == 0 { regionStart = end + 1 }
                } else if m.isDouble, stack.last.map(\.doublesUpToHere) ?? 0 == 0, regionStart < i {
                    // A closing mark without an opening one. Right after a closed quote, that
                    // quote's closing mark was the slip and the quote runs on to this one.
                    if let previous = result.last, previous.depth == 0, previous.close == regionStart - 1,
                        !tokens[regionStart].paragraphBefore
                    {
                        result[result.count - 1].close = end
                        result[result.count - 1].last = end
                        result[result.count - 1].doubledClose = m == .doubleApostrophe
                    } else {
                        result.append(
                            QuoteCandidate(
                                open: nil, close: end, first: regionStart, last: end, depth: 0,
                                doubledClose: m == .doubleApostrophe))
                    }
                    regionStart = end + 1
                }
            } else if isOpener(m, kind: token.kind) || (m == .leftChevron || m == .rightChevron) && !glued {
                // A „ or " opening (after a space) where the same mark is open with only single marks above it: that
                // one was left unclosed, as quotes nest with single marks; it is dropped so that the quotes after it
                // pair (`"Ich freue mich, sagte er. Er sprach von "Vertrauen". "Wir …", fügte er hinzu.`).
                if m == .straightDouble || m == .lowDouble, !glued,
                    let k = stack.lastIndex(where: { $0.mark.isDouble }), stack[k].mark == m
                {
                    stack.removeSubrange(k...)
                }
                stack.append(Opening(token: i, mark: m, doublesBelow: stack.last.map(\.doublesUpToHere) ?? 0))
            }
        }
        closeParagraph(before: tokens.count)
        result.sort { ($0.first, $0.depth) < ($1.first, $1.depth) }
        return result
    }

    /// Whether the first quotation mark of the paragraph starting at `start` closes a quote opened with `open`: a
    /// closing mark by its shape or its spacing, before any other.
    private static func closesFirst(_ open: Mark, paragraphFrom start: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        var k = start
        while k < tokens.count, k == start || !tokens[k].paragraphBefore {
            if tokens[k].kind.isQuote {
                guard let m = mark(of: tokens[k], in: bytes), open.isClosed(by: m) else { return false }
                return tokens[k].kind == .closeQuote || m == .rightDouble || m == .leftDouble && open == .lowDouble
            }
            k += 1
        }
        return false
    }

    /// Whether a mark closes here: by its shape, or by the tokenizer's reading of the space around it.
    ///
    /// Chevrons pair by what is open, not by spacing: German `»…«` and Swiss `«…»` alike, and
    /// with the French spaces inside (`« … »`), which the tokenizer cannot read as opening or
    /// closing. A chevron closes the chevron of the other direction left open; else it opens,
    /// unless it is glued to the word before (`…kommen«`: a closing mark without its opening one).
    private static func isCloser(_ m: Mark, kind: TokenKind, top: Mark?, topDouble: Mark?, glued: Bool) -> Bool {
        switch m {
        case .leftChevron, .rightChevron:
            if let topDouble, topDouble.isClosed(by: m) { return true }
            return glued && kind == .closeQuote
        case .lowDouble, .lowSingle, .typedOpening: return false
        case .rightDouble: return true
        case .doubleApostrophe:
            if kind == .closeQuote { return true }
            if kind == .openQuote { return false }
            return top == .doubleApostrophe
        case .leftDouble, .leftSingle:
            // German „…“ closes with “ whatever the spacing; English “ opens.
            if let top, top.isClosed(by: m), top == .lowDouble || top == .lowSingle { return true }
            // A double one with spaces on both sides and no double mark open (`sagte: “ Wir …`) opens.
            if m == .leftDouble, topDouble == nil, !glued { return false }
            return kind != .openQuote
        default:
            if kind == .closeQuote { return true }
            if kind == .openQuote { return false }
            return top.map { $0.isClosed(by: m) } ?? false
        }
    }

    private static func isOpener(_ m: Mark, kind: TokenKind) -> Bool {
        switch m {
        case .lowDouble, .lowSingle, .typedOpening: true
        case .rightDouble, .rightSingle: false
        case .straightSingle: kind == .openQuote
        default: kind != .closeQuote
        }
    }
}
