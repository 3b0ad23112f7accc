import Foundation
import LoupeTestSupport
import XCTest

/// The three ways to add an analyzer, each run through the built `loupe` as docs/plugins.md
/// shows them.
final class PluginCommandTests: XCTestCase {
    let root = packageRoot()
    var example: String { root.appendingPathComponent("examples/bundestag-de.txt").path }
    var plugins: String { root.appendingPathComponent("examples/plugins").path }
    /// No plugins from the developer's own config folder.
    let isolated = [
        "XDG_CONFIG_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("loupe-no-config").path
    ]

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testDeclarativeGazetteerAndPatterns() throws {
        let result = try LoupeProcess.run(
            [
                "analyze", "--plugin", "\(plugins)/parties.yaml", "--plugin", "\(plugins)/money.yaml",
                "--analyzers", "parties,money", "--format", "json", example,
            ], environment: isolated)
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try json(result.stdout)
        let parties = try XCTUnwrap(object["parties"] as? [[String: Any]])
        XCTAssertEqual(parties.first?["text"] as? String, "Union")
        XCTAssertEqual(parties.first?["canonical"] as? String, "CDU/CSU")
        let money = try XCTUnwrap(object["money"] as? [[String: Any]]).map { $0["text"] as? String }
        XCTAssertEqual(money, ["4,2 Milliarden Euro", "800 Millionen Euro"])
    }

