import Foundation
import LoupeTestSupport
import XCTest

/// `show` through the built `loupe`: every highlight category looks different, a name inside a
/// quotation keeps its colour, and without colour quotations are marked like the rest.
final class ShowCommandTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-show")
        // Written for this test: a place and a person inside a quotation, a date, a duration, a time.
        try "„Wir fahren nach Berlin und treffen Anna Keller“, sagte Petra Albers am Montag. "
            .appending("Die Sitzung dauerte drei Stunden und begann um 10 Uhr.\n")
            .write(to: folder.appendingPathComponent("q.txt"), atomically: true, encoding: .utf8)
    }

    func show(colour: Bool) throws -> String {
        let path = folder.appendingPathComponent("q.txt").path
        let result = try LoupeProcess.run([
            "--no-plugins", "--ref", "2024-06-18", "-e",
            "load \(path); set color \(colour ? "on" : "off"); show",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    /// The SGR parameters (`1;36`) of each legend entry, by label.
    func legendCodes(_ output: String) throws -> [String: String] {
        let legend = try XCTUnwrap(output.split(separator: "\n").last { $0.contains("legend") })
        let pattern = try NSRegularExpression(pattern: "\u{1B}\\[([0-9;]+)m([A-Z]+)\u{1B}\\[0m")
        let text = String(legend)
        var codes: [String: String] = [:]
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let group = { (i: Int) in String(text[Range(match.range(at: i), in: text)!]) }
            codes[group(2)] = group(1)
        }
        return codes
    }

    func testEachCategoryHasItsOwnLookAndNamesKeepTheirColourInQuotations() throws {
        let output = try show(colour: true)
        let codes = try legendCodes(output)
        XCTAssertEqual(Set(codes.keys), ["DATE", "DURATION", "LOC", "PER", "QUOTE", "TIME"], output)
        XCTAssertEqual(Set(codes.values).count, codes.count, "a look of its own for each category: \(codes)")
        // The quotation sets no colour of its own (30–37, 38;5;N, 90–97) …
        let quote = try XCTUnwrap(codes["QUOTE"])
        let parameters = quote.split(separator: ";").compactMap { Int($0) }
        XCTAssertFalse(parameters.contains { (30...38).contains($0) || (90...97).contains($0) }, quote)
        // … so that the place and the person inside it are drawn in theirs.
        let loc = try XCTUnwrap(codes["LOC"]), per = try XCTUnwrap(codes["PER"])
        XCTAssertTrue(output.contains("\u{1B}[\(quote);\(loc)mBerlin\u{1B}[0m"), output.debugDescription)
        XCTAssertTrue(output.contains("\u{1B}[\(quote);\(per)mAnna Keller\u{1B}[0m"), output.debugDescription)
    }

    func testWithoutColourQuotationsAreMarkedLikeTheRest() throws {
        let output = try show(colour: false)
        XCTAssertFalse(output.contains("\u{1B}["), output)
        let marked = "[„Wir fahren nach [Berlin]LOC und treffen [Anna Keller]PER“]QUOTE, sagte [Petra Albers]PER"
        XCTAssertTrue(output.contains(marked), output)
        XCTAssertTrue(output.contains("[drei Stunden]DURATION"), output)
    }

    /// `show N` of a sentence inside a longer quotation marks the part shown, brackets paired.
    func testAQuotationOverTwoSentencesIsMarkedWithinTheSentenceShown() throws {
        let path = folder.appendingPathComponent("zwei.txt").path
        try "Keller sagte: „Wir bauen die Brücke. Sie wird im Herbst fertig.“ Dann ging sie.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try LoupeProcess.run(["--no-plugins", "--ref", "2024-06-18", "-e", "load \(path); show 1; show 2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("[Keller]PER sagte: [„Wir bauen die Brücke.]QUOTE\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n[Sie wird im [Herbst]DATE fertig.“]QUOTE\n"), result.stdout)
    }
}
