import Foundation
import LoupeKit

/// `loupe analyze`: documents in — files, folders, JSONL streams — and one JSON object (or a
/// table) per document out, in input order.
///
/// A corpus streams through in constant memory: the input is read in chunks, `jobs` workers
/// tokenize and analyse chunks in parallel (analyzers that can, like external plugins, get a
/// whole chunk at once), and results are written in input order as soon as they are ready,
/// with at most `2 × jobs` chunks in flight. A document that fails is reported — on standard
/// error, and as an `error` record in JSON — and the others go on. An analyzer that fails on a
/// document costs only its layer: the document is written with the other layers and an
/// `errors` list, and the failure is reported on standard error.
public struct BatchAnalyzer: Sendable {
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
    /// The time budget per document.
    public var limits = RunLimits()
    public var style: TerminalStyle
    /// Worker threads; 1 analyses in the calling order on one core.
    public var jobs: Int = 1
    /// File names taken from folders (fnmatch pattern).
    public var glob: String = "*.txt"
    /// Documents per chunk (a chunk is also cut at `chunkBytes`).
    public var chunkSize: Int = 32
    public var chunkBytes: Int = 4_000_000
    /// Shows a progress line on standard error (when it is a terminal).
    public var progress = false
    /// Called with every analysed document on the worker thread that analysed it (to summarise
    /// it for a report); the step it returns runs in input order, whatever `jobs` is, so totals
    /// built by those steps do not depend on the number of workers.
    public var collect: (@Sendable (Document) -> @Sendable () -> Void)? = nil
    /// Whether each document's result is written (false for `loupe report`).
    public var writeDocuments = true
    /// `.skipUnsupported` when the analyzers were not named (every analyzer that fits the language).
    public var languages: AnalyzerRegistry.LanguagePolicy = .strict

