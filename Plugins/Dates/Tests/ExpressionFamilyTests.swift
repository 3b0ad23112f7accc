import XCTest
import LoupeCore
@testable import LoupeDates
@testable import LoupeDatesTools

/// One test per expression family, German and English; reference Wed 19 June 2024, 12:00.
final class ExpressionFamilyTests: DatesTestCase {
    func testExplicitDates() {
        check("Die Mauer fiel am ⟦9. November 1989⟧DATE in Berlin.", .german, values: ["1989-11-09"])
        check("Der Vertrag vom ⟦24.12.2023⟧DATE gilt weiter.", .german, values: ["2023-12-24"])
        check("Die Frist endet am ⟦zweiten März 2025⟧DATE.", .german, values: ["2025-03-02"])
        check("She was born on ⟦March 3, 2015⟧DATE in Ohio.", .english, values: ["2015-03-03"])
        check("The deal closed on ⟦the 15th of February 2022⟧DATE.", .english, values: ["2022-02-15"])
        check("It was signed ⟦2023-11-05⟧DATE by both sides.", .english, values: ["2023-11-05"])
        // the year first with slashes, as in ISO 8601; a slash between years stays two years
        check("Der Auftrag vom ⟦2023/11/05⟧DATE gilt.", .german, values: ["2023-11-05"])
        // a month, the article and an ordinal day; not when a noun follows the ordinal
        check("We meet on ⟦August the 21st⟧DATE.", .english, values: ["2024-08-21"])
        check("In ⟦May⟧DATE the second round started.", .english, values: ["2024-05"])
        // an ordinal word before a noun of no time ranks the noun, it is no day of the month
        check("Sie erwarten für ⟦Donnerstag⟧DATE den ersten Schnee.", .german, values: ["2024-06-20"])
        // after a possessive `May` is the month (no modal follows one); the modal stays none
        check("The Fed held rates at its ⟦May⟧DATE meeting.", .english, values: ["2024-05"])
        check("Rates May rise, the bank's economists say.", .english, values: [])
    }

    func testLastAfterAModalIsTheVerb() {
        // the amount alone is the duration: `will last 30 days`, not the last 30 days
        check(
            "The strike will last ⟦30 days⟧DURATION; talks may last ⟦several days⟧DURATION.", .english,
            values: ["P30D", "PXD"])
        check("Prices rose over ⟦the last 30 days⟧DURATION.", .english, values: ["P30D"])
    }

    func testMonthsAndYears() {
        check("Er war im ⟦September 2023⟧DATE in Moskau.", .german, values: ["2023-09"])
        check("Das Gesetz gilt seit ⟦1998⟧DATE.", .german, values: ["1998"])
        check("Sales fell in ⟦October 2021⟧DATE.", .english, values: ["2021-10"])
    }

    func testYearsInWordsAndFiscalYears() {
        check(
            "It began in ⟦nineteen ninety-six⟧DATE and ended in ⟦the year two thousand⟧DATE.", .english,
            values: ["1996", "2000"])
        check(
            "Results for ⟦fiscal 1989⟧DATE were weak, das Geschäftsjahr ⟦2023⟧DATE auch.", .english,
            values: ["1989", "2023"])
        check("The annual report came out previously.", .english, values: [])
    }

    func testRelativeDays() {
        check(
            "⟦Gestern⟧DATE regnete es, ⟦übermorgen⟧DATE soll es schön werden.", .german,
            values: ["2024-06-18", "2024-06-21"])
        check(
            "⟦Yesterday⟧DATE it rained and ⟦tomorrow⟧DATE it will not.", .english, values: ["2024-06-18", "2024-06-20"])
        // as typed in messages
        check(
            "see you ⟦tmrw⟧DATE, not ⟦tonite⟧TIME", .english, values: ["2024-06-20", "2024-06-19TNI"], mode: .colloquial
        )
    }

    func testRelativeUnits() {
        check(
            "Das Treffen war ⟦letzte Woche⟧DATE, der Bericht folgt ⟦nächsten Monat⟧DATE.", .german,
            values: ["2024-W24", "2024-07"])
        check("⟦Dieses Jahr⟧DATE wächst die Wirtschaft kaum.", .german, values: ["2024"])
        check("Prices rose ⟦last year⟧DATE and will fall ⟦next quarter⟧DATE.", .english, values: ["2023", "2024-Q3"])
    }

    func testAgoAndLater() {
        // counted from the date mentioned last: `after that`, `before that`, as `danach`, `davor`
        check(
            "The talks began on ⟦June 3⟧DATE; ⟦two weeks after that⟧DATE they failed.", .english,
            values: ["2024-06-03", "2024-06-17"])
        check(
            "Er kam ⟦vor drei Tagen⟧DATE an und reist ⟦in zwei Wochen⟧DATE ab.", .german,
            values: ["2024-06-16", "2024-07-03"])
        check("Die Firma wurde ⟦vor 25 Jahren⟧DATE gegründet.", .german, values: ["1999"])
        check(
            "He left ⟦three days ago⟧DATE and returns ⟦in two months⟧DATE.", .english,
            values: ["2024-06-16", "2024-08"])
        // German says how much between `vor` and the amount; the words give the TimeML mod
        let text =
            "Sie kam vor gut zwei Wochen, er vor fast einem Jahr, sie vor erst drei Tagen, wir vor mehr als 20 Jahren."
        let found = expressions(text, .german)
        XCTAssertEqual(found.map(\.value), ["2024-06-05", "2023", "2024-06-16", "2004"], text)
        XCTAssertEqual(found.map(\.mod), ["MORE_THAN", "LESS_THAN", nil, "MORE_THAN"], text)
        // after `in` and `nach` a comparison names how long, not when
        check(
            "Der Vertrag endet in nicht einmal ⟦sechs Jahren⟧DURATION; erst nach ⟦mehr als drei Tagen⟧DURATION kam er.",
            .german, values: ["P6Y", "P3D"])
        // part of a year is counted in months
        check(
            "Er kam ⟦vor einem halben Jahr⟧DATE, sie ⟦anderthalb Jahre später⟧DATE.", .german,
            values: ["2023-12", "2025-06"])
        // the day a year back
        check("⟦A year ago today⟧DATE the bridge opened.", .english, values: ["2023-06-19"])
    }

    func testEnglishNewsAmountsBeforeLaterAreDurations() {
        // TimeBank: in "three days later" the amount is the expression, a DURATION; "later" relates it
        check(
            "The plant closed on ⟦May 3⟧DATE. ⟦Four days⟧DURATION later it reopened.", .english,
            values: ["2024-05-03", "P4D"])
        check("⟦A few weeks⟧DURATION earlier, the talks had failed.", .english, values: ["PXW"])
        // a year earlier in a report is the year-ago period, and narratives and assistants keep the date
        check("Sales rose from ⟦a year earlier⟧DATE.", .english, values: ["2023"])
        check(
            "On ⟦May 3⟧DATE the plant closed; ⟦four days later⟧DATE it reopened.", .english,
            values: ["2024-05-03", "2024-05-07"], mode: .narrative)
    }

    func testMonthsFromTheReferenceAreAMonth() {
        // a count of months from now names a month, as a count of months from the date mentioned last does
        check("The plant closed ⟦four months ago⟧DATE.", .english, values: ["2024-02"])
        check("Das Werk schloss ⟦vor vier Monaten⟧DATE.", .german, values: ["2024-02"])
        check("Die Wahl findet ⟦in sieben Monaten⟧DATE statt.", .german, values: ["2025-01"])
        // an assistant keeps the day (Duckling)
        check("⟦in two months⟧DATE", .english, values: ["2024-08-19"], mode: .colloquial)
    }

    func testTimesOfDay() {
        check(
            "Die Sitzung beginnt um ⟦14:30 Uhr⟧TIME, die Pause ist um ⟦halb elf⟧TIME.", .german,
            values: ["2024-06-19T14:30", "2024-06-19T10:30"])
        // TimeML (news) gives a date and its clock time apart, the time with the date's day; an assistant the whole.
        check("⟦Morgen⟧DATE um ⟦9 Uhr⟧TIME geht es los.", .german, values: ["2024-06-20", "2024-06-20T09:00"])
        check("⟦Morgen um 9 Uhr⟧TIME geht es los.", .german, values: ["2024-06-20T09:00"], mode: .colloquial)
        check(
            "The talks start at ⟦3pm⟧TIME and end at ⟦9:15 p.m.⟧TIME", .english,
            values: ["2024-06-19T15:00", "2024-06-19T21:15"])
        check("We met ⟦yesterday evening⟧TIME.", .english, values: ["2024-06-18TEV"])
        // one letter for am/pm after a cue or a date only: `2p` alone is pence
        check("Fuel duty is cut by 2p and stamps cost 5p to 120p.", .english, values: [])
        check("Doors open at ⟦7p⟧TIME, not 8p.", .english, values: ["2024-06-19T19:00"])
        // midnight with a day named is the midnight that ends it (news); to an assistant the day's first minute
        check("Lawmakers have until ⟦midnight Friday⟧TIME to act.", .english, values: ["2024-06-22T00:00"])
        check(
            "Lawmakers have until ⟦midnight Friday⟧TIME to act.", .english, values: ["2024-06-21T00:00"],
            mode: .colloquial)
        // to an assistant a spoken hour is on the 12-hour clock, the next of its two readings (at 4:30 in the
        // morning `um drei` is 15:00); digits with a colon or `Uhr` are the 24-hour clock
        let early = ReferenceTime(iso: "2024-06-19T04:30")!
        check(
            "Treffen wir uns um ⟦drei⟧TIME?", .german, values: ["2024-06-19T15:00"], reference: early, mode: .colloquial
        )
        check(
            "Treffen wir uns um ⟦halb vier⟧TIME oder ⟦viertel nach drei⟧TIME?", .german,
            values: ["2024-06-19T15:30", "2024-06-19T15:15"], reference: early, mode: .colloquial)
        check(
            "Der Wecker klingelt um ⟦3:18⟧TIME.", .german, values: ["2024-06-20T03:18"], reference: early,
            mode: .colloquial)
        // and so is an hour on today's date (a weekday that is today as well); another day's stays in the morning
        check(
            "⟦Heute um drei⟧TIME? Oder ⟦Mittwoch um halb vier⟧TIME?", .german,
            values: ["2024-06-19T15:00", "2024-06-19T15:30"], reference: early, mode: .colloquial)
        check(
            "⟦today at 3⟧TIME, not ⟦tomorrow at 3⟧TIME", .english, values: ["2024-06-19T15:00", "2024-06-20T03:00"],
            reference: early, mode: .colloquial)
        // an assistant's parts of the day: the German morning from 3:00, the English night from 18:00
        check(
            "⟦morgen früh⟧TIME und ⟦heute nacht⟧TIME", .german, values: ["2024-06-20TMO", "2024-06-19TNI"],
            ranges: ["2024-06-20T03:00/2024-06-20T11:59", "2024-06-19T00:00/2024-06-19T03:59"], reference: early,
            mode: .colloquial)
        check(
            "see you ⟦tonight⟧TIME", .english, values: ["2024-06-19TNI"], ranges: ["2024-06-19T18:00/2024-06-19T23:59"],
            reference: early, mode: .colloquial)
        check(
            "⟦morgen früh⟧TIME", .german, values: ["2024-06-20TMO"], ranges: ["2024-06-20T00:00/2024-06-20T11:59"],
            reference: early)
        // an assistant's German seasons share their first and last days (Duckling's)
        check(
            "im ⟦Herbst⟧DATE", .german, values: ["2024-FA"], ranges: ["2024-09-23/2024-12-21"], reference: early,
            mode: .colloquial)
        // (news reads the clock as written)
        check("Wir trafen uns um ⟦drei Uhr⟧TIME.", .german, values: ["2024-06-19T03:00"], reference: early)
        // an hour in words and its half of the day, where the sentence ends
        check("We meet at ⟦seven pm⟧TIME.", .english, values: ["2024-06-19T19:00"])
        // a number with the language's thousands separator; hours of energy are no time
        check("Die Beschäftigten leisteten ⟦2.500 Überstunden⟧DURATION.", .german, values: ["PT2500H"])
        check("Es dauerte ⟦1,5 Stunden⟧DURATION.", .german, values: ["PT1H30M"])
        check("Workers logged ⟦1,200 hours⟧DURATION of overtime.", .english, values: ["PT1200H"])
        check("Ein Haushalt verbraucht 2.500 Kilowattstunden.", .german, values: [])
        check("The plant uses 2,500 kilowatt hours.", .english, values: [])
        // a day and month in digits only in German, and not a decimal that ends the sentence
        check("The strongest aftershock measured 5.1.", .english, values: [])
        check("Die Quote lag bei 5.1.", .german, values: [])
        check("Er kam am ⟦5.1.⟧DATE zurück.", .german, values: ["2024-01-05"])
        // the hours of a part of the day (a later part after them in a past sentence is that day's)
        check(
            "Der Unfall geschah am ⟦Montag in den frühen Morgenstunden⟧TIME, der Brand in ⟦den Abendstunden⟧TIME.",
            .german, values: ["2024-06-17TMO", "2024-06-17TEV"])
    }

    func testClockTimesInWords() {
        // minutes before or after an hour, also after half an hour
        check(
            "Der Zug fuhr um ⟦zehn vor acht⟧TIME, der nächste um ⟦fünfundzwanzig nach neun⟧TIME.", .german,
            values: ["2024-06-19T07:50", "2024-06-19T09:25"])
        check(
            "Wir treffen uns um ⟦fünf nach halb drei⟧TIME oder um ⟦neun Uhr dreißig⟧TIME.", .german,
            values: ["2024-06-19T02:35", "2024-06-19T09:30"])
        check(
            "The bus left at ⟦ten to eight⟧TIME and the train at ⟦twenty-five past six⟧TIME.", .english,
            values: ["2024-06-19T07:50", "2024-06-19T06:25"])
        // an hour, then its minutes
        check(
            "The alarm rang at ⟦nine fifty nine a m⟧TIME, the call came at ⟦twelve o three⟧TIME.", .english,
            values: ["2024-06-19T09:59", "2024-06-19T12:03"])
        // noon and midnight as the hour a fraction counts from
        check(
            "The talks ended at ⟦a quarter to noon⟧TIME and resumed at ⟦quarter past midnight⟧TIME.", .english,
            values: ["2024-06-19T11:45", "2024-06-19T00:15"])
        // German counts the hours of the clock in words up to 24
        check(
            "Die Sitzung beginnt um ⟦zwanzig Uhr dreißig⟧TIME und endet um ⟦dreiundzwanzig Uhr⟧TIME.", .german,
            values: ["2024-06-19T20:30", "2024-06-19T23:00"])
        // a clock word in words before a day or a part of the day
        check("Wir treffen uns um ⟦sieben heute Abend⟧TIME.", .german, values: ["2024-06-19T19:00"])
        check("We meet at ⟦seven tomorrow⟧TIME.", .english, values: ["2024-06-20T07:00"])
        // number words without a cue are counts, not times
        check("The score was two to one and nine thirty people came.", .english, values: [])
        check("Nach dem Spiel standen zehn vor acht Spielern.", .german, values: [])
    }

    func testTheOneAfterNext() {
        check(
            "Wir sehen uns ⟦den Dienstag nach dem nächsten⟧DATE, spätestens die ⟦Woche nach der nächsten⟧DATE.",
            .german, values: ["2024-07-02", "2024-W27"])
        check("Die Wahl ist das ⟦Jahr nach dem nächsten⟧DATE.", .german, values: ["2026"])
        check(
            "See you ⟦the Tuesday after next⟧DATE or ⟦the week after next⟧DATE.", .english,
            values: ["2024-07-02", "2024-W27"])
        // a month or a holiday, as a weekday
        check(
            "Wir fahren ⟦Weihnachten nach dem nächsten⟧DATE weg, im ⟦Juli nach dem nächsten⟧DATE nicht.", .german,
            values: ["2025-12-25", "2025-07"])
        check(
            "They married ⟦Easter before last⟧DATE and move ⟦Christmas after next⟧DATE.", .english,
            values: ["2023-04-09", "2025-12-25"])
        // and the one before last: `vor dem letzten`
        check(
            "Sie kam ⟦Freitag vor dem letzten⟧DATE, er ⟦Weihnachten vor dem letzten⟧DATE.", .german,
            values: ["2024-06-07", "2022-12-25"])
        // `nach dem nächsten`, `vor dem letzten` before a noun name an event
        check("Nach dem nächsten Spiel wird entschieden, vor dem letzten Spiel nicht.", .german, values: [])
        // without its article, as with it
        check("Wir kommen ⟦Freitag nach nächstem⟧DATE.", .german, values: ["2024-06-28"])
        check("See you ⟦week after next⟧DATE, back ⟦year before last⟧DATE.", .english, values: ["2024-W27", "2022"])
        check(
            "We met ⟦the weekend before last⟧DATE, not ⟦the weekend after next⟧DATE.", .english,
            values: ["2024-W23-WE", "2024-W27-WE"], mode: .colloquial)
        // (a week counted from next Monday)
        check("We leave ⟦a week after next Monday⟧DATE.", .english, values: ["2024-07-01"], mode: .colloquial)
        // the night before last night
        check("Er kam ⟦vorletzte Nacht⟧TIME an.", .german, values: ["2024-06-17TNI"])
        check("He arrived ⟦the night before last⟧TIME.", .english, values: ["2024-06-17TNI"])
    }

