import XCTest
import LoupeCore
@testable import LoupeDates
@testable import LoupeDatesTools

/// The three document types (news, narrative, colloquial), shifts from the date mentioned last,
/// ranges as two TimeML expressions, and the TempEval-3 scorer.
final class ModeTests: DatesTestCase {
    func values(_ text: String, _ language: Language, mode: DatesMode, ref: String = "2024-06-19T12:00") -> [String] {
        let reference = ReferenceTime(iso: ref)!
        let document = Document(text: text, language: language, reference: reference)
        return DatesAnalyzer.expressions(in: document, reference: reference, language: language, mode: mode)
            .map { document.string(for: $0.span) + "=" + $0.value }
    }

    func testNarrativeAnchorsAtTheLastDateMentioned() {
        let text =
            "Der Krieg begann am 1. September 1939. Am 3. September erklärten Frankreich und Großbritannien den Krieg. "
            + "Zwei Tage später fiel die Stadt. Im Juni 1940 kapitulierte Frankreich, am 22. Juni wurde der Vertrag unterzeichnet."
        XCTAssertEqual(
            values(text, .german, mode: .narrative),
            [
                "1. September 1939=1939-09-01", "3. September=1939-09-03", "Zwei Tage später=1939-09-05",
                "Juni 1940=1940-06", "22. Juni=1940-06-22",
            ])
        // News: a year-less date is read against the reference date.
        XCTAssertEqual(
            values("Am 3. September erklärte die Regierung den Rücktritt.", .german, mode: .news, ref: "2010-10-01"),
            ["3. September=2010-09-03"])
        XCTAssertEqual(
            values("The siege ended on 12 March 1917. On 2 April the troops left.", .english, mode: .narrative),
            ["12 March 1917=1917-03-12", "2 April=1917-04-02"])
        // midnight after the day told of is the one that ends it
        XCTAssertEqual(
            values(
                "Am 8. Mai 1945 kapitulierte die Wehrmacht. Um Mitternacht schwiegen die Waffen.", .german,
                mode: .narrative),
            ["8. Mai 1945=1945-05-08", "Mitternacht=1945-05-09T00:00"])
    }

    func testNarrativePartOfDayAfterAYearIsKnownOnlyToTheYear() {
        // not the first night of January: the year told last is all that is known
        XCTAssertEqual(
            values(
                "Im folgenden Jahr zog er nach Berlin. Noch oft dachte er an jene Nacht.", .german,
                mode: .narrative, ref: "1990-10-03"),
            ["folgenden Jahr=1991", "Nacht=1991"])
    }

    func testANarrativesDecadeBeforeAnyDateIsThePastOne() {
        // no date told yet: the decade is the reference's past one, as in news (`zwanziger` in 2008 is the 1920s)
        XCTAssertEqual(
            values("In den zwanziger Jahren verdiente er ein Vermögen.", .german, mode: .narrative, ref: "2008-11-13"),
            ["den zwanziger Jahren=192"])
        XCTAssertEqual(
            values("In den Achtzigern war alles anders.", .german, mode: .narrative, ref: "2008-11-13"),
            ["den Achtzigern=198"])
    }

    func testANarrativeToldForwardCrossesTheNewYear() {
        // a month long before the anchor's is the next year's, unless a pluperfect looks back
        XCTAssertEqual(
            values(
                "Im November 1942 wurde die Armee eingeschlossen. Am 31. Januar ergab sie sich.", .german,
                mode: .narrative),
            ["November 1942=1942-11", "31. Januar=1943-01-31"])
        XCTAssertEqual(
            values(
                "Im Dezember 1916 wurde verhandelt. Bereits im Februar hatte man es versucht.", .german,
                mode: .narrative),
            ["Dezember 1916=1916-12", "Februar=1916-02"])
        XCTAssertEqual(
            values("In June 1916 the offensive began. In March it was planned.", .english, mode: .narrative),
            ["June 1916=1916-06", "March=1916-03"])
    }

    func testNarrativeComposesWithTheDateMentionedLast() {
        let text =
            "Am Mittag des 9. Februars 1904 griff Tōgō an, am gleichen Abend sanken zwei Schiffe. "
            + "In den Schlachten des neuen Jahres fiel die Festung. In den zwanziger Jahren war der Krieg vergessen."
        XCTAssertEqual(
            values(text, .german, mode: .narrative),
            [
                "Mittag des 9. Februars 1904=1904-02-09TMI", "gleichen Abend=1904-02-09TEV", "neuen Jahres=1905",
                "den zwanziger Jahren=192",
            ])
        // counts after "und" are not years
        XCTAssertEqual(values("Es kamen 34 Schiffe und 1370 Landungsboote.", .german, mode: .narrative), [])
        // hours and minutes after a date without a clock time are an amount
        XCTAssertEqual(
            values("Am 3. Mai 1904 zog er sich nach 40 Minuten zurück.", .german, mode: .narrative),
            ["3. Mai 1904=1904-05-03", "nach 40 Minuten=PT40M"])
    }

    func testNewsPutsAClockTimeOnTheDayItsSentenceNamed() {
        XCTAssertEqual(
            values("Die Lesung findet am 12. Juli im Rathaus um 19.30 Uhr statt.", .german, mode: .news),
            ["12. Juli=2024-07-12", "19.30 Uhr=2024-07-12T19:30"])
        XCTAssertEqual(
            values("The vote is on July 12, and the polls close at 8 p.m.", .english, mode: .news),
            ["July 12=2024-07-12", "8 p.m.=2024-07-12T20:00"])
        XCTAssertEqual(
            values("In der Nacht des 3. Mai soll er gegen 2 Uhr morgens eingebrochen sein.", .german, mode: .news),
            ["der Nacht des 3. Mai=2024-05-03TNI", "2 Uhr morgens=2024-05-03T02:00"])
        // a day named by a weekday or relative word in the same sentence leaves the clock time to the tense
        XCTAssertEqual(
            values("Er kam am Montag und die Sitzung beginnt um 15 Uhr.", .german, mode: .news),
            ["Montag=2024-06-17", "15 Uhr=2024-06-19T15:00"])
    }

    func testNarrativeIgnoresDatesThatPointAway() {
        // "bis Ende 1941" looks ahead; the next day-month stays in 1939.
        let text =
            "Am 8. Oktober 1939 fiel Modlin. Die Besatzung dauerte bis Ende 1941. Am 14. Oktober folgte die Parade."
        XCTAssertEqual(values(text, .german, mode: .narrative).last, "14. Oktober=1939-10-14")
    }

