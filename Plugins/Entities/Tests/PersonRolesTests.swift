import XCTest
@testable import LoupeEntities
import LoupeCore

/// A name after a word for a person's office or role (`PersonRoles`), on sentences written for
/// these tests.
final class PersonRolesTests: XCTestCase {
    func relabel(_ line: String, _ language: Language, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in PersonRoles.apply(found, language: language, text: text) }
    }

    func testANameAfterARoleIsAPerson() {
        XCTAssertEqual(
            relabel(
                "Das kündigte Wirtschaftsministerin Katherina Reiche an , Verbandspräsident Markus Staudt schwieg",
                .german, [(3..<5, .loc), (8..<10, .org)]),
            ["Katherina Reiche=PER", "Markus Staudt=PER"])
        XCTAssertEqual(
            relabel("Governor Andrew Bailey spoke", .english, [(1..<3, .loc)]), ["Andrew Bailey=PER"])
    }

    func testGenitivesAcronymsAndVerbsAreNoRoles() {
        XCTAssertEqual(
            relabel("Ministerpräsident Bayerns und Präsident FIFA", .german, [(1..<2, .loc), (4..<5, .org)]),
            ["Bayerns=LOC", "FIFA=ORG"])
        // `miss` is a verb, lower-case
        XCTAssertEqual(relabel("they will miss England 's captain", .english, [(3..<4, .loc)]), ["England=LOC"])
    }
}
