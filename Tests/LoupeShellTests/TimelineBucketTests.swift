@testable import LoupeBatch
import XCTest

/// Where the corpus report puts a date value on its timeline (ISO weeks checked against a calendar).
final class TimelineBucketTests: XCTestCase {
    func testDaysTimesAndMonthsGoToTheirMonth() {
        XCTAssertEqual(TimelineBucket.of("2024-06-18"), "2024-06")
        XCTAssertEqual(TimelineBucket.of("2024-06-18T10:00"), "2024-06")
        XCTAssertEqual(TimelineBucket.of("2023-09"), "2023-09")
    }

    func testAWeekGoesToTheMonthOfItsThursday() {
        XCTAssertEqual(TimelineBucket.of("2024-W26"), "2024-06")  // 24–30 June
        XCTAssertEqual(TimelineBucket.of("2024-W24-WE"), "2024-06")
        XCTAssertEqual(TimelineBucket.of("2025-W01"), "2025-01")  // Mon 30 Dec 2024, Thu 2 Jan 2025
        XCTAssertEqual(TimelineBucket.of("2024-W05"), "2024-02")  // Mon 29 Jan, Thu 1 Feb
        XCTAssertEqual(TimelineBucket.of("2020-W53"), "2020-12")  // 2020 has 53 weeks
        XCTAssertEqual(TimelineBucket.of("2021-W53"), "2021")  // 2021 has 52: no such week, so the year
        XCTAssertEqual(TimelineBucket.of("1998-WXX"), "1998")
    }

    func testValuesNoFinerThanAYearGoToTheYear() {
        for value in ["2019", "2024-Q3", "2024-H1", "2023-SU", "2024-XX"] {
            XCTAssertEqual(TimelineBucket.of(value), String(value.prefix(4)), value)
        }
    }

    func testValuesOffTheCalendarHaveNoPlace() {
        for value in ["PRESENT_REF", "XXXX-06", "XXXX-WXX-1", "197X", "P3D", "+2024", ""] {
            XCTAssertNil(TimelineBucket.of(value), value)
        }
    }
}
