import XCTest
@testable import LoupeEntities
import LoupeCore

/// Contests and holidays named after a name (`EventNames`), on sentences written for these tests.
final class EventNamesTests: XCTestCase {
    func relabel(_ line: String, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            EventNames.apply(found, language: .english, tokenCount: line.split(separator: " ").count, text: text)
        }
    }

    func testAPlaceBeforeAContestWordNamesTheContest() {
        XCTAssertEqual(
            relabel("she won the Quebec Open and the Lima Games", [(3..<4, .loc), (7..<8, .loc)]),
            ["Quebec Open=OTH", "Lima Games=OTH"])
        XCTAssertEqual(relabel("OSLO GRAND PRIX RESULTS", [(0..<1, .loc)]), ["OSLO GRAND PRIX=OTH"])
        // the tagger's own mention ending in the word, a mention after it joining, a holiday
        XCTAssertEqual(
            relabel(
                "after the Tarvo Classic , the Perth Open Tennis Championships and Anzac Day",
                [(2..<4, .loc), (6..<7, .loc), (7..<10, .oth), (11..<13, .org)]),
            ["Tarvo Classic=OTH", "Perth Open Tennis Championships=OTH", "Anzac Day=OTH"])
    }

    func testAStormIsNoPerson() {
        XCTAssertEqual(
            relabel(
                "Hurricane Nessa hit Tampa . Then Nessa weakened , and Tropical Storm Oren formed near Ida Holt",
                [(1..<2, .per), (3..<4, .loc), (6..<7, .per), (12..<13, .per), (15..<17, .per)]),
            ["Hurricane Nessa=OTH", "Tampa=LOC", "Nessa=OTH", "Tropical Storm Oren=OTH", "Ida Holt=PER"])
        // the tagger's mention may hold the word already
        XCTAssertEqual(relabel("Typhoon Kalo struck", [(0..<2, .per)]), ["Typhoon Kalo=OTH"])
    }

    func testCompaniesAndPeopleKeepTheirNames() {
        // a company's name may end in Games; a person's name may end in Day
        XCTAssertEqual(
            relabel("Arcline Games hired Doris Day", [(0..<1, .org), (3..<4, .per)]), ["Arcline=ORG", "Doris=PER"])
        XCTAssertEqual(relabel("Rio Games", [(0..<2, .org)]), ["Rio Games=ORG"])
        // lower case is no contest word
        XCTAssertEqual(relabel("the Boston open air concert", [(1..<2, .loc)]), ["Boston=LOC"])
    }
}
