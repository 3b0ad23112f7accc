import Foundation
import LoupeCore
import LoupeDates

/// `loupe eval dates FILE.jsonl [--mode M] [--part tune|check|all] [--verbose]`: TempEval-3 scores
/// on TimeML documents (TimeMLEvaluation), or value accuracy on rows of
/// `{"id","lang","section","text","ref","expected"}` (the Duckling-derived format of
/// ../shared/data/dates, see its LICENSE-NOTE.md; mode colloquial unless told otherwise, as
/// Duckling's conventions are an assistant's).
///
/// Scoring: the longest expression found in the text is compared with the expectation.
/// - instant (`type: value`): our TIMEX3 value must equal the expected instant written at its
///   grain (day → 2013-02-12, week → 2013-W07, hour and minute → 2013-02-12T15:00…); an expected
///   second-grain instant with zero seconds also accepts the minute form; PRESENT_REF matches the
///   reference instant.
/// - interval: our range (or the extent of our value, e.g. a season or part of day) must cover
///   exactly [from, to) (`to` exclusive); an open interval needs mod BEFORE/AFTER and our value
///   starting at the given bound.
/// - negative rows: nothing may be found.
public enum DatesEvaluation {
    public static let tool = PluginTool(
        summary: "accuracy of the dates analyzer: Duckling-style rows or TimeML documents (TempEval-3)",
        usage: "loupe eval dates FILE.jsonl [--mode news|narrative|colloquial] [--part tune|check|all] [--verbose]"
    ) { arguments in try run(arguments) }

    public struct Row: Sendable {
        public var id: String
        public var language: Language
        public var grain: String
        public var ok: Bool
        public var text: String
        public var want: String
        public var got: String
    }

    /// Which half of a development file to score. Errors are read on the tuning half only; the
    /// check half is the reported result (a check figure far below the tuning one means rules fit
    /// examples, not the language). Documents alternate by their position in the file (tune: 0, 2,
    /// 4 …); Duckling rows by example group — consecutive rows with the same expectation, the
    /// paraphrases of one example — so that paraphrases stay on one side.
    public typealias Part = DevSetHalf

    public static func run(_ arguments: [String]) throws -> Int32 {
        var verbose = false, part = Part.all, mode: DatesMode? = nil, files: [String] = []
        var rest = arguments[...]
        while let a = rest.popFirst() {
            switch a {
            case "--verbose", "-v": verbose = true
            case "--mode", "--part":
                guard let v = rest.popFirst() else {
                    throw LoupeError.datesEvalUsage("\(a) needs a value", usage: tool.usage)
                }
                if a == "--mode" {
                    guard let m = DatesMode(rawValue: v) else {
                        throw LoupeError.badOptionValue("mode", value: v, expected: "news, narrative, colloquial")
                    }
                    mode = m
                } else {
                    guard let p = Part(rawValue: v) else {
                        throw LoupeError.badOptionValue("part", value: v, expected: "tune, check, all")
                    }
                    part = p
                }
            case let flag where flag.hasPrefix("-"):
                throw LoupeError.datesEvalUsage("unknown option \(flag) for eval dates", usage: tool.usage)
            default: files.append(a)
            }
        }
        guard !files.isEmpty else {
            throw LoupeError.datesEvalUsage("eval dates needs a JSONL file", usage: tool.usage)
        }
        var rows: [Row] = []
        for file in files {
            let text = try read(file)
            if TimeMLEvaluation.isDocumentFile(text.prefix { $0 != "\n" }) {
                let docs = try TimeMLEvaluation.parse(text, file: file)
                let chosen = docs.enumerated().filter { part.includes($0.offset) }.map(\.element)
                print("\(file) (\(part.rawValue))")
                print(TimeMLEvaluation.report(chosen, mode: mode ?? .news, verbose: verbose))
            } else {
                rows += try evaluate(text: text, file: file, part: part, mode: mode ?? .colloquial)
            }
        }
        if !rows.isEmpty {
            print("Duckling rows (\(part.rawValue)), mode \((mode ?? .colloquial).rawValue)")
            print(report(rows, verbose: verbose))
        }
        return 0
    }

    static func read(_ file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
        else {
            throw LoupeError.fileNotFound(file)
        }
        return text
    }

    public static func evaluate(file: String, part: Part = .all, mode: DatesMode = .colloquial) throws -> [Row] {
        try evaluate(text: read(file), file: file, part: part, mode: mode)
    }