    func testLastWeekdayIsTheMostRecentOne() {
        // Wednesday 19 June 2024: "letzten Montag" is two days ago (this week's), "last Wednesday" a week ago
        for mode in [DatesMode.news, .colloquial] {
            XCTAssertEqual(values("letzten Montag", .german, mode: mode), ["letzten Montag=2024-06-17"])
            XCTAssertEqual(values("vergangenen Mittwoch", .german, mode: mode), ["vergangenen Mittwoch=2024-06-12"])
            XCTAssertEqual(values("last Tuesday", .english, mode: mode).last?.suffix(10), "2024-06-18")
        }
    }

    func testColloquialLooksAhead() {
        // Wednesday 19 June 2024, 12:00: a bare weekday and a passed clock time are their next occurrences.
        XCTAssertEqual(values("Montag", .german, mode: .colloquial), ["Montag=2024-06-24"])
        // "this Monday" too is the coming one to an assistant (today counts); in news this week's
        XCTAssertEqual(values("diesen Montag", .german, mode: .colloquial), ["diesen Montag=2024-06-24"])
        XCTAssertEqual(values("this Wednesday", .english, mode: .colloquial), ["this Wednesday=2024-06-19"])
        XCTAssertEqual(values("diesen Montag", .german, mode: .news), ["diesen Montag=2024-06-17"])
        // to an assistant "a few" is three (Duckling's reading); news leaves it vague
        XCTAssertEqual(values("in a few hours", .english, mode: .colloquial), ["in a few hours=2024-06-19T15:00"])
        XCTAssertEqual(values("for a few hours", .english, mode: .news), ["a few hours=PTXH"])
        // typed in lower case, `may` and `march` before a day's ordinal word after `on` are months; not a verb
        XCTAssertEqual(values("on may second", .english, mode: .colloquial), ["may second=2025-05-02"])
        XCTAssertEqual(values("she may second the motion", .english, mode: .colloquial), [])
        // a day, then the hours of an interval in digits
        XCTAssertEqual(
            values("this Thursday 9 to 11am", .english, mode: .colloquial), ["this Thursday 9 to 11am=2024-06-20T09:00"]
        )
        // ... but what lasts since a weekday or month began before now
        XCTAssertEqual(values("seit Montag", .german, mode: .colloquial), ["Montag=2024-06-17"])
        XCTAssertEqual(values("since March", .english, mode: .colloquial), ["March=2024-03"])
        XCTAssertEqual(values("um 9:15", .german, mode: .colloquial), ["9:15=2024-06-20T09:15"])
        // English reads an hour without am/pm on a 12-hour clock: the next of its two readings
        XCTAssertEqual(values("at 11:45", .english, mode: .colloquial), ["11:45=2024-06-19T23:45"])
        XCTAssertEqual(values("at three", .english, mode: .colloquial), ["three=2024-06-19T15:00"])
        XCTAssertEqual(
            values("at half past nine", .english, mode: .colloquial, ref: "2024-06-19T08:00"),
            ["half past nine=2024-06-19T09:30"])
        XCTAssertEqual(values("at 11:45am", .english, mode: .colloquial), ["11:45am=2024-06-20T11:45"])
        XCTAssertEqual(values("at 13:30", .english, mode: .colloquial), ["13:30=2024-06-19T13:30"])
        // minutes or hours counted from a clock time, and then its next occurrence
        XCTAssertEqual(
            values("zehn Minuten vor Mitternacht", .german, mode: .colloquial),
            ["zehn Minuten vor Mitternacht=2024-06-19T23:50"])
        XCTAssertEqual(
            values("two hours before noon tomorrow", .english, mode: .colloquial),
            ["two hours before noon tomorrow=2024-06-20T10:00"])
        XCTAssertEqual(
            values("morgen zwanzig Minuten nach 8 Uhr", .german, mode: .colloquial),
            ["morgen zwanzig Minuten nach 8 Uhr=2024-06-20T08:20"])
        // German `Mittag` is noon there, as alone
        XCTAssertEqual(
            values("morgen zwei Stunden vor Mittag", .german, mode: .colloquial),
            ["morgen zwei Stunden vor Mittag=2024-06-20T10:00"])
        XCTAssertEqual(values("midnight tonight", .english, mode: .colloquial), ["midnight tonight=2024-06-20T00:00"])
        // An hour below 12 is either half of the day, in German too (Duckling): the next of the two readings;
        // an hour written as a clock shows it is the 24-hour clock, and a passed one is tomorrow's
        XCTAssertEqual(values("um drei Uhr", .german, mode: .colloquial), ["drei Uhr=2024-06-19T15:00"])
        XCTAssertEqual(values("Wir treffen uns um sieben.", .german, mode: .colloquial), ["sieben=2024-06-19T19:00"])
        XCTAssertEqual(values("um 9.30", .german, mode: .colloquial), ["9.30=2024-06-20T09:30"])
        XCTAssertEqual(values("um 15 Uhr", .german, mode: .colloquial), ["15 Uhr=2024-06-19T15:00"])
        // `nächsten Freitag` is the next Friday (Duckling's German); `next Friday` next week's (its English)
        XCTAssertEqual(values("nächsten Freitag", .german, mode: .colloquial), ["nächsten Freitag=2024-06-21"])
        XCTAssertEqual(values("kommenden Dienstag", .german, mode: .colloquial), ["kommenden Dienstag=2024-06-25"])
        XCTAssertEqual(values("next Friday", .english, mode: .colloquial), ["next Friday=2024-06-28"])
        XCTAssertEqual(values("nächsten Freitag", .german, mode: .news), ["nächsten Freitag=2024-06-28"])
        // `kommenden Freitag` is the coming one in news too
        XCTAssertEqual(
            values("Am kommenden Freitag empfängt Bochum Bremen.", .german, mode: .news),
            ["kommenden Freitag=2024-06-21"])
        // lower case: `march` after a preposition is the month (web text too), alone only to an assistant; the
        // verb and the walk are none
        XCTAssertEqual(values("march", .english, mode: .colloquial), ["march=2025-03"])
        XCTAssertEqual(values("march", .english, mode: .news), [])
        XCTAssertEqual(values("remind me in march", .english, mode: .colloquial), ["march=2025-03"])
        XCTAssertEqual(values("we flew there in march", .english, mode: .news), ["march=2024-03"])
        XCTAssertEqual(values("they march in may", .english, mode: .colloquial), ["may=2025-05"])
        XCTAssertEqual(values("the march ended", .english, mode: .colloquial), [])
        // minutes in digits before an hour: a time to an assistant, not when a range begins; in news a score
        XCTAssertEqual(values("20 to 5", .english, mode: .colloquial), ["20 to 5=2024-06-19T16:40"])
        XCTAssertEqual(values("from 3 to 4 pm", .english, mode: .colloquial).count, 1)
        XCTAssertEqual(values("They won 20 to 5.", .english, mode: .news), [])
        // in news a number after `um`/`at` at the end of a clause is an amount
        XCTAssertEqual(values("Der Index stieg um drei.", .german, mode: .news), [])
        XCTAssertEqual(values("The index stood at three.", .english, mode: .news), [])
        // within the current hour a clock time is still today's
        XCTAssertEqual(
            values("at 12:10", .english, mode: .colloquial, ref: "2024-06-19T12:30"), ["12:10=2024-06-19T12:10"])
        // an assistant's shifts keep the hour (days) or the month (years); news keeps the day or year
        XCTAssertEqual(values("in 7 days", .english, mode: .colloquial), ["in 7 days=2024-06-26T12:00"])
        XCTAssertEqual(values("two years hence", .english, mode: .colloquial), ["two years hence=2026-06"])
        XCTAssertEqual(values("in 7 days", .english, mode: .news), ["in 7 days=2024-06-26"])
        // News with a past-tense cue reads the weekday backwards.
        XCTAssertEqual(values("Er sagte am Montag, er sei zufrieden.", .german, mode: .news), ["Montag=2024-06-17"])
    }

