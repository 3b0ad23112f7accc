import XCTest
import LoupeKit
@testable import LoupeQuotes

/// Throughput of the quotes analyzer alone (no entities layer), run by scripts/bench-quotes.sh
/// in a release build: `LOUPE_BENCH=1 swift test -c release --filter QuotesBenchmark`.
/// LOUPE_BENCH_FILE names a text to repeat; the default is a hand-written news paragraph.
final class QuotesBenchmark: XCTestCase {
    /// CPU time of this thread: robust to other processes sharing the machine.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func testThroughput() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["LOUPE_BENCH"] == "1" else { throw XCTSkip("set LOUPE_BENCH=1 to run the benchmark") }
        let sample =
            try environment["LOUPE_BENCH_FILE"].map { try String(contentsOfFile: $0, encoding: .utf8) } ?? """
                Die Ministerin Katrin Vogel besuchte am Montag Rom. „Das Treffen war ein Erfolg“, sagte sie. Der Sprecher \
                der Regierung, Paul Winter, nannte die Gespräche „offen und konstruktiv“. Laut Winter sei eine Einigung \
                „zum Greifen nah“. Die Zeitung „Kieler Nachrichten“ berichtete über das Buch „Die Blechtrommel“.
                """
        var text = ""
        while text.utf8.count < 20_000_000 { text += sample + "\n\n" }
        let document = Document(text: text, language: .german)
        let analyzer = try QuotesAnalyzer()
        let start = Date(), cpuStart = Self.threadCPUTime()
        let quotes = analyzer.quotes(in: document)
        let seconds = Date().timeIntervalSince(start), cpu = Self.threadCPUTime() - cpuStart
        let megabytes = Double(text.utf8.count) / 1_000_000
        print(
            String(
                format:
                    "quotes: %.1f MB, %.2f s CPU = %.1f MB/s on one core (wall %.2f s); %d quotes; tokenizing not timed",
                megabytes, cpu, megabytes / cpu, seconds, quotes.count))
        XCTAssertFalse(quotes.isEmpty)
    }
}