    public init(
        registry: AnalyzerRegistry, analyzers: [String], language: Language?, reference: ReferenceTime?,
        format: Format, input: InputKind, options: AnalyzerOptions, maxBytes: Int, style: TerminalStyle
    ) {
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

    /// The analyzers `loupe analyze` runs when none are named: every registered one that runs
    /// by default (not the raw `tokens` and `sentences` listings) and needs no argument.
    public static func defaultAnalyzers(_ registry: AnalyzerRegistry) -> [String] {
        registry.descriptors.filter { $0.runsByDefault && $0.positionalOption == nil }.map(\.name)
    }

    /// What happened, for the summary line.
    public struct Summary: Sendable {
        public var documents = 0
        public var failures = 0
        public var tokens = 0
        public var bytes = 0
        public var seconds = 0.0

        public var line: String {
            let rate = seconds > 0 ? Double(documents) / seconds : 0
            let mb = Double(bytes) / 1_000_000
            return "\(documents) documents, \(tokens) tokens, \(failures) failed, \(String(format: "%.2f", seconds)) s "
                + "(\(String(format: "%.0f", rate)) documents/s, \(String(format: "%.2f", seconds > 0 ? mb / seconds : 0)) MB/s)"
        }
    }

    /// One input before it is read: a file to read, a JSONL record, or what went wrong.
    enum Item: Sendable {
        case file(path: String)
        case standardInput
        case record(DocumentSource.Record)
        case failed(id: String, error: LoupeError)

        var approximateBytes: Int {
            switch self {
            case let .record(record): record.text.utf8.count
            case .file, .standardInput: 64_000
            case .failed: 0
            }
        }
    }

    /// One document's output: a table's text, or the document itself, whose JSON is written
    /// straight to the output when its turn comes (never held whole in memory).
    struct Output: Sendable {
        var text: String?
        var document: Document?
        var error: String?
        var errorRecord: JSONValue?
        var tokens = 0
        var bytes = 0
        /// What `collect` returned for the document, run when the output is emitted (in order).
        var inOrder: (@Sendable () -> Void)?
    }

    /// Processes every input; returns what happened. Throws only for problems of the request.
    /// `write` gets the output text in pieces, in order, line breaks included.
    public func run(paths: [String], write: @escaping (String) -> Void) throws -> Summary {
        // Unknown analyzers fail before any work; models and lexicons load once, up front, in
        // parallel (they are independent, and loading is most of a short run's time).
        let planned = try registry.plan(analyzers)
        let registry = self.registry
        if reference == nil, planned.contains(where: { (try? registry.descriptor(named: $0).usesReference) == true }) {
            Console.err(
                style.paint("note: ", .dim)
                    + "relative dates are resolved against today (\(ReferenceTime.today())) where a document "
                    + "gives no date; --ref DATE (or \"ref\" in JSONL records) gives the articles' own date")
        }
        // quotes without entities: speakers without their entity names (the REPL runs entities first)
        for name in planned {
            let unread = ((try? registry.descriptor(named: name))?.usesIfPresent ?? []).filter { !planned.contains($0) }
            guard let input = unread.first else { continue }
            Console.err(
                style.paint("note: ", .dim)
                    + "\(name) reads \(input) when it runs too; --analyzers \(input),\(name) gives it those names")
        }
        DispatchQueue.concurrentPerform(iterations: planned.count) { _ = try? registry.analyzer(named: planned[$0]) }
        let start = Date()
        let singleObject = format == .json && input == .text && paths.count == 1 && !Self.isDirectory(paths[0])
        let emitter = OrderedEmitter(
            format: format, singleObject: singleObject, layers: analyzers, write: write, style: style,
            progress: progress ? ProgressLine(total: totalIfKnown(paths)) : nil)
        emitter.suppressEmptyArray = !writeDocuments
        let inFlight = DispatchSemaphore(value: max(2, 2 * jobs))
        let workers = DispatchQueue(label: "loupe.batch", attributes: .concurrent)
        let slots = DispatchSemaphore(value: max(1, jobs))
        let group = DispatchGroup()
        var chunk: [Item] = []
        var chunkBytesSoFar = 0
        var chunkIndex = 0

        func dispatch() {
            guard !chunk.isEmpty else { return }
            let items = chunk, index = chunkIndex
            chunk = []
            chunkBytesSoFar = 0
            chunkIndex += 1
            inFlight.wait()
            if jobs <= 1 {
                emitter.deliver(index, process(items))
                inFlight.signal()
                return
            }
            slots.wait()
            group.enter()
            workers.async {
                let outputs = process(items)
                slots.signal()
                emitter.deliver(index, outputs)
                inFlight.signal()
                group.leave()
            }
        }

        try forEachItem(paths) { item in
            chunk.append(item)
            chunkBytesSoFar += item.approximateBytes
            if chunk.count >= chunkSize || chunkBytesSoFar >= chunkBytes { dispatch() }
        }
        dispatch()
        group.wait()
        var summary = emitter.finish()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    // MARK: - Inputs

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The number of documents when it is known before reading (text files), for the ETA.
    func totalIfKnown(_ paths: [String]) -> Int? {
        guard input == .text else { return nil }
        var total = 0
        for path in paths {
            if Self.isDirectory(path) { total += (try? filesInFolder(path).count) ?? 0 } else { total += 1 }
        }
        return total
    }

    /// Files under a folder, recursively, whose names match the glob, sorted by path.
    func filesInFolder(_ folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw LoupeError.unreadable(folder, reason: "cannot list it")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), fnmatch(glob, name, 0) == 0 else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            if !Self.isDirectory(full) { files.append(full) }
        }
        return files.sorted()
    }

    func forEachItem(_ paths: [String], _ body: (Item) throws -> Void) throws {
        for path in paths {
            let targets: [String]
            if path != "-", Self.isDirectory(path) {
                targets = try filesInFolder(path)
                if targets.isEmpty {
                    Console.err(
                        style.paint("warning: ", .warning)
                            + "no files matching '\(glob)' in \(path) (--glob sets the pattern)")
                }
            } else {
                targets = [path]
            }
            for target in targets {
                switch input {
                case .text:
                    try body(target == "-" ? .standardInput : .file(path: target))
                case .jsonl:
                    let source = target == "-" ? "stdin" : target
                    do {
                        try JSONLines.forEach(target, maxLineBytes: maxBytes + 1_000_000) { line, number in
                            switch line {
                            case let .success(text):
                                guard !text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { return }
                                do {
                                    try body(
                                        .record(
                                            try DocumentSource.record(
                                                fromJSONLine: text, line: number, source: source, maxBytes: maxBytes)))
                                } catch let error as LoupeError {
                                    try body(.failed(id: "\(source):\(number)", error: error))
                                }
                            case let .failure(error):
                                try body(.failed(id: "\(source):\(number)", error: error))
                            }
                        }
                    } catch let error as LoupeError {
                        try body(.failed(id: source, error: error))
                    }
                }
            }
        }
    }

    // MARK: - Work

