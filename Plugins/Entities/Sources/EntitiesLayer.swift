import LoupeCore

/// The `entities` layer: every mention (span, label, the canonical name of its group).
/// JSON: `[{"start", "end", "text", "label", "group"}]`.
public struct EntitiesLayer: GroupedMentions {
    public struct Mention: Sendable, Encodable, Equatable {
        public var span: Span
        /// PER, LOC, ORG or OTH.
        public var label: String
        /// The canonical name of the entity this mention names ("Wladimir Putin").
        public var group: String
        /// 1-based number of the sentence it is in (REPL only, not in the JSON).
        public var sentence: Int

        enum Keys: String, CodingKey { case label, group }

        public func encode(to encoder: any Encoder) throws {
            var container = try encoder.spanItem(span, keyedBy: Keys.self)
            try container.encode(label, forKey: .label)
            try container.encode(group, forKey: .group)
        }
    }

    /// One entity: its canonical name, most frequent label and its mentions.
    public struct Group: Sendable, Equatable {
        public var name: String
        public var label: String
        public var mentions: [Mention]
        /// The distinct forms, most frequent first.
        public var forms: [String]
    }

    public var mentions: [Mention]

    public init(mentions: [Mention]) { self.mentions = mentions }

    public var groupedMentions: [GroupedMention] {
        mentions.map { GroupedMention(span: $0.span, label: $0.label, group: $0.group) }
    }

    public func encode(to encoder: any Encoder) throws {
        try mentions.encode(to: encoder)
    }

    /// Groups in order of mention count (then first mention).
    public func groups(in document: Document) -> [Group] {
        var order: [String] = []
        var byName: [String: [Mention]] = [:]
        for mention in mentions {
            if byName[mention.group] == nil { order.append(mention.group) }
            byName[mention.group, default: []].append(mention)
        }
        let groups = order.map { name -> Group in
            let members = byName[name]!
            var labelCount: [String: Int] = [:], formCount: [String: Int] = [:]
            var formOrder: [String] = []
            for m in members {
                labelCount[m.label, default: 0] += 1
                let form = document.string(for: m.span).split(whereSeparator: { $0.isWhitespace }).joined(
                    separator: " ")
                if formCount[form] == nil { formOrder.append(form) }
                formCount[form, default: 0] += 1
            }
            let label =
                ["PER", "LOC", "ORG", "OTH"].max { labelCount[$0, default: 0] < labelCount[$1, default: 0] }
                ?? members[0].label
            let forms = formOrder.enumerated().sorted {
                formCount[$0.element]! != formCount[$1.element]!
                    ? formCount[$0.element]! > formCount[$1.element]! : $0.offset < $1.offset
            }.map(\.element)
            return Group(name: name, label: label, mentions: members, forms: forms)
        }
        return groups.enumerated().sorted {
            $0.element.mentions.count != $1.element.mentions.count
                ? $0.element.mentions.count > $1.element.mentions.count : $0.offset < $1.offset
        }.map(\.element)
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        guard !mentions.isEmpty else { return Rendering([.text("no entities found")]) }
        if options.flag("mentions") {
            let rows: [[TextTable.Cell]] = mentions.map { m in
                [
                    TextTable.Cell(String(m.sentence), .dim),
                    TextTable.Cell(
                        document.string(for: m.span).split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                        .label(m.label)),
                    TextTable.Cell(m.label, .label(m.label)), TextTable.Cell(m.group),
                ]
            }
            return Rendering([
                .table(TextTable(headers: ["sent", "mention", "type", "entity"], rows: rows, rightAligned: [0])),
                .styled([Rendering.Run("\(mentions.count) mention\(mentions.count == 1 ? "" : "s")", .dim)]),
            ])
        }
        let groups = groups(in: document)
        let rows: [[TextTable.Cell]] = groups.map { g in
            [
                TextTable.Cell(g.name, .label(g.label)), TextTable.Cell(g.label, .label(g.label)),
                TextTable.Cell(String(g.mentions.count)),
                TextTable.Cell(g.forms.count > 1 ? g.forms.joined(separator: ", ").shortened(to: 60) : "", .dim),
            ]
        }
        return Rendering([
            .table(TextTable(headers: ["entity", "type", "mentions", "forms"], rows: rows, rightAligned: [2])),
            .styled([
                Rendering.Run(
                    "\(groups.count) entities, \(mentions.count) mentions (`entities --mentions` lists them)", .dim)
            ]),
        ])
    }
}
