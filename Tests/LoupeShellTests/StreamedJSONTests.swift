import LoupeKit
import LoupeTestSupport
import XCTest

/// Batch mode writes each document's JSON as a stream (`DocumentJSON.write`); every built-in
/// layer must come out as the same text as the tree the REPL and the views encode.
final class StreamedJSONTests: XCTestCase {
    func testEveryBuiltinLayerStreamsTheSameTextAsItsTree() throws {
        let registry = Loupe.makeRegistry()
        let names = registry.descriptors.filter { $0.positionalOption == nil }.map(\.name)
        for sample in ["bundestag-de.txt", "harbour-en.txt"] {
            let text = try String(
                contentsOf: packageRoot().appendingPathComponent("examples/\(sample)"), encoding: .utf8)
            let document = Document(text: text, id: sample, reference: ReferenceTime(iso: "2024-06-18"))
            try registry.run(names, on: document)
            let tree = try DocumentJSON.encode(document, layers: names)
            XCTAssertEqual(try DocumentJSON.serialized(document, layers: names), tree.serialized(), sample)
            XCTAssertEqual(
                try DocumentJSON.serialized(document, layers: names, pretty: true), tree.serialized(pretty: true),
                sample)
            var pieces: [String] = []
            try DocumentJSON.write(document, layers: names, pretty: true, indent: 2) { pieces.append($0) }
            let indented = tree.serialized(pretty: true).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n  ")
            XCTAssertEqual(pieces.joined(), indented, "a document inside a JSON array (\(sample))")
        }
    }
}
