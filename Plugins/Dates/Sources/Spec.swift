/// Codes of parts of day, seasons and reference words: a one-byte value, so `Spec` copies cheaply.
enum Code: String, Sendable, ExpressibleByStringLiteral {
    case MO, MI, AF, EV, NI, WE, DT, SP, SU, FA, WI, PAST_REF, PRESENT_REF, FUTURE_REF
    init(stringLiteral value: String) { self = Code(rawValue: value)! }
}

/// What an expression says, before it is resolved against the reference time: the fields the
/// grammar found (`am 19. Juni` → day 19, month 6) and the relations it expresses
/// (`letzte Woche` → week −1, `vor drei Tagen` → shift −3 days).
struct Spec: Sendable {
    var year: Int?
    var twoDigitYear = false
    var month: Int?
    var day: Int?
    var weekday: Int?
    /// letzten/nächsten/diesen Montag: −1, +1, 0; `friday after next` +2.
    var weekdayModifier: Int?
    /// `nächsten Freitag` to an assistant: the next Friday after today, in this week or the next (Duckling's
    /// German reading; its English `next Friday` is next week's).
    var nextOccurrence = false
    var hour: Int?
    var minute: Int?
    /// `this time tomorrow`, `morgen um diese Zeit`: the hour and minute are the reference's (set on resolving).
    var atReferenceTime = false
    /// A whole hour named without its minutes (`3pm`, `15 Uhr`, `from 3 to 4`): to an assistant it
    /// lasts the hour (Duckling's hour grain), which matters where it ends an interval.
    var wholeHour = false
    var second: Int?
    var meridiem: Int?
    /// An hour from 1 to 11 without am/pm (`at 3`, `half past three`, `um drei`, `halb vier`; not `3:18`
    /// in German): either half of the day, to an assistant the next of the two.
    var twelveHour = false
    /// `midnight`/`Mitternacht`: with a day named (`midnight Friday`, `Friday at midnight`) the midnight that
    /// ends that day.
    var midnight = false
    var partOfDay: Code?
    var zone: Int?
    var relativeDay: Int?
    /// letzte Woche, nächstes Jahr, dieses Quartal: a unit and an offset from the reference's.
    var relative: (unit: TimeUnit, offset: Int)?
    /// vor drei Tagen, in zwei Monaten: an amount of units from the reference (negative = ago).
    var shift: (unit: TimeUnit, amount: Double)?
    /// `3 years from today`: the shift lands on a day, not on a year.
    var shiftToDay = false
    /// TimeML `mod` said inside the expression: of a shift's amount after its preposition, `vor mehr als zehn
    /// Jahren` (MORE_THAN), `vor fast einem Jahr` (LESS_THAN), `in rund zwei Wochen` (APPROX); of an hour with
    /// `-ish`, `7ish` (APPROX).
    var spokenMod: String?
    /// The shift moves the date this spec names ("drei Tage nach Weihnachten", "heute in 8 Tagen").
    var shiftsDate = false
    /// One unit without a count from a date (`the week after Christmas`, `das Jahr vor der Wahl`): the whole
    /// unit next to the date's, not a day.
    var shiftNamesUnit = false
    /// `in two weeks` after an ordinal or superlative (`his second letter in two weeks`, `the smallest
    /// gain in a year`, `der stärkste Anstieg in drei Jahren`): the stretch looked back over, a duration.
    var rankedWindow = false
    /// A forward shift said with `in` (`in zwei Jahren`, `in five years`): in a past-tense clause the stretch
    /// something happened within (`Ich habe so etwas in 35 Jahren nicht erlebt`), a duration, not a date ahead.
    var forwardIn = false
    /// `zwei Tage später`, `a year earlier`, `nach drei Wochen`: the shift counts from the date
    /// mentioned last, not from the reference.
    var anchored = false
    /// `an jenem Sonntag`, `am selben Montag`: the weekday nearest the date mentioned last (that day
    /// itself when it is one) — anchored with no shift, as only those words anchor a weekday.
    var weekdayOfAnchor: Bool { anchored && weekday != nil && shift == nil }
    /// German `heute`/`heutige` alone: in news and narratives mostly "nowadays" (PRESENT_REF),
    /// to an assistant the day.
    var nowadays = false
    /// Financial reports: `the latest quarter`, `the period` (0), `the year-ago quarter` (−1 year): the
    /// quarter under discussion — the last quarter mentioned, else the last one completed — moved by years.
    var reportedQuarter: Int?
    /// The report's period named as a period, not a quarter (`Vorjahreszeitraum`, `Berichtszeitraum`): with no
    /// quarter or half-year under discussion it is the year of the dates discussed.
    var reportedPeriod = false
    /// `the new year`, `im neuen Jahr`: the coming year late in a year, the current one in its first months.
    var newYear = false
    /// `am Wochenende`, `the weekend` without a modifier: which one follows the tense.
    var weekendByTense = false
    /// `Vormonat`, `Vorquartal`, `Vorjahr`: the unit before the reference, or before a period of that unit named
    /// earlier in the sentence (`im Mai … gegenüber dem Vormonat` is April).
    var beforeNamedPeriod = false
    /// `the week of October 7th`: the week containing the date.
    var weekOf = false
    /// 2 thursdays ago, two sundays from now.
    var weekdayCount: Int?
    var season: Code?
    var seasonModifier: Int?
    var quarter: Int?
    var half: Int?
    /// An ISO 8601 week of the year: `KW 12`, `die 12. Kalenderwoche`.
    var isoWeek: Int?
    var decade: Int?
    /// `die zwanziger Jahre`, `the '90s`: the century is the reference's, or the one before if that
    /// decade has not begun yet.
    var centuryImplied = false
    var century: Int?
    /// Index into `Holiday.table`.
    var holiday: Int?
    var holidayModifier: Int?
    /// letzter Montag im März (n −1, weekday 1); letzter Tag im Oktober (n −1, weekday nil).
    var nth: (n: Int, weekday: Int?)?
    /// The nth is a week: `die erste Woche im Oktober` (the week containing 1 October), `the last week
    /// of 2018` (the last whole week: the one before the week containing 1 January 2019), as Duckling.
    var nthWeek = false
    /// The nth such weekday after (n > 0) or before (n < 0) the date the rest names: `der erste Montag
    /// nach Ostern` (1, Monday), `the second Sunday before Christmas` (−2, Sunday).
    var weekdayFromDate: (n: Int, weekday: Int)?
    var monthModifier: Int?
    /// Anfang −1, Mitte 0, Ende +1 of the unit the rest denotes.
    var boundary: Int?
    var reference: Code?
    /// A number that is a day or an hour depending on the other half of an interval (`13 bis 15 Juli`).
    var bare: Int?
    /// The minutes of a bare number written `9.30`: an hour and minutes if the other half is a time
    /// (`von 9.30 bis 11 Uhr`), nothing otherwise (`von 2.50 bis 3.20 Euro`).
    var bareMinute: Int?

