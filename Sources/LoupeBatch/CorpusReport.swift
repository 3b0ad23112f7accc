import Foundation
import LoupeKit

/// `loupe report` and the REPL's `report`: what a corpus is about, over all its documents —
/// the most frequent entities by type, the top speakers, a timeline of resolved dates, and the
/// tone by document and by entity. Built from the layers adopting those capabilities (grouped
/// mentions, attributed items, timed items, tone scores), whatever analyzers made them, one
/// document at a time, so a corpus of any size needs only the totals in memory.
public final class CorpusReport: @unchecked Sendable {
    /// What the report shows.
    public static let capabilities: [LayerCapability] = [.groupedMentions, .attributedItems, .timedItems, .toneScores]

    /// The analyzers to run on each document: those providing what the report shows.
    public static func analyzers(in registry: AnalyzerRegistry) -> [String] {
        registry.analyzers(providing: capabilities)
    }

    private let lock = NSLock()
    private(set) var documents = 0
    private var entities: [String: [String: Int]] = [:]  // type → name → mentions
    private var speakers: [String: Int] = [:]
    private var said: [String: SpeakerTally] = [:]  // speaker → what they said, over all documents
    private var dates: [String: Int] = [:]  // month (YYYY-MM) or year (YYYY), see TimelineBucket → mentions
    private var tones: [(id: String, score: Double)] = []
    private var entityTone: [String: (sum: Double, count: Int)] = [:]

    public init() {}

    /// One speaker's items across the corpus: by kind, the documents they appear in, and the
    /// first few things they said (the totals only, so memory does not grow with the corpus).
    struct SpeakerTally {
        static let columns = ["quoted", "indirect", "reported", "free-indirect"]
        static let examples = 2
        var byColumn = [Int](repeating: 0, count: columns.count)
        var documents = 0
        var said: [String] = []
        /// The position of the speaker's first item in its document (orders a document's speakers).
        var firstIndex = 0
        var total: Int { byColumn.reduce(0, +) }

        /// The column of an attributed item's kind: quotations in marks, speech in the reporter's words.
        static func column(of kind: String) -> Int {
            switch kind {
            case "direct", "partial": 0
            case "indirect", "mixed": 1
            case "reported": 2
            default: 3
            }
        }
    }

    /// The name an attributed item is counted under: the resolved name, else the mention; nil for
    /// no speaker or a pronoun that found no name (`er`, `they`), which says nothing across documents.
    static func speakerKey(_ item: AttributedItem, in document: Document) -> String? {
        guard let speaker = item.speaker else { return nil }
        let text = document.string(for: speaker.span)
        if let name = speaker.name, !name.isEmpty { return name }
        guard let first = text.first, first.isUppercase, !pronouns.contains(text.lowercased()) else { return nil }
        return text
    }

    static let pronouns: Set<String> = [
        "er", "sie", "es", "ich", "wir", "ihr", "man", "he", "she", "it", "they", "i", "we", "you",
    ]

    /// Adds one analysed document (thread-safe).
    public func add(_ document: Document) { add(Self.part(of: document)) }

    /// What one document adds to the totals: made on the worker thread that analysed it, added
    /// in input order (`BatchAnalyzer.collect`), so that the report is the same for any `--jobs`.
    public struct Part: Sendable {
        var id: String
        var entities: [(String, String)] = []
        var speakers: [String] = []
        var said: [(String, SpeakerTally)] = []
        var dates: [String] = []
        var tone: Double?
        var entityTone: [(String, Double)] = []
    }

