/// Word sets of the grammar. Each set has a bit; every word of any set gets, in the lexicon, the
/// mask of the sets it belongs to, so `has(i, W.x)` is a bit test, not a string hash.
struct WordMask: Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    @inline(__always) func contains(_ bit: Int) -> Bool {
        bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }
    mutating func insert(_ bit: Int) { if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) } }
}

enum W {
    // The bit of each set. A set's role and words are in `table` below, which lists the sets in this
    // order; `lists` checks that table row n is bit n, so a word cannot end up under another bit.
    static let componentStarters = 0
    static let articleA = 1
    static let meridiemLetter = 2
    static let quarterCount = 3
    static let shiftApprox = 4
    static let eraAD = 5
    static let afterWord = 6
    static let weekdayAgo = 7
    static let backwardShiftSuffix = 8
    static let comparisonThan = 9
    static let morgenMeansMorning = 10
    static let shortDateCue = 11
    static let partOfDayPreposition = 12
    static let weekdayPreposition = 13
    static let fractionArticle = 14
    static let fractionAnd = 15
    static let approximately = 16
    static let latestAt = 17
    static let weekdayTimeLink = 18
    static let boundaryPrefix = 19
    static let eraBC = 20
    static let beforeWord = 21
    static let eraChr = 22
    static let coupleAfterOne = 23
    static let dayWord = 24
    static let germanThis = 25
    static let earlyWord = 26
    static let germanHalfJoin = 27
    static let fewArticle = 28
    static let vagueCount = 29
    static let endOfPeriodAbbreviation = 30
    static let decadeSuffix = 31
    static let lastingFor = 32
    static let shiftFrom = 33
    static let germanHalf = 34
    static let germanClockFraction = 35
    static let halfWord = 36
    static let forwardShiftSuffix = 37
    static let hoursWord = 38
    static let nthInMonthPreposition = 39
    static let referencePreposition = 40
    static let forwardShiftPrefix = 41
    static let monthCue = 42
    static let yearWord = 43
    static let decadeYears = 44
    static let latestWord = 45
    static let meridiemM = 46
    static let midnight = 47
    static let minutesWord = 48
    static let monthGenitive = 49
    static let monthWord = 50
    static let eraNach = 51
    static let nextWord = 52
    static let noon = 53
    static let nowOrToday = 54
    static let weekOf = 55
    static let ofWord = 56
    static let boundaryOf = 57
    static let everyOther = 58
    static let numberNotTime = 59
    static let comma = 60
    static let hyphen = 61
    static let weekdayAbbreviationMark = 62
    static let fewOrCouple = 63
    static let clockPastOrTo = 64
    static let clockPast = 65
    static let fullStop = 66
    static let timeMarker = 67
    static let ampm = 68
    static let quarterWord = 69
    static let quartersWord = 70
    static let germanWeekdayAbbreviation = 71
    static let roughlySo = 72
    static let spaetestens = 73
    static let laterThan = 74
    static let partOfDayArticle = 75
    static let boundaryArticle = 76
    static let spanPrefix = 77
    static let nthPrefix = 78
    static let fallSeasonCue = 79
    static let theArticle = 80
    static let referenceArticle = 81
    static let yearModifier = 82
    static let threeWord = 83
    static let threeQuarters = 84
    static let tomorrow = 85
    static let weekdayCount = 86
    static let clockWord = 87
    static let hourClockWord = 88
    static let clockWordOrColon = 89
    static let extraUhr = 90
    static let spelledHourClockWord = 91
    static let umAfterSo = 92
    static let umBeforeTime = 93
    static let timeCue = 94
    static let listConjunction = 95
    static let dayListConjunction = 96
    static let eraVor = 97
    static let backwardShiftPrefix = 98
    static let beforeOrAfter = 99
    static let weekWord = 100
    static let weekend = 101
    static let yearAfterModifier = 102
    static let yesterday = 103
    static let untilArticle = 104
    static let intervalEndArticle = 105
    static let butOrAnd = 106
    static let calendarWeekWord = 107

