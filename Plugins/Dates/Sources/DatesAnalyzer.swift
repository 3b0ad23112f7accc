import LoupeCore

/// How underspecified expressions ("am Montag", "31. August", "zwei Tage später") are anchored,
/// after HeidelTime's document types and Duckling's assistant conventions.
public enum DatesMode: String, Sendable, CaseIterable {
    /// The reference date anchors relative expressions; the sentence's tense gives the direction.
    case news
    /// The most recent date mentioned before an expression anchors it (history, biographies).
    case narrative
    /// Future-leaning, as an assistant reads a request: a bare weekday or clock time is its next occurrence.
    case colloquial
}

/// `dates`: finds date, time, duration and set expressions in German and English text and
/// normalises them to TIMEX3 against the reference time, in the manner of HeidelTime's news and
/// narrative modes (option `mode`).
public struct DatesAnalyzer: Analyzer {
    public static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(
            name: "dates",
            summary: "date, time, duration and set expressions, normalised to TIMEX3 against the reference date",
            languages: [.german, .english],
            provides: [.timedItems],
            options: [
                OptionSpec(
                    "mode", .string,
                    "how relative dates are anchored: news (reference date and tense), narrative "
                        + "(the last date mentioned), colloquial (next occurrence)", default: "news",
                    values: DatesMode.allCases.map(\.rawValue))
            ],
            usesReference: true
        )
    ) { DatesAnalyzer() }

    public init() {}

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        let mode = context.options.string("mode").flatMap(DatesMode.init(rawValue:)) ?? .news
        return DatesLayer(
            expressions: try Self.expressions(
                in: document, reference: context.reference, language: context.language,
                mode: mode, checkpoint: context.checkpoint))
    }

    /// The expressions of a document, in text order.
    public static func expressions(
        in document: Document, reference: ReferenceTime, language: Language? = nil,
        mode: DatesMode = .news
    ) -> [DateExpression] {
        expressions(in: document, reference: reference, language: language, mode: mode, checkpoint: {})
    }

    /// The expressions of a document; `checkpoint` runs before each sentence (it throws to stop
    /// a cancelled or overlong analysis).
    public static func expressions(
        in document: Document, reference: ReferenceTime, language: Language?, mode: DatesMode = .news,
        checkpoint: () throws -> Void
    ) rethrows -> [DateExpression] {
        let documentLanguage = language ?? document.language
        func sentenceLanguage(_ sentence: Sentence) -> Language {
            let lang = document.language(of: sentence)
            return lang == .german || lang == .english ? lang : documentLanguage
        }
        // One token view per language, each reading only that language's sentences.
        var ranges: [Language: [Range<Int>]] = [:]
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            ranges[sentenceLanguage(sentence), default: []].append(sentence.tokens)
        }
        var views: [Language: TokenView] = [:]
        for (lang, r) in ranges {
            views[lang] = TokenView(
                document, language: lang, lexicon: Lexicon.forLanguage(lang), ranges: ranges.count == 1 ? nil : r)
        }
        func view(_ lang: Language) -> TokenView { views[lang]! }
        let documentResolver = Resolver(reference, mode: mode)
        /// The last date mentioned: anchors shifts like "zwei Tage später" in every mode, and in
        /// narrative mode every underspecified expression.
        var anchor: Moment? = nil
        /// The anchor the item before resolved against: its clock time, split off, resolves against it too.
        var anchorOfItem: Moment? = nil
        /// The last quarter mentioned that has ended: the period an earnings report compares (`a year
        /// ago` after `third-quarter net` is that quarter a year before), whatever dates come between.
        var reportedPeriod: Moment? = nil
        /// News telling of a day well before the reference (`Es war der 9. Oktober 1989 …`): the last date of a day's
        /// grain mentioned, while it lies more than a week back; a clock time or part of the day alone in a past
        /// sentence after it is on that day (`Gegen 18 Uhr setzte sich der Zug in Bewegung`).
        var storyDay: Moment? = nil
        /// The part of a day mentioned last (`am Montagabend`): a clock time alone within its hours, in a past sentence
        /// after it, is on that day (`Nach Angaben der Polizei betrat der Täter gegen 21.45 Uhr …`; a night's early
        /// hours on the day after).
        var partOfDayMentioned: Moment? = nil
        /// A dated label opening a paragraph of web text (`Update vom 15.3.:`, `Edit, March 15:`): the day its
        /// paragraph is written on, the reference for what it says (`seit Donnerstagabend` counts from it).
        var labelResolver: Resolver? = nil
        /// A line that heads a post with its full date (`Reply from bob, Mar 17 2024:`, `Antwort von X » Di 12.
        /// Nov 2024, 18:42`): the day of every paragraph after it, up to the next such line.
        var headerResolver: Resolver? = nil
        var out: [DateExpression] = []
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            try checkpoint()
            if document.tokens[sentence.tokens.lowerBound].paragraphBefore { labelResolver = nil }
            let lang = sentenceLanguage(sentence)
            let v = view(lang)
            var grammar = Grammar(t: v, language: lang, lo: sentence.tokens.lowerBound, hi: sentence.tokens.upperBound)
            grammar.shiftsDates = mode == .colloquial
            var previous: Moment? = nil
            var previousNamedItsDay = false
            /// Where the item before ends (its tokens' upper bound).
            var previousEnd: Int? = nil
            /// Whether the sentence is a pluperfect (`looksBack`), read once at the first narrative anchor that asks.
            var sentenceLooksBack: Bool? = nil
            var tense: Tense? = nil
            var table: TenseCues.SentenceTable? = nil  // read when the first expression needs it
            // TimeML (news, narrative) marks each end of a range, and a date apart from its clock time;
            // an assistant wants the whole.
            let items = grammar.parseSentence().flatMap { p in mode == .colloquial ? [p] : p.timeMLParts ?? [p] }
            for var parsed in items {
                let itemAnchor = parsed.isSplitClock ? anchorOfItem : anchor
                anchorOfItem = itemAnchor
                if mode == .news, lang == .english, let length = Self.laterAmount(parsed, view: v) {
                    // "three days later": TimeBank annotates the amount, a DURATION; "later" relates it
                    parsed = ParsedExpression(
                        tokens: parsed.tokens.lowerBound..<parsed.tokens.upperBound - 1, kind: .duration(length))
                }
                Self.widenToTimeMLExtent(&parsed, in: sentence.tokens, view: v, language: lang, mode: mode)
                // "ab heute", "seit heute", "bis heute": a bound names the day itself, not "nowadays"
                if mode == .news, case var .point(s) = parsed.kind, s.nowadays,
                    Self.pointsAway(parsed.tokens, keys: v.keys)
                {
                    s.nowadays = false
                    parsed.kind = .point(s)
                }
                // a clock time alone after a date that named its day and month in its sentence is on that day
                // (`am 9. Juli auf Schloss Runkelstein um 20.30 Uhr`, `in der Nacht des 14. August gegen 3 Uhr
                // morgens`): eighteenth session, KRAUTS tuning half value accuracy 86.0 → 87.2, check half
                // unchanged; after any day (`gestern`, `Montag`) the check half fell, 81.7 → 80.5. A holiday names its
                // day and month too (`Am Heiligen Abend ist die Kirche um 23 Uhr offen`: thirty-third session).
                var day: Moment? = nil
                // (to an assistant only right after the date and its comma: `Freitag, 22.2., 19 Uhr`)
                if mode == .news
                    || mode == .colloquial
                        && Self.followsItsComma(parsed.tokens, previousEnd: previousEnd, keys: v.keys),
                    previousNamedItsDay, let p = previous, p.grain <= .day,
                    case let .point(s) = parsed.kind, s.hasTime || s.partOfDay != nil, !s.hasDate, !s.atReferenceTime
                {
                    day = Moment(dayNumber: p.dayNumber)
                }
                // (and so is the clock time after one that took that day: the end of `von 18 bis 22 Uhr`)
                let onNamedDay = day != nil
                // `der 9. Oktober 1989, ein Montag`, `October 9, 1989, a Monday`: a weekday in apposition to the
                // date before it is that date's day
                if previousNamedItsDay, let p = previous, p.grain == .day, let end = previousEnd,
                    parsed.tokens.lowerBound == end + 2, v.keys[end] == ",",
                    Self.appositionArticles.contains(v.keys[end + 1]),
                    case let .point(s) = parsed.kind, s.isBareWeekday
                {
                    let m = Moment(dayNumber: p.dayNumber)
                    out.append(
                        DateExpression(
                            span: Span(
                                document.tokens[parsed.tokens.lowerBound].span.start,
                                document.tokens[parsed.tokens.upperBound - 1].span.end),
                            resolution: Resolution(type: .date, value: m.timex, moment: m), language: lang))
                    previousEnd = parsed.tokens.upperBound
                    continue
                }
                let needsTense: Bool
                switch parsed.kind {
                case .duration, .set, .span: needsTense = false
                default: needsTense = true
                }
                if needsTense, tense == nil, table == nil {
                    table = TenseCues.SentenceTable(sentence.tokens, view: v, language: lang)
                }
                var t =
                    tense
                    ?? (needsTense
                        ? TenseCues.tense(
                            near: parsed.tokens, sentence: sentence.tokens, view: v, language: lang, table: table)
                        : .none)
                // (`in zwei Wochen` is a stretch in a past clause and ahead elsewhere: its own clause decides)
                if case let .point(s) = parsed.kind, s.forwardIn, let table {
                    t = TenseCues.ownClauseTense(
                        around: parsed.tokens, sentence: sentence.tokens, view: v, language: lang, table: table)
                }
                // "seit Montag", "since Oct. 23": what something lasts since lies in the past
                let since = TenseCues.isSince(v.keys[parsed.tokens.lowerBound])
                if needsTense, since || TenseCues.datesADocument(parsed.tokens, view: v, language: lang) { t = .past }
                // (a deadline lies ahead where the sentence has no tense, or a demand or a deferral sets it, or it is
                // the end of the current month or year, `had until the end of the month`; so does the start of a
                // stretch from then on)
                if needsTense,
                    TenseCues.meantFor(parsed, view: v, language: lang)
                        || TenseCues.isDeadline(parsed.tokens, sentence: sentence.tokens, view: v)
                            && (t == .none || TenseCues.demandedBy(parsed.tokens, sentence: sentence.tokens, view: v)
                                || TenseCues.deferralFollows(parsed.tokens, sentence: sentence.tokens, view: v)
                                || Self.boundsCurrentPeriod(parsed))
                        || TenseCues.deferredTo(parsed.tokens, sentence: sentence.tokens, view: v)
                        || TenseCues.isAheadOf(parsed.tokens, sentence: sentence.tokens, view: v)
                        || t == .none && TenseCues.opensStretch(parsed.tokens, sentence: sentence.tokens, view: v)
                {
                    t = .future
                }
                if parsed.followsPrevious { tense = t } else { tense = nil }
                // a clock time or part of the day alone in a past sentence of news: on a day told of long before the
                // reference, or on the day of the part of the day mentioned just before if its hours hold the time
                if mode == .news, day == nil, t == .past, case let .point(s) = parsed.kind, !s.hasDate,
                    !s.atReferenceTime
                {
                    if let story = storyDay, s.hasTime || s.partOfDay != nil {
                        day = story
                    } else if let pod = partOfDayMentioned, let hour = s.hour, s.meridiem == nil,
                        let next = Self.dayOfHour(hour, in: pod)
                            // (a day's hour outside that part is still that day's: `am Abend mitteilte, … gegen 15.40
                            // Uhr`)
                            ?? (pod.code != "NI" && (6...23).contains(hour) ? pod.dayNumber : nil)
                    {
                        day = Moment(dayNumber: next)
                    } else if let pod = partOfDayMentioned, !s.hasTime, let part = s.partOfDay,
                        let later = Self.dayParts.firstIndex(of: part.rawValue),
                        let earlier = Self.dayParts.firstIndex(of: pod.code ?? ""), later > earlier
                    {
                        // a later part of the day alone is that day's (`am Mittwochnachmittag … am Abend mitteilte`)
                        day = Moment(dayNumber: pod.dayNumber)
                    }
                }
                var resolver = labelResolver ?? headerResolver ?? documentResolver
                if let day {
                    resolver = Resolver(anchor: day, offset: reference.utcOffset, mode: mode)
                    t = .none
                } else if case let .point(s) = parsed.kind, s.beforeNamedPeriod, let rel = s.relative,
                    let p = previous, p.grain == Self.grain(of: rel.unit)
                {
                    // (the unit before the period of that unit the sentence named: `im Mai … gegenüber dem Vormonat`)
                    resolver = Resolver(anchor: p, offset: reference.utcOffset, mode: mode)
                    t = .none
                } else if let itemAnchor, parsed.isAnchored || mode == .narrative {
                    resolver = Resolver(anchor: itemAnchor, offset: reference.utcOffset, mode: mode)
                    // (a story told forward: a month long before the anchor's is the next year's, unless a
                    // pluperfect looks back)
                    if mode == .narrative {
                        if sentenceLooksBack == nil {
                            sentenceLooksBack = Self.looksBack(sentence.tokens, keys: v.keys)
                        }
                        resolver.toldForward = sentenceLooksBack == false
                    }
                    t = .none
                } else if mode == .colloquial {
                    t = since ? .past : .future  // to an assistant too, "since Monday" is behind us
                }
                // (a month or day named since is the period compared instead: `from a year ago` after October)
                let period = anchor.map { $0.grain < .quarter } == true ? anchor : reportedPeriod ?? anchor
                let comparison = documentResolver.reportedQuarter(parsed, anchor: period, tense: t)
                resolver.language = lang
                guard var r = comparison ?? resolver.resolve(parsed, tense: t, previous: previous) else { continue }
                if mode == .colloquial, Self.deadlineWords.contains(v.keys[parsed.tokens.lowerBound]) {
                    r = documentResolver.fromNow(until: r)
                }
                previous = r.moment
                if let m = r.moment, m.grain <= .day {
                    // (a reporting period's end is no day told of: `the three months ended Dec. 31`)
                    let periodEnd =
                        parsed.tokens.lowerBound > sentence.tokens.lowerBound
                        && Grammar.periodEndWords.contains(v.keys[parsed.tokens.lowerBound - 1])
                    storyDay =
                        m.dayNumber < documentResolver.refDay - 7 && !periodEnd ? Moment(dayNumber: m.dayNumber) : nil
                    // (a clock time on the day of the part of the day mentioned keeps that day told of)
                    if m.grain == .partOfDay {
                        partOfDayMentioned = m
                    } else if m.grain > .partOfDay || partOfDayMentioned?.dayNumber != m.dayNumber {
                        partOfDayMentioned = nil
                    }
                }
                if mode != .colloquial, let m = r.moment, m.grain == .day,
                    Self.isUpdateLabel(parsed.tokens, sentence: sentence.tokens, view: v)
                {
                    labelResolver = Resolver(anchor: m, offset: reference.utcOffset, mode: mode)
                }
                if mode != .colloquial, let m = r.moment, m.grain <= .day, case let .point(s) = parsed.kind,
                    s.year != nil, s.day != nil, Self.endsHeaderLine(parsed.tokens, tokens: document.tokens, view: v)
                {
                    headerResolver = Resolver(
                        anchor: Moment(dayNumber: m.dayNumber), offset: reference.utcOffset, mode: mode)
                }
                previousNamedItsDay = parsed.namesDayAndMonth || onNamedDay
                previousEnd = parsed.tokens.upperBound
                // (`the quarter`, `the latest period`: the one under discussion, named again)
                if comparison == nil || Self.namesReportedPeriodItself(parsed), let m = r.moment,
                    m.grain == .quarter || m.grain == .half, documentResolver.hasEnded(m)
                {
                    reportedPeriod = m
                }
                // (A year-ago comparison does not move the quarter under discussion, nor does the day that ends it:
                // `the quarter ended Sept. 29, up 39% from a year earlier`.)
                if comparison == nil, let m = r.moment, r.type == .date || r.type == .time, m.grain <= .year,
                    !Self.pointsAway(parsed.tokens, keys: v.keys),
                    !(m.grain == .day && reportedPeriod != nil && parsed.tokens.lowerBound > sentence.tokens.lowerBound
                        && ["ended", "ending"].contains(v.keys[parsed.tokens.lowerBound - 1]))
                {
                    // the evening of 9 May anchors 9 May
                    anchor = m.grain == .partOfDay ? Moment(dayNumber: m.dayNumber) : m
                }
                let keep = parsed.keepsFirstWord && Self.shiftPrepositions.contains(v.keys[parsed.tokens.lowerBound])
                let tokens =
                    keep
                    ? parsed.tokens
                    : Self.withoutPrepositions(
                        parsed.tokens, view: v, language: lang, keepingShift: parsed.keepsFirstWord)
                let first = document.tokens[tokens.lowerBound], last = document.tokens[tokens.upperBound - 1]
                if mode != .colloquial, tokens.count == 1, case .interval = parsed.kind, let range = r.range,
                    let slash = document.utf8[first.span.start..<first.span.end].firstIndex(of: UInt8(ascii: "/"))
                {
                    // 1939/1940: each year an expression of its own, split inside the token
                    for (span, moment) in [
                        (Span(first.span.start, slash), range.begin), (Span(slash + 1, first.span.end), range.end),
                    ] {
                        let year = Resolution(type: .date, value: moment.timex, moment: moment)
                        out.append(DateExpression(span: span, resolution: year, language: lang))
                    }
                    continue
                }
                out.append(DateExpression(span: Span(first.span.start, last.span.end), resolution: r, language: lang))
            }
        }
        return out
    }
}