    public static func part(of document: Document) -> Part {
        var part = Part(id: document.id)
        for mention in document.layers(adopting: (any GroupedMentions).self).flatMap(\.layer.groupedMentions) {
            part.entities.append((mention.label, mention.group))
        }
        var localSaid: [String: SpeakerTally] = [:]
        let attributed = document.layers(adopting: (any AttributedItems).self).flatMap(\.layer.attributedItems)
        for (index, item) in attributed.enumerated() {
            part.speakers.append(item.speaker.map { $0.name ?? document.string(for: $0.span) } ?? "(unknown)")
            guard let key = Self.speakerKey(item, in: document) else { continue }
            var tally = localSaid[key] ?? SpeakerTally(documents: 1, firstIndex: index)
            tally.byColumn[SpeakerTally.column(of: item.kind)] += 1
            if tally.said.count < SpeakerTally.examples {
                let text = document.string(for: item.span)
                tally.said.append(text.split(whereSeparator: \.isNewline).joined(separator: " "))
            }
            localSaid[key] = tally
        }
        let timed = document.layers(adopting: (any TimedItems).self).flatMap(\.layer.timedItems)
        for item in timed where item.type == "DATE" || item.type == "TIME" {
            if let bucket = TimelineBucket.of(item.value) { part.dates.append(bucket) }
        }
        if let tone = document.layers(adopting: (any ToneScores).self).first?.layer {
            part.tone = tone.documentScore
            part.entityTone = ReportTone.byName(tone.nameScores).map { ($0.name, $0.score) }
        }
        // In the order first said, so that the examples kept are the earliest ones.
        part.said = localSaid.sorted { $0.value.firstIndex < $1.value.firstIndex }.map { ($0.key, $0.value) }
        return part
    }

    /// Adds a document's part to the totals (thread-safe; in input order for a stable report).
    public func add(_ part: Part) {
        lock.lock()
        defer { lock.unlock() }
        documents += 1
        for (label, name) in part.entities { entities[label, default: [:]][name, default: 0] += 1 }
        for speaker in part.speakers { speakers[speaker, default: 0] += 1 }
        for (key, local) in part.said {
            var tally = said[key] ?? SpeakerTally()
            for k in tally.byColumn.indices { tally.byColumn[k] += local.byColumn[k] }
            tally.documents += 1
            tally.said += local.said.prefix(SpeakerTally.examples - tally.said.count)
            said[key] = tally
        }
        for bucket in part.dates { dates[bucket, default: 0] += 1 }
        if let tone = part.tone { tones.append((part.id, tone)) }
        for (name, score) in part.entityTone {
            entityTone[name, default: (0, 0)].sum += score
            entityTone[name, default: (0, 0)].count += 1
        }
    }

    /// Entity tone rows: most documents first, then by name (never by dictionary order).
    static func byCountThenName(
        _ a: (key: String, value: (sum: Double, count: Int)), _ b: (key: String, value: (sum: Double, count: Int))
    ) -> Bool {
        a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key
    }

    static func top<K: Comparable>(_ counts: [K: Int], _ n: Int) -> [(K, Int)] {
        Array(counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(n)).map {
            ($0.key, $0.value)
        }
    }

    /// The speakers with the most items (then the most documents, then by name).
    func topSpeakers(_ n: Int) -> [(name: String, tally: SpeakerTally)] {
        Array(
            said.sorted {
                ($0.value.total, $0.value.documents) != ($1.value.total, $1.value.documents)
                    ? ($0.value.total, $0.value.documents) > ($1.value.total, $1.value.documents) : $0.key < $1.key
            }.prefix(n)
        ).map { ($0.key, $0.value) }
    }

