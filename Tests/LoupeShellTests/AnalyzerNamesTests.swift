import Foundation
import LoupeKit
import XCTest

/// Above the core, behaviour is never picked by analyzer name: the shell, the batch module and
/// the executable read layers through capabilities and ask the registry what to run. The built-in
/// analyzers are named only where they are registered (LoupeCore's `CoreAnalyzers`, LoupeKit).
final class AnalyzerNamesTests: XCTestCase {
    static let folders = ["Sources/LoupeShell", "Sources/LoupeBatch", "Sources/loupe"]

    /// A name as a string literal is allowed only as an output column or JSON key of its own
    /// (`headers: [… "sentences" …]`, `("entities", …)` in the report's JSON), never to pick a layer.
    static func isOutputKey(_ line: Substring, _ literal: String) -> Bool {
        line.contains("headers: [") || line.contains("(\(literal), ")
    }

    func testNoBuiltinAnalyzerNameInShellBatchOrExecutable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let names = Loupe.makeRegistry().names
        XCTAssertTrue(names.contains("entities") && names.contains("tokens"))
        var checked = 0
        for folder in Self.folders {
            let url = root.appendingPathComponent(folder)
            let files = try XCTUnwrap(FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil))
            for case let file as URL in files where file.pathExtension == "swift" {
                checked += 1
                let text = try String(contentsOf: file, encoding: .utf8)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for (number, line) in lines.enumerated() {
                    for name in names {
                        let literal = "\"\(name)\""
                        guard line.contains(literal), !Self.isOutputKey(line, literal) else { continue }
                        let place = "\(folder)/\(file.lastPathComponent):\(number + 1)"
                        XCTFail("\(place) names the analyzer '\(name)': \(line.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 20, "the sources were not found from \(root.path)")
    }
}
