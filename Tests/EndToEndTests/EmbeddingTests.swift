import Foundation
import LoupeTestSupport
import XCTest

/// A Swift program embeds Loupe's corpus mode and report without GNU readline (examples/embed).
final class EmbeddingTests: XCTestCase {
    var example: URL {
        LoupeProcess.executable.deletingLastPathComponent().appendingPathComponent("loupe-embed-example")
    }

    func testTheEmbeddingExampleAnalysesAFolderWithoutReadline() throws {
        guard FileManager.default.isExecutableFile(atPath: example.path) else {
            throw XCTSkip("loupe-embed-example is not built next to loupe (\(example.path))")
        }
        let folder = packageRoot().appendingPathComponent("examples")
        let run = try LoupeProcess.run([folder.path], program: example)
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 3, "two documents and the report: \(run.stdout)")
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as? [String: Any])
        XCTAssertEqual(report["documents"] as? Int, 2)
        XCTAssertNotNil((report["entities"] as? [String: Any])?["LOC"])

        let ldd = try LoupeProcess.run([example.path], program: URL(fileURLWithPath: "/usr/bin/ldd"))
        XCTAssertEqual(ldd.status, 0, ldd.stderr)
        XCTAssertFalse(ldd.stdout.contains("libreadline"), ldd.stdout)
        let loupe = try LoupeProcess.run([LoupeProcess.executable.path], program: URL(fileURLWithPath: "/usr/bin/ldd"))
        XCTAssertTrue(loupe.stdout.contains("libreadline"), "the check can fail: loupe itself links readline")
    }

    /// Training and evaluation code lives in tool targets that only the `loupe` executable links:
    /// a program embedding LoupeKit carries none of it, neither the tool modules nor the entity
    /// trainer, its dev-set scoring or the sentiment lexicon compiler by name.
    func testTheEmbeddingExampleCarriesNoEvaluationCode() throws {
        guard FileManager.default.isExecutableFile(atPath: example.path) else {
            throw XCTSkip("loupe-embed-example is not built next to loupe (\(example.path))")
        }
        // Module names survive Swift's name mangling (type names may be abbreviated by it).
        let tools = ["LoupeDatesTools", "LoupeEntitiesTools", "LoupeQuotesTools", "LoupeSentimentTools", "LoupeTools"]
        func symbols(_ binary: URL) throws -> String {
            let nm = try LoupeProcess.run(
                ["--defined-only", binary.path], program: URL(fileURLWithPath: "/usr/bin/nm"))
            XCTAssertEqual(nm.status, 0, nm.stderr)
            return nm.stdout
        }
        // Type and function names as they appear in mangled symbols: `SentimentLexiconCompiler`
        // is mangled as a reference to the module's "Sentiment" followed by `LexiconCompiler`.
        let names = ["NERTrainer", "evaluateNER", "NERScores", "LexiconCompiler"]
        let embedded = try symbols(example)
        for tool in tools { XCTAssertFalse(embedded.contains(tool), "\(tool) is linked into the embedding example") }
        for name in names { XCTAssertFalse(embedded.contains(name), "\(name) is linked into the embedding example") }
        let loupe = try symbols(LoupeProcess.executable)
        for tool in tools { XCTAssertTrue(loupe.contains(tool), "the check can fail: loupe itself links \(tool)") }
        for name in names { XCTAssertTrue(loupe.contains(name), "the check can fail: loupe itself has \(name)") }
    }
}
