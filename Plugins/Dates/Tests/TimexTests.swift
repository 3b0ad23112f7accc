import XCTest
import LoupeCore
@testable import LoupeDates

final class TimexTests: DatesTestCase {
    func testValidatorAcceptsTimex3Values() {
        for (v, t) in [
            ("2024-06-18", TimexType.date), ("2024-W24", .date), ("2024-W24-WE", .date), ("2024-05", .date),
            ("2023", .date),
            ("199", .date), ("19", .date), ("2024-SU", .date), ("2024-Q2", .date), ("2024-H1", .date),
            ("PAST_REF", .date),
            ("2024-06-18T14:30", .time), ("2024-06-18T14:30:05", .time), ("2024-06-18TEV", .time), ("P9M", .duration),
            ("PT2H30M", .duration), ("P25Y", .duration), ("PXY", .duration), ("P1.5W", .duration), ("XXXX-WXX-1", .set),
            ("P1D", .set), ("XXXX-XX-XXTMO", .set), ("XXXX-06", .set),
        ] {
            XCTAssertTrue(Timex.isValid(v, type: t), "\(v) should be valid \(t)")
        }
    }

    func testValidatorRejectsMalformedValues() {
        for (v, t) in [
            ("2024-13", TimexType.date), ("2023-02-29", .date), ("2024-W54", .date), ("2024-Q5", .date),
            ("24-06-18", .date),
            ("2024-06-18T25:00", .time), ("2024-06T10:00", .time), ("P", .duration), ("PT", .duration),
            ("P2H", .duration),
            ("P1M2Y", .duration), ("9M", .duration), ("NOW", .date), ("2024-XX", .duration),
        ] {
            XCTAssertFalse(Timex.isValid(v, type: t), "\(v) should be invalid \(t)")
        }
    }

    /// Every value (and range end) the analyzer emits on a varied text is valid TIMEX3.
    func testEveryEmittedValueIsValid() {
        let german = """
            Am Dienstag und Mittwoch wird er reisen. Gestern sagte sie, letzte Woche sei alles ruhig gewesen. Vor drei Tagen, am 3.5.,
            kam er um 14:30 Uhr an und blieb zwei Stunden. Jeden Montag und täglich um 9 Uhr. Im Sommer 2023, im dritten Quartal,
            in den 1990er Jahren, Anfang Juni, Ende des Jahres, vom 19. bis 20. Juni, zwischen 2019 und 2021, Ostern, Pfingsten,
            Weihnachten 2024, Jom Kippur, Ramadan 2025, fast ein Vierteljahrhundert, heute Abend, morgen früh, nächstes Jahr, derzeit.
            """
        let english = """
            Last Tuesday and next Friday. Three days ago at 3pm; in two weeks; every week; daily; the 1990s; early March; end of the year;
            from 9:30 to 11:00 on Thursday; between 2019 and 2021; Christmas 2024; Thanksgiving; Easter Monday; two and a half hours;
            this evening; the week of October 7th; the first Monday of March 2025; Q3 2024; last summer; currently; in the future.
            Third-quarter profit fell from the year-ago period; a year earlier; the coming weeks; nineteen ninety-six; at ten to eight;
            twelve-oh-three; Diwali 2019; two-year talks; fiscal 1989; the latest quarter; 2014/15; two years hence; 23rd to 26th Oct.
            """
        let german2 = """
            Am 1. September 1939 um 4:45 Uhr begann der Krieg. Zwei Tage später, am selben Tag, am Tag darauf, im Folgejahr, zu
            Jahresende, heuer, im Vorjahr, jahrelang, im einwöchigen Kurs der 24-Jährigen, am Mittwochabend, pro Monat, Jahr um Jahr,
            in den neunziger Jahren, im Winter 1939/1940, um zehn vor acht, um fünf nach halb drei, des neuen Jahres, am gleichen Abend.
            """
        var count = 0
        let modes: [DatesMode] = [.news, .narrative, .colloquial]
        for (text, language) in [(german, Language.german), (english, .english), (german2, .german)] {
            for e in modes.flatMap({ expressions(text, language, mode: $0) }) {
                count += 1
                XCTAssertTrue(Timex.isValid(e.value, type: e.type), "\(e.value) (\(e.type))")
                if let r = e.range {
                    XCTAssertTrue(Timex.isValid(r.begin, type: .date) || Timex.isValid(r.begin, type: .time), r.begin)
                    XCTAssertTrue(Timex.isValid(r.end, type: .date) || Timex.isValid(r.end, type: .time), r.end)
                }
            }
        }
        XCTAssertGreaterThan(count, 150)
    }

    func testCalendarArithmetic() {
        XCTAssertEqual(CivilCalendar.civil(CivilCalendar.dayNumber(2024, 2, 29)).day, 29)
        XCTAssertEqual(CivilCalendar.weekday(CivilCalendar.dayNumber(2024, 6, 18)), 2)
        XCTAssertEqual(CivilCalendar.isoWeek(CivilCalendar.dayNumber(2024, 6, 18)).week, 25)
        XCTAssertEqual(CivilCalendar.isoWeek(CivilCalendar.dayNumber(2021, 1, 3)).year, 2020)
        XCTAssertEqual(Moment(dayNumber: CivilCalendar.easter(2024)).timex, "2024-03-31")
        XCTAssertEqual(Moment(dayNumber: CivilCalendar.orthodoxEaster(2024)).timex, "2024-05-05")
    }
}
