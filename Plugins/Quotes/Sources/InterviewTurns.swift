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
/// A debate's record (a parliament's minutes, Hansard) names its speakers with their party or seat in brackets
/// (`Florian Hahn (CDU/CSU): …`, `Sir Keir Starmer (Holborn and St Pancras) (Lab): …`, `The Prime Minister (Rishi
/// Sunak): …`): two such labels among three labelled paragraphs make a text a record, whatever the number of
/// speakers. There a paragraph without a label continues the turn before it (a speech runs over paragraphs),
/// except a stage direction in brackets (`(Beifall bei der SPD)`), and an interjection in brackets with its source
/// before a colon is a turn of its own (`(Zuruf von der SPD: Das stimmt doch nicht!)` → `SPD`).
///
/// - Complexity: O(tokens).
enum InterviewTurns {
    struct Turn {
        /// The speaker's label, without the colon (and without the brackets after it).
        var label: Range<Int>
        /// What they said: after the colon to the end of the paragraph.
        var content: Range<Int>
        /// The first bracket after the label, inside its brackets: a debate's party or seat (`CDU/CSU`), or the
        /// person holding the office the label names (`The Prime Minister (Rishi Sunak)`).
        var affiliation: Range<Int>? = nil
        /// An interjection in brackets (`(Zuruf von der SPD: …)`): a turn only in a record.
        var interjection = false
    }

    /// The paragraphs of a text: the turn each one that opens with a label holds, in text order (read once for
    /// every use), and the others.
    struct Paragraphs {
        var labelled: [Turn] = []
        var plain: [Range<Int>] = []
    }

