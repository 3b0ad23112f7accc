import Foundation
import LoupeCore

/// `loupe new-analyzer NAME`: a new built-in analyzer in one folder and one line of
/// registration — the folder `Plugins/<Name>/` with a working analyzer, a resource folder and
/// a test, the target in Package.swift's `plugins` list, the registration in LoupeKit.
public struct AnalyzerScaffold {
    public let name: String
    public let packageRoot: URL

    public init(name: String, packageRoot: URL) throws {
        guard name.range(of: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", options: .regularExpression) != nil else {
            throw LoupeError.badAnalyzerName(name)
        }
        self.name = name
        self.packageRoot = packageRoot
    }

    /// `party-names` → `PartyNames`.
    public var folder: String { name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }
    public var module: String { "Loupe\(folder)" }
    public var typeName: String { "\(folder)Analyzer" }

    /// Creates the files and the two registration lines; returns the paths written.
    @discardableResult
    public func create() throws -> [String] {
        let fm = FileManager.default
        let packageFile = packageRoot.appendingPathComponent("Package.swift")
        let builtinsFile = packageRoot.appendingPathComponent("Sources/LoupeKit/BuiltinAnalyzers.swift")
        guard fm.fileExists(atPath: packageFile.path), fm.fileExists(atPath: builtinsFile.path) else {
            throw LoupeError.notLoupePackage(packageRoot.path)
        }
        let pluginFolder = packageRoot.appendingPathComponent("Plugins/\(folder)")
        guard !fm.fileExists(atPath: pluginFolder.path) else {
            throw LoupeError.analyzerFolderExists(folder)
        }
        var package = try String(contentsOf: packageFile, encoding: .utf8)
        var builtins = try String(contentsOf: builtinsFile, encoding: .utf8)
        package = try insert(
            "    (\"\(module)\", \"\(folder)\"),",
            intoListStartingWith: "let plugins: [(target: String, folder: String)] = [", in: package,
            file: "Package.swift")
        builtins = try insert(
            "        \(typeName).registration,", intoListStartingWith: "static let all: [AnalyzerRegistration] = [",
            in: builtins, file: "BuiltinAnalyzers.swift")
        builtins = "import \(module)\n" + builtins

        let files: [(String, String)] = [
            ("Plugins/\(folder)/Sources/\(typeName).swift", analyzerSource),
            (
                "Plugins/\(folder)/Resources/README.md",
                "# Resources of the \(name) analyzer\n\nModels, lexicons and their licence notes go here; load them with `Bundle.module`.\n"
            ),
            ("Plugins/\(folder)/Tests/\(typeName)Tests.swift", testSource),
        ]
        for (path, text) in files {
            let url = packageRoot.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try package.write(to: packageFile, atomically: true, encoding: .utf8)
        try builtins.write(to: builtinsFile, atomically: true, encoding: .utf8)
        return files.map(\.0) + ["Package.swift", "Sources/LoupeKit/BuiltinAnalyzers.swift"]
    }

    /// Inserts a line before the `]` that closes the list opened by `opening`, giving the element
    /// before it the comma a formatter may have left out (a last element needs none).
    func insert(_ line: String, intoListStartingWith opening: String, in text: String, file: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.contains(opening) }),
            let end = lines[(start + 1)...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("]") }
            )
        else {
            throw LoupeError.registrationListMissing(opening, in: file, line: line)
        }
        if let last = lines[(start + 1)..<end].lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let trimmed = lines[last].trimmingTrailingSpaces()
            if !trimmed.hasSuffix(","), !trimmed.hasSuffix("[") { lines[last] = trimmed + "," }
        }
        lines.insert(line, at: end)
        return lines.joined(separator: "\n")
    }

    public var analyzerSource: String {
        """
        import LoupeCore

        /// `\(name)`: what it finds, in one sentence (shown by `analyzers` and `help \(name)`).
        ///
        /// This starting point marks words of 15 letters or more; replace `analyze` with your own
        /// logic. Read tokens and sentences from `document`, other layers with
        /// `document.layer(_:named:)` (declare them in `requires`), options from `context.options`.
        /// Its layer adopts `LabeledSpans` and says so in `provides`: `show` and the HTML export
        /// highlight its spans, the table exports list them. Other capabilities (LoupeCore's
        /// Capabilities folder): `GroupedMentions` (counted by the report), `AttributedItems`,
        /// `TimedItems` (on the timelines), `ScoredItems`, `ToneScores`.
        public struct \(typeName): Analyzer {
            public static let registration = AnalyzerRegistration(
                AnalyzerDescriptor(
                    name: "\(name)",
                    summary: "words of 15 letters or more (replace with what \(name) finds)",
                    languages: [.german, .english],
                    provides: [.labeledSpans],
                    options: [OptionSpec("min", .int, "the shortest word to mark", default: "15")]
                )
            ) { \(typeName)() }

            public init() {}

            public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
                let minimum = context.options.int("min") ?? 15
                let items = document.tokens.filter { token in
                    token.kind == .word && document.string(for: token).count >= minimum
                }.map { \(folder)Layer.Item(span: $0.span, label: "LONG") }
                return \(folder)Layer(items: items)
            }
        }

        /// The layer: encodes to JSON as `[{"start", "end", "text", "label"}]` (code points).
        public struct \(folder)Layer: LabeledSpans {
            public struct Item: Sendable, Encodable {
                public var span: Span
                public var label: String

                enum Keys: String, CodingKey { case label }

                public func encode(to encoder: any Encoder) throws {
                    var container = try encoder.spanItem(span, keyedBy: Keys.self)
                    try container.encode(label, forKey: .label)
                }
            }

            public var items: [Item]

            public var labeledItems: [LabeledItem] { items.map { LabeledItem(span: $0.span, label: $0.label) } }

            public func encode(to encoder: any Encoder) throws {
                try items.encode(to: encoder)
            }

            public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
                let rows = items.map { [TextTable.Cell(document.string(for: $0.span), .highlight), TextTable.Cell($0.label)] }
                return Rendering([.table(TextTable(headers: ["text", "label"], rows: rows))])
            }
        }

        """
    }

    public var testSource: String {
        """
        import LoupeCore
        import LoupeTestSupport
        import \(module)
        import XCTest

        final class \(typeName)Tests: XCTestCase {
            let registry = AnalyzerRegistry([\(typeName).registration])

            func testMarksLongWords() throws {
                let sample = MarkedText("Die ⟦Bundesfinanzministerin⟧LONG sprach im Bundestag.")
                let document = Document(text: sample.text)
                try registry.run(["\(name)"], on: document)
                let layer = try XCTUnwrap(document.layer(\(folder)Layer.self, named: "\(name)"))
                XCTAssertEqual(layer.items.map(\\.span), sample.marks.map(\\.span))
            }

            func testConformance() throws {
                try AnalyzerConformance.check(["\(name)"], in: registry)
            }
        }

        """
    }
}
