import Foundation
import LoupeKit

/// `loupe analyze`: documents in, one JSON object (or a table) per document out, in input order.
/// A document that fails is reported (on standard error, and as an `error` record in JSON) and
/// the others go on; the exit code says whether any failed.
public struct BatchAnalyzer {
    public enum Format: String, Sendable, CaseIterable { case table, json, jsonl }
    public enum InputKind: String, Sendable, CaseIterable { case text, jsonl }

    public var registry: AnalyzerRegistry
    public var analyzers: [String]
    public var language: Language?
    public var reference: ReferenceTime?
    public var format: Format
    public var input: InputKind
    public var options: AnalyzerOptions
    public var maxBytes: Int
    public var style: TerminalStyle

    public init(registry: AnalyzerRegistry, analyzers: [String], language: Language?, reference: ReferenceTime?,
                format: Format, input: InputKind, options: AnalyzerOptions, maxBytes: Int, style: TerminalStyle) {
        self.registry = registry
        self.analyzers = analyzers
        self.language = language
        self.reference = reference
        self.format = format
        self.input = input
        self.options = options
        self.maxBytes = maxBytes
        self.style = style
    }

    /// The analyzers `loupe analyze` runs when none are named: every registered one that
    /// needs no argument, except the raw `tokens` and `sentences` listings.
    public static func defaultAnalyzers(_ registry: AnalyzerRegistry) -> [String] {
        registry.descriptors.filter { d in
            !["tokens", "sentences"].contains(d.name) && d.positionalOption == nil
        }.map(\.name)
    }

    /// Processes every input; returns the number of documents that failed.
    public func run(paths: [String], write: (String) -> Void) throws -> Int {
        _ = try registry.plan(analyzers) // unknown analyzers fail before any work
        var failures = 0
        var jsonDocuments: [JSONValue] = []
        func emit(_ result: Result<Document, any Error>, id: String) {
            switch result {
            case let .success(document):
                do {
                    try registry.run(analyzers, on: document, options: options)
                    switch format {
                    case .jsonl: write(try DocumentJSON.encode(document, layers: analyzers).serialized())
                    case .json: jsonDocuments.append(try DocumentJSON.encode(document, layers: analyzers))
                    case .table: write(renderTable(document))
                    }
                } catch {
                    fail(error, id: id)
                }
            case let .failure(error):
                fail(error, id: id)
            }
        }
        func fail(_ error: any Error, id: String) {
            failures += 1
            Console.err(style.error(error) + (error is LoupeError && "\(error)".contains(id) ? "" : " (\(id))"))
            switch format {
            case .jsonl: write(DocumentJSON.error(id: id, error).serialized())
            case .json: jsonDocuments.append(DocumentJSON.error(id: id, error))
            case .table: break
            }
        }

        for path in paths {
            switch input {
            case .text:
                let id = path == "-" ? "stdin" : path
                emit(Result {
                    let text = path == "-" ? try DocumentSource.decode(FileHandle.standardInput.readDataToEndOfFile(), source: "stdin")
                                           : try DocumentSource.readText(path: path, maxBytes: maxBytes)
                    return Document(text: text, id: id, language: language, reference: reference)
                }, id: id)
            case .jsonl:
                try forEachLine(path) { line, number in
                    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
                    let source = path == "-" ? "stdin" : path
                    do {
                        let record = try DocumentSource.record(fromJSONLine: line, line: number, source: source, maxBytes: maxBytes)
                        emit(.success(Document(text: record.text, id: record.id, language: record.language ?? language,
                                               reference: record.reference ?? reference)), id: record.id)
                    } catch {
                        fail(error, id: "\(source):\(number)")
                    }
                }
            }
        }
        if format == .json {
            write((jsonDocuments.count == 1 ? jsonDocuments[0] : .array(jsonDocuments)).serialized(pretty: true))
        }
        return failures
    }

    /// Calls `body` with each line of a file (or standard input for `-`) and its 1-based number.
    func forEachLine(_ path: String, _ body: (String, Int) -> Void) throws {
        if path == "-" {
            var number = 0
            while let line = readLine(strippingNewline: true) {
                number += 1
                body(line, number)
            }
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw LoupeError.fileNotFound(path) }
        if isDirectory.boolValue { throw LoupeError.isDirectory(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw LoupeError.unreadable(path, reason: "permission denied") }
        defer { try? handle.close() }
        var buffer = Data()
        var number = 0
        func flushLines(final: Bool) {
            while let newline = buffer.firstIndex(of: 10) {
                number += 1
                body(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self), number)
                buffer.removeSubrange(buffer.startIndex...newline)
            }
            if final, !buffer.isEmpty {
                number += 1
                body(String(decoding: buffer, as: UTF8.self), number)
                buffer.removeAll()
            }
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            buffer.append(chunk)
            flushLines(final: false)
        }
        flushLines(final: true)
    }

    func renderTable(_ document: Document) -> String {
        var parts = [style.paint("== \(document.id) (\(document.language), ref \((document.reference ?? ReferenceTime.today()).description))", .heading)]
        for name in analyzers {
            guard let layer = document.layer(named: name) else { continue }
            parts.append(style.paint("-- \(name)", .bold))
            parts.append(style.render(layer.render(in: document, options: options.scoped(to: name))))
        }
        return parts.joined(separator: "\n")
    }
}
