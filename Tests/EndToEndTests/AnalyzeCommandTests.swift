import Foundation
import LoupeTestSupport
import XCTest

/// `loupe analyze` as scripts use it: the JSON contract, JSONL in and out, every bad input.
final class AnalyzeCommandTests: XCTestCase {
    var folder: URL!
    let example = packageRoot().appendingPathComponent("examples/bundestag-de.txt").path

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-e2e")
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func object(_ json: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func testSaysWhatAnAnalyzerWouldReadToo() throws {
        // quotes names speakers by the entities layer when it runs too: the request says so, once
        let alone = try LoupeProcess.run(["analyze", "--analyzers", "quotes", "--format", "jsonl", example])
        XCTAssertEqual(alone.status, 0, alone.stderr)
        XCTAssertTrue(alone.stderr.contains("--analyzers entities,quotes"), alone.stderr)
        let both = try LoupeProcess.run(["analyze", "--analyzers", "entities,quotes", "--format", "jsonl", example])
        XCTAssertFalse(both.stderr.contains("reads entities"), both.stderr)
    }

    func testJSONFollowsTheContract() throws {
        let result = try LoupeProcess.run([
            "analyze", "--analyzers", "stats,sentences", "--format", "json", "--ref", "2024-06-18", example,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try object(result.stdout)
        XCTAssertEqual(json["id"] as? String, example)
        XCTAssertEqual(json["language"] as? String, "de")
        XCTAssertEqual(json["ref"] as? String, "2024-06-18")
        let stats = try XCTUnwrap(json["stats"] as? [String: Any])
        XCTAssertGreaterThan(stats["tokens"] as? Int ?? 0, 100)
        // Offsets are code points: text[start..<end] is each span's text.
        let text = Array(try String(contentsOfFile: example, encoding: .utf8).unicodeScalars)
        let sentences = try XCTUnwrap(json["sentences"] as? [[String: Any]])
        XCTAssertEqual(sentences.count, stats["sentences"] as? Int)
        for sentence in sentences {
            let start = sentence["start"] as! Int, end = sentence["end"] as! Int
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text[start..<end])
            XCTAssertEqual(String(view), sentence["text"] as? String)
        }
        // `z. B.` and `19.` did not end a sentence.
        XCTAssertTrue(sentences.contains { ($0["text"] as! String).contains("z. B. die Kosten") })
        XCTAssertTrue(sentences.contains { ($0["text"] as! String).contains("am 19. und 20. Juni abschließend") })
    }

    func testJSONLInAndOutKeepsOrderAndIds() throws {
        let input = """
            {"id": "a", "text": "Der Präsident sagte am Montag, dass er nicht kommt.", "ref": "2024-06-18"}
            {"id": "b", "text": "The minister said that he would not come.", "lang": "en"}
            not json
            {"id": "c", "text": "Noch ein Satz, der auf Deutsch ist."}
            """
        let result = try LoupeProcess.run(
            ["analyze", "--analyzers", "stats", "--input", "jsonl", "--format", "jsonl", "-"], stdin: input)
        XCTAssertEqual(result.status, 1, "one line failed")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        XCTAssertEqual(try lines.map { try object($0)["id"] as? String }, ["a", "b", "stdin:3", "c"])
        XCTAssertEqual(try object(lines[0])["ref"] as? String, "2024-06-18")
        XCTAssertEqual(try object(lines[1])["language"] as? String, "en")
        XCTAssertNotNil(try object(lines[2])["error"])
        XCTAssertTrue(result.stderr.contains("stdin line 3"), result.stderr)
    }

    func testEveryBadInputGetsAClearErrorAndOthersStillRun() throws {
        let inputs = [
            folder.appendingPathComponent("missing.txt").path,
            try file("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]),
            try file("latin1.txt", Array("Gr".utf8) + [0xF6, 0xDF, 0x65]),
            try file("empty.txt", []),
            try file("big.txt", [UInt8](repeating: 0x61, count: 1_100_000)),
            example,
        ]
        let result = try LoupeProcess.run(
            ["analyze", "--analyzers", "stats", "--format", "jsonl", "--max-size", "1"] + inputs)
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, inputs.count)
        for code in ["E101", "E103", "E104", "E105", "E106"] {
            XCTAssertTrue(result.stderr.contains(code), "\(code) missing in: \(result.stderr)")
        }
        XCTAssertTrue(result.stderr.contains("iconv"), "invalid UTF-8 says what to do")
        XCTAssertTrue(result.stderr.contains("--max-size"), "too large names the flag")
        XCTAssertNotNil(try object(String(lines.last!))["stats"], "the good file was still analysed")
    }

    func testFoldersAreCorporaAndTheREPLRefusesThem() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(
            at: corpus.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let texts = [
            "a.txt": "Der Hund bellt laut.", "sub/b.txt": "The dog barks loudly.", "c.md": "Nicht dabei.",
            "sub/d.txt": "Die Katze schläft.",
        ]
        for (name, text) in texts {
            try text.write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        for jobs in ["1", "2"] {
            let result = try LoupeProcess.run([
                "analyze", "--analyzers", "stats", "--format", "jsonl", "--jobs", jobs, corpus.path,
            ])
            XCTAssertEqual(result.status, 0, result.stderr)
            let ids = try result.stdout.split(separator: "\n").map { try object(String($0))["id"] as? String }
            XCTAssertEqual(ids, ["a.txt", "sub/b.txt", "sub/d.txt"].map { corpus.appendingPathComponent($0).path })
            XCTAssertTrue(result.stderr.contains("3 documents"), result.stderr)
        }
        let markdown = try LoupeProcess.run([
            "analyze", "--analyzers", "stats", "--format", "json", "--glob", "*.md", corpus.path,
        ])
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(markdown.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 1)
        let repl = try LoupeProcess.run(["-e", "load \(corpus.path)"])
        XCTAssertEqual(repl.status, 1)
        XCTAssertTrue(repl.stderr.contains("E102"), repl.stderr)
    }

    func testUsageErrors() throws {
        let unknown = try LoupeProcess.run(["analyze", "--analyzers", "stast", example])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("did you mean 'stats'"), unknown.stderr)
        // (18.06.2024 is a date since December; a two-digit year stays ambiguous)
        let badRef = try LoupeProcess.run(["analyze", "--ref", "18.06.24", example])
        XCTAssertNotEqual(badRef.status, 0)
        XCTAssertTrue(badRef.stderr.contains("E110") && badRef.stderr.contains("18.06.2024"), badRef.stderr)
        let badRecord = try LoupeProcess.run(
            ["analyze", "--input", "jsonl", "--format", "jsonl", "-"], stdin: "{\"text\": \"x\", \"ref\": \"soon\"}\n")
        XCTAssertEqual(badRecord.status, 1)
        XCTAssertTrue(badRecord.stderr.contains("E111"), badRecord.stderr)
        let noFiles = try LoupeProcess.run(["analyze"])
        XCTAssertNotEqual(noFiles.status, 0)
    }

    func testPluginOptionFlagsAndTable() throws {
        let result = try LoupeProcess.run([
            "analyze", "--analyzers", "kwic", "--kwic-word", "Albers", "--kwic-width=10", example,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("3 occurrences"), result.stdout)
    }

    func testAnalyzersListing() throws {
        let result = try LoupeProcess.run(["analyzers"])
        XCTAssertEqual(result.status, 0)
        for name in ["tokens", "sentences", "stats", "kwic"] { XCTAssertTrue(result.stdout.contains(name)) }
    }

    func testSharedArticleSentences() throws {
        let article = try sharedDataFile("articles/putin-nordkorea-de.txt").path
        let result = try LoupeProcess.run(["analyze", "--analyzers", "sentences", "--format", "json", article])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try object(result.stdout)
        XCTAssertEqual(json["language"] as? String, "de")
        let texts = try XCTUnwrap(json["sentences"] as? [[String: Any]]).map { $0["text"] as! String }
        XCTAssertTrue(texts.contains { $0.contains("am 19. und 20. Juni Vietnam") })
        XCTAssertTrue(texts.contains { $0.contains("[Nordkorea] und sein heldenhaftes Volk") })
        XCTAssertFalse(texts.contains { $0.hasSuffix("19.") || $0.hasSuffix("[Nordkorea") })
    }
}

/// `loupe run SCRIPT`, `loupe -e`, and plain lines on standard input.
final class ScriptTests: XCTestCase {
    let example = packageRoot().appendingPathComponent("examples/harbour-en.txt").path

    func testExecuteOption() throws {
        let result = try LoupeProcess.run(["-e", "load \(example); stats --top 3; kwic Rotterdam"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("loaded"))
        XCTAssertTrue(result.stdout.contains("occurrences"))
    }

    func testScriptStopsAtFirstErrorUnlessKeepGoing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("demo.loupe")
        try "# a comment\nload \(example)\nstatz\nkwic strike\n".write(to: script, atomically: true, encoding: .utf8)
        let stopped = try LoupeProcess.run(["run", script.path])
        XCTAssertEqual(stopped.status, 1)
        XCTAssertTrue(stopped.stderr.contains("demo.loupe:3"), stopped.stderr)
        XCTAssertTrue(stopped.stderr.contains("did you mean 'stats'"), stopped.stderr)
        XCTAssertFalse(stopped.stdout.contains("occurrence"))
        let going = try LoupeProcess.run(["run", "--keep-going", script.path])
        XCTAssertEqual(going.status, 1)
        XCTAssertTrue(going.stdout.contains("occurrence"), going.stdout)
        let missing = try LoupeProcess.run(["run", folder.appendingPathComponent("none.loupe").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("E101"))
    }

    func testPlainLinesWithoutATerminal() throws {
        let result = try LoupeProcess.run([], stdin: "load \(example)\nstats\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("loupe>"), "no prompt without a terminal")
        let failing = try LoupeProcess.run([], stdin: "stats\nload \(example)\n")
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stderr.contains("E202"))
        XCTAssertFalse(failing.stdout.contains("loaded"), "stopped at the first error")
    }

    /// Without a reference date, relative dates follow today: said once, in batch and in the REPL.
    func testResolvingAgainstTodayIsSaid() throws {
        let example = packageRoot().appendingPathComponent("examples/harbour-en.txt").path
        let without = try LoupeProcess.run(["analyze", "--analyzers", "dates", example])
        XCTAssertEqual(without.status, 0, without.stderr)
        XCTAssertTrue(without.stderr.contains("resolved against today"), without.stderr)
        let with = try LoupeProcess.run(["analyze", "--analyzers", "dates", "--ref", "2024-06-18", example])
        XCTAssertFalse(with.stderr.contains("resolved against today"), with.stderr)
        let other = try LoupeProcess.run(["analyze", "--analyzers", "stats", example])
        XCTAssertFalse(
            other.stderr.contains("resolved against today"), "only where an analyzer uses the date: \(other.stderr)")
        let repl = try LoupeProcess.run(["-e", "load \(example); dates; dates; set ref 2024-06-18; dates"])
        XCTAssertEqual(repl.stdout.components(separatedBy: "resolved against today").count - 1, 1, repl.stdout)
    }
}
