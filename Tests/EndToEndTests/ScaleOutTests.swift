import Foundation
import LoupeTestSupport
import XCTest

/// The JSONL stream mode as the unit of work beyond one process: GNU parallel and Apache Spark
/// (`RDD.pipe`, examples/spark/loupe_spark.py) split the input, run `loupe analyze` on each
/// part, and the joined output must equal one `loupe analyze` over the whole input.
/// `scripts/test-scale-out.sh` installs both tools and runs these tests; without them they skip.
final class ScaleOutTests: XCTestCase {
    let root = packageRoot()
    var folder: URL!
    let isolated = [
        "XDG_CONFIG_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("loupe-no-config").path
    ]
    let analyze = [
        "analyze", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", "--no-progress", "--ref", "2024-06-18",
    ]

    override func setUpWithError() throws {
        folder = try makeTemporaryFolder("loupe-scale")
    }

    /// 150 records recombined from the two sample articles' paragraphs, German and English.
    func writeInput() throws -> (path: String, expected: [String]) {
        var paragraphs: [String] = []
        for name in ["bundestag-de.txt", "harbour-en.txt"] {
            let text = try String(contentsOf: root.appendingPathComponent("examples/\(name)"), encoding: .utf8)
            paragraphs += text.components(separatedBy: "\n\n").filter {
                !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }
        }
        let lines = try (0..<150).map { i -> String in
            let text = paragraphs[i % paragraphs.count] + " " + paragraphs[(i * 7 + 3) % paragraphs.count]
            return String(
                decoding: try JSONSerialization.data(withJSONObject: ["id": "doc-\(i)", "text": text]), as: UTF8.self)
        }
        let path = folder.appendingPathComponent("in.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let whole = try LoupeProcess.run(analyze + [path], environment: isolated)
        XCTAssertEqual(whole.status, 0, whole.stderr)
        let expected = whole.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(expected.count, 150)
        return (path, expected)
    }

    func testGNUParallelOverTheJSONLStream() throws {
        guard
            let parallel = ["/usr/bin/parallel", "/usr/local/bin/parallel"].first(
                where: FileManager.default.isExecutableFile(atPath:))
        else {
            throw XCTSkip("GNU parallel is not installed (scripts/test-scale-out.sh installs it)")
        }
        let (input, expected) = try writeInput()
        // As the README shows: blocks of 40 records, one loupe per block, output in input order.
        let result = try LoupeProcess.run(
            ["--will-cite", "--pipe", "-N", "40", "--keep-order", "-j", "2", LoupeProcess.executable.path] + analyze + [
                "-"
            ],
            program: URL(fileURLWithPath: parallel), stdin: try String(contentsOfFile: input, encoding: .utf8),
            environment: isolated)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").map(String.init), expected)
    }

    func testSparkRDDPipe() throws {
        let python =
            ProcessInfo.processInfo.environment["LOUPE_SPARK_PYTHON"]
            ?? root.appendingPathComponent(".build-spark/venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python),
            try LoupeProcess.run(["-c", "import pyspark"], program: URL(fileURLWithPath: python)).status == 0
        else {
            throw XCTSkip("pyspark is not installed (scripts/test-scale-out.sh installs it into .build-spark/venv)")
        }
        let (input, expected) = try writeInput()
        let output = folder.appendingPathComponent("out")
        let result = try LoupeProcess.run(
            [
                root.appendingPathComponent("examples/spark/loupe_spark.py").path, input, output.path,
                "--loupe", LoupeProcess.executable.path, "--partitions", "3", "--master", "local[2]",
                "--", "--ref", "2024-06-18",
            ], program: URL(fileURLWithPath: python), environment: isolated)
        XCTAssertEqual(result.status, 0, result.stderr)
        let parts = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("part-") }
            .sorted()
        XCTAssertGreaterThanOrEqual(parts.count, 3, "one loupe per partition")
        let lines = try parts.flatMap { part in
            try String(contentsOf: output.appendingPathComponent(part), encoding: .utf8).split(separator: "\n").map(
                String.init)
        }
        XCTAssertEqual(lines, expected)
    }
}
