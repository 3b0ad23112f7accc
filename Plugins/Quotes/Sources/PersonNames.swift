import LoupeCore

/// Person names seen in a document, for resolving pronouns and roles ("er", "der Sprecher")
/// to the nearest name before them.
///
/// With an `entities` layer on the document its PER mentions are the names; without it, a
/// heuristic looks back from the mention (`heuristicName`): runs of two or more capitalised
/// words outside quotes that are neither function words nor role nouns nor nouns by their
/// ending. (German capitalises every noun, so capitalisation alone would take "Fernen Osten"
/// for a person.) Speakers found through cue syntax are added as they are found. A later
/// surname alone maps to the full name.
struct PersonNames {
    struct Name {
        var span: Span
        var text: String
    }

    /// Names sorted by position: from the entities layer or the heuristic, then the speakers
    /// found as attribution proceeds (in text order, kept apart so adding stays O(1)).
    private var known: [Name] = []
    private var speakers: [Name] = []
    /// By last word: each earlier mention's end and the longest name ending with that word so far.
    private var bySurname: [Substring: [(end: Int, longest: String)]] = [:]

    init(_ names: [Name] = []) {
        known = names.sorted { $0.span < $1.span }
        for name in known { index(name) }
    }

    /// What the `entities` layer (any layer of labelled spans under that name) says, read once: its
    /// people (PER spans), its organisations (ORG spans: a speaker's name inside one is that
    /// organisation's, `the Association of British Insurers`) and the texts of everything it labels
    /// other than a person (`Federal Reserve`: a pronoun for one person never refers to it). Nil
    /// without that layer.
    static func fromEntities(_ document: Document, lexicons: QuoteLexicons) -> (
        people: PersonNames, organisations: [Name], nonPersons: Set<String>
    )? {
        guard let items = (document.layer(named: "entities") as? any LabeledSpans)?.labeledItems else { return nil }
        var people: [Name] = [], organisations: [Name] = [], nonPersons = Set<String>()
        for item in items where !item.span.isEmpty && item.span.end <= document.utf8.count {
            var name = Name(span: item.span, text: document.string(for: item.span))
            if item.label == "PER" {
                // a person's name and where they come from, taken as one by the tagger (`Dan Ives of Wedbush`,
                // `Rand Paul of Kentucky`): the name (not `Catherine of Aragon`, one word before `of`)
                if let of = name.text.range(of: " of "), name.text[..<of.lowerBound].contains(" "),
                    name.text[of.upperBound...].first?.isUppercase == true
                {
                    let kept = String(name.text[..<of.lowerBound])
                    name = Name(span: Span(item.span.start, item.span.start + kept.utf8.count), text: kept)
                }
                // a role the tagger took in is no part of the name: the words up to the last role before the
                // name's last word (`District Attorney Ismael Ozanne`, `Cllr Steve Hart`)
                let parts = name.text.split(separator: " ")
                if let role = parts.dropLast().lastIndex(where: { lexicons.isRole($0.lowercased()) }) {
                    let rest = String(name.text[parts[role + 1].startIndex...])
                    name = Name(span: Span(name.span.end - rest.utf8.count, name.span.end), text: rest)
                }
                people.append(name)
            } else {
                nonPersons.insert(name.text)
                if item.label == "ORG" { organisations.append(name) }
            }
        }
        return (PersonNames(people), organisations, nonPersons)
    }

    /// The nearest name before a byte offset by the capitalisation heuristic, looking back at
    /// most `window` tokens and skipping quotes. Run only where a pronoun or role needs it.
    static func heuristicName(
        before byte: Int, words: WordReader, inQuote: [Bool], window: Int = 400,
        accept: (Range<Int>) -> Bool = { _ in true }
    ) -> (text: String, end: Int)? {
        let tokens = words.tokens
        var k = words.document.tokenIndex(atOrAfter: byte) - 1
        let floor = max(0, k - window)
        while k >= floor {
            if tokens[k].kind == .word, !inQuote[k], words.isNameWord(k) {
                var first = k
                // (never across a paragraph: a headline's last word and the text's first are no name)
                while first > floor, !tokens[first].paragraphBefore, tokens[first - 1].kind == .word,
                    !inQuote[first - 1],
                    words.isNameWord(first - 1)
                {
                    first -= 1
                }
                if k > first, accept(first..<(k + 1)) {
                    let span = Span(tokens[first].span.start, tokens[k].span.end)
                    return (words.document.string(for: span), span.end)
                }
                k = first
            }
            k -= 1
        }
        return nil
    }

