import LoupeCore

/// Firms are named by their founders joined with an ampersand (`Douglas & Lomason Co`, `Schroder
/// Wertheim & Co`, `Procter & Gamble`, `Marks & Spencer`): the tagger sees two surnames and makes two
/// people or two halves. Capitalised words on both sides of a lone `&`, one of them tagged, are one
/// organisation, with a legal form after it (`Co`, `Inc`, `Ltd` …); places on both sides are one place
/// (`Trinidad & Tobago`). At most three words a side.
///
/// - Complexity: O(tokens).
public enum AmpersandNames {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `text(i)`: token i's text. Returns the entities sorted by start.
    public static func apply(
        _ entities: [Entity], tokenCount: Int, key: (Int) -> UInt64, text: (Int) -> String
    ) -> [Entity] {
        // (the ampersands in or next to a mention, in text order: only these can join one; found by key, which
        // the analyzer has for every token, not by text)
        var found: [Int] = []
        for entity in entities {
            for i in (entity.tokens.lowerBound - 1)...entity.tokens.upperBound
            where i >= 1 && i + 1 < tokenCount && key(i) == ampersand {
                found.append(i)
            }
        }
        guard !found.isEmpty else { return entities }
        let ampersands = Array(Set(found)).sorted()
        func isWord(_ i: Int) -> Bool {
            guard i >= 0, i < tokenCount, let first = text(i).first else { return false }
            return first.isUppercase && text(i).contains { $0.isLetter }
        }
        let owner = DocumentRules.owners(of: entities, tokenCount: tokenCount)
        var names: [(tokens: Range<Int>, label: NERLabel)] = []
        for a in ampersands where isWord(a - 1) && isWord(a + 1) {
            // (the tagger joined the names itself: its span stands, an organisation unless a place)
            if owner[a - 1] >= 0, owner[a - 1] == owner[a + 1] {
                let mention = entities[owner[a - 1]]
                if names.last.map({ !$0.tokens.overlaps(mention.tokens) }) ?? true {
                    names.append((mention.tokens, mention.label == .loc ? .loc : .org))
                }
                continue
            }
            var start = a - 1
            while start > 0, a - start < 3, isWord(start - 1), !(start - 1 > 0 && text(start - 2) == "&") {
                start -= 1
            }
            // (a sentence's first word before the name: only a mention's own words on the left)
            if owner[a - 1] >= 0 { start = max(start, entities[owner[a - 1]].tokens.lowerBound) }
            var end = a + 2
            while end < tokenCount, end - a <= 3, isWord(end), !OrganisationCues.isLegalForm(text(end)) { end += 1 }
            if end < tokenCount, OrganisationCues.isLegalForm(text(end)) { end += 1 }
            if let last = names.last, last.tokens.overlaps(start..<end) { continue }
            // (places on both sides are one country or region: `Trinidad & Tobago`, `Bosnia & Herzegovina`)
            let sides = [owner[a - 1], owner[a + 1]].filter { $0 >= 0 }.map { entities[$0].label }
            names.append((start..<end, sides.allSatisfy { $0 == .loc } ? .loc : .org))
        }
        guard !names.isEmpty else { return entities }
        let kept = entities.filter { entity in !names.contains { $0.tokens.overlaps(entity.tokens) } }
        return (kept + names).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    static let ampersand = DocumentRules.key("&")
}
