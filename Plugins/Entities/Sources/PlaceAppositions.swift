import LoupeCore

/// A name that the text itself calls a place is a place: an apposition after it (`Nahalal, a village
/// in northern Israel`, `Kabul, the capital of Afghanistan`, `Nahalal, ein Dorf im Norden Israels`) or
/// a place noun before it (`the village of Nahalal`, `the town of Sderot`, `das Dorf Nahalal`, `die
/// Stadt Sderot`). The tagger sees an unknown name and may call it a person or another name (issue 15:
/// `Nahalal` PER); the words around it settle the type, as they do for a reader. A mention with such a
/// description becomes LOC; the rule finds no new names.
///
/// - Complexity: O(mentions).
public enum PlaceAppositions {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `key(i)`: token i's `TokenKey` (as written: the words are compared by key,
    /// since this runs at every mention); `text(i)`: its text. Returns them sorted by start.
    public static func apply(
        _ entities: [Entity], language: Language, tokenCount: Int, key: (Int) -> UInt64, text: (Int) -> String
    ) -> [Entity] {
        let english = language == .english
        let (articles, nouns) = english ? (englishArticles, englishPlaceNouns) : (germanArticles, germanPlaceNouns)
        return entities.map { entity in
            guard entity.label != .loc else { return entity }
            let end = entity.tokens.upperBound
            // after it: `, a (small) village`, `, the capital`
            if end + 2 < tokenCount, key(end) == comma, articles.contains(key(end + 1)) {
                var k = end + 2
                if !nouns.contains(key(k)), k + 1 < tokenCount, isAdjective(text(k), language: language) { k += 1 }
                // (English writes compounds apart: `a city councillor`, `a village elder` are people)
                if nouns.contains(key(k)), !english || k + 1 >= tokenCount || englishFollowers.contains(key(k + 1)) {
                    return (entity.tokens, .loc)
                }
            }
            // before it: `the village of`, `das Dorf`
            var k = entity.tokens.lowerBound - 1
            if english {
                guard k >= 0, key(k) == of else { return entity }
                k -= 1
            }
            if k >= 1, nouns.contains(key(k)), articles.contains(key(k - 1)) { return (entity.tokens, .loc) }
            return entity
        }
    }

    /// An adjective between the article and the noun (`a small village`, `eine kleine Stadt`): a lower-case
    /// word, in German with an adjective's ending.
    static func isAdjective(_ word: String, language: Language) -> Bool {
        guard word.count >= 3, word.first?.isLowercase == true, word.allSatisfy(\.isLetter) else { return false }
        return language == .english || ["e", "en", "er", "es"].contains { word.hasSuffix($0) }
    }

    static let comma = DocumentRules.key(",")
    static let of = DocumentRules.key("of")
    static let englishArticles = DocumentRules.keys(["a", "an", "the", "A", "An", "The"])
    /// What may follow an English place noun that ends its phrase: punctuation, a preposition, a relative.
    static let englishFollowers = DocumentRules.keys([
        ",", ".", ";", ":", ")", "in", "of", "near", "on", "outside", "north", "south", "east", "west", "that",
        "which", "where", "with", "about", "around", "at", "close", "just", "along", "by", "and", "some",
    ])
    static let germanArticles = DocumentRules.keys([
        "ein", "eine", "einem", "einer", "eines", "die", "der", "das", "dem", "den", "des", "Ein", "Eine", "Die",
        "Der", "Das",
    ])
    /// Kinds of settlement and region (singular).
    static let englishPlaceNouns = DocumentRules.keys([
        "village", "town", "city", "hamlet", "suburb", "district", "province", "region", "island", "capital",
        "port", "municipality", "county", "settlement", "township",
    ])
    static let germanPlaceNouns = DocumentRules.keys([
        "Dorf", "Stadt", "Kleinstadt", "Großstadt", "Hauptstadt", "Gemeinde", "Ortschaft", "Vorort", "Ortsteil",
        "Stadtteil", "Bezirk", "Provinz", "Region", "Insel", "Hafenstadt", "Kreisstadt", "Landeshauptstadt",
    ])
}
