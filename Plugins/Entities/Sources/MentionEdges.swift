import LoupeCore

/// Mention edges cleaned, before every other document-level step, in the analyzer and in `loupe
/// eval entities` alike: never a quotation mark or other punctuation at either end (`" Biden`), no
/// title before a person's name (`Mr Evans` → `Evans`, `Präsident Macron` → `Macron`), and no person
/// that is only a role (`Madam President`, `U.S. President`: the last word a title), no name that opens
/// with a German possessive (`Ihre Partei`), no mention that is only the abbreviation of a common noun
/// (`RFP`, `CEO`, `MBA`, `UKW`: GermEval dev 72.68 → 72.71, UNER dev 74.60 → 74.72, 2026-12-05; CoNLL unchanged)
/// and none that is a day of the week (`Fri`: UNER dev 74.94 → 74.97, every other figure unchanged), nor ends in one
/// after a preposition (`Senate Democrats on Tuesday`).
///
/// - Complexity: O(tokens of the mentions).
public enum MentionEdges {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// A word as `EntitiesAnalyzer.titles` lists it: lower case, without a final period (`Dr.` → `dr`).
    static func titleKey(_ word: String) -> String {
        var k = word.lowercased()
        if k.hasSuffix(".") { k.removeLast() }
        return k
    }

    /// Forms of address (lower case, without a final period): only a person's name follows one.
    static let formsOfAddress = FormsOfAddress.words

    static func isCapitalised(_ word: String) -> Bool { word.first?.isUppercase == true }

    /// Days of the week and their abbreviations, as written (not `Sat`, `Sun`: a test, a newspaper).
    static let weekdays: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thur", "Thurs", "Fri", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
        "Sonntag",
    ]

    /// Abbreviations of common nouns, as written: offices, degrees, documents, measures (not currencies, which
    /// GermEval marks as other names, nor `SVP`, a Swiss party, or `CPI`, a brand).
    static let commonAbbreviations: Set<String> = [
        "CEO", "CFO", "COO", "CTO", "CIO", "EVP", "VP", "RFP", "RFQ", "FYI", "ASAP", "FAQ", "PDF", "ETA", "ROI", "KPI",
        "TBD", "DIY", "GPS", "SMS", "URL", "HTML", "USB", "DVD", "ATM", "GDP", "VAT", "IPO", "MBA", "PhD", "BSc",
        "MSc", "BIP", "UKW", "PKW", "LKW", "Pkw", "Lkw", "GmbH", "AG",
    ]

    static let germanPossessives: Set<String> = [
        "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen", "deinem", "deiner",
        "deines", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer",
        "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "euer", "eure", "euren", "eurem",
        "eurer", "eures",
    ]

    /// `text(i)`: token i's text. A token without a letter or digit is a mark; a name may end in `!`
    /// (`Yahoo!`, `Jeopardy!`).
    public static func apply(_ entities: [Entity], text: (Int) -> String) -> [Entity] {
        func key(_ i: Int) -> String { titleKey(text(i)) }
        func isMark(_ i: Int) -> Bool { !text(i).contains { $0.isLetter || $0.isNumber } }
        return entities.compactMap { entity in
            var lo = entity.tokens.lowerBound, hi = entity.tokens.upperBound
            while hi > lo, isMark(hi - 1), text(hi - 1) != "!" { hi -= 1 }
            var label = entity.label
            repeat {
                while lo < hi, isMark(lo) { lo += 1 }
                // a form of address opens a person's name, whatever the tagger called it (`Mrs Flick Drummond`)
                if label != .per, hi - lo > 1, formsOfAddress.contains(key(lo)), isCapitalised(text(lo + 1)) {
                    label = .per
                }
                // (`Mrs .`: the title's period a token of its own)
                guard label == .per, hi - lo > 1, EntitiesAnalyzer.titles.contains(key(lo)) else { break }
                lo += 1
            } while true
            if label == .per, hi > lo, EntitiesAnalyzer.titles.contains(key(hi - 1)) { return nil }
            // `Ihre Partei`, `Seine Regierung`: a German possessive opens a description, not a name (titles of
            // works, OTH, may open with one: `Unsere 50er Jahre`)
            if label != .oth, hi > lo, germanPossessives.contains(key(lo)) { return nil }
            // a day of the week after a preposition is a time adverbial the tagger ran into, no part of the name
            // (`Senate Democrats on Tuesday`, `die Grünen am Montag`)
            if hi - lo > 2, weekdays.contains(text(hi - 1)), ["on", "am", "at"].contains(key(hi - 2)) { hi -= 2 }
            // an abbreviation of a common noun is no name (`the RFP`, `in CHF`, `ein MBA`)
            if hi - lo == 1, commonAbbreviations.contains(text(lo)) || weekdays.contains(text(lo)) { return nil }
            return hi > lo ? (lo..<hi, label) : nil
        }
    }
}