    func testCountedFromTheEnd() {
        check(
            "Das Finale ist am ⟦vorletzten Sonntag im Oktober⟧DATE, der Bericht am ⟦drittletzten Tag des Monats⟧DATE.",
            .german, values: ["2024-10-20", "2024-06-28"])
        check(
            "The vote is on ⟦the second to last Friday of March 2025⟧DATE, the count ⟦the penultimate day of the month⟧DATE.",
            .english, values: ["2025-03-21", "2024-06-29"])
        check("See you ⟦the next to last Monday of July⟧DATE.", .english, values: ["2024-07-22"])
        // `von` joins the month as `im` does
        check("Wir treffen uns am ⟦ersten Montag von März 2025⟧DATE.", .german, values: ["2025-03-03"])
        // a rank of something else
        check("Das drittletzte Spiel entscheidet, the second to last game too.", .german, values: [])
    }

    func testWeekdaysCountedFromADate() {
        check(
            "Der Markt öffnet am ⟦Montag nach Pfingsten 2025⟧DATE und schließt am ⟦Sonntag vor Weihnachten 2025⟧DATE.",
            .german, values: ["2025-06-09", "2025-12-21"])
        check(
            "It opens ⟦the Monday after Easter 2025⟧DATE and closes ⟦the Friday before Christmas 2025⟧DATE.", .english,
            values: ["2025-04-21", "2025-12-19"])
        // an nth day from a date is one date to an assistant
        check("Wir kommen am ⟦dritten Tag nach Weihnachten⟧DATE.", .german, values: ["2024-12-28"], mode: .colloquial)
        check("We leave on ⟦the second day after Christmas⟧DATE.", .english, values: ["2024-12-27"], mode: .colloquial)
        // one week, month or year from a date is that whole unit, not a day a unit away
        check("We leave ⟦the week after Christmas⟧DATE.", .english, values: ["2025-W01"], mode: .colloquial)
        check("Wir fahren die ⟦Woche vor Weihnachten⟧DATE.", .german, values: ["2024-W51"], mode: .colloquial)
        check("They met ⟦the month before Christmas⟧DATE.", .english, values: ["2024-11"], mode: .colloquial)
        check("We leave ⟦the day after Christmas⟧DATE.", .english, values: ["2024-12-26"], mode: .colloquial)
        // not a weekday counted from an event that is no date
        check("Am ⟦Sonntag⟧DATE nach der Wahl trat er zurück.", .german, values: ["2024-06-16"])
    }

    func testDurations() {
        check(
            "Die Reise dauerte ⟦zwei Stunden⟧DURATION, der Krieg ⟦fast ein Jahrzehnt⟧DURATION.", .german,
            values: ["PT2H", "P10Y"])
        check(
            "The flight took ⟦two and a half hours⟧DURATION after ⟦three months⟧DURATION of planning.", .english,
            values: ["PT2H30M", "P3M"])
        // a definite stretch takes its article and `first`, as TimeBank marks it
        check(
            "For ⟦the nine months⟧DURATION, net rose; in ⟦the first two years⟧DURATION no interest is paid.", .english,
            values: ["P9M", "P2Y"])
        // German news takes the article before a modifier in, and leaves it out before a day in digits and a day's
        // adverb used as an adjective
        check(
            "In ⟦der vergangenen Woche⟧DATE stieg der Preis, laut dem ⟦gestern⟧DATE veröffentlichten Bericht.", .german,
            values: ["2024-W24", "2024-06-18"])
        check("Die Frist läuft bis auf den ⟦28. Mai⟧DATE.", .german, values: ["2024-05-28"])
        // (only an article the modifier's ending agrees with: this `das` is a pronoun)
        check("Ich hatte das ⟦letzten Winter⟧DATE auch.", .german, values: ["2023-WI"])
        // `or so` after an expression is part of it
        check("The plant will close over ⟦the next year or so⟧DATE.", .english, values: ["2025"])
        // a comparison's words are part of the duration's span, as TimeML marks it
        check("She testified for ⟦more than four hours⟧DURATION.", .english, values: ["PT4H"])
        check("Er blieb ⟦mehr als zwei Jahre⟧DURATION.", .german, values: ["P2Y"])
        // so are a bound's: `mindestens`, `at least` (EQUAL_OR_MORE), `höchstens`, `at most`
        check(
            "Es dauert ⟦mindestens zwei Jahre⟧DURATION, ⟦höchstens drei Jahre⟧DURATION.", .german,
            values: ["P2Y", "P3Y"])
        XCTAssertEqual(
            expressions("It will take at least two years, at most three days.", .english).map(\.mod),
            ["EQUAL_OR_MORE", "EQUAL_OR_LESS"])
        check("It will take ⟦at least two years⟧DURATION.", .english, values: ["P2Y"])
        // `over the …` is across the stretch, not more than it
        XCTAssertEqual(
            expressions("Prices rose 5% over the 12 months to June, and for over 12 months.", .english).map(\.mod),
            [nil, nil, "MORE_THAN"])
        // one adjective may stand between the amount and its unit, a plural noun may not
        check("They waited ⟦three long years⟧DURATION.", .english, values: ["P3Y"])
        check("It took the two sides months to agree.", .english, values: [])
    }

    func testGermanCompoundsOnAUnitAreAmounts() {
        // a compound whose head is a plural unit, after a count: an amount of that unit
        check("Der Umbau kostete ⟦12 Arbeitstage⟧DURATION.", .german, values: ["P12D"])
        check("Sie leistete ⟦80 Überstunden⟧DURATION.", .german, values: ["PT80H"])
        check("Nach ⟦25 Dienstjahren⟧DURATION ging sie.", .german, values: ["P25Y"])
        // occasions and words that only end like a unit are none
        check("Im ⟦Mai⟧DATE gibt es 4 Feiertage.", .german, values: ["2024-05"])
        check("Er schrieb 3 Reportagen.", .german, values: [])
    }

    func testNumbersWrittenInParts() {
        // a whole number and a fraction (no clock time "about 5"), tens and units written apart
        check("The crew rested ⟦about 5 1/2 hours⟧DURATION.", .english, values: ["PT5H30M"])
        check("Die Sitzung dauerte ⟦2 3/4 Stunden⟧DURATION.", .german, values: ["PT2H45M"])
        check("The strike lasted ⟦thirty six hours⟧DURATION.", .english, values: ["PT36H"])
    }

    func testAmountsOfTwoUnits() {
        // a smaller unit after and/und adds to the larger; weeks and days are written as days
        check("The talks lasted ⟦two hours and 30 minutes⟧DURATION.", .english, values: ["PT2H30M"])
        // side by side in digits, each unit smaller than the one before; a count of something else ends it
        check("She won the race ⟦in 2 hours 9 minutes 41 seconds⟧DURATION.", .english, values: ["PT2H9M41S"])
        check("Der Flug dauerte ⟦3 Stunden 20 Minuten⟧DURATION.", .german, values: ["PT3H20M"])
        check("The fire burned for ⟦2 hours⟧DURATION 30 people had left.", .english, values: ["PT2H"])
        check("Die Belagerung dauerte ⟦vier Wochen und zwei Tage⟧DURATION.", .german, values: ["P30D"])
        check(
            "Das Paket kommt ⟦in einer Stunde und zehn Minuten⟧TIME.", .german, values: ["2024-06-19T13:10"],
            mode: .colloquial)
    }

    func testEnglishMonthsNamedByWhatFollows() {
        // lower-case months an assistant hears: after next, of next year, an ordinal word ("may first" stays a verb)
        check("remind me in ⟦september after next⟧DATE", .english, values: ["2025-09"], mode: .colloquial)
        check("book it for ⟦march of next year⟧DATE", .english, values: ["2025-03"], mode: .colloquial)
        check("book it for ⟦march the 15th⟧DATE", .english, values: ["2025-03-15"], mode: .colloquial)
        check("the party is on ⟦march first⟧DATE", .english, values: ["2025-03-01"], mode: .colloquial)
        XCTAssertTrue(expressions("you may first ask them", .english, mode: .colloquial).isEmpty)
    }

    func testYearsAfterForThroughDue() {
        // a year after for/für/through/due, not a count before its noun
        check(
            "The outlook for ⟦2025⟧DATE is good; notes due ⟦2031⟧DATE fell; growth lasts through ⟦2027⟧DATE.",
            .english, values: ["2025", "2031", "2027"])
        check("Die Prognose für ⟦2026⟧DATE ist gut.", .german, values: ["2026"])
        XCTAssertTrue(expressions("He paid for 2000 shares.", .english).isEmpty)
        XCTAssertTrue(expressions("Er bot für 2000 Aktien.", .german).isEmpty)
    }

    func testUnknownAmountsBackOrOn() {
        // an unknown amount ago or later is the past or the future (HeidelTime); without a direction a duration
        check("Support was lower ⟦several years ago⟧DATE.", .english, values: ["PAST_REF"])
        check("⟦Wenige Tage später⟧DATE einigten sie sich.", .german, values: ["FUTURE_REF"])
        check("Er blieb ⟦einige Jahre⟧DURATION dort.", .german, values: ["PXY"])
    }

    func testGermanDottedClockTimeWithUhr() {
        // 20.30 Uhr needs no um before it; 17.30 Euro is no time
        check("Beginn: ⟦20.30 Uhr⟧TIME im Saal.", .german, values: ["2024-06-19T20:30"])
        // after a weekday too, where a day and month would be read (`Donnerstag 7.10` is 7 October)
        check("Gestreikt wird bis ⟦Donnerstag 7.10 Uhr⟧TIME.", .german, values: ["2024-06-20T07:10"])
        XCTAssertTrue(expressions("Der Preis stieg auf 17.30 Euro.", .german).isEmpty)
        // after a time cue too, a decimal before what it counts is no clock time
        XCTAssertTrue(expressions("Die Aktie legte um 10.50 Euro zu.", .german).isEmpty)
        XCTAssertTrue(expressions("The bill traded at 4.04 percent.", .english).isEmpty)
        // so is one before a sign
        XCTAssertTrue(expressions("The bank held rates at 5.25% again.", .english).isEmpty)
        XCTAssertTrue(expressions("Der Eintritt kostet um 12.50 € mehr.", .german).isEmpty)
    }

    func testFallIsASeasonOnlyAsATime() {
        // a drop, or an end
        XCTAssertTrue(expressions("He said the fall in inflation showed the plan was working.", .english).isEmpty)
        XCTAssertTrue(expressions("The fall of the Berlin Wall changed Europe.", .english).isEmpty)
        // the season, with a year or a preposition of time before it
        check("Prices dropped in ⟦the fall of 2023⟧DATE.", .english, values: ["2023-FA"])
        check("We will meet again during ⟦the fall⟧DATE in Paris.", .english, values: ["2024-FA"])
    }

    func testNamesThatLookLikeDates() {
        // a weekday after "the" before a capitalised word, and a capitalised frequency word, inside a name
        check("⟦Yesterday⟧DATE the Sunday Telegraph quoted her.", .english, values: ["2024-06-18"])
        check("The China Daily said so on ⟦Saturday⟧DATE.", .english, values: ["2024-06-15"])
        // Sunday papers, in marks or not
        check("Das sagte er am ⟦Sonntag⟧DATE der „Bild am Sonntag“.", .german, values: ["2024-06-16"])
        check("Er sprach mit der Welt am Sonntag.", .german, values: [])
        check("He told the Mail on Sunday he would quit.", .english, values: [])
        check("Das Blatt erscheint ⟦täglich⟧SET.", .german, values: ["P1D"])
        check(
            "Die Zahlen kommen ⟦monatlich⟧SET, der Bericht ⟦vierteljährlich⟧SET.", .german, values: ["P1M", "P3M"])
        check("The paper appears ⟦daily⟧SET.", .english, values: ["P1D"])
    }

    func testTwoDigitYearsUpToTwentyYearsAhead() {
        let ref1996 = ReferenceTime(iso: "1996-08-30")!
        check("The bonds are due ⟦11/1/05⟧DATE.", .english, values: ["2005-11-01"], reference: ref1996)
        check("Die Anleihe läuft bis zum ⟦1.11.05⟧DATE.", .german, values: ["2005-11-01"], reference: ref1996)
        check("It was founded on ⟦3/4/75⟧DATE.", .english, values: ["1975-03-04"], reference: ref1996)
    }

    func testPartsOfDayNarrowedInOneWord() {
        check("Shares fell at ⟦mid-afternoon yesterday⟧TIME.", .english, values: ["2024-06-18TAF"])
        check("Die Kurse fielen ⟦gestern spätnachmittags⟧TIME.", .german, values: ["2024-06-18TAF"])
    }

    func testAnAmountAfterARankIsTheStretchLookedBackOver() {
        // after an ordinal or superlative, "in two weeks" is a window, not two weeks from now
        check("His second letter ⟦in two weeks⟧DURATION was published.", .english, values: ["P2W"])
        check("It was the smallest gain ⟦in a year⟧DURATION.", .english, values: ["P1Y"])
        check("Das ist der stärkste Anstieg ⟦in drei Jahren⟧DURATION.", .german, values: ["P3Y"])
        // so after a perfect denied: the stretch it has not happened in
        check("We haven't seen anything like it ⟦in 20 years⟧DURATION.", .english, values: ["P20Y"])
        check("Prices have not been this low ⟦in three decades⟧DURATION.", .english, values: ["P30Y"])
        check("We will not decide ⟦in two weeks⟧DATE.", .english, values: ["2024-07-03"])
        check("He will visit ⟦in two weeks⟧DATE.", .english, values: ["2024-07-03"])
        check("Er kommt ⟦in drei Tagen⟧DATE zurück.", .german, values: ["2024-06-22"])
    }

    func testACapitalisedUnitAbbreviationIsAnAcronym() {
        // English writes "3 sec", "2 hrs"; "SEC" after a word is the agency
        check("According to a recent SEC filing, the talks lasted ⟦2 hrs⟧DURATION.", .english, values: ["PT2H"])
        check("Die Pause dauerte ⟦3 Min⟧DURATION.", .german, values: ["PT3M"])
    }

    func testDaysFromAMonthAreKnownToTheMonth() {
        // a shift in days from a date known only to its month or year is known only to that month or year
        check(
            "The plant closed in ⟦October 2023⟧DATE, and on that ⟦same day⟧DATE workers marched.", .english,
            values: ["2023-10", "2023-10"])
        check(
            "Im ⟦Mai 1940⟧DATE begann der Angriff, ⟦zwei Tage später⟧DATE fiel die Stadt.", .german,
            values: ["1940-05", "1940-05"])
        check(
            "Am ⟦10. Mai 1940⟧DATE begann der Angriff, ⟦zwei Tage später⟧DATE fiel die Stadt.", .german,
            values: ["1940-05-10", "1940-05-12"])
    }

    func testAnOrdinalBeforeACountIsNoDay() {
        // "the first" before a count or unit orders the units; alone after a date preposition it is a day
        // (English takes the article and `first` in, as TimeBank marks a definite stretch)
        check("They lost the lead after ⟦the first 30 minutes⟧DURATION.", .english, values: ["PT30M"])
        check("We met on ⟦the 15th⟧DATE.", .english, values: ["2024-06-15"])
        check("Nach den ersten ⟦30 Minuten⟧DURATION fiel das Tor.", .german, values: ["PT30M"])
    }

    func testHalfPastADigitHourAndTheWeekendAfterNext() {
        check("We meet ⟦half past 3pm⟧TIME.", .english, values: ["2024-06-19T15:30"])
        check("They will come ⟦the weekend after next⟧DATE.", .english, values: ["2024-W27-WE"])
    }

    func testTwelveNoonAndMidnight() {
        check("Lunch is at ⟦12 noon⟧TIME.", .english, values: ["2024-06-19T12:00"])
        check("We meet at ⟦mid-day tomorrow⟧TIME.", .english, values: ["2024-06-20T12:00"])
        check(
            "The deadline is ⟦12 midnight⟧TIME, as it is ⟦midnight⟧TIME.", .english,
            values: ["2024-06-20T00:00", "2024-06-20T00:00"])
        // twelve at night is the midnight that ends the day; exactness adds nothing to a time
        check(
            "Die Party endet ⟦morgen⟧DATE um ⟦12 Uhr nachts⟧TIME.", .german, values: ["2024-06-20", "2024-06-21T00:00"])
        check(
            "Der Zug fährt ⟦Punkt 8⟧TIME, die Glocke schlägt ⟦Schlag 12⟧TIME.", .german,
            values: ["2024-06-19T08:00", "2024-06-19T12:00"])
    }

