import LoupeCore

/// Word-level questions about a document's tokens (lower-case form, capitalisation, word
/// classes from the lexicons), computed on demand: the quotes analyzer only looks at the few
/// tokens around quotation marks.
struct WordReader {
    let document: Document
    let lexicons: QuoteLexicons

    var tokens: [Token] { document.tokens }

    func text(_ i: Int) -> String { document.string(for: document.tokens[i]) }
    /// The token in lower case (ASCII and Latin-1 letters by byte arithmetic, see `TokenKey`).
    func lower(_ i: Int) -> String {
        let span = tokens[i].span
        return TokenKey.lowercased(document.utf8, span.start, span.end)
    }

    func isWord(_ i: Int) -> Bool {
        let kind = tokens[i].kind
        return kind == .word || kind == .abbreviation
    }

    /// A dash standing alone between words (`–`, `—`, a hyphen set apart, or the typewriter's double hyphen of
    /// wire copy): `„…“ – so der Präsident –`, `SAN JOSE, Calif. (AP) -- Semitech …`.
    func isDash(_ i: Int) -> Bool { isPunct(i, "–") || isPunct(i, "—") || isPunct(i, "-") || isPunct(i, "--") }

    /// Punctuation token with exactly this text.
    func isPunct(_ i: Int, _ s: StaticString) -> Bool {
        let token = tokens[i]
        guard token.kind == .punctuation, token.span.length == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        for k in 0..<token.span.length where document.utf8[token.span.start + k] != p[k] { return false }
        return true
    }

    func isCapitalized(_ i: Int) -> Bool {
        let b = document.utf8[tokens[i].span.start]
        if b >= 0x41 && b <= 0x5A { return true }
        if b < 0x80 { return false }
        return text(i).unicodeScalars.first.map { $0.properties.isUppercase } ?? false
    }

