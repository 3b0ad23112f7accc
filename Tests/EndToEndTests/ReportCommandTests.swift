import Foundation
import LoupeTestSupport
import XCTest

/// `loupe report` and the REPL's `report`, and the HTML pages: whole week values and year-only
/// dates on the timeline, a name counted once per document, tone with two decimals, tooltips
/// that say something, timeline labels that do not overlap.
final class ReportCommandTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-report")
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// `loupe [SUBCOMMAND] --no-plugins --ref 2024-06-18 REST`.
    func run(_ arguments: [String]) throws -> String {
        let subcommand = ["report", "analyze"].contains(arguments.first) ? [arguments[0]] : []
        let rest = subcommand.isEmpty ? arguments : Array(arguments.dropFirst())
        let result = try LoupeProcess.run(subcommand + ["--no-plugins", "--ref", "2024-06-18"] + rest)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testTimelineHasWeeksByTheirMonthAndYearOnlyDates() throws {
        // Written for this test: a year, a week (2024-W26, 24–30 June) and a day.
        let path = try write(
            "bau.txt",
            "Im Jahr 2019 begann der Bau der Brücke. Nächste Woche wird sie eröffnet. "
                + "Am 3. März 2024 war Richtfest.\n")
        let table = try run(["-e", "load \(path); report"])  // the REPL's report
        let rows = table.split(separator: "\n").map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        for row in ["2019 1", "2024-03 1", "2024-06 1"] { XCTAssertTrue(rows.contains(row), "\(row) in: \(table)") }
        XCTAssertFalse(table.contains("-W2"), "no week value cut to seven characters: \(table)")
        let json = try object(try run(["report", "--format", "json", path]))
        let timeline = try XCTUnwrap(json["timeline"] as? [[String: Any]])
        XCTAssertEqual(timeline.compactMap { $0["period"] as? String }, ["2019", "2024-03", "2024-06"])
    }

    func testANameCountsOncePerDocumentAndToneHasTwoDecimals() throws {
        // Written for this test: `Bayern` is both a club (ORG) and a state (LOC) here, and the
        // sentiment layer keeps the two groups apart.
        let path = try write(
            "bayern.txt",
            """
            Bayern gewann am Samstag gegen Dortmund mit 3:1. Der Trainer von Bayern lobte die Mannschaft. \
            In Bayern wird im Herbst gewählt, sagte Söder. Dortmund verlor zum dritten Mal.

            """)
        let analysis = try run(["analyze", "--analyzers", "entities,sentiment", "--format", "json", path])
        let sentiment = try XCTUnwrap(try object(analysis)["sentiment"] as? [String: Any])
        let names = (sentiment["entities"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        XCTAssertGreaterThan(names.count, Set(names).count, "the case this test is about: a name twice in one document")

        let json = try object(try run(["report", "--format", "json", path]))
        let entityTone = try XCTUnwrap(json["entity_tone"] as? [[String: Any]])
        XCTAssertFalse(entityTone.isEmpty)
        for row in entityTone { XCTAssertEqual(row["documents"] as? Int, 1, "one document: \(row)") }
        XCTAssertEqual(Set(entityTone.compactMap { $0["name"] as? String }).count, entityTone.count)

        let table = try run(["report", path])
        XCTAssertFalse(table.contains("mean tone"), "no name is in two documents: \(table)")
        let tone = #"tone: mean -?\d+\.\d\d over 1 documents"#
        XCTAssertNotNil(table.range(of: tone, options: .regularExpression), table)
    }

    func testHTMLReportBarsHaveTooltipsAndTwoDecimalTone() throws {
        let examples = packageRoot().appendingPathComponent("examples")
        let html = try run([
            "report", "--format", "html", examples.appendingPathComponent("bundestag-de.txt").path,
            examples.appendingPathComponent("harbour-en.txt").path,
        ])
        let tone = try XCTUnwrap(html.range(of: "<h2>Tone by document</h2>")).upperBound
        let titles = matches(#"<title>([^<]*)</title>"#, in: String(html[tone...]))
        XCTAssertEqual(titles.count, 2, html)
        for title in titles {
            let expected = #"^/\S+/examples/\S+\.txt: -?\d+\.\d\d$"#  // the whole path and two decimals
            XCTAssertNotNil(title.range(of: expected, options: .regularExpression), title)
        }
        // Labels end left of the bars (x 210), right-aligned.
        for x in matches(#"<text x="(\d+)" y="\d+" font-size="13" text-anchor="end""#, in: html) {
            XCTAssertLessThan(Int(x) ?? 999, 210)
        }
    }

    func testDocumentPageHasSentenceTooltipsAndTimelineLabelsApart() throws {
        let example = packageRoot().appendingPathComponent("examples/bundestag-de.txt").path
        let page = folder.appendingPathComponent("page.html").path
        _ = try run(["-e", "load \(example); export html \(page)"])
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let strip = try XCTUnwrap(html.range(of: #"<div class="strip">.*?</div>"#, options: .regularExpression))
        let tooltips = matches(#"title="\d+: -?\d+\.\d\d — ([^"]*)""#, in: String(html[strip]))
        XCTAssertEqual(tooltips.count, 16, "one per sentence: \(html[strip])")
        XCTAssertTrue(tooltips.allSatisfy { !$0.isEmpty }, "each names its sentence: \(tooltips)")
        XCTAssertTrue(tooltips[0].hasPrefix("Berlin: Streit um den Haushalt"), tooltips[0])
        let tone = #"document: <b>-?\d+\.\d\d \w+</b> · narrator: -?\d+\.\d\d · quoted: -?\d+\.\d\d</p>"#
        XCTAssertNotNil(html.range(of: tone, options: .regularExpression), "tone with two decimals")

        let timeline = #"<svg[^>]*aria-label="timeline".*?</svg>"#
        let svg = try XCTUnwrap(html.range(of: timeline, options: .regularExpression))
        let regex = try NSRegularExpression(pattern: #"<text x="(\d+)" y="(\d+)"[^>]*>([^<]*)</text>"#)
        let text = String(html[svg])
        var labels: [(x: Double, y: String, width: Double)] = []
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let field = { (i: Int) in String(text[Range(match.range(at: i), in: text)!]) }
            // 6 px a character: no less than digits and hyphens take at 11 px.
            labels.append((Double(field(1))!, field(2), Double(field(3).count) * 6))
        }
        XCTAssertTrue(labels.contains { $0.width == 8 * 6 }, "the week 2024-W26 is on the timeline: \(text)")
        for (i, a) in labels.enumerated() {
            XCTAssertGreaterThanOrEqual(a.x - a.width / 2, 0)
            XCTAssertLessThanOrEqual(a.x + a.width / 2, 640)
            for b in labels[(i + 1)...] where a.y == b.y {
                XCTAssertTrue(abs(a.x - b.x) >= (a.width + b.width) / 2, "labels apart: \(a), \(b) in \(text)")
            }
        }
    }

    func object(_ json: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// The first capture group of each match.
    func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }
}
