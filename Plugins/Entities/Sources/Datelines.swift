import LoupeCore

/// A news dateline names the place a story was filed from: `GAZA, May 13 (Reuters) -`, `BELGRADE
/// 1996-08-30`, `NICE , France 1996-08-30`, `BERLIN, 13. Mai (dpa) -`. The place is written in
/// capitals, which the tagger, trained on running text, reads as a headline word, a person or
/// nothing at all. At the start of a sentence, one to four words in capitals, optionally a comma and
/// the capitalised name of the region or country, then a date (`1996-08-30`, `May 13`, `13. Mai`)
/// or an agency in brackets (`(Reuters)`) make a dateline: the words in capitals are a place, and so
/// is the region after the comma; whatever the tagger found there gives way.
///
/// Chosen 2026-12-04 on the tuning half of CoNLL eng.testa (78.23 → 78.82); its check half, never
/// read: 74.45 → 75.12; deu.testa 60.61 → 60.88 (check 61.98 → 62.27); UNER and GermEval dev
/// unchanged.
///
/// - Complexity: O(tokens + mentions).
public enum Datelines {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `text(i)`: token i's text; `sentences`: the token ranges of the
    /// sentences (or lines). Returns the entities sorted by start.
    public static func apply(_ entities: [Entity], text: (Int) -> String, sentences: [Range<Int>]) -> [Entity] {
        var places: [Range<Int>] = []
        for sentence in sentences { places += datelinePlaces(sentence, text: text) }
        guard !places.isEmpty else { return entities }
        // both sorted by start: one pass drops the mentions a place overlaps
        var kept: [Entity] = []
        kept.reserveCapacity(entities.count)
        var p = 0
        for entity in entities {
            while p < places.count, places[p].upperBound <= entity.tokens.lowerBound { p += 1 }
            if p < places.count, places[p].overlaps(entity.tokens) { continue }
            kept.append(entity)
        }
        return (kept + places.map { ($0, NERLabel.loc) }).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The places of the dateline that opens `sentence` (none if it opens with none).
    static func datelinePlaces(_ sentence: Range<Int>, text: (Int) -> String) -> [Range<Int>] {
        var i = sentence.lowerBound
        while i < sentence.upperBound, i - sentence.lowerBound < 4, isCapitals(text(i)) { i += 1 }
        let place = sentence.lowerBound..<i
        guard !place.isEmpty, i < sentence.upperBound else { return [] }
        var region: Range<Int>?
        if text(i) == "," {
            var j = i + 1
            while j < sentence.upperBound, j - i <= 4, isCapitalised(text(j)), !isDate(at: j, sentence, text: text) {
                j += 1
            }
            if j > i + 1 { region = i + 1..<j }
            i = j
            if i < sentence.upperBound, text(i) == "," { i += 1 }
        }
        guard i < sentence.upperBound, isDate(at: i, sentence, text: text) || isAgency(at: i, sentence, text: text)
        else { return [] }
        return [place] + (region.map { [$0] } ?? [])
    }

    /// A word of at least two letters, all in capitals (`GAZA`, `N'DJAMENA`, `AL-AIN`).
    static func isCapitals(_ word: String) -> Bool {
        var letters = 0
        for c in word {
            if c.isLetter {
                guard c.isUppercase else { return false }
                letters += 1
            } else if !"-'’.".contains(c) {
                return false
            }
        }
        return letters >= 2
    }

    static func isCapitalised(_ word: String) -> Bool { word.first?.isUppercase == true }

    /// `1996-08-30`, `May 13`, `Sept. 4`, `13. Mai`, `13 May`.
    static func isDate(at i: Int, _ sentence: Range<Int>, text: (Int) -> String) -> Bool {
        let word = text(i)
        if isISODate(word) { return true }
        func isMonth(_ k: Int) -> Bool {
            guard k < sentence.upperBound else { return false }
            var w = text(k)
            if w.hasSuffix(".") { w.removeLast() }
            return months.contains(w)
        }
        func isDay(_ k: Int) -> Bool {
            guard k < sentence.upperBound else { return false }
            var w = text(k)
            if w.hasSuffix(".") { w.removeLast() }
            return (1...2).contains(w.count) && w.allSatisfy(\.isASCII) && w.allSatisfy(\.isNumber)
        }
        if isMonth(i) { return isDay(i + 1) || (i + 1 < sentence.upperBound && text(i + 1) == "." && isDay(i + 2)) }
        if isDay(i) { return isMonth(i + 1) || (i + 1 < sentence.upperBound && text(i + 1) == "." && isMonth(i + 2)) }
        return false
    }

    static func isISODate(_ word: String) -> Bool {
        let b = Array(word.utf8)
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return false }
        return b.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ($0.element >= 48 && $0.element <= 57) }
    }

    /// `( Reuters )`: a capitalised word alone in brackets.
    static func isAgency(at i: Int, _ sentence: Range<Int>, text: (Int) -> String) -> Bool {
        i + 2 < sentence.upperBound && text(i) == "(" && isCapitalised(text(i + 1)) && text(i + 2) == ")"
    }

    /// Month names and their abbreviations, English and German.
    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Januar",
        "Februar", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember", "Okt", "Dez",
    ]
}
