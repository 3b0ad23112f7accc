import Foundation
import LoupeTestSupport
import XCTest

/// Every input a fuzzer ever found (Tests/FuzzCrashers/HARNESS/) and the seed texts go through
/// their harness again, with the ordinary build of `loupe-fuzz` in replay mode.
final class FuzzRegressionTests: XCTestCase {
    func testHarnessesReplaySeedsAndKeptFindings() throws {
        let fuzz = LoupeProcess.executable.deletingLastPathComponent().appendingPathComponent("loupe-fuzz")
        guard FileManager.default.isExecutableFile(atPath: fuzz.path) else { throw XCTSkip("loupe-fuzz is not built") }
        let root = packageRoot()
        let listing = Process()
        listing.executableURL = fuzz
        let err = Pipe()
        listing.standardError = err
        try listing.run()
        listing.waitUntilExit()
        let usage = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let harnesses =
            usage.split(separator: "\n").first { $0.hasPrefix("harnesses: ") }?
            .dropFirst("harnesses: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        XCTAssertGreaterThanOrEqual(harnesses.count, 10, usage)
        for harness in harnesses {
            var inputs = [root.appendingPathComponent(harness == "plugin-file" ? "examples/plugins" : "examples").path]
            let kept = root.appendingPathComponent("Tests/FuzzCrashers/\(harness)")
            if FileManager.default.fileExists(atPath: kept.path) { inputs.append(kept.path) }
            let process = Process()
            process.executableURL = fuzz
            process.arguments = [harness] + inputs
            process.standardOutput = Pipe()
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "\(harness) failed on its replay inputs")
            XCTAssertEqual(process.terminationReason, .exit, "\(harness) crashed on its replay inputs")
        }
    }
}
