import XCTest
import LoupeCore
import LoupeTestSupport
@testable import LoupeDates

/// Shared assertion: the expressions found in a marked sentence are exactly the marked spans,
/// with the marked TIMEX3 types (labels) and the given values in order.
class DatesTestCase: XCTestCase {
    /// Wednesday 19 June 2024, noon.
    static let reference = ReferenceTime(iso: "2024-06-19T12:00")!

    func expressions(
        _ text: String, _ language: Language, reference: ReferenceTime = DatesTestCase.reference,
        mode: DatesMode = .news
    ) -> [DateExpression] {
        let document = Document(text: text, language: language, reference: reference)
        return DatesAnalyzer.expressions(in: document, reference: reference, language: language, mode: mode)
    }

    func check(
        _ marked: String, _ language: Language, values: [String], ranges: [String?]? = nil,
        reference: ReferenceTime = DatesTestCase.reference, mode: DatesMode = .news,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let m = MarkedText(marked)
        let found = expressions(m.text, language, reference: reference, mode: mode)
        let document = Document(text: m.text, language: language)
        let got = found.map { "⟦\(document.string(for: $0.span))⟧\($0.type.rawValue) \($0.value)" }
        let want = zip(m.marks, values).map { "⟦\($0.0.text)⟧\($0.0.label) \($0.1)" }
        XCTAssertEqual(m.marks.count, values.count, "test itself: one value per mark", file: file, line: line)
        XCTAssertEqual(got, want, m.text, file: file, line: line)
        XCTAssertEqual(found.map(\.span), m.marks.map(\.span), "spans in \(m.text)", file: file, line: line)
        if let ranges {
            XCTAssertEqual(
                found.map { $0.range.map { "\($0.begin)/\($0.end)" } }, ranges, m.text, file: file, line: line)
        }
    }
}
