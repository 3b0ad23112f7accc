import LoupeCore

/// Who a pronoun can stand for, and what the text tells about a person: `male` (er, ihm, he,
/// Markus, der Sprecher), `female` (sie with a singular verb, ihr, she, Petra, die Ministerin)
/// or `group` (sie with a plural verb, ihnen, they: organisations and groups).
enum Gender: Sendable, Equatable {
    case male, female, group
}

/// Genders learned while attributing one document (by a name's last word), shared by value
/// copies of the finder.
final class GenderMemory {
    var byLastWord: [String: Gender?] = [:]
}

extension QuoteFinder {
    /// What a speaker pronoun refers to; nil for pronouns without a gender (ich, wir, man).
    func pronounGender(_ i: Int) -> Gender? {
        switch words.lower(i) {
        case "er", "ihm", "ihn", "he", "him", "dieser": return .male
        case "ihr", "she", "her": return .female
        // possessives standing for their owner (`Seiner Ansicht nach`)
        case "seiner", "seinen", "seinem", "seines", "his": return .male
        case "ihrer", "ihren", "ihrem", "ihres": return .female
        case "ihnen", "they", "them": return .group
        case "sie": return sieNumber(i)
        default: return nil
        }
    }

    static let singularVerbs: Set<String> = [
        "ist", "hat", "war", "wird", "wurde", "sei", "habe", "hatte", "kann", "will", "soll", "muss", "wollte",
        "sollte",
        "konnte", "musste", "würde", "wäre", "hätte", "so",
    ]
    static let pluralVerbs: Set<String> = [
        "sind", "haben", "waren", "werden", "wurden", "seien", "hatten", "können", "wollen", "sollen", "müssen",
        "wollten", "sollten", "konnten", "mussten", "würden", "wären", "hätten",
    ]

    /// `sie` is singular or plural by the finite verb next to it (`sagte sie`, `sie sagten`,
    /// `hatten sie erklärt`); singular when no verb tells.
    private func sieNumber(_ i: Int) -> Gender {
        for k in [i - 1, i + 1] where k >= 0 && k < tokens.count && tokens[k].kind == .word && !words.isCapitalized(k) {
            let w = words.lower(k)
            if Self.pluralVerbs.contains(w) { return .group }
            if Self.singularVerbs.contains(w) { return .female }
            if words.lexicons.cues[w] != nil { return w.hasSuffix("en") ? .group : .female }
        }
        return .female
    }

    static let femaleRoleWords: Set<String> = [
        "frau", "mrs", "mrs.", "ms", "ms.", "madam", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
        "queen", "princess", "actress", "sister", "mother", "daughter", "wife", "schwester", "mutter", "tochter",
    ]
    static let maleRoleWords: Set<String> = [
        "herr", "mr", "mr.", "spokesman", "chairman", "congressman", "businessman", "king", "prince", "brother",
        "father", "son", "husband", "bruder", "vater", "sohn",
    ]

    /// The gender a role noun gives its bearer: German feminine forms in `-in`
    /// (Ministerin, Sprecherin), masculine role nouns (Minister, Sprecher; not the adjectival
    /// Vorsitzende/Abgeordnete, which follow their article), English gendered words.
    func roleGender(_ i: Int) -> Gender? {
        guard words.isWord(i) else { return nil }
        let w = words.lower(i)
        if Self.femaleRoleWords.contains(w) { return .female }
        if Self.maleRoleWords.contains(w) { return .male }
        guard document.language != .english, words.lexicons.isRole(w) else { return nil }
        if w.hasSuffix("in") || w.hasSuffix("innen") { return .female }
        if w.hasSuffix("e") || w.hasSuffix("en") {
            // adjectival nouns: der Vorsitzende (m), die Vorsitzende (f)
            guard i > 0 else { return nil }
            switch words.lower(i - 1) {
            case "der": return .male
            case "die": return .female
            default: return nil
            }
        }
        return w.hasSuffix(".") ? nil : .male
    }

