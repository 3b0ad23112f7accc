/// German inflection by generated forms: the lexicons list lemmas (`Sanktion`, `loben`,
/// `gefährlich`); the text has `Sanktionen`, `lobten`, `gefährlichen`. Each lemma gets its regular
/// forms added at load time (only where the lexicon has no entry of its own), so lookup stays a
/// single hash probe. Irregular forms (umlaut plurals, strong verbs) are not generated; the
/// compound-head lookup in the scorer covers long nouns (`Angriffskrieg` → `Krieg`).
enum GermanForms {
    enum WordClass: Sendable { case noun, verb, adjective }

    /// A lemma's word class: from a part-of-speech tag when the lexicon has one (Penn NN/VB/JJ,
    /// SentiWS NN/VVINF/ADJX),
    /// else capitalised → noun, `-en`/`-eln`/`-ern` → verb, anything else → adjective.
    static func wordClass(of lemma: String, tag: String? = nil) -> WordClass {
        if let tag {
            if tag.hasPrefix("NN") { return .noun }
            if tag.hasPrefix("VB") || tag.hasPrefix("VV") { return .verb }
            if tag.hasPrefix("JJ") || tag.hasPrefix("RB") || tag.hasPrefix("ADJ") || tag.hasPrefix("ADV") {
                return .adjective
            }
        }
        if lemma.first?.isUppercase == true { return .noun }
        return verbStem(lemma.lowercased()) != nil ? .verb : .adjective
    }

    /// The regular forms of a lemma, without the lemma itself.
    static func forms(of lemma: String, as wordClass: WordClass) -> [String] {
        let word = lemma.lowercased()
        guard word.count >= 3, !word.contains(" ") else { return [] }
        switch wordClass {
        case .noun:
            var forms = ["s", "es", "e", "en", "n", "er", "ern"].map { word + $0 }
            if word.hasSuffix("in") { forms.append(word + "nen") }
            return forms
        case .verb:
            guard let stem = verbStem(word) else { return [] }
            var forms = [
                "e", "st", "t", "et", "est", "te", "test", "ten", "tet", "end", "ende", "enden", "ender", "endes",
            ]
            .map { stem + $0 }
            // Strong verbs umlaut in the 2nd and 3rd person: verstoßen → verstößt, schlagen → schlägt.
            if let umlauted = umlautLastVowel(stem) { forms += [umlauted + "t", umlauted + "st"] }
            // Past participle, and as an adjective: gelobt, gelobte, gelobten …
            let participles =
                inseparablePrefixes.contains { word.hasPrefix($0) } ? [stem + "t"] : ["ge" + stem + "t", stem + "t"]
            for participle in participles {
                forms += [
                    participle, participle + "e", participle + "en", participle + "er", participle + "es",
                    participle + "em",
                ]
            }
            return forms
        case .adjective:
            // Declension, comparative, superlative.
            let base = word.hasSuffix("e") ? String(word.dropLast()) : word
            return [
                "e", "en", "em", "er", "es", "ere", "eren", "erem", "erer", "eres", "ste", "sten", "stem", "ster",
                "stes",
            ]
            .map { base + $0 }
        }
    }

    /// The finite forms among a verb's generated forms (`preise`, `lobst`, `lobten`): the ones
    /// that are neither the infinitive nor a participle (`gelobt`, `lobend`, `verletzte` is both
    /// a past tense and a participle and so is not counted). A capitalised word inside a sentence
    /// is a noun, and a noun is never one of these: `die Preise` is not a form of `preisen`,
    /// while `die Verletzten`, `das Vertrauen` and `Reisende` keep their verb's sense.
    static func finiteForms(of lemma: String) -> Set<String> {
        let word = lemma.lowercased()
        guard word.count >= 3, !word.contains(" "), let stem = verbStem(word) else { return [] }
        var finite = Set(["e", "st", "t", "et", "est", "te", "test", "ten", "tet"].map { stem + $0 })
        if let umlauted = umlautLastVowel(stem) { finite.formUnion([umlauted + "t", umlauted + "st"]) }
        let participles =
            inseparablePrefixes.contains { word.hasPrefix($0) } ? [stem + "t"] : ["ge" + stem + "t", stem + "t"]
        for participle in participles {
            finite.subtract([
                participle, participle + "e", participle + "en", participle + "er", participle + "es",
                participle + "em",
            ])
        }
        finite.remove(word)
        return finite
    }

    /// The stem with its last a, o, u (or au) umlauted, nil when it has none.
    static func umlautLastVowel(_ stem: String) -> String? {
        var characters = Array(stem)
        guard let i = characters.lastIndex(where: { "aou".contains($0) }) else { return nil }
        if i > 0, characters[i] == "u", characters[i - 1] == "a" {
            characters[i - 1] = "ä"
        } else {
            characters[i] = ["a": "ä", "o": "ö", "u": "ü"][characters[i]]!
        }
        return String(characters)
    }

    static let inseparablePrefixes = [
        "be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "über", "unter", "wider", "hinter",
    ]

    /// The stem of a verb infinitive (`loben` → `lob`, `handeln` → `handel`), nil when the word
    /// does not look like one.
    static func verbStem(_ word: String) -> String? {
        guard word.count > 4 else { return nil }
        if word.hasSuffix("eln") || word.hasSuffix("ern") { return String(word.dropLast()) }
        if word.hasSuffix("en") { return String(word.dropLast(2)) }
        return nil
    }
}
