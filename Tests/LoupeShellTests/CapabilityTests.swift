import Foundation
import LoupeBatch
import LoupeKit
import LoupeShell
import LoupeTestSupport
import XCTest

/// An analyzer as a user adds one (`loupe new-analyzer`), defined here and nowhere else: its
/// layer adopts `LabeledSpans` (the word "Loupe" as a TOOL) and `TimedItems` (years as dates),
/// and its descriptor says so. Nothing in the shell, the batch module or the views knows it.
struct CapabilitySampleAnalyzer: Analyzer {
    static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(
            name: "capability-sample", summary: "the word Loupe as a TOOL, years as dates",
            provides: [.labeledSpans, .timedItems])
    ) { CapabilitySampleAnalyzer() }

    func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        var layer = CapabilitySampleLayer()
        for token in document.tokens {
            let text = document.string(for: token)
            if text == "Loupe" { layer.tools.append(token.span) }
            if text.count == 4, let year = Int(text), (1900...2099).contains(year) {
                layer.years.append((token.span, text))
            }
        }
        return layer
    }
}

struct CapabilitySampleLayer: LabeledSpans, TimedItems {
    var tools: [Span] = []
    var years: [(span: Span, value: String)] = []

    var labeledItems: [LabeledItem] { tools.map { LabeledItem(span: $0, label: "TOOL", name: "Loupe toolkit") } }
    var timedItems: [TimedItem] { years.map { TimedItem(span: $0.span, type: "DATE", value: $0.value) } }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for span in tools + years.map(\.span) { try container.encode(span) }
    }
}

/// A new analyzer whose layer adopts capabilities shows up in `show`, the HTML export, the
/// report and the table exports, run without being named, with no change outside its own code.
final class CapabilityTests: XCTestCase {
    var folder: URL!
    var shell: Shell!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-capabilities")
        try "Loupe erschien 1989 in Bern.\n\nSeit 2004 gibt es Loupe auch in Wien."
            .write(to: folder.appendingPathComponent("loupe.txt"), atomically: true, encoding: .utf8)
        // The core analyzers and the sample only: whatever the views show comes from the sample.
        let registry = AnalyzerRegistry(CoreAnalyzers.all + [CapabilitySampleAnalyzer.registration])
        shell = Shell(session: Session(registry: registry))
        _ = try shell.execute("load \(folder.appendingPathComponent("loupe.txt").path)")
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func testShowHighlightsItsSpans() throws {
        let output = try shell.execute("show").plainText
        XCTAssertTrue(output.contains("[Loupe]TOOL erschien [1989]DATE in Bern."), output)
        XCTAssertTrue(output.contains("Seit [2004]DATE gibt es [Loupe]TOOL auch in Wien."), output)
        XCTAssertTrue(output.contains("legend: DATE  TOOL"), output)
        XCTAssertEqual(shell.session.current?.layerNames, ["capability-sample"], "show ran it unasked")
    }

    func testHTMLExportHighlightsAndPutsItsDatesOnTheTimeline() throws {
        _ = try shell.execute("export html \(folder.appendingPathComponent("page.html").path)")
        let page = try read("page.html")
        XCTAssertTrue(page.contains(#"<mark class="ent tool" title="TOOL: Loupe toolkit">Loupe</mark>"#), page)
        XCTAssertTrue(page.contains(#"<span class="date" title="DATE: 1989">1989</span>"#), page)
        XCTAssertTrue(page.contains("<h2>When</h2><svg"), page)
        XCTAssertTrue(page.contains("<tr><td>2004</td><td>DATE</td><td class=\"date\">2004</td></tr>"), page)
    }

    func testReportPutsItsDatesOnTheTimeline() throws {
        let output = try shell.execute("report").plainText
        XCTAssertTrue(output.contains("month/year"), output)
        XCTAssertTrue(output.contains("1989"), output)
        XCTAssertTrue(output.contains("2004"), output)
        let report = CorpusReport()
        report.add(try XCTUnwrap(shell.session.current))
        let periods = report.json()["timeline"]?.arrayValue?.compactMap { $0["period"]?.stringValue }
        XCTAssertEqual(periods, ["1989", "2004"])
    }

    func testTableExportsListItsItems() throws {
        // The table exports list every computed layer; `show` computed it, unasked.
        _ = try shell.execute("show")
        _ = try shell.execute("export tsv \(folder.appendingPathComponent("spans.tsv").path)")
        let rows = try read("spans.tsv").split(separator: "\n")
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let sample = rows.filter { $0.count > 1 && $0[1] == "capability-sample" }
            .map { $0[2...].joined(separator: "|") }
        XCTAssertEqual(
            sample,
            [
                "0|5|Loupe|TOOL|Loupe toolkit", "48|53|Loupe|TOOL|Loupe toolkit",
                "15|19|1989|DATE|1989", "35|39|2004|DATE|2004",
            ])
        _ = try shell.execute("export csv \(folder.appendingPathComponent("spans.csv").path)")
        XCTAssertTrue(try read("spans.csv").contains("capability-sample,0,5,Loupe,TOOL,Loupe toolkit"))
    }

    /// What each view runs is the registry's answer, in the order of the capabilities asked.
    func testViewsRunTheAnalyzersProvidingWhatTheyShow() {
        let registry = Loupe.makeRegistry()
        registry.register(CapabilitySampleAnalyzer.registration)
        XCTAssertEqual(
            HTMLExport.analyzers(in: registry),
            ["entities", "capability-sample", "quotes", "dates", "sentiment"])
        XCTAssertEqual(
            CorpusReport.analyzers(in: registry),
            ["entities", "quotes", "dates", "capability-sample", "sentiment"])
        XCTAssertEqual(registry.analyzers(providing: [.scoredItems]), ["readability", "sentiment"])
        XCTAssertEqual(BatchAnalyzer.defaultAnalyzers(registry).prefix(2), ["stats", "dates"])
    }
}