    /// What the text around the name ending at token `last` says: a role noun before the name
    /// (`Bundesfinanzministerin Petra Albers`, `der Sprecher der Union, Markus Feldmann`) or
    /// right after it (`Markus Feldmann, Sprecher der Union`), or a first name.
    func genderAtMention(endingAt last: Int) -> Gender? {
        var first = last
        while first > 0, words.isNameWord(first - 1) { first -= 1 }
        if first < last, let g = firstNameGender(first) { return g }
        // Before: the role noun and its genitive, then the name.
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 8, !inQuote[k], !tokens[k + 1].paragraphBefore {
            if words.isPunct(k, ",") || words.isDeterminer(k) {
                // part of the phrase
            } else if words.isWord(k), words.isCapitalized(k) {
                if let g = roleGender(k) { return g }  // Ministerin, Herr, Mr., or a genitive noun
            } else {
                break
            }
            k -= 1
            steps += 1
        }
        // After: ", Sprecherin der …"
        var j = last + 1
        if j < tokens.count, words.isPunct(j, ",") {
            j += 1
            var seen = 0
            while j < tokens.count, seen < 3, words.isWord(j) {
                if let g = roleGender(j) { return g }
                j += 1
                seen += 1
            }
        }
        return nil
    }

    func firstNameGender(_ i: Int) -> Gender? {
        var w = words.lower(i)
        if let hyphen = w.firstIndex(of: "-") { w = String(w[..<hyphen]) }  // Hans-Peter
        return words.lexicons.firstNames[w]
    }

    /// A person's gender by name, seen at or before token `before`: its first name, what was
    /// learned about the name before (earlier mentions, pronouns resolved to it), else the
    /// nearest earlier mention of its last word with a first name or role next to it.
    func gender(ofName text: String, before: Int) -> Gender? {
        let parts = text.split(separator: " ")
        guard let lastWord = parts.last.map(String.init) else { return nil }
        if let g = firstNameGender(parts) { return g }
        // a German plural of persons named by a participle or a feminine plural (`die Studierenden`, `die
        // Anwohnerinnen`): a group, which `er` does not take up
        if parts.count == 1, document.language == .german, lastWord.hasSuffix("enden") || lastWord.hasSuffix("innen") {
            return .group
        }
        if let known = genders.byLastWord[lastWord] { return known }
        let target = Array(lastWord.utf8)
        var found: Gender?
        var k = min(before, tokens.count - 1)
        let floor = max(0, k - 3000)
        while k >= floor {
            let span = tokens[k].span
            if span.length == target.count, tokens[k].kind == .word,
                document.utf8[span.start..<span.end].elementsEqual(target),
                let g = genderAtMention(endingAt: k)
            {
                found = g
                break
            }
            k -= 1
        }
        genders.byLastWord[lastWord] = .some(found)
        return found
    }

    /// The gender the first of a name's two or more words gives, if the lexicon knows it as a first name
    /// (`Anna-Lena Roth`: `anna`).
    func firstNameGender(_ parts: [Substring]) -> Gender? {
        guard parts.count >= 2 else { return nil }
        var first = parts[0].lowercased()
        if let hyphen = first.firstIndex(of: "-") { first = String(first[..<hyphen]) }
        return words.lexicons.firstNames[first]
    }

    /// Whether a person named `text` is of gender `want` by a first name the lexicon knows (`Margaret Ellison`;
    /// not `North Carolina`, whose last word is also a first name).
    func isPersonGender(_ text: String, _ want: Gender) -> Bool {
        guard want == .male || want == .female, !isOrganisation(text) else { return false }
        return firstNameGender(text.split(separator: " ")) == want
    }

    /// Whether a person named `text` (ending at byte `end`) can be what a pronoun refers to.
    func compatible(_ text: String, end: Int, with want: Gender) -> Bool {
        if want != .group, isOrganisation(text) { return false }
        let before = max(0, document.tokenIndex(atOrAfter: end) - 1)
        guard let g = gender(ofName: text, before: before) else { return true }
        return g == want
    }

