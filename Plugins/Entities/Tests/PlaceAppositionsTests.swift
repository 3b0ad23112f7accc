import XCTest
@testable import LoupeEntities
import LoupeCore

/// A name the text calls a place (`PlaceAppositions`), on sentences written for these tests.
final class PlaceAppositionsTests: XCTestCase {
    func relabel(_ line: String, _ language: Language, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            PlaceAppositions.apply(
                found, language: language, tokenCount: line.split(separator: " ").count,
                key: { DocumentRules.key(text($0)) }, text: text)
        }
    }

    /// Issue 15: `Nahalal` was a person.
    func testAnAppositionThatNamesAPlace() {
        XCTAssertEqual(
            relabel(
                "The attack hit Nahalal , a village in northern Israel .", .english, [(3..<4, .per), (9..<10, .loc)]),
            ["Nahalal=LOC", "Israel=LOC"])
        XCTAssertEqual(
            relabel("They flew to Mazar , a small town near the border .", .english, [(3..<4, .per)]), ["Mazar=LOC"])
        XCTAssertEqual(
            relabel("Der Angriff traf Nahalal , ein Dorf im Norden Israels .", .german, [(3..<4, .per)]),
            ["Nahalal=LOC"])
    }

    func testAPlaceNounBeforeTheName() {
        XCTAssertEqual(
            relabel("Rockets fell on the town of Sderot on Monday .", .english, [(6..<7, .per)]), ["Sderot=LOC"])
        XCTAssertEqual(relabel("Raketen trafen die Stadt Sderot am Montag .", .german, [(4..<5, .org)]), ["Sderot=LOC"])
    }

    /// A place noun with `called`, `named`, `namens`; the description settles every mention taken for a person.
    func testAPlaceCalledByName() {
        XCTAssertEqual(
            relabel(
                "Why is the town called Tarvano ? Tarvano was founded in 1888 by Tarvano Smith .", .english,
                [(5..<6, .per), (7..<8, .per), (13..<15, .per)]),
            ["Tarvano=LOC", "Tarvano=LOC", "Tarvano Smith=PER"])
        XCTAssertEqual(
            relabel("There are many cities named Orvelle .", .english, [(5..<6, .per)]), ["Orvelle=LOC"])
        XCTAssertEqual(
            relabel(
                "Sie zog in eine Stadt namens Orvelle . Orvelle hat 900 Einwohner .", .german,
                [(6..<7, .per), (8..<9, .per)]),
            ["Orvelle=LOC", "Orvelle=LOC"])
        // a person called by name stays a person
        XCTAssertEqual(
            relabel("A man called Orvelle said no .", .english, [(3..<4, .per)]), ["Orvelle=PER"])
    }

    /// English puts no person right after `in`; German does (`in Hitler einen Verbündeten sehen`).
    func testANameRightAfterIn() {
        XCTAssertEqual(relabel("They live in Keene now .", .english, [(3..<4, .per)]), ["Keene=LOC"])
        XCTAssertEqual(relabel("in Holt 's view it failed .", .english, [(1..<2, .per)]), ["Holt=PER"])
        XCTAssertEqual(relabel("Sie sahen in Holt einen Freund .", .german, [(3..<4, .per)]), ["Holt=PER"])
    }

    /// English writes compounds apart: a city councillor is a person.
    func testAPersonDescribedByACompoundStaysAPerson() {
        XCTAssertEqual(
            relabel("Jane Roe , a city councillor , said no .", .english, [(0..<2, .per)]), ["Jane Roe=PER"])
        XCTAssertEqual(
            relabel("Tom Weiss , a village elder , agreed .", .english, [(0..<2, .per)]), ["Tom Weiss=PER"])
    }
}
