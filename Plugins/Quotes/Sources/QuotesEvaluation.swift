import Foundation
import LoupeCore

/// `loupe eval quotes FILE.jsonl [--verbose]`: scores the analyzer on annotated documents.
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
///   speaker's text.
enum QuotesEvaluation {
    static let tool = PluginTool(
        summary: "exact-span P/R/F1 of direct quotes and speaker accuracy on a JSONL file",
        usage: "loupe eval quotes FILE.jsonl [--verbose]"
    ) { arguments in
        let verbose = arguments.contains("--verbose") || arguments.contains("-v")
        let files = arguments.filter { !$0.hasPrefix("-") }
        guard files.count == 1 else { throw LoupeError.quotesEvalUsage() }
        let report = try evaluate(path: files[0], analyzer: try QuotesAnalyzer(), verbose: verbose)
        print(report, terminator: "")
        return 0
    }

    struct GoldQuote {
        var start: Int
        var end: Int
        var speakerText: String?
        var speakerSpans: [(Int, Int)]
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

    static func evaluate(path: String, analyzer: QuotesAnalyzer, verbose: Bool) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoupeError.fileNotFound(path) }
        var all = Counts(), direct = Counts()
        var speakerGold = 0, speakerRight = 0
        var details = ""
        var documents = 0
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String else {
                throw LoupeError.quotesEvalData(path, line: number + 1, reason: "not an object with \"text\"")
            }
            documents += 1
            let gold = goldQuotes(object["quotes"] as? [[String: Any]] ?? [])
            let language: Language = (object["lang"] as? String).map { Language($0) } ?? .german
            let document = Document(text: text, id: object["id"] as? String ?? "line \(number + 1)", language: language)
            let quotes = analyzer.quotes(in: document)
            let offsets = document.offsets
            func points(_ span: Span) -> (Int, Int) { (offsets.codePoint(atByte: span.start), offsets.codePoint(atByte: span.end)) }

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
            let predictedKeys = Set(predicted.map { $0.key })
            let directKeys = Set(predicted.filter { $0.quote.kind == Quote.Kind.direct }.map { $0.key })
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
            for item in predicted {
                if let goldQuote = goldBySpan[item.key] {
                    guard !goldQuote.speakerSpans.isEmpty || goldQuote.speakerText != nil else { continue }
                    speakerGold += 1
                    var right = false
                    var said = "—"
                    if let speaker = item.quote.speaker {
                        let mention: (Int, Int) = points(speaker.span)
                        let overlaps = goldQuote.speakerSpans.contains { (span: (Int, Int)) -> Bool in span.0 < mention.1 && mention.0 < span.1 }
                        let sameName = speaker.name != nil && speaker.name == goldQuote.speakerText
                        right = overlaps || sameName
                        said = document.string(for: speaker.span) + (speaker.name.map { " → \($0)" } ?? "")
                    }
                    if right { speakerRight += 1 } else if verbose {
                        details += "SPEAKER \(id): gold '\(goldQuote.speakerText ?? "?")', found '\(said)'  \(context(goldQuote.start, goldQuote.end).prefix(160))\n"
                    }
                } else if verbose {
                    let p = points(item.quote.span)
                    details += "FP \(item.quote.kind.rawValue) \(id): \(context(p.0, p.1))\n"
                }
            }
            if verbose {
                for (key, quote) in goldBySpan.sorted(by: { $0.value.start < $1.value.start }) where !predictedKeys.contains(key) {
                    details += "FN \(id): \(context(quote.start, quote.end))\n"
                }
            }
        }
        var report = verbose ? details + "\n" : ""
        report += "quotes eval: \(path) (\(documents) documents)\n"
        report += "direct quotes, all found (direct+partial): \(all.line)\n"
        report += "direct quotes, kind direct only:         \(direct.line)\n"
        let accuracy = speakerGold == 0 ? 0 : Double(speakerRight) / Double(speakerGold)
        report += "speaker accuracy on gold quotes found:   \(fmt(accuracy))   (\(speakerRight) of \(speakerGold) with a gold speaker)\n"
        return report
    }

    static func goldQuotes(_ items: [[String: Any]]) -> [GoldQuote] {
        items.compactMap { item in
            if let type = item["type"] as? String, type != "direct" { return nil }
            guard let start = item["start"] as? Int, let end = item["end"] as? Int else { return nil }
            var spans: [(Int, Int)] = []
            for pair in item["speaker_spans"] as? [[Int]] ?? [] where pair.count == 2 { spans.append((pair[0], pair[1])) }
            if spans.isEmpty, let s = item["speaker_start"] as? Int, let e = item["speaker_end"] as? Int { spans.append((s, e)) }
            return GoldQuote(start: start, end: end, speakerText: item["speaker"] as? String, speakerSpans: spans)
        }
    }
}