extension DatesAnalyzer {
    /// Words that relate an expression to an event and are not part of it in TimeML
    /// (`am Dienstag` → `Dienstag`, `since 1998` → `1998`); their meaning is kept (`seit` → the
    /// value is the start). The word that gives a shift its direction stays (`in zwei Wochen`, `vor drei Tagen`).
    static let leadingPrepositions: Set<String> = [
        "am", "im", "in", "an", "um", "vom", "von", "zum", "zur", "bis", "seit", "ab", "gegen", "beim", "bei",
        "während", "zu",
        "für", "spätestens", "frühestens", "auf", "aus", "zwischen", "nach", "vor", "on", "at", "since", "until",
        "till", "by", "from",
        "to", "during", "for", "between", "after", "before", "over", "über", "übers",
    ]

    /// The day a clock hour falls on within a part of the day mentioned (`Montagabend` and 21 Uhr: that Monday;
    /// `in der Nacht zum Sonntag` and 2 Uhr: the Sunday), nil when the hour lies outside it.
    static func dayOfHour(_ hour: Int, in pod: Moment) -> Int? {
        switch pod.code {
        case "MO": return (5...11).contains(hour) ? pod.dayNumber : nil
        case "AF": return (12...17).contains(hour) ? pod.dayNumber : nil
        case "EV": return (17...23).contains(hour) ? pod.dayNumber : nil
        case "NI": return hour >= 20 ? pod.dayNumber : hour <= 5 ? pod.dayNumber + 1 : nil
        default: return nil
        }
    }

