import XCTest
@testable import LoupeEntities
import LoupeCore

/// German genitives of names (`Genitives`), on sentences written for these tests.
final class GenitivesTests: XCTestCase {
    func relabel(_ line: String, _ language: Language, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in Genitives.apply(found, language: language, text: text) }
    }

    func testAGenitiveTakesItsNamesLabel() {
        XCTAssertEqual(
            relabel(
                "Irina Woltschek kam aus Kassel . Woltscheks Bruder blieb in Kassels Altstadt", .german,
                [(0..<2, .per), (4..<5, .loc), (6..<7, .loc), (10..<11, .per)]),
            ["Irina Woltschek=PER", "Kassel=LOC", "Woltscheks=PER", "Kassels=LOC"])
        // -es after a name ending in a consonant
        XCTAssertEqual(
            relabel("der Bund tagte , des Bundes Sprecher", .german, [(1..<2, .org), (5..<6, .loc)]),
            ["Bund=ORG", "Bundes=ORG"])
    }

    func testNoNameNoChange() {
        // a word in -s with no name behind it, a tie, English
        XCTAssertEqual(relabel("Lindholms Rede", .german, [(0..<1, .loc)]), ["Lindholms=LOC"])
        XCTAssertEqual(
            relabel("Paris und Paris und Pariss", .german, [(0..<1, .loc), (2..<3, .per), (4..<5, .org)]),
            ["Paris=LOC", "Paris=PER", "Pariss=ORG"])
        XCTAssertEqual(
            relabel("Ann Moss met Mosss", .english, [(0..<2, .per), (3..<4, .loc)]), ["Ann Moss=PER", "Mosss=LOC"])
    }
}