    static func evaluate(text: String, file: String, part: Part, mode: DatesMode) throws -> [Row] {
        var rows: [Row] = []
        var group = -1
        var lastKey = ""
        for (n, line) in text.split(separator: "\n").enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let sentence = object["text"] as? String, let refText = object["ref"] as? String,
                let ref = ReferenceTime(iso: refText)
            else {
                throw LoupeError.datesEvalRow(file, line: n + 1)
            }
            let expected = object["expected"] as? [String: Any]
            let key =
                refText
                + (expected.flatMap { try? JSONSerialization.data(withJSONObject: $0, options: .sortedKeys) }
                    .map { String(decoding: $0, as: UTF8.self) } ?? "null")
            if key != lastKey { group += 1; lastKey = key }
            guard part.includes(group) else { continue }
            let language: Language = (object["lang"] as? String) == "en" ? .english : .german
            rows.append(
                judge(
                    id: object["id"] as? String ?? "\(n + 1)", text: sentence, language: language, reference: ref,
                    expected: expected, mode: mode))
        }
        return rows
    }

    static func judge(
        id: String, text: String, language: Language, reference: ReferenceTime, expected: [String: Any]?,
        mode: DatesMode = .news
    ) -> Row {
        let document = Document(text: text, language: language, reference: reference)
        let found = DatesAnalyzer.expressions(in: document, reference: reference, language: language, mode: mode)
        let best = found.max { $0.span.length < $1.span.length }
        let got =
            best.map { e in
                e.type.rawValue + " " + e.value + (e.range.map { " [\($0.begin) … \($0.end)]" } ?? "")
                    + (e.mod.map { " " + $0 } ?? "")
            } ?? "nothing"
        guard let expected else {
            return Row(
                id: id, language: language, grain: "negative", ok: found.isEmpty, text: text, want: "nothing",
                got: found.isEmpty ? "nothing" : got)
        }
        let grain = expected["grain"] as? String ?? "?"
        guard let best else {
            return Row(
                id: id, language: language, grain: grain, ok: false, text: text, want: describe(expected), got: got)
        }
        var ok = false
        if expected["type"] as? String == "value", let v = expected["value"] as? String, let instant = wallClock(v) {
            let want = format(instant, grain: grain)
            ok = best.value == want
            if !ok, grain == "second", instant % 60 == 0 { ok = best.value == format(instant, grain: "minute") }
            if !ok, best.value == "PRESENT_REF", grain == "second", instant == referenceSeconds(reference) { ok = true }
        } else {
            let from = (expected["from"] as? String).flatMap(wallClock)
            let to = (expected["to"] as? String).flatMap(wallClock)
            if let from, let to {
                let ours: (Int, Int)?
                if let range = best.range, let b = Timex.extent(of: range.begin), let e = Timex.extent(of: range.end) {
                    ours = (b.start, e.end)
                } else {
                    ours = Timex.extent(of: best.value)
                }
                ok = ours.map { $0.0 == from && $0.1 == to } ?? false
            } else if let from {
                ok = best.mod == "AFTER" && Timex.extent(of: best.value)?.start == from
            } else if let to {
                ok = best.mod == "BEFORE" && Timex.extent(of: best.value)?.start == to
            }
        }
        return Row(id: id, language: language, grain: grain, ok: ok, text: text, want: describe(expected), got: got)
    }

    static func referenceSeconds(_ r: ReferenceTime) -> Int {
        CivilCalendar.dayNumber(r.year, r.month, r.day) * 86_400 + (r.hour ?? 0) * 3_600 + (r.minute ?? 0) * 60
            + (r.second ?? 0)
    }

    /// Wall-clock seconds of an ISO timestamp, ignoring its offset (all rows share the reference's).
    static func wallClock(_ iso: String) -> Int? {
        let negative = iso.hasPrefix("-")
        guard let r = ReferenceTime(iso: negative ? String(iso.dropFirst()) : iso) else { return nil }
        let year = negative ? -r.year : r.year
        return CivilCalendar.dayNumber(year, r.month, r.day) * 86_400 + (r.hour ?? 0) * 3_600 + (r.minute ?? 0) * 60
            + (r.second ?? 0)
    }

    static func format(_ seconds: Int, grain: String) -> String {
        let g: Grain
        switch grain {
        case "second": g = .second
        case "minute", "hour": g = .minute
        case "day": g = .day
        case "week": g = .week
        case "month": g = .month
        case "quarter": g = .quarter
        default: g = .year
        }
        return Moment(epochSeconds: seconds, grain: g).timex
    }

    static func describe(_ e: [String: Any]) -> String {
        if e["type"] as? String == "value" { return "\(e["value"] ?? "?") (\(e["grain"] ?? "?"))" }
        return "[\(e["from"] as? String ?? "…") – \(e["to"] as? String ?? "…")) (\(e["grain"] ?? "?"))"
    }

    public static func report(_ rows: [Row], verbose: Bool) -> String {
        var lines: [String] = []
        func pct(_ ok: Int, _ n: Int) -> String {
            n == 0 ? "-" : String(format: "%.1f%%", 100 * Double(ok) / Double(n))
        }
        let languages = [Language.german, .english].filter { l in rows.contains { $0.language == l } }
        lines.append("value accuracy by language")
        for l in languages {
            let r = rows.filter { $0.language == l }
            lines.append(
                "  \(l.rawValue)  \(pct(r.filter(\.ok).count, r.count).leftPadded(6))  (\(r.filter(\.ok).count)/\(r.count))"
            )
        }
        lines.append("value accuracy by grain")
        let grains = ["second", "minute", "hour", "day", "week", "month", "quarter", "year", "negative"]
        for g in grains {
            let r = rows.filter { $0.grain == g }
            guard !r.isEmpty else { continue }
            var cells = "  " + g.padding(toLength: 9, withPad: " ", startingAt: 0)
            for l in languages {
                let rl = r.filter { $0.language == l }
                cells +=
                    "  \(l.rawValue) " + pct(rl.filter(\.ok).count, rl.count).leftPadded(6)
                    + " (\(rl.filter(\.ok).count)/\(rl.count))".padding(toLength: 10, withPad: " ", startingAt: 0)
            }
            lines.append(cells)
        }
        lines.append(
            "  total      \(pct(rows.filter(\.ok).count, rows.count)) (\(rows.filter(\.ok).count)/\(rows.count))")
        if verbose {
            lines.append("failures")
            for r in rows where !r.ok {
                lines.append("  \(r.id)  \(r.text)\n      want \(r.want)\n      got  \(r.got)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