    /// The parts of a day in their order.
    static let dayParts = ["MO", "MI", "AF", "EV", "NI"]

    /// Articles of a weekday in apposition to a date: `, ein Montag`, `, a Monday`.
    static let appositionArticles: Set<String> = ["ein", "einem", "einen", "eines", "a"]

    /// Prepositions that give a shift its direction and stay in its span.
    static let shiftPrepositions: Set<String> = ["in", "vor", "nach", "within", "innerhalb", "binnen"]

    /// Whether an expression follows the one before it past its comma alone (with a day's full stop: `22.2., 19 Uhr`).
    static func followsItsComma(_ tokens: Range<Int>, previousEnd: Int?, keys: Interned<String>) -> Bool {
        guard let end = previousEnd, end < tokens.lowerBound, tokens.lowerBound - end <= 2,
            keys[tokens.lowerBound - 1] == ","
        else { return false }
        return (end..<tokens.lowerBound).allSatisfy { keys[$0] == "," || keys[$0] == "." }
    }

    /// The grain of a moment that is one whole unit (a month, a quarter, a year).
    static func grain(of unit: TimeUnit) -> Grain? {
        switch unit {
        case .week: .week
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        default: nil
        }
    }

    /// Whether a sentence tells of what had happened before (a pluperfect: `hatte … versucht`, `war … gekommen`,
    /// `had tried`).
    static func looksBack(_ sentence: Range<Int>, keys: Interned<String>) -> Bool {
        var auxiliary = false
        for i in sentence {
            let k = keys[i]
            if k == "hatte" || k == "hatten" || k == "had" { return true }
            if k == "war" || k == "waren" { auxiliary = true; continue }
            if auxiliary, k.utf8.count >= 5, k.hasPrefix("ge"), k.hasSuffix("en") || k.hasSuffix("t") { return true }
        }
        return false
    }

