import Foundation
import LoupeKit
@testable import LoupeExtensions
import LoupeSentiment
import LoupeTestSupport
import XCTest

final class DeclarativePluginTests: XCTestCase {
    func plugin(_ yaml: String, name: String = "test.yaml") throws -> PluginLoader.Plugin {
        try PluginLoader.plugin(
            from: PluginFile(text: yaml, path: name).root, path: name,
            sentimentScorer: Loupe.sentimentLexiconScorer)
    }

    func spans(_ plugin: PluginLoader.Plugin, _ text: String) throws -> [String] {
        let registry = AnalyzerRegistry([plugin.registration])
        let document = Document(text: text)
        let name = plugin.registration.descriptor.name
        try registry.run([name], on: document)
        let layer = try XCTUnwrap(document.layer(LabeledSpansLayer.self, named: name))
        return layer.spans.map { "\(document.string(for: $0.span))/\($0.label)" }
    }

    func testGazetteerLongestMatchCaseAndInflection() throws {
        let gazetteer = try plugin(
            """
            name: orgs
            kind: gazetteer
            label: ORG
            inflection: german
            entries:
              - Vereinte Nationen
              - Vereinte Nationen Sicherheitsrat
              - {phrase: NATO, label: ORG, canonical: Nordatlantikpakt}
              - {phrase: Kreml, label: LOC}
            """)
        let sample = MarkedText("Die ⟦Vereinten Nationen⟧ORG und die ⟦nato⟧ORG kritisierten den ⟦Kremls⟧LOC heute.")
        // "Vereinten" is "Vereinte" + n; "nato" matches case-insensitively; "Kremls" is "Kreml" + s.
        XCTAssertEqual(try spans(gazetteer, sample.text), sample.pairs)
        XCTAssertEqual(
            try spans(gazetteer, "Der Vereinte Nationen Sicherheitsrat tagte."),
            ["Vereinte Nationen Sicherheitsrat/ORG"])
    }

    func testCaseSensitiveGazetteer() throws {
        let gazetteer = try plugin("name: p\nkind: gazetteer\nlabel: ORG\ncase: sensitive\nentries: [SPD, Die Linke]")
        XCTAssertEqual(
            try spans(gazetteer, "Die SPD und die spd, Die Linke und die Linke."), ["SPD/ORG", "Die Linke/ORG"])
    }

    func testPatternsWithTokensAndRegex() throws {
        let patterns = try plugin(
            """
            name: money
            kind: patterns
            patterns:
              - label: MONEY
                tokens:
                  - {text: ["$", "€"], op: "?"}
                  - {kind: number}
                  - {lower: [millionen, million], op: "?"}
                  - {lower: [euro, dollar]}
              - label: LAW
                regex: '§\\s?\\d+[a-z]?'
            """)
        let sample = MarkedText(
            "Es kostet ⟦4,2 Millionen Euro⟧MONEY nach ⟦§ 13a⟧LAW, nicht ⟦800 Euro⟧MONEY oder 5 Äpfel.")
        XCTAssertEqual(try spans(patterns, sample.text), sample.pairs)
    }

    func testRepeatedTokenPattern() throws {
        let patterns = try plugin(
            """
            name: names
            kind: patterns
            case: sensitive
            patterns:
              - label: TITLED
                tokens: [{lower: [dr., prof.]}, {capitalized: true, op: "+"}]
            """)
        let sample = MarkedText("Heute sprach ⟦Dr. Anna Maria Berg⟧TITLED über ⟦Prof. Kurz⟧TITLED und andere.")
        XCTAssertEqual(try spans(patterns, sample.text), sample.pairs)
    }