    /// Adds a speaker's name. - Complexity: O(1) amortized when added in text order.
    mutating func add(_ span: Span, text: String) {
        if let last = speakers.last, last.span == span { return }
        let name = Name(span: span, text: text)
        if let last = speakers.last, last.span.start > span.start {
            speakers.insert(name, at: speakers.firstIndex { $0.span.start > span.start } ?? speakers.count)
        } else {
            speakers.append(name)
        }
        index(name)
    }

    private mutating func index(_ name: Name) {
        guard let last = NameForm.lastWord(name.text) else { return }
        if let final = bySurname[last]?.last, final.end <= name.span.end {
            bySurname[last]!.append((name.span.end, name.text.count > final.longest.count ? name.text : final.longest))
            return
        }
        var entries = bySurname[last, default: []]
        let position = entries.lastIndex { $0.end <= name.span.end }.map { $0 + 1 } ?? 0
        let before = position > 0 ? entries[position - 1].longest : ""
        entries.insert((name.span.end, name.text.count > before.count ? name.text : before), at: position)
        // Entries after an out-of-order insertion take the longer name too.
        for k in (position + 1)..<entries.count where entries[k].longest.count < entries[position].longest.count {
            entries[k].longest = entries[position].longest
        }
        bySurname[last] = entries
    }

    /// The name overlapping a span, if any. - Complexity: O(log n).
    func name(overlapping span: Span) -> Name? {
        for list in [known, speakers] {
            var k = Self.firstEnding(after: span.start, in: list)
            while k < list.count, list[k].span.start < span.end {
                if list[k].span.overlaps(span) { return list[k] }
                k += 1
            }
        }
        return nil
    }

    /// Whether a name, or the surname alone, is a person's the entities layer (or heuristic) named, not only a
    /// speaker's mention taken for a name (`Stadt` in `Die Stadt bestätigte`).
    func namesPerson(_ text: String) -> Bool {
        known.contains { $0.text == text || NameForm.lastWord($0.text) == Substring(text) }
    }

    /// The nearest name ending before a byte offset, as its fullest form seen so far
    /// ("Putin" after "Wladimir Putin" is "Wladimir Putin"). - Complexity: O(log n).
    func nearest(before byte: Int) -> (text: String, end: Int)? {
        let candidates = [known, speakers].compactMap { list -> Name? in
            let k = Self.firstEnding(after: byte, in: list)
            return k > 0 ? list[k - 1] : nil
        }
        guard let best = candidates.max(by: { $0.span.end < $1.span.end }) else { return nil }
        return (fullest(best.text, before: byte), best.span.end)
    }

    /// Up to `count` names ending before a byte offset, the nearest first.
    func recent(before byte: Int, count: Int) -> [Name] {
        var result: [Name] = []
        for list in [known, speakers] {
            let k = Self.firstEnding(after: byte, in: list)
            result += list[max(0, k - count)..<k]
        }
        return Array(result.sorted { $0.span.end > $1.span.end }.prefix(count))
    }

    /// For a surname alone (one word or two), the longest earlier name that ends with it. - Complexity: O(log n).
    func fullest(_ text: String, before byte: Int) -> String {
        let parts = text.split(separator: " ")
        // (a surname of two words too, `Dal Medico` after `Dario Dal Medico`)
        guard parts.count <= 2, let last = parts.last, let entries = bySurname[last] else { return text }
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].end <= byte { low = mid + 1 } else { high = mid }
        }
        guard low > 0, entries[low - 1].longest.count > text.count,
            parts.count == 1 || entries[low - 1].longest.hasSuffix(" " + text)
        else { return text }
        return entries[low - 1].longest
    }

    /// Index of the first name (in span order) whose end lies after `byte`. Names in a list do
    /// not nest, so their ends are ordered like their starts.
    private static func firstEnding(after byte: Int, in list: [Name]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].span.end <= byte { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