    /// Prepositions that make an expression point away from the narrative's time ("bis Ende 1941",
    /// "ab 1941", "seit 1918", "until 1945"): such a date does not anchor the ones after it.
    /// An assistant's deadline (Duckling): `by Monday` is the time from now until Monday begins,
    /// `by the end of the month` until the month ends.
    static let deadlineWords: Set<String> = Grammar.withinWords.union(["by"])
    static let pointingAway: Set<String> = ["bis", "ab", "seit", "von", "vom", "until", "till", "since", "from", "by"]

    /// Words after an amount that relate it to the date mentioned before: `three days later`.
    static let laterWords: Set<String> = ["later", "earlier"]

    /// The length of `N days later`, `a few weeks earlier` (units up to a week; `a year earlier` in an earnings
    /// report is the year-ago period, a date), for English news.
    static func laterAmount(_ parsed: ParsedExpression, view v: TokenView) -> String? {
        guard case let .point(s) = parsed.kind, parsed.tokens.count >= 2,
            laterWords.contains(v.keys[parsed.tokens.upperBound - 1]), s.day == nil, s.month == nil, s.year == nil,
            s.weekday == nil, s.hour == nil, s.partOfDay == nil,
            let unit = v.entries[parsed.tokens.upperBound - 2]?.unit, unit.factor == 1, unit.unit <= .week
        else { return nil }
        if s.anchored, let shift = s.shift, shift.unit == unit.unit {
            return Grammar.durationValue(abs(shift.amount), shift.unit)
        }
        if s.reference == "FUTURE_REF" || s.reference == "PAST_REF" {
            return Grammar.durationValue(-1, unit.unit)
        }
        return nil
    }