    /// A script cannot trust the plugins of the folder it runs in; a person can, at the prompt
    /// or with `loupe plugins trust DIR`, which shows what the plugins run.
    func testOnlyAPersonTrustsAProjectsPlugins() throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent(
            "loupe-trust-e2e-\(UUID().uuidString)")
        let local = project.appendingPathComponent(".loupe/plugins")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.copyItem(
            atPath: "\(plugins)/parties.yaml", toPath: local.appendingPathComponent("parties.yaml").path)
        try "name: shouty\nkind: external\ncommand: [python3, shouty.py]\n".write(
            to: local.appendingPathComponent("shouty.yaml"), atomically: true, encoding: .utf8)
        let config = ["XDG_CONFIG_HOME": project.appendingPathComponent("config").path]
        let script = project.appendingPathComponent("setup.loupe")
        try "plugin trust\n".write(to: script, atomically: true, encoding: .utf8)
        for arguments in [["-e", "plugin trust"], ["run", script.path]] {
            let refused = try LoupeProcess.run(arguments, directory: project, environment: config)
            XCTAssertEqual(refused.status, 1, "\(arguments)")
            XCTAssertTrue(
                refused.stderr.contains("[E706]") && refused.stderr.contains("loupe plugins trust"), refused.stderr)
        }
        let before = try LoupeProcess.run(
            ["analyze", "--analyzers", "parties", example], directory: project, environment: config)
        XCTAssertNotEqual(before.status, 0, "not trusted, so not loaded: \(before.stdout)")
        let trusted = try LoupeProcess.run(["plugins", "trust", project.path], environment: config)
        XCTAssertEqual(trusted.status, 0, trusted.stderr)
        XCTAssertTrue(
            trusted.stdout.contains("runs python3 shouty.py") && trusted.stdout.contains("sha256:"), trusted.stdout)
        let after = try LoupeProcess.run(
            ["analyze", "--analyzers", "parties", "--format", "json", example], directory: project, environment: config)
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertNotNil(try json(after.stdout)["parties"])
    }

    /// Options a manifest declares are set like built-in ones and reach the plugin; gazetteers
    /// and patterns files take `label`.
    func testPluginsTakeOptions() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            throw XCTSkip("python3 is not installed")
        }
        func count(_ extra: [String], _ analyzer: String, plugin: String) throws -> Int {
            let result = try LoupeProcess.run(
                ["analyze", "--plugin", plugin, "--analyzers", analyzer, "--format", "json"] + extra + [example],
                environment: isolated)
            XCTAssertEqual(result.status, 0, result.stderr)
            return try XCTUnwrap(try json(result.stdout)[analyzer] as? [Any]).count
        }
        let long = "\(plugins)/long-sentences"
        let byDefault = try count([], "long-sentences", plugin: long)
        let shorter = try count(["--option", "long-sentences.min-words=8"], "long-sentences", plugin: long)
        XCTAssertGreaterThan(shorter, byDefault, "the plugin got min-words=8")
        let refused = try LoupeProcess.run(
            ["-e", "load \(example); long-sentences --min-words 0", "--plugin", long], environment: isolated)
        XCTAssertTrue(refused.stderr.contains("[E007]") && refused.stderr.contains("from 1 to 1000"), refused.stderr)
        let help = try LoupeProcess.run(["-e", "help long-sentences", "--plugin", long], environment: isolated)
        XCTAssertTrue(help.stdout.contains("--min-words N"), help.stdout)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let gazetteer = folder.appendingPathComponent("places.yaml")
        try
            "name: places\nkind: gazetteer\nentries:\n  - {phrase: Berlin, label: LOC}\n  - {phrase: Bundestag, label: ORG}\n"
            .write(to: gazetteer, atomically: true, encoding: .utf8)
        let all = try count([], "places", plugin: gazetteer.path)
        let places = try count(["--option", "places.label=LOC"], "places", plugin: gazetteer.path)
        XCTAssertTrue(places > 0 && places < all, "\(places) of \(all)")
        let unknown = try LoupeProcess.run(
            ["analyze", "--plugin", gazetteer.path, "--analyzers", "places", "--option", "places.label=PER", example],
            environment: isolated)
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("LOC, ORG"), unknown.stderr)

        let broken = folder.appendingPathComponent("broken.yaml")
        try "name: broken\nkind: external\ncommand: [python3, x.py]\noptions:\n  depth: {type: integer}\n".write(
            to: broken, atomically: true, encoding: .utf8)
        let bad = try LoupeProcess.run(["analyze", "--plugin", broken.path, example], environment: isolated)
        XCTAssertTrue(bad.stderr.contains("broken.yaml:5:") && bad.stderr.contains("type is one of"), bad.stderr)
    }

    func testBrokenPluginFileSaysWhereAndWhat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.yaml")
        try "name: broken\nkind: patterns\npatterns:\n  - {label: X, regexp: 'a+'}\n".write(
            to: file, atomically: true, encoding: .utf8)
        let result = try LoupeProcess.run(["analyze", "--plugin", file.path, example], environment: isolated)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("broken.yaml:4:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("unknown key 'regexp'"), result.stderr)
    }

    func testExternalPythonAndPerlPlugins() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/perl")
        else {
            throw XCTSkip("python3 or perl missing")
        }
        let input = """
            {"id": "a", "text": "Ein Sprecher des Deutschen Gewerkschaftsbundes (DGB) sagte, der DGB begrüße die Einigung, die nach langen und zähen Verhandlungen zwischen den Tarifparteien, den Arbeitgebern und den Vertretern der Beschäftigten am Ende doch noch zustande kam."}
            {"id": "b", "text": "Short text. No acronym here."}
            """
        let result = try LoupeProcess.run(
            [
                "analyze", "--plugin", plugins, "--analyzers", "acronyms,long-sentences", "--input", "jsonl",
                "--format", "jsonl", "-",
            ], stdin: input, environment: isolated)
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try result.stdout.split(separator: "\n").map { try json(String($0)) }
        XCTAssertEqual(lines.count, 2)
        let acronyms = try XCTUnwrap(lines[0]["acronyms"] as? [[String: Any]])
        XCTAssertEqual(acronyms.map { $0["text"] as? String }, ["DGB", "DGB"])
        XCTAssertEqual(
            (acronyms[0]["data"] as? [String: Any])?["expansion"] as? String, "Deutschen Gewerkschaftsbundes")
        XCTAssertEqual((lines[0]["long-sentences"] as? [[String: Any]])?.count, 1)
        XCTAssertEqual((lines[1]["acronyms"] as? [[String: Any]])?.count, 0)
    }

    func testScaffoldedSwiftAnalyzer() throws {
        let result = try LoupeProcess.run(
            ["analyze", "--analyzers", "readability", "--format", "json", example], environment: isolated)
        XCTAssertEqual(result.status, 0, result.stderr)
        let readability = try XCTUnwrap(try json(result.stdout)["readability"] as? [String: Any])
        XCTAssertNotNil(readability["score"] as? Double)
        XCTAssertEqual(readability["sentence_count"] as? Int, 16)
    }

    func testREPLPluginCommands() throws {
        let result = try LoupeProcess.run(
            ["-e", "plugins; plugin load \(plugins)/tone.yaml; plugins; load \(example); tone; help tone"],
            environment: isolated)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("no plugins loaded"))
        XCTAssertTrue(result.stdout.contains("sentiment-lexicon"))
        XCTAssertTrue(result.stdout.contains("Taschenspielertrick"), result.stdout)
    }
}
