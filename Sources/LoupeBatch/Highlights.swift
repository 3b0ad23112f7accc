import LoupeKit

/// The spans worth showing in a text — labelled spans (entities, plugins' labels), attributed
/// items (quotations) and timed items (dates) — read from every computed layer that adopts those
/// capabilities, so that views work for every analyzer, built-in or not.
public struct Highlight: Sendable {
    public enum Kind: Sendable { case labeled, attributed, timed }
    public var span: Span
    public var kind: Kind
    /// A label (PER, LOC, MONEY …); an attributed item's kind (direct, indirect …); a timed
    /// item's type (DATE, TIME, DURATION, SET).
    public var category: String
    /// Canonical name, speaker or date value.
    public var note: String?
    public var layer: String

    /// The capabilities whose items are highlighted.
    public static let capabilities: [LayerCapability] = [.labeledSpans, .attributedItems, .timedItems]

    /// The highlights of every layer computed on the document, outermost first where they nest.
    public static func collect(_ document: Document) -> [Highlight] {
        var found: [Highlight] = []
        for name in document.layerNames {
            guard let layer = document.layer(named: name) else { continue }
            if let items = (layer as? any AttributedItems)?.attributedItems {
                for item in items where !item.span.isEmpty {
                    let speaker = item.speaker.map { $0.name ?? document.string(for: $0.span) }
                    found.append(
                        Highlight(
                            span: item.span, kind: .attributed, category: item.kind, note: speaker,
                            layer: name))
                }
            }
            if let items = (layer as? any TimedItems)?.timedItems {
                for item in items where !item.span.isEmpty {
                    found.append(
                        Highlight(
                            span: item.span, kind: .timed, category: item.type, note: item.value,
                            layer: name))
                }
            }
            if let items = (layer as? any LabeledSpans)?.labeledItems {
                for item in items where !item.span.isEmpty {
                    found.append(
                        Highlight(
                            span: item.span, kind: .labeled, category: item.label, note: item.name,
                            layer: name))
                }
            }
        }
        return found.sorted {
            $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end
        }
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