    func ranges(_ text: String, _ language: Language, mode: DatesMode, ref: String = "2024-06-19T12:00:00") -> [String]
    {
        let reference = ReferenceTime(iso: ref)!
        let document = Document(text: text, language: language, reference: reference)
        return DatesAnalyzer.expressions(in: document, reference: reference, language: language, mode: mode)
            .map { e in e.range.map { "\($0.begin) … \($0.end)" } ?? e.value }
    }

    func testAnAssistantsTypedDaysAndHours() {
        // (reference Wednesday 19 June 2024, 12:00)
        XCTAssertEqual(
            values("fri at 5pm, sat @ noon", .english, mode: .colloquial),
            ["fri at 5pm=2024-06-21T17:00", "sat @ noon=2024-06-22T12:00"])
        // a bound cues a bare hour, in digits or words
        XCTAssertEqual(values("until 6", .english, mode: .colloquial), ["6=2024-06-19T18:00"])
        XCTAssertEqual(values("bis acht", .german, mode: .colloquial), ["acht=2024-06-19T20:00"])
        // British `Friday week`; texted days; no duration where a question asks how many
        XCTAssertEqual(values("Friday week", .english, mode: .colloquial), ["Friday week=2024-06-28"])
        XCTAssertEqual(
            values("2moro, tmr 3pm, nxt wk, 2nite at 9", .english, mode: .colloquial),
            ["2moro=2024-06-20", "tmr 3pm=2024-06-20T15:00", "nxt wk=2024-W26", "2nite at 9=2024-06-19T21:00"])
        XCTAssertEqual(
            values("how many days until christmas", .english, mode: .colloquial), ["christmas=2024-12-25"])
        // a bare end of a range of clock times is either half of the day, the first after the start
        XCTAssertEqual(
            ranges("from 2:30 to 4", .english, mode: .colloquial), ["2024-06-19T14:30 … 2024-06-19T16:00"])
        // and two bare hours joined by a dash after a day are its hours
        XCTAssertEqual(
            ranges("monday 9-5", .english, mode: .colloquial), ["2024-06-24T09:00 … 2024-06-24T17:59"])
    }

    func testColloquialIntervalsHaveTheAssistantsGrain() {
        // Wednesday 19 June 2024, 12:00. Between whole hours the last hour is covered whole …
        XCTAssertEqual(
            ranges("from 5 to 7 in the evening", .english, mode: .colloquial), ["2024-06-19T17:00 … 2024-06-19T19:59"])
        XCTAssertEqual(
            ranges("Freitag von 8 bis 10 Uhr", .german, mode: .colloquial), ["2024-06-21T08:00 … 2024-06-21T10:59"])
        // … but not when minutes are written on either end, nor in news (each end its own expression there).
        XCTAssertEqual(
            ranges("from 5:15 to 7 pm", .english, mode: .colloquial), ["2024-06-19T17:15 … 2024-06-19T19:00"])
        XCTAssertEqual(
            ranges("von 8:00 bis 10:00 Uhr", .german, mode: .colloquial), ["2024-06-20T08:00 … 2024-06-20T10:00"])
        XCTAssertEqual(ranges("the next 2 hours", .english, mode: .colloquial), ["2024-06-19T13:00 … 2024-06-19T14:59"])
        XCTAssertEqual(
            ranges("am Freitag nach 8:15 aber vor 10:00", .german, mode: .colloquial),
            ["2024-06-21T08:15 … 2024-06-21T10:00"])
        XCTAssertEqual(
            ranges("later than 2 pm but before 4 pm", .english, mode: .colloquial),
            ["2024-06-19T14:00 … 2024-06-19T16:59"])
        // an assistant's early hours of the morning end at 9:00 (English; the whole morning in news)
        XCTAssertEqual(
            ranges("tomorrow in the early hours of the morning", .english, mode: .colloquial),
            ["2024-06-20T00:00 … 2024-06-20T08:59"])
        XCTAssertEqual(
            ranges("tomorrow early in the morning", .english, mode: .colloquial),
            ["2024-06-20T00:00 … 2024-06-20T08:59"])
        XCTAssertEqual(ranges("tomorrow morning", .english, mode: .colloquial), ["2024-06-20T00:00 … 2024-06-20T11:59"])
        // an assistant's lunch after a day is Duckling's, 12–14
        XCTAssertEqual(ranges("tomorrow lunch", .english, mode: .colloquial), ["2024-06-20T12:00 … 2024-06-20T13:59"])
        XCTAssertEqual(ranges("Monday lunch", .english, mode: .colloquial), ["2024-06-24T12:00 … 2024-06-24T13:59"])
        // an assistant's weekend starts on Friday evening
        XCTAssertEqual(ranges("this weekend", .english, mode: .colloquial), ["2024-06-21T18:00 … 2024-06-23T23:59"])
        XCTAssertEqual(
            ranges("next weekend", .english, mode: .colloquial), ["2024-06-28T18:00 … 2024-06-30T23:59"])
        XCTAssertEqual(ranges("this weekend", .english, mode: .news), ["2024-06-22 … 2024-06-23"])
        // a deadline: from now until the day begins, or until the end named
        XCTAssertEqual(ranges("by Friday", .english, mode: .colloquial), ["2024-06-19T12:00:00 … 2024-06-20T23:59:59"])
        XCTAssertEqual(ranges("by the end of the year", .english, mode: .colloquial), ["2024-06-19T12:00:00 … 2024-12"])
        // ab with a clock time opens an interval as ab with a day does (mod AFTER), in every mode
        for mode in [DatesMode.news, .colloquial] {
            for text in ["ab 14 Uhr", "ab Montag"] {
                let document = Document(
                    text: text, language: .german, reference: ReferenceTime(iso: "2024-06-19T12:00")!)
                XCTAssertEqual(
                    DatesAnalyzer.expressions(
                        in: document, reference: ReferenceTime(iso: "2024-06-19T12:00")!, language: .german,
                        mode: mode
                    ).map(\.mod), ["AFTER"], text)
            }
        }
        // a day, then a time that bounds it: the time on that day, with the bound; TimeML keeps them apart
        XCTAssertEqual(
            values("morgen nach 14 Uhr", .german, mode: .colloquial), ["morgen nach 14 Uhr=2024-06-20T14:00"])
        XCTAssertEqual(
            values("Friday before 5 pm", .english, mode: .news), ["Friday=2024-06-21", "5 pm=2024-06-21T17:00"])
        // an assistant's end of the day is the midnight that ends it; in news the idiom is no time
        XCTAssertEqual(ranges("by EOD", .english, mode: .colloquial), ["2024-06-19T12:00:00 … 2024-06-19T23:59:59"])
        XCTAssertEqual(values("bis Ende des Tages", .german, mode: .colloquial), ["Ende des Tages=2024-06-20T00:00"])
        XCTAssertEqual(values("Am Ende des Tages zählt der Sieg.", .german, mode: .news), [])
        XCTAssertEqual(values("At the end of the day, voters decide.", .english, mode: .news), [])
    }

