import LoupeCore
import LoupeTestSupport
import LoupeReadability
import XCTest

final class ReadabilityAnalyzerTests: XCTestCase {
    let registry = AnalyzerRegistry([ReadabilityAnalyzer.registration])

    func testMarksLongWords() throws {
        let sample = MarkedText("Die ⟦Bundesfinanzministerin⟧LONG sprach im Bundestag.")
        let document = Document(text: sample.text)
        try registry.run(["readability"], on: document)
        let layer = try XCTUnwrap(document.layer(ReadabilityLayer.self, named: "readability"))
        XCTAssertEqual(layer.items.map(\.span), sample.marks.map(\.span))
    }

    func testConformance() throws {
        try AnalyzerConformance.check(["readability"], in: registry)
    }
}