    func testSentimentLexiconWithNegation() throws {
        let lexicon = try plugin("name: tone\nkind: sentiment-lexicon\nentries: {gut: 2, schlecht: -2}")
        let registry = AnalyzerRegistry([lexicon.registration])
        let document = Document(text: "Das ist gut. Das ist nicht gut. Das ist schlecht.")
        try registry.run(["tone"], on: document)
        let layer = try XCTUnwrap(document.layer(LexiconSentimentLayer.self, named: "tone"))
        XCTAssertGreaterThan(layer.sentences[0].score, 0)
        XCTAssertLessThan(layer.sentences[1].score, 0, "negated")
        XCTAssertLessThan(layer.sentences[2].score, 0)
        XCTAssertEqual(layer.words.map(\.negated), [false, true, false])
    }

    /// One sentiment scorer: a declarative lexicon scores as the sentiment plugin does with the
    /// same words as its whole lexicon (`sentiment --lexicon FILE --replace --genre reviews`: every
    /// word in full, VADER's band), boosters, contrast and capitals included.
    func testSentimentLexiconIsScoredByTheSentimentPlugin() throws {
        let words = ["Einigung": 1.5, "verfassungswidrig": -2, "Symbolpolitik": -1.5, "gut": 2]
        let entries = words.map { "  \($0.key): \($0.value)\n" }.joined()
        let yaml = "name: tone\nkind: sentiment-lexicon\nentries:\n" + entries
        let registry = AnalyzerRegistry([try plugin(yaml).registration])
        let tsv = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-tone-\(UUID().uuidString).tsv")
        try words.map { "\($0.key)\t\($0.value)\n" }.joined().write(to: tsv, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: tsv) }
        let text =
            "Die Einigung kam spät, aber die Symbolpolitik ist SEHR verfassungswidrig! "
            + "Das ist nicht gut. Sehr gut."
        let declarative = Document(text: text, language: .german)
        try registry.run(["tone"], on: declarative)
        let tone = try XCTUnwrap(declarative.layer(LexiconSentimentLayer.self, named: "tone"))
        let builtin = Document(text: text, language: .german)
        try Loupe.registry.run(
            ["sentiment"], on: builtin,
            options: AnalyzerOptions([
                "sentiment.lexicon": tsv.path, "sentiment.replace": "true", "sentiment.genre": "reviews",
            ]))
        let sentiment = try XCTUnwrap(builtin.layer(SentimentLayer.self, named: "sentiment"))
        XCTAssertEqual(tone.score, sentiment.score, accuracy: 1e-12)
        XCTAssertEqual(tone.sentences.map(\.score), sentiment.sentences.map(\.score))
        XCTAssertEqual(tone.words.map(\.negated), [false, false, false, true, false])
        // `sehr` boosts, `aber` weighs what follows more: rules the scorer has and a word sum had not.
        XCTAssertGreaterThan(tone.words[4].value, 2)
        XCTAssertGreaterThan(abs(tone.words[2].value), 2 * 1.2)
    }

    func testSentimentLexiconNeedsTheSentimentScorer() throws {
        let file = try PluginFile(text: "name: t\nkind: sentiment-lexicon\nentries: {gut: 2}", path: "t.yaml")
        let registry = AnalyzerRegistry([try PluginLoader.plugin(from: file.root, path: "t.yaml").registration])
        XCTAssertThrowsError(try registry.run(["t"], on: Document(text: "Das ist gut."))) { error in
            XCTAssertTrue("\(error)".contains("Loupe.sentimentLexiconScorer"), "\(error)")
        }
    }

    func testErrorsNameFileLineAndProblem() {
        let cases: [(String, String)] = [
            ("kind: gazetteer\nentries: [a]", "missing `name`"),
            ("name: Bad Name\nkind: gazetteer", "lower-case"),
            ("name: x\nkind: gazeteer", "did you mean 'gazetteer'"),
            (
                "name: x\nkind: gazetteer\nlabel: ORG\nentries:\n  - a\n  - {phrse: b}",
                "test.yaml:6:13: unknown key 'phrse' in entry 2 (did you mean 'phrase'?)"
            ),
            ("name: x\nkind: gazetteer\nentries:\n  - a", "no label"),
            ("name: x\nkind: patterns\npatterns:\n  - {label: X, regex: '(unclosed'}", "does not compile"),
            ("name: x\nkind: patterns\npatterns:\n  - {label: X, tokens: [{kind: noun}]}", "unknown token kind 'noun'"),
            ("name: x\nkind: sentiment-lexicon\nentries: {gut: sehr}", "must be a number"),
            ("name: x\nkind: external", "missing `command`"),
            ("name: x\nkind: external\ncommand: [x]\nmax-output-mb: 1e13", "at most 100000"),
            ("name: x\nkind: external\ncommand: [x]\ntimeout: 1e300", "at most 86400"),
            ("name: x\n[a]: b", "test.yaml:2:1: keys must be texts"),
        ]
        for (yaml, expected) in cases {
            XCTAssertThrowsError(try plugin(yaml), yaml) { error in
                XCTAssertTrue("\(error)".contains(expected), "'\(error)' should contain '\(expected)'")
                XCTAssertEqual((error as? LoupeError)?.code, "E701")
            }
        }
        // A file that is no YAML, or holds nothing, has errors of its own.
        for (yaml, code, expected) in [
            ("name: [x\nkind: y", "E731", "test.yaml:"), ("# nothing\n", "E730", "test.yaml: the file is empty"),
        ] {
            XCTAssertThrowsError(try plugin(yaml), yaml) { error in
                XCTAssertTrue("\(error)".contains(expected), "'\(error)' should contain '\(expected)'")
                XCTAssertEqual((error as? LoupeError)?.code, code)
            }
        }
    }

    func testYAMLBombIsRefused() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<10 {
            yaml +=
                "\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) [*\(Character(UnicodeScalar(96 + level)!)), *\(Character(UnicodeScalar(96 + level)!)), *\(Character(UnicodeScalar(96 + level)!))]\n"
        }
        let start = Date()
        XCTAssertThrowsError(try plugin(yaml + "name: bomb\nkind: gazetteer\n"))
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
    }

    func testJSONPluginFilesWork() throws {
        let gazetteer = try plugin(
            #"{"name": "cities", "kind": "gazetteer", "label": "LOC", "entries": ["Berlin", "New York"]}"#,
            name: "cities.json")
        XCTAssertEqual(try spans(gazetteer, "From New York to Berlin."), ["New York/LOC", "Berlin/LOC"])
    }
}

