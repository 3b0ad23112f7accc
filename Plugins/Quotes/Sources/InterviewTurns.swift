import LoupeCore

/// An interview printed as turns: each paragraph opens with who speaks and a colon, then what they
/// said, without quotation marks (`Frage: Wie lange geht das noch gut?` · `Lehmann: Ich bin
/// zuversichtlich …` · `Q: …` · `SPIEGEL: …`). Every turn is verbatim speech, a direct quotation of its
/// speaker.
///
/// A text is read as an interview only when at least three paragraphs open so, with at most three
/// different labels and one of them used twice or more: a single `Berlin: …` or `Update: …` paragraph
/// is no turn. A label is one to three capitalised words (or words in capitals) right before the
/// colon, at the paragraph's start; a paragraph whose text after the colon opens with a quotation
/// mark is left to the quotation rules (`Steinbrück: „…“`). A transcript quoted paragraph by paragraph
/// (`"WALLACE: …` · `"PENCE: …`) is read the same way, and the quotation around its turns gives way to them.
///
/// - Complexity: O(tokens).
enum InterviewTurns {
    struct Turn {
        /// The speaker's label, without the colon.
        var label: Range<Int>
        /// What they said: after the colon to the end of the paragraph.
        var content: Range<Int>
    }

    /// The turn each paragraph that opens with a label holds, in text order (read once for both uses).
    static func labelledParagraphs(in words: WordReader) -> [Turn] {
        let tokens = words.tokens
        var found: [Turn] = []
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, !tokens[end].paragraphBefore { end += 1 }
            if let turn = turn(in: start..<end, words: words) { found.append(turn) }
            start = end
        }
        return found
    }

    /// The labelled paragraphs when they are an interview's turns, else none.
    static func turns(_ labelled: [Turn], words: WordReader) -> [Turn] {
        guard labelled.count >= 3 else { return [] }
        var counts: [String: Int] = [:]
        for turn in labelled { counts[words.text(turn.label), default: 0] += 1 }
        guard counts.count <= 3, counts.values.contains(where: { $0 >= 2 }) else { return [] }
        return labelled
    }

    /// A headline that gives its claim's source before a colon (`Poll: Clinton and Trump in dead heat`,
    /// `Pence: Flowers won't be at debate`, `Merz: Wir müssen sparen`): the text's first paragraph when it is
    /// such a line and the label no word for a kind of article (`Analysis:`, `Kommentar:`, `Live:`). What it
    /// says is in the newsroom's words, an indirect report of the source.
    /// Only when no other paragraph opens so (`Berlin: … · Paris: … · Rom: …` is a list of places).
    static func headline(_ labelled: [Turn], words: WordReader) -> Turn? {
        guard labelled.count == 1, let turn = labelled.first, turn.label.lowerBound == 0,
            !articleKinds.contains(words.lower(turn.label.lowerBound))
        else { return nil }
        return turn
    }

    /// Labels that name a kind of article, not a source.
    static let articleKinds: Set<String> = [
        "update", "video", "analysis", "exclusive", "breaking", "live", "watch", "opinion", "editorial", "review",
        "photos", "podcast", "explainer", "factbox", "timeline", "kommentar", "analyse", "interview", "liveblog",
        "eilmeldung", "meinung", "ticker", "exklusiv", "fotos", "gastbeitrag", "leitartikel", "hintergrund",
    ]

    /// The turn a paragraph holds: a label of one to three capitalised words, a colon, then text.
    private static func turn(in paragraph: Range<Int>, words: WordReader) -> Turn? {
        let tokens = words.tokens
        // (a transcript quoted paragraph by paragraph opens each turn with a mark: `"WALLACE: …`)
        let first = tokens[paragraph.lowerBound].kind.isQuote ? paragraph.lowerBound + 1 : paragraph.lowerBound
        var k = first
        while k < min(paragraph.upperBound, first + 3), tokens[k].kind == .word, words.isCapitalized(k) {
            k += 1
        }
        guard k > first, k + 2 < paragraph.upperBound, words.isPunct(k, ":"), !tokens[k + 1].kind.isQuote
        else { return nil }
        // (and closes the last with one, which is no part of what was said)
        var end = paragraph.upperBound
        if first > paragraph.lowerBound, end - 1 > k + 1, tokens[end - 1].kind.isQuote { end -= 1 }
        return Turn(label: first..<k, content: (k + 1)..<end)
    }
}

extension InterviewTurns {
    /// What a document's labelled paragraphs give: an interview's turns (each a direct quotation of its label's
    /// speaker, named by a person the text names in full, `Lehmann` → `Anna Lehmann`), or else a headline's
    /// source before a colon (an indirect report; not a label the entities layer calls a place, a dateline's
    /// town).
    struct Labelled {
        var turns: [Quote] = []
        var headline: Quote?

        /// The quotations found otherwise with these: a headline replaces what overlaps it (a fragment in marks
        /// inside it), and a quotation holding two turns or more is the transcript they were quoted from.
        func merged(into quotes: [Quote]) -> [Quote] {
            if let headline {
                return (quotes.filter { !$0.span.overlaps(headline.span) } + [headline]).sorted {
                    $0.span.start < $1.span.start
                }
            }
            guard !turns.isEmpty else { return quotes }
            // (turns are in text order and never nest: those inside a quotation are a run found by binary search)
            func turnsInside(_ span: Span) -> Int {
                var lo = 0, hi = turns.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if turns[mid].span.start < span.start { lo = mid + 1 } else { hi = mid }
                }
                var count = 0
                while lo < turns.count, turns[lo].span.end <= span.end, count < 2 {
                    count += 1
                    lo += 1
                }
                return count
            }
            let kept = quotes.filter { turnsInside($0.span) < 2 }
            return (kept + turns).sorted {
                $0.span.start < $1.span.start || $0.span.start == $1.span.start && $0.span.end > $1.span.end
            }
        }
    }

    static func quotes(in document: Document, finder: inout QuoteFinder) -> Labelled {
        let words = finder.words
        let labelled = labelledParagraphs(in: words)
        let turns = turns(labelled, words: words).map { turn in
            let label = words.span(turn.label)
            let text = document.string(for: label)
            let fullest = finder.names.fullest(text, before: label.end)
            let name = finder.names.name(overlapping: label) != nil || fullest != text ? fullest : nil
            return Quote(
                span: words.span(turn.content), kind: .direct, speaker: Quote.Speaker(span: label, name: name),
                cue: nil)
        }
        guard turns.isEmpty else { return Labelled(turns: turns) }
        guard let turn = headline(labelled, words: words), !finder.isPlace(words.text(turn.label)) else {
            return Labelled()
        }
        let label = words.span(turn.label)
        let name = finder.resolve(QuoteFinder.Attribution(mention: turn.label, cue: nil, nameScope: turn.label))
        return Labelled(
            headline: Quote(
                span: words.span(turn.content), kind: .indirect, speaker: Quote.Speaker(span: label, name: name),
                cue: nil))
    }
}