    func testSets() {
        check(
            "Der Markt ist ⟦jeden Montag⟧SET und ⟦täglich⟧SET online geöffnet.", .german, values: ["XXXX-WXX-1", "P1D"])
        // a frequency before a noun is the word alone, without its article
        check("The agency gives the ⟦daily⟧SET tally.", .english, values: ["P1D"])
        // the month or the weekday of each year or week
        check(
            "Die Messe ist ⟦jedes Jahr im März⟧SET, das Treffen ⟦jede Woche am Montag⟧SET.", .german,
            values: ["XXXX-03", "XXXX-WXX-1"])
        check("The fair is held ⟦every year in March⟧SET.", .english, values: ["XXXX-03"])
        check("The board meets ⟦every week⟧SET and reports ⟦monthly⟧SET.", .english, values: ["P1W", "P1M"])
        check(
            "Sie verdient 400 Euro ⟦pro Monat⟧SET und trifft sich ⟦jeden zweiten Donnerstag⟧SET, ⟦Jahr um Jahr⟧SET.",
            .german,
            values: ["P1M", "XXXX-WXX-4", "P1Y"])
        check("Fees rise by 2% ⟦per year⟧SET, ⟦day after day⟧SET.", .english, values: ["P1Y", "P1D"])
        // a length per hour is a speed, no set
        check("Er fuhr mit 160 Kilometern pro Stunde, es regnete 30 mm per hour.", .german, values: [])
        // the first or last of a month's weekdays is a set of that weekday too; so is each weekday joined to one
        check(
            "Der Rat tagt ⟦jeden ersten Dienstag⟧SET im Monat, der Stammtisch ⟦jeden letzten Freitag⟧SET.", .german,
            values: ["XXXX-WXX-2", "XXXX-WXX-5"])
        check(
            "The council meets on ⟦the first Tuesday of every month⟧SET, the board on ⟦the last Friday of each "
                + "month⟧SET.", .english, values: ["XXXX-WXX-2", "XXXX-WXX-5"])
        check(
            "Der Markt ist ⟦jeden Dienstag⟧SET und ⟦Freitag⟧SET geöffnet.", .german,
            values: ["XXXX-WXX-2", "XXXX-WXX-5"])
        check(
            "The bus runs ⟦every Monday⟧SET, ⟦Wednesday⟧SET and ⟦Friday⟧SET.", .english,
            values: ["XXXX-WXX-1", "XXXX-WXX-3", "XXXX-WXX-5"])
        // an amount per unit: a rate, not a length; a length, a date or a shift after the unit stays one
        check(
            "Nurses earn $500 ⟦a week⟧SET and spend ⟦two hours⟧DURATION ⟦a day⟧SET on a bus.", .english,
            values: ["P1W", "PT2H", "P1D"])
        check("Sie arbeitet ⟦zwei Stunden⟧DURATION am ⟦Tag⟧SET.", .german, values: ["PT2H", "P1D"])
        // an English month and day as the label of what follows its colon
        check("EDIT ⟦6/21⟧DATE: the pool stays closed.", .english, values: ["2024-06-21"])
        check("EDIT (⟦6/21⟧DATE): the pool stays closed.", .english, values: ["2024-06-21"])
        check("One third (1/3) of voters stayed home.", .english, values: [])
        // a rate from a month on
        check(
            "OPEC will cut 1 million barrels ⟦a day⟧SET from ⟦January⟧DATE.", .english, values: ["P1D", "2025-01"])
        check(
            "Sales rose to $9 million from $8 million ⟦a year earlier⟧DATE; the tour lasts over ⟦a week⟧DURATION.",
            .english, values: ["2023", "P1W"])
        check("Am ⟦3. Mai⟧DATE, am Tag der Wahl, regnete es.", .german, values: ["2024-05-03"])
        // with a frequency (TimeML freq)
        let sets = expressions("Sie trifft sich zweimal pro Woche, they meet 3 times a year.", .german)
        XCTAssertEqual(sets.map { "\($0.value) \($0.freq ?? "-")" }, ["P1W 2X"])
        let english = expressions("They meet twice a week and 3 times a year.", .english)
        XCTAssertEqual(english.map { "\($0.value) \($0.freq ?? "-")" }, ["P1W 2X", "P1Y 3X"])
        // a count in words, and a count before a frequency adverb
        let words = expressions("Take it three times a week, or twice daily.", .english)
        XCTAssertEqual(words.map { "\($0.value) \($0.freq ?? "-")" }, ["P1W 3X", "P1D 2X"])
        let german = expressions("Die Tabletten dreimal täglich nehmen, die Kontrolle viermal jährlich.", .german)
        XCTAssertEqual(german.map { "\($0.value) \($0.freq ?? "-")" }, ["P1D 3X", "P1Y 4X"])
        // a multiple of an amount, not how often
        check("The price rose three times ⟦a year ago⟧DATE.", .english, values: ["2023"])
        // a part of every such day; a count of nights is no clock time
        check(
            "The market opens ⟦Sunday mornings⟧SET and ⟦every Friday evening⟧SET; we stayed three nights.", .english,
            values: ["XXXX-WXX-7TMO", "XXXX-WXX-5TEV"])
        check(
            "Der Markt ist ⟦sonntagmorgens⟧SET und ⟦jeden Freitag abends⟧SET geöffnet.", .german,
            values: ["XXXX-WXX-7TMO", "XXXX-WXX-5TEV"])
        // with the clock time of each (the part of day makes 8 the evening's)
        check(
            "Mass is ⟦every Sunday morning at 9⟧SET, choir ⟦every Friday evening at 8⟧SET.", .english,
            values: ["XXXX-WXX-7T09:00", "XXXX-WXX-5T20:00"])
    }

    /// The false alarms and misses a reader found on a Wikinews article (issue 13).
    func testKnownFalseAlarmsAndMisses() {
        let ref2005 = ReferenceTime(iso: "2005-03-01")!
        check("Die Regelung gilt ab ⟦1. Januar 2005⟧DATE.", .german, values: ["2005-01-01"], reference: ref2005)
        check("Tickets gibt es ab 1 Euro, der Kurs stieg um 3 Punkte.", .german, values: [], reference: ref2005)
        check("Im ⟦letzten Quartal 2004⟧DATE stieg der Umsatz.", .german, values: ["2004-Q4"], reference: ref2005)
        check(
            "Ab ⟦Jahresbeginn⟧DATE gilt das Gesetz, zum ⟦Monatsende⟧DATE endet es.", .german,
            values: ["2005", "2005-03"],
            reference: ref2005)
        // against a date without a time, hours are an amount, not a clock time
        check(
            "Er lief die Strecke in ⟦2 Stunden⟧DURATION.".replacingOccurrences(of: "in ⟦", with: "⟦in "), .german,
            values: ["PT2H"],
            reference: ref2005)
        check(
            "Um ⟦10 Uhr⟧TIME kamen 200 Menschen, um ⟦11⟧TIME gingen sie.", .german,
            values: ["2005-03-01T10:00", "2005-03-01T11:00"],
            reference: ref2005)
    }

    func testAYearNamedByItsEndIsItsLength() {
        // a company's year that ends on a date is a twelve-month period (TimeBank)
        check(
            "Profit doubled in ⟦the year⟧DURATION ended ⟦March 31⟧DATE.", .english, values: ["P1Y", "2024-03-31"])
        check(
            "It sees a loss for ⟦the fiscal year⟧DURATION ending in ⟦September⟧DATE.", .english,
            values: ["P1Y", "2024-09"])
        // not a year that ends some other way
        check("The year ended with a strike.", .english, values: [])
        // the full year is the whole of this year; a full year is an amount
        check("The firm sees a loss for ⟦the full year⟧DATE.", .english, values: ["2024"])
        check("She trained ⟦a full year⟧DURATION for it.", .english, values: ["P1Y"])
        // the new year: the coming one late in a year, the current one in its first months; not the holiday
        let december = ReferenceTime(iso: "2026-12-05")!, january = ReferenceTime(iso: "2027-01-04")!
        for reference in [december, january] {
            check("Peers will debate it in ⟦the new year⟧DATE.", .english, values: ["2027"], reference: reference)
            check("Die Entscheidung fällt im ⟦neuen Jahr⟧DATE.", .german, values: ["2027"], reference: reference)
        }
        check("He wished everyone a happy New Year.", .english, values: [])
    }

    func testNightNamedByTheDateItEndsOn() {
        // to an assistant the night of the 14th; TimeML (news) has the night and the date apart
        check(
            "Der Zug fährt in ⟦der Nacht zum 15. März⟧TIME.", .german, values: ["2025-03-14TNI"], mode: .colloquial)
        check(
            "Wir fahren in ⟦der Nacht vom 28. Februar auf den 1. März⟧TIME.", .german, values: ["2025-02-28TNI"],
            mode: .colloquial)
        // (the night alone is still the night of the 14th)
        check(
            "Der Zug fuhr in ⟦der Nacht⟧TIME zum ⟦15. März⟧DATE.", .german, values: ["2024-03-14TNI", "2024-03-15"])
        // a day alone before the day it runs into takes that one's month and year, the month before across its end
        check(
            "Sie fiel in ⟦der Nacht vom 16.⟧TIME auf den ⟦17. April 1945⟧DATE.", .german,
            values: ["1945-04-16TNI", "1945-04-17"], mode: .narrative)
        check(
            "Gefeiert wurde vom ⟦31.⟧DATE zum ⟦1. Januar 2000⟧DATE.", .german, values: ["1999-12-31", "2000-01-01"],
            mode: .narrative)
    }

    func testFiscalYearsWrittenFY() {
        check(
            "⟦FY2025⟧DATE guidance is unchanged; ⟦FY 2026⟧DATE looks better than the ⟦FY24⟧DATE results.", .english,
            values: ["2025", "2026", "2024"])
        check("FYI, the fy is small.", .english, values: [])
    }

    func testReportedQuarters() {
        // A half-year that has ended is the period compared with (reference 30 July 2025)
        check(
            "Der Konzern verdiente im ⟦ersten Halbjahr 2025⟧DATE mehr als im ⟦Vorjahreszeitraum⟧DATE.", .german,
            values: ["2025-H1", "2024-H1"], reference: ReferenceTime(iso: "2025-07-30")!)
        // Reference Wed 19 June 2024: the last completed quarter is 2024-Q1.
        check(
            "Profit rose in ⟦the latest quarter⟧DATE from ⟦the year-ago period⟧DATE.", .english,
            values: ["2024-Q1", "2023-Q1"])
        // A quarter named before is the one under discussion; "a year earlier" is that quarter a year before.
        check(
            "In ⟦the fourth quarter⟧DATE sales fell 5% from ⟦a year earlier⟧DATE, and ⟦the quarter⟧DATE ended badly.",
            .english,
            values: ["2023-Q4", "2022-Q4", "2023-Q4"])
        // looking ahead, a quarter of this year that ended before the last one completed is next year's (the last
        // completed is the one a report is about: `will report third-quarter results` in October)
        let august = ReferenceTime(iso: "2024-08-20")!
        check(
            "The cut will last through ⟦the first quarter⟧DATE; ⟦second-quarter⟧DATE results will follow.", .english,
            values: ["2025-Q1", "2024-Q2"], reference: august)
        // a boundary composes with a quarter or a half-year (its month, or its two months)
        check(
            "Bis ⟦Ende des dritten Quartals⟧DATE soll es fertig sein, die Zahlen kommen ⟦Anfang des zweiten "
                + "Halbjahres⟧DATE.", .german, values: ["2024-Q3", "2024-H2"],
            ranges: ["2024-09/2024-09", "2024-07/2024-08"])
        // a relative year composes with a quarter through 's
        check(
            "Sales for ⟦this year's third quarter⟧DATE fell; ⟦next year's first quarter⟧DATE looks better.", .english,
            values: ["2024-Q3", "2025-Q1"])
        check("In ⟦the past three months⟧DURATION stocks fell.", .english, values: ["P3M"])
        // the period under discussion moved by the years named with it
        check(
            "Profit fell from ⟦the quarter a year ago⟧DATE and from ⟦the corresponding period last year⟧DATE.",
            .english, values: ["2023-Q1", "2023-Q1"])
        check("Sales for ⟦last year's quarter⟧DATE were weak.", .english, values: ["2023-Q1"])
        // no quarter under discussion and a sentence about the future: the current one
        check("She expects shares to stay weak through the end of ⟦the quarter⟧DATE.", .english, values: ["2024-Q2"])
        // `of` after a quarter only before the year it names
        check(
            "A loss for ⟦the third quarter⟧DATE of $226 million; sales rise in ⟦the second quarter of fiscal 2025⟧DATE.",
            .english, values: ["2023-Q3", "2025-Q2"])
        // an article before a weekday or a hyphenated adjective alone before its noun is left out
        check(
            "Shares must be tendered by the ⟦Tuesday⟧DATE deadline; the ⟦third-quarter⟧DATE loss was large.", .english,
            values: ["2024-06-25", "2023-Q3"])
        // the period under discussion in a year named with it, the article kept
        check(
            "Net fell in ⟦the third quarter⟧DATE from $8 million in ⟦the 2023 quarter⟧DATE.", .english,
            values: ["2023-Q3", "2023-Q3"])
        check(
            "Der Umsatz stieg im ⟦Berichtsquartal⟧DATE im Vergleich zum ⟦Vorjahresquartal⟧DATE.", .german,
            values: ["2024-Q1", "2023-Q1"])
        // a period named as a period, after months rather than a quarter: the year before theirs
        check(
            "Von ⟦Jänner⟧DATE bis ⟦Mai⟧DATE kamen mehr Gäste als im ⟦Vorjahreszeitraum⟧DATE.", .german,
            values: ["2024-01", "2024-05", "2023"])
        // a company's year or quarter, named from the reference like the calendar's
        check(
            "Sales in ⟦the current fiscal year⟧DATE will rise; in ⟦last fiscal year⟧DATE they fell.", .english,
            values: ["2024", "2023"])
        // The quarter under discussion stays in view past other dates and a quarter still to come; a
        // month named since is the period compared instead.
        check(
            "⟦First-quarter⟧DATE profit rose. The strike ⟦last month⟧DATE means a charge ⟦next quarter⟧DATE. "
                + "Fees fell 9% from ⟦a year ago⟧DATE.", .english,
            values: ["2024-Q1", "2024-05", "2024-Q3", "2023-Q1"])
        check(
            "⟦First-quarter⟧DATE profit rose. Output in ⟦May⟧DATE fell 8% from ⟦a year ago⟧DATE.", .english,
            values: ["2024-Q1", "2024-05", "2023"])
        // Without a quarter in view, a year earlier is a year.
        check("Sales peaked in ⟦2007⟧DATE; ⟦a year earlier⟧DATE they were flat.", .english, values: ["2007", "2006"])
    }

    func testHourInWordsAfterAPartOfDay() {
        // a part of day with its date confirms a number word as the hour, as "Uhr" would
        check("Wir treffen uns ⟦heute Abend um acht⟧TIME.", .german, values: ["2024-06-19T20:00"], mode: .colloquial)
        check("The show starts ⟦tomorrow evening at nine⟧TIME.", .english, values: ["2024-06-20T21:00"])
        // news splits the day from its clock time; heute with a clock time is the day, not "nowadays"
        check(
            "Wir treffen uns ⟦heute Abend⟧DATE um ⟦8 Uhr⟧TIME.", .german, values: ["2024-06-19", "2024-06-19T20:00"])
    }

    func testBoundaryBeforeAMonth() {
        // after early/mid/late an English month is the month (capitalised: "the end may come" is none)
        check(
            "Prices rose in ⟦early March⟧DATE and fell in ⟦mid-October⟧DATE.", .english, values: ["2024-03", "2023-10"])
        check(
            "Sales peaked in ⟦late May⟧DATE, growth slowed in ⟦mid-2012⟧DATE.", .english, values: ["2024-05", "2012"])
        XCTAssertTrue(expressions("In the end may come a deal.", .english).isEmpty)
        // typed in lower case, as people type to an assistant, unless an article or a verb makes it a noun or modal
        check(
            "we meet ⟦late march⟧DATE or ⟦early may⟧DATE", .english, values: ["2025-03", "2025-05"], mode: .colloquial)
        check("It was a late march through the rain; it is too early may be all.", .english, values: [])
    }

    func testGermanVonAfterANounDatesTheThing() {
        // `die Revolutionen von 1848` are of that year, no stretch from it on (`von 2010 an` is)
        let found = expressions("Die Ordnung hielt bis zu den Revolutionen von 1848.", .german)
        XCTAssertEqual(found.map(\.value), ["1848"])
        XCTAssertEqual(found.map(\.mod), [nil])
    }

    func testGermanNumberAfterAMonthCountsWhatFollows() {
        // `Januar 14` is a day only alone; before a word the number counts it
        check(
            "Bis ⟦Ende Januar⟧DATE sind 14 weitere Verhandlungstage angesetzt.", .german, values: ["2025-01"])
        check("Der Termin war am ⟦Februar 18⟧DATE.", .german, values: ["2024-02-18"])
    }

    func testWeekdayWithItsDayOfMonth() {
        check("Die Feier findet am ⟦Samstag, den 22.⟧DATE statt.", .german, values: ["2024-06-22"])
        check("Die Sitzung war am ⟦Montag, dem 10.⟧DATE in Bozen.", .german, values: ["2024-06-10"])
    }

    func testAmountOfAComparisonIsADuration() {
        check(
            "Die Arbeiten sollen ⟦ein Jahr⟧DURATION früher, als es der Plan vorsah, beginnen.", .german, values: ["P1Y"]
        )
        check("It opened ⟦two days⟧DURATION earlier than planned.", .english, values: ["P2D"])
    }