    var isBare: Bool { bare != nil && isEmpty }

    /// The spec is one week (`next week`, `KW 12`, `the week of October 7th`, `the first week of May`).
    var namesWeek: Bool {
        relative?.unit == .week || shift?.unit == .week || isoWeek != nil || weekOf || nthWeek
    }

    var hasDate: Bool {
        reportedQuarter != nil || year != nil || month != nil || day != nil || weekday != nil || relativeDay != nil
            || relative != nil || shift != nil
            || season != nil || quarter != nil || half != nil || isoWeek != nil || decade != nil || century != nil
            || holiday != nil
            || nth != nil
    }
    var hasTime: Bool { hour != nil }
    /// A weekday and nothing else: no date, modifier, time or part of the day (`Montag`, `Monday`).
    var isBareWeekday: Bool {
        var other = self
        other.weekday = nil
        return weekday != nil && weekdayModifier == nil && !other.hasDate && !hasTime && partOfDay == nil
    }
    /// As the end of an interval from a weekday `start`: a weekday without a date of its own, another than the
    /// start's, is the first such day from the start on (`Montag bis Freitag`, `Friday through Monday`; after a
    /// date, `from Sept. 14 to Thursday`, it counts from the reference as usual).
    func weekdayCountsFrom(_ start: Spec) -> Bool {
        weekday != nil && day == nil && start.weekday != nil && start.day == nil && weekday != start.weekday
    }
    /// Whether the day fields are the other spec's (as an interval's end that borrowed its day from the start).
    func hasSameDay(as other: Spec) -> Bool {
        day == other.day && month == other.month && weekday == other.weekday && relativeDay == other.relativeDay
            && year == other.year
    }