    public func rendering(top n: Int = 10) -> Rendering {
        lock.lock()
        defer { lock.unlock() }
        var blocks: [Rendering.Block] = [.styled([Rendering.Run("\(documents) documents", .heading)])]
        for label in entities.keys.sorted() {
            let rows = Self.top(entities[label]!, n).map {
                [TextTable.Cell($0.0, .label(label)), TextTable.Cell(String($0.1))]
            }
            blocks += [.text(""), .table(TextTable(headers: ["\(label)", "mentions"], rows: rows, rightAligned: [1]))]
        }
        if !said.isEmpty {
            // Who said what: every kind of item per speaker, across the documents.
            let rows = topSpeakers(n).map { name, tally -> [TextTable.Cell] in
                [TextTable.Cell(name, .highlight), TextTable.Cell(String(tally.documents))]
                    + tally.byColumn.map { TextTable.Cell(String($0)) }
                    + [TextTable.Cell(tally.said.map { $0.shortened(to: 60) }.joined(separator: " · "), .dim)]
            }
            blocks += [
                .text(""), .styled([Rendering.Run("who said what", .heading)]),
                .table(
                    TextTable(
                        headers: ["speaker", "documents"] + SpeakerTally.columns + ["said (first items)"], rows: rows,
                        rightAligned: Set(1...(1 + SpeakerTally.columns.count)))),
            ]
        }
        if !dates.isEmpty {
            let maximum = dates.values.max() ?? 1
            let rows = dates.sorted { $0.key < $1.key }.map {
                [
                    TextTable.Cell($0.key), TextTable.Cell(String($0.value)),
                    TextTable.Cell(String(repeating: "█", count: max(1, 30 * $0.value / maximum)), .label("DATE")),
                ]
            }
            let table = TextTable(headers: ["month/year", "dates", ""], rows: rows, rightAligned: [1])
            blocks += [.text(""), .table(table)]
        }
        if !tones.isEmpty {
            let mean = tones.map(\.score).reduce(0, +) / Double(tones.count)
            let summary = "tone: mean \(ReportTone.text(mean)) over \(tones.count) documents; most negative: "
            blocks += [
                .text(""),
                .styled([
                    Rendering.Run(summary),
                    Rendering.Run(tones.min { $0.score < $1.score }!.id, .negative), Rendering.Run(", most positive: "),
                    Rendering.Run(tones.max { $0.score < $1.score }!.id, .positive),
                ]),
            ]
            let rows = entityTone.filter { $0.value.count >= 2 }.sorted(by: Self.byCountThenName).prefix(n).map {
                name, value in
                let mean = value.sum / Double(value.count)
                return [
                    TextTable.Cell(name), TextTable.Cell(String(value.count)),
                    TextTable.Cell(ReportTone.text(mean), mean < 0 ? .negative : .positive),
                ]
            }
            if !rows.isEmpty {
                blocks += [
                    .table(
                        TextTable(
                            headers: ["entity", "documents", "mean tone"], rows: Array(rows), rightAligned: [1, 2]))
                ]
            }
        }
        return Rendering(blocks)
    }

    public func json(top n: Int = 20) -> JSONValue {
        lock.lock()
        defer { lock.unlock() }
        let entityObject = JSONValue.object(
            entities.keys.sorted().map { label in
                (
                    label,
                    .array(
                        Self.top(entities[label]!, n).map {
                            .object([("name", .string($0.0)), ("mentions", .int($0.1))])
                        })
                )
            })
        return .object([
            ("documents", .int(documents)),
            ("entities", entityObject),
            (
                "speakers",
                .array(Self.top(speakers, n).map { .object([("name", .string($0.0)), ("quotes", .int($0.1))]) })
            ),
            (
                "who_said_what",
                .array(
                    topSpeakers(n).map { name, tally in
                        .object(
                            [
                                ("name", .string(name)), ("documents", .int(tally.documents)),
                                ("items", .int(tally.total)),
                            ]
                                + zip(SpeakerTally.columns, tally.byColumn).map { ($0.0, JSONValue.int($0.1)) }
                                + [("said", .array(tally.said.map { .string($0) }))])
                    })
            ),
            (
                "timeline",
                .array(
                    dates.sorted { $0.key < $1.key }.map {
                        .object([("period", .string($0.key)), ("dates", .int($0.value))])
                    })
            ),
            ("tone", .array(tones.map { .object([("id", .string($0.id)), ("score", .double($0.score))]) })),
            (
                "entity_tone",
                .array(
                    entityTone.sorted(by: Self.byCountThenName).prefix(n).map {
                        .object([
                            ("name", .string($0.key)), ("documents", .int($0.value.count)),
                            ("score", .double($0.value.sum / Double($0.value.count))),
                        ])
                    })
            ),
        ])
    }

