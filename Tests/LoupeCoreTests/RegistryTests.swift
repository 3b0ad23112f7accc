import Foundation
import LoupeCore
import XCTest

/// A test analyzer that records its runs and produces a trivial layer.
private final class Probe: Analyzer, @unchecked Sendable {
    let lock = NSLock()
    var runs = 0
    let fail: Bool
    init(fail: Bool = false) { self.fail = fail }
    func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        lock.lock(); runs += 1; lock.unlock()
        if fail { throw NSError(domain: "probe", code: 7) }
        return ProbeLayer(value: context.options.string("value") ?? "")
    }
}

private struct ProbeLayer: Layer { var value: String }

private func registration(
    _ name: String, requires: [String] = [], uses: [String] = [], languages: [Language] = [],
    probe: Probe = Probe()
) -> AnalyzerRegistration {
    AnalyzerRegistration(
        AnalyzerDescriptor(
            name: name, summary: name, languages: languages, requires: requires, usesIfPresent: uses,
            options: [OptionSpec("value", .string, "a value"), OptionSpec("n", .int, "a number")])
    ) { probe }
}

final class RegistryTests: XCTestCase {
    /// Views ask for capabilities: in the order asked, then by registration, each analyzer once;
    /// one providing a refinement (grouped mentions) provides what it refines (labelled spans).
    func testAnalyzersProvidingCapabilities() {
        func provider(_ name: String, _ provides: [LayerCapability]) -> AnalyzerRegistration {
            AnalyzerRegistration(AnalyzerDescriptor(name: name, summary: name, provides: provides)) { Probe() }
        }
        let registry = AnalyzerRegistry([
            provider("times", [.timedItems]), provider("names", [.groupedMentions]),
            provider("labels", [.labeledSpans, .timedItems]), provider("plain", []),
        ])
        XCTAssertEqual(registry.analyzers(providing: [.labeledSpans, .timedItems]), ["names", "labels", "times"])
        XCTAssertEqual(registry.analyzers(providing: [.groupedMentions]), ["names"])
        XCTAssertEqual(registry.analyzers(providing: [.toneScores]), [])
        XCTAssertTrue(LayerCapability.toneScores.includes(.scoredItems))
        XCTAssertFalse(LayerCapability.scoredItems.includes(.toneScores))
    }

    /// A document lists the layers adopting a capability in the order they were computed.
    func testDocumentLayersAdoptingACapability() {
        struct Labels: LabeledSpans {
            var labeledItems: [LabeledItem] { [LabeledItem(span: Span(0, 3), label: "X")] }
            func encode(to encoder: any Encoder) throws {}
        }
        let document = Document(text: "abc def")
        document.setLayer(Labels(), named: "second")
        document.setLayer(ProbeLayer(value: ""), named: "probe")
        document.setLayer(Labels(), named: "first")
        XCTAssertEqual(document.layers(adopting: (any LabeledSpans).self).map(\.name), ["second", "first"])
        XCTAssertTrue(LayerCapability.labeledSpans.isAdopted(by: Labels()))
        XCTAssertFalse(LayerCapability.labeledSpans.isAdopted(by: ProbeLayer(value: "")))
    }

    func testPlanOrdersRequirementsFirst() throws {
        let registry = AnalyzerRegistry([
            registration("c", requires: ["b"]), registration("b", requires: ["a"]), registration("a"),
        ])
        XCTAssertEqual(try registry.plan(["c"]), ["a", "b", "c"])
        XCTAssertEqual(try registry.plan(["b", "c", "a"]), ["a", "b", "c"])
    }

    func testOptionalRequirementOrdersOnlyWhenRequested() throws {
        let registry = AnalyzerRegistry([registration("quotes", uses: ["entities"]), registration("entities")])
        XCTAssertEqual(try registry.plan(["quotes"]), ["quotes"])
        XCTAssertEqual(try registry.plan(["quotes", "entities"]), ["entities", "quotes"])
    }

    func testUnknownAnalyzerSuggestsAName() {
        let registry = AnalyzerRegistry([registration("entities"), registration("dates")])
        XCTAssertThrowsError(try registry.plan(["entites"])) { error in
            let error = error as! LoupeError
            XCTAssertEqual(error.code, "E001")
            XCTAssertTrue(error.description.contains("did you mean 'entities'"), error.description)
        }
    }