    static func paragraphs(in words: WordReader) -> Paragraphs {
        let tokens = words.tokens
        var found = Paragraphs()
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, !tokens[end].paragraphBefore { end += 1 }
            if let turn = turn(in: start..<end, words: words) {
                found.labelled.append(turn)
            } else {
                found.plain.append(start..<end)
            }
            start = end
        }
        return found
    }

    /// The labelled paragraphs when they are an interview's or a record's turns, else none; `record` for a
    /// debate's record (speakers with their party or seat in brackets).
    static func turns(_ labelled: [Turn], words: WordReader) -> (turns: [Turn], record: Bool) {
        let speakers = labelled.filter { !$0.interjection }
        guard speakers.count >= 3 else { return ([], false) }
        if speakers.count(where: { $0.affiliation != nil }) >= 2 { return (labelled, true) }
        var counts: [String: Int] = [:]
        for turn in speakers { counts[words.text(turn.label), default: 0] += 1 }
        guard counts.count <= 3, counts.values.contains(where: { $0 >= 2 }) else { return ([], false) }
        return (speakers, false)
    }

    /// A headline that gives its claim's source before a colon (`Poll: Clinton and Trump in dead heat`,
    /// `Pence: Flowers won't be at debate`, `Merz: Wir müssen sparen`): the text's first paragraph when it is
    /// such a line and the label no word for a kind of article (`Analysis:`, `Kommentar:`, `Live:`). What it
    /// says is in the newsroom's words, an indirect report of the source.
    /// Only when no other paragraph opens so (`Berlin: … · Paris: … · Rom: …` is a list of places).
    static func headline(_ labelled: [Turn], words: WordReader) -> Turn? {
        let speakers = labelled.filter { !$0.interjection }
        guard speakers.count == 1, let turn = speakers.first, turn.label.lowerBound == 0,
            !articleKinds.contains(words.lower(turn.label.lowerBound))
        else { return nil }
        return turn
    }

    /// Labels that name where a claim comes from though no name or role: `Umfrage: …`, `Poll: …`.
    static let sourceNouns: Set<String> = [
        "umfrage", "umfragen", "studie", "bericht", "prognose", "experten", "forscher", "ökonomen", "analysten",
        "wissenschaftler", "ärzte", "polizei", "kritiker", "insider", "kreise", "medien", "poll", "polls", "survey",
        "study", "report", "forecast", "experts", "researchers", "economists", "analysts", "scientists", "doctors",
        "police", "officials", "critics", "sources", "insiders",
    ]

    /// Labels that name a kind of article or message, not a source (`Re:` and `AW:` open a reply in a forum or a
    /// mail, `Fwd:` and `WG:` a forwarded one).
    static let articleKinds: Set<String> = [
        "update", "video", "analysis", "exclusive", "breaking", "live", "watch", "opinion", "editorial", "review",
        "photos", "podcast", "explainer", "factbox", "timeline", "kommentar", "analyse", "interview", "liveblog",
        "eilmeldung", "meinung", "ticker", "exklusiv", "fotos", "gastbeitrag", "leitartikel", "hintergrund",
        "re", "aw", "fwd", "fw", "wg",
    ]

    /// The turn a paragraph holds: a label of one to three capitalised words (up to five with name particles,
    /// `Ursula von der Leyen`, before one or two brackets), a colon, then text.
    private static func turn(in paragraph: Range<Int>, words: WordReader) -> Turn? {
        let tokens = words.tokens
        if isBracketed(paragraph, words: words) { return interjection(in: paragraph, words: words) }
        // (a transcript quoted paragraph by paragraph opens each turn with a mark: `"WALLACE: …`)
        var first = tokens[paragraph.lowerBound].kind.isQuote ? paragraph.lowerBound + 1 : paragraph.lowerBound
        // (a question's number on the order paper: `1. Sarah Dyke (Glastonbury and Somerton) (LD): …`)
        var number = first
        if number < paragraph.upperBound, tokens[number].kind == .ordinal || tokens[number].kind == .number {
            number += 1
            if number < paragraph.upperBound, words.isPunct(number, ".") { number += 1 }
        }
        let numbered = number > first && number < paragraph.upperBound && words.isCapitalized(number)
        if numbered { first = number }
        var k = first
        // (an office's title runs on over `of`, `for`, `and`: `The Secretary of State for Education (Bridget
        // Phillipson)`)
        while k < min(paragraph.upperBound, first + 14),
            (tokens[k].kind == .word || tokens[k].kind == .abbreviation) && words.isCapitalized(k)
                || k > first && isNameParticle(k, words)
                || k > first && k + 1 < paragraph.upperBound && titleLinks.contains(words.lower(k))
                    && words.isCapitalized(k + 1)
        {
            k += 1
        }
        // (the party or seat in brackets: `Florian Hahn (CDU/CSU)`, `Stephen Flynn (Aberdeen South) (SNP)`)
        let labelEnd = k
        var affiliation: Range<Int>?
        for _ in 0..<2 where k > first {
            guard let close = closingBracket(of: k, before: paragraph.upperBound, words: words) else { break }
            if affiliation == nil { affiliation = (k + 1)..<close }
            k = close + 1
        }
        guard labelEnd > first, labelEnd - first <= 3 && !numbered || affiliation != nil, k + 2 < paragraph.upperBound,
            words.isPunct(k, ":"), !tokens[k + 1].kind.isQuote
        else { return nil }
        // (and closes the last with one, which is no part of what was said)
        var end = paragraph.upperBound
        if first > paragraph.lowerBound, end - 1 > k + 1, tokens[end - 1].kind.isQuote { end -= 1 }
        return Turn(label: first..<labelEnd, content: (k + 1)..<end, affiliation: affiliation)
    }

    /// Small words inside an office's title.
    static let titleLinks: Set<String> = ["of", "for", "and", "the", "für", "des", "der"]

    /// `(Zuruf von der SPD: …)`, `(Stephan Brandt [AfD]: …)`, `(Interjection from Mr Jones: …)`: the source is the
    /// name after `von`/`vom`/`des`/`from`/`by` (and an article), else the label before its brackets.
    private static func interjection(in paragraph: Range<Int>, words: WordReader) -> Turn? {
        let inner = (paragraph.lowerBound + 1)..<(paragraph.upperBound - 1)
        guard let colon = inner.prefix(10).first(where: { words.isPunct($0, ":") }), colon > inner.lowerBound,
            colon + 1 < inner.upperBound,
            !(inner.lowerBound..<colon).contains(where: { words.endsSentence($0) })
        else { return nil }
        var start = inner.lowerBound
        if let source = (start..<colon).last(where: { Self.sourcePrepositions.contains(words.lower($0)) }) {
            start = source + 1
            while start < colon, Self.sourceArticles.contains(words.lower(start)) { start += 1 }
        }
        var end = start
        while end < colon, words.tokens[end].kind != .openBracket { end += 1 }
        guard end > start, (start..<end).contains(where: { words.isCapitalized($0) }) else { return nil }
        return Turn(label: start..<end, content: (colon + 1)..<inner.upperBound, interjection: true)
    }

    /// A paragraph in brackets: a stage direction (`(Beifall bei der SPD)`) or an interjection.
    static func isBracketed(_ paragraph: Range<Int>, words: WordReader) -> Bool {
        paragraph.count >= 3
            && closingBracket(
                of: paragraph.lowerBound, before: paragraph.upperBound, within: paragraph.count, words: words)
                == paragraph.upperBound - 1
    }

    /// The `)` or `]` closing the bracket at `open` (the same kind, not right after it), before `limit` and within
    /// `within` tokens.
    private static func closingBracket(of open: Int, before limit: Int, within: Int = 12, words: WordReader) -> Int? {
        words.closingBracket(of: open, before: min(limit, open + within + 1), matching: true)
    }

    /// `von`, `der`, `van`, `de` … inside a name, before a capitalised word.
    private static func isNameParticle(_ k: Int, _ words: WordReader) -> Bool {
        k + 1 < words.tokens.count && words.tokens[k].kind == .word
            && QuoteFinder.nameParticles.contains(words.lower(k)) && words.isCapitalized(k + 1)
    }
    static let sourcePrepositions: Set<String> = ["von", "vom", "des", "der", "from", "by"]
    static let sourceArticles: Set<String> = ["der", "dem", "den", "die", "the", "abg", "abg.", "abgeordneten"]
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
        /// (`document`: to read the speakers' mentions; a first-person speaker inside a turn is the turn's
        /// speaker: `Wir fordern, dass …` in `Florian Hahn (CDU/CSU): …` is Hahn's side)
        func merged(into quotes: [Quote], document: Document) -> [Quote] {
            if let headline {
                return (quotes.filter { !$0.span.overlaps(headline.span) } + [headline]).sorted {
                    $0.span.start < $1.span.start
                }
            }
            guard !turns.isEmpty else { return quotes }
            // (those inside a quotation are a run of turns from the first that starts in it)
            func turnsInside(_ span: Span) -> Int {
                var lo = turnsStarting(before: span.start)
                var count = 0
                while lo < turns.count, turns[lo].span.end <= span.end, count < 2 {
                    count += 1
                    lo += 1
                }
                return count
            }
            // (a turn found otherwise too, `Name: sentence`, is one quotation)
            let turnSpans = Set(turns.map(\.span))
            var kept = quotes.filter { turnsInside($0.span) < 2 && !turnSpans.contains($0.span) }
            for index in kept.indices {
                guard let speaker = kept[index].speaker, speaker.name == nil,
                    Self.firstPerson.contains(document.string(for: speaker.span).lowercased()),
                    let turn = turn(holding: kept[index].span), let own = turn.speaker
                else { continue }
                kept[index].speaker?.name = own.name ?? document.string(for: own.span)
            }
            return (kept + turns).sorted {
                $0.span.start < $1.span.start || $0.span.start == $1.span.start && $0.span.end > $1.span.end
            }
        }

        /// How many turns start before byte `position` (binary search: turns are in text order and never nest).
        func turnsStarting(before position: Int) -> Int {
            var lo = 0, hi = turns.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if turns[mid].span.start < position { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        /// The turn whose content holds `span`: the last one starting at or before it.
        func turn(holding span: Span) -> Quote? {
            let before = turnsStarting(before: span.start + 1)
            guard before > 0, turns[before - 1].span.end >= span.end else { return nil }
            return turns[before - 1]
        }

        static let firstPerson: Set<String> = ["ich", "wir", "i", "we"]
    }

    static func quotes(in document: Document, finder: inout QuoteFinder) -> Labelled {
        let words = finder.words
        let paragraphs = paragraphs(in: words)
        let labelled = paragraphs.labelled
        // (an office's holder named once in its brackets is the office's name after: `The Prime Minister (Rishi
        // Sunak)`, then `The Prime Minister:`)
        var holders: [String: String] = [:]
        var turns: [(quote: Quote, interjection: Bool)] = []
        let (found, record) = Self.turns(labelled, words: words)
        for turn in found {
            let label = words.span(turn.label)
            let text = document.string(for: label)
            var name: String?
            if let affiliation = turn.affiliation, finder.names.name(overlapping: label) == nil,
                let holder = finder.names.name(overlapping: words.span(affiliation))
            {
                name = finder.names.fullest(holder.text, before: label.end)
                holders[text] = name
            } else if let holder = holders[text] {
                name = holder
            } else if let entity = finder.names.name(overlapping: label) {
                // (the person, without the office before the name: `Präsidentin Bärbel Bas:`)
                name = finder.names.fullest(entity.text, before: label.end)
            } else {
                let fullest = finder.names.fullest(text, before: label.end)
                name = fullest != text ? fullest : nil
            }
            let quote = Quote(
                span: words.span(turn.content), kind: .direct, speaker: Quote.Speaker(span: label, name: name), cue: nil
            )
            turns.append((quote, turn.interjection))
        }
        guard turns.isEmpty else {
            return Labelled(turns: record ? continued(turns, by: paragraphs.plain, words: words) : turns.map(\.quote))
        }
        guard let turn = headline(labelled, words: words), !finder.isPlace(words.text(turn.label)),
            finder.maySpeak(turn.label)
        else {
            return Labelled()
        }
        let label = words.span(turn.label)
        let name = finder.resolve(QuoteFinder.Attribution(mention: turn.label, cue: nil, nameScope: turn.label))
        return Labelled(
            headline: Quote(
                span: words.span(turn.content), kind: .indirect, speaker: Quote.Speaker(span: label, name: name),
                cue: nil))
    }

    /// The turns with the paragraphs that continue them: every paragraph after a turn that is neither labelled nor
    /// a stage direction in brackets, as a quotation of that turn's speaker (in text order).
    /// (An interjection interrupts a speech, which goes on after it.)
    private static func continued(
        _ turns: [(quote: Quote, interjection: Bool)], by plain: [Range<Int>], words: WordReader
    ) -> [Quote] {
        var result: [Quote] = []
        var next = 0
        var speaker: Quote.Speaker?
        for (index, turn) in turns.enumerated() {
            result.append(turn.quote)
            if !turn.interjection { speaker = turn.quote.speaker }
            let limit = index + 1 < turns.count ? turns[index + 1].quote.span.start : Int.max
            while next < plain.count, words.span(plain[next]).start < turn.quote.span.end { next += 1 }
            while next < plain.count, words.span(plain[next]).start < limit {
                if let speaker, !isBracketed(plain[next], words: words) {
                    result.append(Quote(span: words.span(plain[next]), kind: .direct, speaker: speaker, cue: nil))
                }
                next += 1
            }
        }
        return result
    }
}
