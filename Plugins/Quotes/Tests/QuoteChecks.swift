import XCTest
import LoupeKit
import LoupeTestSupport
@testable import LoupeQuotes

extension XCTestCase {
    /// Checks quotes and their kinds, speaker mentions, cues and resolved names against inline
    /// marks: `⟦…⟧direct` / `⟦…⟧partial` / `⟦…⟧indirect` / `⟦…⟧mixed` / `⟦…⟧reported` /
    /// `⟦…⟧free-indirect` items, `⟦…⟧SPK` speakers, `⟦…⟧CUE` cue words.
    /// `speakersInOrder` compares the speakers as a list (one per quote, always checked) instead
    /// of as a set checked only when the text marks some.
    func checkQuotes(
        _ marked: String, _ language: Language, analyzer: QuotesAnalyzer, names: [String?]?, speakersInOrder: Bool,
        file: StaticString, line: UInt
    ) {
        let sample = MarkedText(marked)
        let document = Document(text: sample.text, language: language)
        // Speech in the reporter's words (indirect, mixed, reported, free-indirect) is checked
        // only in texts that mark some; elsewhere the quotations in marks are compared.
        let kinds = Set(["direct", "partial", "indirect", "mixed", "reported", "free-indirect"])
        let speechMarked = sample.marks.contains {
            kinds.contains($0.label) && !["direct", "partial"].contains($0.label)
        }
        let found = analyzer.quotes(in: document).filter { speechMarked || $0.kind.isMarked }
        let expectedQuotes = sample.marks.filter { kinds.contains($0.label) }
        XCTAssertEqual(
            found.map { "\(document.string(for: $0.span))/\($0.kind.rawValue)" },
            expectedQuotes.map { "\($0.text)/\($0.label)" }, "quotes", file: file, line: line)
        let speakers = sample.marks.filter { $0.label == "SPK" }.map(\.span)
        if speakersInOrder {
            XCTAssertEqual(found.compactMap { $0.speaker?.span }, speakers, "speakers", file: file, line: line)
        } else if !speakers.isEmpty {
            XCTAssertEqual(
                Set(found.compactMap { $0.speaker?.span }), Set(speakers), "speakers", file: file, line: line)
        }
        let cues = sample.marks.filter { $0.label == "CUE" }.map(\.span)
        if !cues.isEmpty {
            XCTAssertEqual(Set(found.compactMap(\.cue)), Set(cues), "cues", file: file, line: line)
        }
        if let names { XCTAssertEqual(found.map { $0.speaker?.name }, names, "names", file: file, line: line) }
    }
}
