import Foundation
import LoupeKit
import LoupeTestSupport
import XCTest

/// Issue 17, through the built `loupe`: no number a user types can trap the process, every
/// failed write is an error, a failing plugin costs only its own layer, exports write only
/// where they should.
final class RobustnessTests: XCTestCase {
    let example = packageRoot().appendingPathComponent("examples/harbour-en.txt").path
    let isolated = ["XDG_CONFIG_HOME": "/nonexistent-loupe-config"]
    var folder: URL!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-robust")
    }

    func loupe(_ arguments: [String], stdin: String? = nil) throws -> LoupeProcess.Result {
        try LoupeProcess.run(arguments, stdin: stdin, environment: isolated)
    }

    // MARK: - Numbers

    /// The cases of the issue, each a coded error (SIGILL would be status 4, killed by a signal).
    func testMaxSizeCoversStandardInputAndDevices() throws {
        // standard input and a device have no size to check first: they are read up to the limit only
        let big = String(repeating: "Ein Satz über nichts. ", count: 150_000)  // ≈ 3.3 MB
        let piped = try loupe(["analyze", "--analyzers", "stats", "--max-size", "1", "-"], stdin: big)
        XCTAssertNotEqual(piped.status, 0)
        XCTAssertTrue(piped.stderr.contains("E106") && piped.stderr.contains("stdin"), piped.stderr)
        let start = Date()
        let device = try loupe(["analyze", "--analyzers", "stats", "--max-size", "1", "/dev/zero"])
        XCTAssertNotEqual(device.status, 0)
        XCTAssertTrue(device.stderr.contains("E106"), device.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30, "an endless device stops at the limit")
        // under the limit, standard input is read whole as before
        let small = try loupe(
            ["analyze", "--analyzers", "stats", "--format", "json", "-"], stdin: "Ein kurzer Satz. Noch einer.")
        XCTAssertEqual(small.status, 0, small.stderr)
    }

    func testNegativeAndHugeCountsAreCodedErrorsNotTraps() throws {
        for command in [
            "stats --top -1", "readability --hardest -1", "report --top -1", "set stats.top -1",
            "kwic the --width 4611686018427387904", "sentiment --explain 0", "set sentiment.quote-weight nan",
        ] {
            let result = try loupe(["-e", "load \(example); \(command)"])
            XCTAssertEqual(result.status, 1, "\(command): \(result.stderr)")
            XCTAssertTrue(
                result.stderr.contains("[E007]") && result.stderr.contains("from"), "\(command): \(result.stderr)")
        }
        let usage: [[String]] = [
            ["analyze", "--option", "stats.top=-1", example],
            ["analyze", "--stats-top", "-5", example],
            ["analyze", "--jobs", "4611686018427387904", example],
            ["analyze", "--jobs", "0", example],
            ["report", "--top=-1", example],
            ["analyze", "--max-size=-1", example],
        ]
        for arguments in usage {
            let result = try loupe(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("[E007]"), "\(arguments): \(result.stderr)")
        }
        // In range still works, and the REPL goes on after a refused number.
        let going = try loupe(["-e", "load \(example); stats --top -1; stats --top 2", "--keep-going"])
        XCTAssertEqual(going.status, 1)
        XCTAssertTrue(going.stdout.contains("frequent") || going.stdout.contains("tokens"), going.stdout)
    }

    /// A small fuzz over every numeric option and setting of every analyzer: hostile values,
    /// set as a setting and passed as a flag, in one script. Any trap ends the process by a
    /// signal instead of the exit status 1 of refused commands.
    func testEveryNumericOptionAndSettingRefusesHostileValues() throws {
        let hostile = [
            "-1", "-9223372036854775808", "9223372036854775807", "4611686018427387904", "1e308", "-1e308",
            "nan", "inf", "-0", "0", "1", "99999999999999999999999", "0x10", "",
        ]
        var lines = ["load \(example)"]
        let registry = Loupe.makeRegistry()
        var numeric = 0
        for descriptor in registry.descriptors {
            for option in descriptor.options where option.kind == .int || option.kind == .number {
                numeric += 1
                let positional = descriptor.positionalOption.map { $0.name == "word" ? " the" : " x" } ?? ""
                for value in hostile {
                    lines.append("set \(descriptor.name).\(option.name) '\(value)'")
                    lines.append("\(descriptor.name)\(positional)")
                    lines.append("unset \(descriptor.name).\(option.name)")
                    lines.append("\(descriptor.name)\(positional) --\(option.name) '\(value)'")
                }
            }
        }
        for setting in ["time-budget"] {
            for value in hostile { lines.append("set \(setting) '\(value)'") }
        }
        for value in hostile {
            lines += ["report --top '\(value)'", "show '\(value)'", "text '\(value)'", "use '\(value)'"]
        }
        XCTAssertGreaterThanOrEqual(
            numeric, 4, "stats.top, kwic.width, readability.hardest, sentiment.explain/quote-weight")
        let script = folder.appendingPathComponent("fuzz.loupe")
        try lines.joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
        let result = try loupe(["run", "--keep-going", script.path])
        XCTAssertEqual(
            result.status, 1,
            "refused values fail their command; a trap would be a signal: \(result.stderr.suffix(2000))")
        XCTAssertTrue(result.stderr.contains("[E007]"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
    }

    // MARK: - Input

    /// Offsets count a UTF-8 byte-order mark as Python's `open(f, encoding="utf-8").read()` does;
    /// UTF-16 is named with the iconv hint; a FIFO is read as a stream; a lone CR ends a line.
    func testOddInputKeepsOffsetsAndIsReadOrNamed() throws {
        let bom = folder.appendingPathComponent("bom.txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("Ein Satz. Noch ein Satz.".utf8)).write(to: bom)
        let json = try loupe(["analyze", "--format", "json", "--analyzers", "sentences", bom.path])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sentences = try XCTUnwrap(object["sentences"] as? [[String: Any]], json.stdout)
        XCTAssertEqual(sentences.first?["start"] as? Int, 1, "the BOM is character 0")

        let utf16 = folder.appendingPathComponent("utf16.txt")
        try XCTUnwrap("Ein Satz. Noch ein Satz.".data(using: .utf16)).write(to: utf16)
        let refused = try loupe(["analyze", utf16.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(
            refused.stderr.contains("[E108]") && refused.stderr.contains("iconv -f utf-16 -t utf-8"), refused.stderr)

        let fifo = folder.appendingPathComponent("fifo")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        let writer = Thread {
            try? "Ein Satz aus der Röhre.".write(toFile: fifo.path, atomically: false, encoding: .utf8)
        }
        writer.start()
        let piped = try loupe(["analyze", "--analyzers", "tokens", fifo.path])
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stdout.contains("Röhre"), piped.stdout)

        let mac = folder.appendingPathComponent("mac.txt")
        try "Erste Überschrift ohne Punkt\r\rZweiter Absatz ohne Punkt".write(
            to: mac, atomically: true, encoding: .utf8)
        let split = try loupe(["analyze", "--format", "json", "--analyzers", "sentences", mac.path])
        let parts = try XCTUnwrap(
            (JSONSerialization.jsonObject(with: Data(split.stdout.utf8)) as? [String: Any])?["sentences"] as? [Any])
        XCTAssertEqual(parts.count, 2, split.stdout)

        let jsonl = folder.appendingPathComponent("bom.jsonl")
        try Data([0xEF, 0xBB, 0xBF] + Array(#"{"id": "a", "text": "Hallo Welt."}"#.utf8) + [10]).write(to: jsonl)
        let records = try loupe([
            "analyze", "--input", "jsonl", "--format", "jsonl", "--analyzers", "tokens", "--no-progress", jsonl.path,
        ])
        XCTAssertEqual(records.status, 0, records.stderr)
        XCTAssertEqual(try jsonLines(records.stdout).first?["id"] as? String, "a")
    }

    /// Escape sequences in a file name, a JSONL id or the text are shown (␛), never sent to the
    /// terminal: table headings, `show`, `text`, `quotes`, `kwic`, the prompt's name and errors.
    func testEscapeSequencesInNamesAndTextAreShownNotObeyed() throws {
        let escape = "\u{1B}"
        let document = folder.appendingPathComponent("a\(escape)[2Jb.txt")
        try "Angela Merkel sagte: \(escape)[31m„Wir schaffen das.“\(escape)[0m Berlin.".write(
            to: document, atomically: true, encoding: .utf8)
        let jsonl = folder.appendingPathComponent("e.jsonl")
        try #"{"id": "x\u001b[2Jy", "text": "Angela Merkel kam nach Berlin. \u001b[31mrot"}"#.write(
            to: jsonl, atomically: true, encoding: .utf8)
        let runs = [
            try loupe([
                "analyze", "--analyzers", "entities,quotes", document.path,
                folder.appendingPathComponent("no\(escape)x.txt").path,
            ]),
            try loupe(["analyze", "--input", "jsonl", "--analyzers", "entities,tokens", jsonl.path]),
            try loupe([
                "-e",
                "load \(document.path); text; quotes; kwic Merkel; show; load \(folder.path)/missing\(escape)x.txt",
                "--keep-going",
            ]),
        ]
        for run in runs {
            XCTAssertFalse(run.stdout.contains(escape), run.stdout)
            XCTAssertFalse(run.stderr.contains(escape), run.stderr)
            XCTAssertTrue(run.stdout.contains("␛") || run.stderr.contains("␛"), run.stdout + run.stderr)
        }
    }

    // MARK: - Writes

    /// Runs loupe with standard output going to `/dev/full` (every write fails with ENOSPC).
    func runIntoFullDisk(_ arguments: [String], stdin: String? = nil) throws -> (
        status: Int32, reason: Process.TerminationReason, stderr: String
    ) {
        let process = Process()
        process.executableURL = LoupeProcess.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(isolated.merging(["NO_COLOR": "1"]) { $1 }) {
            $1
        }
        process.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe(), input = Pipe()
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, stderr)
    }

    func testAFailedWriteToStandardOutputIsAnErrorWithStatusOne() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let cases: [[String]] = [
            ["analyze", "--analyzers", "stats", "--format", "jsonl", "--no-progress", example],
            ["analyze", "--analyzers", "stats", example],
            ["report", "--format", "json", example],
            ["-e", "load \(example); stats"],
            [],  // plain lines on standard input
            ["--help"],  // the argument parser's own `print`, flushed at exit
        ]
        for arguments in cases {
            let result = try runIntoFullDisk(arguments, stdin: arguments.isEmpty ? "load \(example)\nstats\n" : nil)
            XCTAssertEqual(result.reason, .exit, "\(arguments)")
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertTrue(
                result.stderr.contains("[E210]") && result.stderr.contains("No space left"),
                "\(arguments): \(result.stderr)")
        }
    }

    func testAClosedPipeStaysQuietForScriptsAndReports() throws {
        for arguments in [["-e", "load \(example); tokens; tokens; tokens"], ["report", "--format", "json", example]] {
            let process = Process()
            process.executableURL = LoupeProcess.executable
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(isolated) { $1 }
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try out.fileHandleForReading.close()  // like `| true`: nobody reads
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, "\(arguments): not killed by SIGPIPE")
            XCTAssertEqual(process.terminationStatus, 0, "\(arguments): \(stderr)")
            XCTAssertFalse(stderr.contains("E210"), stderr)
        }
    }

    // MARK: - Failing plugins

    /// An external plugin that misbehaves on documents containing a trigger word: CRASH exits,
    /// GARBAGE prints a line that is not JSON, HANG sleeps past its 1 s timeout. Others get a span.
    func misbehavingPlugin(command: String = "[python3, moody.py]") throws -> String {
        let plugin = folder.appendingPathComponent("moody")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try """
        loupe: 1
        name: moody
        kind: external
        summary: misbehaves on request
        command: \(command)
        timeout: 1
        """.write(to: plugin.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        try """
        import json, os, sys, time
        with open("pids", "a") as pids:
            pids.write(str(os.getpid()) + "\\n")
        for line in sys.stdin:
            message = json.loads(line)
            if message["type"] == "hello":
                reply = {"type": "hello", "protocol": 1, "name": "moody", "offsets": "codepoint"}
            elif message["type"] == "analyze":
                texts = " ".join(d["text"] for d in message["documents"])
                if "CRASH" in texts:
                    sys.stderr.write("moody: crashing\\n")
                    sys.exit(3)
                if "GARBAGE" in texts:
                    print("this is not json", flush=True)
                    continue
                if "HANG" in texts:
                    time.sleep(30)
                reply = {"type": "result", "id": message["id"], "results": [
                    {"id": d["id"], "spans": [{"start": 0, "end": 1, "label": "FIRST"}]} for d in message["documents"]]}
            else:
                break
            print(json.dumps(reply), flush=True)
        """.write(to: plugin.appendingPathComponent("moody.py"), atomically: true, encoding: .utf8)
        return plugin.path
    }

    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func testAFailingPluginLeavesOnlyItsLayerOut() throws {
        let plugin = try misbehavingPlugin()
        for (trigger, code) in [("CRASH", "E720"), ("GARBAGE", "E725"), ("HANG", "E727")] {
            let started = Date()
            let result = try loupe(
                [
                    "analyze", "--plugin", plugin, "--analyzers", "stats,moody", "--format", "jsonl", "--no-progress",
                    "-",
                ],
                stdin: "A short text that says \(trigger) once.\n")
            XCTAssertEqual(result.status, 1, "\(trigger): a failed analyzer makes the exit status 1")
            XCTAssertLessThan(Date().timeIntervalSince(started), 20, trigger)
            let object = try XCTUnwrap(
                try jsonLines(result.stdout).first, "\(trigger): \(result.stdout) \(result.stderr)")
            XCTAssertNotNil(object["stats"], "\(trigger): the other layers stay: \(object)")
            XCTAssertNil(object["moody"], trigger)
            XCTAssertNil(object["error"], trigger)
            let errors = try XCTUnwrap(object["errors"] as? [[String: String]], "\(trigger): \(object)")
            XCTAssertEqual(errors.count, 1)
            XCTAssertEqual(errors.first?["analyzer"], "moody")
            XCTAssertEqual(errors.first?["code"], code)
            XCTAssertFalse(errors.first?["message"]?.isEmpty ?? true)
            XCTAssertTrue(result.stderr.contains(code), result.stderr)
        }
        // In the REPL: the plugin's error is shown, the other layers are there, the session goes on.
        let document = folder.appendingPathComponent("crash.txt")
        try "A text that says CRASH.".write(to: document, atomically: true, encoding: .utf8)
        let repl = try loupe(["-e", "load \(document.path); stats; moody; stats", "--plugin", plugin, "--keep-going"])
        XCTAssertEqual(repl.status, 1)
        XCTAssertTrue(repl.stderr.contains("E720") && repl.stderr.contains("moody: crashing"), repl.stderr)
        XCTAssertEqual(
            repl.stdout.components(separatedBy: "type/token ratio").count - 1, 2,
            "stats ran before and after: \(repl.stdout)")
    }

    /// A plugin for another language skips the document's layer; the document is analysed.
    func testALanguageMismatchSkipsThePluginNotTheDocument() throws {
        let plugin = folder.appendingPathComponent("english-only.yaml")
        try "name: english-only\nkind: gazetteer\nlabel: LOC\nlanguages: [en]\nentries: [Berlin, harbour]\n"
            .write(to: plugin, atomically: true, encoding: .utf8)
        let german = packageRoot().appendingPathComponent("examples/bundestag-de.txt").path
        let all = try loupe(["analyze", "--plugin", plugin.path, "--format", "jsonl", "--no-progress", german, example])
        XCTAssertEqual(all.status, 0, "not an error when the analyzers were not named: \(all.stderr)")
        let objects = try jsonLines(all.stdout)
        XCTAssertEqual(objects.count, 2)
        XCTAssertNil(objects[0]["english-only"], "skipped on the German document")
        XCTAssertNil(objects[0]["errors"])
        XCTAssertNotNil(objects[0]["entities"], "the German document is analysed")
        XCTAssertNotNil(objects[1]["english-only"], "run on the English one")
        // Named explicitly, it is that layer's error, and the others stay.
        let named = try loupe([
            "analyze", "--plugin", plugin.path, "--analyzers", "stats,english-only", "--format", "jsonl", german,
        ])
        XCTAssertEqual(named.status, 1)
        let object = try XCTUnwrap(try jsonLines(named.stdout).first)
        XCTAssertNotNil(object["stats"])
        XCTAssertEqual((object["errors"] as? [[String: String]])?.first?["code"], "E004")
    }

    func testInCorpusModeOneBadDocumentFailsAlone() throws {
        let plugin = try misbehavingPlugin()
        for trigger in ["CRASH", "GARBAGE"] {
            let input =
                (0..<6).map { i in
                    "{\"id\": \"d\(i)\", \"text\": \"Document number \(i)\(i == 3 ? " says \(trigger)" : "").\"}"
                }.joined(separator: "\n") + "\n"
            let result = try loupe(
                [
                    "analyze", "--plugin", plugin, "--analyzers", "stats,moody", "--input", "jsonl", "--format",
                    "jsonl",
                    "--jobs", "1", "--no-progress", "-",
                ], stdin: input)
            XCTAssertEqual(result.status, 1, result.stderr)
            let objects = try jsonLines(result.stdout)
            XCTAssertEqual(objects.map { $0["id"] as? String }, ["d0", "d1", "d2", "d3", "d4", "d5"], trigger)
            for object in objects {
                XCTAssertNotNil(object["stats"], "\(trigger): \(object)")
                if object["id"] as? String == "d3" {
                    XCTAssertNil(object["moody"], trigger)
                    XCTAssertEqual((object["errors"] as? [[String: String]])?.first?["analyzer"], "moody", trigger)
                } else {
                    XCTAssertNotNil(object["moody"], "\(trigger): the batch was retried one by one: \(object)")
                    XCTAssertNil(object["errors"], trigger)
                }
            }
            XCTAssertTrue(result.stderr.contains("1 failed"), result.stderr)
        }
    }

    /// Whether a process is gone (or a zombie waiting for its parent to collect it).
    func isGone(_ pid: pid_t) -> Bool {
        if kill(pid, 0) != 0 { return true }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true
    }

    /// A plugin behind `sh -c` (the shell forks it, so killing the shell alone would leave it
    /// running): at its timeout the whole process group goes, in batch and in the REPL.
    func testAHangingWrappedPluginIsKilledWithItsWholeProcessGroup() throws {
        let plugin = try misbehavingPlugin(command: "[sh, -c, 'python3 moody.py; true']")
        let pidFile = URL(fileURLWithPath: plugin).appendingPathComponent("pids")
        let started = Date()
        let result = try loupe(
            ["analyze", "--plugin", plugin, "--analyzers", "stats,moody", "--format", "jsonl", "--no-progress", "-"],
            stdin: "This one says HANG.\n")
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("did not answer within 1 s"), result.stderr)
        let document = folder.appendingPathComponent("hang.txt")
        try "This one says HANG.".write(to: document, atomically: true, encoding: .utf8)
        let repl = try loupe(["-e", "load \(document.path); moody; stats", "--plugin", plugin, "--keep-going"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertTrue(repl.stdout.contains("type/token ratio"), "the next command runs: \(repl.stdout) \(repl.stderr)")
        let pids = try String(contentsOf: pidFile, encoding: .utf8).split(separator: "\n").compactMap { pid_t($0) }
        XCTAssertGreaterThanOrEqual(pids.count, 2, "the plugin was started in both runs")
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline, !pids.allSatisfy(isGone) { usleep(50_000) }
        for pid in pids where !isGone(pid) {
            kill(pid, SIGKILL)
            XCTFail("the plugin's child \(pid) survived its timeout")
        }
    }

    // MARK: - Reports

    /// Totals are added in input order, so the report is the same for any number of workers
    /// (equal tones, a speaker's first items and equal counts used to follow the threads).
    func testReportIsTheSameForAnyNumberOfJobs() throws {
        let root = packageRoot().appendingPathComponent("examples")
        let paragraphs = try ["bundestag-de.txt", "harbour-en.txt"].flatMap { name in
            try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n\n")
                .filter { $0.count > 80 }
        }
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        let lines = try (0..<90).map { i -> String in
            let text = paragraphs[i % paragraphs.count] + "\n\n" + paragraphs[(i * 7) % paragraphs.count]
            return String(
                decoding: try JSONSerialization.data(withJSONObject: ["id": "d\(i)", "text": text]), as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
        for format in ["table", "json"] {
            let arguments = ["report", "--input", "jsonl", "--ref", "2024-06-18", "--format", format, corpus.path]
            let one = try loupe(arguments + ["--jobs", "1"])
            XCTAssertEqual(one.status, 0, one.stderr)
            for _ in 0..<3 {
                let two = try loupe(arguments + ["--jobs", "2"])
                XCTAssertEqual(two.stdout, one.stdout, "--jobs 2 gives the report of --jobs 1 (\(format))")
            }
        }
    }

    // MARK: - Exports

    func testExportWritesOnlyRegularFilesAndNewPathsAndKeepsPermissions() throws {
        let fm = FileManager.default
        let fifo = folder.appendingPathComponent("fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let directory = folder.appendingPathComponent("dir").path
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let victim = folder.appendingPathComponent("victim.txt").path
        try "keep me".write(toFile: victim, atomically: false, encoding: .utf8)
        let link = folder.appendingPathComponent("link.json").path
        try fm.createSymbolicLink(atPath: link, withDestinationPath: victim)
        for target in [fifo, directory, link] {
            let result = try loupe(["-e", "load \(example); export json \(target)"])
            XCTAssertEqual(result.status, 1, target)
            XCTAssertTrue(result.stderr.contains("[E211]"), "\(target): \(result.stderr)")
        }
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "keep me")

        // A private file stays private; a new file is written; nothing temporary is left.
        let secret = folder.appendingPathComponent("secret.json").path
        try "old".write(toFile: secret, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(secret, 0o600), 0)
        let fresh = folder.appendingPathComponent("fresh.csv").path
        let result = try loupe(["-e", "load \(example); stats; export json \(secret); export csv \(fresh)"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(stat(secret, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600, "the target's permissions are kept")
        XCTAssertTrue(try String(contentsOfFile: secret, encoding: .utf8).contains("\"stats\""))
        XCTAssertTrue(fm.fileExists(atPath: fresh))
        XCTAssertFalse(try fm.contentsOfDirectory(atPath: folder.path).contains { $0.hasSuffix(".tmp") })
    }

    /// The temporary file's name was `.NAME.PID.tmp`: a symbolic link planted there was written
    /// through. Now the name is random and the file is created exclusively.
    func testExportDoesNotWriteThroughAPlantedSymbolicLink() throws {
        let victim = folder.appendingPathComponent("victim.txt").path
        try "keep me".write(toFile: victim, atomically: false, encoding: .utf8)
        let target = folder.appendingPathComponent("out.json")
        let process = Process()
        process.executableURL = LoupeProcess.executable
        process.environment = ProcessInfo.processInfo.environment.merging(isolated.merging(["NO_COLOR": "1"]) { $1 }) {
            $1
        }
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The old predictable name, for this very process.
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent(".out.json.\(process.processIdentifier).tmp").path,
            withDestinationPath: victim)
        input.fileHandleForWriting.write(Data("load \(example)\nexport json \(target.path)\n".utf8))
        try input.fileHandleForWriting.close()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, stderr)
        XCTAssertEqual(
            try String(contentsOfFile: victim, encoding: .utf8), "keep me", "the planted link's target is untouched")
        var info = stat()
        XCTAssertEqual(lstat(target.path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG, "the export is a regular file, not the planted link")
        XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).contains("\"id\""))
    }

    // MARK: - Declarative regexes

    /// `(a+)+$` on forty a's and a b backtracks for minutes without a bound.
    func testACatastrophicRegexIsStoppedWithACodedError() throws {
        let plugin = folder.appendingPathComponent("evil.yaml")
        try """
        loupe: 1
        name: evil
        kind: patterns
        patterns:
          - {label: RUNAWAY, regex: '(a+)+$'}
        """.write(to: plugin, atomically: true, encoding: .utf8)
        let tokens = folder.appendingPathComponent("evil-tokens.yaml")
        try """
        loupe: 1
        name: evil-tokens
        kind: patterns
        patterns:
          - label: RUNAWAY
            tokens:
              - {regex: '(a+)+$'}
        """.write(to: tokens, atomically: true, encoding: .utf8)
        let text = "Hier steht " + String(repeating: "a", count: 40) + "b"
        let document = folder.appendingPathComponent("evil.txt")
        try text.write(to: document, atomically: true, encoding: .utf8)

        for (name, path) in [("evil", plugin.path), ("evil-tokens", tokens.path)] {
            var started = Date()
            let batch = try loupe([
                "analyze", "--plugin", path, "--analyzers", "stats,\(name)", "--format", "jsonl", "--no-progress",
                document.path,
            ])
            XCTAssertLessThan(Date().timeIntervalSince(started), 15, "bounded by the attempt limit (2 s)")
            XCTAssertEqual(batch.status, 1, batch.stderr)
            XCTAssertTrue(batch.stderr.contains("[E704]"), batch.stderr)
            let object = try XCTUnwrap(try jsonLines(batch.stdout).first)
            XCTAssertNotNil(object["stats"], "the other layers stay")
            XCTAssertEqual((object["errors"] as? [[String: String]])?.first?["code"], "E704")

            started = Date()
            let budget = try loupe([
                "analyze", "--plugin", path, "--analyzers", name, "--time-budget", "0.5", "--format", "jsonl",
                "--no-progress", document.path,
            ])
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, "the time budget stops it")
            XCTAssertTrue(budget.stderr.contains("[E010]"), budget.stderr)

            let repl = try loupe(["-e", "load \(document.path); \(name); stats", "--plugin", path, "--keep-going"])
            XCTAssertTrue(repl.stderr.contains("[E704]"), repl.stderr)
            XCTAssertTrue(repl.stdout.contains("type/token ratio"), "the REPL takes the next command: \(repl.stdout)")
        }
    }

    /// A 1 MB anchor used 2,000 times: refused before it is expanded (it took minutes).
    func testYAMLAliasesAreRefusedBeforeTheyAreExpanded() throws {
        let bomb = folder.appendingPathComponent("bomb.yaml")
        var lines = [
            "loupe: 1", "name: bomb", "kind: gazetteer", "entries:",
            "  - {phrase: &big \(String(repeating: "x", count: 1_000_000)), label: X}",
        ]
        lines += Array(repeating: "  - {phrase: *big, label: X}", count: 2000)
        try lines.joined(separator: "\n").write(to: bomb, atomically: true, encoding: .utf8)
        let started = Date()
        let result = try loupe(["analyze", "--plugin", bomb.path, "--analyzers", "stats", example])
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.stderr.contains("[E732]") && result.stderr.contains("bomb.yaml:6:")
                && result.stderr.contains("aliases"), result.stderr)

        // Stars and ampersands that are no aliases still load.
        let fine = folder.appendingPathComponent("fine.yaml")
        try """
        loupe: 1
        name: fine  # a comment with &a and *a
        kind: gazetteer
        label: ORG
        entries:
          - {phrase: AT&T}
          - {phrase: 'Müller & Söhne'}
          - {phrase: "&a", canonical: '*a'}
          - {phrase: '*a'}
        """.write(to: fine, atomically: true, encoding: .utf8)
        let loaded = try loupe(
            ["analyze", "--plugin", fine.path, "--analyzers", "fine", "--format", "jsonl", "-"],
            stdin: "AT&T kauft Müller & Söhne.")
        XCTAssertEqual(loaded.status, 0, loaded.stderr)
        XCTAssertTrue(loaded.stdout.contains("\"AT&T\""), loaded.stdout)
    }
}
