import LoupeCore

/// A place (or sponsor) with the word for a contest after it names the contest, an other name
/// (CoNLL's MISC): `the Hong Kong Open`, `the Atlanta Games`, `the BERLIN GRAND PRIX`, `the Davis
/// Cup`, `the PGA Tour`. The tagger finds the place and stops before the capitalised common word; a
/// reader takes the whole as the event. A mention followed by one of these words (capitalised, in
/// any case) grows over it and becomes OTH; so does a mention that already ends in one (`Nortel
/// Open`). A mention right after the word joins too (`U.S. Open Tennis Championships`).
///
/// Days named after a name are holidays, other names too (`Labor Day`, `Australia Day`).
///
/// `Games`, `Tour`, `Series` and `Masters` also end companies' names (`Epic Games`): they make an
/// event only after a place or an other name (and `Tour`, `Series`, `Masters`, `Day` after an
/// organisation: `PGA Tour`, but not after a person: `Doris Day`); the rest after any name, a
/// person's too (`Davis Cup`).
///
/// Chosen 2026-12-04 on the tuning half of CoNLL eng.testa (78.82 → 79.40); its check half, never
/// read: 75.12 → 75.62; UNER dev unchanged. German is left alone: GermEval tags these contests as
/// organisations (69.71 → 69.66 when applied to German, so it is not).
///
/// - Complexity: O(mentions).
public enum EventNames {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `text(i)`: token i's text; `tokenCount`: the document's tokens.
    /// English only: GermEval annotates the contests as organisations (`US Open`, `UEFA Futsal Cup`).
    public static func apply(
        _ entities: [Entity], language: Language, tokenCount: Int, text: (Int) -> String
    ) -> [Entity] {
        guard language == .english else { return entities }
        var out: [Entity] = []
        out.reserveCapacity(entities.count)
        var k = 0
        while k < entities.count {
            var entity = entities[k]
            k += 1
            let r = entity.tokens
            if let length = eventWord(at: r.upperBound, tokenCount: tokenCount, text: text),
                allows(entity.label, text(r.upperBound))
            {
                var end = r.upperBound + length
                // a mention that starts with the word (or right after it) joins
                if k < entities.count, entities[k].tokens.lowerBound >= r.upperBound,
                    entities[k].tokens.lowerBound <= end
                {
                    end = max(end, entities[k].tokens.upperBound)
                    k += 1
                }
                entity = (r.lowerBound..<end, .oth)
            } else if r.count >= 2, entity.label != .oth, entity.label != .per,
                let length = endingEventWord(r, text: text), r.count > length,
                allows(entity.label, text(r.upperBound - length))
            {
                entity.label = .oth
            }
            out.append(entity)
        }
        return storms(out, tokenCount: tokenCount, text: text)
    }

    /// Storms are named like people: `Hurricane Rita`, `Typhoon Haiyan`, `Tropical Storm Alberto`. A mention
    /// after the storm's word (or opening with it) takes the word in and is an other name, and so is every
    /// person's mention of the same name in the document (`Rita made landfall`). English (CoNLL's MISC).
    /// UNER dev 74.72 → 74.83 (three persons fewer, all storms), CoNLL unchanged (2026-12-05).
    static func storms(_ entities: [Entity], tokenCount: Int, text: (Int) -> String) -> [Entity] {
        /// The length of the storm word that starts at token i (`Tropical Storm`: 2).
        func stormWord(at i: Int) -> Int? {
            guard i >= 0, i < tokenCount else { return nil }
            if text(i) == "Tropical", i + 1 < tokenCount, text(i + 1) == "Storm" { return 2 }
            return stormWords.contains(text(i)) ? 1 : nil
        }
        var names: Set<[String]> = []
        var covered: [Bool]? = nil  // made when a storm word is found before a mention
        let found = entities.map { entity -> Entity in
            let r = entity.tokens
            if stormWord(at: r.lowerBound - 1) != nil {
                names.insert(r.map(text))
                let length = stormWord(at: r.lowerBound - 2) == 2 ? 2 : 1
                // (the word joins unless another mention holds it)
                let word = r.lowerBound - length..<r.lowerBound
                if covered == nil { covered = DocumentRules.coverage(of: entities, tokenCount: tokenCount) }
                return (word.contains { covered![$0] } ? r : word.lowerBound..<r.upperBound, .oth)
            }
            if let length = stormWord(at: r.lowerBound), r.count > length {
                names.insert((r.lowerBound + length..<r.upperBound).map(text))
                return (r, .oth)
            }
            return entity
        }
        guard !names.isEmpty else { return found }
        return found.map { entity in
            entity.label == .per && names.contains(entity.tokens.map(text)) ? (entity.tokens, .oth) : entity
        }
    }

    static let stormWords: Set<String> = ["Hurricane", "Typhoon", "Cyclone", "Storm"]

    /// The length (1 or 2) of the event word at token i, if there is one.
    static func eventWord(at i: Int, tokenCount: Int, text: (Int) -> String) -> Int? {
        guard i < tokenCount, text(i).first?.isUppercase == true else { return nil }
        let word = title(text(i))
        if word == "Grand" { return i + 1 < tokenCount && title(text(i + 1)) == "Prix" ? 2 : nil }
        return words.contains(word) ? 1 : nil
    }

    static func endingEventWord(_ r: Range<Int>, text: (Int) -> String) -> Int? {
        let last = title(text(r.upperBound - 1))
        if last == "Prix" { return title(text(r.upperBound - 2)) == "Grand" ? 2 : nil }
        return words.contains(last) && text(r.upperBound - 1).first?.isUppercase == true ? 1 : nil
    }

    /// `OPEN` → `Open`.
    static func title(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst().lowercased() }

    static func allows(_ label: NERLabel, _ word: String) -> Bool {
        switch title(word) {
        case "Games": return label == .loc || label == .oth
        case "Tour", "Series", "Masters", "Day": return label != .per
        default: return true
        }
    }

    /// Words for a contest that end its name.
    static let words: Set<String> = [
        "Open", "Games", "Olympics", "Classic", "Cup", "Championship", "Championships", "Masters", "Trophy",
        "Marathon", "Tour", "Series", "Day",
    ]
}