    /// A date in a label that opens its sentence and ends at a colon or bracket: `Update vom 15.3.:`,
    /// `(Nachtrag 12.03.)`, `Edit, March 15:`.
    static func isUpdateLabel(_ tokens: Range<Int>, sentence: Range<Int>, view v: TokenView) -> Bool {
        var end = tokens.upperBound
        if end < sentence.upperBound, v.keys[end] == "." { end += 1 }  // 15.3.:
        guard end < sentence.upperBound, [":", ")"].contains(v.keys[end]) else { return false }
        return (sentence.lowerBound..<min(tokens.lowerBound, sentence.lowerBound + 2)).contains {
            updateLabels.contains(v.keys[$0])
        }
    }

    /// Whether an expression ends a short line of its own, perhaps before a colon (a post's header: `Reply from bob,
    /// Mar 17 2024:`), and text follows on later lines.
    static func endsHeaderLine(_ expression: Range<Int>, tokens: [Token], view v: TokenView) -> Bool {
        var end = expression.upperBound
        // (past the post's clock time: `Di 12. Nov 2024, 18:42`)
        while end < tokens.count, end - expression.upperBound < 3, !tokens[end].lineBefore,
            v.keys[end] == "," || tokens[end].kind == .number
        {
            end += 1
        }
        if end < tokens.count, [":", ")"].contains(v.keys[end]) { end += 1 }
        guard end < tokens.count, tokens[end].lineBefore else { return false }
        var start = expression.lowerBound
        while start > 0, !tokens[start].lineBefore, expression.lowerBound - start < 12 { start -= 1 }
        return start == 0 || tokens[start].lineBefore
    }

