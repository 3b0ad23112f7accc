import LoupeCore

/// One quotation: its span (marks included), its kind, who said it and the cue word.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A quoted utterance.
        case direct
        /// A quoted fragment inside reported speech ("versicherte die „unerschütterliche Unterstützung“").
        case partial
        /// Speech in the reporter's words: a Konjunktiv-I or dass-clause after a speech verb, `laut X`,
        /// `X zufolge`, `X said (that) …`, `according to X`.
        case indirect
        /// A paraphrase carrying quoted fragments: one item for the whole content, with its fragments.
        case mixed
        /// A speech act told by the narrator without its content: `Die Firma forderte eine schnellere Entscheidung`.
        case reported
        /// A Konjunktiv-I sentence without a frame that continues the attribution before it.
        case freeIndirect = "free-indirect"

        /// Quotations in marks (`direct`, `partial`) rather than speech in the reporter's words.
        public var isMarked: Bool { self == .direct || self == .partial }
    }

    public struct Speaker: Sendable, Hashable {
        /// The mention in the text: a name, a description ("der Sprecher") or a pronoun.
        public var span: Span
        /// The resolved name when the mention is a pronoun or a role; the name itself otherwise.
        public var name: String?
    }

    /// Marks included for `direct` and `partial`; for the other kinds the content without the
    /// frame (`Er sagte, ⟦die Lage sei ernst⟧`), or the whole sentence when the frame sits inside it
    /// (`⟦Laut X ist die Lage ernst⟧`, reported speech acts).
    public var span: Span
    public var kind: Kind
    public var speaker: Speaker?
    public var cue: Span?
    /// The quoted fragments of a `mixed` item (each is also a `partial` item of its own).
    public var fragments: [Span] = []

    public init(span: Span, kind: Kind, speaker: Speaker? = nil, cue: Span? = nil, fragments: [Span] = []) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.fragments = fragments
    }
}

/// The `quotes` layer: the document's quotations in text order.
public struct QuotesLayer: AttributedItems {
    public var quotes: [Quote]

    public var attributedItems: [AttributedItem] {
        quotes.map { quote in
            let speaker = quote.speaker.map { AttributedItem.Speaker(span: $0.span, name: $0.name) }
            return AttributedItem(span: quote.span, kind: quote.kind.rawValue, speaker: speaker, cue: quote.cue)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for quote in quotes { try container.encode(Item(quote: quote)) }
    }

    /// `{"start", "end", "text", "name"}`: the speaker's span and the name it stands for (or null).
    private struct SpeakerItem: Encodable {
        var speaker: Quote.Speaker
        enum Keys: String, CodingKey { case name }

        func encode(to encoder: any Encoder) throws {
            var container = try encoder.spanItem(speaker.span, keyedBy: Keys.self)
            if let name = speaker.name {
                try container.encode(name, forKey: .name)
            } else {
                try container.encodeNil(forKey: .name)
            }
        }
    }

    private struct Item: Encodable {
        var quote: Quote
        enum Keys: String, CodingKey { case kind, speaker, cue, fragments }

        func encode(to encoder: any Encoder) throws {
            var container = try encoder.spanItem(quote.span, keyedBy: Keys.self)
            try container.encode(quote.kind.rawValue, forKey: .kind)
            if let speaker = quote.speaker {
                try container.encode(SpeakerItem(speaker: speaker), forKey: .speaker)
            } else {
                try container.encodeNil(forKey: .speaker)
            }
            if let cue = quote.cue {
                try cue.encode(to: container.superEncoder(forKey: .cue))
            } else {
                try container.encodeNil(forKey: .cue)
            }
            if !quote.fragments.isEmpty {
                var list = container.nestedUnkeyedContainer(forKey: .fragments)
                for fragment in quote.fragments { try fragment.encode(to: list.superEncoder()) }
            }
        }
    }

    // MARK: - Rendering

    /// `quotes`: speaker → quote, one a line; `quotes --by speaker`: grouped by speaker.
    /// `--kind K` keeps one kind (`marked`: direct and partial; `speech`: the others).
    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        let quotes = self.quotes.filter { quote in
            switch options.string("kind") {
            case nil: return true
            case "marked": return quote.kind.isMarked
            case "speech": return !quote.kind.isMarked
            case let kind?: return quote.kind.rawValue == kind
            }
        }
        guard !quotes.isEmpty else {
            return Rendering([.text(self.quotes.isEmpty ? "no quotations found" : "no items of this kind")])
        }
        if options.string("by") == "speaker" { return renderBySpeaker(document, quotes) }
        let rows: [[TextTable.Cell]] = quotes.map { quote in
            [
                TextTable.Cell(speakerLabel(quote, document), quote.speaker == nil ? .dim : .label("PER")),
                TextTable.Cell(quote.kind.rawValue, .dim),
                TextTable.Cell(shortText(quote, document)),
            ]
        }
        return Rendering([
            .table(TextTable(headers: ["speaker", "kind", "quote"], rows: rows)),
            .styled([Rendering.Run(summary(quotes), .dim)]),
        ])
    }

