import LoupeCore
import LoupeReadability
import LoupeTestSupport
import XCTest

final class ReadabilityAnalyzerTests: XCTestCase {
    let registry = AnalyzerRegistry([ReadabilityAnalyzer.registration])

    func layer(_ text: String) throws -> ReadabilityLayer {
        let document = Document(text: text)
        try registry.run(["readability"], on: document)
        return try XCTUnwrap(document.layer(ReadabilityLayer.self, named: "readability"))
    }

    func testShortPlainSentencesReadEasierThanLongCompoundOnes() throws {
        let easy = try layer("Der Hund ist da. Er ist groß. Wir gehen mit ihm raus. Das Wetter ist gut.")
        let hard = try layer(
            "Die Bundesfinanzministerin kündigte im Rahmen der parlamentarischen Haushaltsberatungen "
                + "umfangreiche Investitionsprogramme zur Modernisierung der Verkehrsinfrastruktur an, deren Finanzierung "
                + "nach Auffassung der Opposition verfassungsrechtlich problematisch erscheint.")
        XCTAssertGreaterThan(easy.score, 70)
        XCTAssertLessThan(hard.score, 30)
        XCTAssertEqual(easy.sentenceCount, 4)
    }

    func testEnglishUsesFleschsFormula() throws {
        let text = "The committee approved the budget on Tuesday. Critics said the plan was expensive."
        let scores = try layer(text)
        // 13 words in 2 sentences; syllables: the 1, com-mit-tee 3, ap-pro-ved 3, the 1, bud-get 2, on 1,
        // Tues-day 2 (ue, ay), Cri-tics 2, said 1, the 1, plan 1, was 1, ex-pen-si-ve 4 = 23.
        XCTAssertEqual(scores.words, 13)
        XCTAssertEqual(scores.score, 206.835 - 1.015 * 6.5 - 84.6 * (23.0 / 13.0), accuracy: 0.01)
    }

    func testSyllableGroups() {
        let text = "Bäume Haus Verteidigungsminister Yoon"
        let bytes = Array(text.utf8)
        let counts = Tokenizer.tokenize(bytes).map { ReadabilityAnalyzer.syllables(bytes, $0.span) }
        XCTAssertEqual(counts, [2, 1, 7, 1])
    }

    func testConformance() throws {
        try AnalyzerConformance.check(["readability"], in: registry)
    }
}
