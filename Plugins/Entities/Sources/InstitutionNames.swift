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
        // every token's key once: three searches read them
        let keys = (0..<tokenCount).map { key($0) }
        // the names found, without overlaps, and for each token the name covering it (by token, so that a
        // long document's many names and mentions are matched in linear time)
        var names: [Range<Int>] = []
        var places: [Range<Int>] = []
        var nameAt = [Int32](repeating: -1, count: tokenCount)
        func isFree(_ range: Range<Int>) -> Bool { !range.contains { nameAt[$0] >= 0 } }
        func add(_ name: Range<Int>) {
            for t in name { nameAt[t] = Int32(names.count) }
            names.append(name)
        }
        var starts: [Int: NERLabel] = [:]
        for entity in entities { starts[entity.tokens.lowerBound] = entity.label }
        var i = 0
        while i + 2 < tokenCount {
            guard connectors.contains(keys[i + 1]),
                let name = phrase(headAt: i, tokenCount: tokenCount, mentions: starts, text: text)
            else {
                i += 1
                continue
            }
            add(name)
            i = name.upperBound
        }
        for name in namedByTheirAdjectiveOrAcronym(keys: keys, mentions: starts, text: text) where isFree(name) {
            add(name)
        }
        for (seat, isPlace) in seatsOfGovernment(keys: keys, text: text) where isFree(seat) {
            if isPlace { places.append(seat) } else { add(seat) }
        }
        guard !names.isEmpty || !places.isEmpty else { return entities }
        // A mention inside a name gives way to it; one that reaches out of it keeps the name out.
        var out = entities.filter { entity in
            let first = nameAt[entity.tokens.lowerBound]
            return first < 0 || first != nameAt[entity.tokens.upperBound - 1]
        }
        var covered = DocumentRules.coverage(of: out, tokenCount: tokenCount)
        for name in names where !name.contains(where: { covered[$0] }) {
            out.append((name, .org))
            for t in name { covered[t] = true }
        }
        // a seat of government named as a place is found where the tagger left it alone
        for place in places where !place.contains(where: { covered[$0] }) {
            out.append((place, .loc))
        }
        return out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// An institution named by its kind and its town (German): `Universität Hamburg`, `Realschule
    /// Spaichingen`, `Amtsgericht Köln`, `Klinikum Nürnberg`, `TU Berlin`, `Medizinische Hochschule
    /// Hannover`. The tagger tends to see the town alone (LOC) and, at best, the kind as an organisation of
    /// its own; the town right after a head of `seatedHeads` (or after an organisation ending in one) makes
    /// one organisation with it. Capitalised adjectives before the head join (`Technische Universität`);
    /// after an indefinite article the phrase is a description (`eine Schule Berlins`) and stays apart.
    ///
    /// - Complexity: O(mentions).
    public static func withTheirTown(_ entities: [Entity], language: Language, text: (Int) -> String) -> [Entity] {
        guard language == .german, entities.contains(where: { $0.label == .loc }) else { return entities }
        var out: [Entity] = []
        out.reserveCapacity(entities.count)
        for entity in entities {
            let head = entity.tokens.lowerBound - 1
            // (a town in the genitive belongs to a description: `des Obersten Gerichtshofs Kanadas`)
            guard entity.label == .loc, head >= 0, isSeatedHead(text(head)),
                !(entity.tokens.count == 1 && text(entity.tokens.lowerBound).hasSuffix("s"))
            else {
                out.append(entity)
                continue
            }
            var start = head
            if let previous = out.last, previous.tokens.upperBound > head {
                // the head inside another mention: only an organisation that ends on it joins
                guard previous.label == .org, previous.tokens.upperBound == head + 1 else {
                    out.append(entity)
                    continue
                }
                start = previous.tokens.lowerBound
                out.removeLast()
            } else {
                while start > 0, start > head - 2,
                    isCapitalisedAdjective(text(start - 1)) || isCapitalisedInflectedAdjective(text(start - 1))
                {
                    start -= 1
                }
                if start > 0, indefinites.contains(text(start - 1).lowercased()) {
                    out.append(entity)
                    continue
                }
            }
            out.append((start..<entity.tokens.upperBound, .org))
        }
        return out
    }

    /// A kind of institution that takes its town's name after it: `isHead`'s kinds and schools, courts,
    /// hospitals, power stations, clubs, theatres, and the abbreviations of universities. (`verein`, `theater`,
    /// `präsidium`, `bund`: eighteenth session, deu.testa tuning half 68.37 → 68.55, its check half and GermEval
    /// unchanged.)
    static func isSeatedHead(_ word: String) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        if seatedAbbreviations.contains(word) { return true }
        guard word.count >= 4, word.allSatisfy(\.isLetter) else { return false }
        let lower = word.lowercased()
        return seatedHeads.contains { DocumentRules.endsWith(lower, $0) }
    }

    static let seatedHeads: [String] = [
        "amt", "ministerium", "institut", "schule", "universität", "stiftung", "anstalt", "agentur", "akademie",
        "behörde", "museum", "verband", "zentrum", "kammer", "gymnasium", "gericht", "klinikum", "klinik",
        "kraftwerk", "sternwarte", "genossenschaft", "werke", "betriebe", "sparkasse", "bank", "grube", "werft",
        "verein", "theater", "theaters", "präsidium", "bund",
    ]
    static let seatedAbbreviations: Set<String> = ["TU", "FU", "HU", "FH", "Uni", "LMU", "RWTH", "ETH", "HAW"]

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
        } else if end + 1 < tokenCount, ["des", "der"].contains(text(end)), mentions[end + 1] == nil,
            text(end + 1).first?.isUppercase == true,
            end + 2 >= tokenCount || text(end + 2).first?.isUppercase != true
        {
            // the remit's object in the genitive: `zur Aufarbeitung der SED-Diktatur`, `für Sicherheit der Kernenergie`
            end += 2
        }
        // capitalised adjectives before the head: `Bayerisches Staatsministerium`, `Europäischer Gerichtshof`
        var start = head
        while start > 0, start > head - 2, isCapitalisedAdjective(text(start - 1)) { start -= 1 }
        if start > 0, indefinites.contains(text(start - 1).lowercased()) { return nil }
        return start..<end
    }

    /// Institutions named without a remit (2026-12-05, issue 15's `UN-Sicherheitsrat` and `Nationaler
    /// Sicherheitsrat des Weißen Hauses`), after an article or a preposition with one (only there are the
    /// words read, for speed):
    /// - an acronym joined to a council's or body's name: `des UN-Sicherheitsrats`, `die EU-Kommission`,
    ///   `dem UN-Menschenrechtsrat` (not a role: `der SPD-Landrat`, `der UN-Generalsekretär`);
    /// - a capitalised adjective before an institution's head — German capitalises an adjective inside a
    ///   sentence only in a name: `des Nationalen Sicherheitsrates`, `das Statistische Bundesamt`, `im
    ///   Auswärtigen Amt` — and a genitive name after it (`des Weißen Hauses`).
    /// - a kind of organisation with its members, an adjective and a noun in the genitive plural (`des Verbandes
    ///   Deutscher Ingenieure`, `der Organisation Amerikanischer Staaten`): eighteenth session, GermEval dev 73.42
    ///   → 73.45, deu.testa tuning half 68.55 → 68.58, its check half, never read, 69.56 → 69.63. (A head with a
    ///   genitive article and noun, `Bund der Steuerzahler`, was tried too and dropped: `Sozialamt der Stadt`,
    ///   `Bank der Spötter` are descriptions.)
    /// An opening quotation mark may stand between the article and the name.
    /// GermEval marks such compounds as parts (`EU-Kommission` ORGpart, which its outer level reads as O):
    /// GermEval dev and CoNLL deu.testa figures are in docs/entities.md.
    static func namedByTheirAdjectiveOrAcronym(keys: [UInt64], mentions: [Int: NERLabel], text: (Int) -> String)
        -> [Range<Int>]
    {
        let tokenCount = keys.count
        var found: [Range<Int>] = []
        var i = 0
        while i < tokenCount {
            // both follow an article (or a preposition with one): the words are read only there
            guard articleKeys.contains(keys[i]), i + 1 < tokenCount else {
                i += 1
                continue
            }
            // (an opening quotation mark may stand between: `des „Verbandes Norddeutscher Frauenvereine“`)
            let a = i + 2 < tokenCount && OrganisationCues.quotes.contains(text(i + 1)) ? i + 1 : i
            let next = text(a + 1)
            if isAcronymCompound(next) {
                found.append((a + 1)..<(a + 2))
                i = a + 2
                continue
            }
            // a kind of organisation and its members, an adjective and a noun in the genitive plural: `des Verbandes
            // Deutscher Ingenieure`, `der Organisation Amerikanischer Staaten` (a capitalised adjective inside a
            // sentence is a name's)
            if a + 3 < tokenCount, next.first?.isUppercase == true, isGenitivePluralAdjective(text(a + 2)),
                isMembersHead(next), mentions[a + 2] != .per, DocumentRules.isCapitalisedWord(text(a + 3))
            {
                found.append((a + 1)..<(a + 4))
                i = a + 4
                continue
            }
            // a capitalised adjective and a head after it
            guard a + 2 < tokenCount, isCapitalisedInflectedAdjective(next), isHead(text(a + 2).lowercased()),
                text(a + 2).first?.isUppercase == true
            else {
                i += 1
                continue
            }
            var end = a + 3
            // a genitive name: `des Weißen Hauses`, `der Vereinten Nationen`
            if end + 2 < tokenCount, ["des", "der"].contains(text(end)), isCapitalisedInflectedAdjective(text(end + 1)),
                text(end + 2).first?.isUppercase == true, text(end + 2).allSatisfy(\.isLetter)
            {
                end += 3
            }
            found.append((a + 1)..<end)
            i = end
        }
        return found
    }

    /// A kind of organisation whose name may go on with its members (`Verband`, `Bund`, `Organisation`,
    /// `Vereinigung`, `Gesellschaft`, `Verein`).
    static func isMembersHead(_ word: String) -> Bool {
        word.first?.isUppercase == true && word.count >= 4
            && (isHead(word.lowercased()) || OrganisationCues.isGermanCue(word))
    }

    /// A capitalised adjective in the strong genitive plural: `Deutscher`, `Amerikanischer`, `Norddeutscher`.
    static func isGenitivePluralAdjective(_ word: String) -> Bool {
        word.utf8.count >= 6 && word.hasSuffix("er") && word.first?.isUppercase == true
            && word.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// Seats of government that stand for it (issue 15's `Kreml`): `Der Kreml bestätigte`, `das Weiße Haus
    /// widersprach`, `des Kanzleramts` are the institution (ORG); after a preposition of place (`im Kreml`,
    /// `vor dem Weißen Haus`) the building (LOC, `isPlace`). A closed list: the seats German news names.
    static func seatsOfGovernment(keys: [UInt64], text: (Int) -> String) -> [(Range<Int>, isPlace: Bool)] {
        let tokenCount = keys.count
        var found: [(Range<Int>, isPlace: Bool)] = []
        var i = 0
        while i < tokenCount {
            guard let candidates = seatKeys[keys[i]],
                let words = candidates.first(where: { seat in
                    i + seat.count <= tokenCount && seat.indices.allSatisfy { keys[i + $0] == seat[$0] }
                })
            else {
                i += 1
                continue
            }
            var before = i - 1
            if before >= 0, ["dem", "den", "das"].contains(text(before)) { before -= 1 }
            let isPlace = before >= 0 && placePrepositions.contains(text(before).lowercased())
            found.append((i..<(i + words.count), isPlace))
            i += words.count
        }
        return found
    }

    static let seats: [[String]] = [
        ["Kreml"], ["Kremls"], ["Weiße", "Haus"], ["Weißen", "Haus"], ["Weißen", "Hauses"], ["Weißes", "Haus"],
        ["Élysée"], ["Elysée"], ["Élysée-Palast"], ["Élyséepalast"], ["Kanzleramt"], ["Kanzleramts"],
        ["Kanzleramtes"], ["Bundeskanzleramt"], ["Bundeskanzleramts"], ["Pentagon"], ["Pentagons"],
        ["Downing", "Street"],
    ]
    /// The seats' token keys by their first token's key.
    static let seatKeys: [UInt64: [[UInt64]]] = Dictionary(
        grouping: seats.map { $0.map { DocumentRules.key($0) } }, by: { $0[0] })
    static let placePrepositions: Set<String> = ["im", "in", "ins", "am", "vor", "hinter", "neben"]

    /// `UN-Sicherheitsrat`, `EU-Kommission`: two to five capitals, a hyphen, a council's or body's name.
    static func isAcronymCompound(_ word: String) -> Bool {
        guard word.utf8.count >= 7, word.utf8.contains(0x2D), let hyphen = word.firstIndex(of: "-") else {
            return false
        }
        let acronym = word[..<hyphen], rest = word[word.index(after: hyphen)...]
        guard (2...5).contains(acronym.count), acronym.allSatisfy({ $0.isUppercase && $0.isLetter }),
            rest.first?.isUppercase == true, rest.allSatisfy(\.isLetter)
        else { return false }
        let lower = rest.lowercased()
        return bodyHeads.contains { DocumentRules.endsWith(lower, $0) }
    }

    /// Councils and bodies (and their genitives) that an acronym before them names.
    static let bodyHeads: [String] = [
        "sicherheitsrat", "sicherheitsrats", "sicherheitsrates", "menschenrechtsrat", "menschenrechtsrats",
        "ministerrat", "ministerrats", "kommission", "parlament", "parlaments", "gerichtshof", "gerichtshofs",
        "tribunal", "tribunals", "behörde", "agentur", "zentralbank",
    ]

    /// A capitalised word inflected as an adjective after a definite article, which takes the weak endings
    /// `-e`/`-en`: `Nationalen`, `Statistische`, `Auswärtigen`, `Weißen` (not a town's `Ravensburger`).
    static func isCapitalisedInflectedAdjective(_ word: String) -> Bool {
        guard word.utf8.count >= 5, word.utf8.last == 0x65 || word.hasSuffix("en"), word.first?.isUppercase == true,
            word.allSatisfy(\.isLetter)
        else { return false }
        return !isHead(word.lowercased())
    }

    /// Articles and the prepositions joined with one, by key.
    static let articleKeys = DocumentRules.keys([
        "der", "die", "das", "des", "dem", "den", "im", "am", "vom", "beim", "zum", "zur", "Der", "Die", "Das", "Im",
        "Am",
    ])

    /// The keys of `für`, `zur`, `zum`.
    static let connectors = DocumentRules.keys(["für", "zur", "zum"])

    /// A kind of institution, alone or as the head of a compound (`Bundesamt`, `Landesamt`,
    /// `Staatsministerium`, `Bundeszentrale`), in the singular.
    static func isHead(_ lower: String) -> Bool {
        heads.contains { DocumentRules.endsWith(lower, $0) }
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
