import Foundation
import LoupeCore
import LoupeQuotes

/// `loupe eval quotes FILE.jsonl [--part tune|check|all] [--verbose]`: scores the analyzer on
/// annotated documents. `--part` splits the file by document: the tuning half holds the
/// documents at even positions (0, 2, 4 …), the check half those at odd positions; errors are
/// read on the tuning half only and the check half is the result. `all` (the default) scores
/// every document, as before.
///
/// Input: one JSON object a line with `text`, optional `lang`, and `quotes`: items with
/// `start`, `end` (code points, marks included), optional `type` (only `direct` is scored;
/// items without a type are direct), and optional `speaker`, `speaker_spans`. This reads the
/// formats of `../shared/data/quotes` (wikinews-de, rw).
///
/// Reported:
/// - exact-span precision, recall and F1 of the quotations found (direct and partial) against
///   the gold direct quotes — the gold "direct" class covers every verbatim quotation,
///   fragments included, which Loupe splits into `direct` and `partial` — and the same for
///   Loupe's `direct` quotes alone;
/// - speaker accuracy on the gold quotes found that have a gold speaker: right when the
///   reported mention overlaps a gold speaker span, or the resolved name equals the gold
///   speaker's text;
/// - all kinds (issue 14): every gold attribution (direct, indirect, reported, free indirect,
///   mixed) against every reported item. A gold item is found when a reported item overlaps at
///   least half of it and at least half of the reported item lies inside it; each reported item
///   matches at most one gold item. Recall per gold type, precision over all reported items,
///   speaker accuracy over the found items with a gold speaker (right when the spans overlap or
///   the reported name contains the gold speaker's head word, its last word outside brackets). A gold item in
///   several parts (a quotation broken by its frame) is also found by an item matching one of
///   its parts, and items matching its other parts are neither extra nor found again. Where the gold
///   data has a `mixed` type (PolNeAR), quoted fragments inside a paraphrase belong to it, so
///   `partial` items inside a reported `mixed` item are not counted as items of their own (and
///   not in the direct exact-span line); elsewhere (Wikinews, whose direct class includes such
///   fragments) they are. There too a gold quotation broken by its frame into several parts is
///   scored part by part on the exact-span lines (PolNeAR groups the parts into one attribution).
public enum QuotesEvaluation {
    public static let tool = PluginTool(
        summary: "exact-span P/R/F1 of direct quotes and speaker accuracy on a JSONL file",
        usage: "loupe eval quotes FILE.jsonl [--part tune|check|all] [--verbose]"
    ) { arguments in
        var verbose = false
        var part = Part.all
        var files: [String] = []
        var k = 0
        while k < arguments.count {
            let argument = arguments[k]
            if argument == "--verbose" || argument == "-v" {
                verbose = true
            } else if argument == "--part" || argument.hasPrefix("--part=") {
                let value: String
                if argument == "--part" {
                    k += 1
                    guard k < arguments.count else { throw LoupeError.quotesEvalUsage() }
                    value = arguments[k]
                } else {
                    value = String(argument.dropFirst("--part=".count))
                }
                guard let p = Part(rawValue: value) else { throw LoupeError.quotesEvalUsage() }
                part = p
            } else if argument.hasPrefix("-") {
                throw LoupeError.quotesEvalUsage()
            } else {
                files.append(argument)
            }
            k += 1
        }
        guard files.count == 1 else { throw LoupeError.quotesEvalUsage() }
        let report = try evaluate(path: files[0], analyzer: try QuotesAnalyzer(), verbose: verbose, part: part)
        print(report, terminator: "")
        return 0
    }

    /// Which documents to score: the tuning half (even positions), the check half (odd), or all.
    typealias Part = DevSetHalf

    struct GoldQuote {
        var start: Int
        var end: Int
        var speakerText: String?
        var speakerSpans: [(Int, Int)]
        var type: String = "direct"
        var parts: [(Int, Int)] = []
    }

    struct Counts {
        var gold = 0, predicted = 0, correct = 0
        var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var line: String {
            "P \(fmt(precision))  R \(fmt(recall))  F1 \(fmt(f1))   (gold \(gold), found \(predicted), exact \(correct))"
        }
    }

    static func fmt(_ x: Double) -> String { String(format: "%.3f", x) }