    func testNarrativeFamilies() {
        // the following day / next morning after the date mentioned last; a coordinated month or season
        // takes the year named after it; "desselben Jahres" is the year mentioned last; Spätsommer is summer
        let text =
            "Am 3. Mai 1915 begann die Offensive. Am folgenden Tag fiel die Festung, am nächsten Morgen die Stadt. "
            + "Im Mai und Juni 1916 ruhte die Front. Im Spätsommer 1917 kam die Wende, im Herbst desselben Jahres der Waffenstillstand."
        XCTAssertEqual(
            values(text, .german, mode: .narrative),
            [
                "3. Mai 1915=1915-05-03", "folgenden Tag=1915-05-04", "nächsten Morgen=1915-05-05TMO", "Mai=1916-05",
                "Juni 1916=1916-06",
                "Spätsommer 1917=1917-SU", "Herbst desselben Jahres=1917-FA",
            ])
        XCTAssertEqual(
            values(
                "The talks began on 4 March 1920. The following month the treaty was signed.", .english, mode: .news),
            ["4 March 1920=1920-03-04", "The following month=1920-04"])
        // … and the previous day before it
        XCTAssertEqual(
            values("The talks began on 4 March 1920. The previous day the envoys arrived.", .english, mode: .news),
            ["4 March 1920=1920-03-04", "The previous day=1920-03-03"])
        XCTAssertEqual(
            values(
                "Am 3. Mai 1915 fiel die Stadt. Am vorangegangenen Abend war sie umstellt.", .german, mode: .narrative),
            ["3. Mai 1915=1915-05-03", "vorangegangenen Abend=1915-05-02TEV"])
        XCTAssertEqual(
            values("Innerhalb weniger Tage war alles vorbei.", .german, mode: .narrative), ["weniger Tage=PXD"])
        XCTAssertEqual(
            values(
                "Am 3. Mai 1915 fiel Schnee. Am Morgen des folgenden Tages taute er. Ende des folgenden Jahres kam der Frieden.",
                .german, mode: .narrative),
            ["3. Mai 1915=1915-05-03", "Morgen des folgenden Tages=1915-05-04TMO", "Ende des folgenden Jahres=1916"])
    }

    func testColloquialCountsUnitsFromADate() {
        // Wednesday 19 June 2024: an amount before or after a date is one date to an assistant …
        XCTAssertEqual(
            values("drei Tage nach Weihnachten", .german, mode: .colloquial), ["drei Tage nach Weihnachten=2024-12-28"])
        XCTAssertEqual(
            values("two days before Easter", .english, mode: .colloquial), ["two days before Easter=2025-04-18"])
        XCTAssertEqual(
            values("den Tag vor Heiligabend", .german, mode: .colloquial), ["den Tag vor Heiligabend=2024-12-23"])
        XCTAssertEqual(
            values("two weeks from tomorrow", .english, mode: .colloquial), ["two weeks from tomorrow=2024-07-04"])
        XCTAssertEqual(values("heute in 8 Tagen", .german, mode: .colloquial), ["heute in 8 Tagen=2024-06-27"])
        // weeks from a weekday count from that day once (Friday the 21st, not the week after)
        XCTAssertEqual(
            values("a week from Friday", .english, mode: .colloquial), ["a week from Friday=2024-06-28"])
        XCTAssertEqual(
            values("zwei Wochen nach Freitag", .german, mode: .colloquial), ["zwei Wochen nach Freitag=2024-07-05"])
        // years from a holiday move it once (Christmas 2024, then 2025)
        XCTAssertEqual(
            values("ein Jahr nach Weihnachten", .german, mode: .colloquial), ["ein Jahr nach Weihnachten=2025-12-25"])
        XCTAssertEqual(
            values("a year before Christmas", .english, mode: .colloquial), ["a year before Christmas=2023-12-25"])
        // a year on from 29 February is the 28th, never an invalid date
        XCTAssertEqual(
            values("ein Jahr nach dem 29. Februar 2024", .german, mode: .colloquial),
            ["ein Jahr nach dem 29. Februar 2024=2025-02-28"])
        // … and two expressions to TimeML
        XCTAssertEqual(
            values("drei Tage nach Weihnachten", .german, mode: .news), ["drei Tage=P3D", "Weihnachten=2024-12-25"])
    }