    static let updateLabels: Set<String> = [
        "update", "updated", "edit", "edited", "nachtrag", "ergänzung", "aktualisierung", "aktualisiert",
    ]

    /// `the quarter`, `the period`: the period under discussion itself, not one a year from it.
    static func namesReportedPeriodItself(_ parsed: ParsedExpression) -> Bool {
        guard case let .point(s) = parsed.kind else { return false }
        return s.reportedQuarter == 0 && s.shift == nil && s.relative == nil && s.year == nil
    }

    /// `the end of the month`, `Ende des Jahres`: a part of the period the reference lies in.
    static func boundsCurrentPeriod(_ parsed: ParsedExpression) -> Bool {
        guard case let .point(s) = parsed.kind else { return false }
        return s.boundary != nil && s.relative?.offset == 0 && s.year == nil
    }

    static func pointsAway(_ tokens: Range<Int>, keys: Interned<String>) -> Bool {
        tokens.prefix(2).contains { pointingAway.contains(keys[$0]) }
    }

    /// Whether a German definite article can stand before an adjective with this (weak) ending: `das letzte`,
    /// `die letzte(n)`, `der letzte(n)`, `den`/`dem`/`des letzten`.
    static func agreesWithWeakEnding(article: String, _ adjective: String) -> Bool {
        switch article {
        case "das": adjective.hasSuffix("e")
        case "den", "dem", "des": adjective.hasSuffix("en")
        default: true
        }
    }

