import LoupeCore

/// `quotes`: quotations and who said them, in German and English text.
///
/// Quotation marks are paired (`QuotationPairer`), classified as direct quotes, partial quotes
/// or not quotes at all (titles, names, scare quotes), and attributed to a speaker through cue
/// words (`QuoteFinder`). The rules and word lists live in `Plugins/Quotes/Resources`; see
/// docs/quotes.md for how it works and how well.
public struct QuotesAnalyzer: Analyzer {
    public static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(
            name: "quotes",
            summary:
                "who said what: quotations (direct, partial) and speech in the reporter's words (indirect, mixed, reported, free-indirect), speaker, cue",
            languages: [.german, .english],
            usesIfPresent: ["entities"],
            provides: [.attributedItems],
            options: [
                OptionSpec(
                    "by", .string, "group the quotations by speaker (every kind, full text)", values: ["speaker"],
                    display: true),
                OptionSpec(
                    "kind", .string, "only items of this kind",
                    values: [
                        "direct", "partial", "indirect", "mixed", "reported", "free-indirect", "marked", "speech",
                    ],
                    display: true),
            ]
        )
    ) { try QuotesAnalyzer() }

    let lexicons: QuoteLexicons

    public init() throws {
        lexicons = try QuoteLexicons.load()
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        QuotesLayer(quotes: try quotes(in: document, checkpoint: context.checkpoint))
    }

    /// The document's quotations in text order.
    public func quotes(in document: Document) -> [Quote] { quotes(in: document, checkpoint: {}) }

    /// The document's quotations; `checkpoint` runs before each candidate (it throws to stop a
    /// cancelled or overlong analysis).
    public func quotes(in document: Document, checkpoint: () throws -> Void) rethrows -> [Quote] {
        let candidates = QuotationPairer.candidates(in: document)
        var finder = QuoteFinder(document: document, lexicons: lexicons, candidates: candidates)
        let tokens = document.tokens

        var found: [(candidate: QuoteCandidate, kind: Quote.Kind, attribution: QuoteFinder.Attribution?)] = []
        for candidate in candidates {
            try checkpoint()
            let frame = finder.frameAfter(candidate)
            // (a person named in brackets or after a dash frames it too: `„…“ (Anna Roth, Verlegerin)`)
            let namedSource =
                frame.map { f in
                    f.cue == nil
                        && candidate.close.map { c in
                            c + 1 < tokens.count && (tokens[c + 1].kind == .openBracket || finder.words.isDash(c + 1))
                        } == true && finder.namesPersonOrRole(f.mention)
                } == true
            guard let kind = finder.classify(candidate, hasFrame: frame?.cue != nil || namedSource) else { continue }
            let attribution = frame ?? finder.colonFrame(candidate) ?? finder.sentenceCue(candidate)
            found.append((candidate, kind, attribution))
        }

        // A quote opening a sentence right after a frame that ended without a colon
        // ("Sie fügte hinzu. „…“"): the previous sentence's cue and subject.
        for index in found.indices where found[index].attribution == nil {
            if let frame = finder.previousSentenceFrame(found[index].candidate)
                ?? finder.nextSentenceFrame(found[index].candidate)
            {
                found[index].attribution = frame
            }
        }
        // Quotes next to each other in one paragraph share a speaker: „A.“ „B“, sagte X (not a quote
        // that ends a paragraph and the next paragraph's quote with its own frame).
        for index in found.indices.reversed() where found[index].attribution == nil && index + 1 < found.count {
            let next = found[index + 1]
            if next.candidate.first == found[index].candidate.last + 1, !tokens[next.candidate.first].paragraphBefore,
                let attribution = next.attribution
            {
                found[index].attribution = QuoteFinder.Attribution(
                    mention: attribution.mention, cue: nil, nameScope: attribution.nameScope)
            }
        }
        // Carried over from the quote before, in this or the previous sentence or paragraph.
        for index in found.indices.dropFirst() where found[index].attribution == nil {
            let previous = found[index - 1]
            guard let attribution = previous.attribution, previous.candidate.depth == found[index].candidate.depth
            else { continue }
            if Self.continues(document, from: previous.candidate.last, to: found[index].candidate.first) {
                found[index].attribution = QuoteFinder.Attribution(
                    mention: attribution.mention, cue: nil, nameScope: attribution.nameScope)
            }
        }

        var marked = found.map { item in
            let span = Span(tokens[item.candidate.first].span.start, tokens[item.candidate.last].span.end)
            var speaker: Quote.Speaker?
            if var attribution = item.attribution.map(finder.widened) {
                if let open = attribution.mention.first(where: { tokens[$0].kind.isQuote }) {
                    let close = attribution.mention.last(where: { $0 > open && tokens[$0].kind.isQuote }) ?? open
                    attribution.mention = finder.mention(
                        attribution.mention, without: tokens[open].span, tokens[close].span)
                }
                let mention = finder.words.span(attribution.mention)
                speaker = Quote.Speaker(span: mention, name: finder.resolve(attribution))
            }
            return Quote(
                span: span, kind: item.kind, speaker: speaker, cue: item.attribution?.cue.map { tokens[$0].span })
        }
        // Interview turns and a headline's source before a colon (InterviewTurns.swift).
        let labelled = InterviewTurns.quotes(in: document, finder: &finder)
        func withTurns(_ quotes: [Quote]) -> [Quote] { labelled.merged(into: quotes, document: document) }
        guard document.language == .german || document.language == .english else { return withTurns(marked) }

        // Speech in the reporter's words, resolved in text order by a finder of its own (so the
        // quotations keep the attributions they had).
        try checkpoint()
        // Names and titles in marks (`laut „Bild“`, `einem Bericht des „Spiegel“ zufolge`, `die Nachrichtenagentur
        // „Xinhua“`) are words of the narrator's sentence to these rules: they read a copy of the text with those
        // marks blanked (same byte offsets, so every span found holds for the text itself).
        let quotations = Set(found.map(\.candidate.first))
        // (a name opens with a word or number: `„Bild“`, `„heise online“`; a small letter or a sign in marks, `„a“`,
        // names no one)
        let names = candidates.filter {
            $0.depth == 0 && $0.open != nil && $0.close != nil && !quotations.contains($0.first) && !$0.inner.isEmpty
                && tokens[$0.inner.lowerBound].kind != .punctuation
                && (tokens[$0.inner.lowerBound].span.length >= 2 || finder.words.isCapitalized($0.inner.lowerBound))
        }
        let speechDocument = Self.blankingMarks(of: names, in: document)
        // A content span that takes in one mark of a name takes in the other: speech that starts inside one
        // (`accused ministers of "losing control" of the project`: the content starts at `"losing`, not `losing`).
        // (The names are in text order: the ones opening inside a span are found by binary search; one opening
        // before it is the one before those.) A speaker's mention takes in neither (`QuoteFinder.mention(_:without:_:)`).
        let nameMarks = names.map { (open: tokens[$0.first].span, close: tokens[$0.last].span) }
        func balanced(_ span: Span) -> Span {
            var lo = 0, hi = nameMarks.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if nameMarks[mid].open.start < span.start { lo = mid + 1 } else { hi = mid }
            }
            var result = span
            if lo > 0, nameMarks[lo - 1].close.start >= span.start, nameMarks[lo - 1].close.end <= span.end {
                result = Span(nameMarks[lo - 1].open.start, span.end)
            }
            var k = lo
            while k < nameMarks.count, nameMarks[k].open.start < span.end {
                if span.end <= nameMarks[k].close.start { result = Span(span.start, nameMarks[k].close.end) }
                k += 1
            }
            return result
        }
        let speechTokens = speechDocument.tokens
        var speechFinder = QuoteFinder(
            document: speechDocument, lexicons: lexicons,
            candidates: speechDocument === document ? candidates : QuotationPairer.candidates(in: speechDocument))
        func speechIndex(_ k: Int) -> Int {
            speechDocument === document ? k : speechDocument.tokenIndex(atOrAfter: tokens[k].span.start)
        }
        let markedTokens = zip(found, marked).map {
            (
                range: speechIndex($0.0.candidate.first)...speechIndex($0.0.candidate.last), kind: $0.1.kind,
                speaker: $0.1.speaker, framed: $0.1.cue != nil
            )
        }
        // A mention already resolved for a quotation keeps its name (`Er sagte, dass … „…“`).
        var known: [Span: String] = [:]
        for quote in marked { if let speaker = quote.speaker, let name = speaker.name { known[speaker.span] = name } }
        // The speakers of quotations framed by a verb of speech and named by their names count as
        // speakers named before the speech after them (`"…," said Paul Dales. He added that …`: he is
        // Paul Dales); not those named by a description (`the New York businessman`) or a pronoun.
        /// A speaker's end and name when the mention names them by that name (`Paul Dales`, `Chancellor Jeremy
        /// Hunt`) or its surname (`sagte Berg` for Jan Berg), not by a description or a pronoun.
        func namedInMention(_ speaker: Quote.Speaker?) -> (end: Int, name: String)? {
            guard let speaker, let name = speaker.name else { return nil }
            let text = document.string(for: speaker.span)
            guard text.hasSuffix(name) || name.hasSuffix(" " + text) else { return nil }
            return (speaker.span.end, name)
        }
        let quotedSpeakers = marked.compactMap { $0.cue != nil ? namedInMention($0.speaker) : nil }
            .sorted { $0.end < $1.end }
        var nextQuoted = 0
        var speech: [Quote] = []
        for item in speechFinder.speech(marked: markedTokens) {
            let first = item.content.lowerBound, last = item.content.upperBound - 1
            let span = balanced(Span(speechTokens[first].span.start, speechTokens[last].span.end))
            var speaker = item.carried
            if var attribution = item.attribution.map(speechFinder.widened), !attribution.mention.isEmpty,
                !attribution.mention.contains(where: { speechTokens[$0].kind.isQuote })
            {
                // (the marks of a name it takes in are blanked here: found by their spans)
                let blanked = speechFinder.words.span(attribution.mention)
                if let mark = nameMarks.last(where: { $0.open.start < blanked.end && $0.close.end > blanked.start }) {
                    attribution.mention = speechFinder.mention(attribution.mention, without: mark.open, mark.close)
                }
                let mention = speechFinder.words.span(attribution.mention)
                while nextQuoted < quotedSpeakers.count, quotedSpeakers[nextQuoted].end <= mention.start {
                    let quoted = quotedSpeakers[nextQuoted]
                    if speechFinder.lastSpeaker.map({ $0.end < quoted.end }) ?? true {
                        speechFinder.lastSpeaker = quoted
                    }
                    nextQuoted += 1
                }
                speaker = Quote.Speaker(span: mention, name: known[mention] ?? speechFinder.resolve(attribution))
            }
            let fragments = item.fragments.map {
                Span(speechTokens[$0.lowerBound].span.start, speechTokens[$0.upperBound].span.end)
            }
            speech.append(
                Quote(
                    span: span, kind: item.kind, speaker: speaker,
                    cue: item.attribution?.cue.map { speechTokens[$0].span },
                    fragments: fragments))
        }
        guard !speech.isEmpty else { return withTurns(marked) }
        // A quotation with no speaker of its own right after speech in the reporter's words goes on with what
        // that speaker said (`Kovac räumte ein, seine Mannschaft sei zu passiv gewesen. „Das war zu wenig.“`).
        // German only: English names the speaker of such a quotation after it (`"…!" Scott's niece … said`),
        // and on PolNeAR's tuning half the carried speakers were wrong.
        var before = 0
        for index in marked.indices
        where document.language == .german && marked[index].speaker == nil && marked[index].kind == .direct {
            let start = marked[index].span.start
            while before < speech.count, speech[before].span.end <= start { before += 1 }
            guard before > 0, let speaker = speech[before - 1].speaker else { continue }
            let last = document.tokenIndex(atOrAfter: speech[before - 1].span.end) - 1
            let first = document.tokenIndex(atOrAfter: start)
            // (nothing quoted between them: a quotation there would carry its own speaker; the quotations are in
            // text order, so it would be the one before)
            guard index == 0 || marked[index - 1].span.start < speech[before - 1].span.end,
                Self.continues(document, from: last, to: first)
            else { continue }
            marked[index].speaker = speaker
        }
        // A quotation's pronoun speaker after speech in the reporter's words whose speaker is named there, by a
        // first name of the pronoun's gender, goes to that speaker when no quotation's named speaker came between
        // (`Lisa Grant said the crews … "It was …," she said`): the quotations were attributed before that speech
        // was found. (Not to any name: a noun taken for one in older German prose, `Dirigentenpflicht`.)
        // (And to no one when that speaker is described but not named, by a word of the pronoun's gender: `the
        // mother said her children could not sleep. "We lost everything," she said` had the prosecutor named
        // before; the event's name is then empty.)
        var events = quotedSpeakers.map { (end: $0.end, name: $0.name, speech: false, gender: Gender?.none) }
        for item in speech {
            if let named = namedInMention(item.speaker) {
                events.append((named.end, named.name, true, nil))
            } else if let speaker = item.speaker, speaker.name == nil {
                let head = document.tokenIndex(atOrAfter: speaker.span.end) - 1
                if head >= 0, let gender = finder.roleGender(head) {
                    events.append((speaker.span.end, "", true, gender))
                }
            }
        }
        events.sort { $0.end < $1.end }
        for index in marked.indices {
            guard let speaker = marked[index].speaker, let current = speaker.name else { continue }
            let p = document.tokenIndex(atOrAfter: speaker.span.start)
            guard p < tokens.count, tokens[p].span == speaker.span, finder.words.isPronoun(p),
                let want = finder.pronounGender(p), want != .group,
                let last = events.last(where: { $0.end <= speaker.span.start }), last.speech, last.name != current,
                speaker.span.start - last.end < 1500,
                last.name.isEmpty ? last.gender == want : finder.isPersonGender(last.name, want),
                // (nor a person named after that speech: `Die AfD forderte … Ministerpräsident Winfried Kretschmann
                // meldete sich zu Wort. Er sprach von einem „…“`)
                finder.names.nearest(before: speaker.span.start).map({ $0.end <= last.end || $0.text == last.name })
                    ?? true
            else { continue }
            marked[index].speaker?.name = last.name.isEmpty ? nil : last.name
        }
        // (an English base form or plural right after a determiner names a thing: `wrote in a note to clients
        // that …`, `the claims were …`)
        func isNoun(_ cue: Span) -> Bool {
            let words = finder.words
            let i = document.tokenIndex(atOrAfter: cue.start)
            guard document.language == .english, i > 0, i < words.tokens.count, words.isDeterminer(i - 1),
                let lemma = words.lexicons.cues[words.lower(i)]?.lemma
            else { return false }
            let w = words.lower(i)
            return lemma == w || w == lemma + "s" || w == lemma + "es"
        }
        // A fragment inside speech in the reporter's words is part of what that speaker said when it has no
        // speaker of its own (`Der Minister erklärte, die Lage sei „ernst“`), or when its own frame is none: a
        // mixed item's fragment framed by nothing, a noun, the item's own cue or a verb inside its content (`Ives
        // wrote in a note to clients that the cut was "a defensive move"`: not `a`), or whose own speaker is a piece
        // of the item's (the subject of two verbs, found short from the second: `Councillor Aisha Patel called the
        // plan "a gamble" and warned …`, not `Councillor`); a reported act's framed by nothing or by a verb of another
        // clause (`Die „SZ“ lobte die „beklemmende Konsequenz“, der Deutschlandfunk sprach von …`).
        /// A comma at the end of a quotation, inside its marks or right after them (`"a gift,"`, `„…“,`).
        func commaCloses(_ span: Span) -> Bool {
            let close = document.tokenIndex(atOrAfter: span.end) - 1
            return close > 0
                && (finder.words.isPunct(close - 1, ",")
                    || close + 1 < tokens.count && finder.words.isPunct(close + 1, ","))
        }
        func takesHostSpeaker(_ fragment: Quote, _ host: Quote) -> Bool {
            guard fragment.speaker != nil else { return true }
            switch host.kind {
            case .mixed:
                guard host.fragments.contains(fragment.span) else { return false }
                guard let cue = fragment.cue else { return true }
                if let own = fragment.speaker?.span, let whole = host.speaker?.span, whole.start <= own.start,
                    own.end <= whole.end
                {
                    return true
                }
                // (a verb inside the item's content is part of what was said: `Sein Verteidiger kündigte an, sein
                // Mandant werde sich „zu gegebener Zeit“ äußern`)
                // (not the fragment's own frame after it, `called the bill "a gift," Collins said`)
                let inside = { (span: Span) in host.span.start <= span.start && span.end <= host.span.end }
                // (nor a verb after it in the item's content that no comma joins to it: `the real figure was "at
                // least double" what officials had claimed`)
                let frameAfter = cue.start >= fragment.span.end && commaCloses(fragment.span)
                return isNoun(cue) || cue == host.cue
                    || inside(cue)
                        && (fragment.speaker.map { inside($0.span) && $0.span.end <= fragment.span.start } == true
                            || cue.start >= fragment.span.end && !frameAfter)
            case .reported:
                guard let cue = fragment.cue else { return true }
                return !(host.span.start <= cue.start && cue.end <= host.span.end)
            default:
                return false
            }
        }
        // (both lists in text order: the hosts that may hold a fragment start at or before it and end after it)
        var firstHost = 0
        for index in marked.indices where marked[index].kind == .partial {
            let span = marked[index].span
            while firstHost < speech.count, speech[firstHost].span.end <= span.start { firstHost += 1 }
            var k = firstHost
            while k < speech.count, speech[k].span.start <= span.start {
                let host = speech[k]
                k += 1
                guard host.speaker != nil, span.end <= host.span.end, takesHostSpeaker(marked[index], host) else {
                    continue
                }
                marked[index].speaker = host.speaker
                break
            }
        }
        // Both lists are in text order: merge them (the longer item first at the same start).
        var merged: [Quote] = []
        merged.reserveCapacity(marked.count + speech.count)
        var a = 0, b = 0
        while a < marked.count || b < speech.count {
            if b == speech.count
                || a < marked.count
                    && (marked[a].span.start < speech[b].span.start
                        || marked[a].span.start == speech[b].span.start && marked[a].span.end > speech[b].span.end)
            {
                merged.append(marked[a]); a += 1
            } else {
                merged.append(speech[b]); b += 1
            }
        }
        return withTurns(merged)
    }
}

