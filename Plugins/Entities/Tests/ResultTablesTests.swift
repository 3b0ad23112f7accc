import XCTest
@testable import LoupeEntities
import LoupeCore

/// Teams named by their towns in results lines (`ResultTables`), on lines written for these tests.
final class ResultTablesTests: XCTestCase {
    /// Relabels the places given (token ranges of one whitespace-tokenised line) and returns each
    /// entity as `text=LABEL`.
    func relabel(_ line: String, places: [Range<Int>], others: [(Range<Int>, NERLabel)] = []) -> [String] {
        let entities = (places.map { ($0, NERLabel.loc) } + others).sorted { $0.0.lowerBound < $1.0.lowerBound }
        let line0 = 0..<line.split(separator: " ").count
        return relabelled(line, entities) { found, text in
            ResultTables.apply(found, shape: { ResultTables.shape(text($0).utf8) }, text: text, sentences: [line0])
        }
    }

    func testTownsOpeningAResultAreTeams() {
        XCTAssertEqual(
            relabel("Hove : Lancashire 201 , Yorkshire 97-4 .", places: [0..<1, 2..<3, 5..<6]),
            ["Hove=LOC", "Lancashire=ORG", "Yorkshire=ORG"])
        XCTAssertEqual(
            relabel("NEW ORLEANS 5 Denver 3", places: [0..<2, 3..<4]), ["NEW ORLEANS=ORG", "Denver=ORG"])
        // a standings row: the place before its counts
        XCTAssertEqual(relabel("Rostock 12 7 3 2 24", places: [0..<1]), ["Rostock=ORG"])
        // a person keeps their label (golf, bowling figures)
        XCTAssertEqual(
            relabel("Ernie Els 66 , Dortmund 2", places: [4..<5], others: [(0..<2, .per)]),
            ["Ernie Els=PER", "Dortmund=ORG"])
    }

    func testTeamsPairedBeforeOneScoreAreTeams() {
        XCTAssertEqual(
            relabel("Talberg - Oberhain 2:1 ( 1:0 ) , Kassel - Spanien 0:0", places: [0..<1, 2..<3, 8..<9, 10..<11]),
            ["Talberg=ORG", "Oberhain=ORG", "Kassel=ORG", "Spanien=LOC"])
        // a dash with no score after the second name
        XCTAssertEqual(
            relabel("Talberg - Oberhain , 2:1 3:0", places: [0..<1, 2..<3]), ["Talberg=LOC", "Oberhain=LOC"])
    }

    func testAMentionRunOverAScoreIsSplit() {
        // the team and its score, two teams and a score between them
        XCTAssertEqual(relabel("Tulsa 71 , Dayton 64", places: [0..<2, 3..<4]), ["Tulsa=ORG", "Dayton=ORG"])
        XCTAssertEqual(relabel("OMAHA 3 Fresno 2", places: [0..<3]), ["OMAHA=ORG", "Fresno=ORG"])
        // a person keeps their label, only the figures go
        XCTAssertEqual(
            relabel("J. Okafor 4-21 , T. Bell 3-40", places: [], others: [(0..<3, .per), (4..<7, .per)]),
            ["J. Okafor=PER", "T. Bell=PER"])
        // running text is no results line: a name with a number stays whole
        XCTAssertEqual(
            relabel("the Boeing 747 landed in Oslo at 9", places: [5..<6], others: [(1..<3, .oth)]),
            ["Boeing 747=OTH", "Oslo=LOC"])
    }

    func testCountriesStayPlaces() {
        XCTAssertEqual(relabel("Portugal 3 Wales 1", places: [0..<1, 2..<3]), ["Portugal=LOC", "Wales=LOC"])
        XCTAssertEqual(
            relabel("Österreich 2 Norwegen 2", places: [0..<1, 2..<3]), ["Österreich=LOC", "Norwegen=LOC"])
    }

    func testNoResultsLineNoChange() {
        // running text has words in lower case
        XCTAssertEqual(
            relabel("Essex beat Kent by 4 wickets and 12 runs", places: [0..<1, 2..<3]), ["Essex=LOC", "Kent=LOC"])
        // a place before a year or a postcode, or inside brackets
        XCTAssertEqual(relabel("Leipzig 1998 , Bd. 2", places: [0..<1]), ["Leipzig=LOC"])
        XCTAssertEqual(
            relabel("Tulsa , Oklahoma 74103 ( 918 )", places: [0..<1, 2..<3]), ["Tulsa=LOC", "Oklahoma=LOC"])
        XCTAssertEqual(relabel("B. Ramsay 40 ( Perth 3 )", places: [4..<5]), ["Perth=LOC"])
    }

    func testShapes() {
        XCTAssertEqual(ResultTables.shape("108-3".utf8), .number)
        XCTAssertEqual(ResultTables.shape(".452".utf8), .number)
        XCTAssertEqual(ResultTables.shape("1996".utf8), .year)
        XCTAssertEqual(ResultTables.shape("Über".utf8), .capitalised)
        XCTAssertEqual(ResultTables.shape("über".utf8), .lowercase)
        XCTAssertEqual(ResultTables.shape("3rd".utf8), .other)
    }

    /// The analyzer applies it to what the shipped model tags: a place in a results line is the
    /// team, the same place in running text stays a place.
    func testAnalyzerRelabelsTeamsInAResultsLine() throws {
        let (results, resultsText) = try entities("Leeds 0 Chelsea 3\n", language: .english)
        let labels = results.mentions.map { "\(resultsText.string(for: $0.span))=\($0.label)" }
        XCTAssertTrue(labels.contains("Leeds=ORG"), "\(labels)")
        let (prose, proseText) = try entities("Leeds is a city in Yorkshire .\n", language: .english)
        let proseLabels = prose.mentions.map { "\(proseText.string(for: $0.span))=\($0.label)" }
        XCTAssertTrue(proseLabels.contains("Leeds=LOC"), "\(proseLabels)")
    }
}
