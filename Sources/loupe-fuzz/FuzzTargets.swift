import Foundation
import LoupeKit

/// The fuzz harnesses: each takes arbitrary bytes and must neither crash nor hang.
/// `scripts/fuzz.sh` runs them under libFuzzer; without the fuzzing build the same binary
/// replays files (seed corpora, kept crashers) through them, which the test suite does.
enum FuzzTargets {
    static let registry = Loupe.makeRegistry()

    static let all: [String: @Sendable ([UInt8]) -> Void] = {
        var targets: [String: @Sendable ([UInt8]) -> Void] = [
            "tokenizer": { bytes in _ = Tokenizer.tokenize(bytes) },
            "sentences": { bytes in
                let document = Document(text: String(decoding: bytes, as: UTF8.self))
                _ = document.sentences.map { document.string(for: $0.span) }
            },
            "jsonl": { bytes in
                _ = try? JSONValue.parse(bytes)
                _ = try? DocumentSource.record(
                    fromJSONLine: String(decoding: bytes, as: UTF8.self), line: 1, source: "fuzz")
            },
            "plugin-file": { bytes in
                guard let file = try? PluginFile(text: String(decoding: bytes, as: UTF8.self), path: "fuzz.yaml"),
                    let plugin = try? PluginLoader.plugin(
                        from: file.root, path: "fuzz.yaml",
                        sentimentScorer: Loupe.sentimentLexiconScorer),
                    plugin.kind != "external"
                else { return }
                let analyzers = AnalyzerRegistry([plugin.registration])
                _ = try? analyzers.run(
                    [plugin.registration.descriptor.name], on: Document(text: "Der Test in Berlin kostet 5 Euro."))
            },
        ]
        for name in registry.names where name != "kwic" {
            targets["analyzer-\(name)"] = { bytes in analyze(name, bytes) }
        }
        return targets
    }()

    /// Runs one analyzer on the bytes as text, in German, English and detected language, and
    /// encodes the result as `loupe analyze` would.
    static func analyze(_ name: String, _ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for language in [nil, Language.german, Language.english] {
            let document = Document(text: text, language: language, reference: ReferenceTime(iso: "2024-06-18"))
            guard (try? registry.run([name], on: document)) != nil else { continue }
            _ = try? DocumentJSON.serialized(document, layers: [name])
        }
    }
}