    /// Whether this end of an interval, a clock time on the day it borrowed from `start` (or on none), comes
    /// before `start`'s clock time, and so lies on the next day (`from 10pm to 2am`). (A midnight with a day
    /// of its own already ends that day: `Friday from 10pm to midnight`.)
    func endsOvernight(after start: Spec) -> Bool {
        guard let h = hour, let sh = start.hour, !(midnight && hasDate), hasSameDay(as: start) else { return false }
        let own = Resolver.hour24(h, meridiem: meridiem, partOfDay: partOfDay) * 60 + (minute ?? 0)
        let other = Resolver.hour24(sh, meridiem: start.meridiem, partOfDay: start.partOfDay) * 60 + (start.minute ?? 0)
        return own < other
    }
    var isEmpty: Bool { !hasDate && !hasTime && partOfDay == nil && reference == nil && boundary == nil }

    /// Copies the fields `other` has and this one lacks that make a partial first half whole:
    /// `19.` + `20. Juni` → 19. Juni; `9:30` + `11:00 on Thursday` → Thursday 9:30.
    mutating func borrow(from other: Spec) {
        let dateless =
            day == nil && month == nil && weekday == nil && relativeDay == nil && year == nil && holiday == nil
            && relative == nil
        if day != nil, month == nil, weekday == nil {
            month = other.month
            if year == nil { year = other.year; twoDigitYear = other.twoDigitYear }
            if other.relative?.unit == .month { relative = other.relative }
        }
        if month != nil || season != nil, year == nil, other.year != nil {
            year = other.year; twoDigitYear = other.twoDigitYear
        }
        if hasTime, dateless {
            (day, month, year, weekday, relativeDay, relative, weekdayModifier, holiday) =
                (
                    other.day, other.month, other.year, other.weekday, other.relativeDay, other.relative,
                    other.weekdayModifier, other.holiday
                )
        }
        // (not midnight, which is no hour of the 12-hour clock: `from 10pm to midnight`)
        if hasTime, !midnight, meridiem == nil, let m = other.meridiem, let h = hour, let oh = other.hour,
            h <= oh || m == 12
        {
            meridiem = m
        }
        if hasTime, partOfDay == nil { partOfDay = other.partOfDay }
        if hasTime, zone == nil { zone = other.zone }
    }
}

/// Where TimeML splits a date from its clock time inside one parsed expression.
struct TimeSplit: Sendable {
    /// Where the first part ends and the second starts.
    var firstEnd: Int, secondStart: Int
    /// The clock time comes first (`10:35 a.m. (0735 GMT) Friday`); else the date (`am Montag um 8 Uhr`).
    var timeFirst = false
}

