import Foundation
import LoupeCore
import LoupeDates

/// TempEval-3 scoring (UzZaman et al. 2013) of the dates analyzer on documents with inline gold
/// TIMEX annotations: one JSON object a line with `id`, `lang`, `dct`, `text` and `timexes`
/// (`start`/`end` code-point offsets, `type`, `value`), the format of `krauts-dev`,
/// `wikiwarsde-dev` and `tbaq-dev` in ../shared/data/dates.
///
/// - strict match: same start and end; relaxed match: the spans overlap (each gold and each
///   found expression is matched at most once, in text order);
/// - value and type F1: a relaxed match counts only when the attribute is equal too
///   (P over the expressions found, R over the gold ones), as TempEval-3's attribute F1;
/// - value accuracy: the share of relaxed matches whose value is right.
///
/// WikiWarsDE is annotated in TIMEX2: its values are compared after writing them as TIMEX3
/// (`BC0331` → `-0331`); everything else is compared as written.
enum TimeMLEvaluation {
    struct Gold {
        var start: Int
        var end: Int
        var type: String?
        var value: String?
        var text: String
    }

    struct Doc {
        var id: String
        var subset: String
        var language: Language
        var dct: ReferenceTime
        var text: String
        var gold: [Gold]
    }

    /// Counts for one group of documents.
    struct Score {
        var gold = 0, found = 0, strict = 0, relaxed = 0, value = 0, type = 0

        mutating func add(_ o: Score) {
            gold += o.gold; found += o.found; strict += o.strict; relaxed += o.relaxed; value += o.value; type += o.type
        }

        func f1(_ hits: Int) -> (p: Double, r: Double, f: Double) {
            let p = found == 0 ? 0 : Double(hits) / Double(found), r = gold == 0 ? 0 : Double(hits) / Double(gold)
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
        }
        var valueAccuracy: Double { relaxed == 0 ? 0 : Double(value) / Double(relaxed) }
    }

    static func isDocumentFile(_ firstLine: Substring) -> Bool { firstLine.contains("\"timexes\"") }

    static func parse(_ text: String, file: String) throws -> [Doc] {
        var docs: [Doc] = []
        for (n, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let body = o["text"] as? String, let dctText = o["dct"] as? String,
                let dct = ReferenceTime(iso: String(dctText.prefix(10))), let timexes = o["timexes"] as? [[String: Any]]
            else {
                throw LoupeError.datesTimeMLDocument(file, line: n + 1)
            }
            let gold = timexes.compactMap { t -> Gold? in
                guard let s = t["start"] as? Int, let e = t["end"] as? Int else { return nil }
                return Gold(
                    start: s, end: e, type: t["type"] as? String, value: t["value"] as? String,
                    text: t["text"] as? String ?? "")
            }
            let subset = o["subset"] as? String ?? o["source"] as? String ?? "all"
            docs.append(
                Doc(
                    id: o["id"] as? String ?? "\(n + 1)", subset: subset,
                    language: (o["lang"] as? String) == "en" ? .english : .german,
                    dct: dct, text: body, gold: gold))
        }
        return docs
    }

    /// One notation for values that mean the same: TIMEX2 years BC written as TIMEX3 (`BC0480` →
    /// `-0480`) and decades or centuries as amounts (`P2DE` → `P20Y`), week numbers with two digits (`2000-W7` → `2000-W07`), and no trailing placeholders
    /// for a part nobody specified (`1968-XX` → `1968`, `198X` → `198`, the decade). Applied to the
    /// gold and the found value alike.
    static func normalise(_ value: String) -> String {
        let value = value.trimmingCharacters(in: .whitespaces)
        var v = value.hasPrefix("BC") ? "-" + value.dropFirst(2) : Substring(value)
        // TIMEX2 decades and centuries as amounts: P2DE = P20Y, P1CE = P100Y
        if v.hasPrefix("P"), let n = Int(v.dropFirst().dropLast(2)), v.hasSuffix("DE") || v.hasSuffix("CE") {
            return "P\(n * (v.hasSuffix("DE") ? 10 : 100))Y"
        }
        // only for a stated year: XXXX-XX-XX (every day) and XXXX (every year) stay apart
        if v.drop(while: { $0 == "-" }).prefix(2).allSatisfy(\.isNumber) {
            while v.hasSuffix("-XX") { v = v.dropLast(3) }
            if v.last == "X", v.allSatisfy({ $0.isNumber || $0 == "X" || $0 == "-" }) {
                while v.last == "X" { v = v.dropLast() }
            }
        }
        if let w = v.range(of: "-W"), v[w.upperBound...].count == 1, v.last!.isNumber {
            v = v[..<w.upperBound] + "0" + v[w.upperBound...]
        }
        return String(v)
    }

