import Foundation
import LoupeKit
import LoupeShell
import LoupeTestSupport
import XCTest

/// Finds capitalised words; German only, or failing on every document, as a test asks.
private struct NamesSample: Analyzer {
    static func registration(failing: Bool) -> AnalyzerRegistration {
        AnalyzerRegistration(
            AnalyzerDescriptor(name: "names-sample", summary: "capitalised words", languages: [.german])
        ) { NamesSample(failing: failing) }
    }
    let failing: Bool

    func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        if failing { throw LoupeError.usage("names-sample", "fails on purpose") }
        return WordsLayer(
            words: document.tokens.map { document.string(for: $0) }.filter { $0.first?.isUppercase == true })
    }
}

/// Says which names it saw: the names layer's words when that ran, else none.
private struct NameUser: Analyzer {
    static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(name: "name-user", summary: "uses names when present", usesIfPresent: ["names-sample"])
    ) { NameUser() }

    func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        WordsLayer(words: (document.layer(named: "names-sample") as? WordsLayer)?.words ?? ["(no names)"])
    }
}

private struct WordsLayer: Layer {
    var words: [String]
    func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        Rendering([.text(words.joined(separator: " "))])
    }
}

/// In a session, an analyzer gets the inputs it uses when present (quotes and sentiment the names of
/// `entities`) without the reader naming them; batch requests stay exact.
final class AnalyzerInputsTests: XCTestCase {
    func shell(failingNames: Bool, text: String) throws -> Shell {
        let registry = AnalyzerRegistry(
            CoreAnalyzers.all + [NamesSample.registration(failing: failingNames), NameUser.registration])
        let shell = Shell(session: Session(registry: registry))
        let folder = try makeTemporaryFolder("loupe-inputs")
        let file = folder.appendingPathComponent("text.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        _ = try shell.execute("load \(file.path)")
        return shell
    }

    static let german = "Der Minister Peter Albers sagte in Berlin, dass die Regierung das Gesetz ändern werde."
    static let english = "The minister Peter Albers said in Berlin that the government would change the law."

    func testTheInputRunsFirst() throws {
        let shell = try shell(failingNames: false, text: Self.german)
        XCTAssertEqual(try shell.execute("name-user").plainText, "Der Minister Peter Albers Berlin Regierung Gesetz")
        XCTAssertNotNil(shell.session.current?.layer(named: "names-sample"))
    }

    func testAnInputForAnotherLanguageIsLeftOut() throws {
        let shell = try shell(failingNames: false, text: Self.english)
        XCTAssertEqual(try shell.execute("name-user").plainText, "(no names)")
        XCTAssertNil(shell.session.current?.layer(named: "names-sample"))
        XCTAssertEqual(shell.session.current?.failures.count, 0)
    }

    func testAFailingInputTakesAwayOnlyWhatItAdds() throws {
        let shell = try shell(failingNames: true, text: Self.german)
        XCTAssertEqual(try shell.execute("name-user").plainText, "(no names)")
        XCTAssertEqual(shell.session.current?.failures.map(\.analyzer), ["names-sample"])
    }

    func testBatchRequestsStayExact() throws {
        let registry = AnalyzerRegistry(
            CoreAnalyzers.all + [NamesSample.registration(failing: false), NameUser.registration])
        XCTAssertEqual(try registry.plan(["name-user"]), ["name-user"])
        XCTAssertEqual(try registry.plan(["name-user", "names-sample"]), ["names-sample", "name-user"])
    }
}
