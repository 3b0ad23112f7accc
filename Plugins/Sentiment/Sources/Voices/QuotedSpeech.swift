import LoupeCore

/// Which tokens stand inside quotation marks: the quoted voice, reported apart from the
/// narrator's. Kept small and local: opening marks push, closing marks pop a mark of the same
/// family (double „“”"«» or single ‚‘’'‹›), a direction-less `"` closes an open one of its
/// family or opens; a quotation left open ends at the paragraph. Stray closing marks
/// (apostrophes, typos) are ignored, and so is a direction-less `'` with a space on both sides:
/// it opens nothing and closes nothing, as typeset text never has it; in tokenised text it is an
/// apostrophe (`Finnlines ' net sales`, `the players ' union`). Nor does a single mark that
/// starts an English clitic (`the group 's loss`, `don 't`).
///
/// - Complexity: O(tokens), one bit per token.
struct QuotedSpeech: Sendable {
    private var inside: [Bool]

    init(_ document: Document) {
        let tokens = document.tokens
        inside = [Bool](repeating: false, count: tokens.count)
        var open: [Family] = []
        for (index, token) in tokens.enumerated() {
            if token.paragraphBefore { open.removeAll() }
            if token.kind.isQuote {
                let family = Family(document.utf8, token.span)
                if family == .single, token.kind != .closeQuote,
                    (token.kind == .quote && token.spaceBefore
                        && (index + 1 == tokens.count || tokens[index + 1].spaceBefore))
                        || Self.startsClitic(index, document)
                {
                    inside[index] = !open.isEmpty
                    continue
                }
                switch token.kind {
                case .openQuote: open.append(family)
                case .closeQuote: if open.last == family { open.removeLast() }
                default: if open.last == family { open.removeLast() } else { open.append(family) }
                }
                continue
            }
            inside[index] = !open.isEmpty
        }
    }

    static let clitics: Set<String> = ["s", "t", "d", "ll", "re", "ve", "m"]

    /// The mark at `index` is glued to a clitic that ends its word: `'s`, `'t`, `'ll`.
    static func startsClitic(_ index: Int, _ document: Document) -> Bool {
        let tokens = document.tokens
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].spaceBefore,
            tokens[index + 1].span.length <= 2,
            index + 2 == tokens.count || tokens[index + 2].kind != .word
                || tokens[index + 2].spaceBefore
        else { return false }
        return clitics.contains(document.string(for: tokens[index + 1]).lowercased())
    }

    @inline(__always) func contains(_ token: Int) -> Bool { inside[token] }

    /// Spans of quoted text, merged where tokens are adjacent in the quotation (for tests and JSON).
    func spans(in document: Document) -> [Span] {
        var spans: [Span] = []
        var current: Span? = nil
        for (index, token) in document.tokens.enumerated() {
            if inside[index] {
                current = current.map { $0.union(token.span) } ?? token.span
            } else if let span = current {
                spans.append(span)
                current = nil
            }
        }
        if let current { spans.append(current) }
        return spans
    }

    enum Family: Sendable, Equatable {
        case double, single

        init(_ bytes: [UInt8], _ span: Span) {
            // ' (27), ‚ (E2 80 9A), ‘ ’ (E2 80 98/99), ‹ › (E2 80 B9/BA) are single.
            let b0 = bytes[span.start]
            if b0 == 0x27 { self = .single; return }
            if b0 == 0xE2, span.length == 3 {
                let b2 = bytes[span.start + 2]
                if bytes[span.start + 1] == 0x80, [0x9A, 0x98, 0x99, 0xB9, 0xBA].contains(b2) {
                    self = .single; return
                }
            }
            self = .double
        }
    }
}