    /// German definite articles (the ones `Grammar` reads before a unit, and `des`).
    static let germanArticles: Set<String> = Grammar.germanUnitArticles.union(["des"])

    /// Words next to an expression that TimeML's extents take in (`withoutPrepositions` is the other side, what
    /// they leave out): the article before a German modifier in news, `or so` after an English expression, and the
    /// article (and `first`) before an English duration.
    static func widenToTimeMLExtent(
        _ parsed: inout ParsedExpression, in sentence: Range<Int>, view v: TokenView, language lang: Language,
        mode: DatesMode
    ) {
        // "in der vergangenen Woche", "in den kommenden Wochen": German news takes the article before a modifier in,
        // as KRAUTS marks it (WikiWarsDE's narratives leave it out: narrative mode does too)
        // (only an article the modifier's ending agrees with: `Ich hatte das letzten Winter auch` has a pronoun `das`;
        // `das`/`die`/`der` take `letzte`, `den`/`dem`/`des` `letzten`)
        if lang == .german, mode == .news, parsed.tokens.lowerBound - 1 >= sentence.lowerBound,
            germanArticles.contains(v.keys[parsed.tokens.lowerBound - 1]),
            v.entries[parsed.tokens.lowerBound]?.modifier != nil,
            agreesWithWeakEnding(article: v.keys[parsed.tokens.lowerBound - 1], v.keys[parsed.tokens.lowerBound])
        {
            parsed.tokens = (parsed.tokens.lowerBound - 1)..<parsed.tokens.upperBound
        }
        // "over the next year or so": an approximation after the expression is part of it
        if lang == .english, parsed.tokens.upperBound + 1 < sentence.upperBound,
            v.keys[parsed.tokens.upperBound] == "or", v.keys[parsed.tokens.upperBound + 1] == "so"
        {
            parsed.tokens = parsed.tokens.lowerBound..<(parsed.tokens.upperBound + 2)
            if parsed.mod == nil { parsed.mod = "APPROX" }
        }
        // "for the nine months", "in the first nine months": a definite stretch takes its article (and `first`), as
        // TimeBank marks it
        if mode != .colloquial, lang == .english, case .duration = parsed.kind {
            var lower = parsed.tokens.lowerBound
            if lower - 1 > sentence.lowerBound, v.keys[lower - 1] == "first" { lower -= 1 }
            if lower - 1 >= sentence.lowerBound, v.keys[lower - 1] == "the" {
                parsed.tokens = (lower - 1)..<parsed.tokens.upperBound
            }
        }
    }

    /// The expression's tokens without leading prepositions (at least one token stays).
    static func withoutPrepositions(
        _ tokens: Range<Int>, view: TokenView, language: Language, keepingShift: Bool = false
    ) -> Range<Int> {
        let keys = view.keys
        var lower = tokens.lowerBound
        // (a shift keeps the word that gives its direction after a bound: `frühestens in zwei Jahren`; English `an`
        // before a unit is its amount, `an hour ago`)
        while lower + 1 < tokens.upperBound, leadingPrepositions.contains(keys[lower]),
            !(keepingShift && shiftPrepositions.contains(keys[lower])),
            language == .german || keys[lower] != "an" || view.entries[lower + 1]?.unit == nil,
            // (`at least`, `at most` bound the amount: TimeML keeps them, as `more than`)
            keys[lower] != "at" || Grammar.boundsAfterAt[keys[lower + 1]] == nil
        {
            lower += 1
        }
        // "the 1996 campaign", "the Oct. 23 slaying", "the FY2024 results": TimeML leaves the article out
        // before a year in digits or a month (the lexicon's month names)
        // (not when the year names a period with it: `the 1988 quarter`, `the 1988 second quarter`)
        let yearsPeriod =
            lower + 3 <= tokens.upperBound && ["quarter", "period", "half"].contains(keys[tokens.upperBound - 1])
        // (nor before a weekday or a hyphenated adjective alone, before their noun: `by the Tuesday deadline`, `the
        // third-quarter loss`, `The year-ago results`)
        let modifierAlone =
            lower + 2 == tokens.upperBound && tokens.upperBound < keys.count && view.kinds[tokens.upperBound] == .word
            && view.entries[tokens.upperBound] == nil
            && (view.entries[lower + 1]?.weekday != nil || keys[lower + 1].utf8.contains(45))
        // German leaves the article out before a day in digits and before an adverb of a day used as an adjective
        // (`in der Nacht auf den 28. Juli`, `in dem gestern veröffentlichten Bericht`, `dem heutigen Kaliningrad`)
        if lower + 1 < tokens.upperBound, germanArticles.contains(keys[lower]),
            view.kinds[lower + 1] == .number || view.kinds[lower + 1] == .ordinal
                || view.entries[lower + 1]?.relativeDay != nil
        {
            lower += 1
        }
        if lower + 1 < tokens.upperBound, keys[lower] == "the",
            keys[lower + 1].utf8.prefix(4).filter({ $0 >= 48 && $0 <= 57 }).count == 4 && !yearsPeriod
                || modifierAlone
                || view.entries[lower + 1]?.month != nil || keys[lower + 1] == "fy"
                || Grammar.fiscalYear(keys[lower + 1]) != nil
                // (and before a reference word alone, `current` an adjective of time: `the current number`, `the
                // then current price`)
                || view.entries[lower + 1]?.reference != nil && lower + 2 == tokens.upperBound
                || keys[lower + 1] == "then" && lower + 3 == tokens.upperBound
        {
            lower += 1
        }
        return lower..<tokens.upperBound
    }
}