    /// Every item of every kind under its speaker, in full, wrapped at 100 columns.
    private func renderBySpeaker(_ document: Document, _ quotes: [Quote]) -> Rendering {
        var order: [String] = []
        var groups: [String: [Quote]] = [:]
        for quote in quotes {
            // Grouped by the resolved name: "Putin", "er" and "Der Präsident Putin" are one speaker.
            let label = quote.speaker.map { $0.name ?? flat(document.string(for: $0.span)) } ?? Self.unknown
            if groups[label] == nil { order.append(label) }
            groups[label, default: []].append(quote)
        }
        // Named speakers first, by number of quotes; the unattributed last.
        order.sort { a, b in
            if (a == Self.unknown) != (b == Self.unknown) { return b == Self.unknown }
            return groups[a]!.count != groups[b]!.count ? groups[a]!.count > groups[b]!.count : false
        }
        var blocks: [Rendering.Block] = []
        for label in order {
            let group = groups[label]!
            blocks.append(
                .styled([
                    Rendering.Run(label, label == Self.unknown ? .dim : .heading),
                    Rendering.Run(" (\(group.count))", .dim),
                ]))
            for quote in group {
                let lines = Self.wrap(flat(document.string(for: quote.span)), width: 96)
                for (n, line) in lines.enumerated() {
                    let tag = n == lines.count - 1 && quote.kind != .direct ? "  \(quote.kind.rawValue)" : ""
                    blocks.append(
                        .styled([Rendering.Run(n == 0 ? "  " : "    "), Rendering.Run(line), Rendering.Run(tag, .dim)]))
                }
            }
        }
        blocks.append(.styled([Rendering.Run(summary(quotes), .dim)]))
        return Rendering(blocks)
    }

    /// Words packed into lines of at most `width` characters (a longer word stands alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static let unknown = "(unknown)"

    private func summary(_ quotes: [Quote]) -> String {
        let attributed = quotes.filter { $0.speaker != nil }.count
        let marked = quotes.filter { $0.kind.isMarked }.count
        let speech = quotes.count - marked
        var text = "\(marked) quotation\(marked == 1 ? "" : "s")"
        if speech > 0 { text += ", \(speech) in the reporter's words" }
        return text + ", \(attributed) attributed"
    }

    private func speakerLabel(_ quote: Quote, _ document: Document) -> String {
        guard let speaker = quote.speaker else { return Self.unknown }
        let mention = flat(document.string(for: speaker.span))
        guard let name = speaker.name, name != mention else { return mention }
        return "\(name) (\(mention))"
    }

    private func shortText(_ quote: Quote, _ document: Document) -> String {
        flat(document.string(for: quote.span)).shortened(to: 70)
    }

    private func flat(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
