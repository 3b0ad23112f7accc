/// The result of one analyzer on one document: a typed value, stored on the document under the
/// analyzer's name. It encodes to the JSON contract (spans as code-point offsets, see `Span`)
/// and renders itself for the terminal.
public protocol Layer: Encodable, Sendable {
    /// What the REPL and `--format table` show. The default is the layer's JSON.
    func render(in document: Document, options: AnalyzerOptions) -> Rendering
}

// MARK: - Default implementations

extension Layer {
    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        let json = (try? JSONValueEncoder(userInfo: [.loupeDocument: document]).encode(self)) ?? .null
        return Rendering([.text(json.serialized(pretty: true))])
    }
}

/// Terminal output as data: blocks of text and tables with style hints. The shell decides on
/// colours (none when NO_COLOR is set or output is not a terminal); analyzers only say what.
public struct Rendering: Sendable {
    public enum Block: Sendable {
        case text(String)
        case styled([Run])
        case table(TextTable)
    }

    public struct Run: Sendable {
        public var text: String
        public var style: Style
        public init(_ text: String, _ style: Style = .plain) {
            self.text = text.withVisibleControls(keepingLineBreaks: true)
            self.style = style
        }
    }

    public enum Style: Sendable, Equatable {
        case plain, dim, bold, heading, highlight, positive, negative, neutral, warning
        /// An entity or category label (PER, LOC, DATE…), coloured consistently per label.
        case label(String)
    }

    public var blocks: [Block]
    public init(_ blocks: [Block]) { self.blocks = blocks }

    /// The rendering as plain text, without any styling.
    public var plainText: String {
        blocks.map { block in
            switch block {
            case let .text(t): t
            case let .styled(runs): runs.map(\.text).joined()
            case let .table(table): table.plainText
            }
        }.joined(separator: "\n")
    }
}

/// A table of cells with optional styles; columns are sized to their content.
public struct TextTable: Sendable {
    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var style: Rendering.Style
        public init(_ text: String, _ style: Rendering.Style = .plain) {
            self.text = text.withVisibleControls(keepingLineBreaks: false)
            self.style = style
        }
        public init(stringLiteral value: String) { self.init(value) }
    }

    public var headers: [String]
    public var rows: [[Cell]]
    /// Columns aligned right (numbers).
    public var rightAligned: Set<Int>

    public init(headers: [String], rows: [[Cell]], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// Display width of each column (in characters).
    public var widths: [Int] {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.text.count) }
        }
        return widths
    }

    public func pad(_ text: String, column: Int, width: Int) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return rightAligned.contains(column) ? fill + text : text + fill
    }

    public var plainText: String {
        let widths = widths
        var lines = [headers.enumerated().map { pad($1, column: $0, width: widths[$0]) }.joined(separator: "  ")]
        for row in rows {
            lines.append(
                row.enumerated().map { pad($1.text, column: $0, width: $0 < widths.count ? widths[$0] : 0) }
                    .joined(separator: "  "))
        }
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    /// The text with control characters shown, not obeyed: a document's ESC sequences or backspaces
    /// cannot recolour or rewrite the terminal through a view. C0 and C1 controls become their
    /// Unicode control pictures (ESC → ␛) or `\u{…}`; line breaks and tabs stay in running text and
    /// become spaces in a table cell.
    public func withVisibleControls(keepingLineBreaks: Bool) -> String {
        guard unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return self
        }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09, 0x0D:
                if keepingLineBreaks, scalar.value != 0x0D { out.append(scalar) } else { out.append(" ") }
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F: out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text without spaces at its end.
    public func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Right-aligned in a field of `width` characters.
    public func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }

    /// At most `limit` characters, with an ellipsis where it was cut.
    public func shortened(to limit: Int) -> String {
        count <= limit ? self : String(prefix(max(0, limit - 1))) + "…"
    }
}