/// One expression: where it is and what it means.
public struct DateExpression: Sendable, Encodable {
    public var span: Span
    public var type: TimexType
    public var value: String
    /// Begin and end (inclusive) of an interval, as TIMEX3 values.
    public var range: (begin: String, end: String)?
    /// TimeML `mod` (APPROX, LESS_THAN, MORE_THAN, BEFORE, AFTER, START, MID, END).
    public var mod: String?
    /// TimeML `quant` of a SET ("jeden Montag", "täglich" → EVERY).
    public var quant: String? { type == .set ? "EVERY" : nil }
    /// TimeML `freq` of a SET ("zweimal pro Woche" → 2X).
    public var freq: String?
    /// The resolved point in words ("Di 18. Juni 2024"), when there is one.
    public var words: String?

    init(span: Span, resolution r: Resolution, language: Language) {
        self.span = span
        type = r.type
        value = r.value
        range = r.range.map { ($0.begin.timex, $0.end.timex) }
        mod = r.mod
        freq = r.freq
        words =
            r.moment.map { DateWords.describe($0, language: language) }
            ?? r.range.map {
                DateWords.describe($0.begin, language: language) + " – "
                    + DateWords.describe($0.end, language: language)
            }
        if let m = r.moment, let range = r.range, r.type == .date || r.type == .time, m.grain != .season,
            m.grain != .partOfDay
        {
            words =
                DateWords.describe(range.begin, language: language) + " – "
                + DateWords.describe(range.end, language: language)
        }
    }

    enum Keys: String, CodingKey { case type, value, mod, quant, freq, range }
    enum RangeKeys: String, CodingKey { case begin, end }

    public func encode(to encoder: any Encoder) throws {
        var c = try encoder.spanItem(span, keyedBy: Keys.self)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(mod, forKey: .mod)
        try c.encodeIfPresent(quant, forKey: .quant)
        try c.encodeIfPresent(freq, forKey: .freq)
        if let range {
            var r = c.nestedContainer(keyedBy: RangeKeys.self, forKey: .range)
            try r.encode(range.begin, forKey: .begin)
            try r.encode(range.end, forKey: .end)
        }
    }
}

/// The `dates` layer: a JSON array of expressions.
public struct DatesLayer: TimedItems {
    public var expressions: [DateExpression]

    public var timedItems: [TimedItem] {
        expressions.map { TimedItem(span: $0.span, type: $0.type.rawValue, value: $0.value) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        for e in expressions { try c.encode(e) }
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        guard !expressions.isEmpty else { return Rendering([.text("no date or time expressions")]) }
        let rows: [[TextTable.Cell]] = expressions.map { e in
            [
                TextTable.Cell(document.string(for: e.span), .highlight),
                TextTable.Cell(e.type.rawValue, .label(e.type.rawValue)),
                TextTable.Cell(e.value + (e.range.map { "  [\($0.begin) … \($0.end)]" } ?? "")),
                TextTable.Cell(e.words ?? "", .dim),
            ]
        }
        return Rendering([.table(TextTable(headers: ["expression", "type", "value", "when"], rows: rows))])
    }
}