    func testColloquialGermanDaysOfRelativeMonthsAndAbbreviations() {
        XCTAssertEqual(values("am 15. diesen Monats", .german, mode: .colloquial), ["15. diesen Monats=2024-06-15"])
        XCTAssertEqual(values("am 5. nächsten Monats", .german, mode: .colloquial), ["5. nächsten Monats=2024-07-05"])
        XCTAssertEqual(values("Montag früh", .german, mode: .colloquial), ["Montag früh=2024-06-24TMO"])
        XCTAssertEqual(values("Sa 18 Uhr", .german, mode: .colloquial), ["Sa 18 Uhr=2024-06-22T18:00"])
        XCTAssertEqual(values("um punkt 18", .german, mode: .colloquial), ["punkt 18=2024-06-19T18:00"])
        XCTAssertEqual(values("pünktlich um 15 Uhr", .german, mode: .colloquial), ["15 Uhr=2024-06-19T15:00"])
        // the hour in words after `Punkt` (`Punkt zwölf`); not a numbered point (`Punkt drei der Tagesordnung`)
        XCTAssertEqual(
            values("Wir treffen uns um Punkt zwölf.", .german, mode: .colloquial), ["Punkt zwölf=2024-06-19T12:00"])
        XCTAssertEqual(values("Punkt drei der Tagesordnung", .german, mode: .colloquial), [])
        // "so" before a clock time is "about", not Sunday; "die fünf nächsten Tage" stays a span
        XCTAssertEqual(values("so 10 Uhr", .german, mode: .colloquial), ["10 Uhr=2024-06-19T22:00"])
    }

    func testColloquialWeekdayAloneIsNeverToday() {
        // reference Wednesday 19 June 2024: `wednesday` alone is next week's to an assistant, today in news
        XCTAssertEqual(values("wednesday", .english, mode: .colloquial), ["wednesday=2024-06-26"])
        XCTAssertEqual(values("Mittwoch", .german, mode: .colloquial), ["Mittwoch=2024-06-26"])
        XCTAssertEqual(values("Am Mittwoch tagt der Rat.", .german, mode: .news), ["Mittwoch=2024-06-19"])
        // an abbreviation before the day of the month, with or without the article
        XCTAssertEqual(values("thu the 20th", .english, mode: .colloquial), ["thu the 20th=2024-06-20"])
        XCTAssertEqual(values("fri 21st", .english, mode: .colloquial), ["fri 21st=2024-06-21"])
        XCTAssertEqual(values("Leeds sat 16th in the table.", .english, mode: .news), [])
    }

    func testColloquialRelativeWeekendsNightsAndUnits() {
        XCTAssertEqual(values("next weekend", .english, mode: .colloquial), ["next weekend=2024-W26-WE"])
        // (in German the coming one, as `nächsten Freitag` is the next Friday: Wednesday 19 June → 22–23 June)
        XCTAssertEqual(values("nächstes Wochenende", .german, mode: .colloquial), ["nächstes Wochenende=2024-W25-WE"])
        XCTAssertEqual(
            values("nächstes Wochenende", .german, mode: .colloquial, ref: "2024-06-22T12:00"),
            ["nächstes Wochenende=2024-W26-WE"])
        XCTAssertEqual(values("last night", .english, mode: .colloquial), ["last night=2024-06-18TNI"])
        XCTAssertEqual(values("letzte Nacht", .german, mode: .colloquial), ["letzte Nacht=2024-06-18TNI"])
        XCTAssertEqual(values("the week after next", .english, mode: .colloquial), ["the week after next=2024-W27"])
        XCTAssertEqual(values("monday before last", .english, mode: .colloquial), ["monday before last=2024-06-10"])
        XCTAssertEqual(
            values("in einer Viertelstunde", .german, mode: .colloquial), ["in einer Viertelstunde=2024-06-19T12:15"])
        XCTAssertEqual(
            values("vor einer halben Stunde", .german, mode: .colloquial), ["vor einer halben Stunde=2024-06-19T11:30"])
        XCTAssertEqual(
            values("in an hour and a half", .english, mode: .colloquial), ["in an hour and a half=2024-06-19T13:30"])
        XCTAssertEqual(values("march 3rd at noon", .english, mode: .colloquial), ["march 3rd at noon=2025-03-03T12:00"])
    }