/// One expression found by the grammar, before resolution.
struct ParsedExpression: Sendable {
    enum Kind: Sendable {
        case point(Spec)
        /// From … to …: both ends as specs, the end inclusive.
        case interval(Spec, Spec)
        /// The next/last n units: `nächste drei Wochen`, `past 2 days`.
        case span(unit: TimeUnit, count: Int, direction: Int)
        /// P9M, PT2H, PXY.
        case duration(String)
        /// A set's value and, when a count says how often, its TimeML `freq` (zweimal pro Woche → 2X).
        case set(String, freq: String? = nil)
        /// A point and how long it lasts: `from 18th Dec for 10 days`, `4pm for 30 mins`.
        case lasting(Spec, unit: TimeUnit, amount: Double)
    }
    var tokens: Range<Int>
    var kind: Kind
    /// TimeML `mod`: APPROX, LESS_THAN, MORE_THAN, BEFORE, AFTER, START, MID, END.
    var mod: String?
    /// Resolve a weekday after the previous item's date (`am Dienstag und Mittwoch`).
    var followsPrevious = false
    /// The second end of an interval split for TimeML whose weekday counts from the first end's date
    /// (`von Montag bis Freitag`: the Friday after that Monday).
    var endsInterval = false
    /// The second end of an interval split for TimeML whose clock time comes before the first end's on the day it
    /// only borrowed: the next day's (`between 11pm and 1am`, `zwischen 22 Uhr und Mitternacht`), as the
    /// interval's own range reads it (`Resolver`).
    var endsOvernight = false
    /// For an interval: where its first end stops and its second starts (`von 1980 | bis | 2011`),
    /// so that TimeML-style output can give each end as an expression of its own.
    var ends: (firstEnd: Int, secondStart: Int)? = nil
    /// For a date and its clock time that TimeML marks apart: where the first ends and the second starts — the date
    /// first (`1. September 1939 | um 4:45 Uhr`), or the time (`10:35 a.m. | (0735 GMT) | Friday`, `timeFirst`).
    var timeSplit: TimeSplit? = nil
    /// The mod belongs to the clock time, not to the date (`morgen nach 14 Uhr`): where TimeML splits them.
    var modOnTime = false
    /// The clock time TimeML splits off a date: it carries the date's spec too, so it resolves
    /// against what its date did (`am nächsten Tag | um 18 Uhr` is not a day after the next day).
    var isSplitClock = false

    /// A date that names its day and month (`9. Juli`, `July 12, 2024`), or a holiday, which names them in a word
    /// (`am Heiligen Abend`, `on Christmas Eve`).
    var namesDayAndMonth: Bool {
        if case let .point(s) = kind { return s.day != nil && s.month != nil || s.holiday != nil }
        return false
    }

    /// A shift counted from the last date mentioned (`zwei Tage später`).
    var isAnchored: Bool {
        if case let .point(s) = kind { return s.anchored }
        return false
    }

    /// A shift whose first word gives its direction (`in zwei Wochen`, `vor drei Tagen`, `nach zwei Tagen`).
    var keepsFirstWord: Bool {
        if case let .point(s) = kind { return s.shift != nil }
        return false
    }

    /// TimeML's parts: each end of an interval, or a date and its clock time, as expressions of
    /// their own; nil when there is nothing to split.
    var timeMLParts: [ParsedExpression]? {
        if case let .point(spec) = kind, let split = timeSplit, split.firstEnd > tokens.lowerBound,
            split.secondStart < tokens.upperBound
        {
            var date = spec
            (date.hour, date.minute, date.second, date.meridiem, date.zone) = (nil, nil, nil, nil, nil)
            date.atReferenceTime = false
            if date.partOfDay != nil, spec.hasTime { date.partOfDay = nil }
            date.nowadays = false  // heute um 8 Uhr: the day of a clock time, not "nowadays"
            date.spokenMod = nil  // am Sonntag gegen 15 Uhr: the clock time is about, not the day
            let first = tokens.lowerBound..<split.firstEnd, second = split.secondStart..<tokens.upperBound
            let dateItem = ParsedExpression(
                tokens: split.timeFirst ? second : first, kind: .point(date), mod: modOnTime ? nil : mod)
            let timeItem = ParsedExpression(
                tokens: split.timeFirst ? first : second, kind: .point(spec), mod: modOnTime ? mod : nil,
                isSplitClock: true)
            return split.timeFirst ? [timeItem, dateItem] : [dateItem, timeItem]
        }
        return splitEnds
    }

    /// Each end of an interval as a point of its own, with its tokens; nil for other kinds.
    var splitEnds: [ParsedExpression]? {
        guard case let .interval(a, b) = kind, let ends, ends.firstEnd > tokens.lowerBound,
            ends.secondStart < tokens.upperBound
        else { return nil }
        var second = ParsedExpression(tokens: ends.secondStart..<tokens.upperBound, kind: .point(b))
        second.endsInterval = b.weekdayCountsFrom(a)
        second.endsOvernight = b.endsOvernight(after: a)
        return [ParsedExpression(tokens: tokens.lowerBound..<ends.firstEnd, kind: .point(a)), second]
    }
}
