import XCTest
@testable import LoupeEntities
import LoupeCore

/// Firms named by founders joined with an ampersand (`AmpersandNames`), on sentences written for these tests.
final class AmpersandNamesTests: XCTestCase {
    func relabel(_ line: String, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            AmpersandNames.apply(
                found, tokenCount: line.split(separator: " ").count, key: { DocumentRules.key(text($0)) }, text: text)
        }
    }

    func testFoundersJoinedByAnAmpersandAreOneFirm() {
        XCTAssertEqual(
            relabel(
                "Analysts at Hale & Brandt Co said Marks & Spencer rose",
                [(2..<3, .per), (4..<5, .per), (7..<8, .per), (9..<10, .loc)]),
            ["Hale & Brandt Co=ORG", "Marks & Spencer=ORG"])
        // a name the tagger joined over the ampersand keeps its span, an organisation
        XCTAssertEqual(
            relabel("pupils of The Royal Marlow School & Arts College met", [(2..<9, .oth)]),
            ["The Royal Marlow School & Arts College=ORG"])
        // places on both sides: one place
        XCTAssertEqual(
            relabel("flights to Trinidad & Tobago resumed", [(2..<3, .loc), (4..<5, .loc)]), ["Trinidad & Tobago=LOC"])
    }

    func testNothingTaggedOrNoWordsAroundItStaysAsItWas() {
        // neither side tagged; a sign between numbers
        XCTAssertEqual(relabel("Salt & Pepper sold 3 & 4 units", [(7..<8, .oth)]), ["units=OTH"])
    }
}
