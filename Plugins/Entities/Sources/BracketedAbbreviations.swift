import LoupeCore

/// A name followed by its abbreviation in brackets introduces the abbreviation: `der Bund für
/// Umwelt und Naturschutz ( BUND )`, `General Motors ( GM )`, `the African National Congress (
/// ANC )`. The abbreviation names what the name names: it takes the name's label, whatever the
/// tagger called it, and is found where the tagger left it out. An abbreviation is one token of two
/// to eight letters or digits, all capitals but for inner lower-case letters after two capitals
/// (`BAKOM`, `FWG`, `ICOS`, `VfB` not: it opens with one capital).
///
/// A person is left out: `Klaus Töpfer ( CDU )` gives the person's party. Chosen 2026-12-04 on
/// GermEval dev (70.08 → 70.15, ORG 55.2 → 55.6) and the tuning half of deu.testa (64.54 →
/// 64.58); eng.testa tune 82.06 and UNER dev 72.68 unchanged. Never read: deu.testa check 67.35
/// unchanged (whole 66.19 → 66.21), eng.testa check 77.91 → 77.96.
///
/// - Complexity: O(mentions).
public enum BracketedAbbreviations {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `text(i)`: token i's text; `tokenCount`: the document's tokens.
    /// Returns the entities sorted by start.
    public static func apply(_ entities: [Entity], tokenCount: Int, text: (Int) -> String) -> [Entity] {
        var out: [Entity] = []
        out.reserveCapacity(entities.count)
        var k = 0
        var added = false
        while k < entities.count {
            let entity = entities[k]
            out.append(entity)
            k += 1
            let open = entity.tokens.upperBound
            guard entity.tokens.count >= 2, entity.label != .per, open + 2 < tokenCount, text(open) == "(",
                text(open + 2) == ")",
                isAbbreviation(text(open + 1))
            else { continue }
            let inside = open + 1..<open + 2
            if k < entities.count, entities[k].tokens.lowerBound <= inside.lowerBound {
                guard entities[k].tokens == inside else { continue }
                out.append((inside, entity.label))
                k += 1
            } else {
                out.append((inside, entity.label))
                added = true
            }
        }
        return added ? out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } : out
    }

    static func isAbbreviation(_ word: String) -> Bool {
        guard (2...8).contains(word.count) else { return false }
        var capitals = 0
        for (n, c) in word.enumerated() {
            if c.isUppercase {
                capitals += 1
            } else if c.isLowercase {
                if n < 2 || capitals < 2 { return false }
            } else if !c.isNumber && c != "-" && c != "&" {
                return false
            }
        }
        return capitals >= 2
    }
}