final class ExamplePluginTests: XCTestCase {
    let examples = packageRoot().appendingPathComponent("examples/plugins")

    func testConformanceOfEveryBuiltinAnalyzer() throws {
        let registry = Loupe.makeRegistry()
        let names = registry.descriptors.filter { $0.positionalOption == nil }.map(\.name)
        try AnalyzerConformance.check(names, in: registry)
        try AnalyzerConformance.check(["kwic"], in: registry, options: AnalyzerOptions(["kwic.word": "a*"]))
    }

    func testConformanceOfDeclarativeExamples() throws {
        let plugins = try PluginLoader.load(path: examples.path, sentimentScorer: Loupe.sentimentLexiconScorer)
            .filter { $0.kind != "external" }
        XCTAssertEqual(Set(plugins.map(\.registration.descriptor.name)), ["parties", "money", "tone"])
        let registry = AnalyzerRegistry(plugins.map(\.registration))
        try AnalyzerConformance.check(registry.names, in: registry)
    }

    func testConformanceOfExternalExamples() throws {
        for tool in ["python3", "perl"] where !FileManager.default.isExecutableFile(atPath: "/usr/bin/\(tool)") {
            throw XCTSkip("\(tool) is not installed")
        }
        let plugins = try PluginLoader.load(path: examples.path).filter { $0.kind == "external" }
        XCTAssertEqual(Set(plugins.map(\.registration.descriptor.name)), ["long-sentences", "acronyms"])
        let registry = AnalyzerRegistry(plugins.map(\.registration))
        try AnalyzerConformance.check(registry.names, in: registry)
    }
}