    func testVagueSpans() {
        // a modifier before a plural unit without a count is an unknown amount
        check(
            "Prices will rise in ⟦the coming weeks⟧DURATION, after ⟦the past three months⟧DURATION of calm.", .english,
            values: ["PXW", "P3M"])
        check("In ⟦den vergangenen Monaten⟧DURATION stiegen die Preise.", .german, values: ["PXM"])
        check("Rents have doubled in ⟦recent years⟧DURATION.", .english, values: ["PXY"])
        // a modifier and a vague count: the whole phrase, an unknown length
        check(
            "Thanks to all who tested the app over ⟦the past few weeks⟧DURATION; we decide in ⟦the next several days⟧DURATION.",
            .english, values: ["PXW", "PXD"])
        // a bare plural unit after for, within, over (the), seit, über: an unknown amount, over no MORE_THAN
        check(
            "The port was closed for ⟦weeks⟧DURATION and reopened within ⟦days⟧DURATION; over ⟦the years⟧DURATION it grew.",
            .english, values: ["PXW", "PXD", "PXY"])
        check(
            "Seit ⟦Jahren⟧DURATION streiten die Nachbarn, über ⟦Monate⟧DURATION ruhte der Fall.", .german,
            values: ["PXY", "PXM"])
        XCTAssertNil(expressions("Der Kassier blieb über Jahre im Amt.", .german).first?.mod)
        // and as the object of a verb of lasting
        check("Talks can take ⟦months⟧DURATION; she spent ⟦years⟧DURATION abroad.", .english, values: ["PXM", "PXY"])
        check("Die Reparatur kann ⟦Wochen⟧DURATION dauern.", .german, values: ["PXW"])
        // `current` before a noun is the present (TimeBank), without the article; not an account's kind
        check(
            "The offer is based on the ⟦current⟧DATE number of shares and ⟦current⟧DATE market conditions.",
            .english, values: ["PRESENT_REF", "PRESENT_REF"])
        check("The current account deficit widened.", .english, values: [])
        check("They may buy shares at the ⟦then current⟧DATE market price.", .english, values: ["PAST_REF"])
        check("Profit rose in ⟦the current quarter⟧DATE.", .english, values: ["2024-Q2"])
        // `in` too, as `in two decades`; not `in the weeks before` an event, a stretch dated by it
        check(
            "It was the worst crisis in ⟦years⟧DURATION and the first meeting in ⟦months⟧DURATION.", .english,
            values: ["PXY", "PXM"])
        check("He bought the rifle in the weeks before the shooting.", .english, values: [])
        // "the 1988 second quarter": a year before an ordinal quarter, not 1988 seconds
        check("Profit fell from ⟦the 1988 second quarter⟧DATE.", .english, values: ["1988-Q2"])
    }

    func testTheWeekend() {
        // the coming weekend, or in a past-tense sentence the last one (reference Wed 19 June 2024, week 25)
        check("Er konnte dies am ⟦Wochenende⟧DATE tun.", .german, values: ["2024-W24-WE"])
        check("Am ⟦Wochenende⟧DATE wird gefeiert.", .german, values: ["2024-W25-WE"])
        check("They rallied over ⟦the weekend⟧DATE.", .english, values: ["2024-W24-WE"])
        // `kommendes`/`nächstes Wochenende` on a weekday: the one ahead this week, not the week after
        check("Am ⟦kommenden Wochenende⟧DATE wird gefeiert.", .german, values: ["2024-W25-WE"])
        check("Das Fest ist am ⟦nächsten Wochenende⟧DATE.", .german, values: ["2024-W25-WE"])
        // Austrian and South Tyrolean month names
        check(
            "Die Wahl war am ⟦3. Feber 2025⟧DATE, der Bescheid kam im ⟦Jänner 2024⟧DATE.", .german,
            values: ["2025-02-03", "2024-01"])
    }

    func testThisComing() {
        // "this coming" is the first one after today, not next week's ("next Friday", "coming Friday")
        check(
            "The vote is ⟦this coming Friday⟧DATE, the count ⟦next Friday⟧DATE.", .english,
            values: ["2024-06-21", "2024-06-28"])
        check(
            "We leave ⟦this upcoming weekend⟧DATE and come back ⟦this coming Tuesday⟧DATE.", .english,
            values: ["2024-W25-WE", "2024-06-25"])
    }

    func testNewYearsAndAprilFools() {
        check(
            "They met on ⟦New Year's⟧DATE and again on ⟦April Fools⟧DATE.", .english,
            values: ["2024-01-01", "2024-04-01"])
        // a New Year's resolution is no date
        XCTAssertTrue(expressions("Her New Year's resolution held.", .english).isEmpty)
    }

    func testBeforeWithAClauseAfterItIsAConjunction() {
        // not `48 hours before` (= earlier): the amount alone
        check(
            "The ceasefire lasted just ⟦48 hours⟧DURATION before fighting resumed.", .english, values: ["PT48H"])
    }

    func testCountsAfterTimeCues() {
        // a time cue before three or four digits is a clock time, unless what it counts follows
        check("About 450 people came, the bus left at ⟦330 pm⟧TIME.", .english, values: ["2024-06-19T15:30"])
    }

    func testAmountsAndAges() {
        // an adjective between the amount and the unit
        check(
            "⟦Ein knappes Jahr⟧DURATION und ⟦rund 360 ehrenamtliche Stunden⟧DURATION später.", .german,
            values: ["P1Y", "PT360H"])
        // an amount per unit
        check("Er verdient 400 Euro im ⟦Monat⟧SET dazu, im ⟦Jahr 2012⟧DATE mehr.", .german, values: ["P1M", "2012"])
        // ages are not annotated in German news; today's weekday is today
        check(
            "Der 47-jährige Mann kam am ⟦heutigen Samstag⟧DATE.", .german, values: ["2024-06-22"],
            reference: ReferenceTime(iso: "2024-06-22")!)
    }

    func testTheFuture() {
        check("In ⟦the near future⟧DATE prices will rise.", .english, values: ["FUTURE_REF"])
        check("In ⟦naher Zukunft⟧DATE steigen die Preise.", .german, values: ["FUTURE_REF"])
    }

    func testOneWordExpressions() {
        // a unit and an offset in one word, from the reference (Wed 19 June 2024)
        check(
            "⟦Heuer⟧DATE steigen die Preise, im ⟦Vorjahr⟧DATE fielen sie, im ⟦Vormonat⟧DATE auch.", .german,
            values: ["2024", "2023", "2024-05"])
        check("Die Preise lagen über dem Niveau des ⟦Vorjahresmonats⟧DATE.", .german, values: ["2023-06"])
        // a year before the month under report, when one was named
        check(
            "Die Inflation sank im ⟦März⟧DATE. Die Preise lagen 2,2 Prozent über dem Niveau des ⟦Vorjahresmonats⟧DATE.",
            .german, values: ["2024-03", "2023-03"])
        // a day or a month in the year such a noun or a relative year names
        check(
            "Das Werk brannte am ⟦4. März des Vorjahres⟧DATE ab, im ⟦Mai des Vorjahres⟧DATE wurde geräumt.", .german,
            values: ["2023-03-04", "2023-05"])
        check(
            "The fire broke out on ⟦4 March last year⟧DATE; work resumes on ⟦March 4 next year⟧DATE.", .english,
            values: ["2023-03-04", "2025-03-04"])
        check("Der Vertrag wurde am ⟦1. Juli vergangenen Jahres⟧DATE unterzeichnet.", .german, values: ["2023-07-01"])
        // from the date mentioned last
        check(
            "Am ⟦3. Mai 2010⟧DATE kam er an, am ⟦Vortag⟧DATE war er in Rom, im ⟦Folgejahr⟧DATE in Paris.", .german,
            values: ["2010-05-03", "2010-05-02", "2011"])
        // an unknown amount, an amount as an adjective
        check(
            "Er arbeitete ⟦jahrelang⟧DURATION und ⟦tagelang⟧DURATION am ⟦einwöchigen⟧DURATION Kurs der 24-Jährigen.",
            .german,
            values: ["PXY", "PXD", "P1W"])
        check("The ⟦two-year⟧DURATION deal follows ⟦10-day⟧DURATION talks.", .english, values: ["P2Y", "P10D"])
        // a weekday and a part of day in one word
        check(
            "Am ⟦Sonntagmorgen⟧TIME wurde gefeiert, am ⟦Mittwochabend⟧TIME auch.", .german,
            values: ["2024-06-16TMO", "2024-06-19TEV"])
        check("Die Lesung fand am ⟦Montagabend⟧TIME statt.", .german, values: ["2024-06-17TEV"])
        // decades in words
        check("In ⟦den neunziger Jahren⟧DATE war das anders.", .german, values: ["199"])
        check("Prices were low in ⟦the eighties⟧DATE.", .english, values: ["198"])
    }

    func testIntervals() {
        // An assistant (colloquial mode) gets one interval (without the preposition, as TimeML) …
        check(
            "Die Messe läuft vom ⟦3. bis 5. Mai 2024⟧DATE in Hannover.", .german, values: ["2024-05-03"],
            ranges: ["2024-05-03/2024-05-05"],
            mode: .colloquial)
        check(
            "Der Kurs findet ⟦9:30–11:00⟧TIME statt.", .german, values: ["2024-06-20T09:30"],
            ranges: ["2024-06-20T09:30/2024-06-20T11:00"],
            mode: .colloquial)  // 9:30 has passed at noon: tomorrow's
        check(
            "The survey ran between ⟦2019 and 2021⟧DATE.", .english, values: ["2019"], ranges: ["2019/2021"],
            mode: .colloquial)
        // an article before the second end as before the first
        check(
            "Die Umfrage lief zwischen dem ⟦1. März und dem 3. April 2024⟧DATE.", .german, values: ["2024-03-01"],
            ranges: ["2024-03-01/2024-04-03"], mode: .colloquial)
        check(
            "The fair is open from ⟦May 3 to 5, 2025⟧DATE.", .english, values: ["2025-05-03"],
            ranges: ["2025-05-03/2025-05-05"],
            mode: .colloquial)
        check(
            "It runs from ⟦23rd to 26th Oct⟧DATE in Leeds.", .english, values: ["2024-10-23"],
            ranges: ["2024-10-23/2024-10-26"], mode: .colloquial)
        // two days with a slash: after a preposition as alone, and as one token (English) before a month
        check(
            "Die Messe ist am ⟦14./15. Oktober 2024⟧DATE.", .german, values: ["2024-10-14"],
            ranges: ["2024-10-14/2024-10-15"], mode: .colloquial)
        check("Die Messe ist am ⟦14.⟧DATE/⟦15. Oktober 2024⟧DATE.", .german, values: ["2024-10-14", "2024-10-15"])
        // two numeric dates and a dash, the first one's period before it
        check(
            "Die Messe läuft ⟦15.2. - 18.2.2025⟧DATE in Köln.", .german, values: ["2025-02-15"],
            ranges: ["2025-02-15/2025-02-18"], mode: .colloquial)
        check("Die Messe läuft ⟦15.2.⟧DATE – ⟦18.2.2025⟧DATE in Köln.", .german, values: ["2025-02-15", "2025-02-18"])
        check(
            "The fair is on ⟦14/15 October 2024⟧DATE.", .english, values: ["2024-10-14"],
            ranges: ["2024-10-14/2024-10-15"], mode: .colloquial)
        check("About 3/4 of ⟦October 2023⟧DATE was dry.", .english, values: ["2023-10"])
        // after a day, two bare numbers are its hours; not when a noun follows that they count
        check(
            "Die Praxis ist ⟦morgen von 9 bis 11⟧TIME geöffnet.", .german, values: ["2024-06-20T09:00"],
            ranges: ["2024-06-20T09:00/2024-06-20T11:59"], mode: .colloquial)
        check(
            "The office is open ⟦Thursday between 9 and 11⟧TIME.", .english, values: ["2024-06-20T09:00"],
            ranges: ["2024-06-20T09:00/2024-06-20T11:59"], mode: .colloquial)
        // a range written against its meridiems (`9am-5pm`), or with one for both ends (`9-5pm`: from the morning)
        check(
            "We are open ⟦tomorrow 9am-5pm⟧TIME and ⟦Friday 10-11pm⟧TIME.", .english,
            values: ["2024-06-20T09:00", "2024-06-21T22:00"],
            ranges: ["2024-06-20T09:00/2024-06-20T17:59", "2024-06-21T22:00/2024-06-21T23:59"], mode: .colloquial)
        check(
            "Support works ⟦Monday 9-5pm⟧TIME.", .english, values: ["2024-06-24T09:00"],
            ranges: ["2024-06-24T09:00/2024-06-24T17:59"], mode: .colloquial)
        check("Am ⟦Montag⟧DATE stieg der Anteil von 9 bis 11 Prozent.", .german, values: ["2024-06-17"])
        // a German clock time with its minutes after a period opens a range of hours; a price does not
        check(
            "Die Ausstellung ist ⟦morgen von 9.30 bis 11 Uhr⟧TIME offen.", .german, values: ["2024-06-20T09:30"],
            ranges: ["2024-06-20T09:30/2024-06-20T11:00"], mode: .colloquial)
        check("Der Preis stieg von 2.50 bis 3.20 Euro.", .german, values: [])
        check("Shares rose ⟦Thursday⟧DATE from 9 to 11 percent.", .english, values: ["2024-06-13"])
        // an English day has no period of its own: the sentence's stays out
        check("The meeting is set for ⟦July 29⟧DATE – ⟦30⟧DATE.", .english, values: ["2024-07-29", "2024-07-30"])
        // `end` before its object is the verb, no boundary
        check("Inflation is expected to end the year at 3%.", .english, values: [])
        // the second weekday of a range is the first one from the first on; after a date, it counts from today
        check(
            "Die Straße wird von ⟦Montag⟧DATE bis ⟦Freitag⟧DATE gesperrt.", .german,
            values: ["2024-06-24", "2024-06-28"])
        check(
            "The shop will be closed from ⟦Monday⟧DATE to ⟦Thursday⟧DATE.", .english,
            values: ["2024-06-24", "2024-06-27"])
        check(
            "It bought shares from ⟦June 3⟧DATE to ⟦Monday⟧DATE.", .english, values: ["2024-06-03", "2024-06-17"])
        // … TimeML (news, narrative) each end, which borrows what it lacks from the other.
        check(
            "Die Messe läuft vom ⟦3.⟧DATE bis ⟦5. Mai 2024⟧DATE in Hannover.", .german,
            values: ["2024-05-03", "2024-05-05"])
        check(
            "Der Kurs findet ⟦9:30⟧TIME–⟦11:00⟧TIME statt.", .german, values: ["2024-06-19T09:30", "2024-06-19T11:00"])
        check("The survey ran between ⟦2019⟧DATE and ⟦2021⟧DATE.", .english, values: ["2019", "2021"])
    }

    func testSlashYears() {
        check(
            "Der Winterkrieg ⟦1939⟧DATE/⟦1940⟧DATE begann, die Saison ⟦2014⟧DATE/⟦15⟧DATE endete.", .german,
            values: ["1939", "1940", "2014", "2015"])
        check(
            "Im Jahr ⟦1939/1940⟧DATE war es kalt.", .german, values: ["1939"], ranges: ["1939/1940"], mode: .colloquial)
        // composed with a season: the winter that starts in the first year
        check("Der ⟦Winter 1939/1940⟧DATE war kalt.", .german, values: ["1939-WI"], ranges: ["1939-12-21/1940-03-20"])
        check("Es kamen 1939/1941 Stimmen.", .german, values: [])  // not two consecutive years
    }

    func testAWinterNamedFromJanuaryToMarchHasTheReferencesYear() {
        // HeidelTime's label and the news annotation's: this winter, begun last December, is the reference's year
        let march = ReferenceTime(iso: "2014-03-13")!
        check(
            "Nach diesem strengen ⟦Winter⟧DATE atmen alle auf, ⟦der letzte Winter⟧DATE war mild.", .german,
            values: ["2014-WI", "2013-WI"], ranges: ["2013-12-21/2014-03-20", "2012-12-21/2013-03-20"],
            reference: march)
        // from April on, the one ahead is the year's own
        check("Der ⟦Winter⟧DATE wird hart.", .german, values: ["2024-WI"])
    }

    func testCoordinations() {
        check("Er besucht Vietnam am ⟦3.⟧DATE und ⟦4. Juli⟧DATE.", .german, values: ["2024-07-03", "2024-07-04"])
        check("The fair runs on ⟦3⟧DATE and ⟦4 May 2025⟧DATE.", .english, values: ["2025-05-03", "2025-05-04"])
        check("Am ⟦Freitag⟧DATE und ⟦Samstag⟧DATE wird gefeiert.", .german, values: ["2024-06-21", "2024-06-22"])
    }

