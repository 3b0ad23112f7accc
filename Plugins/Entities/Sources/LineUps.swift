import LoupeCore

/// Sports pages print a team's line-up and its scorers as lines of surnames between dashes and
/// commas, with the minute of a substitution or goal in brackets: `Dresden : Müller - Sobiech ,
/// Hayer - Klopp ( 76. Ruof ) , Wagner .`, `Tore : 1:0 Herzberger ( 40. )`. The tagger, reading
/// running text, finds some of the names, takes others for places and runs neighbours together
/// (`Hayer - Klopp`). A line made only of capitalised words, these separators, minutes and scores,
/// after an optional lead before a colon (the team, `Tore`), with at least four names and either a
/// minute in brackets or people for at least half the tagger's mentions in it, is a line-up: each
/// run of capitalised words (one to three) is a person; the lead keeps what the tagger found.
///
/// Chosen 2026-12-04 on the tuning half of CoNLL deu.testa (60.02 → 64.54, no new error); never
/// read: its check half 64.12 → 67.35 (whole 62.43 → 66.19). GermEval dev unchanged. German only:
/// on English it gave eng.testa tune 82.06 → 82.29 but check 77.91 → 77.86, and English figures
/// are not to fall.
///
/// - Complexity: O(tokens) over the lines with two mentions or more (a line of prose fails at its
///   first word in lower case).
public enum LineUps {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `text(i)`: token i's text; `sentences`: the token ranges of the
    /// lines. German only. Returns the entities sorted by start.
    public static func apply(
        _ entities: [Entity], language: Language, text: (Int) -> String, sentences: [Range<Int>]
    ) -> [Entity] {
        guard language == .german else { return entities }
        var out: [Entity] = []
        out.reserveCapacity(entities.count)
        var next = 0
        for sentence in sentences {
            let first = next
            while next < entities.count, entities[next].tokens.lowerBound < sentence.upperBound { next += 1 }
            let inLine = entities[first..<next]
            guard inLine.count >= 2, sentence.count >= 8, let runs = names(sentence, text: text) else {
                out += inLine
                continue
            }
            let people = inLine.filter { $0.label == .per }.count
            guard runs.minute || people * 2 >= inLine.count else {
                out += inLine
                continue
            }
            out += inLine.filter { $0.tokens.upperBound <= runs.lead }
            out += runs.names.map { ($0, NERLabel.per) }
        }
        out += entities[next...]
        return out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The runs of names of a line-up line after its lead, or nil if the line is none.
    static func names(_ line: Range<Int>, text: (Int) -> String) -> (lead: Int, names: [Range<Int>], minute: Bool)? {
        var lead = line.lowerBound
        if let colon = (line.lowerBound + 1..<min(line.upperBound, line.lowerBound + 4)).first(where: {
            text($0) == ":"
        }) {
            lead = colon + 1
        }
        var names: [Range<Int>] = []
        var minute = false
        var start: Int?
        var i = lead
        while i < line.upperBound {
            let word = text(i)
            if word.first?.isUppercase == true, !word.hasSuffix(".") {
                if start == nil { start = i }
                i += 1
                continue
            }
            if let s = start {
                guard i - s <= 3 else { return nil }
                names.append(s..<i)
                start = nil
            }
            if separators.contains(word) {
            } else if isMinute(word) || (i + 1 < line.upperBound && text(i + 1) == "." && isMinute(word + ".")) {
                // (`76` `.` where the tokenizer splits off the period)
                if i > line.lowerBound, text(i - 1) == "(" { minute = true }
            } else if !isScore(word) {
                return nil
            }
            i += 1
        }
        if let s = start {
            guard i - s <= 3 else { return nil }
            names.append(s..<i)
        }
        return names.count >= 4 ? (lead, names, minute) : nil
    }

    static let separators: Set<String> = ["-", "–", ",", ";", "/", "(", ")", ".", ":"]

    /// `76.`: a minute.
    static func isMinute(_ word: String) -> Bool {
        return word.count >= 2 && word.count <= 4 && word.hasSuffix(".")
            && word.dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `1:0`: a score.
    static func isScore(_ word: String) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 2
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
