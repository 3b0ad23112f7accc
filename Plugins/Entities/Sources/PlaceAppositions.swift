import LoupeCore

/// A name that the text itself calls a place is a place: an apposition after it (`Nahalal, a village
/// in northern Israel`, `Kabul, the capital of Afghanistan`, `Nahalal, ein Dorf im Norden Israels`) or
/// a place noun before it (`the village of Nahalal`, `the town of Sderot`, `das Dorf Nahalal`, `die
/// Stadt Sderot`). The tagger sees an unknown name and may call it a person or another name (issue 15:
/// `Nahalal` PER); the words around it settle the type, as they do for a reader. A mention with such a
/// description becomes LOC, and so does every mention of the same name the tagger took for a person
/// (`Why is the city called Miramar? … Miramar was founded in 1888`; `towns named`, `eine Stadt
/// namens`: 2026-12-05, UNER dev 73.46 → 73.98; eng.testa, deu.testa, GermEval dev unchanged). In
/// English a person never stands right after `in`: such a mention is a place (`in Keene`; UNER dev
/// 74.50 → 74.60, every other figure unchanged). The rule finds no new names.
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
        var described: Set<[UInt64]> = []
        let relabelled: [Entity] = entities.map { entity in
            // English `in Keene`: no person stands right after `in` (`in Smith's view` has its possessive; German
            // does put one there: `in Hitler einen Verbündeten sehen`)
            if english, entity.label == .per, entity.tokens.lowerBound > 0,
                inKeys.contains(key(entity.tokens.lowerBound - 1)),
                entity.tokens.upperBound >= tokenCount || !possessives.contains(key(entity.tokens.upperBound))
            {
                return (entity.tokens, .loc)
            }
            guard entity.label != .loc,
                describedAsPlace(
                    entity.tokens, english: english, articles: articles, nouns: nouns, tokenCount: tokenCount,
                    key: key, text: text)
            else { return entity }
            if entity.label == .per { described.insert(entity.tokens.map(key)) }
            return (entity.tokens, .loc)
        }
        // The description is the reader's evidence for every mention the tagger took for a person
        // (`the city called Miramar … Miramar was founded in 1888`).
        guard !described.isEmpty else { return relabelled }
        return relabelled.map { entity in
            entity.label == .per && described.contains(entity.tokens.map(key)) ? (entity.tokens, .loc) : entity
        }
    }

    static func describedAsPlace(
        _ tokens: Range<Int>, english: Bool, articles: Set<UInt64>, nouns: Set<UInt64>, tokenCount: Int,
        key: (Int) -> UInt64, text: (Int) -> String
    ) -> Bool {
        let end = tokens.upperBound
        // after it: `, a (small) village`, `, the capital`
        if end + 2 < tokenCount, key(end) == DocumentRules.comma, articles.contains(key(end + 1)) {
            var k = end + 2
            if !nouns.contains(key(k)), k + 1 < tokenCount, isAdjective(text(k), language: english ? .english : .german)
            {
                k += 1
            }
            // (English writes compounds apart: `a city councillor`, `a village elder` are people)
            if nouns.contains(key(k)), !english || k + 1 >= tokenCount || englishFollowers.contains(key(k + 1)) {
                return true
            }
        }
        // before it: `the village of`, `das Dorf`; `a town called`, `towns named`, `eine Stadt namens`
        var k = tokens.lowerBound - 1
        guard k >= 1 else { return false }
        if english ? naming.contains(key(k)) : key(k) == namens {
            return nouns.contains(key(k - 1)) || english && pluralNouns.contains(key(k - 1))
        }
        if english {
            guard key(k) == of else { return false }
            k -= 1
        }
        return k >= 1 && nouns.contains(key(k)) && articles.contains(key(k - 1))
    }

    /// An adjective between the article and the noun (`a small village`, `eine kleine Stadt`): a lower-case
    /// word, in German with an adjective's ending.
    static func isAdjective(_ word: String, language: Language) -> Bool {
        guard word.count >= 3, word.first?.isLowercase == true, word.allSatisfy(\.isLetter) else { return false }
        return language == .english || ["e", "en", "er", "es"].contains { word.hasSuffix($0) }
    }

    static let of = DocumentRules.key("of")
    static let naming = DocumentRules.keys(["called", "named"])
    static let inKeys = DocumentRules.keys(["in", "In"])
    static let possessives = DocumentRules.keys(["'s", "’s", "'", "’"])
    static let namens = DocumentRules.key("namens")
    static let englishArticles = DocumentRules.keys(["a", "an", "the", "A", "An", "The"])
    /// What may follow an English place noun that ends its phrase: punctuation, a preposition, a relative.
    static let englishFollowers = DocumentRules.keys([
        ",", ".", ";", ":", ")", "in", "of", "near", "on", "outside", "north", "south", "east", "west", "that",
        "which", "where", "with", "about", "around", "at", "close", "just", "along", "by", "and", "some",
    ])
    static let pluralNouns = DocumentRules.keys([
        "villages", "towns", "cities", "hamlets", "suburbs", "districts", "provinces", "regions", "islands",
        "ports", "municipalities", "counties", "settlements", "townships", "places",
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
