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
        var tokens: [String] = [], ranges: [Range<Int>] = []
        for line in lines {
            let words = line.split(separator: " ").map(String.init)
            ranges.append(tokens.count..<tokens.count + words.count)
            tokens += words
        }
        let view = DocumentRules.Tokens(
            count: tokens.count, language: language, lines: ranges, text: { tokens[$0] }, spaceBefore: { _ in true },
            capitalised: { tokens[$0].first?.isUppercase == true }, lowercase: { _ in false },
            key: { DocumentRules.key(tokens[$0]) }, shape: { ResultTables.shape(tokens[$0].utf8) },
            firstName: { firstNames.contains(tokens[$0]) })
        return Greetings.apply(entities.map { (tokens: $0.0, label: $0.1) }, view).map {
            "\(tokens[$0.tokens].joined(separator: " "))=\($0.label)"
        }
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