    func testMissingRequirementAndCycle() {
        let registry = AnalyzerRegistry([
            registration("quotes", requires: ["parser"]), registration("x", requires: ["y"]),
            registration("y", requires: ["x"]),
        ])
        XCTAssertThrowsError(try registry.plan(["quotes"])) { XCTAssertEqual(($0 as! LoupeError).code, "E002") }
        XCTAssertThrowsError(try registry.plan(["x"])) { XCTAssertEqual(($0 as! LoupeError).code, "E003") }
    }

    func testDisplayOptionsReuseTheLayer() throws {
        let probe = Probe()
        let descriptor = AnalyzerDescriptor(
            name: "a", summary: "a",
            options: [
                OptionSpec("value", .string, "a value"), OptionSpec("view", .flag, "how it is shown", display: true),
            ])
        let registry = AnalyzerRegistry([AnalyzerRegistration(descriptor) { probe }])
        let document = Document(text: "Ein kurzer Text.")
        for view in ["true", "false", "true"] {
            try registry.run(["a"], on: document, options: AnalyzerOptions(["a.view": view]))
        }
        XCTAssertEqual(probe.runs, 1, "switching a view does not run the analyzer again")
        try registry.run(["a"], on: document, options: AnalyzerOptions(["a.value": "x", "a.view": "true"]))
        XCTAssertEqual(probe.runs, 2, "an option that changes the result does")
    }

    func testLayersAreReusedUntilSettingsChange() throws {
        let probe = Probe()
        let registry = AnalyzerRegistry([registration("a", probe: probe)])
        let document = Document(text: "Ein kurzer Text.")
        try registry.run(["a"], on: document)
        try registry.run(["a"], on: document)
        XCTAssertEqual(probe.runs, 1)
        try registry.run(["a"], on: document, options: AnalyzerOptions(["a.value": "x"]))
        XCTAssertEqual(probe.runs, 2)
        XCTAssertEqual(document.layer(ProbeLayer.self, named: "a")?.value, "x")
        document.language = .english
        try registry.run(["a"], on: document, options: AnalyzerOptions(["a.value": "x"]))
        XCTAssertEqual(probe.runs, 3)
    }

    func testAnalyzerIsCreatedOnceAndLazily() throws {
        final class Counter: @unchecked Sendable { var made = 0 }
        let counter = Counter()
        let registry = AnalyzerRegistry([
            AnalyzerRegistration(AnalyzerDescriptor(name: "lazy", summary: "")) {
                counter.made += 1
                return Probe()
            }
        ])
        XCTAssertEqual(counter.made, 0)
        try registry.run(["lazy"], on: Document(text: "a"))
        try registry.run(["lazy"], on: Document(text: "b"))
        XCTAssertEqual(counter.made, 1)
    }

    func testOptionsAreValidated() {
        let registry = AnalyzerRegistry([registration("a")])
        let document = Document(text: "Text.")
        XCTAssertThrowsError(try registry.run(["a"], on: document, options: AnalyzerOptions(["a.valeu": "x"]))) {
            error in
            XCTAssertEqual((error as! LoupeError).code, "E006")
            XCTAssertTrue("\(error)".contains("did you mean 'value'"))
        }
        XCTAssertThrowsError(try registry.run(["a"], on: document, options: AnalyzerOptions(["a.n": "many"]))) {
            XCTAssertEqual(($0 as! LoupeError).code, "E007")
        }
    }

    func testUnsupportedLanguageAndFailingAnalyzer() {
        let registry = AnalyzerRegistry([
            registration("de-only", languages: [.german]), registration("boom", probe: Probe(fail: true)),
        ])
        XCTAssertThrowsError(
            try registry.run(["de-only"], on: Document(text: "The president said that he would come."))
        ) {
            XCTAssertEqual(($0 as! LoupeError).code, "E004")
        }
        let document = Document(text: "Text.")
        XCTAssertThrowsError(try registry.run(["boom"], on: document)) {
            XCTAssertEqual(($0 as! LoupeError).code, "E005")
        }
        XCTAssertNil(document.layer(named: "boom"))
    }
}