    /// Reads, analyses and encodes one chunk (on a worker thread).
    func process(_ items: [Item]) -> [Output] {
        var outputs = [Output](repeating: Output(), count: items.count)
        var documents: [Document] = []
        var positions: [Int] = []
        for (index, item) in items.enumerated() {
            do {
                let document: Document
                switch item {
                case let .file(path):
                    document = Document(
                        text: try DocumentSource.readText(path: path, maxBytes: maxBytes), id: path,
                        language: language, reference: reference)
                case .standardInput:
                    let text = try DocumentSource.readStream(
                        FileHandle.standardInput, source: "stdin", maxBytes: maxBytes)
                    document = Document(text: text, id: "stdin", language: language, reference: reference)
                case let .record(record):
                    document = Document(
                        text: record.text, id: record.id, language: record.language ?? language,
                        reference: record.reference ?? reference)
                case let .failed(_, error):
                    throw error
                }
                documents.append(document)
                positions.append(index)
            } catch {
                outputs[index] = failure(error, id: id(of: item))
            }
        }
        let failures: [(any Error)?]
        do {
            failures = try registry.run(
                analyzers, on: documents, options: options, limits: limits, languages: languages)
        } catch {
            failures = documents.map { _ in error }
        }
        for (k, document) in documents.enumerated() {
            let index = positions[k]
            if let error = failures[k] {
                outputs[index] = failure(error, id: document.id)
                continue
            }
            var output = Output(inOrder: collect?(document))
            // An analyzer that failed leaves only its layer out: the document is written with
            // `errors`, and the failure is reported (and makes the exit status 1).
            let failed = document.failures
            if !failed.isEmpty {
                output.error = failed.map {
                    style.error($0.error) + ("\($0.error)".contains(document.id) ? "" : " (\(document.id))")
                }
                .joined(separator: "\n")
            }
            output.tokens = document.tokens.count
            output.bytes = document.utf8.count
            if writeDocuments {
                switch format {
                case .jsonl, .json: output.document = document
                case .table: output.text = renderTable(document)
                }
            }
            outputs[index] = output
        }
        return outputs
    }

    func id(of item: Item) -> String {
        switch item {
        case let .file(path): path
        case .standardInput: "stdin"
        case let .record(record): record.id
        case let .failed(id, _): id
        }
    }

    func failure(_ error: any Error, id: String) -> Output {
        let message = style.error(error) + ("\(error)".contains(id) ? "" : " (\(id))")
        return Output(error: message, errorRecord: format == .table ? nil : DocumentJSON.error(id: id, error))
    }

    func renderTable(_ document: Document) -> String {
        var parts = [
            style.paint(
                "== \(document.id.withVisibleControls(keepingLineBreaks: false)) (\(document.language), ref \((document.reference ?? ReferenceTime.today()).description))",
                .heading)
        ]
        for name in analyzers {
            guard let layer = document.layer(named: name) else { continue }
            parts.append(style.paint("-- \(name)", .bold))
            parts.append(style.render(layer.render(in: document, options: options.scoped(to: name))))
        }
        return parts.joined(separator: "\n")
    }
}