    /// Names of organisations, media, places and documents, which `he`/`she`/`er`/`sie` (one
    /// person) never refer to: an acronym (`GOP`, `NBC`) or a last word that names an institution
    /// (`New York Times`, `Cook Political Report`, `Middle East`, `Bundesministerium`).
    static func isOrganisationName(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard let last = parts.last else { return false }
        if parts.count == 1, last.count >= 2, last.allSatisfy({ $0.isUppercase }) { return true }
        let lower = last.lowercased()
        if organisationWords.contains(lower) || organisationEndings.contains(where: { lower.hasSuffix($0) }) {
            return true
        }
        // `Bank of England`, `House of Commons`, `Department of Justice`: an institution of somewhere
        guard parts.count >= 3, parts.dropFirst().contains("of"), let head = parts.first?.lowercased() else {
            return false
        }
        return organisationWords.contains(head) || institutionHeads.contains(head)
    }

    static let institutionHeads: Set<String> = [
        "bank", "house", "office", "board", "chamber", "college", "church", "museum", "school", "academy", "society",
        "league", "bureau", "centre", "center", "fund", "ministry", "secretariat",
    ]

    static let organisationWords: Set<String> = [
        "times", "post", "news", "report", "journal", "union", "party", "agreement", "committee", "council",
        "association",
        "department", "ministry", "agency", "court", "congress", "senate", "institute", "university", "company",
        "corporation",
        "foundation", "organization", "organisation", "network", "press", "review", "magazine", "tribune", "herald",
        "gazette", "treaty", "administration", "campaign", "caucus", "commission", "federation", "east", "states",
        "partei", "zeitung", "regierung", "kommission", "agentur", "verband", "institut",
    ]
    /// The endings of German nouns for institutions (`Polizei`, `Landesregierung`, `Staatsanwaltschaft`), but
    /// the short `-rat`/`-amt`, which end names too (`Murat`).
    static let organisationEndings: [String] = groupEndings.filter { $0.utf8.count >= 5 }

    /// An organisation by the entities layer (anything it labels other than a person) or by its name.
    func isOrganisation(_ text: String) -> Bool { nonPersons.contains(text) || Self.isOrganisationName(text) }

    /// Whether the entities layer names this text and not as a person or an organisation (a place, a thing).
    func isPlace(_ text: String) -> Bool {
        nonPersons.contains(text) && !organisations.contains { $0.text == text }
    }

    /// Remembers what a pronoun resolved to a name says about that name (`er` → male).
    func learn(_ name: String, _ gender: Gender) {
        guard gender != .group, let lastWord = name.split(separator: " ").last.map(String.init) else { return }
        if genders.byLastWord[lastWord] == nil || genders.byLastWord[lastWord]! == nil {
            genders.byLastWord[lastWord] = .some(gender)
        }
    }

    private func nounPhraseIfAny(_ sentence: Range<Int>) -> Range<Int>? {
        let first = skipDateline(sentence.lowerBound)
        guard first < sentence.upperBound, !inQuote[first], !words.isPronoun(first), startsNounPhrase(first),
            !Self.adverbs.contains(words.lower(first))
        else { return nil }
        return nounPhrase(from: first, limit: sentence.upperBound)
    }