    func testColloquialFollowsDucklingsRules() {
        // seasons share their first and last days; a part of the day already over is the next one
        XCTAssertEqual(values("spring", .english, mode: .colloquial, ref: "2024-06-21T12:00"), ["spring=2024-SP"])
        XCTAssertEqual(values("autumn", .english, mode: .colloquial, ref: "2024-09-23T12:00"), ["autumn=2024-FA"])
        XCTAssertEqual(
            values("in der Nacht", .german, mode: .colloquial, ref: "2024-06-19T04:30"), ["der Nacht=2024-06-20TNI"])
        XCTAssertEqual(
            values("in der Nacht", .german, mode: .news, ref: "2024-06-19T04:30"), ["der Nacht=2024-06-19TNI"])
        // late at night: its last hours
        let reference = ReferenceTime(iso: "2024-06-19T12:00")!
        let document = Document(text: "call me late tonight", language: .english, reference: reference)
        let late = DatesAnalyzer.expressions(in: document, reference: reference, language: .english, mode: .colloquial)
        XCTAssertEqual(late.map { document.string(for: $0.span) }, ["late tonight"])
        XCTAssertEqual(late.first?.range?.begin, "2024-06-19T21:00")
        // German noon is the hour; the end of a month or year is the first day after it; `ein paar` is three
        XCTAssertEqual(values("morgen mittag", .german, mode: .colloquial), ["morgen mittag=2024-06-20T12:00"])
        XCTAssertEqual(values("bis Ende des Monats", .german, mode: .colloquial), ["Ende des Monats=2024-07"])
        XCTAssertEqual(values("zum Jahresende", .german, mode: .colloquial), ["Jahresende=2025"])
        XCTAssertEqual(values("zum Jahresende", .german, mode: .news), ["Jahresende=2024"])
        XCTAssertEqual(values("in ein paar Tagen", .german, mode: .colloquial), ["in ein paar Tagen=2024-06-22T12:00"])
        // within an amount: until then; an amount from today
        let within = Document(text: "innerhalb von zwei Stunden", language: .german, reference: reference)
        let until = DatesAnalyzer.expressions(in: within, reference: reference, language: .german, mode: .colloquial)
        XCTAssertEqual(
            until.first.map { "\($0.range?.begin ?? "") … \($0.range?.end ?? "")" },
            "2024-06-19T12:00:00 … 2024-06-19T13:59:59")
        XCTAssertEqual(values("within 2 hours", .english, mode: .news), ["2 hours=PT2H"])
        XCTAssertEqual(values("zwei Wochen ab heute", .german, mode: .colloquial), ["zwei Wochen ab heute=2024-07-03"])
        // days from `heute` keep the hour, as `ab jetzt` and `in drei Tagen` do; English `from today` names the day
        XCTAssertEqual(
            values("drei Tage ab heute", .german, mode: .colloquial), ["drei Tage ab heute=2024-06-22T12:00"])
        XCTAssertEqual(
            values("three days from today", .english, mode: .colloquial), ["three days from today=2024-06-22"])
        // two bare hours after `from`/`between`: today's next, the end the first reading after the beginning
        XCTAssertEqual(
            ranges("from 9 to 5", .english, mode: .colloquial, ref: "2024-06-19T04:30:00"),
            ["2024-06-19T09:00 … 2024-06-19T17:59"])
        XCTAssertEqual(ranges("von 14 bis 16", .german, mode: .colloquial), ["2024-06-19T14:00 … 2024-06-19T16:59"])
        XCTAssertEqual(values("from 3 to 5 percent", .english, mode: .colloquial), [])
        // British `half three` alone to an assistant; an hour with `-ish` is about that hour (not an age)
        XCTAssertEqual(values("half three", .english, mode: .colloquial), ["half three=2024-06-19T15:30"])
        XCTAssertEqual(values("half three cups", .english, mode: .news), [])
        XCTAssertEqual(values("at 7ish", .english, mode: .colloquial), ["7ish=2024-06-19T19:00"])
        XCTAssertEqual(values("she is 40ish", .english, mode: .news), [])
        // the hours around the day's events
        XCTAssertEqual(
            ranges("call me after work", .english, mode: .colloquial), ["2024-06-19T17:00 … 2024-06-19T20:59"])
        XCTAssertEqual(
            ranges("nach dem Mittagessen", .german, mode: .colloquial), ["2024-06-19T13:00 … 2024-06-19T16:59"])
        XCTAssertEqual(values("after work", .english, mode: .news), [])
        XCTAssertEqual(
            ranges("Freitag zum Mittagessen", .german, mode: .colloquial), ["2024-06-21T12:00 … 2024-06-21T13:59"])
        // a day and month with a full stop alone; more holidays
        XCTAssertEqual(values("15.3.", .german, mode: .colloquial), ["15.3=2025-03-15"])
        XCTAssertEqual(values("vorvorgestern", .german, mode: .colloquial), ["vorvorgestern=2024-06-16"])
        XCTAssertEqual(values("xmas eve", .english, mode: .colloquial), ["xmas eve=2024-12-24"])
        XCTAssertEqual(
            values("am österreichischen Nationalfeiertag", .german, mode: .news),
            ["österreichischen Nationalfeiertag=2024-10-26"])
    }

    func testColloquialGermanInstantsAndSpellingsFromDucklingsRules() {
        // (reference Wednesday 2024-06-19 12:00)
        XCTAssertEqual(values("gerade eben", .german, mode: .colloquial).map { $0.hasPrefix("gerade eben=") }, [true])
        XCTAssertEqual(values("um diese Zeit", .german, mode: .colloquial), ["diese Zeit=2024-06-19"])
        XCTAssertEqual(values("zu diesem Zeitpunkt", .german, mode: .colloquial), ["diesem Zeitpunkt=2024-06-19"])
        // news: these refer back to a time named before, and are left alone
        XCTAssertEqual(values("zu diesem Zeitpunkt", .german, mode: .news), [])
        XCTAssertEqual(values("gerade eben", .german, mode: .news), [])
        // English `at this time` alone is today to an assistant (Duckling's English instants); before a day it is
        // that clock time on the day
        XCTAssertEqual(values("at this time", .english, mode: .colloquial), ["this time=2024-06-19"])
        XCTAssertEqual(values("at this time", .english, mode: .news), [])
        XCTAssertEqual(
            values("at this time tomorrow", .english, mode: .colloquial), ["this time tomorrow=2024-06-20T12:00"])
        // a weekday's adverb is the next such day to an assistant, a set in news
        XCTAssertEqual(values("montags", .german, mode: .colloquial), ["montags=2024-06-24"])
        XCTAssertEqual(values("Er arbeitet montags.", .german, mode: .news), ["montags=XXXX-WXX-1"])
        // so is a part of the day's adverb alone in news; beside a day or a clock time it narrows, or to an assistant,
        // it is that one
        XCTAssertEqual(values("Die Tiere sind nachts aktiv.", .german, mode: .news), ["nachts=XXXX-XX-XXTNI"])
        XCTAssertEqual(values("Er kam am Montag nachts.", .german, mode: .news), ["Montag nachts=2024-06-17TNI"])
        XCTAssertEqual(values("um 8 Uhr morgens", .german, mode: .news), ["8 Uhr morgens=2024-06-19T08:00"])
        XCTAssertEqual(values("morgens", .german, mode: .colloquial).count, 1)
        XCTAssertNotEqual(values("morgens", .german, mode: .colloquial), ["morgens=XXXX-XX-XXTMO"])
        XCTAssertEqual(values("15 vom März", .german, mode: .colloquial), ["15 vom März=2025-03-15"])
        XCTAssertEqual(values("Heilig Abend", .german, mode: .news), ["Heilig Abend=2024-12-24"])
        // the spellings Duckling's German names accept
        XCTAssertEqual(values("am dinstag", .german, mode: .colloquial), ["dinstag=2024-06-25"])
        XCTAssertEqual(values("weinachten", .german, mode: .colloquial), ["weinachten=2024-12-25"])
        XCTAssertEqual(values("Nikolo", .german, mode: .news), ["Nikolo=2024-12-06"])
        XCTAssertEqual(values("tag deutsche einheit", .german, mode: .colloquial), ["tag deutsche einheit=2024-10-03"])
        XCTAssertEqual(values("schweiz feiertag", .german, mode: .colloquial), ["schweiz feiertag=2024-08-01"])
        XCTAssertEqual(values("allerheilige", .german, mode: .colloquial), ["allerheilige=2024-11-01"])
        XCTAssertEqual(ranges("am Feierabend", .german, mode: .colloquial), ["2024-06-19T17:00 … 2024-06-19T20:59"])
        let endOfDay = values("ende des tages", .german, mode: .colloquial)
        XCTAssertEqual(endOfDay.count, 1)
        XCTAssertEqual(
            values("tagesende", .german, mode: .colloquial),
            endOfDay.map { $0.replacingOccurrences(of: "ende des tages", with: "tagesende") })
        XCTAssertEqual(values("in der früh", .german, mode: .colloquial), ["der früh=2024-06-20TMO"])
        // the weekend alone, to an assistant; `midnite`; English weekdays have no plural day
        XCTAssertEqual(values("Wochenende", .german, mode: .colloquial), ["Wochenende=2024-W25-WE"])
        XCTAssertEqual(values("weekend", .english, mode: .colloquial), ["weekend=2024-W25-WE"])
        XCTAssertEqual(values("at midnite", .english, mode: .colloquial), ["midnite=2024-06-20T00:00"])
        XCTAssertEqual(values("mondays", .english, mode: .colloquial), ["mondays=XXXX-WXX-1"])
        XCTAssertEqual(values("Es ist zu früh.", .german, mode: .colloquial), [])
    }