    /// The corpus index page: the aggregates as bar charts (inline SVG).
    public func html(title: String, top n: Int = 12) -> String {
        lock.lock()
        let entitiesCopy = entities, speakersCopy = speakers, datesCopy = dates, tonesCopy = tones, count = documents
        let whoSaidWhat = topSpeakers(n)
        lock.unlock()
        func bars(
            _ rows: [(String, Double)], shown: (Double) -> String = JSONValue.format,
            color: (Double) -> String
        ) -> String {
            guard !rows.isEmpty else { return "<p>none</p>" }
            let maximum = max(0.0001, rows.map { abs($0.1) }.max()!)
            var svg = "<svg width=\"660\" height=\"\(rows.count * 22 + 4)\" role=\"img\">"
            for (i, row) in rows.enumerated() {
                let width = Int(380 * abs(row.1) / maximum), value = shown(row.1)
                // Each row is a group with its full label and value as the tooltip; the label ends
                // left of the bars (right-aligned), so a long one cannot run into them.
                svg +=
                    "<g><title>\(HTMLExport.escape(row.0)): \(value)</title>"
                    + "<text x=\"200\" y=\"\(i * 22 + 16)\" font-size=\"13\" text-anchor=\"end\">"
                    + "\(HTMLExport.escape(row.0.shortened(to: 28)))</text>"
                    + "<rect x=\"210\" y=\"\(i * 22 + 4)\" width=\"\(max(1, width))\" height=\"16\" fill=\"\(color(row.1))\"/>"
                    + "<text x=\"\(215 + width)\" y=\"\(i * 22 + 16)\" font-size=\"12\">\(value)</text></g>"
            }
            return svg + "</svg>"
        }
        var body =
            "<h1>\(HTMLExport.escape(title))</h1><p class=\"meta\">\(count) documents · made by Loupe \(Loupe.version)</p>"
        let colours = ["PER": "#c25bbd", "LOC": "#2a9dc4", "ORG": "#5569d6", "OTH": "#d1a21d"]
        for label in entitiesCopy.keys.sorted() {
            body +=
                "<h2>\(HTMLExport.escape(label))</h2>"
                + bars(Self.top(entitiesCopy[label]!, n).map { ($0.0, Double($0.1)) }) { _ in colours[label] ?? "#888" }
        }
        body +=
            "<h2>Top speakers</h2>" + bars(Self.top(speakersCopy, n).map { ($0.0, Double($0.1)) }) { _ in "#00838f" }
        if !whoSaidWhat.isEmpty {
            body +=
                "<h2>Who said what</h2><table><tr><th>speaker</th><th>documents</th>"
                + SpeakerTally.columns.map { "<th>\($0)</th>" }.joined() + "<th>said (first items)</th></tr>"
            for (name, tally) in whoSaidWhat {
                body +=
                    "<tr><td>\(HTMLExport.escape(name))</td><td>\(tally.documents)</td>"
                    + tally.byColumn.map { "<td>\($0)</td>" }.joined()
                    + "<td>\(tally.said.map { HTMLExport.escape($0.shortened(to: 120)) }.joined(separator: "<br>"))</td></tr>"
            }
            body += "</table>"
        }
        body +=
            "<h2>Timeline of dates</h2>"
            + bars(datesCopy.sorted { $0.key < $1.key }.map { ($0.key, Double($0.value)) }) { _ in "#2e7d32" }
        body +=
            "<h2>Tone by document</h2>"
            + bars(tonesCopy.prefix(60).map { ($0.id, $0.score) }, shown: ReportTone.text) { HTMLExport.color($0) }
        return
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>\(HTMLExport.escape(title))</title><style>\(HTMLExport.css)</style></head><body>\(body)</body></html>\n"
    }
}
