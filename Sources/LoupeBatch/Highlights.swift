import LoupeKit

/// The spans worth showing in a text — entities, quotes, dates, and any plugin's labelled
/// spans — read from the layers' JSON, so that views work for every analyzer, built-in or not.
public struct Highlight: Sendable {
    public enum Kind: Sendable { case entity, quote, date, other }
    public var span: Span
    public var kind: Kind
    /// PER, LOC, ORG, OTH; DATE, TIME, DURATION, SET; QUOTE; or a plugin's label.
    public var category: String
    /// Canonical name, speaker or date value.
    public var note: String?
    public var layer: String

    /// The highlights of every layer computed on the document (sentences and tokens excepted).
    public static func collect(_ document: Document) -> [Highlight] {
        var found: [Highlight] = []
        for name in document.layerNames where !["tokens", "sentences", "stats", "kwic", "sentiment", "readability"].contains(name) {
            guard let layer = document.layer(named: name), let json = try? DocumentJSON.encode(layer, of: document),
                  case let .array(items) = json else { continue }
            for item in items {
                guard let start = item["start"]?.intValue, let end = item["end"]?.intValue, start < end else { continue }
                let span = Span(document.offsets.byte(atCodePoint: start), document.offsets.byte(atCodePoint: end))
                switch name {
                case "quotes":
                    let speaker = item["speaker"]?["name"]?.stringValue ?? item["speaker"]?["text"]?.stringValue
                    // The category is the kind (direct, partial, indirect, mixed, reported, free-indirect).
                    found.append(Highlight(span: span, kind: .quote, category: item["kind"]?.stringValue ?? "QUOTE", note: speaker, layer: name))
                case "dates":
                    found.append(Highlight(span: span, kind: .date, category: item["type"]?.stringValue ?? "DATE",
                                           note: item["value"]?.stringValue, layer: name))
                case "entities":
                    found.append(Highlight(span: span, kind: .entity, category: item["label"]?.stringValue ?? "OTH",
                                           note: item["group"]?.stringValue, layer: name))
                default:
                    guard let label = item["label"]?.stringValue else { continue }
                    found.append(Highlight(span: span, kind: .other, category: label,
                                           note: item["canonical"]?.stringValue, layer: name))
                }
            }
        }
        return found.sorted { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
    }

    /// Cuts `span` of the text into pieces at every highlight boundary, each with the highlights
    /// covering it (outermost first), so nested highlights (a name inside a quote) both show.
    public static func segments(_ span: Span, _ highlights: [Highlight]) -> [(span: Span, covering: [Highlight])] {
        let inside = highlights.filter { $0.span.overlaps(span) }
        var cuts = Set([span.start, span.end])
        for h in inside {
            cuts.insert(max(span.start, h.span.start))
            cuts.insert(min(span.end, h.span.end))
        }
        let sorted = cuts.sorted()
        return zip(sorted, sorted.dropFirst()).map { start, end in
            let piece = Span(start, end)
            return (piece, inside.filter { $0.span.contains(piece) })
        }
    }
}

extension Highlight {
    /// Paragraph spans: runs of sentences without a blank line between them.
    public static func paragraphs(_ document: Document) -> [Span] {
        var result: [Span] = []
        for sentence in document.sentences {
            let first = document.tokens[sentence.tokens.lowerBound]
            if let last = result.last, !first.paragraphBefore {
                result[result.count - 1] = last.union(sentence.span)
            } else {
                result.append(sentence.span)
            }
        }
        return result
    }
}