    /// The role word of an unnamed person of the wanted gender who opens the sentence right before the one at
    /// `byte`, perhaps after an adverb (`Auch der frühere Außenminister meldete sich zu Wort.`, `Ein Sprecher der
    /// Polizei bestätigte …`): a pronoun in the next sentence stands for that person, not for someone named before.
    /// Nil when the phrase holds a name (`der Minister Hans Weber`, `Der Vorsitzende des Verbandes, Thomas Krüger,`).
    func previousSentenceRole(before byte: Int, want: Gender) -> Int? {
        guard let s = document.sentenceIndex(containing: byte), s > 0,
            !tokens[document.sentences[s].tokens.lowerBound].paragraphBefore
        else { return nil }
        let sentence = document.sentences[s - 1].tokens
        var first = skipDateline(sentence.lowerBound)
        if first < sentence.upperBound, Self.adverbs.contains(words.lower(first)) { first += 1 }
        guard first + 1 < sentence.upperBound, !inQuote[first], words.isDeterminer(first),
            !WordReader.possessiveDeterminers.contains(words.lower(first)),
            let role = (first + 1..<min(sentence.upperBound, first + 4)).first(where: {
                words.isWord($0) && words.isCapitalized($0)
            }), (first + 1..<role).allSatisfy({ words.isWord($0) && !words.isCapitalized($0) }),
            words.lexicons.isRole(words.lower(role)), roleGender(role) == want,
            // (no name in the phrase, after the role or in apposition: `Der Vorsitzende des Verbandes, Thomas Krüger,`)
            let np = nounPhrase(from: first, limit: sentence.upperBound), nameRun(in: np) == nil,
            !(np.upperBound + 1 < sentence.upperBound && words.isPunct(np.upperBound, ",")
                && words.isNameWord(np.upperBound + 1))
        else { return nil }
        return role
    }

    /// The named subject of the sentence before the one holding byte `byte` (skipping
    /// sentences that are quotes), in the same paragraph or the one before, when nothing named stands between:
    /// a quote that continues what the previous sentence's subject did is theirs
    /// (`Markus Feldmann widersprach. Der Entwurf sei „…“, erklärte er.`).
    func previousSentenceSubject(before byte: Int) -> (text: String, end: Int)? {
        guard var s = document.sentenceIndex(containing: byte), s > 0 else { return nil }
        let here = document.sentences[s].tokens
        // The pronoun's own sentence must not name someone before it.
        let pronoun = document.tokenIndex(atOrAfter: byte)
        if (here.lowerBound..<pronoun).contains(where: {
            !inQuote[$0] && words.isNameWord($0) && $0 + 1 < pronoun && words.isNameWord($0 + 1)
        }) {
            return nil
        }
        if let entity = recentUnquoted(before: byte).first, entity.span.end > tokens[here.lowerBound].span.start {
            return nil
        }
        // Sentences wholly inside a quote are skipped (`„A. B“, sagte er`).
        var steps = 0
        repeat {
            // (over one paragraph break: news opens a paragraph with a quotation of the person the last one ended on)
            if tokens[document.sentences[s].tokens.lowerBound].paragraphBefore, steps > 0 { return nil }
            s -= 1
            steps += 1
        } while s > 0 && steps < 5 && inQuote[document.sentences[s].tokens.lowerBound]
            && inQuote[document.sentences[s].tokens.upperBound - 1]
        let sentence = document.sentences[s].tokens
        let first = skipDateline(sentence.lowerBound)
        guard first < sentence.upperBound, !inQuote[first], !words.isPronoun(first), startsNounPhrase(first),
            !Self.adverbs.contains(words.lower(first)),
            let np = nounPhrase(from: first, limit: sentence.upperBound), np.upperBound < sentence.upperBound,
            // (after it a comma, a verb, or a bracket with the party: `Christian Lindner (FDP) zeigte sich …`)
            words.isPunct(np.upperBound, ",") || (words.isWord(np.upperBound) && !words.isCapitalized(np.upperBound))
                || tokens[np.upperBound].kind == .openBracket,
            let run = nameRun(in: np),
            run.count >= 2 || (run.lowerBound > np.lowerBound && words.lexicons.isRole(words.lower(run.lowerBound - 1)))
                || names.name(overlapping: words.span(run))
                    != nil
        else {
            // One capitalised word (`Die Journalisten`) is likelier a noun than a name, unless
            // it was named before (`Albers widersprach`).
            guard let np = nounPhraseIfAny(sentence), let run = nameRun(in: np), run.count == 1 else { return nil }
            let span = words.span(run)
            let text = document.string(for: span)
            let fullest = names.fullest(text, before: span.end)
            return fullest != text ? (fullest, span.end) : nil
        }
        let span = words.span(run)
        return (names.fullest(document.string(for: span), before: span.end), span.end)
    }
}
