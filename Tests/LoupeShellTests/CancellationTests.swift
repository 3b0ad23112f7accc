import Foundation
import LoupeKit
import LoupeShell
import LoupeTestSupport
import XCTest

/// The built-in analyzers stop at their checkpoints (Ctrl-C in the REPL, `--time-budget`), and
/// the shell's `set time-budget` reaches the runs.
final class CancellationTests: XCTestCase {
    let text = "Der Präsident traf am 19. Juni in Berlin ein. „Wir werden siegen“, sagte er. Die Kritik war scharf."

    func testEveryLongRunningAnalyzerStopsWhenCancelled() throws {
        let registry = Loupe.makeRegistry()
        let cancelled = Cancellation()
        cancelled.cancel()
        for name in ["entities", "quotes", "dates", "sentiment"] {
            let analyzer = try registry.analyzer(named: name)
            let document = Document(text: text, language: .german)
            var context = AnalysisContext(
                language: .german, reference: ReferenceTime(iso: "2024-06-18")!, options: AnalyzerOptions())
            XCTAssertNoThrow(try analyzer.analyze(document, context: context), name)
            context.deadline = Deadline(cancellation: cancelled, uptimeNanoseconds: nil)
            XCTAssertThrowsError(try analyzer.analyze(document, context: context), name) { error in
                XCTAssertEqual(error as? Deadline.Stop, .cancelled, "\(name): \(error)")
            }
            context.deadline = Deadline(cancellation: nil, uptimeNanoseconds: 0)
            XCTAssertThrowsError(try analyzer.analyze(document, context: context), name) { error in
                XCTAssertEqual(error as? Deadline.Stop, .outOfTime, "\(name): \(error)")
            }
        }
    }

    func testTimeBudgetSetting() throws {
        let shell = Shell(session: Session(registry: Loupe.makeRegistry()))
        XCTAssertEqual(shell.session.limits.timeBudget, RunLimits.defaultTimeBudget)
        _ = try shell.execute("set time-budget 0.5")
        XCTAssertEqual(shell.session.limits.timeBudget, 0.5)
        XCTAssertTrue(try shell.execute("set").plainText.contains("0.5 s per document"))
        _ = try shell.execute("set time-budget 0")
        XCTAssertNil(shell.session.limits.timeBudget)
        XCTAssertThrowsError(try shell.execute("set time-budget soon")) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E007")
        }
        // A cancelled session switch fails the next analysis with E009 and keeps the document.
        _ = shell.session.add(text: text, id: "doc")
        let cancellation = Cancellation()
        cancellation.cancel()
        shell.session.limits.cancellation = cancellation
        XCTAssertThrowsError(try shell.execute("entities")) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E009", "\(error)")
        }
        shell.session.limits.cancellation = nil
        XCTAssertTrue(try shell.execute("entities").plainText.contains("Berlin"))
    }
}
