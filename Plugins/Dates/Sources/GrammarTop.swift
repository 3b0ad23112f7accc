import LoupeCore

// MARK: - Whole expressions: modifiers, intervals, coordinations, durations, sets

extension Grammar {
    static let glue: Set<String> = [
        ",", "der", "den", "dem", "the", "am", "um", "on", "at", "of", "im", "des", "vom", "gegen", "so", "'s", "’s",
        "@",
    ]
    static let leading: Set<String> = [
        "am", "im", "an", "on", "in", "the", "den", "dem", "zum", "zur", "beim", "für", "for", "during", "während",
        "seit", "since", "innerhalb", "binnen", "ab", "um", "at",
    ]
    static let intervalOpeners: Set<String> = ["vom", "von", "from", "zwischen", "between"]
    static let intervalConnectors: Set<String> = [
        "bis", "to", "through", "thru", "till", "until", "untill", "-", "–", "—", "/", "and", "und",
    ]
    static let beforeWords: Set<String> = ["vor", "before", "bis", "until", "till", "by", "spätestens", "prior"]
    static let afterWords: Set<String> = ["nach", "after", "ab", "from", "seit", "since"]

    /// All expressions of the sentence, left to right, not overlapping.
    func parseSentence() -> [ParsedExpression] {
        var out: [ParsedExpression] = []
        var i = lo
        while i < hi {
            if isTrigger(i), let (items, end) = top(i), end > i {
                out.append(contentsOf: items)
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Cheap test whether an expression could start here: a content token (TokenView.content), or
    /// a preposition, modifier or approximator with one among the next three tokens.
    func isTrigger(_ i: Int) -> Bool {
        if t.content[i] { return true }
        if dailyEvent(i) != nil || assistantInstant(i) != nil { return true }
        // (the content ahead first: most words have none, and are turned away without hashing their key)
        guard (i + 1..<min(hi, i + 4)).contains(where: { t.content[$0] }) else { return false }
        return Self.prefixWords.contains(t.keys[i]) || t.entries[i]?.approximate == true
    }

    /// An assistant's hours around the day's events (Duckling's): `after lunch` 13–17, `after school` 15–21,
    /// `after work` 17–21, `at lunch` 12–14, and their German words; after a day (`afterADay`) also the bare
    /// event (`tomorrow lunch`, `Monday lunch`), which alone is no time. The hours as a closed interval of whole
    /// hours (the last hour named is covered whole) and the end.
    func dailyEvent(_ i: Int, afterADay: Bool = false) -> (Spec, Spec, Int)? {
        guard shiftsDates, Self.dailyEventStarts.contains(key(i)) else { return nil }
        for (words, hours, alone) in Self.dailyEvents
        where (alone || afterADay) && i + words.count <= hi && words.indices.allSatisfy({ key(i + $0) == words[$0] }) {
            var x = Spec(), y = Spec()
            (x.hour, x.minute, x.wholeHour) = (hours.0, 0, true)
            (y.hour, y.minute, y.wholeHour) = (hours.1, 0, true)
            return (x, y, i + words.count)
        }
        return nil
    }

    static let dailyEvents: [(words: [String], hours: (Int, Int), alone: Bool)] = [
        (["after", "lunch"], (13, 16), true), (["after", "school"], (15, 20), true),
        (["after", "work"], (17, 20), true),
        (["at", "lunch"], (12, 13), true), (["lunch"], (12, 13), false),
        (["nach", "dem", "mittagessen"], (13, 16), true),
        (["nach", "der", "schule"], (15, 20), true), (["nach", "der", "arbeit"], (17, 20), true),
        (["zum", "mittagessen"], (12, 13), true), (["beim", "mittagessen"], (12, 13), true),
        (["am", "feierabend"], (17, 20), true), (["feierabend"], (17, 20), true),
    ]
    static let dailyEventStarts = Set(dailyEvents.map { $0.words[0] })

    /// An interval of hours without a date from `k` (`from 9:30 until 11:00`, `9 to 11am`, `after 9:30 but
    /// before 11:00`): its two ends and its end.
    func hours(_ k: Int) -> (Spec, Spec, Int)? {
        guard Self.intervalOpeners.contains(key(k)) || Self.afterWords.contains(key(k)) || t.kinds[k] == .number,
            let (items, end) = top(k), items.count == 1, case let .interval(a, b) = items[0].kind, a.hasTime,
            !a.hasDate
        else { return nil }
        return (a, b, end)
    }

    static let prefixWords: Set<String> = leading.union(intervalOpeners).union(beforeWords).union(afterWords)
        .union([
            "zur", "right", "as", "jahr", "year", "within", "day", "mehr", "more", "über", "over", "later", "earlier",
            "fiscal", "fy", "every", "same", "später", "früher", "frühestens", "mindestens", "höchstens",
            "each", "jeden", "jede", "jedes", "alle", "pro", "je", "per", "these",
            // how often (`twice daily`, `dreimal täglich`; `three times a week` through TokenView's `times`)
            "once", "twice", "thrice", "einmal", "zweimal", "dreimal", "viermal", "fünfmal",
        ])
        .union(Grammar.exactnessWords)

    /// Words after an amount that make it an age or a measure of something else.
    static let notTimeAfterAmount: Set<String> = [
        "old", "alt", "alte", "alter", "altes", "alten", "altem", "point", "points", "percentage",
    ]

    /// Articles after `over`/`über` that make it `across`: `over the past year`, `über die Jahre`.
    static let overArticles: Set<String> = germanUnitArticles.union(["the"])
    /// Words before `over`/`über` and an amount that make it `more than`: a preposition or a verb of lasting that
    /// takes the amount (`for over two years`, `lasted over a week`, `dauerte über 90 Minuten`), or a degree
    /// (`just over an hour`). Elsewhere it spans the stretch: `cut taxes by $1.3 trillion over 10 years`, `über zwei
    /// Jahre hinweg`, `dominierte die Partie über 90 Minuten`.
    static let moreThanBeforeOver: Set<String> = lastingVerbsEN.union(lastingVerbsDE).union(TenseCues.englishBeForms)
        .union(TenseCues.germanSeinForms).union([
            "for", "in", "after", "within", "of", "since", "from", "to", "than", "just", "well", "slightly", "little",
            "für", "nach", "seit", "vor", "von", "mit", "bei", "binnen", "innerhalb", "knapp", "gut", "weit",
            "deutlich", "war", "waren",
        ])

    /// Words that bound an amount from below or above, with their TimeML `mod` (`mindestens zwei Jahre`); English
    /// says them after `at` (`at least two years`, `boundsAfterAt`).
    static let amountBounds: [String: String] = ["mindestens": "EQUAL_OR_MORE", "höchstens": "EQUAL_OR_LESS"]
    static let boundsAfterAt: [String: String] = ["least": "EQUAL_OR_MORE", "most": "EQUAL_OR_LESS"]

    /// One or more expressions starting at `i`, with the end.
    func top(_ i: Int) -> ([ParsedExpression], Int)? {
        if let (x, y, end) = dailyEvent(i) {
            return ([ParsedExpression(tokens: i..<end, kind: .interval(x, y), mod: nil)], end)
        }
        var j = i
        var mod: String?
        var openInterval = false
        var approximatorAt: Int?
        var overAt: Int?
        /// Where a comparison's words start (`more than`, `over`): a duration's span takes them in, as TimeML marks it.
        var comparisonAt: Int?
        while j < hi {
            if var result = afterOpening(j, start: i, mod: mod, interval: openInterval) {
                // `between the 15th` without the range's other end is no date (`between the 3rd and 4th game`)
                if (i - 2...i).contains(where: { Self.andRangeOpeners.contains(key($0)) }), result.0.count == 1,
                    case let .point(s) = result.0[0].kind,
                    s.day != nil, s.month == nil, s.weekday == nil
                {
                    return nil
                }
                // An age is no expression of time, as TimeBank and KRAUTS read it (`55 years old`, `drei Jahre
                // altes`), nor a measure (`a quarter point`)
                if result.0.count == 1, case .duration = result.0[0].kind,
                    Self.notTimeAfterAmount.contains(key(result.1))
                {
                    return nil
                }
                // A duration's span leaves out prepositions ("nach zwei Stunden") but keeps "fast".
                if result.0.count == 1, case let .duration(value) = result.0[0].kind {
                    result.0[0].tokens = min(approximatorAt ?? j, comparisonAt ?? j)..<result.0[0].tokens.upperBound
                    // "over the years", "über Jahre": over is no MORE_THAN before an unknown amount
                    if overAt != nil, value.contains("X") { result.0[0].mod = nil }
                } else if result.0.count == 1, case .set = result.0[0].kind,
                    case let first = result.0[0].tokens.lowerBound, key(first) == "the",
                    first + 1 < result.0[0].tokens.upperBound, entry(first + 1)?.frequency != nil
                {
                    // "the daily tally", "the monthly plan": the frequency word alone, as TimeBank marks it
                    result.0[0].tokens = (first + 1)..<result.0[0].tokens.upperBound
                } else if overAt != nil {
                    // "over the weekend", "über Weihnachten": during a date, not more than it
                    for n in result.0.indices where result.0[n].mod == "MORE_THAN" { result.0[n].mod = nil }
                }
                // "from 2 pm", "ab Montag" without an end: an open interval.
                // ("ab 14 Uhr" too, where ab is the clock time's own cue like um)
                // (not German `vom`/`von` without the `an` that makes it a start, which dates a thing: `der Bericht
                // vom 12. März`, `eine Umfrage vom Januar`, `war von 2031 die Rede`; `vom 1. Januar an` is from then
                // on)
                // (nor `from a year ago`, `up from $3 a month ago`: what a figure is compared with)
                // (`von Freitag, 22 Uhr, bis Montag`: the start of a range whose end follows)
                let rangeFollows = key(result.1) == "bis" || key(result.1) == "," && key(result.1 + 1) == "bis"
                let datesAThing =
                    language == .german && (key(i) == "vom" || key(i) == "von") && key(result.1) != "an"
                    && !rangeFollows
                // (`up 3.2% in February from a year earlier`: a shift back from a date is compared with too; `to 19 from
                // September 2028` starts then)
                // (nor after a figure's unit, `rose 4 percent from September`, `was down from last year`: compared with it;
                // `rises to 19 from September` starts then)
                let afterFigure =
                    language == .english && key(i) == "from" && i > lo
                    && (key(i - 1) == "up" || key(i - 1) == "down" || TenseCues.figureWords.contains(key(i - 1)))
                let namesNoStart =
                    datesAThing || afterFigure || ["ago", "earlier", "before"].contains(key(result.1 - 1))
                if openInterval || key(i) == "ab", result.0.count == 1, case .point = result.0[0].kind,
                    result.0[0].mod == nil,
                    ["from", "von", "vom", "ab"].contains(key(i)), !namesNoStart
                {
                    result.0[0].mod = "AFTER"
                }
                return result
            }
            let k = key(j)
            if let e = entry(j), e.approximate, mod == nil {
                approximatorAt = j
                mod = Self.approximatorMod(k)
            } else if (k == "mehr" || k == "more"), has(j + 1, W.comparisonThan), quantity(j + 2) != nil {
                // (of an amount: `mehr als zwei Jahre`; `mehr als im Vorjahreszeitraum` compares something else)
                mod = "MORE_THAN"
                comparisonAt = j
                j += 1
            } else if let bound = k == "at" ? Self.boundsAfterAt[key(j + 1)] : Self.amountBounds[k], mod == nil,
                quantity(j + (k == "at" ? 2 : 1)) != nil
            {
                // mindestens zwei Jahre, at least two years; höchstens drei Tage, at most three days
                mod = bound
                comparisonAt = j
                if k == "at" { j += 1 }
            } else if k == "über" || k == "over" {
                // (before an article it is across a stretch, not more than it: `over the 12 months through June`)
                if !Self.overArticles.contains(key(j + 1)), Self.moreThanBeforeOver.contains(key(j - 1)) {
                    mod = "MORE_THAN"
                }
                overAt = j
                comparisonAt = j
            } else if Self.intervalOpeners.contains(k), !openInterval {
                openInterval = true
            } else if case let earlier = Self.earlierThan(k, key(j + 1)), Self.beforeWords.contains(k) || earlier,
                mod == nil
            {
                mod = negated(i) ? "AFTER" : "BEFORE"
                if earlier || has(j + 1, W.untilArticle) { j += 1 }
            } else if case let later = Self.laterThan(k, key(j + 1)),
                Self.afterWords.contains(k) || k == "frühestens" || later, mod == nil
            {
                mod = negated(i) ? "BEFORE" : "AFTER"
                if later { j += 1 }
            } else if Self.leading.contains(k) {
            } else if language == .english,
                k == "fiscal" || k == "fy" || (k == "earlier" || k == "later") && key(j + 1) == "this"
            {
                // TimeBank's spans: "fiscal 1989", "the fiscal first quarter", "earlier this year", "later
                // this afternoon" (the value is the year, quarter or day named). (Before a day, "Later
                // yesterday", "Earlier Sunday", TimeBank and AQUAINT disagree: tune strict F1 the same either way.)
            } else {
                return nil
            }
            j += 1
            if j - i > 4 { return nil }
        }
        return nil
    }

    /// `later than`, `später als`: after what follows; `earlier than`, `früher als`: before it.
    static func laterThan(_ word: String, _ next: String) -> Bool {
        (word == "later" && next == "than") || (word == "später" && next == "als")
    }
    static func earlierThan(_ word: String, _ next: String) -> Bool {
        (word == "earlier" && next == "than") || (word == "früher" && next == "als")
    }

    /// A negation right before the expression's first word turns its direction round: `nicht vor Montag`,
    /// `not before 11am` (AFTER), `nicht später als 11 Uhr`, `no later than Friday` (BEFORE).
    func negated(_ i: Int) -> Bool {
        i > lo && ["nicht", "not", "no"].contains(key(i - 1))
    }

    /// A bound said after a point (`Montag spätestens`, `11am at the latest` BEFORE; `frühestens`, `at the
    /// earliest` AFTER): its mod and where it ends.
    func boundAfter(_ k: Int) -> (String, Int)? {
        if has(k, W.spaetestens) { return ("BEFORE", k + 1) }
        if key(k) == "frühestens" { return ("AFTER", k + 1) }
        guard has(k, W.latestAt), has(k + 1, W.theArticle) else { return nil }
        if has(k + 2, W.latestWord) { return ("BEFORE", k + 3) }
        return key(k + 2) == "earliest" ? ("AFTER", k + 3) : nil
    }

    /// The expression proper, once prefixes are consumed.
    private func afterOpening(_ j: Int, start: Int, mod: String?, interval: Bool) -> ([ParsedExpression], Int)? {
        if let days = slashDays(j, start: start, mod: mod) { return days }
        if let days = hyphenedWeekdays(j, start: start) { return days }
        if interval, let hours = hoursBeforeDay(j, start: start, mod: mod) { return hours }
        // an assistant's `from 9 to 5`, `between 2 and 4`: two bare hours, today's next
        // (not before a part of the day or a day, which the hours' own rules join: `from 5 to 7 in the evening`)
        if interval, shiftsDates, j > lo, let (x, y, end) = hoursOfDay(after: j - 1, day: Spec(), twelveHour: true),
            !(end..<min(hi, end + 3)).contains(where: {
                entry($0)?.partOfDay != nil || entry($0)?.weekday != nil
                    || entry($0)?.relativeDay != nil || has($0, W.ampm)
            })
        {
            return ([ParsedExpression(tokens: start..<end, kind: .interval(x, y), mod: mod)], end)
        }
        // An interval: first part (possibly bare), connector, second part.
        if let (first, afterFirst) = element(j) ?? bare(j) {
            var k = afterFirst
            // am 14./15. Oktober, 15.2. - 18.2.: a day's period before the slash or the dash
            if has(k, W.fullStop), case let .point(a) = first, a.day != nil,
                key(k + 1) == "/" && a.month == nil || attached(k) && ["-", "–"].contains(key(k + 1))
            {
                k += 1
            }
            if k < hi, Self.intervalConnectors.contains(key(k)) {
                let connector = key(k)
                let coordinating = connector == "und" || connector == "and"
                if !coordinating || interval || Self.andRangeOpeners.contains(key(start)) {
                    var c = k + 1
                    if has(c, W.intervalEndArticle) { c += 1 }
                    if connector == "/" && !(attached(k) && attached(k + 1)) {
                    } else if case let .point(a) = first, let (secondKind, end) = element(c) ?? bare(c),
                        case let .point(b) = secondKind, !countsWhatFollows(end),
                        // (a number in words ends a range of hours, never of days: `in March to one count`)
                        b.bare == nil || !isCardinalWord(c) || a.hasTime || a.meridiem != nil || a.partOfDay != nil,
                        let (x, y) = Self.join(a, b)
                    {
                        return (
                            [
                                ParsedExpression(
                                    tokens: start..<end, kind: .interval(x, y), mod: nil, ends: (k, c))
                            ], end
                        )
                    }
                }
            }
            guard case let .point(firstSpec) = first else {
                if firstSpecIsBare(first) { return nil }
                var items = [ParsedExpression(tokens: start..<afterFirst, kind: first, mod: mod)]
                var end = afterFirst
                // every Tuesday and Friday, jeden Montag und Donnerstag: each weekday coordinated with the first of a
                // set is a set too
                if case .set = first, let last = entry(afterFirst - 1), last.weekday != nil, last.partOfDay == nil {
                    while end + 1 < hi, has(end, W.listConjunction) || key(end) == ",", let w = entry(end + 1)?.weekday,
                        entry(end + 1)?.partOfDay == nil
                    {
                        items.append(ParsedExpression(tokens: (end + 1)..<(end + 2), kind: .set("XXXX-WXX-\(w)")))
                        end += 2
                    }
                }
                return (items, end)
            }
            if firstSpec.isBare { return coordination(firstSpec, start: start, after: afterFirst) }
            // `Donnerstag von 9 bis 11`, `tomorrow from 9 to 11`: after a day, two bare numbers are its hours
            // (to an assistant with a dash alone too: `monday 9-5`, each hour either half of the day)
            if firstSpec.weekday != nil || firstSpec.day != nil || firstSpec.relativeDay != nil, !firstSpec.hasTime,
                let (x, y, end) = hoursOfDay(after: afterFirst, day: firstSpec)
                    ?? (shiftsDates && ["-", "–"].contains(key(afterFirst + 1))
                        ? hoursOfDay(after: afterFirst - 1, day: firstSpec, twelveHour: true, opened: false) : nil)
            {
                // (one expression, as `Donnerstag von 9 Uhr bis 11 Uhr` is)
                return ([ParsedExpression(tokens: start..<end, kind: .interval(x, y), mod: mod)], end)
            }
            // A day of the month said alone (`am 3.`) coordinated with a full date borrows it as a bare day does:
            // `am 3. und 4. Mai`.
            if let d = firstSpec.day, firstSpec.month == nil, firstSpec.year == nil, firstSpec.weekday == nil,
                firstSpec.relative == nil, !firstSpec.hasTime
            {
                var bareDay = Spec()
                bareDay.bare = d
                if let items = coordination(bareDay, start: start, after: afterFirst) { return items }
            }
            // Coordination: am Dienstag und Mittwoch, 2019 und 2021.
            if let (more, end) = coordinated(after: afterFirst, first: firstSpec) {
                var items = [ParsedExpression(tokens: start..<afterFirst, kind: first, mod: mod)]
                items.append(contentsOf: more)
                return (items, end)
            }
            // die Nacht vom 16. auf den 17. April 1945, vom 19. zum 20. März: a day alone before the day it runs
            // into takes that day's month and year (the month before when its day is the later number)
            if let d = firstSpec.day, firstSpec.month == nil, firstSpec.year == nil, firstSpec.weekday == nil,
                language == .german, key(afterFirst) == "auf" || key(afterFirst) == "zum"
            {
                let c = key(afterFirst) == "auf" && key(afterFirst + 1) == "den" ? afterFirst + 2 : afterFirst + 1
                if let (kind, end) = element(c), case let .point(b) = kind, let bd = b.day, let bm = b.month,
                    !b.hasTime
                {
                    var a = firstSpec
                    a.month = d > bd ? (bm == 1 ? 12 : bm - 1) : bm
                    (a.year, a.twoDigitYear) = (b.year.map { d > bd && bm == 1 ? $0 - 1 : $0 }, b.twoDigitYear)
                    return (
                        [
                            ParsedExpression(tokens: start..<afterFirst, kind: .point(a), mod: mod),
                            ParsedExpression(tokens: c..<end, kind: kind, mod: nil),
                        ], end
                    )
                }
            }
            // im Mai und Juni 1940, Sommer und Herbst 1944, March and April 2020: the year named last is both's.
            if firstSpec.year == nil, firstSpec.day == nil, firstSpec.relative == nil, firstSpec.shift == nil,
                firstSpec.month != nil || firstSpec.season != nil, has(afterFirst, W.listConjunction)
            {
                var c = afterFirst + 1
                if ["im", "in", "the"].contains(key(c)) { c += 1 }
                if let (kind, end) = element(c), case let .point(b) = kind, b.year != nil, b.day == nil,
                    b.month != nil || b.season != nil
                {
                    var a = firstSpec
                    (a.year, a.twoDigitYear) = (b.year, b.twoDigitYear)
                    return (
                        [
                            ParsedExpression(tokens: start..<afterFirst, kind: .point(a), mod: mod),
                            ParsedExpression(tokens: afterFirst + 1..<end, kind: kind, mod: nil),
                        ], end
                    )
                }
            }
            // After one time but before another (nach 9:30 aber vor 11:00, later than 2pm but before 5pm):
            // the interval between them, the day named with either.
            if mod == "AFTER", firstSpec.hasTime, has(k, W.butOrAnd), Self.beforeWords.contains(key(k + 1)),
                let (items, end) = top(k + 1), items.count == 1, case let .point(b) = items[0].kind,
                items[0].mod == "BEFORE", b.hasTime
            {
                var x = firstSpec, y = b
                x.borrow(from: y)
                y.borrow(from: x)
                return (
                    [ParsedExpression(tokens: start..<end, kind: .interval(x, y), mod: nil, ends: (afterFirst, k + 2))],
                    end
                )
            }
            // A day, then the hours of an interval: Thursday from 9:30 until 11:00 (or after 9:30 but before
            // 11:00), this Thursday 9 to 11am, an assistant's `tomorrow at lunch`, `Monday lunch`.
            if firstSpec.hasDate, !firstSpec.hasTime, k < hi,
                let (a, b, end) = dailyEvent(k, afterADay: true) ?? hours(k)
            {
                var x = a, y = b
                x.borrow(from: firstSpec)
                y.borrow(from: firstSpec)
                return ([ParsedExpression(tokens: start..<end, kind: .interval(x, y), mod: nil)], end)
            }
            // A day, then a time that bounds it: tomorrow after 2pm, heute vor 17 Uhr (the time on that day).
            if firstSpec.hasDate, !firstSpec.hasTime, mod == nil, k < hi,
                Self.afterWords.contains(key(k)) || Self.beforeWords.contains(key(k)),
                let (items, end) = top(k), items.count == 1, case let .point(b) = items[0].kind, b.hasTime, !b.hasDate,
                let bound = items[0].mod, bound == "AFTER" || bound == "BEFORE"
            {
                var y = b
                y.borrow(from: firstSpec)
                var item = ParsedExpression(tokens: start..<end, kind: .point(y), mod: bound)
                item.timeSplit = TimeSplit(firstEnd: afterFirst, secondStart: k)
                item.modOnTime = true
                return ([item], end)
            }
            // A point that lasts: from 18th Dec for 10 days.
            if has(k, W.lastingFor), let (q, afterQ) = quantity(k + 1), q > 0, let (u, end) = unit(afterQ) {
                return (
                    [
                        ParsedExpression(
                            tokens: start..<end, kind: .lasting(firstSpec, unit: u.unit, amount: q * u.factor), mod: nil
                        )
                    ], end
                )
            }
            var itemMod = mod
            if let (bound, end) = boundAfter(k) { (itemMod, k) = (bound, end) }
            var item = ParsedExpression(tokens: start..<k, kind: first, mod: itemMod)
            if firstSpec.hasTime, firstSpec.hasDate, let split = compoundWithTimeSplit(j)?.2, split.secondStart < k {
                item.timeSplit = split
            }
            return ([item], k)
        }
        return nil
    }

    /// A number in words, not an ordinal (`one`, `zwei`; not `first`, `24th`, `3`).
    func isCardinalWord(_ i: Int) -> Bool {
        i < hi && t.kinds[i] == .word && entry(i)?.ordinal == nil && !key(i).utf8.contains { $0 >= 48 && $0 <= 57 }
    }

    private func firstSpecIsBare(_ kind: ParsedExpression.Kind) -> Bool {
        if case let .point(s) = kind { return s.isBare }
        return false
    }

    /// `between 2 and 4 tomorrow`, `von 9 bis 11 am Donnerstag`: two bare hours, then the day they are
    /// hours of (the order reversed of `hoursOfDay`).
    private func hoursBeforeDay(_ j: Int, start: Int, mod: String?) -> ([ParsedExpression], Int)? {
        guard j > lo, let (x0, y0, end) = hoursOfDay(after: j - 1, day: Spec(), dayAfter: true) else { return nil }
        var k = end
        if key(k) == "on" || key(k) == "am" { k += 1 }
        guard let (day, dayEnd) = compound(k), day.hasDate, !day.hasTime,
            day.weekday != nil || day.day != nil || day.relativeDay != nil
        else { return nil }
        var x = day, y = day
        (x.hour, x.minute, x.wholeHour) = (x0.hour, 0, true)
        (y.hour, y.minute, y.wholeHour) = (y0.hour, 0, true)
        return ([ParsedExpression(tokens: start..<dayEnd, kind: .interval(x, y), mod: mod)], dayEnd)
    }

    /// `von 9 bis 11`, `from 9 to 11`, `zwischen 9 und 11` after a day: the day's hours from the first to
    /// the second (which must be later), when no noun follows that the numbers could count (`von 9 bis 11
    /// Prozent`; in English only a function word or punctuation may follow) — or, with `dayAfter`, before
    /// the day they belong to (the caller reads it).
    /// With `twelveHour` (an assistant's `from 9 to 5`, no day named) the end may be a smaller number: each hour
    /// below 12 is then either half of the day, and the end the first reading after the beginning.
    /// Without `opened` no opener stands at `k`: the first hour follows it all the same.
    private func hoursOfDay(
        after k: Int, day: Spec, dayAfter: Bool = false, twelveHour: Bool = false, opened: Bool = true
    ) -> (Spec, Spec, Int)? {
        guard !opened || Self.hourRangeOpeners.contains(key(k)), let (h1, afterH1) = hourWord(k + 1), afterH1 > k + 1,
            afterH1 < hi, Self.intervalConnectors.contains(key(afterH1)),
            key(afterH1) != "und" && key(afterH1) != "and" || Self.andRangeOpeners.contains(key(k)),
            let (h2, end) = hourWord(afterH1 + 1), end > afterH1 + 1, h1 < h2 || twelveHour && h2 < 12
        else { return nil }
        if end < hi, t.kinds[end] == .word, !dayAfter {
            if has(end, W.hourClockWord) { return nil }  // `von 9 bis 11 Uhr`: a clock time of its own
            if language == .german ? t.capitalized[end] : !Self.functionWordsAfterHours.contains(key(end)) {
                return nil
            }
        }
        var x = day, y = day
        (x.hour, x.minute, x.wholeHour) = (h1, 0, true)
        (y.hour, y.minute, y.wholeHour) = (h2, 0, true)
        if twelveHour { (x.twelveHour, y.twelveHour) = ((1...11).contains(h1), (1...11).contains(h2)) }
        return (x, y, end)
    }

    static let hourRangeOpeners: Set<String> = ["von", "from", "zwischen", "between"]
    static let functionWordsAfterHours: Set<String> = ["on", "at", "in", "and", "or", "but", "for", "with", "to"]

    /// `14/15 October`, `14/15 Oct 2024`: two days in a row written as one token with a slash, right
    /// before a month (`3/4 of October` is a fraction).
    private func slashDays(_ j: Int, start: Int, mod: String?) -> ([ParsedExpression], Int)? {
        guard j < hi, t.kinds[j] == .number, key(j).utf8.contains(47), case let parts = key(j).split(separator: "/"),
            parts.count == 2,
            parts[0].utf8.count <= 2, parts[1].utf8.count <= 2, let a = Int(parts[0]), let b = Int(parts[1]),
            a >= 1, b == a + 1, b <= 31
        else { return nil }
        var m = Spec()
        guard let end = monthDay(j + 1, &m), m.month != nil, m.day == nil else { return nil }
        var x = m, y = m
        (x.day, y.day) = (a, b)
        return ([ParsedExpression(tokens: start..<end, kind: .interval(x, y), mod: mod)], end)
    }

    /// A bare day or hour number that only makes sense with what follows (`13` in `13 bis 15 Juli`).
    func bare(_ j: Int) -> (ParsedExpression.Kind, Int)? {
        if let (d, end) = dayOfMonth(j, allowBare: true),
            key(j).utf8.count <= 3 || t.kinds[j] == .ordinal || ordinalValue(j) != nil, !countsWhatFollows(end)
        {
            var s = Spec()
            s.bare = d
            // (German writes the day's period; English has none, so a period there ends the sentence: `July 29-30.`)
            if end < hi, has(end, W.fullStop), t.kinds[j] == .number, language == .german {
                return (.point(s), end + 1)
            }
            var k = end
            if has(k, W.comma) { k += 1 }
            // May 3 to 5, 2025
            if let (y, afterYear) = yearNumber(k, requireCue: false) { s.year = y; return (.point(s), afterYear) }
            return (.point(s), end)
        }
        // 9.30 (bis 11 Uhr): German writes a clock time's minutes after a period
        if j < hi, t.kinds[j] == .number, (4...5).contains(key(j).utf8.count), key(j).utf8.contains(46),
            case let parts = key(j).split(separator: "."), parts.count == 2,
            parts[0].utf8.count <= 2, parts[1].utf8.count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
            h <= 24, m < 60
        {
            var s = Spec()
            (s.bare, s.bareMinute) = (h, m)
            return (.point(s), j + 1)
        }
        if let (h, end) = hourWord(j), entry(j)?.number != nil || int(j) != nil {
            var s = Spec()
            s.bare = h
            if let podEnd = partOfDayExpr(end, &s) {
                s.bare = nil
                s.hour = h
                s.minute = 0
                s.wholeHour = true
                return (.point(s), podEnd)
            }
            return (.point(s), end)
        }
        return nil
    }

    /// `19. und 20. Juni`: bare days coordinated with a full date borrow its month.
    private func coordination(_ first: Spec, start: Int, after: Int) -> ([ParsedExpression], Int)? {
        guard has(after, W.dayListConjunction), let (next, end) = element(after + 1) ?? bare(after + 1),
            case let .point(b) = next, !countsWhatFollows(end)
        else { return nil }
        var items: [ParsedExpression]
        var nextEnd = end
        if b.isBare {
            guard let (rest, e) = coordination(b, start: after + 1, after: end) else { return nil }
            items = rest
            nextEnd = e
        } else {
            items = [ParsedExpression(tokens: after + 1..<end, kind: next, mod: nil)]
        }
        guard case let .point(full) = items.last!.kind, full.month != nil || full.relative?.unit == .month else {
            return nil
        }
        var a = first
        a.day = a.bare
        a.bare = nil
        a.borrow(from: full)
        return ([ParsedExpression(tokens: start..<after, kind: .point(a), mod: nil)] + items, nextEnd)
    }

    /// `Dienstag und Mittwoch`, `Montag, Dienstag und Freitag`: further weekdays after the first.
    private func coordinated(after: Int, first: Spec) -> ([ParsedExpression], Int)? {
        guard first.weekday != nil, first.day == nil, first.month == nil else { return nil }
        var items: [ParsedExpression] = []
        var k = after
        while has(k, W.listConjunction) {
            var c = k + 1
            if has(c, W.weekdayPreposition) { c += 1 }
            guard let (kind, end) = element(c), case let .point(s) = kind, s.weekday != nil, s.weekdayModifier == nil,
                s.day == nil, s.month == nil, s.relative == nil
            else { break }
            items.append(ParsedExpression(tokens: k + 1..<end, kind: kind, mod: nil, followsPrevious: true))
            k = end
        }
        return items.isEmpty ? nil : (items, k)
    }

    /// An ordinal right before `end` that counts the noun after it (`zwischen dem 3. und 4. Spiel`,
    /// `the 3rd and 4th game`): a word of no date after it (German: a noun, read past the sentence end the
    /// splitter may put at the ordinal's period).
    func countsWhatFollows(_ end: Int) -> Bool {
        // (`4.` before a capital may be tokenized as a number and a sentence's full stop)
        let ordinal =
            end > lo
            && (ordinalValue(end - 1) != nil
                || end - 1 > lo && has(end - 1, W.fullStop) && attached(end - 1) && int(end - 2) != nil)
        guard ordinal, end < t.kinds.count, t.kinds[end] == .word, t.entries[end] == nil else { return false }
        return language == .english ? end < hi : t.capitalized[end]
    }

    /// Two weekdays joined by a hyphen in one token: `Montag-Mittwoch`, `Mo-Mi`, `Monday-Wednesday`
    /// (with spaces or a dash of their own the interval rule reads them: `Mo. – Mi.`).
    func hyphenedWeekdays(_ j: Int, start: Int) -> ([ParsedExpression], Int)? {
        guard let days = Self.hyphenedWeekdays(key(j), lexicon: lexicon) else { return nil }
        var a = Spec(), b = Spec()
        a.weekday = days.first
        b.weekday = days.last
        guard let (x, y) = Self.join(a, b) else { return nil }
        return ([ParsedExpression(tokens: start..<(j + 1), kind: .interval(x, y), mod: nil)], j + 1)
    }

    /// The weekdays of a token that is two weekday names joined by a hyphen, nil for others.
    static func hyphenedWeekdays(_ key: String, lexicon: Lexicon) -> (first: Int, last: Int)? {
        guard let parts = hyphenParts(of: key), parts.count == 2, let a = lexicon.entries[String(parts[0])]?.weekday,
            let b = lexicon.entries[String(parts[1])]?.weekday, a != b
        else { return nil }
        return (a, b)
    }

    /// Makes two halves of an interval whole: each borrows what it lacks from the other.
    static func join(_ a: Spec, _ b: Spec) -> (Spec, Spec)? {
        var x = a, y = b
        for (isFirst, bareValue) in [(true, a.bare), (false, b.bare)] {
            guard let v = bareValue else { continue }
            let other = isFirst ? b : a
            var s = isFirst ? x : y
            s.bare = nil
            if other.hasTime || other.meridiem != nil || (other.partOfDay != nil && !other.hasDate)
                || other.bare != nil && (other.meridiem != nil || other.partOfDay != nil)
            {
                s.hour = v
                // `8am until 6`, `from 10 am to 2`: an end said bare before the morning hour it closes is
                // in the afternoon
                if !isFirst, other.meridiem == 0, let h = other.hour, v < 12, v <= h { s.hour = v + 12 }
                // `9-5pm`, `11-1 pm`: a start said bare after the afternoon hour it opens is in the morning
                if isFirst, other.meridiem == 12, let h = other.hour, v < 12, v > h { s.meridiem = 0 }
                s.minute = s.bareMinute ?? 0
                s.wholeHour = s.bareMinute == nil
                s.bareMinute = nil
                // (a bare hour below 12 may be either half of the day, as `at 3` is: `from 2:30 to 4`, `from noon
                // to 3`)
                s.twelveHour = s.meridiem == nil && (1...11).contains(s.hour ?? 0)
            } else if s.bareMinute == nil, other.month != nil || other.relative?.unit == .month || other.day != nil {
                // (a day of the month said alone: `vom 15. bis 20.`, `from the 15th to the 20th`)
                s.day = v
            } else {
                return nil
            }
            if isFirst { x = s } else { y = s }
        }
        guard !x.isEmpty, !y.isEmpty else { return nil }
        x.borrow(from: y)
        y.borrow(from: x)
        return (x, y)
    }

    /// Duckling's German instants that name no unit, to an assistant: `diesen Moment`, `gerade eben` (now);
    /// `um diese Zeit`, `zu diesem Zeitpunkt` (today; in news they refer back to a time named before, and
    /// are left alone). The expression and its end.
    func assistantInstant(_ i: Int) -> (Spec, Int)? {
        guard shiftsDates, i + 1 < hi else { return nil }
        var s = Spec()
        // English `at this time` alone is today (not `at this time tomorrow`, a clock time on another day)
        if language == .english {
            guard key(i - 1) == "at", key(i) == "this", key(i + 1) == "time", i + 2 >= hi || !t.content[i + 2] else {
                return nil
            }
            s.relativeDay = 0
            return (s, i + 2)
        }
        guard language == .german else { return nil }
        if key(i) == "diesen" && key(i + 1) == "moment" || key(i) == "gerade" && key(i + 1) == "eben" {
            s.reference = "PRESENT_REF"
            return (s, i + 2)
        }
        guard Self.demonstratives.contains(key(i)), key(i + 1) == "zeit" || key(i + 1) == "zeitpunkt",
            key(i - 1) == "um" || key(i - 1) == "zu"
        else { return nil }
        s.relativeDay = 0
        return (s, i + 2)
    }

    static let demonstratives: Set<String> = ["diese", "dieser", "diesen", "diesem"]

    /// An expression without intervals: a reference word, a span of units, a compound date/time,
    /// a set or a duration.
    func element(_ i: Int) -> (ParsedExpression.Kind, Int)? {
        guard i < hi else { return nil }
        if let (s, end) = assistantInstant(i) { return (.point(s), end) }
        if let r = slashYears(i) { return r }
        if let r = spanExpr(i) { return r }  // before "the past": the past three months
        if let r = referencePhrase(i) { var s = Spec(); s.reference = r.0; return (.point(s), r.1) }
        if let r = weekdayPartsOfDay(i) { return r }
        if let r = partOfDayAdverbSet(i) { return r }
        if let r = weekdayOfEveryMonth(i) { return r }
        if let (s, end) = compound(i) { return (.point(s), end) }
        if let r = setExpr(i) { return r }
        if let r = durationExpr(i) { return r }
        return nil
    }

    /// `Sunday mornings`, `on Tuesday evenings`: that part of every such day (English puts the plural
    /// on the part of day).
    func weekdayPartsOfDay(_ i: Int) -> (ParsedExpression.Kind, Int)? {
        guard language == .english, let e = entry(i), let w = e.weekday, !e.weekdayPlural,
            let p = entry(i + 1)?.partOfDay, key(i + 1).hasSuffix("s"), entry(i + 1)?.weekday == nil
        else { return nil }
        return (.set("XXXX-WXX-\(w)T\(p)"), i + 2)
    }

    /// `1939/1940`, `2014/15`: two consecutive years in one token (a winter, a season, a school year).
    func slashYears(_ i: Int) -> (ParsedExpression.Kind, Int)? {
        let k = key(i)
        guard t.kinds[i] == .number, k.utf8.count == 7 || k.utf8.count == 9 else { return nil }
        let parts = k.split(separator: "/")
        guard parts.count == 2, parts[0].utf8.count == 4, let a = Int(parts[0]), (1000...2199).contains(a),
            let n = Int(parts[1])
        else { return nil }
        let b = parts[1].utf8.count == 2 ? a / 100 * 100 + n : n
        guard b == a + 1 else { return nil }
        var x = Spec(), y = Spec()
        x.year = a
        y.year = b
        return (.interval(x, y), i + 1)
    }

    /// Words that join a German clock time to its date: `Samstag um 20 Uhr`, `ab 20 Uhr`, `gegen 3 Uhr`.
    static let germanTimeLinks: Set<String> = ["um", "ab", "gegen"]

    func compound(_ i: Int) -> (Spec, Int)? {
        compoundWithTimeSplit(i).map { ($0.0, $0.1) }
    }

    /// A compound, and where a German clock time joined to a date by `um` starts (`1. September 1939 |um|
    /// 4:45 Uhr`): TimeML annotates the date and the time as two expressions.
    func compoundWithTimeSplit(_ i: Int) -> (Spec, Int, TimeSplit?)? {
        var spec = Spec()
        var j = i
        var any = false
        var split: TimeSplit?
        while j < hi {
            let before = spec.hasDate && !spec.hasTime
            if let end = component(j, &spec) {
                if before, spec.hasTime, language == .german, Self.germanTimeLinks.contains(key(j)) {
                    split = TimeSplit(firstEnd: j, secondStart: j)
                }
                j = end
                any = true
                continue
            }
            guard any else { break }
            // "10:35 a.m. (0735 GMT) Friday": the clock time in another zone in brackets, then the day the time is on
            // (TimeML marks the time and the day, not the bracket)
            if spec.hasTime, !spec.hasDate, key(j) == "(",
                let close = (j + 2..<min(hi, j + 5)).first(where: { key($0) == ")" }),
                case var inner = Spec(), let innerEnd = component(j + 1, &inner), inner.hasTime, innerEnd <= close,
                case var next = spec, let end = component(close + 1, &next), next.hasDate
            {
                split = TimeSplit(firstEnd: j, secondStart: close + 1, timeFirst: true)
                spec = next
                j = end
                continue
            }
            var g = j
            // "Christmas in 2017", "Dhanteras in 2019": a year joins after "in"
            while g < hi, g - j < 2,
                Self.glue.contains(key(g))
                    || (key(g) == "in" && spec.year == nil && yearNumber(g + 1, requireCue: false) != nil)
            {
                // "Fr, 18. Juli", "Monday, Feb 18": a comma joins only after a weekday or a bare time.
                if key(g) == ",", !(spec.weekday != nil && spec.day == nil) && !(spec.hasTime && !spec.hasDate) {
                    // "am Freitag, 15. Juni, um 20 Uhr": a German clock time joins its day and month after a comma
                    // too, as it does without one
                    if language == .german, spec.day != nil, spec.month != nil, !spec.hasTime,
                        Self.germanTimeLinks.contains(key(g + 1)), g + 2 < hi, t.kinds[g + 2] == .number
                    {
                        g += 1
                        continue
                    }
                    break
                }
                g += 1
            }
            let dateOnly = spec.hasDate && !spec.hasTime
            // "Dienstag, den 19.", "Freitag, dem 3.": a weekday and the day of the month it falls on
            if g > j, language == .german, spec.weekday != nil, spec.day == nil, spec.month == nil,
                key(g - 1) == "den" || key(g - 1) == "dem", t.kinds[g] == .ordinal || entry(g)?.ordinal != nil,
                entry(g + 1)?.month == nil, let (d, end) = dayOfMonth(g, allowBare: false)
            {
                spec.day = d
                j = end
                continue
            }
            // "at 3:30 on the 15th": the article belongs to a day said alone
            if g - 1 > j, key(g - 1) == "the", !spec.hasDate, let end = component(g - 1, &spec) {
                j = end
                continue
            }
            var next = spec
            if g > j, let end = component(g, &next) {
                // "an election for March 10 on Thursday", "the forecast for the fourth quarter on Tuesday": a
                // weekday after `on` is the day of another event, not a day of the date (joined, the two had made a
                // year in which March 10 is a Thursday); only a week has one day of each name (`next week on
                // Tuesday`)
                if spec.hasDate, spec.weekday == nil, next.weekday != nil, ["on", "am"].contains(key(g - 1)),
                    !spec.namesWeek
                {
                    break
                }
                if dateOnly, next.hasTime, language == .german,
                    Self.germanTimeLinks.contains(key(g - 1)) || Self.germanTimeLinks.contains(key(g))
                {
                    split = TimeSplit(firstEnd: j, secondStart: g)
                }
                spec = next
                j = end
                continue
            }
            break
        }
        guard any, !spec.isEmpty else { return nil }
        return (spec, j, split)
    }

    /// `sofort`, `immediately`: now to an assistant ("remind me immediately"); news and TimeML read
    /// them as manner, not time (TimeBank: 0 of 8 on the TBAQ tuning half).
    static let assistantNowWords: Set<String> = ["sofort", "umgehend", "immediately"]

    /// Words around `soon` that make it a conjunction's or a degree's: `as soon as`, `soon after`, `too soon`.
    static let soonLinks: Set<String> = ["as", "after", "afterwards", "afterward", "thereafter", "so", "too", "how"]

    /// `at this moment`, `in diesem Moment`
    static let momentDemonstratives: Set<String> = ["this", "diesem"]

    func referencePhrase(_ i: Int) -> (Code, Int)? {
        // `the then current market price`: what was current then
        if key(i) == "then", key(i + 1) == "current", i + 2 < hi, t.kinds[i + 2] == .word { return ("PAST_REF", i + 2) }
        if let r = entry(i)?.reference {
            if Self.assistantNowWords.contains(key(i)), !shiftsDates { return nil }
            // `current` is an adjective of time before a noun (`the current number`, `its current share`), not an
            // account's kind (`the current account deficit`) nor a noun at the end of its phrase
            if key(i) == "current",
                i + 1 >= hi || t.kinds[i + 1] != .word || t.capitalized[i + 1]
                    || ["account", "accounts", "affairs", "events", "flows", "flow", "assets", "liabilities"]
                        .contains(key(i + 1))
            {
                return nil
            }
            // früher als, früher, als: a comparison
            if has(i + 1, W.comparisonThan) || (key(i + 1) == "," && has(i + 2, W.comparisonThan)) { return nil }
            // `soon` ahead of now (`may soon seek`), not a conjunction's (`as soon as`, `soon after`) nor a story's
            // (`soon became`, `was soon released`)
            if key(i) == "soon",
                Self.soonLinks.contains(key(i - 1)) || Self.soonLinks.contains(key(i + 1))
                    || TenseCues.englishPast.contains(key(i + 1)) || key(i + 1).hasSuffix("ed")
                    || ["was", "were", "had"].contains(key(i - 1))
            {
                return nil
            }
            return (r, i + 1)
        }
        // these days: nowadays (`in these days of …` names days of something)
        if language == .english, key(i) == "these", key(i + 1) == "days", key(i + 2) != "of" {
            return ("PRESENT_REF", i + 2)
        }
        // the (near) future, (die) nahe Zukunft: the future however it is introduced
        var f = i
        if ["the", "die", "der", "naher", "nahe", "ferner", "ferne", "fernen", "nahen"].contains(key(f)) { f += 1 }
        if ["near", "distant", "foreseeable", "nahe", "nahen", "ferne", "fernen"].contains(key(f)) { f += 1 }
        if f > i, key(f) == "future" || key(f) == "zukunft" { return ("FUTURE_REF", f + 1) }
        var j = i
        if has(j, W.referencePreposition) { j += 1 } else { return nil }
        if has(j, W.referenceArticle) || Self.momentDemonstratives.contains(key(j)) && key(j + 1) == "moment" { j += 1 }
        switch key(j) {
        case "zukunft", "future": return ("FUTURE_REF", j + 1)
        case "vergangenheit", "past":
            // "in the past three months" is a span, not the past
            return key(i) == "in" && quantity(j + 1) == nil && entry(j + 1)?.unit == nil ? ("PAST_REF", j + 1) : nil
        case "moment", "zeit":
            let opens = key(i) == "at" || key(i) == "im" || key(i) == "zur" || key(i) == "in" && key(j - 1) == "diesem"
            return opens ? ("PRESENT_REF", j + 1) : nil
        case "now": return key(i) == "right" || key(i) == "for" ? ("PRESENT_REF", j + 1) : nil
        // at present (not `at present-day prices`)
        case "present": return key(i) == "at" && j == i + 1 && key(j + 1) != "-" ? ("PRESENT_REF", j + 1) : nil
        default: return nil
        }
    }

    /// `nächste drei Wochen`, `letzten 2 Jahren`, `past 2 days`, `next 3 hours`; and the singular
    /// `upcoming two week` / `two upcoming week` (a point n units ahead).
    func spanExpr(_ i: Int) -> (ParsedExpression.Kind, Int)? {
        var j = i
        if has(j, W.spanPrefix) { j += 1 }
        if lastIsVerb(j) { return nil }
        var mod = entry(j)?.modifier
        var q: Double
        var afterQ: Int
        if let m = mod, m == 1 || m == -1, let (v, end) = quantity(j + 1), v > 0, v == v.rounded() {
            q = v; afterQ = end
        } else if let (v, end) = quantity(j), v > 0, v == v.rounded(), t.kinds[j] != .ordinal, !has(j + 1, W.fullStop),
            let m = entry(end)?.modifier, m == 1
        {
            mod = m; q = v; afterQ = end + 1
        } else {
            return nil
        }
        guard let m = mod, let (u, end) = unit(afterQ), u.factor == 1 else { return nil }
        if language != .german, isSingularUnit(afterQ), key(j) != "next", key(j) != "last", key(j) != "past" {
            var s = Spec()
            if u.unit == .day { s.relativeDay = Int(q) * m } else { s.relative = (u.unit, Int(q) * m) }
            return (.point(s), end)
        }
        return (.span(unit: u.unit, count: Int(q), direction: m), end)
    }

    /// Whether the `last` at `j` is the verb (`will last 30 days`, `expected to last several weeks`): the amount
    /// after it alone is the duration.
    func lastIsVerb(_ j: Int) -> Bool {
        language == .english && key(j) == "last" && Self.beforeEnglishInfinitive.contains(key(j - 1))
    }

    /// Words an English verb's bare infinitive follows: modals, `to`, a negation.
    static let beforeEnglishInfinitive: Set<String> = TenseCues.englishFuture.union(TenseCues.englishPossibility)
        .union(["to", "can", "cannot", "not", "n't"])
    static let perWords: Set<String> = ["pro", "je", "per"]
    /// Units of length and volume, whose rate per hour is a speed or a flow.
    static let measureUnits: Set<String> = [
        "km", "kilometer", "kilometern", "kilometers", "kilometre", "kilometres", "meter", "metern", "meters", "metre",
        "metres", "m", "mile", "miles", "meilen", "knoten", "knots", "mm", "millimeter", "millimetern", "cm",
        "zentimeter", "zentimetern", "liter", "litern", "liters", "litre", "litres", "kubikmeter", "kubikmetern",
    ]
    /// `im Monat`, `am Tag`, `a week`: an amount per unit, after the amount.
    static let rateArticles: Set<String> = ["im", "am", "a", "an"]
    /// Words after the unit that make it a date or a length, not a rate.
    static let afterRateUnit: Set<String> = [
        "der", "des", "nach", "vor", "später", "früher", "zuvor", "of", "ago", "earlier", "later", "before", "after",
        "or", "from", "until", "ahead",
    ]
    static let repetitionLinks: Set<String> = ["um", "für", "after", "by", "to"]

    /// Singular unit words only: `pro Monat`, not `pro Monate`.
    func isPluralUnit(_ i: Int) -> Bool {
        let k = key(i)
        return language == .english
            ? k.hasSuffix("s")
            : k.hasSuffix("en")
                || (k.hasSuffix("e") && k != "woche" && k != "stunde" && k != "minute" && k != "sekunde")
    }

    /// One of `unit`, said in the singular: `Monat`, `week`, `des Jahres` (not `Monate`, `weeks`, `Jahrzehnt`).
    func namesOne(_ unit: TimeUnit, at i: Int) -> Bool {
        entry(i)?.unit?.unit == unit && entry(i)?.unit?.factor == 1 && !isPluralUnit(i)
    }

    /// `the first Tuesday of every month`, `the last Friday of each month`: the set of that weekday, as `jeden
    /// ersten Dienstag im Monat` is (TIMEX3 names no n-th weekday of every month).
    func weekdayOfEveryMonth(_ i: Int) -> (ParsedExpression.Kind, Int)? {
        guard language == .english, key(i) == "the", let j = pastWeekdayCount(i + 1) else { return nil }
        guard let e = entry(j), let w = e.weekday, !e.weekdayPlural, e.partOfDay == nil, key(j + 1) == "of",
            entry(j + 2)?.every == true, entry(j + 3)?.unit.map({ $0.unit == .month && $0.factor == 1 }) == true
        else { return nil }
        return (.set("XXXX-WXX-\(w)"), j + 4)
    }

    /// Past an ordinal or `last` that counts a month's weekdays at `j` (`jeden ersten Dienstag`, `jeden letzten
    /// Freitag`, `the second Tuesday`): where the weekday stands, or nil.
    func pastWeekdayCount(_ j: Int) -> Int? {
        if let (_, end) = ordinalValue(j), entry(end)?.weekday != nil { return end }
        if Self.lastOfMonthWords.contains(key(j)), entry(j + 1)?.weekday != nil { return j + 1 }
        return nil
    }

    /// `last` before a weekday of a month (`jeden letzten Freitag im Monat`, `the last Friday of every month`).
    static let lastOfMonthWords: Set<String> = ["last", "letzten", "letzte"]

    /// `nachts`, `morgens`, `abends` alone: that part of every day, as the news annotation reads it (not to an
    /// assistant, for whom `morgens` is the next morning; not beside a date or time word it narrows or that narrows
    /// it: `Montag nachts`, `8 Uhr morgens`, `morgens um 7`).
    func partOfDayAdverbSet(_ i: Int) -> (ParsedExpression.Kind, Int)? {
        guard language == .german, !shiftsDates, Self.partOfDayAdverbs.contains(key(i)), let p = entry(i)?.partOfDay,
            !(i > lo && (entry(i - 1) != nil || int(i - 1) != nil)),
            !(i + 1 < hi && (entry(i + 1) != nil || int(i + 1) != nil))
        else { return nil }
        return (.set("XXXX-XX-XXT\(p)"), i + 1)
    }

    /// `jeden Montag`, `jede Woche`, `alle zwei Wochen`, `montags`, `täglich`, `every week`, `jeden Morgen`.
    func setExpr(_ i: Int) -> (ParsedExpression.Kind, Int)? {
        guard case (var kind, var end, let freq)? = setWithFrequency(i) else { return nil }
        if case let .set(value, _) = kind, let (timed, afterTime) = clockOfSet(value, after: end) {
            kind = .set(timed)
            end = afterTime
        }
        if let freq, case let .set(value, _) = kind { return (.set(value, freq: freq), end) }
        return (kind, end)
    }

    /// A clock time said with `um`/`at` after a set of days or weekdays names the time of each:
    /// `jeden Montag um 10 Uhr` → `XXXX-WXX-1T10:00`, `every day at 9am` → `XXXX-XX-XXT09:00`,
    /// `jeden Tag um 8 Uhr abends`, `every evening at 8` → `XXXX-XX-XXT20:00`.
    /// The value with the time and the end, nil when no such time follows.
    func clockOfSet(_ value: String, after end: Int) -> (String, Int)? {
        let day: String
        var part: Code? = nil
        if value.hasPrefix("XXXX-WXX-"), value.utf8.count == 10 {
            day = value
        } else if value.hasPrefix("XXXX-WXX-"), value.utf8.count == 13,
            let code = Code(rawValue: String(value.suffix(2)))
        {
            (day, part) = (String(value.prefix(10)), code)  // every Sunday morning at 9
        } else if value == "P1D" {
            day = "XXXX-XX-XX"
        } else if value.hasPrefix("XXXX-XX-XXT"), let code = Code(rawValue: String(value.dropFirst(11))) {
            (day, part) = ("XXXX-XX-XX", code)  // every evening at 8
        } else {
            return nil
        }
        guard has(end, W.timeCue), let (s, afterTime) = compound(end), let hour = s.hour, !s.hasDate else {
            return nil
        }
        let h = Resolver.hour24(hour, meridiem: s.meridiem, partOfDay: s.partOfDay ?? part)
        return ("\(day)T\(Timex.pad(h, 2)):\(Timex.pad(s.minute ?? 0, 2))", afterTime)
    }

    /// `zweimal`, `dreimal`, `twice`, `3 times`: how often (the count and the end).
    func timesWord(_ i: Int) -> (Int, Int)? {
        let k = key(i)
        if k == "once" || k == "einmal" { return (1, i + 1) }
        if k == "twice" || k == "zweimal" { return (2, i + 1) }
        if k == "thrice" || k == "dreimal" { return (3, i + 1) }
        if k.hasSuffix("mal"), let n = lexicon.entries[String(k.dropLast(3))]?.number, n >= 1, n == n.rounded() {
            return (Int(n), i + 1)
        }
        if let n = int(i) ?? entry(i)?.number.map(Int.init), n >= 1, key(i + 1) == "times" || key(i + 1) == "mal" {
            return (n, i + 2)
        }
        return nil
    }

    /// A set and, when a count says how often, its TimeML frequency.
    func setWithFrequency(_ i: Int) -> (ParsedExpression.Kind, Int, String?)? {
        // (capitalised inside a sentence it is a name: China Daily, the Daily Mail, Business Weekly)
        if let e = entry(i), let f = e.frequency, !(t.capitalized[i] && i > lo && t.kinds[i - 1] == .word) {
            return (.set(Self.durationValue(1, f)), i + 1, nil)
        }
        // zweimal täglich, twice daily: a count before a frequency adverb
        if let (times, afterTimes) = timesWord(i), let e = entry(afterTimes), let f = e.frequency,
            !t.capitalized[afterTimes] || afterTimes == lo
        {
            return (.set(Self.durationValue(1, f)), afterTimes + 1, "\(times)X")
        }
        // zweimal pro Woche, three times a year: a set with a frequency
        if let (times, afterTimes) = timesWord(i),
            Self.perWords.contains(key(afterTimes)) || ["a", "an", "im", "am", "in"].contains(key(afterTimes))
        {
            var u = afterTimes + 1
            if key(afterTimes) == "in", key(u) == "der" { u += 1 }
            // (not `rose three times a year ago`)
            if let unit = entry(u)?.unit, unit.factor == 1, !isPluralUnit(u), !["ago", "earlier"].contains(key(u + 1)) {
                return (.set(Self.durationValue(1, unit.unit)), u + 1, "\(times)X")
            }
        }
        // 400 Euro im Monat, $500 a week, two hours a day: an amount per unit (not `am 3. Mai, am Tag der
        // Wahl`, `from $99 million a year earlier`)
        if Self.rateArticles.contains(key(i)), let u = entry(i + 1)?.unit, u.factor == 1, !isPluralUnit(i + 1),
            (key(i) == "im" || key(i) == "am") == (language == .german),
            int(i + 2) == nil,
            !Self.afterRateUnit.contains(key(i + 2))
                // (a rate from a month on: `1 million barrels a day from January`)
                || ["from", "until"].contains(key(i + 2)) && entry(i + 3)?.month != nil,
            (max(lo, i - 3)..<i).contains(where: {
                t.kinds[$0] == .number || entry($0)?.number != nil && key($0) != "a" && key($0) != "an"
                    || Grammar.countedThings.contains(key($0))
            })
        {
            return (.set(Self.durationValue(1, u.unit)), i + 2, nil)
        }
        // pro Monat, je Stunde, per year: once every unit (not a speed or a flow: `160 Kilometer pro Stunde`, `30 mm
        // per hour`)
        if Self.perWords.contains(key(i)), let u = entry(i + 1)?.unit, u.factor == 1, !isPluralUnit(i + 1),
            !Self.measureUnits.contains(key(i - 1))
        {
            return (.set(Self.durationValue(1, u.unit)), i + 2, nil)
        }
        // Jahr um Jahr, Tag für Tag, year after year, day by day
        if let u = entry(i)?.unit, u.factor == 1, Self.repetitionLinks.contains(key(i + 1)), key(i + 2) == key(i) {
            return (.set(Self.durationValue(1, u.unit)), i + 3, nil)
        }
        if let e = entry(i), let w = e.weekday, e.weekdayPlural, !has(i - 1, W.weekdayCount),
            !weekdayAdverbIsNextDay(e)
        {
            return (.set("XXXX-WXX-\(w)" + (e.partOfDay.map { "T\($0)" } ?? "")), i + 1, nil)
        }
        guard let e = entry(i), e.every else { return nil }
        var j = i + 1
        var count = 1.0
        if let (q, end) = quantity(j), q > 1 {
            count = q; j = end
        } else if let end = pastWeekdayCount(j) {
            j = end
        }  // jeden zweiten Donnerstag, jeden ersten Dienstag (im Monat), jeden letzten Freitag
        else if let (o, end) = ordinalValue(j), o > 1, entry(end)?.unit != nil, !isPluralUnit(end) {
            count = Double(o); j = end
        }  // jeden zweiten Tag, every third year
        if has(j, W.everyOther) { count = 2; j += 1 }
        if let w = entry(j)?.weekday {
            // every Sunday morning, jeden Sonntagmorgen: that part of each such day
            if let p = entry(j)?.partOfDay ?? entry(j + 1)?.partOfDay {
                return (.set("XXXX-WXX-\(w)T\(p)"), entry(j)?.partOfDay == nil ? j + 2 : j + 1, nil)
            }
            return (.set("XXXX-WXX-\(w)"), j + 1, nil)
        }
        if let p = entry(j)?.partOfDay { return (.set("XXXX-XX-XXT\(p)"), j + 1, nil) }
        // every summer, jeden Winter, each spring; every weekend, jedes Wochenende
        if count == 1, let season = entry(j)?.season { return (.set("XXXX-\(season.rawValue)"), j + 1, nil) }
        if count == 1, has(j, W.weekend) { return (.set("XXXX-WXX-WE"), j + 1, nil) }
        if let u = entry(j)?.unit {
            // every year in March, jede Woche am Montag: the month or weekday of each
            if count == 1, u.factor == 1 {
                if u.unit == .year, ["in", "im"].contains(key(j + 1)), let m = monthName(j + 2, hasContext: true) {
                    return (.set("XXXX-\(Timex.pad(m, 2))"), j + 3, nil)
                }
                if u.unit == .week, ["on", "am"].contains(key(j + 1)), let w = entry(j + 2)?.weekday {
                    return (.set("XXXX-WXX-\(w)"), j + 3, nil)
                }
            }
            return (.set(Self.durationValue(count * u.factor, u.unit)), j + 1, nil)
        }
        if let m = monthName(j, hasContext: true) { return (.set("XXXX-\(Timex.pad(m, 2))"), j + 1, nil) }
        return nil
    }

    /// Participles that name where a reporting period ends: `the year ended June 30`, `the year ending in March`.
    static let periodEndWords: Set<String> = ["ended", "ending"]
    /// Adjectives that make a plural unit a recent stretch of unknown length, like `vergangene` (`in recent years`).
    static let recentWords: Set<String> = ["recent"]
    /// Prepositions before which a bare plural unit is an unknown amount: `for years`, `within weeks`,
    /// `over the years`, `the worst crisis in years` (as `in two decades`), `seit Jahren`, `über Jahre`.
    static let vagueAmountPrepositions: Set<String> = ["for", "within", "over", "in", "seit", "über"]

    /// German adverbs of a part of the day, habitual alone (`ist vor allem nachts aktiv`).
    static let partOfDayAdverbs: Set<String> = [
        "morgens", "vormittags", "mittags", "nachmittags", "abends", "nachts", "frühmorgens", "spätabends",
        "spätnachts",
    ]

    /// Verbs whose object a bare plural unit is as an unknown amount (English before it, German after it).
    static let lastingVerbsEN: Set<String> = [
        "take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "lasting", "spend", "spends", "spent",
        "spending", "wait", "waits", "waited", "waiting",
    ]
    static let lastingVerbsDE: Set<String> = ["dauern", "dauert", "dauerte", "dauerten", "gedauert", "dauere"]

    /// `neun Monate`, `zwei Stunden`, `ein Vierteljahrhundert`, `mehrere Jahre`, `30 mins`.
    func durationExpr(_ i: Int) -> (ParsedExpression.Kind, Int)? {
        if let u = entry(i)?.vagueDuration { return (.duration(Self.durationValue(-1, u)), i + 1) }  // jahrelang
        // the year ended June 30, the fiscal year ending in March: a company's year named by the date it ends is
        // its length (TimeBank; not "the year ended badly")
        if language == .english, key(i) == "the" {
            let u = Self.fiscalWords.contains(key(i + 1)) ? i + 2 : i + 1
            let end = ["in", "on"].contains(key(u + 2)) ? u + 3 : u + 2
            if let unit = entry(u)?.unit, unit.factor == 1, unit.unit == .year, !isPluralUnit(u),
                Self.periodEndWords.contains(key(u + 1)), entry(end)?.month != nil || entry(end)?.relativeDay != nil
            {
                return (.duration(Self.durationValue(1, unit.unit)), u + 1)
            }
        }
        // the coming weeks, in den vergangenen Monaten: a modifier before a plural unit is an unknown amount
        let m = key(i) == "the" ? i + 1 : i
        if lastIsVerb(m) { return nil }
        if entry(m)?.modifier ?? 0 != 0 || Self.recentWords.contains(key(m)), let u = entry(m + 1)?.unit,
            u.factor == 1, isPluralUnit(m + 1)
        {
            return (.duration(Self.durationValue(-1, u.unit)), m + 2)  // also: in recent years
        }
        // the past few weeks, the next several months, die letzten paar Tage: a modifier and a vague count
        if entry(m)?.modifier ?? 0 != 0, let (v, afterQ) = quantity(m + 1), v < 0, let u = entry(afterQ)?.unit,
            u.factor == 1, isPluralUnit(afterQ)
        {
            return (.duration(Self.durationValue(-1, u.unit)), afterQ + 1)
        }
        // for weeks, within days, over the years, seit Jahren, über Jahre: a bare plural unit is an unknown amount
        // (`in the weeks before the shooting` dates a stretch before an event: no `in` with the article)
        // (and after a verb of lasting: `talks can take months`, `spent years`, `kann Monate dauern`)
        if let u = entry(i)?.unit, u.factor == 1, isPluralUnit(i), i > lo,
            Self.vagueAmountPrepositions.contains(key(i - 1))
                || (key(i - 1) == "the" && i - 1 > lo && key(i - 2) != "in"
                    && Self.vagueAmountPrepositions.contains(key(i - 2)))
                || language == .english && Self.lastingVerbsEN.contains(key(i - 1))
                || language == .german && Self.lastingVerbsDE.contains(key(i + 1))
        {
            return (.duration(Self.durationValue(-1, u.unit)), i + 1)
        }
        // einwöchigen
        if let m = entry(i)?.measured { return (.duration(Self.durationValue(m.amount, m.unit)), i + 1) }
        // (not "der 47-Jährige": an age, which German news does not annotate)
        if language == .german, let parts = hyphenParts(i), parts.count == 2, let n = countWord(parts[0]), n > 0,
            let u = Lexicon.germanUnitAdjective(parts[1]), u != .year
        {
            return (.duration(Self.durationValue(n, u)), i + 1)  // 24-jährigen, 3-tägige
        }
        // two-year, 10-day, 30-minute: an amount as an adjective.
        if let parts = hyphenParts(i), parts.count == 2, let q = countWord(parts[0]), q > 0,
            let u = lexicon.entries[String(parts[1])]?.unit, !parts[1].hasSuffix("s")
        {
            return (.duration(Self.durationValue(q * u.factor, u.unit)), i + 1)
        }
        guard let (q, afterQ0) = quantity(i) else { return nil }
        // one adjective between the amount and the unit: ein knappes Jahr, 360 ehrenamtliche Stunden, three long years
        var afterQ = afterQ0
        // (an ordinal is no adjective: "a 20th century democrat" names the century)
        // (an English plural is a noun, not the adjective: `it took the two sides months`; `previous`, `various` are)
        if unit(afterQ) == nil, afterQ + 1 < hi, t.kinds[afterQ] == .word, entry(afterQ) == nil,
            !t.capitalized[afterQ] || language == .english,
            ordinalValue(afterQ) == nil, entry(afterQ + 1)?.unit != nil,
            !(language == .english && key(afterQ).hasSuffix("s") && !key(afterQ).hasSuffix("ss")
                && !key(afterQ).hasSuffix("us"))
        {
            afterQ += 1
        }
        guard let (u, end) = unit(afterQ, compounds: true) else { return nil }
        if key(afterQ) == "\"" { return nil }
        // `ein guter Tag`, `ein langer Monat`: a masculine unit in the nominative (its adjective in -er after
        // `ein`) names a day or month, not how long something took, which German says in the accusative
        // (`einen ganzen Tag`) or with an adjective of measure (`ein ganzer Monat verging`)
        if language == .german, afterQ > afterQ0, key(i) == "ein", key(afterQ0).hasSuffix("er"),
            !Self.germanMeasureAdjectives.contains(key(afterQ0)), u.unit == .day || u.unit == .month,
            !isPluralUnit(afterQ)
        {
            return nil
        }
        // English counts above one take a plural unit: "the 1988 second quarter" is no duration; a
        // singular unit after a count is an amount as an adjective before its noun: "a five year low".
        if language == .english, q > 1, !isPluralUnit(afterQ), !key(afterQ).isEmpty, entry(afterQ)?.unit != nil,
            !(q < 1000 && key(afterQ) != "second" && end < hi && t.kinds[end] == .word && entry(end)?.unit == nil)
        {
            return nil
        }
        if q < 0 { return (.duration(Self.durationValue(-1, u.unit)), end) }
        let (half, afterHalf) = u.factor == 1 ? andMore(end, unit: u.unit) : andAHalf(end)
        return (.duration(Self.durationValue((q + half) * u.factor, u.unit)), afterHalf)
    }

    /// Adjectives that measure the unit after `ein` (`ein ganzer Tag`, `ein knapper Monat`).
    static let germanMeasureAdjectives: Set<String> = [
        "ganzer", "voller", "knapper", "halber", "weiterer", "zusätzlicher", "kompletter", "gesamter",
    ]

    /// TIMEX3 duration value: P9M, PT2H30M, P25Y, PXY (unknown amount), P1.5W.
    static func durationValue(_ amount: Double, _ unit: TimeUnit) -> String {
        if amount < 0 {
            return unit.designator.isTime
                ? "PTX\(unit.designator.symbol)" : "PX\(unit == .quarter ? "M" : unit.designator.symbol)"
        }
        var a = amount, u = unit
        switch u {
        case .quarter: a *= 3; u = .month
        case .decade: a *= 10; u = .year
        case .century: a *= 100; u = .year
        default: break
        }
        if a == a.rounded() { return (u.designator.isTime ? "PT" : "P") + "\(Int(a))\(u.designator.symbol)" }
        // Fractions: into the next smaller unit where that is exact.
        let smaller: [TimeUnit: (TimeUnit, Double)] = [
            .hour: (.minute, 60), .minute: (.second, 60), .day: (.hour, 24), .year: (.month, 12), .week: (.day, 7),
        ]
        // (ISO 8601 writes weeks alone: six weeks and three days is P45D, not P6W3D)
        if u == .week, (a * 7) == (a * 7).rounded() { return "P\(Int(a * 7))D" }
        if let (v, factor) = smaller[u], (a * factor) == (a * factor).rounded() {
            let whole = Int(a), rest = Int(a * factor) - whole * Int(factor)
            let first = whole > 0 ? "\(whole)\(u.designator.symbol)" : ""
            if u.designator.isTime || v.designator.isTime == u.designator.isTime {
                return (u.designator.isTime ? "PT" : "P") + first + "\(rest)\(v.designator.symbol)"
            }
            return "P" + first + "T\(rest)\(v.designator.symbol)"
        }
        // hours, minutes and seconds: `2 hours 9 minutes 41 seconds` → PT2H9M41S
        if u == .hour || u == .minute, let perUnit = unitSeconds[u], abs((a * perUnit).rounded() - a * perUnit) < 1e-6 {
            let total = Int((a * perUnit).rounded())
            let (h, m, sec) = (total / 3_600, total % 3_600 / 60, total % 60)
            return "PT" + (h > 0 ? "\(h)H" : "") + (m > 0 ? "\(m)M" : "") + (sec > 0 ? "\(sec)S" : "")
        }
        return (u.designator.isTime ? "PT" : "P") + "\(a)\(u.designator.symbol)"
    }
}