    func testHolidays() {
        // the ordinal of the Christmas days after the article too
        check(
            "Der ⟦zweite Weihnachtstag 2024⟧DATE ist frei, der ⟦erste Weihnachtsfeiertag 2024⟧DATE auch.",
            .german, values: ["2024-12-26", "2024-12-25"])
        check("⟦Ostern 2024⟧DATE fiel auf den ⟦31. März⟧DATE.", .german, values: ["2024-03-31", "2024-03-31"])
        // the Sunday after Easter (not the English White Sunday, Pentecost)
        check("Die Erstkommunion ist am ⟦Weißen Sonntag 2025⟧DATE.", .german, values: ["2025-04-27"])
        check(
            "⟦Pfingstmontag 2024⟧DATE und ⟦Heiligabend 2023⟧DATE sind Feiertage.", .german,
            values: ["2024-05-20", "2023-12-24"])
        check(
            "⟦Thanksgiving 2024⟧DATE and ⟦Easter 2025⟧DATE are far apart.", .english,
            values: ["2024-11-28", "2025-04-20"])
        // Jewish feasts are dated by the evening they begin: Yom Kippur 2024 is 12 October.
        check("⟦Yom Kippur 2024⟧DATE starts at sundown.", .english, values: ["2024-10-11"])
        check("⟦Chinese New Year 2025⟧DATE is a public holiday.", .english, values: ["2025-01-29"])
        // Sundays counted back from Christmas Eve, and the Wednesday before 23 November
        check(
            "Am ⟦dritten Advent 2024⟧DATE und am ⟦Buß- und Bettag 2023⟧DATE.", .german,
            values: ["2024-12-15", "2023-11-22"])
        check("Der ⟦zweite Advent 2024⟧DATE war kalt.", .german, values: ["2024-12-08"])
        check(
            "⟦Totensonntag 2024⟧DATE, ⟦Volkstrauertag 2025⟧DATE, ⟦erster Advent 2013⟧DATE.", .german,
            values: ["2024-11-24", "2025-11-16", "2013-12-01"])
        // a holiday with a relative year, or after a modifier
        check(
            "⟦Weihnachten letzten Jahres⟧DATE und ⟦Ostern nächsten Jahres⟧DATE.", .german,
            values: ["2023-12-25", "2025-04-20"])
        check("⟦Easter next year⟧DATE, not ⟦last Christmas⟧DATE.", .english, values: ["2025-04-20", "2023-12-25"])
        check("Seit ⟦vergangenem Pfingsten⟧DATE warten sie.", .german, values: ["2024-05-19"])
        // Mariä Himmelfahrt is 15 August, not Ascension; Weiberfastnacht the Thursday before Ash Wednesday
        check(
            "⟦Mariä Himmelfahrt 2024⟧DATE, ⟦Christi Himmelfahrt 2024⟧DATE, ⟦Weiberfastnacht 2025⟧DATE.", .german,
            values: ["2024-08-15", "2024-05-09", "2025-02-27"])
        check(
            "Am ⟦Tag der Erde 2025⟧DATE, am ⟦Weltfrauentag 2025⟧DATE und in der ⟦Walpurgisnacht 2025⟧DATE.", .german,
            values: ["2025-04-22", "2025-03-08", "2025-04-30"])
        check(
            "Am ⟦zweiten Weihnachtsfeiertag 2024⟧DATE und zum ⟦Purimfest 2025⟧DATE.", .german,
            values: ["2024-12-26", "2025-03-13"])  // Purim from the evening of the 13th
        check(
            "Zu ⟦Lichtmess 2025⟧DATE, an ⟦Allerseelen 2024⟧DATE und zu ⟦Mariä Empfängnis 2024⟧DATE.", .german,
            values: ["2025-02-02", "2024-11-02", "2024-12-08"])
        check(
            "On ⟦Orthodox Easter 2025⟧DATE and on ⟦Shab-e-Barat 2025⟧DATE; ⟦Kwanzaa 2024⟧DATE too.", .english,
            values: ["2025-04-20", "2025-02-14", "2024-12-26"])
        // St. Martin is also a village: only Martinstag and Sankt Martin name the day
        check("Die Versammlung fand in St. Martin statt.", .german, values: [])
    }

    func testSeasonsQuartersDecadesBoundaries() {
        check(
            "Im ⟦Sommer 2023⟧DATE und im ⟦dritten Quartal⟧DATE lief es gut, in ⟦den 1990er Jahren⟧DATE nicht.", .german,
            values: ["2023-SU", "2023-Q3", "199"])  // in June 2024 a past third quarter is last year's
        check("Im ⟦dritten Quartal⟧DATE wird es besser.", .german, values: ["2024-Q3"])
        // half-years: "die zweite Hälfte" alone is any second half, "Jahreshälfte"/"Halbjahr" a year's
        check(
            "Erst in ⟦der zweiten Jahreshälfte⟧DATE wächst sie, im ⟦ersten Halbjahr 2023⟧DATE nicht.", .german,
            values: ["2024-H2", "2023-H1"])
        check("In ⟦der zweiten Jahreshälfte⟧DATE war sie gewachsen.", .german, values: ["2023-H2"])
        // looking ahead after this year's first half has ended: next year's
        check(
            "Im ⟦ersten Halbjahr⟧DATE dürfte das Geschäft zulegen.", .german, values: ["2025-H1"],
            reference: ReferenceTime(iso: "2024-11-13T12:00")!)
        check(
            "Sales rose in ⟦the first half of 2024⟧DATE; the second half of the match was dull.", .english,
            values: ["2024-H1"])
        check(
            "Sales rose in ⟦the first half of the year⟧DATE and fall in ⟦the second half of next year⟧DATE.", .english,
            values: ["2024-H1", "2025-H2"])
        // calendar weeks (ISO 8601), an ordinal before them keeping its sentence whole
        check(
            "Die Lieferung kommt in der ⟦12. Kalenderwoche⟧DATE, die Rechnung in ⟦KW 30/2025⟧DATE, der Rest ⟦KW 2 2025⟧DATE.",
            .german, values: ["2024-W12", "2025-W30", "2025-W02"])
        check("Der Motor leistet 100 kW, die KW-Zahl ist 60.", .german, values: [])
        check(
            "Net income fell in ⟦the fourth quarter⟧DATE after ⟦two-year⟧DURATION talks; ⟦third-quarter⟧DATE sales rose.",
            .english,
            values: ["2023-Q4", "P2Y", "2023-Q3"])
        check(
            "⟦Anfang Juni⟧DATE kam er, ⟦Ende des Jahres⟧DATE geht er.", .german, values: ["2024-06", "2024"],
            ranges: ["2024-06-01/2024-06-10", "2024-09/2024-12"])
        check("Growth was weak in the ⟦1990s⟧DATE and ⟦early March⟧DATE.", .english, values: ["199", "2024-03"])
        // German decades in one word (Duden's spelling), apart, with a hyphen, and as a noun after `den`
        check(
            "In ⟦den Neunzigerjahren⟧DATE wuchs die Stadt, ⟦Mitte der Achtziger-Jahre⟧DATE kaum, in ⟦den Siebzigern⟧DATE gar nicht.",
            .german, values: ["199", "198", "197"])
        check("Sie ist in ihren Achtzigern und er in seinen frühen Siebzigern.", .german, values: [])
        // the plural noun in figures too, and early or late before it (as `the early 90s`)
        check(
            "In ⟦den 90ern⟧DATE wuchs die Stadt, in ⟦den frühen Neunzigern⟧DATE kaum, in ⟦den späten 1980ern⟧DATE nicht.",
            .german, values: ["199", "199", "198"], ranges: [nil, "1990/1993", "1986/1989"])
        check("Sie ist in ihren 90ern.", .german, values: [])
        // an ordinal century is a date, with any article, in figures or in words
        check(
            "He was a ⟦19th century⟧DATE liberal who loved ⟦the eighteenth century⟧DATE.", .english,
            values: ["18", "17"])
        check(
            "Das Bild stammt aus dem ⟦17. Jahrhundert⟧DATE, der Rahmen aus ⟦dem neunzehnten Jahrhundert⟧DATE.", .german,
            values: ["16", "18"])
        check(
            "Die Burg stammt aus dem ⟦12. Jh.⟧DATE und wurde im ⟦19. Jhdt.⟧DATE umgebaut.", .german,
            values: ["11", "18"])
    }

    func testReferenceWords() {
        check("⟦Derzeit⟧DATE gilt das, in ⟦Zukunft⟧DATE nicht mehr.", .german, values: ["PRESENT_REF", "FUTURE_REF"])
        check(
            "It is ⟦currently⟧DATE closed but will reopen in ⟦the future⟧DATE.", .english,
            values: ["PRESENT_REF", "FUTURE_REF"])
    }

    func testNonDates() {
        check("Er zahlte 2000 Euro und sprach um eine Lösung, so war das.", .german, values: [])
        check("You may call me at 650-650-6500 about 25 items.", .english, values: [])
        // names and nouns that share a month's or weekday's letters
        check("Foreign Minister Jan Novak joined the march in the city.", .english, values: [])
        check("Sun, a maker of servers, and the March of the Teachers drew crowds.", .english, values: [])
        check("Trainer Jan Hofer lobte die Mannschaft.", .german, values: [])
        // a day named, not a duration (German durations are accusative or measured: `einen ganzen Tag`)
        check(
            "Das ist ein guter Tag für die Stadt, nach ⟦einem ganzen Monat⟧DURATION Streit.", .german, values: ["P1M"])
        check(
            "But the fair opens on ⟦Sun⟧DATE and ends in ⟦Jan 2025⟧DATE.", .english, values: ["2024-06-23", "2025-01"])
        check("He weds her in Leeds, the shop opens ⟦Weds⟧DATE.", .english, values: ["2024-06-19"])
        // an ordinal ranks the lower-case word after it; a day said alone takes no such word
        check(
            "He quit after the first allegations, on the 15th anniversary; on ⟦the 15th⟧DATE he left.", .english,
            values: ["2024-06-15"])
        // greetings, ages and counts after "about"
        check("Good evening from Leeds. Guten Morgen aus Bonn.", .english, values: [])
        check(
            "Her father was in his 30s and she in her early twenties; rents rose in the ⟦1990s⟧DATE.", .english,
            values: ["199"])
        check("The chain will grow to about 450 stores and trim about 300 jobs.", .english, values: [])
        check("Floods cost about 10 billion euros, repairs about 10 million dollars.", .english, values: [])
        // an English noun after `at` and a number is counted: no hour (`at 9 sharp` is one)
        check(
            "Spills happened at 24 treatment works; the train leaves at ⟦9⟧TIME sharp.", .english,
            values: ["2024-06-19T09:00"])
        // four digits with a zone are a 24-hour clock time, with or without a cue before them
        check(
            "Shares fell by ⟦1430 GMT⟧TIME; the town burned in ⟦1430⟧DATE.", .english,
            values: ["2024-06-19T14:30", "1430"])
        // a zone between a time and its day keeps them one (British Summer Time, the US Central and Mountain zones)
        check(
            "The warning runs from ⟦08:00⟧TIME to ⟦20:00 BST on Saturday⟧TIME; kick-off is at ⟦7pm CDT on Friday⟧TIME.",
            .english, values: ["2024-06-22T08:00", "2024-06-22T20:00", "2024-06-21T19:00"])
        // so does the place's own clock, `local time`, `Ortszeit`
        check(
            "The airport will reopen at ⟦6 a.m. local time on Thursday⟧TIME.", .english, values: ["2024-06-20T06:00"])
        check(
            "Um ⟦6 Uhr Ortszeit am Donnerstag⟧TIME öffnet der Flughafen.", .german, values: ["2024-06-20T06:00"])
        // and a zone by name: a US zone, a place's clock
        check(
            "The vote opens at ⟦9 p.m. Eastern on Tuesday⟧TIME; talks resume at ⟦10 a.m. Moscow time on Friday⟧TIME.",
            .english, values: ["2024-06-25T21:00", "2024-06-21T10:00"])
        check(
            "Polls close at ⟦8 p.m. ET⟧TIME, not at ⟦7 p.m. Pacific Daylight Time⟧TIME.", .english,
            values: ["2024-06-19T20:00", "2024-06-19T19:00"])
        check(
            "Der Start ist am ⟦Freitag⟧DATE um ⟦18 Uhr mitteleuropäischer Zeit⟧TIME.", .german,
            values: ["2024-06-21", "2024-06-21T18:00"])
        // the same time in another zone in brackets: the day after it is the time's, and the bracket no expression
        check(
            "The bomb went off at ⟦10:35 a.m.⟧TIME (0735 GMT) ⟦Friday⟧DATE.", .english,
            values: ["2024-06-14T10:35", "2024-06-14"])
        // a weekday after `on` following a full date is another day (the day the date was named on)
        check(
            "He set the vote for ⟦March 10⟧DATE on ⟦Wednesday⟧DATE.", .english, values: ["2024-03-10", "2024-06-19"])
        // so does one after a quarter or a month: only a week has a day of each name
        check(
            "It cut its forecast for ⟦the fourth quarter⟧DATE on ⟦Wednesday⟧DATE; see you ⟦next week on Tuesday⟧DATE.",
            .english, values: ["2024-Q4", "2024-06-19", "2024-06-25"])
        check(
            "Die Zahlen für das ⟦zweite Quartal 2024⟧DATE legt sie am ⟦Montag⟧DATE vor, mehr folgt ⟦nächste Woche am "
                + "Dienstag⟧DATE.", .german, values: ["2024-Q2", "2024-06-24", "2024-06-25"])
        // `about 10` before more of its clause counts; `at about 10`, `around 10 tonight` are times
        check(
            "It will close about 10 by ⟦the end of the year⟧DATE; we met at ⟦about 10⟧TIME.", .english,
            values: ["2024", "2024-06-19T10:00"])
    }

    func testMorgenIsTheMorningAsANoun() {
        // German writes tomorrow "morgen" and the morning "Morgen"; early and late stay in the part of day
        check(
            "Am ⟦frühen Morgen⟧TIME rückte die Feuerwehr aus, am ⟦späten Abend⟧TIME kehrte sie zurück.", .german,
            values: ["2024-06-19TMO", "2024-06-19TEV"])
        check("Er kommt ⟦morgen⟧DATE zurück.", .german, values: ["2024-06-20"])
        check("Shares rose in ⟦early morning⟧TIME trading.", .english, values: ["2024-06-19TMO"])
    }

    func testWeekdayAndDayChooseTheYear() {
        // the nearest year in which that day falls on that weekday (2 March 2025 is a Sunday, 2 March 2024 a Saturday)
        check("Die Feier ist am ⟦Sonntag, 2. März⟧DATE.", .german, values: ["2025-03-02"])
        check("Die Feier war am ⟦2. März⟧DATE.", .german, values: ["2024-03-02"])
    }

    func testGermanClockTimeApartFromItsDate() {
        // TimeML annotates a date and its clock time apart, joined by um, ab or gegen
        check(
            "Das Fest beginnt am ⟦Samstag⟧DATE ab ⟦20 Uhr⟧TIME.", .german, values: ["2024-06-22", "2024-06-22T20:00"])
        check("Er kam am ⟦Freitag⟧DATE gegen ⟦3 Uhr⟧TIME.", .german, values: ["2024-06-14", "2024-06-14T03:00"])
        // also when commas set the date apart: the clock time keeps the date's day
        check(
            "Die Lesung ist am ⟦Montag, 8. Juli⟧DATE, um ⟦19.30 Uhr⟧TIME im Saal.", .german,
            values: ["2024-07-08", "2024-07-08T19:30"])
        check(
            "Die Messe öffnet am ⟦2. August⟧DATE, ab ⟦9 Uhr⟧TIME, ihre Tore.", .german,
            values: ["2024-08-02", "2024-08-02T09:00"])
    }

    func testYearsWithTheirEra() {
        // one to three digits are a year only with the era written out; "um 218" alone stays a clock time
        check(
            "Um ⟦218 v. Chr.⟧DATE zog Hannibal über die Alpen, im ⟦Sommer 216 v. Chr.⟧DATE kam die Schlacht.", .german,
            values: ["-0218", "-0216-SU"])
        check("Im ⟦Jahr 9 n. Chr.⟧DATE verlor Rom drei Legionen; 218 Soldaten kamen um.", .german, values: ["0009"])
        check("Caesar died in ⟦44 BC⟧DATE; Augustus ruled until AD ⟦14⟧DATE.", .english, values: ["-0044", "0014"])
    }

    func testYearsBeforeTheirNoun() {
        // a year dates the noun after it; a count takes a plural noun
        check(
            "After his failed ⟦1996⟧DATE campaign and the ⟦1988⟧DATE season, the 2000 workers left.", .english,
            values: ["1996", "1988"])
        check("Since the ⟦2008⟧DATE Olympics the 1500 new jobs went.", .english, values: ["2008"])
        // an amount as an adjective without a hyphen
        check(
            "Shares hit a ⟦five year⟧DURATION low after a ⟦three hour⟧DURATION meeting.", .english,
            values: ["P5Y", "PT3H"])
    }
    func testDayOfMonthAlone() {
        // German `am`, `vom`, `zum` carry the article: the ordinal alone is this month's day, by tense
        check(
            "Er kam am ⟦3.⟧DATE zurück. Er reist am ⟦28.⟧DATE wieder ab.", .german,
            values: ["2024-06-03", "2024-06-28"])
        check("Sie kam am ⟦zwanzigsten⟧DATE zurück.", .german, values: ["2024-05-20"])
        // ... but not an ordinal before the noun it counts, nor before a unit
        check("Am 15. Spieltag verlor der Klub, am ersten Tag regnete es.", .german, values: [])
        // with its clock time
        check("Wir treffen uns am ⟦21.⟧DATE um ⟦18 Uhr⟧TIME.", .german, values: ["2024-06-21", "2024-06-21T18:00"])
        check("The vote is on ⟦the 21st at 6pm⟧TIME.", .english, values: ["2024-06-21T18:00"])
        // coordinated with a full date, it is that date's month's day (not this month's)
        check(
            "Gestreikt wurde am ⟦3.⟧DATE und ⟦4. Mai⟧DATE, beraten wird am ⟦9.⟧DATE und ⟦10. Oktober⟧DATE.", .german,
            values: ["2024-05-03", "2024-05-04", "2024-10-09", "2024-10-10"])
    }

