import LoupeKit

/// `export html PATH`: one self-contained page per document — the text with entities, quotes
/// and dates highlighted (with a legend), who said what, a timeline of the dates, and the tone
/// of each sentence as a strip; from the layers adopting those capabilities, whatever analyzers
/// made them. No scripts, fonts or images from the network.
public enum HTMLExport {
    /// What the page shows.
    public static let capabilities = Highlight.capabilities + [.groupedMentions, .toneScores]

    /// The analyzers to run before making the page: those providing what it shows.
    public static func analyzers(in registry: AnalyzerRegistry) -> [String] {
        registry.analyzers(providing: capabilities)
    }

    public static func page(_ document: Document) -> String {
        let highlights = Highlight.collect(document)
        var html = """
            <!DOCTYPE html>
            <html lang="\(escape(document.language == .unknown ? "und" : document.language.rawValue))">
            <head>
            <meta charset="utf-8">
            <title>\(escape(document.id)) — Loupe</title>
            <style>\(css)</style>
            </head>
            <body>
            <header><h1>\(escape(document.id))</h1>
            <p class="meta">language \(escape(document.language.rawValue)) · reference date \(escape((document.reference ?? ReferenceTime.today()).description)) · \(document.sentences.count) sentences · \(document.tokens.count) tokens · made by Loupe \(Loupe.version)</p></header>

            """
        html += legend(highlights)
        html += sentimentStrip(document)
        html += "<main class=\"text\">\n"
        for paragraph in Highlight.paragraphs(document) {
            html += "<p>" + highlighted(document, paragraph, highlights) + "</p>\n"
        }
        html += "</main>\n"
        html +=
            "<div class=\"panels\">\n" + entityPanel(document) + quotePanel(document) + datePanel(document) + "</div>\n"
        html += "</body>\n</html>\n"
        return html
    }

    static func highlighted(_ document: Document, _ span: Span, _ highlights: [Highlight]) -> String {
        var out = ""
        for (piece, covering) in Highlight.segments(span, highlights) {
            var text = escape(document.string(for: piece))
            for h in covering.reversed() {
                let title = [h.category, h.note].compactMap { $0 }.joined(separator: ": ")
                switch h.kind {
                case .attributed:
                    text = "<span class=\"quote \(cssClass(h.category))\" title=\"\(escape(title))\">\(text)</span>"
                case .timed: text = "<span class=\"date\" title=\"\(escape(title))\">\(text)</span>"
                case .labeled:
                    text = "<mark class=\"ent \(cssClass(h.category))\" title=\"\(escape(title))\">\(text)</mark>"
                }
            }
            out += text
        }
        return out
    }

    static func legend(_ highlights: [Highlight]) -> String {
        let categories = Set(
            highlights.map { $0.kind == .attributed ? "QUOTE" : $0.kind == .timed ? "DATE" : $0.category }
        ).sorted()
        guard !categories.isEmpty else { return "<p class=\"legend\">nothing highlighted</p>\n" }
        let items = categories.map { category -> String in
            switch category {
            case "QUOTE": return "<span class=\"quote\">quotation</span>"
            case "DATE": return "<span class=\"date\">date or time</span>"
            default: return "<mark class=\"ent \(cssClass(category))\">\(escape(category))</mark>"
            }
        }
        return "<p class=\"legend\">legend: " + items.joined(separator: " ") + "</p>\n"
    }

    static func sentimentStrip(_ document: Document) -> String {
        guard let tone = document.layers(adopting: (any ToneScores).self).first?.layer else { return "" }
        guard !tone.sentenceScores.isEmpty else { return "" }
        var out =
            "<section class=\"tone\"><h2>Tone</h2><p>document: "
            + "<b>\(ReportTone.text(tone.documentScore)) \(escape(tone.documentLabel ?? ""))</b>"
        for part in tone.partScores { out += " · \(part.part): \(ReportTone.text(part.score))" }
        out += "</p>\n<div class=\"strip\">"
        for (index, sentence) in tone.sentenceScores.enumerated() {
            let text = document.string(for: sentence.span).split(whereSeparator: \.isNewline).joined(separator: " ")
            let title = "\(index + 1): \(ReportTone.text(sentence.score)) — \(text.shortened(to: 120))"
            out += "<span style=\"background:\(color(sentence.score))\" title=\"\(escape(title))\"></span>"
        }
        return out + "</div></section>\n"
    }

    static func entityPanel(_ document: Document) -> String {
        let mentions = document.layers(adopting: (any GroupedMentions).self).flatMap(\.layer.groupedMentions)
        guard !mentions.isEmpty else { return "" }
        var groups: [String: (label: String, count: Int)] = [:]
        var order: [String] = []
        for mention in mentions {
            if groups[mention.group] == nil { order.append(mention.group) }
            groups[mention.group, default: (mention.label, 0)].count += 1
        }
        let rows = order.sorted {
            groups[$0]!.count != groups[$1]!.count ? groups[$0]!.count > groups[$1]!.count : $0 < $1
        }.map {
            "<tr><td><mark class=\"ent \(cssClass(groups[$0]!.label))\">\(escape($0))</mark></td><td>\(escape(groups[$0]!.label))</td><td>\(groups[$0]!.count)</td></tr>"
        }
        return
            "<section><h2>Who and what is named</h2><table><tr><th>entity</th><th>type</th><th>mentions</th></tr>\(rows.joined())</table></section>\n"
    }

