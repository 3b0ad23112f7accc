import XCTest
import LoupeCore
@testable import LoupeDates

/// The Hindu lunisolar calendar: the astronomy against known instants, and the feasts against
/// dates published in Indian calendars (New Delhi, government holiday lists, 2017–2025).
final class HinduCalendarTests: DatesTestCase {
    /// Days since the epoch for a UTC instant.
    private func instant(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Double {
        Double(CivilCalendar.dayNumber(y, m, d)) + (Double(h) + Double(min) / 60) / 24
    }

    func testNewMoonsWithinAnHour() {
        // Published new-moon instants (UTC).
        let known = [
            instant(2000, 1, 6, 18, 14), instant(2017, 10, 19, 19, 12), instant(2018, 11, 7, 16, 2),
            instant(2019, 10, 28, 3, 38), instant(2020, 11, 15, 5, 7), instant(2021, 11, 4, 21, 14),
            instant(2022, 10, 25, 10, 49), instant(2023, 11, 13, 9, 27), instant(2024, 4, 8, 18, 21),
        ]
        for t in known {
            let found = HinduCalendar.newMoon(near: t + 3)
            XCTAssertEqual(found, t, accuracy: 1.0 / 24, "new moon \(Moment(dayNumber: Int(t)).timex)")
        }
    }

    func testSunLongitudeAtEquinoxAndSolstice() {
        // March equinox 2024-03-20 03:06 UTC, June solstice 2023-06-21 14:57 UTC.
        var equinox = HinduCalendar.sunLongitude(instant(2024, 3, 20, 3, 6))
        if equinox > 180 { equinox -= 360 }
        XCTAssertEqual(equinox, 0, accuracy: 0.02)
        XCTAssertEqual(HinduCalendar.sunLongitude(instant(2023, 6, 21, 14, 57)), 90, accuracy: 0.02)
    }

    func testTithisAndMonths() {
        // Diwali 2023: amāvasyā from 12 Nov 14:44 IST to 13 Nov 14:56 IST.
        XCTAssertEqual(HinduCalendar.tithi(instant(2023, 11, 12, 12, 0)), 30)
        XCTAssertEqual(HinduCalendar.tithi(instant(2023, 11, 12, 8, 0)), 29)
        // 2023 had an adhika Śrāvaṇa, from the new moon of 17 July 18:32 UTC to that of 16 August 09:38 UTC;
        // the lunations from the one in progress on 1 June (Jyeṣṭha, from 19 May).
        let months = HinduCalendar.months(
            from: CivilCalendar.dayNumber(2023, 6, 1), to: CivilCalendar.dayNumber(2023, 10, 1))
        let names = months.map { "\($0.month)\($0.adhika ? "a" : "")" }
        XCTAssertEqual(names, ["3", "4", "5a", "5", "6"])
        XCTAssertEqual(months[2].start, instant(2023, 7, 17, 18, 32), accuracy: 1.0 / 24)
        XCTAssertEqual(months[2].end, instant(2023, 8, 16, 9, 38), accuracy: 1.0 / 24)
    }

    /// Feast name → published dates. Where calendars disagree (smārta/vaiṣṇava, two days of a
    /// tithi) the date of the government list or of most calendars is given.
    static let known: [(name: String, dates: [String])] = [
        (
            "Diwali",
            [
                "2017-10-19", "2018-11-07", "2019-10-27", "2020-11-14", "2021-11-04", "2022-10-24", "2023-11-12",
                "2025-10-20",
            ]
        ),
        (
            "Holi",
            [
                "2017-03-13", "2018-03-02", "2019-03-21", "2020-03-10", "2021-03-29", "2022-03-18", "2023-03-08",
                "2024-03-25", "2025-03-14",
            ]
        ),
        ("Holika Dahan", ["2019-03-20", "2020-03-09", "2021-03-28", "2022-03-17", "2024-03-24", "2025-03-13"]),
        ("Dhanteras", ["2017-10-17", "2018-11-05", "2019-10-25", "2021-11-02", "2023-11-10"]),
        ("Naraka Chaturdashi", ["2017-10-18", "2018-11-06", "2021-11-03", "2023-11-11"]),
        (
            "Govardhan Puja",
            ["2017-10-20", "2018-11-08", "2019-10-28", "2020-11-15", "2021-11-05", "2022-10-26", "2023-11-14"]
        ),
        ("Bhai Dooj", ["2017-10-21", "2018-11-09", "2019-10-29", "2020-11-16", "2021-11-06", "2023-11-15"]),
        ("Chhath", ["2017-10-26", "2018-11-13", "2019-11-02", "2020-11-20", "2021-11-10", "2022-10-30", "2023-11-19"]),
        (
            "Karva Chauth",
            ["2017-10-08", "2018-10-27", "2019-10-17", "2020-11-04", "2021-10-24", "2022-10-13", "2023-11-01"]
        ),
        (
            "Dussehra",
            ["2017-09-30", "2018-10-19", "2019-10-08", "2020-10-25", "2021-10-15", "2022-10-05", "2023-10-24"]
        ),
        (
            "Navaratri",
            ["2017-09-21", "2018-10-10", "2019-09-29", "2020-10-17", "2021-10-07", "2022-09-26", "2023-10-15"]
        ),
        (
            "Valmiki Jayanti",
            ["2017-10-05", "2018-10-24", "2019-10-13", "2020-10-31", "2021-10-20", "2022-10-09", "2023-10-28"]
        ),
        (
            "Ganesh Chaturthi",
            ["2017-08-25", "2018-09-13", "2019-09-02", "2020-08-22", "2021-09-10", "2022-08-31", "2023-09-19"]
        ),
        (
            "Raksha Bandhan",
            ["2017-08-07", "2018-08-26", "2019-08-15", "2020-08-03", "2021-08-22", "2022-08-11", "2023-08-30"]
        ),
        ("Janmashtami", ["2019-08-24", "2020-08-12", "2021-08-30", "2022-08-19", "2023-09-07"]),
        (
            "Maha Shivaratri",
            [
                "2017-02-24", "2018-02-13", "2019-03-04", "2020-02-21", "2021-03-11", "2022-03-01", "2023-02-18",
                "2024-03-08",
            ]
        ),
        ("Ram Navami", ["2018-03-25", "2020-04-02", "2021-04-21", "2022-04-10", "2023-03-30", "2024-04-17"]),
        (
            "Ugadi",
            [
                "2017-03-28", "2018-03-18", "2019-04-06", "2020-03-25", "2021-04-13", "2022-04-02", "2023-03-22",
                "2024-04-09",
            ]
        ),
        (
            "Vasant Panchami",
            ["2017-02-01", "2018-01-22", "2019-02-10", "2021-02-16", "2022-02-05", "2023-01-26", "2024-02-14"]
        ),
        (
            "Guru Purnima",
            ["2017-07-09", "2018-07-27", "2019-07-16", "2020-07-05", "2021-07-24", "2022-07-13", "2023-07-03"]
        ),
        (
            "Buddha Purnima",
            ["2017-05-10", "2018-04-30", "2019-05-18", "2020-05-07", "2021-05-26", "2022-05-16", "2023-05-05"]
        ),
        (
            "Mahavir Jayanti",
            ["2017-04-09", "2018-03-29", "2019-04-17", "2020-04-06", "2021-04-25", "2022-04-14", "2023-04-04"]
        ),
        ("Hanuman Jayanti", ["2018-03-31", "2019-04-19", "2020-04-08", "2021-04-27", "2022-04-16", "2023-04-06"]),
        (
            "Akshaya Tritiya",
            ["2017-04-28", "2018-04-18", "2019-05-07", "2020-04-26", "2021-05-14", "2022-05-03", "2023-04-22"]
        ),
        (
            "Guru Nanak Jayanti",
            ["2017-11-04", "2018-11-23", "2019-11-12", "2020-11-30", "2021-11-19", "2022-11-08", "2023-11-27"]
        ),
        (
            "Guru Gobind Singh Jayanti",
            ["2014-01-07", "2017-01-05", "2019-01-13", "2020-01-02", "2021-01-20", "2022-01-09", "2024-01-17"]
        ),
        ("Sharad Purnima", ["2019-10-13", "2021-10-19", "2022-10-09", "2023-10-28"]),
    ]

    /// Published dates written down after the rules were fixed on `known` (2014–2016, 2024–2025),
    /// never used to choose the rules.
    static let heldOut: [(name: String, dates: [String])] = [
        ("Diwali", ["2014-10-23", "2015-11-11", "2016-10-30", "2024-10-31"]),
        ("Holi", ["2014-03-17", "2015-03-06", "2016-03-24"]),
        ("Dussehra", ["2014-10-03", "2015-10-22", "2016-10-11", "2024-10-12", "2025-10-02"]),
        ("Raksha Bandhan", ["2015-08-29", "2016-08-18", "2024-08-19", "2025-08-09"]),
        ("Ganesh Chaturthi", ["2015-09-17", "2016-09-05", "2024-09-07", "2025-08-27"]),
        ("Janmashtami", ["2016-08-25", "2024-08-26", "2025-08-16"]),
        ("Maha Shivaratri", ["2015-02-17", "2016-03-07", "2025-02-26"]),
        ("Navaratri", ["2016-10-01", "2024-10-03", "2025-09-22"]),
        ("Karva Chauth", ["2016-10-19", "2024-10-20", "2025-10-10"]),
        ("Dhanteras", ["2016-10-28", "2024-10-29", "2025-10-18"]),
        ("Govardhan Puja", ["2024-11-02", "2025-10-22"]),
        ("Bhai Dooj", ["2024-11-03", "2025-10-23"]),
        ("Chhath", ["2024-11-07", "2025-10-27"]),
        ("Guru Nanak Jayanti", ["2024-11-15", "2025-11-05"]),
        ("Sharad Purnima", ["2024-10-16"]),
        ("Valmiki Jayanti", ["2024-10-17"]),
        ("Guru Purnima", ["2024-07-21", "2025-07-10"]),
        ("Buddha Purnima", ["2024-05-23", "2025-05-12"]),
        ("Akshaya Tritiya", ["2024-05-10", "2025-04-30"]),
        ("Mahavir Jayanti", ["2024-04-21", "2025-04-10"]),
        ("Hanuman Jayanti", ["2024-04-23", "2025-04-12"]),
        ("Ugadi", ["2025-03-30"]),
        ("Ram Navami", ["2025-04-06"]),
        ("Vasant Panchami", ["2025-02-02"]),
    ]

    /// Known misses, with the date the rules give (see docs/dates.md). Dhanteras 2016: trayodaśī
    /// touched the pradoṣa of both 27 and 28 October; the rules take the first, calendars the
    /// second (it lasted 40 minutes past sunset on the 28th; Diwali 2025's amāvasyā only 8).
    static let knownMisses: [String: String] = ["Dhanteras 2016-10-28": "2016-10-27"]

    func testKnownFestivalDates() {
        var right = 0, total = 0
        var misses: [String: String] = [:]
        for (name, dates) in Self.known + Self.heldOut {
            guard let holiday = Holiday.table.first(where: { $0.holiday.name == name })?.holiday else {
                XCTFail("no holiday \(name)"); continue
            }
            for date in dates {
                total += 1
                let year = Int(date.prefix(4))!
                let got = holiday.firstDay(in: year).map { Moment(dayNumber: $0).timex } ?? "none"
                if got == date { right += 1 } else { misses["\(name) \(date)"] = got }
            }
        }
        print("Hindu feasts: \(right)/\(total) known dates right; misses: \(misses.sorted { $0.key < $1.key })")
        XCTAssertEqual(misses, Self.knownMisses)
    }

    func testFeastPhrases() {
        let ref = ReferenceTime(iso: "2013-02-12T04:30")!
        check(
            "⟦Diwali 2019⟧DATE and ⟦Dhanteras 2019⟧DATE", .english, values: ["2019-10-27", "2019-10-25"],
            reference: ref, mode: .colloquial)
        check(
            "⟦karva chauth 2018⟧DATE, ⟦chhoti holi 2019⟧DATE, ⟦phagwah 2019⟧DATE", .english,
            values: ["2018-10-27", "2019-03-20", "2019-03-21"], reference: ref, mode: .colloquial)
        check(
            "⟦ugadi 2018⟧DATE, ⟦chaitra sukladi 2018⟧DATE, ⟦basant panchami 2019⟧DATE", .english,
            values: ["2018-03-18", "2018-03-18", "2019-02-10"], reference: ref, mode: .colloquial)
        check(
            "⟦dala puja 2019⟧DATE und ⟦Valmiki Jayanti 2019⟧DATE", .german, values: ["2019-11-02", "2019-10-13"],
            reference: ref, mode: .colloquial)
        // Without a year: the next one from the reference.
        check("Happy ⟦Diwali⟧DATE!", .english, values: ["2013-11-03"], reference: ref, mode: .colloquial)
    }
}
