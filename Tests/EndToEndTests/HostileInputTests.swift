import Foundation
import LoupeDates
import LoupeKit
import LoupeTestSupport
import XCTest

/// Input that users paste, download or scrape: each gets a result or a clear error, in bounded
/// time and memory, and never takes other documents down with it.
final class HostileInputTests: XCTestCase {
    var folder: URL!
    let isolated = ["XDG_CONFIG_HOME": "/nonexistent-loupe-config"]

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-hostile")
    }

    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func testAGigabyteFileIsRefusedWithTheFlagToRaise() throws {
        let path = folder.appendingPathComponent("huge.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1_000_000_000)  // sparse: no disk used
        try handle.close()
        let start = Date()
        let result = try LoupeProcess.run(["analyze", "--analyzers", "stats", path], environment: isolated)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("E106") && result.stderr.contains("--max-size"), result.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }

    func testOneTenMegabyteLine() throws {
        let line = String(repeating: "Wort und noch ein Wort, ", count: 420_000)  // ≈ 10 MB, no line break
        let path = try write("line.txt", Data(line.utf8))
        let result = try LoupeProcess.run(
            ["analyze", "--analyzers", "stats", "--format", "jsonl", path], environment: isolated)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"tokens\":"), result.stdout.prefix(200).description)
    }

    func testManyQuotationMarksAndDeepBrackets() throws {
        let quotes = String(repeating: "„a“ \" ' « » ", count: 20_000)  // 100,000 marks
        let brackets = String(repeating: "(", count: 50_000) + "Kern" + String(repeating: ")", count: 50_000)
        let document = Document(text: quotes + "\n\n" + brackets)
        let registry = Loupe.makeRegistry()
        let names = BatchAnalyzerDefaults.names(registry)
        let start = Date()
        try registry.run(names, on: document)
        XCTAssertLessThan(Date().timeIntervalSince(start), 60, "bounded time even in a debug build")
        XCTAssertGreaterThan(document.tokens.count, 100_000)
    }

    func testOnlyWhitespaceNULAndInvalidUTF8InTheMiddle() throws {
        let blank = try write("blank.txt", Data(" \n\t  \n".utf8))
        let nul = try write("nul.txt", Data("Text".utf8) + Data([0]) + Data("mehr".utf8))
        let broken = try write(
            "broken.txt", Data("Ein Satz.\nNoch einer ".utf8) + Data([0xFF, 0xFE]) + Data(" und mehr.".utf8))
        let good = try write("good.txt", Data("Der Hund bellt.".utf8))
        let result = try LoupeProcess.run(
            ["analyze", "--analyzers", "stats", "--format", "jsonl", blank, nul, broken, good], environment: isolated)
        XCTAssertEqual(result.status, 1)
        for code in ["E105", "E103", "E104"] {
            XCTAssertTrue(result.stderr.contains(code), "\(code): \(result.stderr)")
        }
        XCTAssertTrue(result.stderr.contains("line 2"), "the bad byte's line is named")
        let last = try XCTUnwrap(result.stdout.split(separator: "\n").last)
        XCTAssertTrue(last.contains("\"stats\""), "the good file still ran")
    }

    func testJSONLRecordsThatAreHugeMissingOrTooDeep() throws {
        let huge = "{\"id\": \"huge\", \"text\": \"" + String(repeating: "a", count: 2_100_000) + "\"}"
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let input =
            [
                huge, "{\"id\": \"missing\"}", deep, "{\"id\": \"ok\", \"text\": \"Ein Satz.\"}",
                "{\"id\": \"bad\", \"text\": \"x\u{1}\"}",
            ]
            .joined(separator: "\n") + "\n"
        let result = try LoupeProcess.run(
            ["analyze", "--analyzers", "stats", "--input", "jsonl", "--format", "jsonl", "--max-size", "2", "-"],
            stdin: input, environment: isolated)
        XCTAssertEqual(result.status, 1)
        let ids = result.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        }
        XCTAssertEqual(ids.count, 5, result.stdout)
        XCTAssertTrue(ids.contains("ok"))
        XCTAssertTrue(result.stderr.contains("--max-size"), result.stderr)
        XCTAssertTrue(result.stderr.contains("no \"text\""), result.stderr)
    }

    func testImpossibleDatesGiveNoInvalidValues() throws {
        let text =
            "Am 31.02.2024 und am 30. Februar 2023 war nichts. Im Jahr 99999 auch nicht, am 99999-12-31 nicht, "
            + "um 25:61 Uhr nicht, am 0.0.0000 nicht. On February 31, 2024 and at 99:99 nothing happened either."
        let registry = Loupe.makeRegistry()
        for language in [Language.german, .english] {
            let document = Document(text: text, language: language, reference: ReferenceTime(iso: "2024-06-18"))
            try registry.run(["dates"], on: document)
            let items = try XCTUnwrap(
                DocumentJSON.encode(try XCTUnwrap(document.layer(named: "dates")), of: document).arrayValue)
            for item in items {
                let value = item["value"]?.stringValue ?? ""
                let type = TimexType(rawValue: item["type"]?.stringValue ?? "") ?? .date
                XCTAssertTrue(
                    Timex.isValid(value, type: type),
                    "invalid TIMEX3 value \(value) for '\(item["text"]?.stringValue ?? "")'")
                XCTAssertFalse(
                    value.hasPrefix("99999") || value.contains("-02-30") || value.contains("-02-31"),
                    "impossible date \(value)")
            }
        }
    }

    func testTimeBudgetFailsTheSlowDocumentAlone() throws {
        let article = try String(
            contentsOf: packageRoot().appendingPathComponent("examples/bundestag-de.txt"), encoding: .utf8)
        func record(_ id: String, _ text: String) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": text]), as: UTF8.self)
        }
        // About 4 MB: several seconds of work even in a release build; the short one takes milliseconds.
        let input = try [
            record("long", String(repeating: article + "\n\n", count: 3000)),
            record("short", "Am Montag sagte Merkel in Berlin: „Wir schaffen das.“"),
        ].joined(separator: "\n")
        let started = Date()
        let result = try LoupeProcess.run(
            ["analyze", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", "--time-budget", "1", "-"],
            stdin: input, environment: isolated)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(result.status, 1, "a failed document makes the exit code 1")
        XCTAssertTrue(result.stderr.contains("E010") && result.stderr.contains("--time-budget"), result.stderr)
        let lines = result.stdout.split(separator: "\n").map { String($0) }
        XCTAssertEqual(lines.count, 2, result.stdout)
        XCTAssertTrue(lines.first?.contains("\"error\"") ?? false, lines.first ?? "")
        XCTAssertTrue(lines.last?.contains("Merkel") ?? false, "the short document is analysed: \(lines.last ?? "")")

        let bad = try LoupeProcess.run(
            ["analyze", "--time-budget", "soon", "-"], stdin: "Text.", environment: isolated)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--time-budget"), bad.stderr)
    }

    func testClosedOutputPipeEndsQuietly() throws {
        let input = (0..<20_000).map { "{\"id\": \"d\($0)\", \"text\": \"Ein kurzer Satz Nummer \($0).\"}" }.joined(
            separator: "\n")
        let path = try write("many.jsonl", Data(input.utf8))
        let process = Process()
        process.executableURL = LoupeProcess.executable
        process.arguments = [
            "analyze", "--analyzers", "stats", "--input", "jsonl", "--format", "jsonl", "--no-progress", path,
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(isolated) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        _ = out.fileHandleForReading.readData(ofLength: 1000)  // like `| head -c 1000`
        try out.fileHandleForReading.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(process.terminationReason, .exit, "not killed by SIGPIPE")
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertFalse(stderr.contains("error"), stderr)
    }
}

/// The analyzers `loupe analyze` runs by default.
enum BatchAnalyzerDefaults {
    static func names(_ registry: AnalyzerRegistry) -> [String] {
        registry.descriptors.filter { !["tokens", "sentences"].contains($0.name) && $0.positionalOption == nil }.map(
            \.name)
    }
}
