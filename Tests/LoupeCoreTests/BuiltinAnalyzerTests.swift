import LoupeCore
import XCTest

final class BuiltinAnalyzerTests: XCTestCase {
    let registry = AnalyzerRegistry(CoreAnalyzers.all)

    func testStatsCountsAndLeavesOutStopWords() throws {
        let document = Document(text: "Der Hund bellt. Der Hund schläft, und die Katze schläft auch.")
        try registry.run(["stats"], on: document)
        let stats = try XCTUnwrap(document.layer(StatsLayer.self, named: "stats"))
        XCTAssertEqual(stats.sentences, 2)
        XCTAssertEqual(stats.words, 11)
        XCTAssertEqual(stats.tokens, 14)
        XCTAssertEqual(stats.types, 8)
        XCTAssertEqual(stats.topWords.first?.word, "Hund")
        XCTAssertEqual(stats.topWords.first?.count, 2)
        XCTAssertFalse(stats.topWords.contains { ["der", "die", "und", "auch"].contains($0.word.lowercased()) })
    }

    func testKwicFindsWordsAndPrefixes() throws {
        let document = Document(text: "Putin kam. Putins Besuch war kurz. Ein Putsch nicht.")
        try registry.run(["kwic"], on: document, options: AnalyzerOptions(["kwic.word": "putin*", "kwic.width": "8"]))
        let layer = try XCTUnwrap(document.layer(KwicLayer.self, named: "kwic"))
        XCTAssertEqual(layer.hits.map { document.string(for: $0.span) }, ["Putin", "Putins"])
        XCTAssertEqual(layer.hits.map(\.sentence), [1, 2])
        XCTAssertEqual(layer.hits[1].left, "in kam. ")
        XCTAssertThrowsError(try registry.run(["kwic"], on: document)) {
            XCTAssertEqual(($0 as! LoupeError).code, "E008")
        }
    }

    func testEmptyTextIsFine() throws {
        let document = Document(text: "")
        try registry.run(["stats", "tokens", "sentences"], on: document)
        XCTAssertEqual(document.layer(StatsLayer.self, named: "stats")?.sentences, 0)
    }
}
