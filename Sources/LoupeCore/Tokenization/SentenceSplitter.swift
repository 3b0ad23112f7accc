/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (abbreviations and ordinals keep their periods, so
/// `z. B.` and `am 19. Juni` never end one), together with the closing quotation marks and
/// brackets that follow, when the next token can start a sentence: a capitalised word, a digit,
/// an opening quotation mark or bracket. It never ends inside a recent open bracket. A blank
/// line always ends a sentence, and so does a line break after a short line without final
/// punctuation (a headline or dateline). A run of more than `maximumTokens` tokens without an end
/// (a list, a table, a machine's output) is cut into pieces of at most that many, at a line
/// break, `;`, `:` or `,` where one is near, so that no analyzer's work per sentence can grow
/// with the document.
public enum SentenceSplitter {
    /// The most tokens a sentence has (the longest sentences of German law run to about 150).
    public static let maximumTokens = 300
    /// Lines shorter than this that end without punctuation are taken as headings.
    static let headingLineLimit = 60
    /// An open bracket older than this many tokens no longer blocks a sentence end.
    static let bracketReach = 60

    public static func split(tokens: [Token], in bytes: [UInt8]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var lastOpenBracket: Int? = nil
        var lineStart = 0

        func close(_ end: Int) {
            while end - start > maximumTokens {
                let cut =
                    softBreak(tokens, in: start + maximumTokens * 2 / 3..<start + maximumTokens, bytes) ?? start
                    + maximumTokens
                sentences.append(
                    Sentence(span: Span(tokens[start].span.start, tokens[cut - 1].span.end), tokens: start..<cut))
                start = cut
            }
            guard end > start else { return }
            sentences.append(
                Sentence(span: Span(tokens[start].span.start, tokens[end - 1].span.end), tokens: start..<end))
            start = end
            lastOpenBracket = nil
        }

        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.lineBefore {
                if token.paragraphBefore || isHeadingBreak(tokens, lineStart: lineStart, next: i, bytes: bytes) {
                    close(i)
                }
                lineStart = i
            }
            switch token.kind {
            case .openBracket: lastOpenBracket = i
            case .closeBracket: lastOpenBracket = nil
            case .abbreviation
            where i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].spaceBefore
                && !tokens[i + 1].lineBefore
                && Abbreviations.endsSentence(token.span, before: tokens[i + 1].span, in: bytes):
                if !(lastOpenBracket.map { i - $0 < bracketReach } ?? false) { close(i + 1) }
            // a capital letter with its period after a lower-case word, before a quotation or a capitalised word, is a
            // name of its own at the end of a sentence, no initial: `schrieb sie auf X. „Dringend.“`, `wrote on X.
            // Democratic leader Hakeem Jeffries said`
            case .abbreviation
            where i > 0 && i + 1 < tokens.count
                && ([.openQuote, .quote].contains(tokens[i + 1].kind)
                    || tokens[i + 1].kind == .word && (65...90).contains(bytes[tokens[i + 1].span.start]))
                && tokens[i + 1].spaceBefore && !tokens[i + 1].lineBefore && tokens[i - 1].kind == .word
                && Abbreviations.isLetterAfterLowercase(token.span, after: tokens[i - 1].span, in: bytes):
                if !(lastOpenBracket.map { i - $0 < bracketReach } ?? false) { close(i + 1) }
            case .punctuation where isSentenceEnd(token, bytes):
                var j = i + 1
                while j < tokens.count, !tokens[j].lineBefore {
                    let t = tokens[j]
                    let closes =
                        t.kind == .closeQuote || t.kind == .closeBracket
                        || (t.kind == .quote && !t.spaceBefore)
                        || (t.kind == .punctuation && !t.spaceBefore && isSentenceEnd(t, bytes))
                    guard closes else { break }
                    if t.kind == .closeBracket { lastOpenBracket = nil }
                    j += 1
                }
                let insideBracket = lastOpenBracket.map { i - $0 < bracketReach } ?? false
                if j == tokens.count
                    || (!insideBracket
                        && (canStartSentence(tokens[j], bytes)
                            || startsLowercaseSentence(tokens, end: i, next: j, bytes)))
                {
                    close(j)
                }
                i = j
                continue
            default: break
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    /// Where to cut an overlong sentence within `window`: before the last token that starts a
    /// line, else after the last `;`, `:` or `,`.
    static func softBreak(_ tokens: [Token], in window: Range<Int>, _ bytes: [UInt8]) -> Int? {
        if let line = window.reversed().first(where: { tokens[$0].lineBefore }), line > window.lowerBound {
            return line
        }
        return window.reversed().first {
            tokens[$0].kind == .punctuation && softBreakBytes.contains(bytes[tokens[$0].span.start])
        }
        .map { $0 + 1 }
    }

    static let softBreakBytes: Set<UInt8> = [UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ",")]

    static func isSentenceEnd(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let first = bytes[token.span.start]
        return first == UInt8(ascii: ".") || first == UInt8(ascii: "!") || first == UInt8(ascii: "?")
            || (first == 0xE2 && token.span.length >= 3 && bytes[token.span.start + 1] == 0x80
                && bytes[token.span.start + 2] == 0xA6)  // …
            || (first == 0xE3 && token.span.length == 3)  // 。
    }

    static func canStartSentence(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.spaceBefore || token.lineBefore else { return false }
        switch token.kind {
        case .openQuote, .quote, .openBracket, .number, .ordinal, .emoji, .url: return true
        case .punctuation:
            // A dash opening a line of dialogue or a list item.
            return token.lineBefore
        case .word, .abbreviation:
            return startsUppercase(token, bytes)
        default: return false
        }
    }

    /// Web text starts sentences in lower case (`the best i've had. went there last friday`): a word
    /// after a single `.`, or after `!` or `?` marks, that follows a word of two letters or more starts one (not after
    /// `...`, which trails off inside a sentence, nor after an abbreviation, which the tokenizer keeps
    /// whole with its period, nor after a single letter, an initial).
    static func startsLowercaseSentence(_ tokens: [Token], end: Int, next: Int, _ bytes: [UInt8]) -> Bool {
        let mark = tokens[end], word = tokens[next]
        let first = bytes[mark.span.start]
        let strong = first == UInt8(ascii: "!") || first == UInt8(ascii: "?")
        // (`“Really?” she asked`: after a closing mark the word goes on the sentence)
        guard end > 0, next == end + 1, mark.span.length == 1 || strong, !mark.spaceBefore, word.kind == .word,
            word.spaceBefore || word.lineBefore, !startsUppercase(word, bytes)
        else { return false }
        let before = tokens[end - 1]
        return before.kind == .word && before.span.length >= 2
    }

    static func startsUppercase(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let b = bytes[token.span.start]
        if b < 0x80 { return b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        return bytes.withUnsafeBufferPointer { CharacterClassifier.info($0, token.span.start).cls == .upper }
    }

    static func isHeadingBreak(_ tokens: [Token], lineStart: Int, next: Int, bytes: [UInt8]) -> Bool {
        guard next > lineStart else { return false }
        let last = tokens[next - 1]
        guard last.span.end - tokens[lineStart].span.start < headingLineLimit else { return false }
        switch last.kind {
        case .word, .number, .closeQuote, .closeBracket, .emoji, .url, .abbreviation, .ordinal: break
        default: return false
        }
        return canStartSentence(tokens[next], bytes)
    }
}
