import LoupeKit

/// Expected spans marked inline in test sentences, in the style of swift-format's markers:
/// `"Gestern traf ⟦Olaf Scholz⟧PER in ⟦Paris⟧LOC ein."` gives the plain text and the spans
/// (UTF-8 byte offsets into it) with their labels. A label is the run of letters, digits, `_`
/// and `-` right after `⟧` (it may be empty), or, when text follows without a space, written in
/// braces: `⟦“⟧{open-quote}We`. Markers do not nest.
public struct MarkedText: Sendable {
    public struct Mark: Hashable, Sendable, CustomStringConvertible {
        public var span: Span
        public var label: String
        public var text: String
        public var description: String { "⟦\(text)⟧\(label)@\(span.start)..<\(span.end)" }
    }

    public let text: String
    public let marks: [Mark]

    public init(_ marked: String) {
        var plain = ""
        var marks: [Mark] = []
        var openAt: Int? = nil
        var pendingLabelFor: (start: Int, end: Int)? = nil
        var label = ""
        var inBraces = false
        func flushLabel() {
            if let pending = pendingLabelFor {
                let bytes = Array(plain.utf8)
                marks.append(
                    Mark(
                        span: Span(pending.start, pending.end), label: label,
                        text: String(decoding: bytes[pending.start..<pending.end], as: UTF8.self)))
                pendingLabelFor = nil
                label = ""
            }
        }
        for character in marked {
            if pendingLabelFor != nil {
                if inBraces {
                    if character == "}" { inBraces = false; flushLabel() } else { label.append(character) }
                    continue
                }
                if character == "{" && label.isEmpty {
                    inBraces = true
                    continue
                }
                if character.isLetter || character.isNumber || character == "_" || character == "-" {
                    label.append(character)
                    continue
                }
                flushLabel()
            }
            switch character {
            case "⟦":
                precondition(openAt == nil, "nested ⟦ in test text")
                openAt = plain.utf8.count
            case "⟧":
                guard let start = openAt else { preconditionFailure("⟧ without ⟦ in test text") }
                pendingLabelFor = (start, plain.utf8.count)
                openAt = nil
            default:
                plain.append(character)
            }
        }
        flushLabel()
        self.text = plain
        self.marks = marks
    }

    /// The marks as (text, label) pairs, handy for readable assertions.
    public var pairs: [String] { marks.map { "\($0.text)/\($0.label)" } }
}