extension QuotesAnalyzer {
    /// A copy of the document whose marks around the given candidates are spaces (each mark's bytes, so
    /// offsets stay), with the document's entities; the document itself when there are none.
    static func blankingMarks(of candidates: [QuoteCandidate], in document: Document) -> Document {
        guard !candidates.isEmpty else { return document }
        var bytes = document.utf8
        for candidate in candidates {
            guard let open = candidate.open, let close = candidate.close else { continue }
            var marks = [open, close]
            if candidate.doubledOpen { marks.append(open + 1) }
            if candidate.doubledClose { marks.append(close - 1) }
            for k in marks {
                let span = document.tokens[k].span
                for b in span.start..<span.end { bytes[b] = 0x20 }
            }
        }
        let copy = Document(
            text: String(decoding: bytes, as: UTF8.self), id: document.id, language: document.language,
            reference: document.reference)
        if let entities = document.layer(named: "entities") {
            copy.setLayer(entities, named: "entities", key: document.layerKey(named: "entities") ?? "")
        }
        return copy
    }

    /// Whether a quotation starting at token `first` goes on from what ended at token `last`: in the same or
    /// the next sentence of one paragraph, or opening the next paragraph when `last` ended its own.
    static func continues(_ document: Document, from last: Int, to first: Int) -> Bool {
        let tokens = document.tokens
        guard last < first else { return false }
        let sentenceHere = document.sentenceIndex(containing: tokens[first].span.start) ?? 0
        let sentenceThere = document.sentenceIndex(containing: tokens[last].span.start) ?? 0
        let paragraphs = (last + 1...first).filter { tokens[$0].paragraphBefore }.count
        let endsParagraph =
            last + 2 >= tokens.count || tokens[last + 1].paragraphBefore || tokens[last + 2].paragraphBefore
        return (paragraphs == 0 && sentenceHere - sentenceThere <= 1)
            || (paragraphs == 1 && tokens[first].paragraphBefore && endsParagraph)
    }
}