    func testAQuarterFromTheDateMentionedLastIsAQuarter() {
        XCTAssertEqual(
            values("Im März 2020 begann es, ein Quartal später war alles anders.", .german, mode: .news),
            ["März 2020=2020-03", "ein Quartal später=2020-Q2"])
    }

    func testShiftsCountFromTheDateMentionedLast() {
        XCTAssertEqual(
            values("Am 10. März 2020 kam er an, drei Tage später reiste er ab.", .german, mode: .news),
            ["10. März 2020=2020-03-10", "drei Tage später=2020-03-13"])
        XCTAssertEqual(
            values("Sales peaked in 2007; a year earlier they were flat.", .english, mode: .news),
            ["2007=2007", "a year earlier=2006"])
        // Without an earlier date the reference anchors it.
        XCTAssertEqual(
            values("Zwei Wochen später war alles vorbei.", .german, mode: .news), ["Zwei Wochen später=2024-07-03"])
        // a weekday in apposition to a full date is that date's day, in every mode
        for mode in [DatesMode.news, .narrative, .colloquial] {
            XCTAssertEqual(
                values("Es war der 9. Oktober 1989, ein Montag.", .german, mode: mode),
                ["9. Oktober 1989=1989-10-09", "Montag=1989-10-09"])
            XCTAssertEqual(
                values("On October 9, 1989, a Monday, they marched.", .english, mode: mode),
                ["October 9, 1989=1989-10-09", "Monday=1989-10-09"])
        }
        // The clock time TimeML splits off a shifted day is on that day, not shifted once more.
        for mode in [DatesMode.news, .narrative] {
            XCTAssertEqual(
                values("Am Montag kam er an. Er reiste am nächsten Tag um 18 Uhr ab.", .german, mode: mode),
                ["Montag=2024-06-17", "nächsten Tag=2024-06-18", "18 Uhr=2024-06-18T18:00"])
        }
    }

    func testRangesAreTwoExpressionsInTimeMLModes() {
        XCTAssertEqual(
            values("Die Jahre von 1980 bis 2011 waren hart.", .german, mode: .news), ["1980=1980", "2011=2011"])
        XCTAssertEqual(
            values("from March 3 to March 5, 2025", .english, mode: .narrative),
            ["March 3=2025-03-03", "March 5, 2025=2025-03-05"])
        // An assistant gets the interval.
        let reference = ReferenceTime(iso: "2024-06-19")!
        let document = Document(text: "vom 3. bis 5. Juli", language: .german, reference: reference)
        let found = DatesAnalyzer.expressions(in: document, reference: reference, language: .german, mode: .colloquial)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first.flatMap { $0.range.map { "\($0.begin)/\($0.end)" } }, "2024-07-03/2024-07-05")
    }

    func testPrepositionsStayOutOfTheSpan() {
        XCTAssertEqual(
            values("Seit 1998 und ab dem 1. Januar 2005 gilt das Gesetz, spätestens im März.", .german, mode: .news),
            ["1998=1998", "1. Januar 2005=2005-01-01", "März=2024-03"])
        XCTAssertEqual(
            values("The law took effect on Monday, since 1998 it had waited.", .english, mode: .news),
            ["Monday=2024-06-17", "1998=1998"])
    }

    func testNewsOfADayLongBeforeTheReferenceTimesItsClock() {
        // a clock time alone in a past sentence after a day more than a week back is on that day
        XCTAssertEqual(
            values(
                "Es war der 9. Oktober 1989. Gegen 18 Uhr setzte sich der Zug in Bewegung. Vier Wochen später fiel "
                    + "die Mauer.", .german, mode: .news),
            ["9. Oktober 1989=1989-10-09", "18 Uhr=1989-10-09T18:00", "Vier Wochen später=1989-11-06"])
        // a sentence ahead of the reference keeps the reference's day
        XCTAssertEqual(
            values("Es war der 9. Oktober 1989. Heute beginnt das Fest um 18 Uhr.", .german, mode: .news),
            ["9. Oktober 1989=1989-10-09", "Heute=PRESENT_REF", "18 Uhr=2024-06-19T18:00"])
    }

    func testAClockTimeWithinAPartOfTheDayMentionedBeforeIsOnThatDay() {
        // reference Wednesday 19 June 2024: Monday evening, then 21:45 in a past sentence; a night's early hours
        // fall on the day after
        XCTAssertEqual(
            values(
                "Ein Mann hat am Montagabend eine Tankstelle überfallen. Laut Polizei betrat er gegen 21.45 Uhr den "
                    + "Laden.", .german, mode: .news),
            ["Montagabend=2024-06-17TEV", "21.45 Uhr=2024-06-17T21:45"])
        XCTAssertEqual(
            values(
                "In der Nacht auf Sonntag brannte ein Haus. Gegen 2.30 Uhr bemerkte ein Nachbar den Rauch.", .german,
                mode: .news),
            ["der Nacht auf Sonntag=2024-06-15TNI", "2.30 Uhr=2024-06-16T02:30"])
        // a later part of that day alone, and that day's hours outside the part, are that day's too
        XCTAssertEqual(
            values(
                "Auf der A8 gab es am Montagnachmittag einen Unfall. Wie die Polizei am Abend mitteilte, war ein Lkw "
                    + "gegen 15.40 Uhr aufgefahren. Die Strecke war bis 19 Uhr gesperrt.", .german, mode: .news),
            [
                "Montagnachmittag=2024-06-17TAF", "Abend=2024-06-17TEV", "15.40 Uhr=2024-06-17T15:40",
                "19 Uhr=2024-06-17T19:00",
            ])
    }

    func testYearsAndCounts() {
        XCTAssertEqual(
            values("Konferenz 1945 in Jalta, 1998 wurde er Kanzler.", .german, mode: .news), ["1945=1945", "1998=1998"])
        XCTAssertTrue(values("Es kamen 2000 Soldaten und rund 1500 Flüchtlinge.", .german, mode: .news).isEmpty)
        // the two numbers of a range are of one kind
        XCTAssertTrue(values("Die Miete liegt zwischen 1500 und 2000 Euro.", .german, mode: .news).isEmpty)
        XCTAssertTrue(values("Between 1500 and 2000 people came.", .english, mode: .news).isEmpty)
        XCTAssertEqual(
            values("Er versprach zwischen 2017 und 2022 Renditen.", .german, mode: .news), ["2017=2017", "2022=2022"])
        // years close together and in order are years before a noun without `zwischen` too; counts are not
        XCTAssertEqual(
            values("Die Regierung hat 2020 und 2021 Rekordschulden aufgenommen.", .german, mode: .news),
            ["2020=2020", "2021=2021"])
        XCTAssertTrue(values("Es kamen 1200 und 1800 Besucher.", .german, mode: .news).isEmpty)
    }

    func testHeuteIsNowadaysInNewsButTheDayToAnAssistant() {
        XCTAssertEqual(values("Das gilt auch heute noch.", .german, mode: .news), ["heute=PRESENT_REF"])
        XCTAssertEqual(values("heute", .german, mode: .colloquial), ["heute=2024-06-19"])
        XCTAssertEqual(values("Heute Abend spielt die Band.", .german, mode: .news), ["Heute Abend=2024-06-19TEV"])
        XCTAssertEqual(values("I read it today.", .english, mode: .news), ["today=2024-06-19"])
        // after a preposition of a bound, heute is the day itself: from, since or until today
        XCTAssertEqual(values("Ab heute gilt der neue Tarif.", .german, mode: .news), ["heute=2024-06-19"])
        XCTAssertEqual(values("Bis heute fehlt jede Spur.", .german, mode: .news), ["heute=2024-06-19"])
    }

    func testModeIsAnAnalyzerOption() throws {
        let reference = ReferenceTime(iso: "2024-06-19")!
        let d = Document(
            text: "Im Mai 1945 endete der Krieg. Am 8. Mai wurde unterzeichnet.", language: .german,
            reference: reference)
        let context = AnalysisContext(
            language: .german, reference: reference, options: AnalyzerOptions(["mode": "narrative"]))
        let layer = try XCTUnwrap(try DatesAnalyzer().analyze(d, context: context) as? DatesLayer)
        XCTAssertEqual(layer.expressions.map(\.value), ["1945-05", "1945-05-08"])
        let spec = try XCTUnwrap(DatesAnalyzer.registration.descriptor.option(named: "mode"))
        XCTAssertThrowsError(try spec.validate("poetry"))
        XCTAssertEqual(try spec.validate("colloquial"), "colloquial")
    }
}

