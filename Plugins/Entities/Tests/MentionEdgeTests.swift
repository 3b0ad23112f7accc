import XCTest
import LoupeCore
@testable import LoupeEntities

/// Mention edges, independent of the model: the ranges a model might give are cleaned the same way.
final class MentionEdgeTests: XCTestCase {
    /// The mention texts after trimming, for the token ranges given by their first and last word.
    func trimmed(_ text: String, _ language: Language, _ mentions: [(String, String, NERLabel)]) -> [String] {
        let document = Document(text: text, language: language)
        let words = document.tokens.indices.map { document.string(for: document.tokens[$0]) }
        let found = mentions.map { (first, last, label) -> (tokens: Range<Int>, label: NERLabel) in
            let a = words.firstIndex(of: first)!, b = words[a...].firstIndex(of: last)!
            return (a..<b + 1, label)
        }
        return MentionEdges.apply(found) { words[$0] }.map { e in
            "\(e.label) "
                + document.string(
                    for: Span(
                        document.tokens[e.tokens.lowerBound].span.start,
                        document.tokens[e.tokens.upperBound - 1].span.end))
        }
    }

    func testQuotationMarksAreNeverPartOfAName() {
        XCTAssertEqual(trimmed("Er sagte: \" Biden kommt.", .german, [("\"", "Biden", .per)]), ["PER Biden"])
        XCTAssertEqual(trimmed("The paper „Rodong Sinmun“ wrote.", .english, [("„", "“", .org)]), ["ORG Rodong Sinmun"])
    }

    func testANameMayEndInAnExclamationMark() {
        XCTAssertEqual(trimmed("Sie arbeitet bei Yahoo ! in Berlin.", .german, [("Yahoo", "!", .org)]), ["ORG Yahoo !"])
        XCTAssertEqual(trimmed("He met Biden , then left.", .english, [("Biden", ",", .per)]), ["PER Biden"])
    }

    func testTitlesStayOutOfPersonNames() {
        // the title's period a token of its own
        XCTAssertEqual(trimmed("We met Mrs . Parker there.", .english, [("Mrs", "Parker", .per)]), ["PER Parker"])
        XCTAssertEqual(
            trimmed("Mr Evans met President Lula.", .english, [("Mr", "Evans", .per), ("President", "Lula", .per)]),
            ["PER Evans", "PER Lula"])
        XCTAssertEqual(
            trimmed(
                "Gestern sprach Präsident Macron mit Frau Baerbock.", .german,
                [("Präsident", "Macron", .per), ("Frau", "Baerbock", .per)]), ["PER Macron", "PER Baerbock"])
        // a form of address makes a person of what the tagger called otherwise; `Kollege` is a title too
        XCTAssertEqual(
            trimmed(
                "Mrs Jane Holt (Con) asked, and Herr Kollege Brandt replied.", .english,
                [("Mrs", "Holt", .oth), ("Herr", "Brandt", .per)]), ["PER Jane Holt", "PER Brandt"])
        XCTAssertEqual(trimmed("Sir Alex Dunn spoke.", .english, [("Sir", "Dunn", .loc)]), ["PER Alex Dunn"])
        // a role alone is no person; an organisation keeps its words
        XCTAssertEqual(
            trimmed(
                "Thank you, Madam President, said the U.S. President to the Minister of Health.", .english,
                [("Madam", "President", .per), ("U.S.", "President", .per), ("Minister", "Health", .org)]),
            ["ORG Minister of Health"])
    }

    func testADayOfTheWeekAfterAPrepositionEndsNoName() {
        XCTAssertEqual(
            trimmed("Senate Democrats on Tuesday blocked it.", .english, [("Senate", "Tuesday", .org)]),
            ["ORG Senate Democrats"])
        XCTAssertEqual(
            trimmed("Die Grünen am Montag stimmten zu.", .german, [("Grünen", "Montag", .org)]), ["ORG Grünen"])
        // a name that is a day of the week after a capitalised word stays (`Ruby Tuesday`)
        XCTAssertEqual(
            trimmed("They ate at Ruby Tuesday.", .english, [("Ruby", "Tuesday", .org)]), ["ORG Ruby Tuesday"])
    }

