import LoupeCore

/// German institutions are named by their kind and their remit: `Bundesamt für Gesundheit`,
/// `Bayerisches Staatsministerium für Unterricht und Kultus`, `Hochschule für Technik und Wirtschaft
/// des Saarlandes`, `Bundeszentrale für politische Bildung`. The words are common nouns, which the
/// tagger rarely takes for a name; the grammar of the phrase says it is one: a head naming a kind of
/// institution (alone or as a compound's head: `Landesamt`, `Staatsministerium`), perhaps capitalised
/// adjectives before it, `für`/`zur`/`zum` and a remit of nouns (and adjectives before them) joined by
/// `und` or commas, perhaps a place in the genitive after it. After an indefinite article the phrase
/// is a description (`ein Zentrum für Flüchtlinge`), and `für` before an article starts no remit
/// (`die Liga für den Verein`). The phrase becomes an ORG and replaces the mentions inside it.
///
/// - Complexity: O(tokens of the phrases).
public enum InstitutionNames {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; returns them sorted by start. `key`: the tokens' `TokenKey`s (as
    /// written), so that only the words before `für`, `zur` and `zum` are read as text.
    public static func apply(
        _ entities: [Entity], language: Language, tokenCount: Int, key: (Int) -> UInt64, text: (Int) -> String
    ) -> [Entity] {
        guard language == .german else { return entities }
        var names: [Range<Int>] = []
        var starts: [Int: NERLabel] = [:]
        for entity in entities { starts[entity.tokens.lowerBound] = entity.label }
        var i = 0
        while i + 2 < tokenCount {
            guard connectors.contains(key(i + 1)),
                let name = phrase(headAt: i, tokenCount: tokenCount, mentions: starts, text: text)
            else {
                i += 1
                continue
            }
            names.append(name)
            i = name.upperBound
        }
        guard !names.isEmpty else { return entities }
        // A mention inside a name gives way to it; one that reaches out of it keeps the name out.
        var out = entities.filter { entity in
            !names.contains { $0.contains(entity.tokens.lowerBound) && $0.contains(entity.tokens.upperBound - 1) }
        }
        for name in names where !out.contains(where: { $0.tokens.overlaps(name) }) {
            out.append((name, .org))
        }
        return out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The institution's name whose head is token `head`, if the words around it make one. The remit
    /// stops before a person (`des Bundesamts für Verfassungsschutz Hans-Georg Maaßen`), and a comma
    /// goes on to no name (`das Bundesamt für Migration, Berlin, teilte mit`): `mentions` are the
    /// labels of the mentions by their first tokens. Token `head + 1` is `für`, `zur` or `zum` (the
    /// caller asked `connectors`).
    static func phrase(headAt head: Int, tokenCount: Int, mentions: [Int: NERLabel], text: (Int) -> String)
        -> Range<Int>?
    {
        let word = text(head)
        guard word.first?.isUppercase == true, isHead(word.lowercased()) else { return nil }
        // the remit: nouns, adjectives before them, `und`, commas in a list; it ends on a noun
        var last: Int?
        var k = head + 2
        while k < tokenCount {
            let w = text(k)
            if w.first?.isUppercase == true, w.first?.isLetter == true {
                if k == head + 2, articles.contains(w.lowercased()) { return nil }
                if mentions[k] == .per { break }
                last = k
            } else if w == "und" || w == "," {
                guard last != nil, k + 1 < tokenCount, text(k + 1).first?.isLetter == true,
                    w == "und" || mentions[k + 1] == nil
                else { break }
            } else if !isAdjective(w) {
                break
            }
            k += 1
        }
        guard let remitEnd = last else { return nil }
        var end = remitEnd + 1
        // a place in the genitive: `des Saarlandes`, `der Stadt Frankfurt` is left out (the city's office)
        if end + 1 < tokenCount, ["des", "der"].contains(text(end)), isPlaceGenitive(text(end + 1)) {
            end += 2
        }
        // capitalised adjectives before the head: `Bayerisches Staatsministerium`, `Europäischer Gerichtshof`
        var start = head
        while start > 0, start > head - 2, isCapitalisedAdjective(text(start - 1)) { start -= 1 }
        if start > 0, indefinites.contains(text(start - 1).lowercased()) { return nil }
        return start..<end
    }

    /// The keys of `für`, `zur`, `zum`.
    static let connectors: Set<UInt64> = Set(["für", "zur", "zum"].map { TokenKey.hash($0, folding: []) })

    /// A kind of institution, alone or as the head of a compound (`Bundesamt`, `Landesamt`,
    /// `Staatsministerium`, `Bundeszentrale`), in the singular.
    static func isHead(_ lower: String) -> Bool {
        heads.contains { lower.hasSuffix($0) }
    }

    static let heads: [String] = [
        "amt", "amts", "amtes", "ministerium", "ministeriums", "institut", "instituts", "institutes", "hochschule",
        "universität", "stiftung", "anstalt", "agentur", "zentrale", "akademie", "kommission", "behörde",
        "gerichtshof", "gerichtshofs", "gerichtshofes", "museum", "museums", "verband", "verbands", "verbandes",
        "vereinigung", "zentrum", "zentrums", "gesellschaft", "kammer", "bund", "bundes", "rat", "rates", "rats",
    ]

    /// A lower-case adjective in a remit: `politische Bildung`, `erneuerbare Energien`.
    static func isAdjective(_ word: String) -> Bool {
        guard word.count >= 4, word.first?.isLowercase == true, word.allSatisfy(\.isLetter) else { return false }
        return ["e", "en", "er", "es", "em"].contains { word.hasSuffix($0) } && !articles.contains(word)
    }

    /// A capitalised adjective of place before the head (`Bayerischen`, `Deutsches`, `Europäischer`).
    static func isCapitalisedAdjective(_ word: String) -> Bool {
        guard word.count >= 5, word.first?.isUppercase == true, word.allSatisfy(\.isLetter) else { return false }
        let lower = word.lowercased()
        return ["sche", "schen", "sches", "scher", "ischem"].contains { lower.hasSuffix($0) }
    }

    /// The genitive of a country or state named by a compound of `Land` or `Reich` (`des Saarlandes`, `des
    /// Freistaats` is no name): `Saarlandes`, `Rheinlands`, `Deutschen Reiches` is two words.
    static func isPlaceGenitive(_ word: String) -> Bool {
        let lower = word.lowercased()
        return word.first?.isUppercase == true && lower.count > 7
            && (lower.hasSuffix("landes") || lower.hasSuffix("lands") || lower.hasSuffix("reiches"))
    }

    static let articles: Set<String> = [
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines", "diese",
        "dieser", "diesen", "diesem", "dieses", "jede", "jeder", "jeden", "jedem", "jedes", "alle", "allen",
        "seine", "seinen", "ihre", "ihren", "unsere", "mehr", "mehrere", "viele", "einige",
    ]

    static let indefinites: Set<String> = [
        "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
        "jede", "jeder", "jeden", "jedem", "jedes", "solche", "solchen", "solches", "manche", "mehrere", "viele",
    ]
}
