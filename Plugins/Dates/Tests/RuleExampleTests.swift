import XCTest
import LoupeCore
@testable import LoupeDates

/// Every typed part of the grammar (`Grammar.Part`) and every way parts combine carries its own
/// examples, in German and English: each example, alone, is one expression with the given value.
/// Reference: Wednesday 19 June 2024, 12:00; news mode unless a row says otherwise.
final class RuleExampleTests: DatesTestCase {
    struct Example {
        var language: Language
        var text: String
        var value: String
        var mode: DatesMode = .news
    }

    static func de(_ text: String, _ value: String, _ mode: DatesMode = .news) -> Example {
        Example(language: .german, text: text, value: value, mode: mode)
    }
    static func en(_ text: String, _ value: String, _ mode: DatesMode = .news) -> Example {
        Example(language: .english, text: text, value: value, mode: mode)
    }

    static let parts: [Grammar.Part: [Example]] = [
        .weekOf: [
            de("die Woche vom 7. Oktober", "2024-W41"), en("the week of October 7th", "2024-W41"),
            // a day without its month: of this month
            de("die Woche vom 24.", "2024-W26"), en("the week of the 24th", "2024-W26"),
        ],
        .holiday: [de("Pfingstmontag 2025", "2025-06-09"), en("Thanksgiving 2023", "2023-11-23")],
        .boundary: [de("Ende März", "2024-03"), en("early April 2023", "2023-04")],
        .nthInMonth: [
            de("letzter Montag im März 2025", "2025-03-31"), en("the first Monday of October 2024", "2024-10-07"),
            // weeks: the first is the one containing the 1st; the last is the last whole week (Aug 19–25, 2024)
            de("die erste Woche im Juli 2025", "2025-W27"), en("the last week of August 2024", "2024-W34"),
            // from the end, and in a year
            de("der zweite Tag im März 2025", "2025-03-02"), en("the second last Friday of May 2025", "2025-05-23"),
            en("the third last week of 2025", "2025-W50"), en("the last day of 2023", "2023-12-31"),
            // weekends: the first whose Saturday, the last whose Sunday lies in the month
            de("das letzte Wochenende im Oktober 2024", "2024-W43-WE"),
            en("the first weekend of March 2025", "2025-W09-WE"),
            // weekdays counted from a date
            de("der erste Montag nach Ostern 2025", "2025-04-21"),
            en("the second Sunday before Christmas 2024", "2024-12-15"),
            // the last one before a date is the first counted back from it (Easter 2025: 20 April)
            de("der letzte Freitag vor Ostern 2025", "2025-04-18"),
            en("the last Sunday before Easter 2025", "2025-04-13"),
            // a month's week or weekend in one German word; `im Monat` as `des Monats`
            de("die erste Märzwoche 2025", "2025-W09"), de("das letzte Juniwochenende 2025", "2025-W26-WE"),
            de("der letzte Sonntag im Monat", "2024-06-30"),
        ],
        .relativeWithModifier: [
            de("nächste Woche", "2024-W26"), en("last month", "2024-05"),
            // the one after next, the one before last: German with its own articles
            de("die Woche nach der nächsten", "2024-W27"), de("die Woche vor der letzten", "2024-W23"),
            de("vorvorletztes Jahr", "2021"), de("die überübernächste Woche", "2024-W28"),
            en("the week after next", "2024-W27"),
        ],
        .quarter: [de("das dritte Quartal 2023", "2023-Q3"), en("Q2 2025", "2025-Q2")],
        .reportedQuarter: [de("im Vorjahresquartal", "2023-Q1"), en("the year-ago quarter", "2023-Q1")],
        .numericDate: [de("24.12.2023", "2023-12-24"), en("2023-11-05", "2023-11-05")],
        .dayMonth: [de("3. Oktober 1990", "1990-10-03"), en("15 February 2022", "2022-02-15")],
        .monthDay: [en("March 3, 2015", "2015-03-03"), de("Juli 2020", "2020-07")],
        .referenceClock: [
            de("morgen zur gleichen Zeit", "2024-06-20T12:00"), en("this time tomorrow", "2024-06-20T12:00"),
        ],
        .timeOfDay: [de("um 14:30 Uhr", "2024-06-19T14:30"), en("at 3pm", "2024-06-19T15:00")],
        .shift: [de("vor drei Tagen", "2024-06-16"), en("in two weeks", "2024-07-03")],
        .relativeDay: [de("übermorgen", "2024-06-21"), en("yesterday", "2024-06-18")],
        .partOfDay: [de("heute Abend", "2024-06-19TEV"), en("tonight", "2024-06-19TNI")],
        .weekday: [de("Freitag", "2024-06-21"), en("Thursday", "2024-06-20")],
        .season: [de("Sommer 2023", "2023-SU"), en("winter 2022", "2022-WI"), de("die Wintermonate 2022", "2022-WI")],
        .decade: [de("die 1990er Jahre", "199"), en("the 1980s", "198")],
        .year: [de("im Jahr 2012", "2012"), en("in 1998", "1998")],
    ]

    /// How parts combine into whole expressions (GrammarTop).
    static let combinations: [String: [Example]] = [
        "compound": [de("Freitag, 21. Juni 2024", "2024-06-21"), en("Friday, June 21, 2024", "2024-06-21")],
        "interval": [
            de("vom 3. bis 5. Juli", "2024-07-03", .colloquial), en("from May 3 to 5, 2025", "2025-05-03", .colloquial),
        ],
        // after one time but before another: the interval between them, with the day named at either side
        "afterButBefore": [
            de("am Freitag nach 8:15 aber vor 10:00", "2024-06-21T08:15", .colloquial),
            en("after 1:45 pm but before 4 pm on Monday", "2024-06-24T13:45", .colloquial),
        ],
        "span": [de("die nächsten drei Wochen", "P3W"), en("the past 2 days", "P2D")],
        "set": [de("jeden Montag", "XXXX-WXX-1"), en("every week", "P1W")],
        "duration": [de("zweieinhalb Stunden", "PT2H30M"), en("three months", "P3M")],
        "reference": [de("derzeit", "PRESENT_REF"), en("in the future", "FUTURE_REF")],
        "clockInWords": [de("um zehn vor acht", "2024-06-19T07:50"), en("at twenty past seven", "2024-06-19T07:20")],
        "slashYears": [de("1939/1940", "1939", .colloquial), en("2014/15", "2014", .colloquial)],
        "anchoredShift": [de("zwei Tage später", "2024-06-21"), en("a year earlier", "2023")],
        "oneWordRelative": [de("Vorjahr", "2023"), en("year-earlier", "2023-Q1")],
    ]

    func run(_ name: String, _ examples: [Example]) {
        XCTAssertTrue(
            Set(examples.map(\.language)) == [.german, .english],
            "\(name): examples in German and English")
        for e in examples {
            let document = Document(text: e.text, language: e.language, reference: Self.reference)
            let found = DatesAnalyzer.expressions(
                in: document, reference: Self.reference, language: e.language, mode: e.mode)
            XCTAssertEqual(found.map(\.value), [e.value], "\(name): \(e.text)")
        }
    }

    func testEveryPartHasExamplesThatHold() {
        for part in Grammar.Part.allCases {
            let examples = Self.parts[part] ?? []
            XCTAssertFalse(examples.isEmpty, "\(part) has no examples")
            run("\(part)", examples)
        }
    }

    func testEveryCombinationHasExamplesThatHold() {
        for (name, examples) in Self.combinations.sorted(by: { $0.key < $1.key }) { run(name, examples) }
    }
}
