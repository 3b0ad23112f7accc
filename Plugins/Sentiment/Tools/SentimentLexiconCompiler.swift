import Foundation
import LoupeCore
import LoupeSentiment

/// `loupe train sentiment`: builds the compiled lexicon (`Resources/compiled/sentiment.lexicon`)
/// from the source lexicons and writes it, or with `--check` compares. The analyzer only reads
/// the compiled file (`CompiledLexicon.decode`), or builds the lexicon from the sources when the
/// file is missing or stale; the format itself (`CompiledLexicon.encode`/`decode`) stays with it.
public enum SentimentLexiconCompiler {
    static let usage = "loupe train sentiment [--resources DIR] [--out FILE] [--check]"

    public static let tool = PluginTool(
        summary:
            "builds the compiled lexicon (Resources/compiled/sentiment.lexicon) from the source lexicons; --check compares instead of writing",
        usage: usage
    ) { arguments in try train(arguments) }

    /// Builds the compiled lexicon from the sources in `--resources` (default: the bundle's
    /// copy) and writes it to `--out` (default: `DIR/compiled/sentiment.lexicon` with
    /// `--resources DIR`), or with `--check` reports whether that file is up to date (exit 1 if not).
    static func train(_ arguments: [String]) throws -> Int32 {
        var resources: URL? = nil
        var out: String? = nil
        var check = false
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--resources", "--out":
                guard let value = rest.popFirst() else {
                    throw LoupeError.sentimentCompilerUsage("\(argument) needs a value", usage: usage)
                }
                if argument == "--out" { out = value } else { resources = URL(fileURLWithPath: value) }
            case "--check": check = true
            default: throw LoupeError.sentimentCompilerUsage("unknown argument '\(argument)'", usage: usage)
            }
        }
        let relative = "\(CompiledLexicon.folder)/\(CompiledLexicon.name).\(CompiledLexicon.ext)"
        guard let path = out ?? resources?.appendingPathComponent(relative).path else {
            throw LoupeError.sentimentCompilerUsage("say where the compiled lexicon goes", usage: usage)
        }
        let sources = try LexiconSources.read(from: resources)
        let data = try CompiledLexicon.encode(try BuiltinLexicon.build(from: sources), digest: sources.digest)
        let existing = FileManager.default.contents(atPath: path)
        if check {
            print(
                existing == data
                    ? "\(path): up to date (\(data.count) bytes)"
                    : "\(path): STALE, rebuild with scripts/build-sentiment-lexicon.sh")
            return existing == data ? 0 : 1
        }
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        print(
            "\(path): \(data.count) bytes\(existing == data ? " (unchanged)" : ""), digest \(String(sources.digest, radix: 16))"
        )
        return 0
    }
}
