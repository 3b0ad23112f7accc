import Foundation
import LoupeTestSupport
import XCTest

/// The REPL on a real (pseudo-)terminal: completion, history across restarts, Ctrl-C, Ctrl-D.
final class TerminalTests: XCTestCase {
    func testCompletionHistoryAndInterrupt() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = [
            "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "TERM": "xterm", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
        ]
        let example = packageRoot().appendingPathComponent("examples/bundestag-de.txt").path

        do {
            let terminal = try PseudoTerminal(LoupeProcess.executable, environment: environment)
            XCTAssertTrue(terminal.waitFor("loupe> "), terminal.output)
            // Tab completes a command.
            var mark = terminal.mark
            terminal.send("lo\t")
            XCTAssertTrue(terminal.waitFor("load ", after: mark), terminal.output)
            terminal.send("\(example)\r")
            XCTAssertTrue(terminal.waitFor("loaded", after: mark), terminal.output)
            // (the prompt first: keys typed while `load` still runs reach no line to edit, and a Ctrl-C
            // then interrupts the command instead)
            XCTAssertTrue(terminal.waitFor("loupe[bundestag-de.txt]> ", after: mark), terminal.output)
            // Ctrl-C on a half-typed line gives a fresh prompt and drops the line.
            mark = terminal.mark
            terminal.send("stat")
            XCTAssertTrue(terminal.waitFor("stat", after: mark))
            terminal.send("\u{03}")
            XCTAssertTrue(terminal.waitFor("^C", after: mark), terminal.output)
            XCTAssertTrue(terminal.waitFor("loupe[bundestag-de.txt]> ", after: mark), terminal.output)
            mark = terminal.mark
            terminal.send("kwic Alb\t")
            XCTAssertTrue(terminal.waitFor("Albers", after: mark), "completes the document's words: \(terminal.output)")
            terminal.send("\r")
            XCTAssertTrue(terminal.waitFor("occurrences", after: mark), terminal.output)
            XCTAssertFalse(terminal.output[mark...].contains("statkwic"))
            // An error does not end the REPL.
            mark = terminal.mark
            terminal.send("nonsense\r")
            XCTAssertTrue(terminal.waitFor("E201", after: mark), terminal.output)
            // Ctrl-C stops a long analysis at its next sentence and returns to the prompt; the
            // session goes on at once (nothing left running in the background).
            let big = home.appendingPathComponent("big.txt")
            try String(repeating: try String(contentsOfFile: example, encoding: .utf8) + "\n\n", count: 3000)
                .write(to: big, atomically: true, encoding: .utf8)
            mark = terminal.mark
            terminal.send("entities\r")  // loads the model now, so that Ctrl-C below meets the sentence loop
            XCTAssertTrue(terminal.waitFor("Albers", after: mark, timeout: 60), terminal.output)
            mark = terminal.mark
            terminal.send("load \(big.path)\r")
            XCTAssertTrue(terminal.waitFor("loupe[big.txt]> ", after: mark, timeout: 60), terminal.output)
            mark = terminal.mark
            terminal.send("stats\r")  // tokenizes first, so that what Ctrl-C interrupts is the analysis
            XCTAssertTrue(terminal.waitFor("tokens", after: mark, timeout: 60), terminal.output)
            // The prompt after the table (readline may redraw the prompt line while "stats" is typed).
            let table = try XCTUnwrap(terminal.output.range(of: "tokens", range: mark..<terminal.output.endIndex))
            XCTAssertTrue(terminal.waitFor("loupe[big.txt]> ", after: table.upperBound), terminal.output)
            mark = terminal.mark
            terminal.send("entities\r")
            Thread.sleep(forTimeInterval: 0.5)
            terminal.send("\u{03}")
            XCTAssertTrue(
                terminal.waitFor("^C [E009] cancelled while 'entities' was running", after: mark, timeout: 5),
                terminal.output)
            XCTAssertTrue(terminal.waitFor("loupe[big.txt]> ", after: mark), terminal.output)
            XCTAssertFalse(terminal.output[mark...].contains("background"), terminal.output)
            XCTAssertFalse(
                terminal.output[mark...].contains("Bundestag"),
                "the cancelled command prints no result: \(terminal.output[mark...])")
            mark = terminal.mark
            terminal.send("set\r")
            XCTAssertTrue(
                terminal.waitFor("time-budget", after: mark, timeout: 3),
                "no wait for a background command: \(terminal.output)")
            terminal.send("quit\r")
            XCTAssertEqual(terminal.waitForExit(), 0)
        }

        let historyFile = home.appendingPathComponent("state/loupe/history")
        let attributes = try FileManager.default.attributesOfItem(atPath: historyFile.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)

