import XCTest
@testable import LoupeEntities
import LoupeCore

/// American places written with their state (`StateCodes`), on sentences written for these tests.
final class StateCodesTests: XCTestCase {
    func relabel(_ line: String, _ language: Language, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            StateCodes.apply(
                found, language: language, tokenCount: line.split(separator: " ").count,
                key: { DocumentRules.key(text($0)) }, capitalised: { text($0).first?.isUppercase == true })
        }
    }

    func testAStateCodeAfterAPlace() {
        // the place found or not, or taken for a one-word person, and the state
        XCTAssertEqual(
            relabel("We met in Dover , DE and later in Salem , OR 97301 .", .english, [(3..<4, .loc)]),
            ["Dover=LOC", "DE=LOC", "Salem=LOC", "OR=LOC"])
        XCTAssertEqual(
            relabel("The shop in Carver , MN closed .", .english, [(3..<4, .per)]), ["Carver=LOC", "MN=LOC"])
        XCTAssertEqual(
            relabel("Offices in Reno , Nev. and Austin , Tex.", .english, []),
            ["Reno=LOC", "Nev.=LOC", "Austin=LOC", "Tex.=LOC"])
    }

    func testADegreeAfterAPersonAndOtherLanguages() {
        XCTAssertEqual(
            relabel("Ask Jane Holt , MD , about it .", .english, [(1..<3, .per)]), ["Jane Holt=PER"])
        XCTAssertEqual(relabel("In Bonn , NE sagte er .", .german, [(1..<2, .loc)]), ["Bonn=LOC"])
        // an untagged place of two words is not cut to one
        XCTAssertEqual(relabel("Offices in San Mateo , CA opened .", .english, []), [])
        // lower case before the comma is no place
        XCTAssertEqual(relabel("we went there , OR not .", .english, []), [])
    }
}
