import LoupeKit
import LoupeBatch

/// `show`: the text with entities, quotes and dates highlighted in the terminal, like displaCy
/// — colours when the terminal has them, `[text]LABEL` marks when it does not. It shows the
/// items of every layer adopting a highlighted capability (`Highlight.capabilities`).
enum ShowView {
    /// The analyzers to run first: those providing what `show` highlights.
    static func analyzers(in registry: AnalyzerRegistry) -> [String] {
        registry.analyzers(providing: Highlight.capabilities)
    }

    static func render(_ document: Document, sentence: Int?, style: TerminalStyle) -> String {
        let highlights = Highlight.collect(document)
        let spans: [(Int, Span)] =
            sentence.map { [($0, document.sentences[$0 - 1].span)] }
            ?? Highlight.paragraphs(document).enumerated().map { ($0 + 1, $1) }
        var lines: [String] = []
        for (_, span) in spans {
            var line = ""
            for (piece, covering) in Highlight.segments(span, highlights) {
                let text = document.string(for: piece).withVisibleControls(keepingLineBreaks: true)
                if style.colors {
                    // Outermost first: a quotation's italic underline, then the name's colour.
                    let codes = covering.map { TerminalStyle.labelCode(label($0)) }
                    line += codes.isEmpty ? text : "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
                } else {
                    // [text]LABEL, nested: [„… [Berlin]LOC …“]QUOTE; a quotation running past the
                    // sentence or paragraph shown is marked within it, so the brackets pair up.
                    let opening = covering.filter { max($0.span.start, span.start) == piece.start }
                    let closing = covering.reversed().filter { min($0.span.end, span.end) == piece.end }
                    line +=
                        String(repeating: "[", count: opening.count) + text + closing.map { "]\(label($0))" }.joined()
                }
            }
            lines.append(line)
        }
        var legend = Set(highlights.map(label)).sorted()
        if legend.isEmpty { legend = ["(no entities, quotes or dates found)"] }
        let key = legend.map { style.paint($0, .label($0)) }.joined(separator: "  ")
        return lines.joined(separator: "\n\n") + "\n\n" + style.paint("legend: ", .dim) + key
    }

    /// What a highlight is marked and coloured as: its category; every kind of quotation as QUOTE.
    static func label(_ highlight: Highlight) -> String { highlight.kind == .attributed ? "QUOTE" : highlight.category }
}
