import XCTest
@testable import LoupeEntities
import LoupeCore

/// Abbreviations introduced in brackets after a name (`BracketedAbbreviations`), on sentences
/// written for these tests.
final class BracketedAbbreviationsTests: XCTestCase {
    func relabel(_ line: String, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            BracketedAbbreviations.apply(found, tokenCount: line.split(separator: " ").count, text: text)
        }
    }

    func testTheAbbreviationTakesTheNamesLabel() {
        XCTAssertEqual(
            relabel(
                "der Verband Hessischer Imker ( VHI ) und die Norder Werft AG ( NWAG ) klagen",
                [(1..<4, .org), (9..<12, .org), (13..<14, .per)]),
            ["Verband Hessischer Imker=ORG", "VHI=ORG", "Norder Werft AG=ORG", "NWAG=ORG"])
    }

    func testPeopleAndOtherBracketsAreLeftAlone() {
        // a person's party, a word in brackets, a single-word name
        XCTAssertEqual(
            relabel("Bürgermeisterin Ana Roth ( SPD ) sagte", [(1..<3, .per), (4..<5, .org)]),
            ["Ana Roth=PER", "SPD=ORG"])
        XCTAssertEqual(
            relabel("die Norder Werft ( Emden ) und Kiel ( KSV )", [(1..<3, .org), (4..<5, .loc), (7..<8, .loc)]),
            ["Norder Werft=ORG", "Emden=LOC", "Kiel=LOC"])
    }
}
