import LoupeCore

/// Web text writes well-known places in lower case (`moving from mexico to california`, `flights
/// to delaware`); the English tagger, which leans on capitals, misses them. In English, a token
/// the tagger left alone whose text, all in lower case, is a country (`ResultTables.countries`) or
/// a U.S. state is a place. Left out: names that are also common words or first names (`turkey`,
/// `china`, `chad`, `jordan`, `georgia` …) and names of fewer than four letters (`us`, `uk`).
///
/// Chosen 2026-12-04 on UNER dev (PER/LOC/ORG: 72.35 → 72.68, the 11 lower-case countries and
/// states in it are all places; in UNER train 15 of 16, in the BTC tweets 4 of 8, all `uk`). Every
/// CoNLL and GermEval figure unchanged (news writes them with capitals).
///
/// - Complexity: O(tokens).
public enum LowercasePlaces {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `lowercase(i)`: token i starts with a lower-case ASCII letter
    /// (tested before its text is made); `text(i)`: its text. Returns the entities sorted by start.
    public static func apply(
        _ entities: [Entity], language: Language, tokenCount: Int, lowercase: (Int) -> Bool,
        text: (Int) -> String
    ) -> [Entity] {
        guard language == .english else { return entities }
        let covered = DocumentRules.coverage(of: entities, tokenCount: tokenCount)
        var found: [Entity] = []
        for i in 0..<tokenCount where !covered[i] && lowercase(i) {
            let word = text(i)
            if word.count >= 4, word == word.lowercased(), places.contains(word) { found.append((i..<i + 1, .loc)) }
        }
        guard !found.isEmpty else { return entities }
        return (entities + found).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// One-word countries and U.S. states, lower-cased, without the ambiguous ones.
    static let places: Set<String> = {
        let states = [
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
            "hawaii", "idaho", "illinois", "iowa", "kansas", "kentucky", "louisiana", "maryland", "massachusetts",
            "michigan", "minnesota", "mississippi", "missouri", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
            "pennsylvania", "tennessee", "texas", "utah", "vermont", "wisconsin", "wyoming",
        ]
        let ambiguous: Set<String> = [
            "island", "turkey", "chad", "jordan", "guinea", "china", "japan", "niger", "georgia", "chile", "togo",
        ]
        return Set(ResultTables.countries.filter { !$0.contains(" ") && !ambiguous.contains($0) } + states)
    }()
}