    func testNightNamedByItsMorning() {
        // "die Nacht zum Freitag" is Thursday's night
        check("In ⟦der Nacht zum Sonntag⟧TIME brannte eine Scheune.", .german, values: ["2024-06-15TNI"])
        check(
            "In ⟦der Nacht von Dienstag auf Mittwoch⟧TIME regnete es, die ⟦Nacht auf den Samstag⟧TIME wird klar.",
            .german, values: ["2024-06-18TNI", "2024-06-21TNI"])
    }

    func testEnglishMonthDayInDigits() {
        // a month and day with a slash where a date is expected; a fraction after "by" stays a number
        check("The offer runs until ⟦7/15⟧DATE.", .english, values: ["2024-07-15"])
        check("In Britain it has run since ⟦15/5⟧DATE.", .english, values: ["2024-05-15"])
        check("Its share rose from 1/3 to 1/2.", .english, values: [])
        check("Sales rose by 1/3 ⟦last year⟧DATE, and 2/3 of them abroad.", .english, values: ["2023"])
        check("He was born ⟦10.31.1974⟧DATE.", .english, values: ["1974-10-31"])
        // or before a clock time no number could be mistaken for; not before a count
        check("See you ⟦7/1 around 6pm⟧TIME.", .english, values: ["2024-07-01T18:00"], mode: .colloquial)
        check("The score was 3/4 6 times.", .english, values: [])
        // digits before `to` are a range of hours (two TimeML expressions), words minutes before the hour
        check(
            "Open ⟦9⟧TIME to ⟦11am⟧TIME, back at ⟦ten to eleven⟧TIME.", .english,
            values: ["2024-06-19T09:00", "2024-06-19T11:00", "2024-06-19T10:50"])
    }

    func testMinutesWordBeforeTheHour() {
        check("Der Zug kam um ⟦zwanzig Minuten nach acht⟧TIME.", .german, values: ["2024-06-19T08:20"])
        check("⟦Zehn Minuten⟧DURATION nach Spielbeginn fiel das Tor.", .german, values: ["PT10M"])
    }

    func testDayShiftedFromToday() {
        // a day counted from today or tomorrow is a date, in news too ("heute" alone is nowadays there)
        check(
            "⟦Heute vor einem Jahr⟧DATE starb er. ⟦Morgen in einer Woche⟧DATE beginnt die Messe.", .german,
            values: ["2023-06-19", "2024-06-27"])
        // a season of a year named relatively
        check("Im ⟦Sommer letzten Jahres⟧DATE kam er.", .german, values: ["2023-SU"])
    }

    func testHalfYearsAndQuartersInShorthand() {
        check("Revenue rose in ⟦H1 2024⟧DATE and in ⟦18q4⟧DATE.", .english, values: ["2024-H1", "2018-Q4"])
        // alone, H1 is a heading or a code
        check("See the H1 heading.", .english, values: [])
    }

    func testTheEndOfTheYearInOneWordOrTwo() {
        // year end, year's end, year-end as `Jahresende` (reference 19 June 2024); not the adjective before its noun
        check(
            "Jobs will go by ⟦year end⟧DATE, rules apply by ⟦year's end⟧DATE, debts are due at ⟦month-end⟧DATE.",
            .english, values: ["2024", "2024", "2024-06"])
        check("Debt stood at $5 billion at ⟦year-end 2022⟧DATE.", .english, values: ["2022"])
        check("The year-end bonus was paid.", .english, values: [])
        // told in the past before this year's end has begun: the last one (said in February)
        check(
            "Debt stood at $5 billion at ⟦the end of the year⟧DATE.", .english, values: ["2023"],
            reference: ReferenceTime(iso: "2024-02-10")!)
        XCTAssertEqual(expressions("Jobs will go by year end.", .english).map(\.mod), ["END"])
    }

    func testBoundariesOfDecadesAndCenturies() {
        check(
            "Die Stadt wuchs ⟦Ende der 90er Jahre⟧DATE, das Werk entstand ⟦Mitte des 19. Jahrhunderts⟧DATE.", .german,
            values: ["199", "18"])
        let found = expressions("It began in the late 1990s.", .english)
        XCTAssertEqual(found.map(\.mod), ["END"])
        // the middle joined to a decade in digits, four or two
        check("Shares peaked in ⟦the mid-1990s⟧DATE and ⟦the mid-80s⟧DATE.", .english, values: ["199", "198"])
        XCTAssertEqual(expressions("Shares peaked in the mid-1990s.", .english).map(\.mod), ["MID"])
        // the decade or century named by its unit, as the year is (`Ende des Jahres`)
        check("The plant closes by ⟦the end of the decade⟧DATE.", .english, values: ["202"])
        check("Das Werk schließt ⟦Mitte des Jahrhunderts⟧DATE.", .german, values: ["20"])
        // in a narrative, the decade of the date told last
        check(
            "Der Krieg begann ⟦1914⟧DATE, und am ⟦Ende des Jahrzehnts⟧DATE war das Land erschöpft.", .german,
            values: ["1914", "191"], mode: .narrative)
    }

    /// The direction of a bound: `spätestens`/`frühestens` before or after the point, `später als`/`later than`,
    /// `früher als`, and a negation that turns it round (`nicht vor Montag` is from Monday on).
    func testBoundsAndTheirNegation() {
        let german = expressions(
            "Die Frist endet spätestens am Montag, die Arbeit beginnt frühestens am Dienstag, nicht vor 9 Uhr, "
                + "und der Bericht kommt nicht später als Freitag.", .german)
        XCTAssertEqual(german.map(\.mod), ["BEFORE", "AFTER", "AFTER", "BEFORE"])
        let english = expressions(
            "Work starts no earlier than Tuesday and 9am at the earliest, not before noon, and ends no later than Friday.",
            .english)
        XCTAssertEqual(english.map(\.mod), ["AFTER", "AFTER", "AFTER", "BEFORE"])
        // German `vom`/`von` dates a thing; from then on only with `an`
        let vom = expressions(
            "Der Bericht vom 12. März liegt vor. Die Regel gilt vom 1. Januar an. Vom Mai an wird gebaut. Zuletzt war "
                + "von 2031 die Rede.", .german)
        XCTAssertEqual(vom.map(\.mod), [nil, "AFTER", "AFTER", nil])
        // the start of a range whose end follows is a start
        XCTAssertEqual(
            expressions("Die Autobahn bleibt von Freitag, 22 Uhr, bis Montag, 5 Uhr, gesperrt.", .german).first?.mod,
            "AFTER")
        // nor is a figure's comparison a starting point: `down from a month ago`
        XCTAssertEqual(
            expressions("Gas is down 18 cents from a month ago, from Monday on.", .english).map(\.mod), [nil, "AFTER"])
        // `beginning next month` is the gerund (from then on), `the beginning of next month` its start
        XCTAssertEqual(
            expressions("Idle for six weeks beginning next month, or at the beginning of next month.", .english).map {
                "\($0.mod ?? "-")"
            }, ["-", "-", "START"])
        // nor a shift back from a date after a figure (`up 3.2% in February from a year earlier`)
        XCTAssertEqual(
            expressions("Prices were up 3.2% in February from a year earlier.", .english).map(\.mod), [nil, nil])
        XCTAssertEqual(expressions("The age rises to 19 from September 2028.", .english).map(\.mod), ["AFTER"])
    }

    func testStartAndMiddleOfTheWeekAsOneWord() {
        check(
            "Zu ⟦Wochenbeginn⟧DATE stiegen die Kurse, zur ⟦Wochenmitte⟧DATE fielen sie.", .german,
            values: ["2024-W25", "2024-W25"])
    }

    func testNamedDayWithItsWeekday() {
        // the relative day names the day; the weekday only describes it
        check("Am ⟦gestrigen Dienstag⟧DATE tagte der Rat.", .german, values: ["2024-06-18"])
        check("Die ⟦Nacht zu Samstag⟧TIME blieb ruhig.", .german, values: ["2024-06-14TNI"])
    }

    func testTimeBankSpansWithEarlierLaterAndFiscal() {
        check(
            "The company ⟦earlier this year⟧DATE cut jobs and will report ⟦later this month⟧DATE on "
                + "⟦the fiscal first quarter⟧DATE.", .english, values: ["2024", "2024-06", "2024-Q1"])
        check("Later, he spoke.", .english, values: [])
    }

    func testOverADateIsDuringIt() {
        // "over" is MORE_THAN before an amount only: "over the weekend" is during it
        let found = expressions("Talks went on over the weekend and lasted over three days.", .english)
        XCTAssertEqual(found.map(\.value), ["2024-W24-WE", "P3D"])
        XCTAssertEqual(found.map(\.mod), [nil, "MORE_THAN"])
        // before an amount, `over` is more than it only after a preposition, a verb of lasting or a degree; elsewhere
        // it spans the stretch
        let across = expressions("The plan cuts taxes by $1.3 trillion over 10 years.", .english)
        XCTAssertEqual(across.map(\.value), ["P10Y"])
        XCTAssertEqual(across.map(\.mod), [nil])
        let german = expressions(
            "Die Mannschaft dominierte über 90 Minuten, die Sitzung dauerte über drei Stunden.", .german)
        XCTAssertEqual(german.map(\.value), ["PT90M", "PT3H"])
        XCTAssertEqual(german.map(\.mod), [nil, "MORE_THAN"])
    }

    func testHourWithOclock() {
        check(
            "⟦8 o'clock⟧TIME is too early; we start at ⟦11 o'clock⟧TIME.", .english,
            values: ["2024-06-19T08:00", "2024-06-19T11:00"])
    }
}

/// Families added in the sixth December session, from sentences written to probe whole families.
final class ClockWordAndSetFamilyTests: DatesTestCase {
    func testMinutesBeforeOrAfterNoonAndMidnight() {
        check(
            "Die Sitzung endete ⟦zehn vor Mitternacht⟧TIME, die nächste begann um ⟦zwanzig nach zwölf⟧TIME.", .german,
            values: ["2024-06-19T23:50", "2024-06-19T12:20"])
        check(
            "The polls closed at ⟦ten to midnight⟧TIME and counting began at ⟦five past noon⟧TIME.", .english,
            values: ["2024-06-19T23:50", "2024-06-19T12:05"])
        // after `from` the number opens a range of hours ending at midnight
        let range = expressions("The bar is open from 10 to midnight.", .english).map(\.value)
        XCTAssertEqual(range.first, "2024-06-19T10:00")
        XCTAssertFalse(range.contains("2024-06-19T23:50"))
    }

    func testMiddayAndLunchtime() {
        check(
            "Er sprach zur ⟦Mittagszeit⟧TIME vor dem Rathaus.", .german, values: ["2024-06-19TMI"])
        check(
            "The vote is due at ⟦midday⟧TIME; talks resume ⟦tomorrow lunchtime⟧TIME.", .english,
            values: ["2024-06-19T12:00", "2024-06-20TMI"])
    }

    func testFirstOrLastDayOrWeekOfAYearNamedRelatively() {
        check(
            "Das Gesetz gilt ab ⟦dem ersten Tag des kommenden Jahres⟧DATE.", .german, values: ["2025-01-01"])
        check(
            "The offer ends on ⟦the last day of the year⟧DATE; the next starts in "
                + "⟦the first week of next year⟧DATE.", .english, values: ["2024-12-31", "2025-W01"])
        // weekdays counted in a year, as in a month
        check(
            "Die Messe ist am ⟦ersten Montag im Jahr 2026⟧DATE, das Fest am ⟦letzten Sonntag des Jahres⟧DATE.",
            .german, values: ["2026-01-05", "2024-12-29"])
        check("We close on ⟦the last Friday of the year⟧DATE.", .english, values: ["2024-12-27"])
    }

    func testGermanDayWithItsArticleApart() {
        // a preposition of dates or a weekday before the article makes the ordinal a day
        check("Die Ausstellung öffnet ab dem ⟦20.⟧DATE wieder.", .german, values: ["2024-06-20"])
        check("Wir sehen uns ⟦Freitag, den 21.⟧DATE in Köln.", .german, values: ["2024-06-21"])
        // otherwise it is a rank or a count
        check("Er wurde auf den 3. gesetzt und belegte ab dem 3. Spieltag Rang eins.", .german, values: [])
    }

    func testWeekendAfterDas() {
        check("Das ⟦Wochenende⟧DATE verlief ruhig.", .german, values: ["2024-W24-WE"])
    }

    func testClockTimeOfASetAndOrdinalIntervals() {
        let german = expressions(
            "Die Fähre fährt täglich um 8 Uhr, montags um 10 Uhr und jeden zweiten Tag auch abends.", .german)
        XCTAssertEqual(german.map(\.value), ["XXXX-XX-XXT08:00", "XXXX-WXX-1T10:00", "P2D", "2024-06-19TEV"])
        XCTAssertEqual(german.map(\.type), [.set, .set, .set, .time])
        XCTAssertEqual(
            expressions("Der Bus fährt jeden Tag um 8 Uhr abends und jeden Morgen um 7.", .german).map(\.value),
            ["XXXX-XX-XXT20:00", "XXXX-XX-XXT07:00"])
        let english = expressions("Meetings are held every Monday at 10am and every third year in May.", .english)
        XCTAssertEqual(english.map(\.value), ["XXXX-WXX-1T10:00", "P3Y", "2024-05"])
        for e in german + english { XCTAssertTrue(Timex.isValid(e.value, type: e.type), e.value) }
    }

    func testBareEndOfAMorningIntervalIsInTheAfternoon() {
        XCTAssertEqual(
            expressions("The polling stations are open from 8am until 6 and the hall from 10 am to 11.", .english)
                .map(\.value), ["2024-06-19T08:00", "2024-06-19T18:00", "2024-06-19T10:00", "2024-06-19T11:00"])
        // German counts the clock to 24: the end is as said, overnight on the next day
        let overnight = expressions("Geöffnet ist von 20 Uhr bis 6 Uhr.", .german, mode: .colloquial)
        XCTAssertEqual(overnight.map(\.value), ["2024-06-19T20:00"])
        XCTAssertEqual(overnight.first?.range.map(\.end), "2024-06-20T06:59")
    }

    func testAnEndBeforeTheStartsClockTimeIsOnTheNextDay() {
        // each end of a news interval an expression of its own: the end past midnight is the next day's, and
        // midnight takes no meridiem from the start
        check(
            "Zeugen, die zwischen ⟦22 Uhr⟧TIME und ⟦Mitternacht⟧TIME dort waren", .german,
            values: ["2024-06-19T22:00", "2024-06-20T00:00"])
        check(
            "anyone in the area between ⟦10.30pm⟧TIME and ⟦midnight⟧TIME", .english,
            values: ["2024-06-19T22:30", "2024-06-20T00:00"])
        check(
            "the bar is open from ⟦11pm⟧TIME to ⟦2am⟧TIME", .english, values: ["2024-06-19T23:00", "2024-06-20T02:00"])
        // an end later than the start stays on its day, noon too
        check("from ⟦10am⟧TIME to ⟦noon⟧TIME", .english, values: ["2024-06-19T10:00", "2024-06-19T12:00"])
    }

    func testAWeekdayAndFrühInOneWord() {
        check("Am ⟦Samstagfrüh⟧TIME war es ruhig.", .german, values: ["2024-06-15TMO"])
    }

    func testDayOfThisMonth() {
        check("Rent is due on ⟦the first of the month⟧DATE.", .english, values: ["2024-06-01"])
        check("Die Miete ist am ⟦Ersten des Monats⟧DATE fällig.", .german, values: ["2024-06-01"])
    }

    func testClockTimeOnADaySaidAlone() {
        check("The ceremony starts at ⟦3pm on the 21st⟧TIME.", .english, values: ["2024-06-21T15:00"])
    }

    func testFractionAloneBeforeItsUnit() {
        let found = expressions("Call me in 1/2 hour or in quarter of an hour.", .english, mode: .colloquial)
        XCTAssertEqual(found.map(\.value), ["2024-06-19T12:30", "2024-06-19T12:15"])
    }

