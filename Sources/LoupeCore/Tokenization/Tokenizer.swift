/// Splits German and English text into tokens, working on UTF-8 bytes.
///
/// Kept together: words with inner hyphens, apostrophes and periods (`Kim Jong-un`,
/// `NATO-Generalsekretär`, `O'Neill`, `U.S.`), numbers with separators (`20.06.2024`, `1.000,50`,
/// `9:30`), German ordinals with their period when the next word shows they are ordinals
/// (`am 19. und 20. Juni`) or a determiner before them does (`der 76. Berlinale`), known abbreviations with their period (`Dr.`, `z.`, `bzw.`), URLs,
/// e-mail addresses and emoji sequences. Quotation marks, brackets and other punctuation are
/// tokens of their own; quotation marks carry a direction when the spacing shows it.
///
/// - Complexity: O(n) in the text's bytes.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] { tokenize(Array(text.utf8)) }

    /// Two passes: the first only counts, so that the tokens' array is allocated once at its
    /// size (a growing array holds its old and new storage at once: up to 2.5 times the tokens'
    /// memory, which on a text of one-character tokens is 30 times the text). Counting costs a
    /// few milliseconds per megabyte.
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            var counter = TokenizerState(bytes: buffer, capacity: nil)
            counter.run()
            var state = TokenizerState(bytes: buffer, capacity: counter.count)
            state.run()
            return state.tokens
        }
    }
}

private struct TokenizerState {
    let bytes: UnsafeBufferPointer<UInt8>
    let table = CharacterClassifier.asciiTable
    /// Whether tokens are kept (else only counted).
    let keeps: Bool
    var tokens: [Token] = []
    var count = 0
    var i = 0
    var spaceBefore = false
    var newlines = 0

    /// - Parameter capacity: the number of tokens to keep room for; nil only counts them.
    init(bytes: UnsafeBufferPointer<UInt8>, capacity: Int?) {
        self.bytes = bytes
        keeps = capacity != nil
        if let capacity { tokens.reserveCapacity(capacity) }
    }

    @inline(__always) func info(at j: Int) -> ScalarInfo {
        j < bytes.count
            ? CharacterClassifier.info(bytes, j, table: table) : ScalarInfo(cls: .space, value: 32, length: 1)
    }

    @inline(__always) func cls(at j: Int) -> CharClass { info(at: j).cls }