    static func quotePanel(_ document: Document) -> String {
        let items = document.layers(adopting: (any AttributedItems).self).flatMap(\.layer.attributedItems)
        guard !items.isEmpty else { return "" }
        var bySpeaker: [(String, [String])] = []
        for item in items {
            let speaker = item.speaker.map { $0.name ?? document.string(for: $0.span) } ?? "(unknown speaker)"
            let quote = document.string(for: item.span).shortened(to: 240)
            if let index = bySpeaker.firstIndex(where: { $0.0 == speaker }) {
                bySpeaker[index].1.append(quote)
            } else {
                bySpeaker.append((speaker, [quote]))
            }
        }
        let blocks = bySpeaker.map { speaker, quotes in
            "<dt>\(escape(speaker))</dt>" + quotes.map { "<dd class=\"quote\">\(escape($0))</dd>" }.joined()
        }
        return "<section><h2>Who said what</h2><dl>\(blocks.joined())</dl></section>\n"
    }

    static func datePanel(_ document: Document) -> String {
        let items = document.layers(adopting: (any TimedItems).self).flatMap(\.layer.timedItems)
        guard !items.isEmpty else { return "" }
        let entries = items.map { ($0.value, $0.type, document.string(for: $0.span)) }
        // Calendar dates on a line, earliest left; other values (durations, sets) in the list only.
        let dated = entries.compactMap { entry -> (day: Double, value: String, text: String)? in
            dayNumber(entry.0).map { ($0, entry.0, entry.2) }
        }
        let svg = TimelineSVG.svg(dated)
        let rows = entries.sorted { $0.0 < $1.0 }.map {
            "<tr><td>\(escape($0.0))</td><td>\(escape($0.1))</td><td class=\"date\">\(escape($0.2))</td></tr>"
        }
        return
            "<section><h2>When</h2>\(svg)<table><tr><th>value</th><th>type</th><th>expression</th></tr>\(rows.joined())</table></section>\n"
    }

    /// Days since year 0 (roughly) for YYYY, YYYY-MM, YYYY-MM-DD and YYYY-Www (its Thursday)
    /// values; nil for the rest (quarters, seasons, `PRESENT_REF` …).
    static func dayNumber(_ value: String) -> Double? {
        let parts = value.prefix(10).split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
        var month = 1, day = 1
        if parts.count > 1 {
            if let number = Int(parts[1]) {
                month = number
                day = parts.count > 2 ? Int(parts[2].prefix(2)) ?? 1 : 1
            } else if parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()),
                let thursday = TimelineBucket.thursday(ofWeek: week, in: year)
            {
                (month, day) = thursday
            } else {
                return nil
            }
        }
        return Double(year) * 365.25 + Double(month - 1) * 30.44 + Double(day - 1)
    }

    /// Red for negative, grey for neutral, green for positive.
    static func color(_ score: Double) -> String {
        let s = max(-1, min(1, score))
        if abs(s) < 0.05 { return "#cfcfcf" }
        let strength = Int(80 + 150 * abs(s))
        return s < 0 ? "rgb(\(strength),40,40)" : "rgb(40,\(strength),60)"
    }

    static func cssClass(_ category: String) -> String {
        String(
            category.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static let css = """
        body{font:16px/1.55 Georgia,serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}
        h1{font:bold 1.3em sans-serif}h2{font:bold 1em sans-serif;margin-top:1.6em}.meta,.legend{font:13px sans-serif;color:#555}
        mark.ent{padding:0 .15em;border-radius:3px;background:#e0e0e0}
        mark.per{background:#f3c4f0}mark.loc{background:#b9e6f5}mark.org{background:#c9d3ff}mark.oth{background:#ffe7a3}
        span.quote,dd.quote{font-style:italic;color:#00607a;background:#e3f6f9}
        span.quote.indirect,span.quote.mixed,span.quote.reported,span.quote.freeindirect{font-style:normal;background:none;border-bottom:2px dotted #00607a}
        span.date{border-bottom:3px solid #2e7d32;background:#e6f4e6}
        .strip{display:flex;gap:2px;height:18px}.strip span{flex:1;border-radius:2px}
        table{border-collapse:collapse;font:14px sans-serif}td,th{padding:.2em .6em;text-align:left;border-bottom:1px solid #eee}
        dt{font:bold 14px sans-serif;margin-top:.6em}dd{margin:.2em 0 .2em 1em}
        """
}

import Foundation
