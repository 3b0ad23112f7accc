import Foundation
import LoupeKit
import LoupeTestSupport
import XCTest
@testable import LoupeSentiment

final class SentimentLexiconTests: XCTestCase {
    func temporaryFile(_ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "loupe-sentiment-\(UUID().uuidString).tsv")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    func testThreeFormats() throws {
        let file = try LexiconFile.parse(
            """
            # comment
            Wunderwerk\t3
            bliss\t2.7\t0.64\t[3, 2, 3, 3, 2, 3, 3, 3, 2, 3]
            Abbau|NN\t-0.058\tAbbaus,Abbaues
            kiss of death\t-1.5
            """, path: "x.tsv")
        XCTAssertEqual(file.lines.map(\.word), ["Wunderwerk", "bliss", "Abbau", "kiss of death"])
        XCTAssertEqual(file.lines[2].valence, -0.232, accuracy: 1e-9)
        XCTAssertEqual(file.lines[2].forms, ["Abbaus", "Abbaues"])
        XCTAssertEqual(file.lines[2].tag, "NN")
    }

    func testBadLinesNameFileAndLine() {
        XCTAssertThrowsError(try LexiconFile.parse("gut\t1\nschlecht -2\n", path: "mine.tsv")) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E601")
            XCTAssertTrue("\(error)".contains("mine.tsv:2"), "\(error)")
        }
        XCTAssertThrowsError(try LexiconFile.parse("gut\tsehr\n", path: "mine.tsv")) { error in
            XCTAssertTrue("\(error)".contains("mine.tsv:1") && "\(error)".contains("not a number"))
        }
        XCTAssertThrowsError(try LexiconFile.parse("gut\t7\n", path: "mine.tsv"))
        XCTAssertThrowsError(try LexiconFile.parse("Gut|ADJX\t3\n", path: "mine.tsv"))
    }

    func testUserLexiconAddsToAndReplacesTheBuiltIn() throws {
        let path = try temporaryFile("Zwiebelkuchen\t3\n")
        let text = "Es gab Zwiebelkuchen und ein gutes Gespräch."
        func score(_ options: [String: String]) throws -> (Double, SentimentLayer.Explanation?) {
            let document = Document(text: text, language: .german)
            var scoped = AnalyzerOptions(["sentiment.explain": "1"])
            for (key, value) in options { scoped["sentiment.\(key)"] = value }
            try Loupe.registry.run(["sentiment"], on: document, options: scoped)
            let layer = try XCTUnwrap(document.layer(SentimentLayer.self, named: "sentiment"))
            return (layer.score, layer.explanation)
        }
        let builtIn = try score([:])
        let added = try score(["lexicon": path])
        XCTAssertGreaterThan(added.0, builtIn.0)
        XCTAssertEqual(added.1?.words.count, 2)
        let replaced = try score(["lexicon": path, "replace": "true"])
        XCTAssertEqual(replaced.1?.words.count, 1, "only the user's word is left")
        XCTAssertThrowsError(try score(["lexicon": "/no/such/lexicon.tsv"])) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E101")
        }
        // A file that is no lexicon (a password file given by mistake): named, never printed.
        let secret = try temporaryFile("root:$6$SeCrEt:19000:0:99999:7:::\n")
        XCTAssertThrowsError(try score(["lexicon": secret])) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E601")
            XCTAssertFalse("\(error)".contains("SeCrEt"), "\(error)")
        }
        // A declarative lexicon plugin is an analyzer of its own: refused with what to do instead.
        let yaml = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-tone-\(UUID().uuidString).yaml")
        try "name: tone\nkind: sentiment-lexicon\nentries:\n  Zwiebelkuchen: 3\n".write(
            to: yaml, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: yaml) }
        XCTAssertThrowsError(try score(["lexicon": yaml.path])) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E608")
            XCTAssertTrue("\(error)".contains("plugin load"), "\(error)")
        }
    }

    func testCaseFoldingKeys() {
        XCTAssertEqual(TokenKey.hash("ÜBEL", folding: .all), TokenKey.hash("übel", folding: .all))
        XCTAssertEqual(TokenKey.hash("don’t", folding: .all), TokenKey.hash("don't", folding: .all))
        XCTAssertNotEqual(TokenKey.hash("gut", folding: .all), TokenKey.hash("gute", folding: .all))
    }
}
