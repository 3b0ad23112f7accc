import LoupeKit

/// Flat exports of a document's layers for spreadsheets and NER tools, from the layers adopting
/// the capabilities, whatever analyzers made them.
public enum TableExports {
    /// `export tsv PATH` (and `csv`): one row per item of every computed layer with items —
    /// document, layer, start, end (code points), text, label (label, type, kind or score label),
    /// detail (entity group or canonical name, speaker, date value, score).
    public static func spans(_ document: Document, separator: Character) -> String {
        var rows = [["document", "layer", "start", "end", "text", "label", "detail"]]
        let offsets = document.offsets
        for name in document.layerNames {
            guard let layer = document.layer(named: name) else { continue }
            for (span, label, detail) in items(of: layer) {
                let start = offsets.codePoint(atByte: span.start), end = offsets.codePoint(atByte: span.end)
                rows.append([document.id, name, String(start), String(end), document.string(for: span), label, detail])
            }
        }
        return rows.map { $0.map { field(String($0), separator) }.joined(separator: String(separator)) }.joined(
            separator: "\n") + "\n"
    }

    /// A layer's rows: (span, label, detail) of the items of each capability it adopts.
    static func items(of layer: any Layer) -> [(Span, String, String)] {
        var items: [(Span, String, String)] = []
        if let labeled = layer as? any LabeledSpans {
            items += labeled.labeledItems.map { ($0.span, $0.label, $0.name ?? "") }
        }
        if let attributed = layer as? any AttributedItems {
            items += attributed.attributedItems.map { ($0.span, $0.kind, $0.speaker?.name ?? "") }
        }
        if let timed = layer as? any TimedItems {
            items += timed.timedItems.map { ($0.span, $0.type, $0.value) }
        }
        if let scored = layer as? any ScoredItems {
            items += scored.sentenceScores.map { ($0.span, $0.label ?? "", JSONValue.format($0.score)) }
        }
        if let plain = layer as? any PlainSpans {
            items += plain.plainSpans.map { ($0, "", "") }
        }
        return items
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

    /// What the CoNLL export tags.
    public static let conllCapabilities: [LayerCapability] = [.groupedMentions]

    /// `export conll PATH`: one token per line with the BIO tag of its grouped mention (entity),
    /// CoNLL 2003 style (`-DOCSTART-` first), sentences separated by blank lines.
    public static func conll(_ document: Document) -> String {
        var tags = [String](repeating: "O", count: document.tokens.count)
        for mention in document.layers(adopting: (any GroupedMentions).self).flatMap(\.layer.groupedMentions) {
            var first = true
            for index in document.tokenIndex(atOrAfter: mention.span.start)..<document.tokens.count
            where document.tokens[index].span.end <= mention.span.end {
                tags[index] = (first ? "B-" : "I-") + mention.label
                first = false
            }
        }
        var lines = ["-DOCSTART- O", ""]
        for sentence in document.sentences {
            for index in sentence.tokens {
                lines.append("\(document.string(for: document.tokens[index]))\t\(tags[index])")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

import Foundation
