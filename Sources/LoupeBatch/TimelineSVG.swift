/// The timeline of one document's dates in `export html`: one mark per distinct value, earliest
/// left, and labels laid out so that none overlaps another — each goes to the first of four
/// rows (above, below, further above, further below) where it clears the row's last label; a
/// label that fits nowhere is left out, its mark keeping the value as a tooltip.
enum TimelineSVG {
    static let width = 640.0
    static let axis = 48.0
    /// Baselines of the label rows, nearest the axis first.
    static let rows = [34.0, 68.0, 18.0, 84.0]
    /// Width of a label character at 11 px, with room to spare (digits and hyphens are narrower).
    static let characterWidth = 7.0
    static let gap = 6.0

    /// `dated`: (day number, value, expression) of each calendar date, in any order.
    static func svg(_ dated: [(day: Double, value: String, text: String)]) -> String {
        var byValue: [(day: Double, value: String, texts: [String])] = []
        for item in dated.sorted(by: { $0.day != $1.day ? $0.day < $1.day : $0.value < $1.value }) {
            if let last = byValue.last, last.value == item.value {
                if !last.texts.contains(item.text) { byValue[byValue.count - 1].texts.append(item.text) }
            } else {
                byValue.append((item.day, item.value, [item.text]))
            }
        }
        guard let first = byValue.first, let last = byValue.last else { return "" }
        let span = max(1, last.day - first.day)
        var rowEnds = [Double](repeating: -.infinity, count: rows.count)
        var marks = ""
        for item in byValue {
            let x = (20 + (item.day - first.day) / span * (width - 40)).rounded()
            let tooltip = HTMLExport.escape(item.value + ": " + item.texts.joined(separator: ", "))
            marks +=
                "<circle cx=\"\(Int(x))\" cy=\"\(Int(axis))\" r=\"5\" fill=\"#2e7d32\">"
                + "<title>\(tooltip)</title></circle>"
            let half = Double(item.value.count) * characterWidth / 2
            // Kept inside the picture: a label at either end is shifted in, not cut.
            let centre = min(max(x, half), width - half)
            guard let row = rowEnds.firstIndex(where: { $0 + gap <= centre - half }) else { continue }
            rowEnds[row] = centre + half
            marks +=
                "<text x=\"\(Int(centre))\" y=\"\(Int(rows[row]))\" text-anchor=\"middle\" font-size=\"11\">"
                + "\(HTMLExport.escape(item.value))</text>"
        }
        let (w, y) = (Int(width), Int(axis))
        return "<svg width=\"\(w)\" height=\"92\" viewBox=\"0 0 \(w) 92\" role=\"img\" aria-label=\"timeline\">"
            + "<line x1=\"20\" y1=\"\(y)\" x2=\"\(w - 20)\" y2=\"\(y)\" stroke=\"#999\"/>\(marks)</svg>"
    }
}