/// Writes chunk results in input order as they arrive, and counts.
final class OrderedEmitter: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: [BatchAnalyzer.Output]] = [:]
    private var next = 0
    private var summary = BatchAnalyzer.Summary()
    private var wroteAny = false
    private let format: BatchAnalyzer.Format
    private let singleObject: Bool
    private let layers: [String]
    private let write: (String) -> Void
    private let style: TerminalStyle
    private let progress: ProgressLine?
    /// No `[]` when nothing was written on purpose (a report).
    var suppressEmptyArray = false

    init(
        format: BatchAnalyzer.Format, singleObject: Bool, layers: [String], write: @escaping (String) -> Void,
        style: TerminalStyle, progress: ProgressLine?
    ) {
        self.format = format
        self.singleObject = singleObject
        self.layers = layers
        self.write = write
        self.style = style
        self.progress = progress
    }

    func deliver(_ index: Int, _ outputs: [BatchAnalyzer.Output]) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = outputs
        while let ready = waiting.removeValue(forKey: next) {
            next += 1
            for output in ready { emit(output) }
            progress?.update(documents: summary.documents, bytes: summary.bytes, failures: summary.failures)
        }
    }

    private func emit(_ output: BatchAnalyzer.Output) {
        output.inOrder?()
        summary.documents += 1
        summary.tokens += output.tokens
        summary.bytes += output.bytes
        if let error = output.error {
            summary.failures += 1
            progress?.clear()
            Console.err(error)
        }
        let inArray = format == .json && !singleObject
        guard output.document != nil || output.text != nil || output.errorRecord != nil else { return }
        progress?.clear()
        if inArray { write((wroteAny ? "," : "[") + "\n  ") }
        wroteAny = true
        // A document and an error record are written by the one JSON writer, indented inside
        // an array; a table's text as it is.
        do {
            if let document = output.document {
                try DocumentJSON.write(
                    document, layers: layers, pretty: format == .json, indent: inArray ? 2 : 0, to: write)
            } else if let record = output.errorRecord {
                try JSONTextEncoder(pretty: format == .json, indent: inArray ? 2 : 0, sink: write).encode(record)
            }
        } catch {
            // An encoding error (none is known) after part of the document was written.
            Console.err(style.error(error) + (output.document.map { " (\($0.id))" } ?? ""))
            summary.failures += 1
        }
        if let text = output.text { write(text) }
        if !inArray { write("\n") }
    }

    func finish() -> BatchAnalyzer.Summary {
        lock.lock()
        defer { lock.unlock() }
        progress?.clear()
        if format == .json && !singleObject && (wroteAny || !suppressEmptyArray) { write(wroteAny ? "\n]\n" : "[]\n") }
        return summary
    }
}

/// `1,234/10,000 documents · 850 docs/s · 2.1 MB/s · ETA 0:10` on standard error.
final class ProgressLine: @unchecked Sendable {
    let total: Int?
    let start = Date()
    var lastDraw = Date.distantPast

    init(total: Int?) { self.total = total }

    func update(documents: Int, bytes: Int, failures: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(start))
        let rate = Double(documents) / elapsed
        var line =
            "\(documents)" + (total.map { "/\($0)" } ?? "") + " documents · \(Int(rate)) docs/s · "
            + String(format: "%.1f MB/s", Double(bytes) / 1_000_000 / elapsed)
        if failures > 0 { line += " · \(failures) failed" }
        if let total, rate > 0, documents < total {
            let eta = Int(Double(total - documents) / rate)
            line += " · ETA \(eta / 60):" + String(format: "%02d", eta % 60)
        }
        if let total, total > 0 {
            let width = 20, done = min(width, width * documents / total)
            line = "[" + String(repeating: "#", count: done) + String(repeating: ".", count: width - done) + "] " + line
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func clear() {
        guard lastDraw != .distantPast else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Reads a file (or standard input for `-`) line by line in constant memory; each line is
/// checked for UTF-8 and length.
enum JSONLines {
    static func forEach(_ path: String, maxLineBytes: Int, _ body: (Result<String, LoupeError>, Int) throws -> Void)
        throws
    {
        let handle: FileHandle
        let source = path == "-" ? "stdin" : path
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoupeError.fileNotFound(path)
            }
            if isDirectory.boolValue { throw LoupeError.isDirectory(path) }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw LoupeError.unreadable(path, reason: "permission denied")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var buffer = [UInt8]()
        var number = 0
        var skipping = false  // inside an over-long line
        func line(_ bytes: ArraySlice<UInt8>) throws {
            number += 1
            // A byte-order mark before the first record is the file's, not the record's.
            let bytes = number == 1 && bytes.starts(with: DocumentSource.byteOrderMark) ? bytes.dropFirst(3) : bytes
            if let bad = DocumentSource.firstInvalidUTF8(Array(bytes)) {
                try body(
                    .failure(
                        LoupeError.badJSONLine(
                            source, line: number, reason: "not valid UTF-8 (byte \(bad) of the line)")), number)
            } else {
                try body(.success(String(decoding: bytes, as: UTF8.self)), number)
            }
        }
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            buffer.append(contentsOf: chunk)
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 10) {
                if skipping {
                    skipping = false
                } else {
                    try line(buffer[start..<newline])
                }
                start = newline + 1
            }
            buffer.removeFirst(start)
            if buffer.count > maxLineBytes, !skipping {
                number += 1
                try body(
                    .failure(
                        LoupeError.badJSONLine(
                            source, line: number, reason: "longer than \(maxLineBytes / 1_000_000) MB (--max-size)")),
                    number)
                skipping = true
                buffer.removeAll()
            } else if skipping {
                buffer.removeAll()
            }
        }
        if !buffer.isEmpty, !skipping { try line(buffer[...]) }
    }
}
