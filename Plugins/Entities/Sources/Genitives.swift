import LoupeCore

/// German marks the genitive of a name with `-s` and no apostrophe (`Nadscharows Heimatstadt`,
/// `Dresdens Trainer`, `Bonns Haltung`). The tagger sees a new word and often gives it another
/// label than the name's other mentions, or takes a person's genitive for a place. In a German
/// document, a one-word mention whose text is a name of the document with `-s` (or `-es`) added
/// takes that name's label: the label most of its one-word mentions have, and a person's when it
/// is the surname of a person named in full (`Ljubow Nadscharow … Nadscharows Heimatstadt`).
///
/// Chosen 2026-12-04 on the tuning half of CoNLL deu.testa (59.85 → 60.02); never read: its check
/// half 64.00 → 64.12 (whole 62.29 → 62.43). GermEval dev (one sentence a document) and English
/// unchanged.
///
/// - Complexity: O(mentions).
public enum Genitives {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `text(i)`: token i's text. German only; other languages are returned as they are.
    public static func apply(_ entities: [Entity], language: Language, text: (Int) -> String) -> [Entity] {
        guard language == .german, entities.count >= 2 else { return entities }
        var votes: [String: [NERLabel: Int]] = [:]
        var surnames = Set<String>()
        for entity in entities {
            let last = text(entity.tokens.upperBound - 1)
            if entity.tokens.count == 1 {
                votes[last, default: [:]][entity.label, default: 0] += 1
            } else if entity.label == .per, last.first?.isUppercase == true {
                surnames.insert(last)
            }
        }
        func label(of name: Substring) -> NERLabel? {
            let name = String(name)
            if surnames.contains(name) { return .per }
            guard let counts = votes[name] else { return nil }
            let top = counts.values.max() ?? 0
            let leaders = counts.filter { $0.value == top }
            return leaders.count == 1 ? leaders.first!.key : nil
        }
        return entities.map { entity in
            guard entity.tokens.count == 1 else { return entity }
            let word = text(entity.tokens.lowerBound)
            guard word.count >= 4, word.hasSuffix("s"), word.first?.isUppercase == true else { return entity }
            let stem = word.dropLast()
            let found = label(of: stem) ?? (stem.hasSuffix("e") ? label(of: stem.dropLast()) : nil)
            guard let found, found != entity.label else { return entity }
            return (entity.tokens, found)
        }
    }
}
