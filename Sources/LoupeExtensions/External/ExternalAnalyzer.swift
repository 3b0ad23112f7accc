import Foundation
import LoupeCore

/// An analyzer that is another program: Loupe starts it on first use and sends it documents
/// (in batches in corpus mode); it answers with labelled spans. One process per analyzer,
/// requests one at a time.
public final class ExternalAnalyzer: BatchAnalyzing, @unchecked Sendable {
    let process: PluginProcess
    let requires: [String]
    private let lock = NSLock()
    private var nextRequest = 1

    /// The options its manifest declares, sent with each document.
    let options: [OptionSpec]

    init(settings: PluginProcess.Settings, requires: [String], options: [OptionSpec] = []) {
        self.process = PluginProcess(settings)
        self.requires = requires
        self.options = options
    }

    /// The declared options that have a value, as JSON of their type.
    func optionValues(_ given: AnalyzerOptions) -> JSONValue {
        .object(
            options.compactMap { spec in
                guard let text = given.string(spec.name) else { return nil }
                switch spec.kind {
                case .flag: return (spec.name, .bool(text == "true"))
                case .int: return (spec.name, Int(text).map { .int($0) } ?? .string(text))
                case .number: return (spec.name, Double(text).map { .double($0) } ?? .string(text))
                case .string, .path, .date: return (spec.name, .string(text))
                }
            })
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        try analyze([document], contexts: [context])[0].get()
    }

    public func analyze(_ documents: [Document], contexts: [AnalysisContext]) -> [Result<any Layer, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        let id = nextRequest
        nextRequest += 1
        do {
            // The unit is known after the handshake; a first request starts the process.
            try process.ensureRunning()
            let unit =
                ExternalProtocol.OffsetUnit(rawValue: process.handshake?["offsets"]?.stringValue ?? "codepoint")
                ?? .codepoint
            let converters = documents.map { OffsetConverter(document: $0, unit: unit) }
            let payload: [JSONValue] = try zip(documents, contexts).enumerated().map { index, pair in
                try request(for: pair.0, context: pair.1, converter: converters[index])
            }
            let message = JSONValue.object([
                ("type", .string("analyze")), ("id", .int(id)), ("documents", .array(payload)),
            ])
            let reply = try process.exchange(message, deadline: contexts.first?.deadline ?? .none)
            return try parse(reply, id: id, documents: documents, converters: converters)
        } catch {
            return documents.map { _ in .failure(error) }
        }
    }

    private func request(for document: Document, context: AnalysisContext, converter: OffsetConverter) throws
        -> JSONValue
    {
        var layers: [(String, JSONValue)] = []
        for name in requires {
            guard let layer = document.layer(named: name) else { continue }
            layers.append((name, converter.convertSpans(try DocumentJSON.encode(layer, of: document))))
        }
        return .object([
            ("id", .string(document.id)),
            ("text", .string(document.text)),
            ("language", .string(context.language.rawValue)),
            ("ref", .string(context.reference.description)),
            (
                "tokens",
                .array(
                    document.tokens.map {
                        .array([.int(converter.unit(ofByte: $0.span.start)), .int(converter.unit(ofByte: $0.span.end))])
                    })
            ),
            (
                "sentences",
                .array(
                    document.sentences.map {
                        .array([.int(converter.unit(ofByte: $0.span.start)), .int(converter.unit(ofByte: $0.span.end))])
                    })
            ),
            ("layers", .object(layers)),
            ("options", optionValues(context.options)),
        ])
    }

