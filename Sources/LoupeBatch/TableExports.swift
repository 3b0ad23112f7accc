import LoupeKit

/// Flat exports of a document's layers for spreadsheets and NER tools.
public enum TableExports {
    /// `export tsv PATH` (and `csv`): one row per span of every computed layer —
    /// document, layer, start, end (code points), text, label (label, type or kind), detail
    /// (entity group, speaker, date value, canonical name).
    public static func spans(_ document: Document, separator: Character) -> String {
        var rows = [["document", "layer", "start", "end", "text", "label", "detail"]]
        for name in document.layerNames where !["tokens", "stats", "kwic"].contains(name) {
            guard let layer = document.layer(named: name), let json = try? DocumentJSON.encode(layer, of: document) else { continue }
            let items = json.arrayValue ?? json["sentences"]?.arrayValue ?? []
            for item in items {
                guard let start = item["start"]?.intValue, let end = item["end"]?.intValue else { continue }
                let label = item["label"]?.stringValue ?? item["type"]?.stringValue ?? item["kind"]?.stringValue ?? ""
                let detail = item["group"]?.stringValue ?? item["speaker"]?["name"]?.stringValue ?? item["value"]?.stringValue
                    ?? item["canonical"]?.stringValue ?? item["score"].map { $0.serialized() } ?? ""
                rows.append([document.id, name, String(start), String(end), item["text"]?.stringValue ?? "", label, detail])
            }
        }
        return rows.map { $0.map { field(String($0), separator) }.joined(separator: String(separator)) }.joined(separator: "\n") + "\n"
    }

    /// A field quoted as RFC 4180 wants for CSV; for TSV, tabs and line breaks become spaces. A text
    /// a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return first, as OWASP's
    /// CSV-injection advice lists) gets a leading `'`; plain numbers (`-0.61`) stay numbers.
    static func field(_ raw: String, _ separator: Character) -> String {
        var text = raw
        if let first = text.first, "=+-@\t\r".contains(first), Double(text) == nil { text = "'" + text }
        if separator == "\t" {
            return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
        }
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `export conll PATH`: one token per line with its BIO entity tag (CoNLL 2003 style,
    /// `-DOCSTART-` first), sentences separated by blank lines.
    public static func conll(_ document: Document) throws -> String {
        var tags = [String](repeating: "O", count: document.tokens.count)
        if let layer = document.layer(named: "entities"), let items = try DocumentJSON.encode(layer, of: document).arrayValue {
            for item in items {
                guard let start = item["start"]?.intValue, let end = item["end"]?.intValue, let label = item["label"]?.stringValue else { continue }
                let from = document.offsets.byte(atCodePoint: start), to = document.offsets.byte(atCodePoint: end)
                var first = true
                for index in document.tokenIndex(atOrAfter: from)..<document.tokens.count where document.tokens[index].span.end <= to {
                    tags[index] = (first ? "B-" : "I-") + label
                    first = false
                }
            }
        }
        var lines = ["-DOCSTART- O", ""]
        for sentence in document.sentences {
            for index in sentence.tokens { lines.append("\(document.string(for: document.tokens[index]))\t\(tags[index])") }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

import Foundation
