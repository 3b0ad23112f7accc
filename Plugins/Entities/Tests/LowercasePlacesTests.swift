import XCTest
@testable import LoupeEntities
import LoupeCore

/// Places written in lower case (`LowercasePlaces`), on sentences written for these tests.
final class LowercasePlacesTests: XCTestCase {
    func relabel(_ line: String, _ language: Language, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            LowercasePlaces.apply(
                found, language: language, tokenCount: line.split(separator: " ").count,
                lowercase: { text($0).first?.isLowercase == true }, text: text)
        }
    }

    func testALowerCaseCountryOrStateIsAPlace() {
        XCTAssertEqual(
            relabel("we drove from peru to nevada with Ana", .english, [(7..<8, .per)]),
            ["peru=LOC", "nevada=LOC", "Ana=PER"])
    }

    func testCommonWordsShortNamesAndGermanAreLeftAlone() {
        XCTAssertEqual(
            relabel("a turkey and fine china for us in the uk", .english, []), [String]())
        XCTAssertEqual(relabel("nach peru", .german, []), [String]())
        // a capitalised name is the tagger's to find
        XCTAssertEqual(relabel("flights to Peru", .english, []), [String]())
    }
}