    func testImmediatelyIsNowOnlyToAnAssistant() {
        XCTAssertEqual(expressions("Remind me immediately.", .english, mode: .colloquial).map(\.value), ["PRESENT_REF"])
        XCTAssertEqual(expressions("Erinnere mich sofort.", .german, mode: .colloquial).map(\.value), ["PRESENT_REF"])
        XCTAssertEqual(expressions("The minister resigned immediately.", .english).map(\.value), [])
        XCTAssertEqual(expressions("Er trat sofort zurück.", .german).map(\.value), [])
    }

    func testSmallHoursOfANightAreTheNextDay() {
        // (news and TimeML annotate the day and the clock time apart)
        check(
            "Der Brand brach ⟦heute Nacht⟧DATE um ⟦2 Uhr⟧TIME aus.", .german,
            values: ["2024-06-19", "2024-06-20T02:00"])
        check(
            "Die Polizei kam ⟦gestern Nacht⟧DATE um ⟦3 Uhr⟧TIME.", .german, values: ["2024-06-18", "2024-06-19T03:00"])
        XCTAssertEqual(
            expressions("heute Nacht um 2 Uhr", .german, mode: .colloquial).map(\.value), ["2024-06-20T02:00"])
    }

    func testGermanClockWordsAndFeastDays() {
        check("Treffpunkt ist um ⟦drei viertel neun⟧TIME.", .german, values: ["2024-06-19T08:45"])
        check("Drei Viertel der Befragten stimmten zu.", .german, values: [])
        check("Die Sprechstunde ist um ⟦4 Uhr nachm⟧TIME. vorbei.", .german, values: ["2024-06-19T16:00"])
        check(
            "Wir öffnen am ⟦2. Weihnachtsfeiertag⟧DATE und in der ⟦Silvesternacht⟧DATE.", .german,
            values: ["2024-12-26", "2024-12-31"])
    }

    func testPartOfDayOfADaySaidAlone() {
        check("Talks resume on ⟦the evening of the 21st⟧TIME.", .english, values: ["2024-06-21TEV"])
        check("Er kommt am ⟦Morgen des 21.⟧TIME zurück.", .german, values: ["2024-06-21TMO"])
        check("He was one of the first to leave.", .english, values: [])
    }

    func testClockTimeWithAPeriodAndMeridiem() {
        check(
            "Doors open at ⟦3.30pm⟧TIME and close at ⟦9.45 pm⟧TIME.", .english,
            values: ["2024-06-19T15:30", "2024-06-19T21:45"])
        check("Shares rose 4.04 percent.", .english, values: [])
    }

    func testMoreFeastsOfTheirCalendars() {
        // dates checked against published calendars
        let cases: [(String, Language, String)] = [
            ("Jom haZikaron 2018", .german, "2018-04-17"),  // begins on the evening before 18 April
            ("Jerusalem Day 2018", .english, "2018-05-12"),
            ("Lazarus-Samstag 2018", .german, "2018-03-31"),
            ("orthodoxer Karsamstag 2018", .german, "2018-04-07"),
            ("Herz-Jesu-Fest 2019", .german, "2019-06-28"),
            ("Herz-Jesu-Sonntag 2019", .german, "2019-06-30"),  // the Sunday after it
            ("Josefitag 2019", .german, "2019-03-19"),
            ("Laternenfest 2019", .german, "2019-02-19"),
            ("Double Ninth Festival 2019", .english, "2019-10-07"),
            ("Guru Ravidas Jayanti 2019", .english, "2019-02-19"),
            ("Kali Puja 2019", .english, "2019-10-27"),
            ("Geburt des Propheten 2018", .german, "2018-11-20"),
            // Great Lent is the Orthodox fast from Clean Monday, not Lent (Ash Wednesday, 14 February)
            ("Great Lent 2018", .english, "2018-02-19"),
            // hyphens and spaces between a name's words either way
            ("Lazarus Samstag 2018", .german, "2018-03-31"), ("Ratha-Yatra 2019", .english, "2019-07-04"),
            ("Martin-Luther-King-Tag 2025", .german, "2025-01-20"), ("Nachtreise 2019", .german, "2019-04-03"),
            // Qingming follows the Sun (15° longitude), not the lunar calendar
            ("Qingming 2019", .german, "2019-04-05"), ("Tomb-Sweeping Day 2020", .english, "2020-04-04"),
        ]
        for (text, language, value) in cases {
            XCTAssertEqual(expressions(text, language, mode: .colloquial).map(\.value), [value], text)
        }
        // names that are also names of places and schools stay out
        check("She studied at Sacred Heart University.", .english, values: [])
    }

    func testDaysOfRemembranceAndObservance() {
        let cases: [(String, Language, String)] = [
            ("Holocaust-Gedenktag 2025", .german, "2025-01-27"), ("Welt-Aids-Tag 2024", .german, "2024-12-01"),
            ("Tag der Befreiung 2025", .german, "2025-05-08"), ("Earth Day 2025", .english, "2025-04-22"),
            ("Cyber Monday 2024", .english, "2024-12-02"),  // the Monday after Thanksgiving (28 November)
            ("International Women's Day 2025", .english, "2025-03-08"),
            ("Remembrance Sunday 2024", .english, "2024-11-10"), ("Mothering Sunday 2025", .english, "2025-03-30"),
            ("Burns Night 2025", .english, "2025-01-25"), ("Georgstag 2025", .german, "2025-04-23"),
            ("Washington's Birthday 2025", .english, "2025-02-17"),
            // Earth Hour keeps off Holy Saturday: a week earlier in 2024 (Easter 31 March)
            ("Earth Hour 2023", .english, "2023-03-25"), ("Earth Hour 2024", .german, "2024-03-23"),
        ]
        for (text, language, value) in cases {
            XCTAssertEqual(expressions(text, language, mode: .colloquial).map(\.value), [value], text)
        }
        // St. Martin is also a village and an island: only the day's own names
        check("Die Feier fand in St. Martin statt.", .german, values: [])
    }

    func testHalfAnHourWithAnArticleAndExactAmounts() {
        let found = expressions(
            "Back in a half hour, the bus left a half an hour ago and the train comes in exactly 10 minutes.",
            .english, mode: .colloquial)
        XCTAssertEqual(found.map(\.value), ["2024-06-19T12:30", "2024-06-19T11:30", "2024-06-19T12:10"])
        // English `an` before a unit is its amount, not the German preposition; before an adjective it stays out
        check(
            "The suspect left ⟦an hour ago⟧TIME and pays an ⟦hourly⟧SET fee.", .english,
            values: ["2024-06-19T11:00", "PT1H"])
        XCTAssertEqual(
            expressions("Der Zug kommt in genau zwei Stunden.", .german, mode: .colloquial).map(\.value),
            ["2024-06-19T14:00"])
    }

    func testBackAfterDaysOrMoreIsAgo() {
        check(
            "We met ⟦two weeks back⟧DATE and ⟦2 thursdays back⟧DATE. It began ⟦a few years back⟧DATE.", .english,
            values: ["2024-06-05", "2024-06-06", "PAST_REF"])
        // after seconds it is a gap behind the leader
        check("She finished ⟦4 seconds⟧DURATION back.", .english, values: ["PT4S"])
    }

    func testDayOfMonthAloneSkipsMonthsWithoutIt() {
        // said on 19 June: June has no 31st, so July's (ahead) or May's (past)
        XCTAssertEqual(expressions("Call me on the 31st.", .english, mode: .colloquial).map(\.value), ["2024-07-31"])
        check("The deadline expired on ⟦the 31st⟧DATE.", .english, values: ["2024-05-31"])
        // a month written against its day (`Jun20`)
        check("Let's meet ⟦Thu, Jun20⟧DATE.", .english, values: ["2024-06-20"])
    }

    func testEarlyOrLateInAPeriodAndHoursOfThisPartOfDay() {
        check(
            "The law takes effect ⟦early in the year⟧DATE; profits fell ⟦late in the third quarter⟧DATE.", .english,
            values: ["2024", "2023-Q3"])
        XCTAssertEqual(expressions("It opened early in 2019.", .english).map(\.mod), ["START"])
        // a weekday's start or end in news (reference Wednesday 19 June 2024)
        check(
            "The truce broke down ⟦late Tuesday⟧DATE; a vote is expected ⟦early Friday⟧DATE.", .english,
            values: ["2024-06-18", "2024-06-21"])
        XCTAssertEqual(expressions("Gunmen struck late Sunday.", .english).map(\.mod), ["END"])
        // not early or late in what is no time
        check("He scored late in the game, early in his career.", .english, values: [])
        check("The vote is at ⟦8 this evening⟧TIME.", .english, values: ["2024-06-19T20:00"])
        // the `h` of a clock face is the 24-hour clock
        check("The train left at ⟦3h18⟧TIME.", .english, values: ["2024-06-19T03:18"])
    }

    func testAnApproximationBetweenADayAndItsClockTime() {
        let found = expressions(
            "Wir treffen uns morgen etwa um 15 Uhr, heute so gegen 18 Uhr.", .german, mode: .colloquial)
        XCTAssertEqual(found.map(\.value), ["2024-06-20T15:00", "2024-06-19T18:00"])
        XCTAssertEqual(found.map(\.mod), ["APPROX", "APPROX"])
        // an approximator after the clock time where the clause ends; not one before a count
        XCTAssertEqual(expressions("Wir kommen um drei ungefähr.", .german, mode: .colloquial).map(\.mod), ["APPROX"])
        XCTAssertEqual(expressions("She left at 5pm approximately.", .english).map(\.mod), ["APPROX"])
        XCTAssertEqual(expressions("Um 15 Uhr etwa 200 Menschen", .german).map(\.mod), [nil])
        // a cue that approximates by itself: `gegen`, `around`
        XCTAssertEqual(expressions("Die Polizei traf gegen 18 Uhr ein.", .german).map(\.mod), ["APPROX"])
        XCTAssertEqual(expressions("The blast came around 3pm.", .english).map(\.mod), ["APPROX"])
    }

    func testAClockTimeInWordsAfterAnyCueWord() {
        // to an assistant `gegen acht`, `ab acht` as `um acht`; a preposition may follow (`an den Arzt`)
        let clock = expressions("Wir treffen uns gegen acht. Geöffnet ist ab neun.", .german, mode: .colloquial)
        XCTAssertEqual(clock.map(\.value), ["2024-06-19T20:00", "2024-06-19T21:00"])
        check(
            "Erinnere mich ⟦morgen um acht⟧TIME an den Arzt.", .german, values: ["2024-06-20T08:00"], mode: .colloquial)
        // not a score, nor an amount in news
        check("Sie gewannen zwölf gegen acht.", .german, values: [], mode: .colloquial)
        check("Die Zahl stieg um acht am ⟦Montag⟧DATE.", .german, values: ["2024-06-17"])
    }

    func testAnUnknownLanguageReadsEnglishWordsThatStartGermanNames() {
        // `next`, `monday` start holiday names in the German word list; English text of no detected
        // language still reads them as English words
        XCTAssertEqual(
            expressions("see you next monday", .unknown, mode: .colloquial).map(\.value), ["2024-06-24"])
    }

    func testSecondAsAnOrdinalIsNoUnit() {
        check("The Bill was read a second time; a second wave followed.", .english, values: [])
        check("The lights went out ⟦a second⟧DURATION later.", .english, values: ["PT1S"])
        // an ordinal with a comparative set off after it
        check("A second, weaker storm is due; a second, more serious case followed.", .english, values: [])
        check("For ⟦a second⟧DURATION, however, nothing moved.", .english, values: ["PT1S"])
    }

    func testNumericDatesReadDayOrMonthFirstByWhatCanBeAMonth() {
        // English writes the month first; a first number above 12 can only be the day (British)
        check(
            "Posted on ⟦14/03/2026⟧DATE, edited on ⟦03/14/2026⟧DATE and ⟦04/03/2026⟧DATE, ⟦14-03-2026⟧DATE.",
            .english, values: ["2026-03-14", "2026-03-14", "2026-04-03", "2026-03-14"])
        // German the day; a second number above 12 can only be the day
        check("Am ⟦04/03/2026⟧DATE und am ⟦03/14/2026⟧DATE.", .german, values: ["2026-03-04", "2026-03-14"])
        // a German day and month without the final period: where a date is expected, or as the whole request
        check("⟦13.2⟧DATE", .german, values: ["2024-02-13"])
        check("Der Wert stieg um 13.2 Punkte.", .german, values: [])
        // day and month with a space between (the month's period may end the sentence); not before the noun
        // the second ordinal counts, and an ordinal counts no amount
        check(
            "Er kam am ⟦3. 8. 1950⟧DATE, sie seit dem ⟦1. 1. 2005⟧DATE.", .german, values: ["1950-08-03", "2005-01-01"])
        check("Schluss ist am ⟦5. 10⟧DATE.", .german, values: ["2024-10-05"])
        check("Er traf in der 2. 3. Runde und in der 90. Minute.", .german, values: [])
    }

    func testGermanWeekdayCountedInAMonthByADigitOrdinal() {
        check(
            "Der Markt ist am ⟦3. Dienstag im September⟧DATE, das Fest am ⟦1. Montag im März 2025⟧DATE.", .german,
            values: ["2024-09-17", "2025-03-03"])
    }

    func testHoursAndMinutesInOneWordAfterIn() {
        let found = expressions("Boarding in 1h30, landing in 2h15.", .english, mode: .colloquial)
        XCTAssertEqual(found.map(\.value), ["2024-06-19T13:30", "2024-06-19T14:15"])
        XCTAssertEqual(
            expressions("Abfahrt in 1h30.", .german, mode: .colloquial).map(\.value), ["2024-06-19T13:30"])
        // alone it stays a clock time
        check("Der Zug fährt um ⟦9h30⟧TIME.", .german, values: ["2024-06-19T09:30"])
    }

    func testThisMomentAndAtPresentAreNow() {
        // (the preposition stays outside the span, as TimeML has it)
        check(
            "At ⟦present⟧DATE the talks are stalled; at ⟦this moment⟧DATE nobody is talking.", .english,
            values: ["PRESENT_REF", "PRESENT_REF"])
        check("In ⟦diesem Moment⟧DATE fiel der Strom aus.", .german, values: ["PRESENT_REF"])
        check("Prices at present-day levels and a present for her.", .english, values: [])
    }

    func testBareCountAfterInIsMinutesToAnAssistant() {
        // Duckling's implicit minutes: a count up to 60 where the clause ends
        XCTAssertEqual(expressions("Call me in 15.", .english, mode: .colloquial).map(\.value), ["2024-06-19T12:15"])
        XCTAssertEqual(expressions("Ruf mich in 5 an", .german, mode: .colloquial).map(\.value), [])
        XCTAssertEqual(expressions("Sie kam in 15.", .german).map(\.value), [])
    }

    func testWeekdaysJoinedByAHyphen() {
        check(
            "Geöffnet ⟦Mo-Fr⟧DATE, ⟦Montag-Mittwoch⟧DATE auch länger.", .german, values: ["2024-06-24", "2024-06-24"])
        check("Open ⟦Monday-Wednesday⟧DATE and ⟦mon-fri⟧DATE.", .english, values: ["2024-06-24", "2024-06-24"])
        let days = expressions("Offen Di-Do.", .german, mode: .colloquial)
        XCTAssertEqual(days.count, 1)
        XCTAssertEqual(days.first?.range.map { [$0.begin, $0.end] }, ["2024-06-25", "2024-06-27"])
        // a hyphenated word of which only one half is a weekday
        check("Die Montag-Ausgabe erscheint.", .german, values: [])
    }

    func testGermanDayOfMonthAfterDer() {
        check("Der ⟦25.⟧DATE passt uns.", .german, values: ["2024-06-25"], mode: .colloquial)
        check("Wir treffen uns ⟦Dienstag, der 25⟧DATE., im Büro.", .german, values: ["2024-06-25"], mode: .colloquial)
        check("Der 25. Parteitag beginnt.", .german, values: [])
    }

    func testTheReferencesClockTimeOnAnotherDay() {
        check(
            "Call me ⟦this time tomorrow⟧TIME, or ⟦next Friday at the same time⟧TIME.", .english,
            values: ["2024-06-20T12:00", "2024-06-28T12:00"], mode: .colloquial)
        check("⟦Morgen um diese Zeit⟧TIME sind wir da.", .german, values: ["2024-06-20T12:00"], mode: .colloquial)
        // a week, a year from now, not somewhere in next week
        check("⟦This time next week⟧TIME it is done.", .english, values: ["2024-06-26T12:00"], mode: .colloquial)
        // a news article's date has no clock: the day
        let news = expressions(
            "This time next year the bridge will stand.", .english, reference: ReferenceTime(iso: "2024-06-19")!)
        XCTAssertEqual(news.map(\.value), ["2025-06-19"])
        // without a date it is an occasion
        check("This time we won. Zur gleichen Zeit regnete es.", .english, values: [])
    }

