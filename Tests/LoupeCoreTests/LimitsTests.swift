import Foundation
import LoupeCore
import XCTest

/// Works through a document's "sentences" (here: its words), sleeping on each one whose text is
/// "slow", and calls the checkpoint before each — as the real analyzers do between sentences.
private struct Plodder: Analyzer {
    let perWord: TimeInterval
    func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        for word in document.text.split(separator: " ") {
            try context.checkpoint()
            if word == "slow" { Thread.sleep(forTimeInterval: perWord) }
        }
        return PlodderLayer()
    }
}

private struct PlodderLayer: Layer {}

private struct Stubborn: Analyzer {
    func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        Thread.sleep(forTimeInterval: 0.3)
        return PlodderLayer()
    }
}

private func registry(_ names: String..., perWord: TimeInterval = 0.02) -> AnalyzerRegistry {
    AnalyzerRegistry(
        names.map { name in
            AnalyzerRegistration(AnalyzerDescriptor(name: name, summary: name)) { Plodder(perWord: perWord) }
        })
}

final class LimitsTests: XCTestCase {
    func testADocumentOverItsTimeBudgetFailsAloneAndNamesTheFlag() throws {
        let slow = Document(text: Array(repeating: "slow", count: 500).joined(separator: " "), id: "slow")
        let quick = Document(text: "quick and done", id: "quick")
        let started = Date()
        let failures = try registry("a").run(["a"], on: [quick, slow, quick], limits: RunLimits(timeBudget: 0.2))
        // 500 × 20 ms would be 10 s; the budget stops it after about 0.2 s.
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
        XCTAssertNil(failures[0])
        XCTAssertNil(failures[2])
        let error = try XCTUnwrap(failures[1] as? LoupeError)
        XCTAssertEqual(error.code, "E010")
        XCTAssertTrue(
            error.description.contains("'a'") && error.description.contains("0.2 s")
                && error.description.contains("--time-budget"),
            error.description)
        XCTAssertNil(slow.layer(named: "a"))
        XCTAssertNotNil(quick.layer(named: "a"))
    }

    func testTheBudgetCoversAllAnalyzersOfADocument() throws {
        // Each analyzer alone fits in the budget (10 × 50 ms = 0.5 s of 0.75 s); both together do not.
        let document = Document(text: Array(repeating: "slow", count: 10).joined(separator: " "))
        let registry = registry("a", "b", perWord: 0.05)
        XCTAssertNoThrow(
            try registry.run(["a"], on: Document(text: document.text), limits: RunLimits(timeBudget: 0.75)))
        XCTAssertThrowsError(try registry.run(["a", "b"], on: document, limits: RunLimits(timeBudget: 0.75))) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E010")
            XCTAssertTrue("\(error)".contains("'b'"), "\(error)")
        }
        XCTAssertNotNil(document.layer(named: "a"), "the layer finished within the budget is kept")
    }

    func testAHugeBudgetIsNoLimit() throws {
        let document = Document(text: Array(repeating: "slow", count: 5).joined(separator: " "))
        XCTAssertNoThrow(
            try registry("a", perWord: 0.05).run(["a"], on: document, limits: RunLimits(timeBudget: 1e300)))
    }

    func testAnAnalyzerWithoutCheckpointsIsCaughtWhenItEnds() throws {
        // Sleeps 0.3 s in one go, never calling checkpoint(): the registry fails the document
        // when it returns, and does not start the next analyzer.
        let registry = AnalyzerRegistry([
            AnalyzerRegistration(AnalyzerDescriptor(name: "stubborn", summary: "")) { Stubborn() },
            AnalyzerRegistration(AnalyzerDescriptor(name: "after", summary: "", requires: ["stubborn"])) {
                Plodder(perWord: 0)
            },
        ])
        let document = Document(text: "slow")
        XCTAssertThrowsError(try registry.run(["after"], on: document, limits: RunLimits(timeBudget: 0.1))) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E010")
            XCTAssertTrue("\(error)".contains("'stubborn'"), "\(error)")
        }
        XCTAssertNil(document.layer(named: "stubborn"))
        XCTAssertNil(document.layer(named: "after"))
        XCTAssertNoThrow(try registry.run(["after"], on: Document(text: "slow"), limits: RunLimits(timeBudget: 5)))
    }

    func testCancellingStopsARunningAnalysis() throws {
        let document = Document(text: Array(repeating: "slow", count: 500).joined(separator: " "))
        let cancellation = Cancellation()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { cancellation.cancel() }
        let started = Date()
        XCTAssertThrowsError(
            try registry("a").run(["a"], on: document, limits: RunLimits(timeBudget: nil, cancellation: cancellation))
        ) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E009")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
        // A cancelled switch stops the next run before it starts.
        XCTAssertThrowsError(
            try registry("b").run(["b"], on: Document(text: "quick"), limits: RunLimits(cancellation: cancellation)))
    }
}
