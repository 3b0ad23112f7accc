import Foundation
import XCTest
@testable import LoupeDates
@testable import LoupeDatesTools

/// Runs the evaluation on ../shared/data/dates when it is there (skips otherwise) and holds the
/// acceptance bar: value accuracy ≥ 80% per language.
final class DatesEvaluationTests: XCTestCase {
    static func sharedData() -> URL? {
        if let env = ProcessInfo.processInfo.environment["LOUPE_SHARED_DATA"] { return URL(fileURLWithPath: env) }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Tests → Dates → Plugins → package root
        let shared = url.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }

    func testDucklingDevAccuracy() throws {
        guard let data = Self.sharedData() else { throw XCTSkip("../shared/data not present") }
        for language in ["de", "en"] {
            let file = data.appendingPathComponent("dates/duckling-\(language)-dev.jsonl").path
            guard FileManager.default.fileExists(atPath: file) else { throw XCTSkip("\(file) not present") }
            let rows = try DatesEvaluation.evaluate(file: file)
            let verbose = ProcessInfo.processInfo.environment["DATES_EVAL_VERBOSE"] != nil
            print(DatesEvaluation.report(rows, verbose: verbose))
            let accuracy = Double(rows.filter(\.ok).count) / Double(rows.count)
            XCTAssertGreaterThanOrEqual(accuracy, 0.80, "\(language) value accuracy")
        }
    }
}