    func testRangesOfDaysWithoutTheirMonth() {
        let cases: [(String, Language)] = [
            ("Geschlossen vom 24. bis 28.", .german), ("Zu zwischen dem 24. und dem 28.", .german),
            ("Closed from the 24th to the 28th.", .english), ("Closed between the 24th and 28th.", .english),
        ]
        for (text, language) in cases {
            let found = expressions(text, language, mode: .colloquial)
            XCTAssertEqual(found.compactMap(\.range).map { [$0.begin, $0.end] }, [["2024-06-24", "2024-06-28"]], text)
        }
        // ordinals that count what follows
        check("Zwischen dem 3. und 4. Spiel war Pause.", .german, values: [])
        check("Between the 3rd and 4th game it rained.", .english, values: [])
        check("Between the first and the second round it rained.", .english, values: [])
        // a number in words after `to` counts something; it ends no range of days
        check("He pleaded guilty in ⟦March⟧DATE to one count of fraud.", .english, values: ["2024-03"])
        check(
            "He was sentenced in ⟦March⟧DATE to ⟦five years⟧DURATION in prison.", .english, values: ["2024-03", "P5Y"])
    }

    func testBareHoursBeforeTheirDay() {
        check("Call between ⟦2 and 4 tomorrow⟧TIME.", .english, values: ["2024-06-20T02:00"], mode: .colloquial)
        check("Offen von ⟦9 bis 11 am Donnerstag⟧TIME.", .german, values: ["2024-06-20T09:00"], mode: .colloquial)
        // amounts, not hours
        check("Prices rose between 3 and 5 percent.", .english, values: [])
    }

    func testBritishHalfTheHour() {
        check("Meet me at ⟦half seven tomorrow⟧TIME, not at half the price.", .english, values: ["2024-06-20T07:30"])
        XCTAssertEqual(
            expressions("at half seven", .english, mode: .colloquial).map(\.value),
            expressions("at half past seven", .english, mode: .colloquial).map(\.value))
        // (German `halb sieben` is half before the hour)
        check("Wir treffen uns um ⟦halb sieben⟧TIME.", .german, values: ["2024-06-19T06:30"])
    }

    func testInDerFrueh() {
        check("Sie kommt ⟦morgen in der Früh⟧TIME.", .german, values: ["2024-06-20TMO"], mode: .colloquial)
        // (at noon this morning is over: to an assistant the next one)
        check("Ruf mich in ⟦der Früh⟧TIME an.", .german, values: ["2024-06-20TMO"], mode: .colloquial)
        check("Er rief in ⟦der Früh⟧TIME an.", .german, values: ["2024-06-19TMO"])
        // the adverb
        check("Er kam zu früh.", .german, values: [])
    }

    func testGermanDayAgainstItsMonth() {
        check("Wir kommen am ⟦18.Juli⟧DATE zurück.", .german, values: ["2024-07-18"])
    }

    func testEnglishFourDigitClockAfterAt() {
        check("The train leaves at ⟦2130⟧TIME.", .english, values: ["2024-06-19T21:30"])
        check(
            "Attack at ⟦1400 hours⟧TIME, drilled for ⟦1400 hours⟧DURATION.", .english,
            values: ["2024-06-19T14:00", "PT1400H"])
        // German `um 1530` is as often a year
        check("Das Haus wurde um ⟦1530⟧DATE gebaut.", .german, values: ["1530"])
    }
}

/// Families from the thirty-second session's texts written to probe them (reference Wed 19 June 2024, 12:00).
final class NewsProbeFamilyTests: DatesTestCase {
    func testADeadlineAtTheEndOfTheCurrentPeriodLiesAhead() {
        // told in the past, `until`/`by` the end of the month is this month's end (a past end without them is the
        // last one's, `Sales rose at the end of the month`)
        check(
            "The judge gave the parties until ⟦the end of the month⟧DATE to settle.", .english, values: ["2024-06"])
        check("Negotiators had until ⟦the end of the year⟧DATE to reach a deal.", .english, values: ["2024"])
        check("Sales rose sharply at ⟦the end of the month⟧DATE.", .english, values: ["2024-05"])
        // a deferral after a German deadline sets it ahead too
        check("Die Frist wurde bis ⟦März⟧DATE verlängert.", .german, values: ["2025-03"])
    }

    func testARelativeClauseGivesNoTenseToTheClauseAroundIt() {
        check(
            "The union, which struck ⟦last year⟧DATE, votes ⟦Saturday⟧DATE on the offer.", .english,
            values: ["2023", "2024-06-22"])
        check(
            "Der Verein, der im ⟦Mai⟧DATE gegründet wurde, feiert am ⟦Samstag⟧DATE.", .german,
            values: ["2024-05", "2024-06-22"])
        // a phrase of the relative clause after its own comma is still the relative clause's
        check(
            "The fund, which lost 2%, or 30 cents, on ⟦Friday⟧DATE, recovered.", .english, values: ["2024-06-14"])
        // `ahead of` a day looks ahead
        check("Investors were cautious ahead of ⟦Friday⟧DATE's jobs report.", .english, values: ["2024-06-21"])
    }

    func testAVerbParticleBeforeFromIsNoComparison() {
        check("The plant will shut down from ⟦July⟧DATE to ⟦August⟧DATE.", .english, values: ["2024-07", "2024-08"])
        check("The resort was open from ⟦December⟧DATE to ⟦April⟧DATE.", .english, values: ["2023-12", "2024-04"])
        check("Revenue rose 3 percent, up from ⟦April⟧DATE.", .english, values: ["2024-04"])
    }

    func testSeasonsOfEveryYearAndCenturiesByTheirHundreds() {
        check("The fair is held ⟦every summer⟧SET.", .english, values: ["XXXX-SU"])
        check("Der See friert ⟦jeden Winter⟧SET zu.", .german, values: ["XXXX-WI"])
        check("Sie treffen sich ⟦jedes Wochenende⟧SET.", .german, values: ["XXXX-WXX-WE"])
        check("We meet ⟦every weekend⟧SET.", .english, values: ["XXXX-WXX-WE"])
        check("The firm was founded in ⟦the late 1800s⟧DATE.", .english, values: ["18"])
        check("It is a ⟦19th-century⟧DATE building.", .english, values: ["18"])
        // (the 2000s are a decade)
        check("Prices rose in the ⟦2000s⟧DATE.", .english, values: ["200"])
    }

    func testRoundTheClockTelephoneNumbersAndAgesAreNoExpressions() {
        check("Call us 24/7 at 1-800-555-0199.", .english, values: [])
        check("The offer expired on ⟦4/7 at noon⟧TIME.", .english, values: ["2024-04-07T12:00"])
        check("Employees 55 years old or older may retire.", .english, values: [])
        check("Der Mann ist 45 Jahre alt, das drei Jahre alte Haus steht leer.", .german, values: [])
        check("He worked there for ⟦45 years⟧DURATION.", .english, values: ["P45Y"])
    }

    func testAGermanNightOrPartOfTheDayBelongsToTheDateNamedWithIt() {
        // the night towards a date is the night of the day before; the date is an expression of its own
        check(
            "In ⟦der Nacht⟧TIME zum ⟦23. Dezember 2021⟧DATE soll er geflohen sein.", .german,
            values: ["2021-12-22TNI", "2021-12-23"])
        check(
            "Am ⟦12. Juni⟧DATE kam es am ⟦Nachmittag⟧TIME zu einem Stromausfall.", .german,
            values: ["2024-06-12", "2024-06-12TAF"])
    }

    func testGermanParticipleAdjectivesRoadsAndTelephoneNumbers() {
        // `ausgewählten` is no preterite: the present `läuft` looks ahead
        check("Der Film läuft ab ⟦Donnerstag⟧DATE in ausgewählten Kinos.", .german, values: ["2024-06-20"])
        check("Die K 2015 bleibt bis ⟦Freitag⟧DATE gesperrt.", .german, values: ["2024-06-21"])
        check("Erreichbar unter 0711 8990-1234.", .german, values: [])
        // (a range of years keeps its second year)
        XCTAssertEqual(expressions("Von 1990-1995 lebte er in Bonn.", .german).map(\.value), ["1990", "1995"])
    }

    func testSoonLooksAheadUnlessAConjunctionOrAStoryHasIt() {
        check("Prosecutors may ⟦soon⟧DATE seek an indictment.", .english, values: ["FUTURE_REF"])
        check("He left as soon as he could; the trickle soon became a flood.", .english, values: [])
    }

    func testMeasuresReportingPeriodsAndClockMinutesThatCountANoun() {
        check("The Fed raised its rate a quarter point.", .english, values: [])
        // the end of a reporting period is no day the story tells of: a part of the day after it is today's
        check(
            "Profit rose in ⟦the three months⟧DURATION ended ⟦Dec. 31⟧DATE. Shares rose in ⟦morning⟧TIME trade.",
            .english, values: ["P3M", "2023-12-31", "2024-06-19TMO"])
        check("⟦Heute⟧DATE ab ⟦20 Uhr⟧TIME zwölf Männer.", .german, values: ["2024-06-19", "2024-06-19T20:00"])
        check("Um ⟦acht Uhr zwanzig⟧TIME ging es los.", .german, values: ["2024-06-19T08:20"])
    }

    func testRegionalHolidaysAndTheNoughties() {
        check("Am ⟦Stefanitag⟧DATE kam es zu einem Unfall.", .german, values: ["2023-12-26"])
        check("Zu ⟦Ferragosto⟧DATE fahren alle ans Meer.", .german, values: ["2024-08-15"])
        check("In ⟦den Nullerjahren⟧DATE boomte die Branche.", .german, values: ["200"])
    }

    func testTheWeekOfADayOfTheMonth() {
        check("We are away ⟦the week of the 24th⟧DATE.", .english, values: ["2024-W26"])
        // and a half of a fiscal year, as a quarter of one; a quarter by its months
        check("For ⟦the first half of fiscal 1990⟧DATE, profit rose.", .english, values: ["1990-H1"])
        check("Sales rose in ⟦the April-June period⟧DATE.", .english, values: ["2024-Q2"])
    }

    func testAnAbbreviatedWeekdayTakesItsModifierAndPartOfTheDay() {
        // as the full name does (`next saturday` to an assistant is the one of next week)
        check("⟦next saturday⟧DATE", .english, values: ["2024-06-29"], mode: .colloquial)
        check("⟦next sat⟧DATE", .english, values: ["2024-06-29"], mode: .colloquial)
        check("⟦mon morning⟧TIME", .english, values: ["2024-06-24TMO"], mode: .colloquial)
        check("lunch on ⟦wed⟧DATE", .english, values: ["2024-06-26"], mode: .colloquial)
        check("⟦nächsten Mo⟧DATE", .german, values: ["2024-06-24"], mode: .colloquial)
        // a verb in news still is one
        check("The panel sat ⟦last night⟧TIME.", .english, values: ["2024-06-18TNI"])
    }

    func testAHolidayGivesItsDayToAClockTimeAfterIt() {
        check(
            "Am ⟦Heiligen Abend⟧DATE ist die Kirche um ⟦23 Uhr⟧TIME geöffnet.", .german,
            values: ["2024-12-24", "2024-12-24T23:00"])
        check(
            "On ⟦Christmas Eve⟧DATE the church opens at ⟦11 p.m.⟧TIME", .english,
            values: ["2024-12-24", "2024-12-24T23:00"])
    }

    func testAPriceForEachNightIsNoTime() {
        check("Das Zimmer kostet 89 Euro pro Nacht.", .german, values: [])
        check("The room costs $89 a night.", .english, values: [])
        check("Es regnete die ganze ⟦Nacht⟧TIME.", .german, values: ["2024-06-19TNI"])
    }

    func testMayAfterAnotherMonthAndAConjunctionIsTheMonth() {
        check("Prices rose between ⟦March⟧DATE and ⟦May⟧DATE.", .english, values: ["2024-03", "2024-05"])
        check("Sales fell in ⟦April⟧DATE or ⟦May⟧DATE, as they may again.", .english, values: ["2024-04", "2024-05"])
    }

    func testADateAFigureIsComparedWithIsNoStart() {
        let compared = expressions("Sales rose 4 percent from September and were up from last year.", .english)
        XCTAssertEqual(compared.map(\.mod), [nil, nil])
        XCTAssertEqual(expressions("The plant will run from May.", .english).map(\.mod), ["AFTER"])
    }

    func testTheseDaysAndEarlierInTheYear() {
        check("Few people buy records ⟦these days⟧DATE.", .english, values: ["PRESENT_REF"])
        check("In these days of cheap money, risk grows.", .english, values: [])
        check("The harvest was delayed ⟦earlier in the year⟧DATE.", .english, values: ["2024"])
        check("She will speak ⟦later in the month⟧DATE.", .english, values: ["2024-06"])
    }

    func testAListingItemsDayHoldsForBothEndsOfItsHours() {
        check(
            "Am ⟦Freitag, 5. Juli⟧DATE, von ⟦18⟧TIME bis ⟦22 Uhr⟧TIME ist Markt.", .german,
            values: ["2024-07-05", "2024-07-05T18:00", "2024-07-05T22:00"])
        // the Austrian abbreviation of Jänner, and Advent Sundays counted in digits
        check(
            "Das Konzert wird am ⟦6. Jän.⟧DATE um ⟦17 Uhr⟧TIME stattfinden.", .german,
            values: ["2025-01-06", "2025-01-06T17:00"])
        check("Am ⟦3. Adventsonntag⟧DATE singt der Chor.", .german, values: ["2024-12-15"])
    }

    func testMidnightAheadAndEndAsAVerb() {
        // midnight not told in the past is the coming one; told in the past, the one that began the day
        check("Results are expected by ⟦midnight⟧TIME.", .english, values: ["2024-06-20T00:00"])
        check("The polls closed at ⟦midnight⟧TIME.", .english, values: ["2024-06-19T00:00"])
        // `end` after a modal or `to` is the verb, not the end of the week
        check("The search would end ⟦this week⟧DATE.", .english, values: ["2024-W25"])
    }

    func testDecadeNounsSeasonsOfTwoDigitYearsAndMixedNumbers() {
        // a decade as a noun after its article
        check(
            "⟦Ende der Achtziger⟧DATE zog sie nach Hamburg; die ⟦Siebziger⟧DATE waren laut.", .german,
            values: ["198", "197"])
        check("Die Zwanziger Bande kam.", .german, values: [])
        // a season and a two-digit year (German, or after an apostrophe), not a count
        check("Im ⟦Herbst 89⟧DATE gingen sie auf die Straße.", .german, values: ["1989-FA"])
        check("In ⟦summer '89⟧DATE we left.", .english, values: ["1989-SU"])
        check("Im ⟦Sommer⟧DATE waren es 30 Grad.", .german, values: ["2023-SU"])
        // the fraction of a price quoted in eighths is no month and day, its whole number no hour
        check(
            "The stock was quoted at 41 7/8 at ⟦4 p.m.⟧TIME; Lehman traded at 12 5/8 at ⟦noon⟧TIME.", .english,
            values: ["2024-06-19T16:00", "2024-06-19T12:00"])
        check("The vote is on ⟦7/8⟧DATE.", .english, values: ["2024-07-08"])
    }

    func testAnAssistantsClockTimeAfterItsDateAndComma() {
        check(
            "⟦Freitag, 22.2⟧DATE., ⟦19 Uhr⟧TIME", .german, values: ["2013-02-22", "2013-02-22T19:00"],
            reference: ReferenceTime(iso: "2013-02-12T04:30")!, mode: .colloquial)
    }

    func testAConjunctionBeforeAVerbOpensAClauseWithATenseOfItsOwn() {
        check(
            "The envoy flew to Rome on ⟦Monday⟧DATE and will meet the pope on ⟦Saturday⟧DATE.", .english,
            values: ["2024-06-17", "2024-06-22"])
        check(
            "Rebels shelled the port on ⟦Tuesday⟧DATE and are expected to attack again on ⟦Sunday⟧DATE.", .english,
            values: ["2024-06-18", "2024-06-23"])
    }

    func testHundredsInWordsAndASeasonInAName() {
        check(
            "The abbey stood for ⟦two hundred years⟧DURATION and was built ⟦five hundred years ago⟧DATE.", .english,
            values: ["P200Y", "1524"])
        check("The Winter Olympics were a success.", .english, values: [])
    }

    func testTheUnitBeforeAPeriodNamedInTheSentence() {
        check(
            "Die Preise stiegen im ⟦März⟧DATE um 0,6 Prozent gegenüber ⟦dem Vormonat⟧DATE.", .german,
            values: ["2024-03", "2024-02"])
        check(
            "⟦2021⟧DATE stieg der Umsatz gegenüber ⟦dem Vorjahr⟧DATE; im ⟦Vormonat⟧DATE fiel er.", .german,
            values: ["2021", "2020", "2024-05"])
    }

    func testHoursCountedInHAndAustrianFeastNames() {
        check(
            "⟦in 2h⟧TIME", .german, values: ["2013-02-12T06:30"], reference: ReferenceTime(iso: "2013-02-12T04:30")!,
            mode: .colloquial)
        check("Das Fest dauert ⟦2 h⟧DURATION und endet spät.", .german, values: ["PT2H"])
        check("Zu ⟦Dreikönig⟧DATE kommen die Sternsinger.", .german, values: ["2025-01-06"])
        check("Am ⟦Staatsfeiertag⟧DATE bleibt das Amt zu.", .german, values: ["2025-05-01"])
    }

    func testADayWordEndingANameIsNone() {
        check("She told USA Today that the plan failed; this is VOA Today.", .english, values: [])
        check("⟦Today⟧DATE, hundreds came to the square.", .english, values: ["2024-06-19"])
    }
}
