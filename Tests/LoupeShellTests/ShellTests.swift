import Foundation
import LoupeKit
import LoupeShell
import LoupeTestSupport
import XCTest

final class WordsTests: XCTestCase {
    func testSplitsWithQuotesAndEscapes() {
        XCTAssertEqual(Words.split(#"load "my file.txt""#), ["load", "my file.txt"])
        XCTAssertEqual(Words.split(#"kwic 'a b' --width 3"#), ["kwic", "a b", "--width", "3"])
        XCTAssertEqual(Words.split(#"load my\ file.txt"#), ["load", "my file.txt"])
        XCTAssertEqual(Words.split("   "), [])
    }

    func testStatementsSplitOutsideQuotes() {
        XCTAssertEqual(Words.splitStatements("load x; stats ;kwic 'a;b'"), ["load x", "stats", "kwic 'a;b'"])
    }
}

final class ShellTests: XCTestCase {
    var folder: URL!
    var shell: Shell!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-shell")
        try "Der Präsident sagte am Montag, dass Putin nicht kommen werde. Putins Besuch sei abgesagt."
            .write(to: folder.appendingPathComponent("artikel.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("unter"), withIntermediateDirectories: true)
        shell = Shell(session: Session())
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testLoadAndAnalyze() throws {
        _ = try shell.execute("load \(path("artikel.txt"))")
        XCTAssertEqual(shell.session.current?.language, .german)
        let output = try shell.execute("stats --top 20").plainText
        XCTAssertTrue(output.contains("sentences"), output)
        XCTAssertTrue(output.contains("Putin"), output)
        let kwic = try shell.execute("kwic putin* --width 10").plainText
        XCTAssertTrue(kwic.contains("2 occurrences"), kwic)
    }

    func testErrorsAreCodedAndHelpful() throws {
        XCTAssertThrowsError(try shell.execute("stats")) { XCTAssertEqual(($0 as? LoupeError)?.code, "E202") }
        XCTAssertThrowsError(try shell.execute("lod x")) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E201")
            XCTAssertTrue("\(error)".contains("did you mean 'load'"), "\(error)")
        }
        XCTAssertThrowsError(try shell.execute("load \(path("nothing.txt"))")) {
            XCTAssertEqual(($0 as? LoupeError)?.code, "E101")
        }
        _ = try shell.execute("load \(path("artikel.txt"))")
        XCTAssertThrowsError(try shell.execute("stats --topp 3")) { XCTAssertEqual(($0 as? LoupeError)?.code, "E006") }
        XCTAssertThrowsError(try shell.execute("stats --top many")) {
            XCTAssertEqual(($0 as? LoupeError)?.code, "E007")
        }
        XCTAssertThrowsError(try shell.execute("set ref tomorrow")) {
            XCTAssertEqual(($0 as? LoupeError)?.code, "E110")
        }
        XCTAssertThrowsError(try shell.execute("set lang fr")) { XCTAssertEqual(($0 as? LoupeError)?.code, "E112") }
        XCTAssertThrowsError(try shell.execute("export yaml x")) { XCTAssertEqual(($0 as? LoupeError)?.code, "E207") }
        // The session is intact after the errors.
        XCTAssertEqual(shell.session.documents.count, 1)
    }

    func testReportTellsWhoSaidWhatAcrossDocuments() throws {
        // Sentences written for this test: one speaker in two documents, with a quotation, speech in
        // the reporter's words and a speech act; an unresolved pronoun counts under no name.
        try
            "Die Bürgermeisterin Anna Keller sagte am Montag, die neue Brücke werde im Herbst fertig. „Wir halten den Zeitplan ein“, sagte Anna Keller."
            .write(to: folder.appendingPathComponent("eins.txt"), atomically: true, encoding: .utf8)
        try "Anna Keller forderte am Dienstag mehr Geld vom Land. „Das reicht nicht für die Schulen“, sagte Keller."
            .write(to: folder.appendingPathComponent("zwei.txt"), atomically: true, encoding: .utf8)
        _ = try shell.execute("load \(path("eins.txt"))")
        _ = try shell.execute("load \(path("zwei.txt"))")
        let output = try shell.execute("report").plainText
        XCTAssertTrue(output.contains("who said what"), output)
        let row = output.split(separator: "\n").first { $0.contains("Anna Keller") && $0.contains("Zeitplan") }
        XCTAssertNotNil(row, output)
        // documents, quoted, indirect, reported, free-indirect
        let numbers = row.map { $0.split(separator: " ").compactMap { Int($0) } } ?? []
        XCTAssertEqual(numbers.prefix(5), [2, 2, 1, 1, 0], output)
    }

    func testSettingsApply() throws {
        _ = try shell.execute("load \(path("artikel.txt"))")
        _ = try shell.execute("set lang en")
        XCTAssertEqual(shell.session.current?.language, .english)
        _ = try shell.execute("set lang auto")
        XCTAssertEqual(shell.session.current?.language, .german)
        _ = try shell.execute("set ref 2024-06-18")
        XCTAssertEqual(shell.session.current?.reference?.description, "2024-06-18")
        _ = try shell.execute("set format json")
        let json = try shell.execute("stats").plainText
        XCTAssertTrue(json.hasPrefix("{"), json)
        _ = try shell.execute("set kwic.width 5")
        XCTAssertEqual(shell.session.options["kwic.width"], "5")
    }

    func testExportJSONIsAtomicAndComplete() throws {
        _ = try shell.execute("load \(path("artikel.txt"))")
        _ = try shell.execute("stats")
        _ = try shell.execute("export json \(path("out.json"))")
        let data = try Data(contentsOf: folder.appendingPathComponent("out.json"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertNotNil(object["stats"])
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }, [])
        XCTAssertThrowsError(try shell.execute("export json \(path("no/such/folder/out.json"))")) {
            XCTAssertEqual(($0 as? LoupeError)?.code, "E204")
        }
    }

    func testDocsAndUse() throws {
        _ = try shell.execute("load \(path("artikel.txt"))")
        _ = try ScriptPaste.paste(shell, lines: ["The president said so.", "."])
        XCTAssertEqual(shell.session.documents.count, 2)
        XCTAssertEqual(shell.session.current?.language, .english)
        _ = try shell.execute("use 1")
        XCTAssertEqual(shell.session.current?.id, path("artikel.txt"))
        XCTAssertTrue(try shell.execute("docs").plainText.contains("paste-1"))
    }

    func testHelp() throws {
        XCTAssertTrue(try shell.execute("help").plainText.contains("load PATH"))
        XCTAssertTrue(try shell.execute("help kwic").plainText.contains("--width"))
        XCTAssertThrowsError(try shell.execute("help nothing"))
        // the overview fits a terminal: long usages are cut to their name, `help NAME` gives them whole
        let overview = try shell.execute("help").plainText
        XCTAssertTrue(overview.contains("set […]"))
        XCTAssertFalse(overview.contains("time-budget SECONDS"))
        XCTAssertTrue(try shell.execute("help set").plainText.contains("time-budget SECONDS"))
        // (the first column is as wide as its longest usage, so the commands' lines stay short)
        let commandLines = overview.split(separator: "\n").prefix { !$0.hasPrefix("Analyzers") }
        XCTAssertTrue(commandLines.allSatisfy { $0.count < 110 }, commandLines.filter { $0.count >= 110 }.joined())
    }
}

/// A line source that records how each line was asked for.
final class RecordingLineSource: LineSource {
    var lines: [String]
    var asked: [String] = []
    init(lines: [String]) { self.lines = lines }
    func readLine(prompt: String) -> String? {
        asked.append("command"); return lines.isEmpty ? nil : lines.removeFirst()
    }
    func readText(prompt: String) -> String? { asked.append("text"); return lines.isEmpty ? nil : lines.removeFirst() }
}

final class PasteHistoryTests: XCTestCase {
    /// `paste` reads its lines as text, which the line editor keeps out of the history (a pasted
    /// article would otherwise flood it and be written to the history file).
    func testPastedLinesAreReadAsTextNotCommands() throws {
        let shell = Shell(session: Session())
        let source = RecordingLineSource(lines: ["Ein Satz.", "Noch einer.", "."])
        shell.input = source
        _ = try shell.execute("paste")
        XCTAssertEqual(source.asked, ["text", "text", "text"])
    }
}

/// Feeds `paste` from a list of lines.
enum ScriptPaste {
    static func paste(_ shell: Shell, lines: [String]) throws -> Rendering {
        let source = ScriptLineSource(lines: lines)
        shell.input = source
        return try shell.execute("paste")
    }
}

final class CompletionTests: XCTestCase {
    func testCommandsAnalyzersOptionsAndValues() throws {
        let shell = Shell(session: Session())
        let completer = Completer(shell: shell)
        XCTAssertEqual(completer.candidates(before: "", word: "lo"), ["load"])
        XCTAssertTrue(completer.candidates(before: "", word: "s").contains("stats"))
        XCTAssertEqual(completer.candidates(before: "kwic ", word: "--w"), ["--width"])
        XCTAssertEqual(completer.candidates(before: "set ", word: "la"), ["lang"])
        XCTAssertEqual(completer.candidates(before: "set lang ", word: ""), ["auto", "de", "en"])
        XCTAssertEqual(completer.candidates(before: "set ", word: "kwic.w"), ["kwic.width"])
        XCTAssertEqual(completer.candidates(before: "help ", word: "kw"), ["kwic"])
        XCTAssertEqual(completer.candidates(before: "export ", word: "j"), ["json"])
    }

    func testTildeIsHomeAndKeepsItsSlash() throws {
        // `load ~/` + Tab lists $HOME's entries (it completed to "~/root/" from the home folder's parent)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "text".write(to: home.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
        let saved = ProcessInfo.processInfo.environment["HOME"]
        setenv("HOME", home.path, 1)
        defer {
            if let saved { setenv("HOME", saved, 1) } else { unsetenv("HOME") }
            try? FileManager.default.removeItem(at: home)
        }
        XCTAssertEqual(Completer.paths("~/"), ["~/articles/", "~/note.txt"])
        XCTAssertEqual(Completer.paths("~/ar"), ["~/articles/"])
    }

    func testPathsAndDocumentWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "loupe-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("texte"), withIntermediateDirectories: true)
        try "Putin traf Putins Gäste. Pjöngjang lag still.".write(
            to: folder.appendingPathComponent("artikel.txt"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shell = Shell(session: Session())
        let completer = Completer(shell: shell)
        XCTAssertEqual(completer.candidates(before: "load ", word: folder.path + "/ar"), [folder.path + "/artikel.txt"])
        XCTAssertEqual(completer.candidates(before: "load ", word: folder.path + "/te"), [folder.path + "/texte/"])
        XCTAssertEqual(
            completer.candidates(before: "export json ", word: folder.path + "/a"), [folder.path + "/artikel.txt"])
        _ = try shell.execute("load \(folder.path)/artikel.txt")
        XCTAssertEqual(completer.candidates(before: "kwic ", word: "P"), ["Pjöngjang", "Putin", "Putins"])
        XCTAssertEqual(completer.candidates(before: "kwic ", word: "put"), ["Putin", "Putins"])
    }
}