final class ScaffoldTests: XCTestCase {
    /// A list whose last element has no comma (as a formatter may leave it) gets one before the
    /// new line, so the file still compiles.
    func testInsertingAfterALastElementWithoutAComma() throws {
        let root = FileManager.default.temporaryDirectory
        let scaffold = try AnalyzerScaffold(name: "demo", packageRoot: root)
        let text = "let all = [\n    a,\n    b\n]\n"
        XCTAssertEqual(
            try scaffold.insert("    c,", intoListStartingWith: "let all = [", in: text, file: "x.swift"),
            "let all = [\n    a,\n    b,\n    c,\n]\n")
        XCTAssertEqual(
            try scaffold.insert("    c,", intoListStartingWith: "let all = [", in: "let all = [\n]", file: "x.swift"),
            "let all = [\n    c,\n]")
    }

    func testCreatesTheFolderAndOneLineEach() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-scaffold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Sources/LoupeKit"), withIntermediateDirectories: true)
        // The real files, copied: the scaffold must understand them as they are.
        for file in ["Package.swift", "Sources/LoupeKit/BuiltinAnalyzers.swift"] {
            try FileManager.default.copyItem(
                at: packageRoot().appendingPathComponent(file), to: root.appendingPathComponent(file))
        }
        let before = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let scaffold = try AnalyzerScaffold(name: "party-names", packageRoot: root)
        XCTAssertEqual(scaffold.module, "LoupePartyNames")
        let written = try scaffold.create()
        XCTAssertEqual(written.count, 5)
        for path in written {
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), path)
        }
        let after = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        XCTAssertEqual(after.split(separator: "\n").count, before.split(separator: "\n").count + 1)
        XCTAssertTrue(after.contains(#"("LoupePartyNames", "PartyNames"),"#))
        let builtins = try String(
            contentsOf: root.appendingPathComponent("Sources/LoupeKit/BuiltinAnalyzers.swift"), encoding: .utf8)
        XCTAssertTrue(builtins.contains("import LoupePartyNames"))
        XCTAssertTrue(builtins.contains("PartyNamesAnalyzer.registration,"))
        // Every element of both lists is followed by a comma: the files still compile.
        for (text, opening) in [(after, "let plugins:"), (builtins, "static let all:")] {
            let lines = text.components(separatedBy: "\n")
            let start = try XCTUnwrap(lines.firstIndex { $0.contains(opening) })
            let end = try XCTUnwrap(
                lines[(start + 1)...].firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("]") })
            for element in lines[(start + 1)..<end] where !element.trimmingCharacters(in: .whitespaces).isEmpty {
                XCTAssertTrue(element.hasSuffix(","), "no comma after \(element)")
            }
        }
        let source = try String(contentsOf: root.appendingPathComponent(written[0]), encoding: .utf8)
        XCTAssertTrue(source.contains(#"name: "party-names""#))
        // A second time refuses, and bad names are refused.
        XCTAssertThrowsError(try scaffold.create()) { XCTAssertEqual(($0 as? LoupeError)?.code, "E712") }
        XCTAssertThrowsError(try AnalyzerScaffold(name: "Bad_Name", packageRoot: root))
        XCTAssertThrowsError(
            try AnalyzerScaffold(name: "x", packageRoot: root.appendingPathComponent("nowhere")).create()
        ) {
            XCTAssertEqual(($0 as? LoupeError)?.code, "E711")
        }
    }

    /// The generated analyzer must compile against LoupeCore as it is: type-check it with the
    /// modules of this build.
    func testGeneratedAnalyzerTypeChecks() throws {
        let modules = LoupeProcess.executable.deletingLastPathComponent().appendingPathComponent("Modules")
        guard FileManager.default.fileExists(atPath: modules.appendingPathComponent("LoupeCore.swiftmodule").path)
        else {
            throw XCTSkip("no LoupeCore module next to the test bundle")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "loupe-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("DemoAnalyzer.swift")
        try AnalyzerScaffold(name: "demo", packageRoot: packageRoot()).analyzerSource.write(
            to: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-swift-version", "6", "-I", modules.path, source.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, message)
    }
}