    /// Class of the scalar that ends right before byte `j` (space at the start of the text).
    func clsBefore(_ j: Int) -> CharClass {
        guard j > 0 else { return .space }
        var k = j - 1
        while k > 0, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return CharacterClassifier.info(bytes, k, table: table).cls
    }

    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        count += 1
        if keeps {
            tokens.append(
                Token(
                    span: Span(start, end), kind: kind, spaceBefore: spaceBefore,
                    lineBefore: newlines > 0, paragraphBefore: newlines > 1))
        }
        spaceBefore = false
        newlines = 0
    }

    mutating func run() {
        var lineHasContent = true
        while i < bytes.count {
            let c = info(at: i)
            if c.cls == .space || (c.cls == .other && (c.value < 0x20 || c.value == 0xFFFD)) {
                // Control characters and undecodable bytes separate tokens like spaces do.
                spaceBefore = true
                i += c.length
                continue
            }
            if c.cls == .newline {
                spaceBefore = true
                // A blank line (only spaces between two line breaks) makes a paragraph break.
                if !lineHasContent || newlines == 0 { newlines += 1 }
                lineHasContent = false
                i += c.value == 13 && i + 1 < bytes.count && bytes[i + 1] == 10 ? 2 : c.length
                continue
            }
            lineHasContent = true
            switch c.cls {
            case .letter, .upper, .digit, .mark:
                if !scanURL() { scanWord() }
            case .openQuote, .closeQuote:
                single(c, quoteKind(c, at: i))
            case .ambiguousQuote where !isLetterApostrophe(c, at: i):
                single(c, quoteKind(c, at: i))
            case .apostrophe where cliticFollows(c, at: i), .ambiguousQuote where cliticFollows(c, at: i):
                // `'s` after a name (`Putin's`) is a token of its own.
                emit(i, i + c.length + 1, .word)
                i += c.length + 1
            case .apostrophe:
                // An apostrophe outside a word acts as a single quotation mark.
                single(c, quoteKind(ScalarInfo(cls: .ambiguousQuote, value: c.value, length: c.length), at: i))
            case .openBracket: single(c, .openBracket)
            case .closeBracket: single(c, .closeBracket)
            case .period, .exclaim, .question, .ellipsis:
                run(of: { $0.isSentenceEnd }, .punctuation)
            case .hyphen, .dash:
                run(of: { $0 == .hyphen || $0 == .dash }, .punctuation)
            case .comma, .colon, .semicolon:
                if c.cls == .comma, doubled(at: i), isTypedOpeningMark(at: i) {
                    typedOpeningMark()
                } else {
                    single(c, .punctuation)
                }
            case .emoji, .emojiJoiner:
                scanEmoji(c)
            case .at, .slash, .symbol:
                if c.cls == .symbol, doubled(at: i), isTypedOpeningMark(at: i) {
                    typedOpeningMark()
                } else if !scanURL() {
                    single(c, .symbol)
                }
            default:
                single(c, .punctuation)
            }
        }
    }

    mutating func typedOpeningMark() {
        emit(i, i + 2, .openQuote)
        i += 2
    }

    /// The byte at `j` repeated right after it (the cheap test before `isTypedOpeningMark`).
    @inline(__always) func doubled(at j: Int) -> Bool { j + 1 < bytes.count && bytes[j + 1] == bytes[j] }

    /// Two commas or two grave accents typed for an opening double mark before a word, a keyboard's
    /// stand-in for `„` in German web text (`,,Wir sind enttäuscht''`) and for `“` in English news archives
    /// (``` ``We are disappointed,'' ```); `''` closes them (`QuotationPairer`).
    func isTypedOpeningMark(at j: Int) -> Bool {
        let b = bytes[j]
        guard b == UInt8(ascii: ",") || b == UInt8(ascii: "`"), j + 2 < bytes.count, bytes[j + 1] == b else {
            return false
        }
        if b == UInt8(ascii: "`") { return bytes[j + 2] != b && !cls(at: j + 2).isSpace }
        // (two commas are a mark only where a word opens after a space or a bracket: `a,,b` is a typo)
        let before = clsBefore(j)
        return cls(at: j + 2).isWordChar && (before.isSpace || before == .openBracket)
    }

    mutating func single(_ c: ScalarInfo, _ kind: TokenKind) {
        emit(i, i + c.length, kind)
        i += c.length
    }

    /// A run of characters of one family as one token (`...`, `?!`, `--`).
    mutating func run(of member: (CharClass) -> Bool, _ kind: TokenKind) {
        var j = i + info(at: i).length
        while j < bytes.count, member(cls(at: j)) { j += info(at: j).length }
        emit(i, j, kind)
        i = j
    }

    /// An emoji with its modifiers, variation selectors and zero-width-joined parts, or a flag.
    mutating func scanEmoji(_ first: ScalarInfo) {
        var j = i + first.length
        var previous = first
        while j < bytes.count {
            let n = info(at: j)
            let regionalPair =
                previous.value >= 0x1F1E6 && previous.value <= 0x1F1FF
                && n.value >= 0x1F1E6 && n.value <= 0x1F1FF && (j - i) == 4
            guard n.cls == .emojiJoiner || previous.value == 0x200D || regionalPair else { break }
            previous = n
            j += n.length
        }
        emit(i, j, .emoji)
        i = j
    }

    /// A left single quotation mark between two letters typed for an apostrophe (`Geht‘s`, as German keyboards'
    /// autocorrection sets it): part of the word, not a closing mark.
    func isLetterApostrophe(_ c: ScalarInfo, at j: Int) -> Bool {
        c.value == 0x2018 && clsBefore(j).isLetterLike && cls(at: j + c.length).isLetterLike
    }

    /// An apostrophe after a letter that opens a clitic `s` (`Putin's`, `Geht‘s`).
    func cliticFollows(_ c: ScalarInfo, at j: Int) -> Bool {
        clsBefore(j).isLetterLike && isClitic(at: j + c.length)
    }

    func isClitic(at j: Int) -> Bool {
        j < bytes.count && bytes[j] | 0x20 == UInt8(ascii: "s") && !cls(at: j + 1).isWordChar
    }

    // MARK: - Quotation marks

    func quoteKind(_ c: ScalarInfo, at start: Int) -> TokenKind {
        if c.cls == .openQuote { return .openQuote }
        if c.cls == .closeQuote { return .closeQuote }
        let next = cls(at: start + c.length)
        let previous = clsBefore(start)
        let nextIsBoundary =
            next.isSpace || next == .comma || next == .period || next == .semicolon
            || next == .colon || next == .closeBracket || next == .exclaim || next == .question
        let previousIsBoundary =
            previous.isSpace || previous == .openBracket || previous == .openQuote
            || previous == .ambiguousQuote || previous == .dash || previous == .hyphen || previous == .colon
        if nextIsBoundary && !previousIsBoundary { return .closeQuote }
        if previousIsBoundary && !nextIsBoundary { return .openQuote }
        if !previousIsBoundary && (previous.isWordChar || previous.isSentenceEnd || previous == .comma) {
            return .closeQuote
        }
        switch c.value {
        case 0xBB, 0x203A: return .openQuote  // » › open in German typesetting
        case 0xAB, 0x2039: return .closeQuote
        default: return .quote
        }
    }

    // MARK: - URLs and e-mail addresses

    func hasPrefix(_ prefix: StaticString, at j: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard j + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where bytes[j + k] | 0x20 != p[k] | 0x20 { return false }
        return true
    }

    /// A URL starting at `i` (http://, https://, www.): consumes it and returns true.
    mutating func scanURL() -> Bool {
        guard bytes[i] | 0x20 == UInt8(ascii: "h") || bytes[i] | 0x20 == UInt8(ascii: "w") else { return false }
        guard hasPrefix("https://", at: i) || hasPrefix("http://", at: i) || hasPrefix("www.", at: i) else {
            return false
        }
        if i > 0, clsBefore(i).isWordChar { return false }
        var j = i
        var parens = 0
        while j < bytes.count {
            let c = info(at: j)
            if c.cls.isSpace || c.cls == .openQuote || c.cls == .closeQuote || c.cls == .ambiguousQuote
                || c.cls == .other
                || c.value == UInt32(UInt8(ascii: "<")) || c.value == UInt32(UInt8(ascii: ">")) || c.value == 34
            {
                break
            }
            if c.value == UInt32(UInt8(ascii: "(")) { parens += 1 }
            if c.value == UInt32(UInt8(ascii: ")")) {
                if parens == 0 { break }
                parens -= 1
            }
            j += c.length
        }
        // Trailing punctuation belongs to the sentence, not the URL.
        while j > i, let last = Optional(bytes[j - 1]), ".,;:!?'".utf8.contains(last) { j -= 1 }
        emit(i, j, .url)
        i = j
        return true
    }

    // MARK: - Words and numbers

    mutating func scanWord() {
        let start = i
        let startsWithDigit = cls(at: i) == .digit
        var j = i
        var hasLetter = false
        var hasDigit = false
        var innerPeriods = 0
        var longestSegment = 0
        var segment = 0
        while j < bytes.count {
            let c = info(at: j)
            if c.cls.isWordChar {
                // Digits followed by letters: `3pm` splits, `1990er`, `19th` stay one token.
                if startsWithDigit, c.cls != .digit, j > start, isDigit(bytes[j - 1]), !lettersAfterDigitsJoin(from: j)
                {
                    break
                }
                // A month against its day: `Feb13`, `Sept12th` split; `G7`, `FY2025`, `Mai2024` stay.
                if !startsWithDigit, !hasDigit, c.cls == .digit, dayFollowsMonth(start, j) { break }
                if c.cls == .digit { hasDigit = true } else { hasLetter = true }
                segment += 1
                longestSegment = max(longestSegment, segment)
                j += c.length
                continue
            }
            // `AT&T`, `H&M`, `R&D`, `S&P`: short runs of capitals joined by an ampersand are one name
            if bytes[j] == UInt8(ascii: "&"), ampersandJoins(start, j) {
                segment = 0
                j += 1
                continue
            }
            let next = info(at: j + c.length)
            switch c.cls {
            case .hyphen:
                // Inner hyphen: `Jong-un`, `15-jährige`, `COVID-19`; between digits only in ISO dates.
                if next.cls.isWordChar {
                    if startsWithDigit && next.cls == .digit && !isISODate(start) { break }
                    // A unit written against its number starts a range: `9am-5pm`, `5km-10km`.
                    if next.cls == .digit, start > 0, isDigit(bytes[start - 1]) { break }
                    segment = 0
                    j += c.length
                    continue
                }
                // Truncated compound before a conjunction: `Ein- und Ausfuhr`.
                if hasLetter, next.cls == .space || next.cls == .comma, truncationFollows(j + c.length) {
                    j += c.length
                }
            case .apostrophe, .ambiguousQuote:
                // `O'Neill`, `don't` stay together; `Putin's` gives `Putin` + `'s` (a quotation mark only when
                // typed for an apostrophe, `Geht‘s`).
                if c.cls == .apostrophe || isLetterApostrophe(c, at: j), next.cls.isLetterLike, hasLetter {
                    if isClitic(at: j + c.length) { break }
                    segment = 0
                    j += c.length
                    continue
                }
            case .period:
                // Inner period: `U.S`, `z.B`, `bild.de`, `20.06.2024`.
                if next.cls.isWordChar && (next.cls == .digit) == (clsBefore(j) == .digit) {
                    innerPeriods += 1
                    segment = 0
                    j += c.length
                    continue
                }
            case .comma, .colon, .slash:
                // Number separators: `1.000,50`, `9:30`, `24/7`.
                if hasDigit && !hasLetter && next.cls == .digit && clsBefore(j) == .digit {
                    j += c.length
                    continue
                }
            case .at:
                if next.cls.isWordChar, scanEmail(from: start) { return }
            default:
                break
            }
            break
        }
        var kind: TokenKind = hasLetter ? .word : .number
        // A period right after the word: abbreviation, ordinal, or the end of a sentence.
        if j < bytes.count, bytes[j] == UInt8(ascii: "."), !(j + 1 < bytes.count && bytes[j + 1] == UInt8(ascii: ".")) {
            if hasLetter {
                if innerPeriods > 0 && longestSegment <= 3 && !hasDigit {
                    kind = .abbreviation
                    j += 1
                } else if innerPeriods == 0, isAbbreviation(start, j) {
                    kind = .abbreviation
                    j += 1
                }
            } else if j - start <= 10,
                ordinalFollows(
                    j + 1, digits: j - start,
                    afterDeterminer: innerPeriods == 0
                        && Abbreviations.ordinalDeterminers.contains(wordBefore(start)))
            {
                kind = innerPeriods == 0 ? .ordinal : .number
                j += 1
            }
        }
        emit(start, j, kind)
        i = j
    }

    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// The `&` at `j` joins one to three ASCII capitals before it (from `start`) and one to three after it,
    /// which no letter or digit follows.
    func ampersandJoins(_ start: Int, _ j: Int) -> Bool {
        guard j > start, j - start <= 3, bytes[start..<j].allSatisfy(TokenKey.isASCIICapital) else { return false }
        var k = j + 1
        while k < bytes.count, k - j <= 4, TokenKey.isASCIICapital(bytes[k]) { k += 1 }
        guard k > j + 1, k - j <= 4 else { return false }
        return k == bytes.count || !cls(at: k).isWordChar
    }

    func lettersAfterDigitsJoin(from j: Int) -> Bool {
        var k = j
        while k < bytes.count, cls(at: k).isLetterLike { k += info(at: k).length }
        let suffix = String(decoding: bytes[j..<k], as: UTF8.self).lowercased()
        return ["st", "nd", "rd", "th", "er", "ern", "ers", "s", "d"].contains(suffix) && !cls(at: k).isWordChar
    }

    /// Whether the letters from `start` to `j` are a month's name or abbreviation and one or two
    /// digits follow, with an ordinal's ending at most, to the word's end.
    func dayFollowsMonth(_ start: Int, _ j: Int) -> Bool {
        var k = j
        while k < bytes.count, k - j < 3, isDigit(bytes[k]) { k += 1 }
        guard k - j <= 2, k == bytes.count || !cls(at: k).isWordChar || lettersAfterDigitsJoin(from: k) else {
            return false
        }
        let letters = word(start, j)
        return Abbreviations.months.contains(letters.prefix(1).uppercased() + letters.dropFirst().lowercased())
    }

    func isISODate(_ start: Int) -> Bool {
        guard start + 10 <= bytes.count else { return false }
        for k in 0..<10 {
            let b = bytes[start + k]
            if k == 4 || k == 7 { if b != UInt8(ascii: "-") { return false } } else if b < 48 || b > 57 { return false }
        }
        return true
    }

    func truncationFollows(_ j: Int) -> Bool {
        var k = j
        while k < bytes.count, cls(at: k) == .space || cls(at: k) == .comma { k += info(at: k).length }
        return hasPrefix("und ", at: k) || hasPrefix("oder ", at: k) || hasPrefix("bis ", at: k)
            || hasPrefix("sowie ", at: k) || hasPrefix("bzw. ", at: k)
    }

    func word(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

    /// Whether spaces and then a digit follow position `j`.
    func numberFollows(_ j: Int) -> Bool {
        let k = afterSpaces(j)
        return k > j && k < bytes.count && cls(at: k) == .digit
    }

    /// The position after the spaces at `j`.
    func afterSpaces(_ j: Int) -> Int {
        var k = j
        while k < bytes.count, cls(at: k) == .space { k += info(at: k).length }
        return k
    }

    func isAbbreviation(_ start: Int, _ end: Int) -> Bool {
        let w = word(start, end)
        if w.unicodeScalars.count == 1 { return true }  // initials and `z. B.` parts
        // A month's abbreviation typed in lower case keeps its period before a day number (`feb. 18`, `sept. 3`).
        if Abbreviations.lowerCaseMonths.contains(w), numberFollows(end + 1) { return true }
        if Abbreviations.alsoWords.contains(w) {
            let k = afterSpaces(end + 1)
            return k < bytes.count && (cls(at: k) == .digit || cls(at: k) == .letter)
        }
        let inner = Abbreviations.inner.contains(w) || Abbreviations.final.contains(w)
        guard inner else { return false }
        if Abbreviations.final.contains(w) {
            // `usw.` before a capitalised word ends the sentence: leave the period alone.
            var k = end + 1
            while k < bytes.count, cls(at: k) == .space { k += 1 }
            if k < bytes.count, cls(at: k) == .upper || cls(at: k) == .newline { return false }
        }
        return true
    }

    /// The word that ends right before `start` with spaces between, in lower case (empty if none, or if something
    /// else is between).
    func wordBefore(_ start: Int) -> String {
        var e = start
        while e > 0, bytes[e - 1] == UInt8(ascii: " ") { e -= 1 }
        guard e < start else { return "" }
        var b = e
        while b > 0, clsBefore(b).isLetterLike { b -= 1; while b > 0, bytes[b] & 0xC0 == 0x80 { b -= 1 } }
        guard b < e, e - b <= 8 else { return "" }
        return word(b, e).lowercased()
    }

    /// After `19.`: is the period an ordinal's? Yes before a lower-case word, a digit, a month
    /// name or a noun that ordinals go with, and after a determiner (`afterDeterminer`, worked out only when asked:
    /// `der 76. Berlinale`) before any capitalised word that may be a noun; no before other capitalised words or the
    /// end. (A noun counts only numbers of up to three digits: `2014. Teil des Plans …` ends a sentence on a year.)
    func ordinalFollows(_ j: Int, digits: Int, afterDeterminer: @autoclosure () -> Bool) -> Bool {
        guard j < bytes.count else { return false }
        var k = j
        var sawSpace = false
        while k < bytes.count, cls(at: k) == .space { k += info(at: k).length; sawSpace = true }
        guard sawSpace, k < bytes.count else { return false }
        let c = info(at: k)
        if c.cls == .letter || c.cls == .digit { return true }
        guard c.cls == .upper else { return false }
        var e = k
        while e < bytes.count, cls(at: e).isLetterLike { e += info(at: e).length }
        let next = word(k, e)
        if Abbreviations.months.contains(next) || digits <= 3 && Abbreviations.ordinalNouns.contains(next) {
            return true
        }
        return digits <= 3 && !Abbreviations.opensGermanSentence(next) && afterDeterminer()
    }

    /// An e-mail address starting at `start`: consumes it and returns true.
    mutating func scanEmail(from start: Int) -> Bool {
        var j = start
        while j < bytes.count, bytes[j] != UInt8(ascii: "@") {
            let b = bytes[j]
            guard b < 0x80, CharacterClassifier.ascii[Int(b)].isWordChar || "._%+-".utf8.contains(b) else {
                return false
            }
            j += 1
        }
        j += 1
        var dots = 0
        let domainStart = j
        while j < bytes.count {
            let b = bytes[j]
            if b < 0x80, CharacterClassifier.ascii[Int(b)].isWordChar || b == UInt8(ascii: "-") { j += 1; continue }
            if b == UInt8(ascii: "."), j + 1 < bytes.count, bytes[j + 1] < 0x80,
                CharacterClassifier.ascii[Int(bytes[j + 1])].isWordChar
            {
                dots += 1
                j += 1
                continue
            }
            break
        }
        guard dots > 0, j > domainStart else { return false }
        emit(start, j, .email)
        i = j
        return true
    }
}