    static func evaluate(path: String, analyzer: QuotesAnalyzer, verbose: Bool, part: Part = .all) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoupeError.fileNotFound(path) }
        var all = Counts(), direct = Counts()
        var speakerGold = 0, speakerRight = 0
        var details = ""
        var documents = 0
        var position = -1
        var kinds = KindCounts()
        var objects: [(Int, [String: Any], String)] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let text = object["text"] as? String
            else {
                throw LoupeError.quotesEvalData(path, line: number + 1, reason: "not an object with \"text\"")
            }
            objects.append((number, object, text))
        }
        // PolNeAR's convention: fragments in marks inside a paraphrase are part of a `mixed` item.
        let fragmentsBelongToMixed = objects.contains {
            ($0.1["quotes"] as? [[String: Any]] ?? []).contains { $0["type"] as? String == "mixed" }
        }
        for (number, object, text) in objects {
            position += 1
            guard part.includes(position) else { continue }
            documents += 1
            let allGold = allGoldItems(object["quotes"] as? [[String: Any]] ?? [])
            var gold = allGold.filter { $0.type == "direct" }
            if fragmentsBelongToMixed {
                // PolNeAR groups the parts of a quotation broken by its frame ("“A,” she said.
                // “B.”") into one attribution: for the exact-span line each part in marks is a
                // quotation of its own.
                gold = gold.flatMap { quote in
                    quote.parts.count > 1
                        ? quote.parts.map {
                            GoldQuote(
                                start: $0.0, end: $0.1, speakerText: quote.speakerText, speakerSpans: quote.speakerSpans
                            )
                        } : [quote]
                }
            }
            let language: Language = (object["lang"] as? String).map { Language($0) } ?? .german
            let document = Document(text: text, id: object["id"] as? String ?? "line \(number + 1)", language: language)
            var quotes = analyzer.quotes(in: document)
            if fragmentsBelongToMixed {
                let mixed = quotes.filter { $0.kind == .mixed }
                quotes.removeAll { quote in
                    quote.kind == .partial && mixed.contains { $0.fragments.contains(quote.span) }
                }
            }
            let offsets = document.offsets
            kinds.add(gold: allGold, found: quotes, document: document, verbose: verbose, details: &details)
            func points(_ span: Span) -> (Int, Int) {
                (offsets.codePoint(atByte: span.start), offsets.codePoint(atByte: span.end))
            }

            var goldBySpan: [String: GoldQuote] = [:]
            for quote in gold {
                let key = "\(quote.start):\(quote.end)"
                if var existing = goldBySpan[key] {
                    existing.speakerSpans += quote.speakerSpans
                    existing.speakerText = existing.speakerText ?? quote.speakerText
                    goldBySpan[key] = existing
                } else {
                    goldBySpan[key] = quote
                }
            }
            func key(_ quote: Quote) -> String {
                let p = points(quote.span)
                return "\(p.0):\(p.1)"
            }
            let predicted: [(quote: Quote, key: String)] = quotes.map { ($0, key($0)) }
            let marked = predicted.filter { $0.quote.kind.isMarked }
            let predictedKeys = Set(marked.map { $0.key })
            let directKeys = Set(marked.filter { $0.quote.kind == Quote.Kind.direct }.map { $0.key })
            all.gold += goldBySpan.count
            direct.gold += goldBySpan.count
            all.predicted += predictedKeys.count
            direct.predicted += directKeys.count
            all.correct += predictedKeys.filter { goldBySpan[$0] != nil }.count
            direct.correct += directKeys.filter { goldBySpan[$0] != nil }.count

            let id = document.id
            func context(_ start: Int, _ end: Int) -> String {
                let scalars = Array(text.unicodeScalars)
                let from = max(0, start - 40), to = min(scalars.count, end + 40)
                func s(_ a: Int, _ b: Int) -> String {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: scalars[a..<b])
                    return String(v).replacingOccurrences(of: "\n", with: " ")
                }
                return s(from, start) + "[[" + s(start, end) + "]]" + s(end, to)
            }
            for item in marked {
                if let goldQuote = goldBySpan[item.key] {
                    guard !goldQuote.speakerSpans.isEmpty || goldQuote.speakerText != nil else { continue }
                    speakerGold += 1
                    var right = false
                    var said = "—"
                    if let speaker = item.quote.speaker {
                        let mention: (Int, Int) = points(speaker.span)
                        let overlaps = goldQuote.speakerSpans.contains { (span: (Int, Int)) -> Bool in
                            span.0 < mention.1 && mention.0 < span.1
                        }
                        let sameName = speaker.name != nil && speaker.name == goldQuote.speakerText
                        right = overlaps || sameName
                        said = document.string(for: speaker.span) + (speaker.name.map { " → \($0)" } ?? "")
                    }
                    if right {
                        speakerRight += 1
                    } else if verbose {
                        details +=
                            "SPEAKER \(id): gold '\(goldQuote.speakerText ?? "?")', found '\(said)'  \(context(goldQuote.start, goldQuote.end).prefix(160))\n"
                    }
                } else if verbose {
                    let p = points(item.quote.span)
                    details += "FP \(item.quote.kind.rawValue) \(id): \(context(p.0, p.1))\n"
                }
            }
            if verbose {
                for (key, quote) in goldBySpan.sorted(by: { $0.value.start < $1.value.start })
                where !predictedKeys.contains(key) {
                    details += "FN \(id): \(context(quote.start, quote.end))\n"
                }
            }
        }
        var report = verbose ? details + "\n" : ""
        report += "quotes eval: \(path) (\(documents) documents)\n"
        report += "direct quotes, all found (direct+partial): \(all.line)\n"
        report += "direct quotes, kind direct only:         \(direct.line)\n"
        let accuracy = speakerGold == 0 ? 0 : Double(speakerRight) / Double(speakerGold)
        report +=
            "speaker accuracy on gold quotes found:   \(fmt(accuracy))   (\(speakerRight) of \(speakerGold) with a gold speaker)\n"
        if part != .all {
            report = report.replacingOccurrences(
                of: "(\(documents) documents)", with: "(\(documents) documents, \(part.rawValue) half)")
        }
        report += kinds.report
        return report
    }

    static func goldQuotes(_ items: [[String: Any]]) -> [GoldQuote] {
        allGoldItems(items).filter { $0.type == "direct" }
    }

    /// Every gold item of every type (items without a type are direct).
    static func allGoldItems(_ items: [[String: Any]]) -> [GoldQuote] {
        items.compactMap { item in
            let type = item["type"] as? String ?? "direct"
            guard let start = item["start"] as? Int, let end = item["end"] as? Int else { return nil }
            var spans: [(Int, Int)] = []
            for pair in item["speaker_spans"] as? [[Int]] ?? [] where pair.count == 2 {
                spans.append((pair[0], pair[1]))
            }
            if spans.isEmpty, let s = item["speaker_start"] as? Int, let e = item["speaker_end"] as? Int {
                spans.append((s, e))
            }
            let parts = (item["spans"] as? [[Int]] ?? []).filter { $0.count == 2 }.map { ($0[0], $0[1]) }
            return GoldQuote(
                start: start, end: end, speakerText: item["speaker"] as? String, speakerSpans: spans, type: type,
                parts: parts)
        }
    }

    // MARK: - All kinds (overlap matching)

    struct KindCounts {
        var goldByType: [String: Int] = [:]
        var foundByType: [String: Int] = [:]
        var predicted = 0, matchedPredicted = 0
        var predictedByKind: [String: Int] = [:], matchedByKind: [String: Int] = [:]
        var speakerGold = 0, speakerRight = 0

        mutating func add(gold: [GoldQuote], found: [Quote], document: Document, verbose: Bool, details: inout String) {
            let offsets = document.offsets
            // The same span annotated twice (a person and the press release) is one item.
            var unique: [GoldQuote] = []
            var seen: [String: Int] = [:]
            for quote in gold {
                let key = "\(quote.start):\(quote.end)"
                if let index = seen[key] {
                    unique[index].speakerSpans += quote.speakerSpans
                    if unique[index].speakerText == nil { unique[index].speakerText = quote.speakerText }
                } else {
                    seen[key] = unique.count
                    unique.append(quote)
                }
            }
            let items = found.map { quote -> (Int, Int) in
                (offsets.codePoint(atByte: quote.span.start), offsets.codePoint(atByte: quote.span.end))
            }
            predicted += items.count
            for quote in found { predictedByKind[quote.kind.rawValue, default: 0] += 1 }
            var used = [Bool](repeating: false, count: items.count)
            let scalars = Array(document.text.unicodeScalars)
            func string(_ a: Int, _ b: Int) -> String {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[max(0, a)..<min(scalars.count, b)])
                return String(v).replacingOccurrences(of: "\n", with: " ")
            }
            for g in unique {
                goldByType[g.type, default: 0] += 1
                var best: (index: Int, overlap: Int)?
                // The whole span, else (a quotation broken by its frame) one of its parts.
                for span in [(g.start, g.end)] + (g.parts.count > 1 ? g.parts : []) where best == nil {
                    for (index, item) in items.enumerated() where !used[index] {
                        let overlap = min(span.1, item.1) - max(span.0, item.0)
                        guard overlap > 0, 2 * overlap >= span.1 - span.0, 2 * overlap >= item.1 - item.0 else {
                            continue
                        }
                        if best == nil || overlap > best!.overlap { best = (index, overlap) }
                    }
                }
                guard let best else {
                    if verbose {
                        details +=
                            "MISS \(g.type) \(document.id): \(string(g.start, g.end).prefix(200))  [speaker: \(g.speakerText ?? "—")]\n"
                    }
                    continue
                }
                used[best.index] = true
                if verbose {
                    let q = found[best.index]
                    let cue = q.cue.map { document.string(for: $0) } ?? "—"
                    let who = q.speaker.map { document.string(for: $0.span) } ?? "—"
                    details +=
                        "HIT \(g.type) \(q.kind.rawValue) [\(cue)] {\(who)} \(document.id): \(string(items[best.index].0, items[best.index].1).prefix(200))\n"
                }
                foundByType[g.type, default: 0] += 1
                matchedPredicted += 1
                matchedByKind[found[best.index].kind.rawValue, default: 0] += 1
                guard !g.speakerSpans.isEmpty || g.speakerText != nil else { continue }
                speakerGold += 1
                var right = false
                var said = "—"
                if let speaker = found[best.index].speaker {
                    let mention = (
                        offsets.codePoint(atByte: speaker.span.start), offsets.codePoint(atByte: speaker.span.end)
                    )
                    let overlaps = g.speakerSpans.contains { $0.0 < mention.1 && mention.0 < $0.1 }
                    // The head word: the last word outside brackets (`Kristina Schröder (CDU)` → Schröder).
                    let unbracketed = g.speakerText.map { text in
                        text.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression)
                    }
                    let head = unbracketed?.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).last
                        .map(String.init)
                    let named = head.map { head in speaker.name.map { $0.contains(head) } ?? false } ?? false
                    right = overlaps || named
                    said = document.string(for: speaker.span) + (speaker.name.map { " → \($0)" } ?? "")
                }
                if right {
                    speakerRight += 1
                } else if verbose {
                    details +=
                        "WHO \(g.type) \(document.id): gold '\(g.speakerText ?? "?")', found '\(said)'  \(string(g.start, g.end).prefix(120))\n"
                }
            }
            // The other parts of a quotation found by one of its parts are that quotation, not extra items.
            for (index, item) in items.enumerated() where !used[index] {
                let absorbed = unique.contains { g in
                    g.parts.count > 1
                        && g.parts.contains { part in
                            let overlap = min(part.1, item.1) - max(part.0, item.0)
                            return overlap > 0 && 2 * overlap >= part.1 - part.0 && 2 * overlap >= item.1 - item.0
                        }
                }
                if absorbed {
                    used[index] = true; predicted -= 1; predictedByKind[found[index].kind.rawValue, default: 0] -= 1
                }
            }
            if verbose {
                for (index, item) in items.enumerated() where !used[index] {
                    let cue = found[index].cue.map { document.string(for: $0) } ?? "—"
                    let who = found[index].speaker.map { document.string(for: $0.span) } ?? "—"
                    details +=
                        "EXTRA \(found[index].kind.rawValue) [\(cue)] {\(who)} \(document.id): \(string(item.0, item.1).prefix(200))\n"
                }
            }
        }

        var report: String {
            let gold = goldByType.values.reduce(0, +), hits = foundByType.values.reduce(0, +)
            let recall = gold == 0 ? 0 : Double(hits) / Double(gold)
            let precision = predicted == 0 ? 0 : Double(matchedPredicted) / Double(predicted)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            var lines =
                "all kinds (overlap ≥ ½ both ways):       P \(fmt(precision))  R \(fmt(recall))  F1 \(fmt(f1))   (gold \(gold), found \(predicted), matched \(hits))\n"
            for type in goldByType.keys.sorted() {
                let g = goldByType[type]!, f = foundByType[type] ?? 0
                lines += "  recall \(type): \(fmt(Double(f) / Double(max(g, 1))))   (\(f) of \(g))\n"
            }
            for kind in predictedByKind.keys.sorted() {
                let p = predictedByKind[kind]!, m = matchedByKind[kind] ?? 0
                lines += "  precision of reported \(kind): \(fmt(Double(m) / Double(max(p, 1))))   (\(m) of \(p))\n"
            }
            let accuracy = speakerGold == 0 ? 0 : Double(speakerRight) / Double(speakerGold)
            lines +=
                "speaker accuracy, all kinds found:       \(fmt(accuracy))   (\(speakerRight) of \(speakerGold) with a gold speaker)\n"
            return lines
        }
    }
}
