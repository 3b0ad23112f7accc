import Foundation
import LoupeTestSupport
import XCTest

/// `loupe eval entities --labels`: a gold scheme without some labels scores only the labels it has.
final class EvalEntitiesCommandTests: XCTestCase {
    func testLabelsLeaveOtherPredictionsOut() throws {
        // our own sentences; "German" is what CoNLL calls MISC, but this little gold set has no such label
        let conll = """
            Angela\tB-PER
            Merkel\tI-PER
            visited\tO
            Paris\tB-LOC
            with\tO
            German\tO
            ministers\tO
            .\tO

            """
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "loupe-eval-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("gold.conll").path
        try conll.write(toFile: path, atomically: true, encoding: .utf8)

        /// The gold and predicted counts of a row of the score table.
        func counts(_ output: String, _ row: String) -> [String] {
            let line = output.split(separator: "\n").first { $0.hasPrefix(row) } ?? ""
            return line.split(separator: " ").dropFirst().prefix(2).map(String.init)
        }
        let scoped = try LoupeProcess.run(["eval", "entities", path, "--lang", "en", "--labels", "PER,LOC"])
        XCTAssertEqual(scoped.status, 0, scoped.stderr)
        XCTAssertEqual(counts(scoped.stdout, "OTH"), ["0", "0"], scoped.stdout)
        XCTAssertEqual(counts(scoped.stdout, "micro"), ["2", counts(scoped.stdout, "micro").last ?? ""], scoped.stdout)
        let all = try LoupeProcess.run(["eval", "entities", path, "--lang", "en"])
        XCTAssertEqual(all.status, 0, all.stderr)
        // without --labels every prediction counts: micro predictions are at least the scoped ones
        XCTAssertGreaterThanOrEqual(
            Int(counts(all.stdout, "micro").last ?? "") ?? -1, Int(counts(scoped.stdout, "micro").last ?? "") ?? 0)

        let bad = try LoupeProcess.run(["eval", "entities", path, "--lang", "en", "--labels", "PER,FOO"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--labels"), bad.stderr)
    }
}