    /// A noun written with a number before it (`der 34-Jährige`, `die 19-Jährige`): digits, a hyphen,
    /// then a capital letter (`34-jährige` is an adjective, `68er` no noun of this shape).
    func isNumberedNoun(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        let bytes = document.utf8[tokens[i].span.start..<tokens[i].span.end]
        guard let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")), hyphen > bytes.startIndex,
            bytes[bytes.startIndex..<hyphen].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), hyphen + 1 < bytes.endIndex
        else { return false }
        let rest = text(i).unicodeScalars.dropFirst(hyphen - bytes.startIndex + 1)
        return rest.first.map { $0.properties.isUppercase } ?? false
    }

    /// Ends a sentence or clause: `.`, `!`, `?`, `…`, `;`.
    func endsSentence(_ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation else { return false }
        return isPunct(i, ".") || isPunct(i, "!") || isPunct(i, "?") || isPunct(i, "…") || isPunct(i, "...")
            || isPunct(i, ";") || isPunct(i, "?!") || isPunct(i, "!?")
    }

    /// The byte span of a range of tokens (its first token's start to its last token's end).
    func span(_ range: Range<Int>) -> Span {
        Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }
    /// The text of a range of tokens.
    func text(_ range: Range<Int>) -> String { document.string(for: span(range)) }

    /// A sentence's end that also ends the clause before it: not an abbreviation's full stop before a comma
    /// (`Sen. Mitch McConnell, R-Ky., told`).
    func endsClause(_ i: Int) -> Bool {
        // (nor an abbreviation's period before a closing bracket: `Jane Doe (D-Mass.) said`)
        endsSentence(i) && !(i + 1 < tokens.count && (isPunct(i + 1, ",") || tokens[i + 1].kind == .closeBracket))
    }

    // MARK: - Word classes

    /// First- and second-person possessives: the speaker's or the reader's own (`Mein Chef meint`, `my buddy
    /// says`).
    static let firstAndSecondPersonPossessives: Set<String> = [
        "mein", "meine", "meiner", "meinem", "meinen", "meines", "unser", "unsere", "unserer", "unserem", "unseren",
        "unseres", "dein", "deine", "deiner", "deinem", "deinen", "deines", "euer", "eure", "eurer", "eurem", "euren",
        "eures", "my", "our", "your",
    ]

    /// Possessive determiners (`ihr Anwalt`, `her spokesman`, `dessen Sprecher`).
    static let possessiveDeterminers: Set<String> = firstAndSecondPersonPossessives.union([
        "sein", "seine", "seiner", "seinem", "seinen", "seines", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres",
        "dessen", "deren", "his", "her", "their", "its",
    ])

    static let determiners: Set<String> = firstAndSecondPersonPossessives.union(germanArticles).union([
        "dieser", "diese", "dieses", "diesem", "diesen", "sein", "seine", "seiner", "seinem", "seinen", "ihr",
        "ihre", "ihrer", "ihrem", "ihren", "the", "a", "an", "his", "her", "their", "its", "this", "that",
    ])

    static let pronouns: Set<String> = [
        "er", "sie", "ich", "wir", "ihr", "du", "man", "ihm", "ihnen", "dieser", "jener",
        "he", "she", "i", "we", "they", "you", "him", "them",
    ]

    /// Pronouns that stand for one person or group and are worth resolving to a name.
    static let resolvablePronouns: Set<String> = [
        "er", "sie", "ihm", "ihr", "ihnen", "dieser", "he", "she", "him", "her", "they",
    ]

    static let subjunctives: Set<String> = [
        "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "wisse", "liege",
        "bleibe", "stehe", "gehe", "komme", "wäre", "hätte", "hätten", "würde", "würden",
    ]

    // MARK: - Konjunktiv

    /// Konjunktiv I forms that need no context (and the plural `seien`).
    static let subjunctiveI: Set<String> = [
        "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse",
    ]
    /// Konjunktiv II forms that stand in for an ambiguous Konjunktiv I in reported speech: the auxiliaries, and
    /// the plurals of modals and common strong or mixed verbs, whose Konjunktiv I plural is the indicative
    /// (`sie stehen` → `sie stünden`); forms that equal a past indicative (`gingen`, `blieben`, `sollten`) are not.
    static let subjunctiveII: Set<String> = [
        "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnten", "müssten", "dürften", "stünden", "ständen",
        "gäben", "kämen", "lägen", "sähen", "fänden", "täten", "bräuchten", "wüssten", "brächten", "nähmen",
    ]
    /// Lower-case words ending in -e that are not verbs.
    static let notVerbsE: Set<String> = [
        "gerne", "heute", "ohne", "alle", "diese", "jene", "eine", "keine", "meine", "deine", "seine", "ihre", "unsere",
        "eure",
        "welche", "solche", "manche", "jede", "beide", "einige", "viele", "wenige", "andere", "mehrere", "gerade",
        "lange", "bitte", "nahe", "alleine", "weise", "selbe", "dieselbe", "derselbe", "mitte", "ende", "gleiche",
        "ebene",
        "irgendeine", "sowie", "zwecke", "halbe", "ganze", "große", "kleine", "neue", "alte", "erste", "letzte",
        "nächste",
        "weitere", "hohe", "gute", "beste", "eigene", "gesamte", "genaue", "klare", "freie", "volle", "offene",
        // adverbs in -e: `Anträge können online gestellt werden`
        "online", "offline", "live", "beinahe", "zuhause", "vorne",
    ]
    /// Endings of adjectives, participles, comparatives and weak past forms (not Konjunktiv I).
    static let notSubjunctiveEndings: [[UInt8]] = [
        "te", "ische", "liche", "ene", "ste", "nde", "bare", "lose", "ale", "ive", "ose", "isse", "are",
        "ete", "ute", "ee", "weise",
    ].map { Array($0.utf8) }
    /// Verbs whose stem ends in t or nd: their Konjunktiv I ends in -te or -nde too, like a preterite or a present
    /// participle's adjective (`er bestreite`, `der Verletzte befinde sich`).
    static let subjunctiveTeEndings: [String] = [
        "halte", "gelte", "deute", "biete", "arbeite", "leite", "trete", "richte", "warte", "fechte", "streite",
        "befinde", "leiste", "koste", "laste", "rüste", "teste", "tröste",
    ]
    /// Subject pronouns that, opening a main clause, have the finite verb right after them.
    static let clauseOpeningPronouns: Set<String> = ["er", "sie", "es", "man", "wir", "ich"]
    /// Pronouns that can be the subject before a Konjunktiv verb.
    static let subjectWords: Set<String> = [
        "er", "sie", "es", "man", "dies", "das", "dieser", "diese", "dieses", "wer", "jeder", "niemand", "keiner",
        "nichts",
        "alles", "sich", "ihm", "ihr", "ihnen", "dort", "hier", "nun", "jetzt", "damit", "dafür", "dazu", "daher",
        "deshalb",
    ]

    /// A Konjunktiv I verb, recognised by its form and place, not by a list of words: a fixed
    /// form (sei, habe, werde …), or a lower-case word in -e that is not an adjective, adverb or
    /// weak past (sagte) by its ending, standing after a subject (a capitalised noun or name, a
    /// pronoun) or clause-finally after a participle or infinitive (`gemacht habe`, `geben
    /// werde`), and not before a noun after a lower-case word (`jetzt neue Regeln`).
    func isSubjunctiveI(_ i: Int, lower known: String? = nil) -> Bool {
        guard tokens[i].kind == .word else { return false }
        let span = tokens[i].span
        let last = document.utf8[span.end - 1]
        guard
            last == UInt8(ascii: "e") || last == UInt8(ascii: "i") || last == UInt8(ascii: "n")
                || last == UInt8(ascii: "t")
        else { return false }
        // Only `sei`, `seien`, `seiest` end otherwise than in -e.
        guard last == UInt8(ascii: "e") || span.length == 3 || span.length == 5 || span.length == 6 else {
            return false
        }
        let w = known ?? lower(i)
        if Self.subjunctiveI.contains(w) { return true }
        guard last == UInt8(ascii: "e"), span.length >= 4, !isCapitalized(i), !Self.notVerbsE.contains(w),
            !isFunctionWord(w)
        else { return false }
        if QuoteLexicons.endsWithAny(w, Self.notSubjunctiveEndings) || w.hasSuffix("te") {
            guard Self.subjunctiveTeEndings.contains(where: { w.hasSuffix($0) }) else { return false }
        }
        guard i > 0, tokens[i - 1].kind == .word else { return false }
        let p = lower(i - 1)
        if Self.determiners.contains(p) { return false }
        // An adjective before its noun (`sich zahlreiche Legenden`, `junge Erwachsene`).
        let nextIsNoun = i + 1 < tokens.count && tokens[i + 1].kind == .word && isCapitalized(i + 1)
        // (but a subject opening a main clause has its finite verb right after it: `warf der Regierung vor, sie
        // betreibe Symbolpolitik`, `Die Gewerkschaft nehme Millionen Fahrgäste in Geiselhaft`)
        if nextIsNoun {
            let pronounFirst = Self.clauseOpeningPronouns.contains(p) && opensClause(i - 1)
            let nounFirst =
                i >= 2 && isCapitalized(i - 1) && !isFunctionWord(p) && tokens[i - 2].kind == .word
                && Self.nominativeArticlesDE.contains(lower(i - 2)) && opensClause(i - 2)
            if !pronounFirst && !nounFirst { return false }
        }
        if isCapitalized(i - 1) { return !isFunctionWord(p) || Self.subjectWords.contains(p) }
        if Self.subjectWords.contains(p) { return true }
        if isFunctionWord(p) { return false }
        // Verb-final: after a participle or infinitive.
        let pEnd = document.utf8[tokens[i - 1].span.end - 1]
        return !nextIsNoun && tokens[i - 1].span.length >= 4 && (pEnd == UInt8(ascii: "t") || pEnd == UInt8(ascii: "n"))
    }

    /// Whether token `k` opens a sentence, a paragraph or a clause after a comma or colon.
    func opensClause(_ k: Int) -> Bool {
        k == 0 || tokens[k].paragraphBefore || endsSentence(k - 1) || isPunct(k - 1, ",") || isPunct(k - 1, ":")
    }

    /// A Konjunktiv in a set phrase that reports no one's words: `sei es … sei es`, `wie dem auch sei`, `es sei
    /// denn`, `koste es, was es wolle`.
    func isSubjunctiveFormula(_ i: Int, lower w: String) -> Bool {
        func word(_ k: Int) -> String { k >= 0 && k < tokens.count && tokens[k].kind == .word ? lower(k) : "" }
        switch w {
        case "sei":
            return word(i + 1) == "es" && opensClause(i) || word(i - 1) == "auch" && word(i - 2) == "dem"
                || word(i - 1) == "es" && word(i + 1) == "denn"
        case "wolle":
            return word(i - 1) == "es" && word(i - 2) == "was" || word(i - 1) == "was"
        case "koste", "komme":
            return word(i + 1) == "es" && i + 2 < tokens.count && isPunct(i + 2, ",") || word(i + 1) == "was"
        default:
            return false
        }
    }

    /// Konjunktiv I, or Konjunktiv II where it stands in for it (hätten, würden, wäre).
    func isSubjunctive(_ i: Int, lower known: String? = nil) -> Bool {
        // (the set phrases' verbs are short words in -i or -e: others are not lowered for them)
        if tokens[i].kind == .word, tokens[i].span.length <= 5,
            document.utf8[tokens[i].span.end - 1] == UInt8(ascii: "i")
                || document.utf8[tokens[i].span.end - 1] == UInt8(ascii: "e"),
            isSubjunctiveFormula(i, lower: known ?? lower(i))
        {
            return false
        }
        if isSubjunctiveI(i, lower: known) { return true }
        guard tokens[i].kind == .word, !isCapitalized(i) else { return false }
        let last = document.utf8[tokens[i].span.end - 1]
        guard last == UInt8(ascii: "e") || last == UInt8(ascii: "n") else { return false }
        return Self.subjunctiveII.contains(known ?? lower(i))
    }

    /// A German weekday joined to a part of the day (`Dienstagabend`, `Sonntagnachmittag`): a time, no name. (Bytes
    /// compared, as name words are asked for at every capitalised token.)
    static func isWeekdayPart(_ word: String) -> Bool {
        let bytes = word.utf8
        // (`montagabend` and up; a weekday's first letter, a part of the day's last)
        guard bytes.count >= 10, let first = bytes.first, let last = bytes.last, "mdfs".utf8.contains(first),
            "dngt".utf8.contains(last)
        else { return false }
        return dayParts.contains { part in
            bytes.count > part.count && bytes.suffix(part.count).elementsEqual(part)
                && calendarWords.contains(String(decoding: bytes.dropLast(part.count), as: UTF8.self))
        }
    }
    static let dayParts: [[UInt8]] = ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"].map {
        Array($0.utf8)
    }

    /// Days and months: capitalised, never a person ("am Montag Rom").
    static let calendarWords: Set<String> = [
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "januar",
        "februar",
        "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "june",
        "july", "october", "december",
    ]

    /// Units of time, capitalised in German and in titles: never part of a name (`Nächste Woche kommt …`), and
    /// with a relative adverb a German adverbial, no subject (`Wochen zuvor`).
    static let timeUnits: Set<String> = [
        "tag", "tage", "tagen", "woche", "wochen", "wochenende", "monat", "monate", "monaten", "jahr", "jahre",
        "jahres",
        "jahren", "jahrzehnte", "jahrzehnten", "quartal", "stunde", "stunden", "minuten", "day", "days", "week",
        "weeks",
        "weekend", "month", "months", "year", "years",
    ]

    static let nounSuffixes: [[UInt8]] = [
        "ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität", "ismus", "tum", "nis", "ischen", "ische",
        "ischer", "lichen", "liche", "licher", "ierung",
    ].map { Array($0.utf8) }

    func isDeterminer(_ i: Int) -> Bool { Self.determiners.contains(lower(i)) }
    /// The possessive `'s` or `’s`, a token of its own (`the EU's`).
    func isPossessiveS(_ i: Int) -> Bool { lower(i) == "'s" || lower(i) == "’s" }
    /// A personal pronoun; German `ihr` before a capitalised word is the possessive (`ihr Anwalt`).
    func isPronoun(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        let w = lower(i)
        guard Self.pronouns.contains(w) else { return false }
        // (`ihr` before a noun, or before an adjective and a noun, is a possessive: `Ihr Sprecher`, `Ihr
        // rentenpolitischer Sprecher erklärte`)
        guard w == "ihr", i + 1 < tokens.count, isWord(i + 1) else { return true }
        if isCapitalized(i + 1) { return false }
        return !(i + 2 < tokens.count && isWord(i + 2) && isCapitalized(i + 2))
    }

    /// A word of two or more capitals (`WHO`, `US`, `BA`): an acronym, whatever small word it spells.
    func isAcronym(_ i: Int) -> Bool {
        let span = tokens[i].span
        return tokens[i].kind == .word && span.length >= 2
            && document.utf8[span.start..<span.end].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    func isFunctionWord(_ lower: String) -> Bool {
        StopWords.german.contains(lower) || StopWords.english.contains(lower)
    }

    /// The cue at token `i`, if it is one; a separable verb's particle must follow before
    /// the clause ends (within `limit`).
    func cue(at i: Int, limit: Int, lower known: String? = nil) -> QuoteLexicons.Cue? {
        guard tokens[i].kind == .word, let cue = lexicons.cues[known ?? lower(i)] else { return nil }
        // (English, after an article or a possessive the word is a noun: `at the state Capitol`, `his report`)
        if document.language == .english, i > 0, tokens[i - 1].kind == .word,
            Self.englishNounOpeners.contains(lower(i - 1))
        {
            return nil
        }
        guard !cue.particle.isEmpty else { return cue }
        // (a form of several separable verbs is the one whose particle follows: `stellte … fest`, `stellte … klar`)
        let variants = lexicons.separableCues[known ?? lower(i)] ?? [cue]
        var j = i + 1
        while j < min(limit, tokens.count) {
            if endsSentence(j) { return nil }
            // (a quoted fragment right before the particle is the verb's object: `warf der Regierung „Wortbruch“
            // vor`, `wies die Vorwürfe als „völlig haltlos“ zurück`; any other quotation ends the search)
            if tokens[j].kind.isQuote {
                guard let close = (j + 1..<min(limit, tokens.count, j + 8)).first(where: { tokens[$0].kind.isQuote }),
                    close + 1 < min(limit, tokens.count), tokens[close + 1].kind == .word,
                    let found = variants.first(where: { $0.particle == lower(close + 1) })
                else { return nil }
                return found
            }
            if tokens[j].kind == .word, let found = variants.first(where: { $0.particle == lower(j) }) { return found }
            j += 1
        }
        return nil
    }

    /// The speech verb at token `i`, if it is one (a separable verb's particle must follow
    /// within `limit`).
    func speechVerb(at i: Int, limit: Int, lower known: String? = nil) -> QuoteLexicons.SpeechVerb? {
        guard tokens[i].kind == .word else { return nil }
        let w = known ?? lower(i)
        // A participle written apart from its particle: `bekannt gegeben`.
        if w == "gegeben" || w == "gemacht", i > 0, tokens[i - 1].kind == .word, lower(i - 1) == "bekannt" {
            return QuoteLexicons.SpeechVerb(lemma: "bekanntgeben", particle: "", verbClass: .say)
        }
        guard let variants = lexicons.speechVerbs[w] else { return nil }
        // an English -s form before a modal or an auxiliary is a plural noun, the subject: `questions should be
        // brief`, `reports have shown`
        if w.hasSuffix("s"), i + 1 < tokens.count, tokens[i + 1].kind == .word,
            Self.englishAuxiliaries.contains(lower(i + 1))
        {
            return nil
        }
        let plain = variants.first { $0.particle.isEmpty }
        let particled = variants.filter { !$0.particle.isEmpty }
        guard !particled.isEmpty else { return plain }
        // A particle later in the clause picks its verb (`gab … an`, `gab … bekannt`).
        var j = i + 1
        while j < min(limit, tokens.count) {
            if endsSentence(j) || tokens[j].kind.isQuote { break }
            // (a preposition before its article is no separable particle: `ob er sie … vor der Hauptversammlung
            // hält`; a verb's preposition, `verwies auf die Lage`, has one)
            if tokens[j].kind == .word, let verb = particled.first(where: { $0.particle == lower(j) }),
                !(verb.lemma.hasPrefix(verb.particle) && j + 1 < tokens.count && tokens[j + 1].kind == .word
                    && Self.germanArticles.contains(lower(j + 1)))
            {
                return verb
            }
            j += 1
        }
        return plain
    }

    /// English auxiliaries and modals (and verbs that take an infinitive like one): what follows a subject.
    /// Articles and possessives: what follows one is a noun phrase, no verb (asked of English text).
    static let englishNounOpeners: Set<String> = possessiveDeterminers.union(["the", "a", "an"])
    static let englishAuxiliaries: Set<String> = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must",
        "did", "does", "do", "wants", "wanted", "needs", "needed", "plans", "planned",
    ]

    /// The bracket closing the one opening at `open`, brackets nested in it counted, before `limit`; with
    /// `matching`, only one of the same kind (`)` for `(`, `]` for `[`) and not right after it
    /// (`(Beifall bei der CDU/CSU – Zuruf des Abg. Dennis Rohde [SPD])`).
    func closingBracket(of open: Int, before limit: Int, matching: Bool = false) -> Int? {
        guard open < limit, tokens[open].kind == .openBracket else { return nil }
        let utf8 = document.utf8
        let closing: UInt8? =
            switch utf8[tokens[open].span.start] {
            case UInt8(ascii: "("): UInt8(ascii: ")")
            case UInt8(ascii: "["): UInt8(ascii: "]")
            default: nil
            }
        if matching && closing == nil { return nil }
        var depth = 0
        for k in (open + 1)..<max(open + 1, min(limit, tokens.count)) {
            if tokens[k].kind == .openBracket { depth += 1 }
            if tokens[k].kind == .closeBracket {
                if depth > 0 { depth -= 1; continue }
                guard matching else { return k }
                return utf8[tokens[k].span.start] == closing && k > open + 1 ? k : nil
            }
        }
        return nil
    }

    /// German definite articles that may open a subject (`sagte der Torwart`, `, die Grünen forderten`).
    static let nominativeArticlesDE: Set<String> = ["der", "die", "das"]

    /// German articles, definite and indefinite.
    static let germanArticles: Set<String> = [
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines",
    ]

    /// A word that can be part of a person's name: capitalised, not a function word, role,
    /// cue or noun by its ending.
    func isNameWord(_ i: Int) -> Bool {
        guard tokens[i].kind == .word, tokens[i].span.length >= 2, isCapitalized(i) else { return false }
        let word = lower(i)
        if isFunctionWord(word) && !isAcronym(i) || lexicons.isRole(word) || lexicons.isTitleNoun(word)
            || lexicons.cues[word] != nil
            || Self.calendarWords.contains(word) || Self.timeUnits.contains(word) || Self.isWeekdayPart(word)
        {
            return false
        }
        return !QuoteLexicons.endsWithAny(word, Self.nounSuffixes)
    }
}