    /// Every set with its words, in bit order. One comment line says what the words do in the grammar.
    static let table: [(bit: Int, words: [String])] = [
        // Words that only need a lexicon entry so `component` looks at them; no rule tests this bit.
        (
            componentStarters,
            [
                "the", "der", "den", "dem", "am", "in", "im", "um", "at", "gegen", "ab", "approximately", "about",
                "around", "so",
                "vor", "within", "day", "week", "woche", "jahr", "jahre", "jahres", "year", "zu", "early", "einige",
                "einigen",
                "mehrere", "mehreren", "wenige", "wenigen", "several", "few", "many", "some", "viele", "vielen",
                "three-quarters",
                "threequarters", "mittag", "midday", "mid-day", "\"",
                // a stroke of the clock: `Punkt 8`, `Schlag 12`
                "punkt", "schlag",
            ]
        ),
        // `a` in `two and a half`, `a quarter past`.
        (articleA, ["a"]),
        // `a`/`p` of a meridiem written apart: `3 a m`.
        (meridiemLetter, ["a", "p"]),
        // `a`/`one` before `quarter of` (0.25).
        (quarterCount, ["a", "one"]),
        // `about` after a shift preposition: `in about 3 days`.
        (shiftApprox, ["about"]),
        // After a year: AD (`n.` as in `n. Chr.`).
        (eraAD, ["ad", "n", "a.d"]),
        // `after` in `the day after tomorrow`, `Monday after next`.
        (afterWord, ["after"]),
        // `ago` after counted weekdays: `2 thursdays ago`, `2 thursdays back`.
        (weekdayAgo, ["ago", "back"]),
        // After a count and unit, a shift into the past: `3 days ago`.
        (backwardShiftSuffix, ["ago", "earlier", "before"]),
        // `als`/`than` after `mehr`, `früher`: a comparison.
        (comparisonThan, ["als", "than"]),
        // Before `morgen`: the morning, not tomorrow (`am Morgen`, `guten Morgen`).
        (morgenMeansMorning, ["am", "jeden", "guten", "einem", "den", "dem", "diesen", "diesem"]),
        // Before `15.10`: a date, not a time (`am 15.10`, `bis 15.10`).
        (shortDateCue, ["am", "vom", "bis", "zum", "-", "–", "/", "ab", "seit", "den", "dem", "ab", "und"]),
        // Before a part of day: `am Abend`, `in the evening`.
        (partOfDayPreposition, ["am", "in", "im"]),
        // Before a coordinated weekday: `Dienstag und am Mittwoch`.
        (weekdayPreposition, ["am", "on"]),
        // `an`/`a` after a fraction: `half an hour`, `three-quarters of an hour`.
        (fractionArticle, ["an", "a"]),
        // `and` in `two and a half`.
        (fractionAnd, ["and"]),
        // Trailing approximator after a time: `3 pm approx`, `um drei ungefähr`.
        (approximately, ["approximately", "approx", "ungefähr", "circa", "zirka", "ca", "etwa"]),
        // `at` of `at the latest`.
        (latestAt, ["at"]),
        // After a short weekday, a time follows: `Mo at 3`, `Mo um 3`.
        (weekdayTimeLink, ["at", "um", "@"]),
        // Before a boundary word: `at the end of`, `zu Ende`.
        (boundaryPrefix, ["at", "the", "zu"]),
        // After a year: BC (`v.` as in `v. Chr.`).
        (eraBC, ["bc", "v", "b.c"]),
        // `before` in `the day before yesterday`.
        (beforeWord, ["before"]),
        // `Chr.` of `n. Chr.`, `v. Chr.`.
        (eraChr, ["chr"]),
        // `couple`/`pair` after a count of one: two.
        (coupleAfterOne, ["couple", "pair"]),
        // `day` in `the day after tomorrow`.
        (dayWord, ["day"]),
        // Before a unit after a boundary: `Ende dieses Jahres`.
        (germanThis, ["dieses", "diesen", "dieser"]),
        // `early` of `the early hours of`.
        (earlyWord, ["early"]),
        // Between a count and `halb`: `zwei ein halb`.
        (germanHalfJoin, ["ein", "und"]),
        // Before `paar`/`few`/`couple`: `ein paar`, `a few`.
        (fewArticle, ["ein", "a"]),
        // An unknown count: `einige`, `several`, `some`.
        (
            vagueCount,
            [
                "einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "wenige", "wenigen", "weniger",
                "several", "few", "many", "some", "viele", "vielen",
            ]
        ),
        // End of month/year: `EOM`, `EOY`.
        (endOfPeriodAbbreviation, ["eom", "eoy", "eod", "eow"]),
        // A decade's suffix as its own token: `1990 er`, `90 's`.
        (decadeSuffix, ["er", "s", "'s", "’s"]),
        // `for` a duration after a point: `from 18th Dec for 10 days`.
        (lastingFor, ["for", "für"]),
        // `from` in `3 years from now`.
        (shiftFrom, ["from", "ab"]),
        // `halb` of `zwei ein halb`.
        (germanHalf, ["halb"]),
        // German clock fractions: `halb vier`, `viertel vor 12`, `dreiviertel vier`.
        (germanClockFraction, ["halb", "viertel", "dreiviertel"]),
        // `half`: `half an hour`, `two and a half`, `half past`.
        (halfWord, ["half"]),
        // After a count and unit, a shift into the future: `7 days hence`, `2 weeks later`.
        (forwardShiftSuffix, ["hence", "later"]),
        // `hours` of `the early hours of`.
        (hoursWord, ["hours"]),
        // Between an nth weekday and its month: `letzter Montag im März`, `first Monday of`.
        (nthInMonthPreposition, ["im", "in", "of", "des", "von"]),
        // Before a reference word: `in the future`, `at the moment`, `right now`.
        (referencePreposition, ["in", "at", "im", "zur", "right", "for"]),
        // Before a count and unit, a shift into the future: `in 2 days`.
        (forwardShiftPrefix, ["in", "within", "innerhalb", "binnen"]),
        // Before a month name: it is a month, not an ordinary word (`in May`, `bis März`).
        (
            monthCue,
            [
                "in", "im", "of", "since", "until", "by", "seit", "bis", "ab", "from", "to", "vom", "zum", "for",
                "during", "den",
                "dem", "the",
            ]
        ),
        // Before a year number: `im Jahr 2014`, `the year 2014`.
        (yearWord, ["jahr", "jahre", "jahres", "year"]),
        // After a decade: `90er Jahre`.
        (decadeYears, ["jahre", "jahren", "jahrgang"]),
        // `latest` of `at the latest`.
        (latestWord, ["latest"]),
        // `m` of a meridiem written apart: `3 a m`.
        (meridiemM, ["m", "m."]),
        // Midnight: hour 0 of the next day.
        (midnight, ["midnight", "midnite", "mitternacht"]),
        // Between minutes and past/to: `20 minutes past 3`.
        (minutesWord, ["minutes", "min", "mins", "minute", "minuten"]),
        // `des Monats` after an nth weekday.
        (monthGenitive, ["monats"]),
        // `month` of `of the month`.
        (monthWord, ["month"]),
        // `n.` of `n. Chr.`.
        (eraNach, ["n"]),
        // `next` of `Monday after next`.
        (nextWord, ["next"]),
        // Noon: 12:00.
        (noon, ["noon", "mittag", "midday", "mid-day"]),
        // `now`/`today` after `from`: `3 years from now`.
        (nowOrToday, ["now", "today", "jetzt", "heute"]),
        // `of`/`vom` in `the week of October 7th`, `die Woche vom 7. Oktober`.
        (weekOf, ["of", "vom"]),
        // `of`: `the 15th of February`, `a couple of`, `first quarter of 2018`.
        (ofWord, ["of"]),
        // After a boundary word: `end of`, `Ende des`, `Ende dieses` (only of/des/der are skipped).
        (boundaryOf, ["of", "des", "der", "dieses", "diesen", "dieser"]),
        // `other` of `every other week`.
        (everyOther, ["other"]),
        // After a bare cued number: not a time (`um 5 %`).
        (numberNotTime, [".", "%", "prozent", "percent"]),
        // `,` before a year: `Jul 18, 2014`.
        (comma, [","]),
        // `-` between digit groups: `2024-06-18`.
        (hyphen, ["-"]),
        // `.`/`,` after a short weekday: `Mo.`, `Fr,`.
        (weekdayAbbreviationMark, [".", ","]),
        // After `ein`/`a`: `ein paar`, `a few`, `a couple`.
        (fewOrCouple, ["paar", "couple", "pair", "few"]),
        // After minutes: past or to the hour (`quarter past 3`, `20 to 4`).
        (clockPastOrTo, ["past", "after", "to", "before", "till"]),
        // After minutes: past the hour (`past`, `after`).
        (clockPast, ["past", "after"]),
        // `.` after a weekday, day or month abbreviation: `Mo.`, `15.`, `Sept.`.
        (fullStop, ["."]),
        // After two digits: a time, not a two-digit year (`:`, `Uhr`, `pm`).
        (timeMarker, [":", "uhr", "h", "am", "pm", "a", "p"]),
        // `am`/`pm` after a part-of-day preposition: `in the pm`.
        (ampm, ["pm", "am"]),
        // `quarter`: `a quarter past 2`, `a quarter of an hour`.
        (quarterWord, ["quarter"]),
        // `quarters` of `three quarters`.
        (quartersWord, ["quarters"]),
        // After `am`: German `am Sa`, not a.m.
        (germanWeekdayAbbreviation, ["sa", "so", "mo", "di", "mi", "do", "fr"]),
        // `so` of `so um 3`.
        (roughlySo, ["so"]),
        // `spätestens` after a point: BEFORE.
        (spaetestens, ["spätestens"]),
        // `than` of `later than`.
        (laterThan, ["than"]),
        // Article after a part-of-day preposition: `in the evening`, `in der Nacht`.
        (partOfDayArticle, ["the", "der", "den"]),
        // Before the unit after a boundary: `end of the year`.
        (boundaryArticle, ["the", "around"]),
        // Before a span: `the next 3 days`, `in den letzten 2 Jahren`.
        (spanPrefix, ["the", "die", "den", "der", "in", "im", "in"]),
        // Before an nth weekday: `the first Monday`, `am ersten Montag`.
        (nthPrefix, ["the", "der", "den", "am"]),
        // Before `fall`: the season, not the verb.
        (fallSeasonCue, ["the", "this", "in", "of", "early", "late", "during", "since", "until", "by", "im"]),
        // `the`, optional in many rules.
        (theArticle, ["the"]),
        // Article of a reference: `in the future`, `in der Zukunft`.
        (referenceArticle, ["the", "der", "die"]),
        // Modifier of `year` after a month: `March this year`.
        (yearModifier, ["this", "next", "last"]),
        // `three` of `three quarters`.
        (threeWord, ["three"]),
        // `three-quarters` as one word (0.75).
        (threeQuarters, ["three-quarters", "threequarters"]),
        // `tomorrow` of `the day after tomorrow`.
        (tomorrow, ["tomorrow"]),
        // A count before a plural weekday: `two Mondays` is no set.
        (weekdayCount, ["two", "three", "zwei", "drei"]),
        // Clock word after a time, skipped: `15 Uhr`, `3 o'clock`, `3 h`.
        (clockWord, ["uhr", "h", "o'clock", "oclock"]),
        // Clock word after a digit hour: `15 Uhr`, `9 h`, `8 o'clock`.
        (hourClockWord, ["uhr", "h", "o'clock", "oclock"]),
        // After `15 Uhr` and a number: a clock word or colon follows, so the number is no minute.
        (clockWordOrColon, ["uhr", ":", "h"]),
        // A further `Uhr` after the clock word.
        (extraUhr, ["uhr"]),
        // Clock word a spelled-out hour needs: `drei Uhr`, `three o'clock`.
        (spelledHourClockWord, ["uhr", "o'clock", "oclock"]),
        // `um` of `so um 3`.
        (umAfterSo, ["um"]),
        // Before `10.10`: a time, not a date (`um 10.10`, `gegen 10.10`).
        (umBeforeTime, ["um", "gegen"]),
        // Before a time: `um 3`, `gegen 10`, `at 5`, `around 5`.
        (timeCue, ["um", "at", "@", "gegen", "ab", "approximately", "about", "around"]),
        // Between coordinated weekdays: `Montag, Dienstag und Freitag`.
        (listConjunction, ["und", "and", ",", "oder", "or"]),
        // Between coordinated bare days: `19. und 20. Juni`.
        (dayListConjunction, ["und", "and", ","]),
        // `v.` of `v. Chr.`.
        (eraVor, ["v"]),
        // Before a count and unit, a shift into the past: `vor drei Tagen`.
        (backwardShiftPrefix, ["vor"]),
        // `vor`/`nach` of `viertel vor 12`, `viertel nach 3`.
        (beforeOrAfter, ["vor", "nach"]),
        // `week` of `the week of October 7th`.
        (weekWord, ["week", "woche"]),
        // The weekend after a modifier: `next weekend`.
        (weekend, ["wochenende", "weekend", "week-end", "wkend"]),
        // `year` of `March this year`.
        (yearAfterModifier, ["year"]),
        // `yesterday` of `the day before yesterday`.
        (yesterday, ["yesterday"]),
        // After a before-word: `bis zum`, `bis zur`.
        (untilArticle, ["zum", "zur"]),
        // After an interval connector: `bis zum 5.`, `zwischen dem 1. und dem 3.`, `to the 5th`.
        (intervalEndArticle, ["zum", "zur", "dem", "the"]),
        // Between an after-time and a before-time that bound one interval: nach 9:30 aber vor 11:00.
        (butOrAnd, ["but", "and", "aber", "und", "jedoch"]),
        // The German calendar week: die 12. Kalenderwoche, KW 12.
        (calendarWeekWord, Array(Grammar.calendarWeekWords)),
    ]

    /// The words of each set, indexed by bit.
    static let lists: [[String]] = {
        precondition(table.count <= 128, "WordMask has 128 bits")
        for (n, row) in table.enumerated() { precondition(row.bit == n, "W.table row \(n) is bit \(row.bit)") }
        return table.map(\.words)
    }()

    /// The mask of every word that is in some set.
    static let masks: [String: WordMask] = {
        var masks: [String: WordMask] = [:]
        for (bit, words) in lists.enumerated() {
            for word in words { masks[word, default: WordMask()].insert(bit) }
        }
        return masks
    }()
}