    func testAGermanPossessiveOpensNoName() {
        // a description, not a name; a title of a work (OTH) may open with one
        XCTAssertEqual(
            trimmed(
                "Herr Merz, Ihre Partei hat 16 Jahre regiert, und Unsere 50er Jahre lief im ZDF.", .german,
                [("Ihre", "Partei", .org), ("Unsere", "Jahre", .oth), ("ZDF", "ZDF", .org)]),
            ["OTH Unsere 50er Jahre", "ORG ZDF"])
    }

    func testAnAbbreviationOfACommonNounIsNoName() {
        XCTAssertEqual(
            trimmed(
                "The RFP went to the CEO of Vantor Labs.", .english,
                [("RFP", "RFP", .org), ("CEO", "CEO", .org), ("Vantor", "Labs", .org)]),
            ["ORG Vantor Labs"])
        // nor is a day of the week (`Sun` may be a newspaper)
        XCTAssertEqual(
            trimmed("Open Fri and Sun until 8.", .english, [("Fri", "Fri", .loc), ("Sun", "Sun", .org)]), ["ORG Sun"])
        // a currency is kept (GermEval marks it), and so is an abbreviation inside a longer name
        XCTAssertEqual(
            trimmed(
                "Der Verlust lag bei 5 Mio EUR, sagte die Holt AG.", .german,
                [("EUR", "EUR", .oth), ("Holt", "AG", .org)]),
            ["OTH EUR", "ORG Holt AG"])
    }

    func testAJoinedMentionSplitsEvenInAQuotedTwiceText() {
        // the model's slip "Putin Nordkorea" appears as often as the text is repeated; both parts are named
        // on their own at least as often, so it splits; "Wladimir Putin" does not ("Wladimir" is never alone)
        let once = "Putin will Putin Nordkorea zeigen. Nordkorea wartet auf Wladimir Putin. "
        let document = Document(text: once + once, language: .german)
        let words = document.tokens.indices.map { document.string(for: document.tokens[$0]) }
        var found: [(tokens: Range<Int>, label: NERLabel)] = []
        var i = 0
        while i < words.count {
            switch words[i] {
            case "Putin" where words[i + 1] == "Nordkorea": found.append((i..<i + 2, .per)); i += 2
            case "Wladimir": found.append((i..<i + 2, .per)); i += 2
            case "Putin": found.append((i..<i + 1, .per)); i += 1
            case "Nordkorea": found.append((i..<i + 1, .loc)); i += 1
            default: i += 1
            }
        }
        let out = JoinedNames.split(found) { words[$0] }.map { e in
            "\(e.label) " + e.tokens.map { words[$0] }.joined(separator: " ")
        }
        XCTAssertEqual(
            out,
            Array(
                repeating: ["PER Putin", "PER Putin", "LOC Nordkorea", "LOC Nordkorea", "PER Wladimir Putin"], count: 2
            ).flatMap { $0 })
    }

    func testAQuotedDisplayNameSurnameFirstIsOnePerson() {
        // an e-mail header: the tagger saw two people, or a given name as a place
        let line = "From : \" Harlow , Jenna \" < jenna@example.org > To : \" Okafor , Ben \" cc Lisa"
        let words = line.split(separator: " ").map(String.init)
        func at(_ word: String) -> Int { words.firstIndex(of: word)! }
        let found: [(tokens: Range<Int>, label: NERLabel)] = [
            (at("Harlow")..<at("Harlow") + 1, .per), (at("Jenna")..<at("Jenna") + 1, .per),
            (at("Okafor")..<at("Okafor") + 1, .per), (at("Ben")..<at("Ben") + 1, .loc),
            (at("Lisa")..<at("Lisa") + 1, .per),
        ]
        let out = JoinedNames.quotedDisplayNames(found, text: { words[$0] }, tokenCount: words.count).map { e in
            "\(e.label) " + e.tokens.map { words[$0] }.joined(separator: " ")
        }
        XCTAssertEqual(out, ["PER Harlow , Jenna", "PER Okafor , Ben", "PER Lisa"])
        // two places in marks, or a list that goes on, stay as they are
        let places = "Sie nannte \" Berlin , Paris \" und \" Rom , Wien , Prag \" ."
        let placeWords = places.split(separator: " ").map(String.init)
        let cities: [(tokens: Range<Int>, label: NERLabel)] = [3, 5, 9, 11, 13].map { ($0..<$0 + 1, .loc) }
        XCTAssertEqual(
            JoinedNames.quotedDisplayNames(cities, text: { placeWords[$0] }, tokenCount: placeWords.count).map(
                \.tokens),
            cities.map(\.tokens))
    }
}
