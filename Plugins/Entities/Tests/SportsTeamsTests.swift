import XCTest
@testable import LoupeEntities
import LoupeCore

/// Teams named by their towns in the sentences of a sports report (`SportsTeams`), on sentences
/// written for these tests.
final class SportsTeamsTests: XCTestCase {
    func relabel(_ line: String, places: [Range<Int>]) -> [String] {
        relabelled(line, places.map { ($0, NERLabel.loc) }) { found, text in
            SportsTeams.apply(
                found, tokenCount: line.split(separator: " ").count, key: { DocumentRules.key(text($0)) }, text: text)
        }
    }

    func testATownThatWinsOrIsPlayedAgainstIsATeam() {
        XCTAssertEqual(
            relabel(
                "Lancaster beat Dorset by an innings . Dorset lost three wickets in Lancaster on Friday .",
                places: [0..<1, 2..<3, 7..<8, 12..<13]),
            ["Lancaster=ORG", "Dorset=ORG", "Dorset=ORG", "Lancaster=LOC"])
        XCTAssertEqual(
            relabel(
                "Im Spiel gegen Rostock fiel der Ausgleich erst nach der Halbzeit . In Rostock regnete es .",
                places: [3..<4, 13..<14]),
            ["Rostock=ORG", "Rostock=LOC"])
        // a German team's coach after its genitive, and a verb before its subject
        XCTAssertEqual(
            relabel(
                "Dresdens Trainer war nach dem Abpfiff geknickt . Danach siegte Wolfsburg mit einem späten Siegtreffer .",
                places: [0..<1, 10..<11]),
            ["Dresdens=ORG", "Wolfsburg=ORG"])
        // a country is its national team's name
        XCTAssertEqual(
            relabel("The striker scored twice against Brazil in the league .", places: [5..<6]), ["Brazil=LOC"])
        // a team listed with a team
        XCTAssertEqual(
            relabel(
                "title rivals Kent , Dorset and Essex closed in on the championship after halftime .",
                places: [2..<3, 4..<5, 6..<7]),
            ["Kent=ORG", "Dorset=ORG", "Essex=ORG"])
    }

    func testOutsideSportTheWordsChangeNothing() {
        XCTAssertEqual(
            relabel("Protesters marched against Moscow and its allies .", places: [3..<4]), ["Moscow=LOC"])
    }
}
