import ArgumentParser
import Foundation
import LoupeKit
import LoupeBatch
import LoupeShell

/// Throughput on one core: the text is repeated up to the wanted size, then each stage is timed
/// (best of several runs). Build with `-c release` for numbers that mean anything.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput (MB/s, one core) of tokenizer, splitter and analyzers on a text.")

    @Option(
        help: ArgumentHelp(
            "Analyzers to time, comma-separated (each timed on its own, requirements first).", valueName: "a,b"))
    var analyzers: String = ""

    @Option(help: ArgumentHelp("Size of the benchmark text in MB (the file is repeated).", valueName: "MB"))
    var mb: Double = 5

    @Option(help: "Runs per stage; the best is reported.")
    var runs: Int = 3

    @Option(help: ArgumentHelp("Reference date (ISO 8601).", valueName: "DATE"))
    var ref: String = "2024-06-18"

    @Argument(help: "A text file (e.g. a news article).", completion: .file())
    var file: String

    func run() throws {
        let sample = try DocumentSource.readText(path: file)
        var text = sample
        while Double(text.utf8.count) < mb * 1_000_000 { text += "\n\n" + sample }
        let bytes = Array(text.utf8)
        let megabytes = Double(bytes.count) / 1_000_000
        Console.out("text: \(file) repeated to \(String(format: "%.2f", megabytes)) MB")

        func best(_ body: () throws -> Void) rethrows -> Double {
            var times: [Double] = []
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return times.min()!
        }
        func report(_ stage: String, _ seconds: Double) {
            Console.out(
                "\(stage.padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%8.2f", megabytes / seconds)) MB/s  (\(String(format: "%.3f", seconds)) s)"
            )
        }

        var tokenCount = 0
        report("tokenizer", best { tokenCount = Tokenizer.tokenize(bytes).count })
        let tokens = Tokenizer.tokenize(bytes)
        report("sentence splitter", best { _ = SentenceSplitter.split(tokens: tokens, in: bytes) })
        report(
            "tokenizer + splitter", best { _ = SentenceSplitter.split(tokens: Tokenizer.tokenize(bytes), in: bytes) })
        report("document (+ language id)", best { _ = Document(text: text) })
        Console.out("tokens: \(tokenCount) (\(String(format: "%.0f", Double(tokenCount) / megabytes)) per MB)")

        let names = analyzers.split(separator: ",").map(String.init)
        guard !names.isEmpty else { return }
        let registry = Loupe.makeRegistry()
        guard let reference = ReferenceTime(iso: ref) else {
            throw ValidationError(LoupeError.badReference(ref).description)
        }
        for name in try registry.plan(names) {
            _ = try registry.analyzer(named: name)  // load models outside the timing
            let requirements = Array(try registry.plan([name]).dropLast())
            var fastest = Double.infinity
            for _ in 0..<max(1, runs) {
                let document = Document(text: text, reference: reference)
                try registry.run(requirements, on: document)
                let start = DispatchTime.now().uptimeNanoseconds
                try registry.run([name], on: document)
                fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            report("analyzer \(name)", fastest)
        }
    }
}
