import LoupeCore

/// Person names seen in a document, for resolving pronouns and roles ("er", "der Sprecher")
/// to the nearest name before them.
///
/// With an `entities` layer on the document its PER mentions are the names; without it, a
/// heuristic: runs of two or more capitalised words outside quotes that are neither function
/// words nor role nouns nor nouns by their ending. (German capitalises every noun, so
/// capitalisation alone would take "Fernen Osten" for a person.) Speakers found through cue
/// syntax are added as they are found. A later surname alone maps to the full name.
struct PersonNames {
    struct Name {
        var span: Span
        var text: String
    }

    private(set) var names: [Name] = []

    /// Names from an `entities` layer, read generically from its JSON: items with `start`,
    /// `end` (code points) and `label`. The layer's Swift type belongs to another plugin.
    static func fromEntities(_ document: Document) -> PersonNames? {
        guard let layer = document.layer(named: "entities"),
              let json = try? DocumentJSON.encode(layer, of: document) else { return nil }
        var result = PersonNames()
        for item in EntityItems.read(json) where item.label == "PER" {
            let span = Span(document.offsets.byte(atCodePoint: item.start), document.offsets.byte(atCodePoint: item.end))
            guard span.end <= document.utf8.count, !span.isEmpty else { continue }
            result.names.append(Name(span: span, text: document.string(for: span)))
        }
        result.names.sort { $0.span < $1.span }
        return result
    }

    /// Names by the capitalisation heuristic, skipping tokens inside quotes.
    static func heuristic(_ document: Document, words: WordReader, inQuote: [Bool]) -> PersonNames {
        var result = PersonNames()
        var run: [Int] = []
        func flush() {
            if run.count >= 2 {
                let span = Span(document.tokens[run.first!].span.start, document.tokens[run.last!].span.end)
                result.names.append(Name(span: span, text: document.string(for: span)))
            }
            run.removeAll()
        }
        for (i, token) in document.tokens.enumerated() {
            if token.kind == .word, !inQuote[i], words.isNameWord(i) { run.append(i) } else { flush() }
        }
        flush()
        return result
    }

    mutating func add(_ span: Span, text: String) {
        let index = names.firstIndex { $0.span.start > span.start } ?? names.count
        if index > 0, names[index - 1].span == span { return }
        names.insert(Name(span: span, text: text), at: index)
    }

    /// The PER name overlapping a span, if any.
    func name(overlapping span: Span) -> Name? {
        names.first { $0.span.overlaps(span) }
    }

    /// The nearest name ending before a byte offset, as its fullest form seen so far
    /// ("Putin" after "Wladimir Putin" is "Wladimir Putin").
    func nearest(before byte: Int) -> String? {
        guard let index = names.lastIndex(where: { $0.span.end <= byte }) else { return nil }
        return fullest(names[index].text, before: byte)
    }

    /// For a surname alone, the longest earlier name that ends with it.
    func fullest(_ text: String, before byte: Int) -> String {
        let parts = text.split(separator: " ")
        guard parts.count == 1, let last = parts.last else { return text }
        var best = text
        for name in names where name.span.end <= byte && name.text.count > best.count {
            if name.text.split(separator: " ").last == last { best = name.text }
        }
        return best
    }
}

/// Reads entity mentions from any layer's JSON: an array of objects (or an object with such
/// an array) whose items have integer `start`, `end` and a string `label`.
enum EntityItems {
    struct Item: Equatable {
        var start: Int
        var end: Int
        var label: String
    }

    static func read(_ json: JSONValue) -> [Item] {
        switch json {
        case let .array(values):
            return values.compactMap { value in
                guard case let .int(start)? = value["start"], case let .int(end)? = value["end"], start <= end,
                      case let .string(label)? = value["label"] else { return nil }
                return Item(start: start, end: end, label: label)
            }
        case let .object(pairs):
            return pairs.flatMap { read($0.1) }
        default:
            return []
        }
    }
}