final class TempEvalScoringTests: XCTestCase {
    func testStrictRelaxedAndValueScores() {
        // Gold: "3. Mai 2010" (exact), "gestern" (value differs from ours: gold is wrong on purpose), "2009" (missed by a
        // different span: gold "im Jahr 2009" overlaps our "Jahr 2009").
        let text = "Am 3. Mai 2010 sagte er, gestern sei es im Jahr 2009 anders gewesen."
        func cp(_ s: String) -> (Int, Int) {
            let r = text.range(of: s)!
            return (
                text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound),
                text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.upperBound)
            )
        }
        let gold = [("3. Mai 2010", "2010-05-03"), ("gestern", "1999-01-01"), ("im Jahr 2009", "2009")].map { g in
            TimeMLEvaluation.Gold(start: cp(g.0).0, end: cp(g.0).1, type: "DATE", value: g.1, text: g.0)
        }
        let doc = TimeMLEvaluation.Doc(
            id: "t", subset: "s", language: .german, dct: ReferenceTime(iso: "2010-05-03")!, text: text, gold: gold)
        var errors: [String] = []
        let s = TimeMLEvaluation.score(doc, mode: .news, errors: &errors)
        XCTAssertEqual(s.gold, 3)
        XCTAssertEqual(s.found, 3, errors.joined(separator: "\n"))
        XCTAssertEqual(s.relaxed, 3)
        XCTAssertEqual(s.strict, 2)  // "im Jahr 2009" vs "Jahr 2009"
        XCTAssertEqual(s.value, 2)
        XCTAssertEqual(s.valueAccuracy, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(errors.count, 2, errors.joined(separator: "\n"))
    }

    func testTimex2ValuesAreComparedAsTimex3() {
        XCTAssertEqual(TimeMLEvaluation.normalise("BC0331"), "-0331")
        XCTAssertEqual(TimeMLEvaluation.normalise("1939-09-01"), "1939-09-01")
    }

    func testValuesThatDifferOnlyInNotationCompareEqual() {
        XCTAssertEqual(TimeMLEvaluation.normalise("2000-W7"), "2000-W07")
        XCTAssertEqual(TimeMLEvaluation.normalise("P2DE"), "P20Y")
        XCTAssertEqual(TimeMLEvaluation.normalise("P1CE"), "P100Y")
        XCTAssertEqual(TimeMLEvaluation.normalise("2014-H2 "), "2014-H2")
        XCTAssertEqual(TimeMLEvaluation.normalise("2000-W07"), "2000-W07")
        XCTAssertEqual(TimeMLEvaluation.normalise("1968-XX"), "1968")
        XCTAssertEqual(TimeMLEvaluation.normalise("1998-12-XX"), "1998-12")
        XCTAssertEqual(TimeMLEvaluation.normalise("198X"), "198")
        XCTAssertEqual(TimeMLEvaluation.normalise("19XX"), "19")
        // placeholders that carry meaning stay: every day is not every year, a week stays a week
        XCTAssertEqual(TimeMLEvaluation.normalise("XXXX-XX-XX"), "XXXX-XX-XX")
        XCTAssertEqual(TimeMLEvaluation.normalise("XXXX"), "XXXX")
        XCTAssertEqual(TimeMLEvaluation.normalise("1998-WXX"), "1998-WXX")
        XCTAssertEqual(TimeMLEvaluation.normalise("PXY"), "PXY")
    }

}
