import XCTest
@testable import LoupeEntities
import LoupeCore

/// Organisations known by name (`KnownOrganisations`), on sentences written for these tests.
final class KnownOrganisationsTests: XCTestCase {
    func relabel(_ line: String, _ language: Language, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            KnownOrganisations.apply(
                found, language: language, tokenCount: line.split(separator: " ").count,
                key: { DocumentRules.key(text($0)) })
        }
    }

    func testAKnownNameIsFoundAndRelabelled() {
        // found where the tagger left it, the longest name first; relabelled where it called it a place
        XCTAssertEqual(
            relabel(
                "Laut ZDF und IG Metall hat Lena Ohm die Deutsche Welle verlassen .", .german,
                [(6..<8, .per), (9..<11, .loc)]),
            ["ZDF=ORG", "IG Metall=ORG", "Lena Ohm=PER", "Deutsche Welle=ORG"])
        // a mention that holds a known name and more keeps its own span and label
        XCTAssertEqual(
            relabel("Die Deutsche Bank AG meldet Gewinne .", .german, [(1..<4, .oth)]), ["Deutsche Bank AG=OTH"])
    }

    /// Coordinated names never merge: a mention of known names joined by `und`/`and` is each of them.
    func testJoinedKnownNamesAreEachAnOrganisation() {
        XCTAssertEqual(
            relabel("Siemens und Bosch bauen ab .", .german, [(0..<3, .oth)]), ["Siemens=ORG", "Bosch=ORG"])
        XCTAssertEqual(
            relabel("Siemens und Kalo bauen ab .", .german, [(0..<3, .oth)]), ["Siemens und Kalo=OTH"])
    }

    func testOnlyAsWrittenAndOnlyInGerman() {
        // case matters (`zdf` is no name), a common noun is no name (`die Bahn`), each language has its own list
        XCTAssertEqual(relabel("Er schrieb zdf und fuhr mit der Bahn .", .german, []), [])
        XCTAssertEqual(relabel("The ZDF report aired .", .english, []), [])
        XCTAssertEqual(
            relabel("Shares of Samsung and the World Bank rose .", .english, []), ["Samsung=ORG", "World Bank=ORG"])
        XCTAssertEqual(relabel("Die Allianz der Staaten hält .", .german, []), [])
    }
}