    /// Scores one document; `errors` collects lines for `--verbose`.
    static func score(_ doc: Doc, mode: DatesMode, errors: inout [String]) -> Score {
        let document = Document(text: doc.text, id: doc.id, language: doc.language, reference: doc.dct)
        let found = DatesAnalyzer.expressions(in: document, reference: doc.dct, language: doc.language, mode: mode)
        let offsets = document.offsets
        let spans = found.map { (offsets.codePoint(atByte: $0.span.start), offsets.codePoint(atByte: $0.span.end)) }
        var s = Score(gold: doc.gold.count, found: found.count)
        var used = [Bool](repeating: false, count: found.count)
        let scalars = Array(doc.text.unicodeScalars)
        func snippet(_ a: Int, _ b: Int) -> String {
            String(String.UnicodeScalarView(scalars[max(0, a)..<min(scalars.count, b)])).replacingOccurrences(
                of: "\n", with: " ")
        }
        for g in doc.gold {
            guard let k = found.indices.first(where: { !used[$0] && spans[$0].0 < g.end && g.start < spans[$0].1 })
            else {
                errors.append(
                    "  missed   \(doc.id)  “\(g.text)” \(g.type ?? "?") \(g.value ?? "?")   …\(snippet(g.start - 40, g.end + 20))…"
                )
                continue
            }
            used[k] = true
            s.relaxed += 1
            let e = found[k]
            let exact = spans[k] == (g.start, g.end)
            if exact { s.strict += 1 }
            let valueOK = g.value.map { normalise($0) == normalise(e.value) } ?? false
            if valueOK { s.value += 1 }
            if g.type == e.type.rawValue { s.type += 1 }
            if !valueOK || !exact {
                errors.append(
                    "  \(valueOK ? "span " : "value")    \(doc.id)  gold “\(g.text)” \(g.type ?? "?") \(g.value ?? "?")"
                        + "  found “\(snippet(spans[k].0, spans[k].1))” \(e.type.rawValue) \(e.value)   …\(snippet(g.start - 40, g.end + 20))…"
                )
            }
        }
        for k in found.indices where !used[k] {
            errors.append(
                "  spurious \(doc.id)  “\(snippet(spans[k].0, spans[k].1))” \(found[k].type.rawValue) \(found[k].value)"
                    + "   …\(snippet(spans[k].0 - 40, spans[k].1 + 20))…")
        }
        return s
    }

    static func report(_ docs: [Doc], mode: DatesMode, verbose: Bool) -> String {
        var bySubset: [(String, Score)] = []
        var total = Score()
        var errors: [String] = []
        for doc in docs {
            let s = score(doc, mode: mode, errors: &errors)
            total.add(s)
            if let i = bySubset.firstIndex(where: { $0.0 == doc.subset }) {
                bySubset[i].1.add(s)
            } else {
                bySubset.append((doc.subset, s))
            }
        }
        func pct(_ x: Double) -> String { String(format: "%5.1f", 100 * x) }
        var lines = [
            "TempEval-3 scores, mode \(mode.rawValue), \(docs.count) documents",
            "  set              gold found  strict P/R/F1       relaxed P/R/F1      value F1  type F1  value acc.",
        ]
        func row(_ name: String, _ s: Score) -> String {
            let st = s.f1(s.strict), re = s.f1(s.relaxed)
            return "  " + name.padding(toLength: 15, withPad: " ", startingAt: 0)
                + String(format: "%6d %5d", s.gold, s.found)
                + "  \(pct(st.p)) \(pct(st.r)) \(pct(st.f))   \(pct(re.p)) \(pct(re.r)) \(pct(re.f))   \(pct(s.f1(s.value).f))    "
                + "\(pct(s.f1(s.type).f))    \(pct(s.valueAccuracy))"
        }
        if bySubset.count > 1 { for (name, s) in bySubset { lines.append(row(name, s)) } }
        lines.append(row("all", total))
        if verbose { lines.append("errors"); lines += errors }
        return lines.joined(separator: "\n")
    }
}