        do {
            // History survives a restart: Up recalls the last line of the previous session.
            let terminal = try PseudoTerminal(LoupeProcess.executable, environment: environment)
            XCTAssertTrue(terminal.waitFor("loupe> "), terminal.output)
            let mark = terminal.mark
            terminal.send("\u{1B}[A")
            XCTAssertTrue(terminal.waitFor("quit", after: mark), terminal.output)
            terminal.send("\u{15}\u{04}")  // Ctrl-U clears the line, Ctrl-D on an empty line leaves
            XCTAssertEqual(terminal.waitForExit(), 0)
        }
    }

    /// A command's output starts on a line of its own, not drawn over a prompt that readline
    /// put back after Enter; `quit` leaves without a last prompt.
    func testOutputStartsOnAFreshLineAndQuitLeavesQuietly() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-pty-draw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = [
            "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "TERM": "xterm", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
        ]
        let example = packageRoot().appendingPathComponent("examples/bundestag-de.txt").path
        let terminal = try PseudoTerminal(LoupeProcess.executable, arguments: [example], environment: environment)
        let prompt = "loupe[bundestag-de.txt]> "
        XCTAssertTrue(terminal.waitFor(prompt, timeout: 30), terminal.output)
        // One command run on the loop's thread (`set`), one on a worker (`stats`).
        for (command, firstLine) in [("set ref 2024-06-18", "ref = 2024-06-18"), ("stats", "sentences")] {
            let mark = terminal.mark
            terminal.send(command + "\r")
            XCTAssertTrue(terminal.waitFor(firstLine, after: mark, timeout: 30), terminal.output)
            let typed = try XCTUnwrap(terminal.output.range(of: command, range: mark..<terminal.output.endIndex))
            let rest = typed.upperBound..<terminal.output.endIndex
            let output = try XCTUnwrap(terminal.output.range(of: firstLine, range: rest))
            let between = terminal.output[typed.upperBound..<output.lowerBound]
            XCTAssertFalse(between.contains("loupe"), "no prompt before the output: \(between.debugDescription)")
            XCTAssertTrue(terminal.waitFor(prompt, after: output.upperBound), terminal.output)
        }
        let mark = terminal.mark
        terminal.send("quit\r")
        XCTAssertEqual(terminal.waitForExit(), 0)
        let after = terminal.output[mark...]
        XCTAssertFalse(after.contains("loupe"), "no prompt after quit: \(after.debugDescription)")
    }

    /// Ctrl-C while an external plugin hangs: the prompt is back within a second, the plugin is
    /// stopped (not left to its 30 s timeout), and the next command runs at once.
    func testCtrlCStopsAHangingPluginAtOnce() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            throw XCTSkip("python3 is not installed")
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-pty-hang-\(UUID().uuidString)")
        let plugin = home.appendingPathComponent("sleepy")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "name: sleepy\nkind: external\ncommand: [python3, sleepy.py]\ntimeout: 30\n"
            .write(to: plugin.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        try """
        import json, sys, time
        for line in sys.stdin:
            m = json.loads(line)
            if m["type"] == "hello":
                print(json.dumps({"type": "hello", "protocol": 1, "name": "sleepy", "offsets": "codepoint"}), flush=True)
            elif m["type"] == "analyze":
                time.sleep(60)
        """.write(to: plugin.appendingPathComponent("sleepy.py"), atomically: true, encoding: .utf8)
        let environment = [
            "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "TERM": "xterm", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
        ]
        let example = packageRoot().appendingPathComponent("examples/bundestag-de.txt").path
        let terminal = try PseudoTerminal(
            LoupeProcess.executable, arguments: ["--plugin", plugin.path, example], environment: environment)
        XCTAssertTrue(terminal.waitFor("loupe[bundestag-de.txt]> ", timeout: 30), terminal.output)
        var mark = terminal.mark
        terminal.send("sleepy\r")
        Thread.sleep(forTimeInterval: 1)
        let pressed = Date()
        terminal.send("\u{03}")
        XCTAssertTrue(
            terminal.waitFor("^C [E009] cancelled while 'sleepy' was running", after: mark, timeout: 5), terminal.output
        )
        XCTAssertTrue(terminal.waitFor("loupe[bundestag-de.txt]> ", after: mark, timeout: 5), terminal.output)
        XCTAssertLessThan(Date().timeIntervalSince(pressed), 1.5, "back at the prompt within about a second")
        mark = terminal.mark
        let next = Date()
        terminal.send("stats\r")
        XCTAssertTrue(terminal.waitFor("type/token ratio", after: mark, timeout: 10), terminal.output)
        XCTAssertLessThan(Date().timeIntervalSince(next), 5, "the next command did not wait for the plugin's timeout")
        terminal.send("quit\r")
        XCTAssertEqual(terminal.waitForExit(), 0)
    }
}
