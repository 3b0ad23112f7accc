import LoupeCore

/// TimeML export: the document's text with each expression wrapped in a TIMEX3 element
/// (`<TIMEX3 tid="t1" type="DATE" value="2024-06-18">am Dienstag</TIMEX3>`), inside a `TimeML`
/// root with the reference time as document creation time (DCT).
public enum TimeML {
    /// TimeML inline XML for a document and its `dates` layer.
    public static func export(document: Document, layer: DatesLayer) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n"
        if let ref = document.reference {
            out +=
                "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(ref.dateString)\" functionInDocument=\"CREATION_TIME\">\(ref.dateString)</TIMEX3></DCT>\n"
        }
        out += "<TEXT>"
        var position = 0
        var tid = 1
        for e in layer.expressions.sorted(by: { $0.span < $1.span }) where e.span.start >= position {
            out += escape(document.string(for: Span(position, e.span.start)))
            var attributes = "tid=\"t\(tid)\" type=\"\(e.type.rawValue)\" value=\"\(escape(e.value))\""
            if let mod = e.mod { attributes += " mod=\"\(mod)\"" }
            if let quant = e.quant { attributes += " quant=\"\(quant)\"" }
            if let freq = e.freq { attributes += " freq=\"\(freq)\"" }
            if let range = e.range {
                attributes += " beginPoint=\"\(escape(range.begin))\" endPoint=\"\(escape(range.end))\""
            }
            out += "<TIMEX3 \(attributes)>\(escape(document.string(for: e.span)))</TIMEX3>"
            position = e.span.end
            tid += 1
        }
        out += escape(document.string(for: Span(position, document.utf8.count)))
        out += "</TEXT>\n</TimeML>\n"
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
