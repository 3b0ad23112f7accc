import Foundation
import XCTest
import LoupeCore
import LoupeDates

/// Throughput on German text. Runs only with DATES_BENCH_FILE set; meant for release builds:
/// `DATES_BENCH_FILE=/tmp/dates-bench-de.txt swift test -c release -Xswiftc -enable-testing --filter DatesBenchmarkTests`
final class DatesBenchmarkTests: XCTestCase {
    func testThroughput() throws {
        guard let path = ProcessInfo.processInfo.environment["DATES_BENCH_FILE"], let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw XCTSkip("set DATES_BENCH_FILE to a text file")
        }
        let reference = ReferenceTime(iso: "2024-06-18")!
        let bytes = Double(text.utf8.count)
        let t0 = Date()
        let document = Document(text: text, language: .german, reference: reference)
        let t1 = Date()
        var found = 0
        for _ in 0..<3 { found = DatesAnalyzer.expressions(in: document, reference: reference).count }
        let t2 = Date()
        let analyzer = t2.timeIntervalSince(t1) / 3
        print(String(format: "dates benchmark: %.1f MB, %d expressions; analyzer %.1f MB/s; tokenizing %.1f MB/s; end to end %.1f MB/s",
                     bytes / 1e6, found, bytes / 1e6 / analyzer, bytes / 1e6 / t1.timeIntervalSince(t0),
                     bytes / 1e6 / (analyzer + t1.timeIntervalSince(t0))))
    }
}
