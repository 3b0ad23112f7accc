import LoupeCore

/// American places are written with their state: `Baltimore, MD 21202`, `Lawrence, KS`, `Chillicothe,
/// OH`. In English, a postal state code after a comma and a capitalised word is a place, and so is the
/// word before it when the tagger left it alone or took it for a one-word person (`Lawrence`); a name of
/// two words or more before it is a person with a degree (`Harry Preuss, MD`), which stays as it is.
///
/// Chosen 2026-12-05 on UNER dev (web text; 74.14 → 74.50: five places, all right); CoNLL and GermEval unchanged.
///
/// - Complexity: O(tokens).
public enum StateCodes {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `key(i)`: token i's `TokenKey` (as written); `capitalised(i)`: it starts with
    /// a capital. Returns the entities sorted by start.
    public static func apply(
        _ entities: [Entity], language: Language, tokenCount: Int, key: (Int) -> UInt64, capitalised: (Int) -> Bool
    ) -> [Entity] {
        guard language == .english, tokenCount >= 3 else { return entities }
        let mentionAt = DocumentRules.owners(of: entities, tokenCount: tokenCount)
        var out = entities
        var added: [Entity] = []
        for i in 2..<tokenCount where codes.contains(key(i)) && key(i - 1) == DocumentRules.comma && capitalised(i - 2)
        {
            guard mentionAt[i] < 0 else { continue }
            let before = mentionAt[i - 2]
            if before >= 0 {
                let mention = entities[before]
                guard mention.tokens.upperBound == i - 1 else { continue }
                if mention.label == .per {
                    guard mention.tokens.count == 1 else { continue }  // `Harry Preuss, MD`
                    out[before] = (mention.tokens, .loc)
                } else if mention.label != .loc {
                    continue
                }
            } else {
                // (one word: `San Mateo, CA` untagged would lose `San`)
                guard i < 3 || !capitalised(i - 3) else { continue }
                added.append((i - 2..<i - 1, .loc))
            }
            added.append((i..<i + 1, .loc))
        }
        guard !added.isEmpty else { return out }
        return (out + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The postal codes of the U.S. states and the District of Columbia.
    static let codes = DocumentRules.keys(
        [
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
            "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
        ] + abbreviations + abbreviations.map { $0 + "." })
    /// The states as news agencies abbreviate them (`Boston, Mass.`), without `Miss.` (a title).
    static let abbreviations = [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ill", "Kan", "Ky", "Md", "Mass", "Mich", "Minn",
        "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D",
        "Tenn",
        "Tex", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
    ]
}
