import Foundation
import XCTest
import LoupeCore
import LoupeDates

/// Throughput on German text. Runs only with DATES_BENCH_FILE set; meant for release builds:
/// `DATES_BENCH_FILE=/tmp/dates-bench-de.txt swift test -c release -Xswiftc -enable-testing --filter DatesBenchmarkTests`
/// Times are this thread's CPU time, so other processes on a shared machine do not skew them.
final class DatesBenchmarkTests: XCTestCase {
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func testThroughput() throws {
        guard let path = ProcessInfo.processInfo.environment["DATES_BENCH_FILE"],
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else {
            throw XCTSkip("set DATES_BENCH_FILE to a text file")
        }
        let reference = ReferenceTime(iso: "2024-06-18")!
        let bytes = Double(text.utf8.count)
        let t0 = Self.cpuSeconds()
        let document = Document(text: text, reference: reference)
        let t1 = Self.cpuSeconds()
        var found = 0
        for _ in 0..<3 { found = DatesAnalyzer.expressions(in: document, reference: reference).count }
        let t2 = Self.cpuSeconds()
        let analyzer = (t2 - t1) / 3, core = t1 - t0
        print(
            String(
                format:
                    "dates benchmark (CPU time, one thread): %.1f MB, %d expressions; dates analyzer %.1f MB/s; Document init (tokenizer, sentences, language) %.1f MB/s; both %.1f MB/s",
                bytes / 1e6, found, bytes / 1e6 / analyzer, bytes / 1e6 / core, bytes / 1e6 / (analyzer + core)))
    }
}