    private func parse(_ reply: JSONValue, id: Int, documents: [Document], converters: [OffsetConverter]) throws
        -> [Result<any Layer, any Error>]
    {
        let name = process.settings.name
        func bad(_ message: String) -> LoupeError {
            .pluginBadReply(name, message)
        }
        if reply["type"]?.stringValue == "error" {
            let message = reply["message"]?.stringValue ?? "no message"
            return documents.map { _ in .failure(LoupeError.pluginReportedError(name, for: nil, message)) }
        }
        guard reply["type"]?.stringValue == "result", reply["id"]?.intValue == id else {
            throw bad("answered with something other than {\"type\": \"result\", \"id\": \(id), …}")
        }
        guard let results = reply["results"]?.arrayValue, results.count == documents.count else {
            throw bad("must return one result per document (\(documents.count))")
        }
        return results.enumerated().map { index, result in
            Result {
                if let message = result["error"]?.stringValue {
                    throw LoupeError.pluginReportedError(name, for: documents[index].id, message)
                }
                guard let items = result["spans"]?.arrayValue else {
                    throw bad("result \(index) has no \"spans\" list")
                }
                let converter = converters[index]
                let spans: [LabeledSpan] = try items.map { item in
                    guard let start = item["start"]?.intValue, let end = item["end"]?.intValue,
                        let label = item["label"]?.stringValue
                    else {
                        throw bad(
                            "returned a span without integer start/end and a text label: \(item.serialized().shortened(to: 80))"
                        )
                    }
                    guard let byteStart = converter.byte(ofUnit: start), let byteEnd = converter.byte(ofUnit: end),
                        byteStart <= byteEnd
                    else {
                        throw bad(
                            "returned a span \(start)..<\(end) outside the text or inside a character (offsets: \(converter.unit.rawValue))"
                        )
                    }
                    return LabeledSpan(span: Span(byteStart, byteEnd), label: label, data: item["data"])
                }
                return LabeledSpansLayer(spans: spans.sorted { $0.span < $1.span })
            }
        }
    }

    /// Asks the process to end (at exit, or when the plugin is unloaded).
    public func shutdown() {
        lock.lock()
        defer { lock.unlock() }
        process.stop(graceful: true)
    }
}

/// Converts between byte offsets and the plugin's offset unit for one document.
struct OffsetConverter {
    let document: Document
    let unit: ExternalProtocol.OffsetUnit
    /// UTF-16 offset at each code point (and at the end), only for `utf16`.
    private let utf16Starts: [Int]

    init(document: Document, unit: ExternalProtocol.OffsetUnit) {
        self.document = document
        self.unit = unit
        if unit == .utf16 {
            var starts = [0]
            starts.reserveCapacity(document.offsets.codePointCount + 1)
            var total = 0
            for scalar in document.text.unicodeScalars {
                total += scalar.utf16.count
                starts.append(total)
            }
            utf16Starts = starts
        } else {
            utf16Starts = []
        }
    }

    var length: Int {
        switch unit {
        case .utf8: document.utf8.count
        case .codepoint: document.offsets.codePointCount
        case .utf16: utf16Starts.last ?? 0
        }
    }

    func unit(ofByte byte: Int) -> Int {
        switch unit {
        case .utf8: byte
        case .codepoint: document.offsets.codePoint(atByte: byte)
        case .utf16: utf16Starts[document.offsets.codePoint(atByte: byte)]
        }
    }

    /// The byte offset of a plugin offset, or nil when it is out of range or not on a character boundary.
    func byte(ofUnit value: Int) -> Int? {
        guard value >= 0, value <= length else { return nil }
        switch unit {
        case .utf8:
            return value == document.utf8.count || document.utf8[value] & 0xC0 != 0x80 ? value : nil
        case .codepoint:
            return document.offsets.byte(atCodePoint: value)
        case .utf16:
            var low = 0, high = utf16Starts.count - 1
            while low <= high {
                let mid = (low + high) / 2
                if utf16Starts[mid] == value { return document.offsets.byte(atCodePoint: mid) }
                if utf16Starts[mid] < value { low = mid + 1 } else { high = mid - 1 }
            }
            return nil
        }
    }

    /// Rewrites `start`/`end` (code points, as layers encode) into the plugin's unit.
    func convertSpans(_ value: JSONValue) -> JSONValue {
        guard unit != .codepoint else { return value }
        switch value {
        case let .array(items): return .array(items.map(convertSpans))
        case let .object(pairs):
            return .object(
                pairs.map { key, item in
                    if key == "start" || key == "end", let cp = item.intValue {
                        return (key, .int(unit(ofByte: document.offsets.byte(atCodePoint: cp))))
                    }
                    return (key, convertSpans(item))
                })
        default: return value
        }
    }
}
