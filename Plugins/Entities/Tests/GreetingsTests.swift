import XCTest
@testable import LoupeEntities
import LoupeCore

/// The reader a letter or an e-mail greets (`Greetings`), on lines written for these tests.
final class GreetingsTests: XCTestCase {
    /// Runs the rule on lines of whitespace-separated tokens; `firstNames`: the words the name lists hold.
    func greeted(
        _ lines: [String], _ language: Language, firstNames: Set<String>, _ entities: [(Range<Int>, NERLabel)] = []
    )
        -> [String]
    {
        ruled(lines, language, entities, firstNames: firstNames, by: Greetings.apply)
    }

    func testTheReaderGreetedIsAPerson() {
        XCTAssertEqual(
            greeted(
                ["Dear Ola Brandt ,", "I attach the file .", "Corinna ,", "thanks ."], .english, firstNames: ["Corinna"]
            ),
            ["Ola Brandt=PER", "Corinna=PER"])
        XCTAssertEqual(greeted(["Liebe Ines ,", "bis morgen ."], .german, firstNames: []), ["Ines=PER"])
    }

    func testGroupsGreetingWordsAndWordsThatAreNoFirstNames() {
        XCTAssertEqual(
            greeted(["Dear All ,", "Hi ,", "However ,", "Hi there ,"], .english, firstNames: ["Hi"]), [])
        // a name the tagger found stays as it found it
        XCTAssertEqual(greeted(["Dear Kalo ,"], .english, firstNames: [], [(1..<2, .org)]), ["Kalo=ORG"])
    }
}
