import LoupeCore

/// Finds a document's quotations and attributes them: pairs the marks, keeps quoted utterances
/// and quoted fragments of speech (not titles, names or scare quotes), then looks for the cue
/// and the speaker in the order a reader does.
///
/// Attribution, first match wins:
/// 1. a frame right after the quote: `„…“, sagte X` · `„…“, so X` · `"…," said X` · `"…," X said`
/// 2. the clause before a colon: `X sagte: „…“` · `Steinbrück: „…“`
/// 3. a cue in the quote's sentence: `laut X`, `X zufolge`, `nach Angaben von X`,
///    `according to X`, or a cue verb and its subject (`X nannte das „…“`)
/// 4. the next quote when nothing but space lies between (`„A.“ „B“, sagte X`), then the
///    previous quote when it ended in this or the previous sentence or paragraph.
/// Pronouns and roles resolve to the nearest person name before them.
struct QuoteFinder {
    let words: WordReader
    var names: PersonNames
    let inQuote: [Bool]
    /// No entities layer: look for capitalised names near the mention to resolve.
    let useHeuristic: Bool
    /// The last speaker resolved to a name, for pronouns that follow.
    var lastSpeaker: (end: Int, name: String)?
    /// The last speaker that was someone unnamed in a role (`sagte ein Polizeisprecher`), with the role's gender: a
    /// pronoun after it, before anyone named speaks, is that person (`„…“, fügte er hinzu`), not someone named before.
    var lastUnnamed: (end: Int, gender: Gender?)?
    /// Role words with the person named right after them (`personNamedByRole`), found at the first need.
    var roleBindings: [RoleBinding]?
    /// Other nouns the text put before a person's name (`nounBindings`), found at the first need.
    var nounRoleBindings: [RoleBinding]?
    /// Genders of the people named, as learned (see Gender.swift).
    let genders = GenderMemory()
    /// Names the entities layer gives to organisations, places and other things (`PersonNames.fromEntities`).
    let nonPersons: Set<String>
    /// The entities layer's organisations: a speaker's name found inside one is that organisation's.
    let organisations: [PersonNames.Name]

    var document: Document { words.document }
    var tokens: [Token] { words.document.tokens }

    init(document: Document, lexicons: QuoteLexicons, candidates: [QuoteCandidate]) {
        self.words = WordReader(document: document, lexicons: lexicons)
        var inQuote = [Bool](repeating: false, count: document.tokens.count)
        for candidate in candidates { for i in candidate.first...candidate.last { inQuote[i] = true } }
        self.inQuote = inQuote
        let entities = PersonNames.fromEntities(document, lexicons: lexicons)
        self.names = entities?.people ?? PersonNames()
        self.useHeuristic = entities == nil
        self.nonPersons = entities?.nonPersons ?? []
        self.organisations = entities?.organisations ?? []
    }

    // MARK: - Classification

    /// `direct`, `partial`, or nil for titles, names and scare quotes.
    func classify(_ c: QuoteCandidate, hasFrame: Bool) -> Quote.Kind? {
        let inner = c.inner
        let wordCount = inner.filter { tokens[$0].kind != .punctuation && !tokens[$0].kind.isQuote }.count
        guard wordCount > 0 else { return nil }
        if c.open == nil || c.close == nil { return wordCount >= 2 ? .direct : nil }
        let open = c.open!
        if isGloss(open: open, close: c.close!) || isNamedSubject(c, open: open, close: c.close!) { return nil }
        let colonBefore = open > 0 && words.isPunct(open - 1, ":")
        // A name after a colon with no verb of speech before it: `Auf Platz zwei: „Kill Bill 2“`.
        if colonBefore, c.depth == 0, isTitleCased(c, open: open) || titleNounBefore(colon: open - 1),
            !hasCueBefore(colon: open - 1)
        {
            return nil
        }
        // A name in the middle of a clause; one that opens a sentence is an utterance
        // (`„Kein Kommentar“, sagte sie`).
        if !colonBefore, c.depth == 0, !startsUtterance(open),
            isTitleCased(c, open: open, loose: document.language == .german)
        {
            return nil
        }
        // Right after a title noun or a naming `heißt`, a name whatever ends it: `die Reihe „Was ist los in …“`,
        // `das Thema „Wie wollen wir leben?“`, `Sein Buch heißt „Die Welt von gestern“` (not `es heißt „…“`).
        if !colonBefore, c.depth == 0, let before = previousWord(open), namesWhatFollows(before) { return nil }
        let terminal =
            !inner.isEmpty && (words.endsSentence(inner.upperBound - 1) || words.isPunct(inner.upperBound - 1, ","))
        // A frame counts after a comma or a closing punctuation inside the marks (not in
        // "„Bild“ berichtete", where the quoted name is the subject).
        let framed =
            hasFrame
            && (terminal || words.isPunct(c.close! + 1, ",") || words.isDash(c.close! + 1)
                || (startsUtterance(open) && wordCount >= 3))
        if c.depth > 0 { return colonBefore || framed ? .direct : nil }
        // A fragment continuing reported speech is partial even with a frame after it:
        // `Der Entwurf sei „ein Trick“, erklärte er`, `He called it "a farce," she said`.
        if !colonBefore, (framed || terminal), embedsInReportedSpeech(open) { return .partial }
        // English prints a sentence's full stop inside the marks ("…is “unfit to serve.”"):
        // after a word in the middle of a clause it is a fragment, whatever ends it.
        if document.language == .english, !colonBefore, open > 0, tokens[open - 1].kind == .word,
            !tokens[open].lineBefore,
            !(hasFrame && words.isPunct(c.close! + 1, ","))
        {
            return isSpeechFragment(c, wordCount: wordCount) ? .partial : nil
        }
        if colonBefore || framed || (terminal && wordCount >= 2) { return .direct }
        // a sentence of its own, one word as well: `„Ist das gerecht?“, fragte er. „Nein!“`
        if startsUtterance(open), words.endsSentence(inner.upperBound - 1) { return .direct }
        if startsUtterance(open) && wordCount >= 4 && hasLowercaseWord(inner) { return .direct }
        return isSpeechFragment(c, wordCount: wordCount) ? .partial : nil
    }

    /// A noun phrase with a title noun for its head right before a colon: `Der Titel des Buches:`.
    private func titleNounBefore(colon: Int) -> Bool { phraseBefore(colon: colon).map(headIsTitleNoun) ?? false }

    private func headIsTitleNoun(_ phrase: (phrase: Range<Int>, head: Int?)) -> Bool {
        phrase.head.map { words.lexicons.isTitleNoun(words.lower($0)) } ?? false
    }

    /// The noun phrase that makes the whole clause before a colon, with its head (the first capitalised
    /// word after the determiners), if any.
    private func phraseBefore(colon: Int) -> (phrase: Range<Int>, head: Int?)? {
        let start = clauseStart(before: colon)
        guard start < colon, let np = nounPhrase(from: start, limit: colon), np.upperBound == colon else { return nil }
        let head = np.first {
            words.isWord($0) && words.isCapitalized($0) && !WordReader.determiners.contains(words.lower($0))
        }
        return (np, head)
    }

    /// A verb of saying (class `say`, no particle) right before the quote, or before a focus adverb
    /// right before it.
    private func saidRightBefore(_ open: Int) -> Bool {
        guard var k = previousWord(open) else { return false }
        if Self.sayingAdverbs.contains(words.lower(k)), let v = previousWord(k) { k = v }
        // (`lautet` gives a wording, `Das Unwort lautet „Remigration“`: a term, not an utterance)
        guard let verb = words.speechVerb(at: k, limit: clauseEnd(from: k)) else { return false }
        return verb.verbClass == .say && verb.particle.isEmpty && verb.lemma != "lauten"
    }

    static let sayingAdverbs: Set<String> = ["nur", "bloß", "lediglich", "einfach", "knapp"]

    /// A title noun (`Buch`, `Reihe`, `film`) or a form of `heißen` not after `es`.
    private func namesWhatFollows(_ k: Int) -> Bool {
        let w = words.lower(k)
        if words.lexicons.isTitleNoun(w) { return !objectOfNamingVerb(k) }
        return Self.namingHeissen.contains(w) && !(k > 0 && words.isWord(k - 1) && words.lower(k - 1) == "es")
    }

    static let namingHeissen: Set<String> = ["heißt", "heisst", "hieß", "hiess", "heißen", "hießen"]

    /// A speaker before a colon: a cue word in the clause, or a bare noun phrase (`Der Wirt: „…“`) whose
    /// head is no title noun (`Der Titel des Buches: „…“`, `Das Motto: „…“` name what follows).
    private func hasCueBefore(colon: Int) -> Bool {
        let start = clauseStart(before: colon)
        guard start < colon else { return false }
        if let phrase = phraseBefore(colon: colon) { return !headIsTitleNoun(phrase) }
        return (start..<colon).contains { !inQuote[$0] && words.cue(at: $0, limit: colon + 1) != nil }
    }

    static let glossMarkers: Set<String> = [
        "etwa", "engl", "englisch", "deutsch", "dt", "übersetzt", "translated", "meaning",
    ]

    /// A translation or gloss of a name, not speech: the quote in brackets after a gloss word
    /// (`(etwa: „Partei der Volksmacht“, engl. „People's Power Party“)`, `[auf Deutsch: „…“]`),
    /// or the name such a bracket follows (`„Мемориал Михаила Таля“ [auf Deutsch: …]`).
    private func isGloss(open: Int, close: Int) -> Bool {
        func marker(_ k: Int) -> Bool {
            guard tokens[k].kind == .word || tokens[k].kind == .abbreviation else { return false }
            var w = words.lower(k)
            if w.hasSuffix(".") { w.removeLast() }
            return Self.glossMarkers.contains(w)
        }
        // Back over `:` and `.` to a gloss word, inside an open bracket a few tokens before.
        var k = open - 1
        while k >= 0, tokens[k].kind == .punctuation, words.isPunct(k, ":") || words.isPunct(k, ".") { k -= 1 }
        if k >= 0, marker(k), insideBracket(k) { return true }
        // A bracket right after the quote that opens with a gloss word within three tokens (not after a sentence
        // quoted whole, which the bracket translates: `erklärte: „… abwenden.“ (Auf Englisch: „…“)`).
        if close + 1 < tokens.count, tokens[close + 1].kind == .openBracket, !words.endsSentence(close - 1) {
            for j in (close + 2)..<min(tokens.count, close + 5) where marker(j) { return true }
        }
        return false
    }

    /// Whether token `k` stands inside brackets opened in its sentence (`(etwa: „…“, engl. „…“)`).
    private func insideBracket(_ k: Int) -> Bool {
        var j = k
        while j >= 0, k - j <= 30, !tokens[j].paragraphBefore || j == k {
            if tokens[j].kind == .openBracket { return true }
            if tokens[j].kind == .closeBracket || (j < k && words.endsSentence(j)) { return false }
            j -= 1
        }
        return false
    }

    /// A name or title in marks: two or more words, the first and last capitalised and the
    /// others capitalised or one of the short words that join the words of a name (`am`, `für`,
    /// `of`, `and` …), no sentence punctuation inside (`die „New York Times“`, `die „Rundschau am
    /// Sonntag“`, `the “Fox and Friends” show`). German capitalises nouns, but quoted speech has
    /// verbs, adjectives, adverbs or articles in lower case (`„Vielfalt ist Programm“`, `„ein
    /// Stück aus dem Tollhaus“`); a fragment after `als`/`as` (`als „Geschäft des Jahrhunderts“
    /// bezeichnet`) is a naming and stays.
    ///
    /// `loose` (German) lets any article, preposition or `und`/`oder` join the words (`„Ärzte
    /// ohne Grenzen“`, `„Brot für die Welt“`), but not after an indefinite article, where a
    /// capitalised phrase is a chosen expression (`einen „Sieg der Vernunft“`).
    func isTitleCased(_ c: QuoteCandidate, open: Int, loose: Bool = false) -> Bool {
        if open > 0, tokens[open - 1].kind == .word, ["als", "as"].contains(words.lower(open - 1)) { return false }
        if loose, open > 0, tokens[open - 1].kind == .word, Self.indefiniteArticles.contains(words.lower(open - 1)) {
            return false
        }
        var count = 0
        var last = -1
        for i in c.inner {
            switch tokens[i].kind {
            case .word, .abbreviation:
                // A possessive `'s` inside a name (`People's Party`).
                if i > c.inner.lowerBound, words.isPossessiveS(i) { continue }
                let capitalized = words.isCapitalized(i)
                if count == 0 && !capitalized { return false }
                if !capitalized && !Self.nameJoiners.contains(words.lower(i))
                    && !(loose && Self.germanNameLinkers.contains(words.lower(i)))
                {
                    return false
                }
                count += 1
                last = i
            case .number, .ordinal: continue
            default:
                if words.endsSentence(i) || words.isPunct(i, ",") || words.isPunct(i, ":") { return false }
            }
        }
        return count >= 2 && words.isCapitalized(last)
    }

    /// German articles, prepositions and conjunctions inside names (`Ärzte ohne Grenzen`).
    static let germanNameLinkers: Set<String> = [
        "die", "das", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "mit", "ohne", "aus", "bei",
        "nach", "über", "unter", "vor", "gegen", "um", "durch", "bis", "oder", "ins", "beim",
    ]

    static let focusAdverbs: Set<String> = ["auch", "nur", "selbst", "sogar", "allein", "vor", "gerade"]

    static let nameJoiners: Set<String> = [
        "am", "im", "an", "auf", "für", "und", "der", "des", "von", "vom", "zu", "zur", "zum", "in", "de", "la", "du",
        "del", "di", "da", "do", "dos", "das", "pour", "le", "les", "et", "y", "e", "el", "los", "las", "van", "het",
        "en", "of", "the", "and", "for", "on", "at",
    ]

    /// A quoted name as the subject of a verb of speech: an article or `wie` before, the verb
    /// right after (`Die „Kampagne für Tibet“ berichtete`, `Wie „heise online“ berichtet`); or,
    /// with no comma before the verb, a name by its form opening the sentence (`„Ärzte ohne
    /// Grenzen“ teilte mit`, `Auch „Brot für die Welt“ forderte`).
    private func isNamedSubject(_ c: QuoteCandidate, open: Int, close: Int) -> Bool {
        guard close + 1 < tokens.count, tokens[close + 1].kind == .word, !words.isCapitalized(close + 1) else {
            return false
        }
        if document.language == .german, c.depth == 0,
            startsUtterance(open)
                || (tokens[open - 1].kind == .word && Self.focusAdverbs.contains(words.lower(open - 1))),
            isTitleCased(c, open: open, loose: true),
            words.cue(at: close + 1, limit: min(tokens.count, close + 12)) != nil
        {
            return true
        }
        guard open > 0, tokens[open - 1].kind == .word else { return false }
        let before = words.lower(open - 1)
        guard WordReader.determiners.contains(before) || before == "wie" else { return false }
        // `Von einer „gezielten Kampagne“ sprach X`: the object of a preposition, not a subject.
        if before != "wie", open > 1, tokens[open - 2].kind == .word, Self.prepositions.contains(words.lower(open - 2))
        {
            return false
        }
        return words.cue(at: close + 1, limit: min(tokens.count, close + 12)) != nil
    }

    /// The quote continues a clause of reported speech: a word right before it, and before
    /// that in its clause a subjunctive (sei, habe, werde, seien …) or a naming verb
    /// (nannte, bezeichnete, called, described), or `als`/`as` right before it.
    private func embedsInReportedSpeech(_ open: Int) -> Bool {
        guard open > 0, tokens[open - 1].kind == .word, !tokens[open].lineBefore else { return false }
        let before = words.lower(open - 1)
        if before == "als" || before == "as" { return true }
        let start = clauseStart(before: open)
        for k in stride(from: open - 1, through: start, by: -1) where !inQuote[k] && tokens[k].kind == .word {
            let w = words.lower(k)
            if WordReader.subjunctives.contains(w) { return true }
            if let cue = words.lexicons.cues[w], cue.particle.isEmpty, QuoteLexicons.namingLemmas.contains(cue.lemma),
                cue.lemma != "sprechen", cue.lemma != "warnen", cue.lemma != "warn"
            {
                return true
            }
        }
        return false
    }

    /// The quote opens a sentence or paragraph, or follows another quote.
    private func startsUtterance(_ open: Int) -> Bool {
        guard open > 0 else { return true }
        let previous = open - 1
        return tokens[open].lineBefore || words.endsSentence(previous) || tokens[previous].kind.isQuote
            // (or a sentence whose last word kept its period: `schrieb sie auf X. „Dringend.“`)
            || tokens[previous].kind == .abbreviation
                && document.sentenceIndex(containing: tokens[open].span.start).map {
                    document.sentences[$0].tokens.lowerBound == open
                } == true
    }

    private func hasLowercaseWord(_ range: Range<Int>) -> Bool {
        range.contains { tokens[$0].kind == .word && !words.isCapitalized($0) }
    }

    /// A quoted fragment of someone's speech, rather than a title, a name or scare quotes.
    private func isSpeechFragment(_ c: QuoteCandidate, wordCount: Int) -> Bool {
        let open = c.open!, close = c.close!
        let firstInner = c.inner.first!
        let before = previousWord(open)
        let beforeLower = before.map { words.lower($0) } ?? ""
        // "die Zeitung „…“", "das sogenannte „…“", "the so-called "…"", "laut „…“": a title or a name.
        if let before {
            if words.lexicons.isTitleNoun(beforeLower) && !objectOfNamingVerb(before)
                || beforeLower.hasSuffix("genannte")
                || beforeLower.hasSuffix("genannten") || beforeLower == "so-called"
                || beforeLower == "laut" || beforeLower == "titel" || beforeLower == "genannt" || beforeLower == "alias"
            {
                return false
            }
            // a nickname between a first name and a surname: `Gerhard „Gerd“ Müller`
            if wordCount == 1, words.lexicons.firstNames[beforeLower] != nil, close + 1 < tokens.count,
                words.isWord(close + 1), words.isCapitalized(close + 1)
            {
                return false
            }
            if let b2 = previousWord(before), words.lower(b2).hasSuffix("genannt") { return false }
            // `known as (the) "…"`: the name a thing goes by, no one's words
            let asWord = WordReader.determiners.contains(beforeLower) ? previousWord(before) : before
            if let asWord, words.lower(asWord) == "as", let known = previousWord(asWord), words.lower(known) == "known"
            {
                return false
            }
            // Examples after a noun and `wie` are titles or names: `Lieder wie „Über den Wolken“`.
            if beforeLower == "wie", !words.isPunct(close - 1, ","), let b2 = previousWord(before),
                words.isCapitalized(b2), !startsUtterance(b2), words.isCapitalized(firstInner)
            {
                return false
            }
        }
        // A name given without a speaker: `im Volksmund „…“ genannt`, `„…“ – so werden sie genannt`.
        if isPassiveNaming(after: close) { return false }
        // "„France Football“ (FF)": a name with its abbreviation.
        if close + 2 < tokens.count, tokens[close + 1].kind == .openBracket, words.isCapitalized(close + 2),
            words.text(close + 2).uppercased() == words.text(close + 2)
        {
            return false
        }
        let lowerStart = tokens[firstInner].kind == .word && !words.isCapitalized(firstInner)
        // One word shaped like a brand or a web address (`„iPhone“`, `„tagesschau.de“`), or a
        // lower-case word as the head after a definite article (`sagte der „taz“`): a name.
        if wordCount == 1, c.inner.count == 1 {
            if isBrandOrAddress(firstInner) { return false }
            if lowerStart, let before, ["der", "die", "das", "dem", "den", "des"].contains(beforeLower),
                !(close + 1 < tokens.count && words.isWord(close + 1) && words.isCapitalized(close + 1)),
                !(before > 0 && words.isPunct(before - 1, ","))
            {
                return false
            }
        }
        let sentence = sentenceRange(of: c)
        var cue: QuoteLexicons.Cue?
        var cueIndex = -1
        var subjunctive = false
        let german = document.language == .german
        for i in sentence where !inQuote[i] && tokens[i].kind == .word {
            let w = words.lower(i)
            if cue == nil || !QuoteLexicons.namingLemmas.contains(cue!.lemma),
                let found = words.cue(at: i, limit: sentence.upperBound, lower: w)
            {
                cue = found
                cueIndex = i
            }
            if !subjunctive, WordReader.subjunctives.contains(w) || german && words.isSubjunctiveI(i, lower: w) {
                subjunctive = true
            }
            if w == "zufolge" || w == "laut" || w == "angaben" || w == "according" { subjunctive = true }
        }
        // A naming verb in the infinitive with `zu` mentions a word rather than using it
        // (`es sei verfrüht, von einer „Krise“ zu sprechen`): no one is quoted.
        let infinitive = cueIndex > 0 && words.lower(cueIndex - 1) == "zu"
        // `etwas für „…“ halten` judges as `als „…“ bezeichnen` names.
        func sentenceHas(_ forms: Set<String>) -> Bool {
            sentence.contains { tokens[$0].kind == .word && forms.contains(words.lower($0)) }
        }
        // (an article may come between: `hält das für ein „Eingeständnis des Scheiterns“`, `sieht ihn als einen „…“`)
        let preposition =
            before.flatMap { b in
                Self.indefiniteArticles.contains(beforeLower) || WordReader.determiners.contains(beforeLower)
                    ? previousWord(b).map { words.lower($0) } : nil
            } ?? beforeLower
        let judging = preposition == "für" && sentenceHas(Self.haltenForms)
        // (`als „…“` names only in a sentence where someone speaks, names or judges — `sieht den Plan
        // als „Kapitulation“` —: "ThyssenKrupp will als „Weißer Ritter“ bieten" is the narrator's term)
        let judgingAs = preposition == "als" && (cue != nil || subjunctive || sentenceHas(Self.judgingAsForms))
        let naming =
            judgingAs || judging
            || beforeLower == "von" && cue?.lemma == "sprechen" && !infinitive
            || cue.map { QuoteLexicons.namingLemmas.contains($0.lemma) && !infinitive } ?? false
        if lowerStart { return cue != nil || subjunctive || naming || wordCount >= 3 }
        // Capitalised: German nouns and names look alike; ask for a naming or speech frame.
        if naming { return true }
        // Right after a German verb of saying (perhaps `nur`, `einfach`), what was said, one word too: `sagte
        // nur „Nein“` (in English a capital after `said` is as often a name: `said "Fox News"`).
        if german, saidRightBefore(open) { return true }
        // A noun after an indefinite article is a word someone chose, not a name (names take
        // the definite article): `er habe der Debatte einen „Ruck“ gegeben`, `von einer „Farce“`.
        if let before, Self.indefiniteArticles.contains(beforeLower), words.isCapitalized(firstInner),
            !words.isCapitalized(before) || startsUtterance(before)
        {
            return cue != nil && !infinitive || subjunctive
        }
        return (cue != nil || subjunctive) && (wordCount >= 2 && hasLowercaseWord(c.inner))
    }

    /// The noun is the object of a verb that names it, right before: `called the plan "reckless"`, `nannte
    /// den Plan „unsozial“` — the quote is what it was called, not its title (`a plan called "…"`).
    private func objectOfNamingVerb(_ noun: Int) -> Bool {
        guard let article = previousWord(noun), words.isDeterminer(article), let verb = previousWord(article),
            let cue = words.lexicons.cues[words.lower(verb)], cue.particle.isEmpty
        else { return false }
        return QuoteLexicons.objectNamingLemmas.contains(cue.lemma)
    }

    /// A word with a capital after its first letter (`eBay`, `iPhone`) or a dot before a final
    /// run of letters (`stern.de`): the shape of a brand or a web address, never of speech.
    private func isBrandOrAddress(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        let scalars = Array(words.text(i).unicodeScalars)
        guard scalars.count >= 3 else { return false }
        if scalars.dropFirst().contains(where: { $0.properties.isUppercase }),
            scalars.contains(where: { $0.properties.isLowercase })
        {
            return true
        }
        if let dot = scalars.lastIndex(of: "."), dot > 0, dot < scalars.count - 2,
            scalars[(dot + 1)...].allSatisfy({ $0.properties.isLowercase })
        {
            return true
        }
        return false
    }

    static let haltenForms: Set<String> = ["hält", "halte", "halten", "hielt", "hielten", "gehalten", "haltet"]

    /// German verbs of judging that take `als` and a predicate (`sieht den Plan als „…“`, `wertete es
    /// als „…“`).
    static let judgingAsForms: Set<String> = [
        "sieht", "sehen", "sah", "sahen", "gesehen", "betrachtet", "betrachten", "betrachtete", "betrachteten",
        "wertet", "werten", "wertete", "werteten", "gewertet", "bewertet", "bewerten", "bewertete", "bewerteten",
        "empfindet", "empfinden", "empfand", "empfanden", "empfunden", "einstuft", "einstufen", "stuft", "stufte",
        "eingestuft", "versteht", "verstehen", "verstand", "verstanden",
    ]

    /// `a`, `an`, `ein`, `kein` …: someone new, not someone named before.
    static func isIndefiniteArticle(_ w: String) -> Bool { w == "a" || w == "an" || indefiniteArticles.contains(w) }

    static let indefiniteArticles: Set<String> = [
        "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
    ]

    /// The quote is a name given by `genannt` or `so heißt/nennt/werden … genannt` right after
    /// it, with no one saying it: `im Volksmund „…“ genannt`, `„…“ – so werden die Anhänger genannt`.
    private func isPassiveNaming(after close: Int) -> Bool {
        var j = close + 1
        while j < tokens.count, words.isDash(j) { j += 1 }
        guard j < tokens.count, tokens[j].kind == .word, !tokens[j].paragraphBefore else { return false }
        let w = words.lower(j)
        if w == "genannt" || w == "getauft" { return true }
        // `„…“ heißt die Firma`, `„…“ lautet der Titel` (but `„…“ heißt es in dem Bericht`).
        if ["heißt", "hieß", "heisst", "hiess", "lautet", "lautete"].contains(w), j + 1 < tokens.count,
            words.isDeterminer(j + 1)
        {
            return true
        }
        guard w == "so", j > close + 1, j + 1 < tokens.count, tokens[j + 1].kind == .word else { return false }
        return ["wird", "werden", "wurde", "wurden", "heißt", "heißen", "nennt", "nennen"].contains(words.lower(j + 1))
    }

    /// The word right before token `i` on its line (a headline's last word is none: `Streit um neues Stadion` over
    /// `„Wir werden“, sagte er`).
    private func previousWord(_ i: Int) -> Int? {
        i > 0 && !tokens[i].lineBefore && (tokens[i - 1].kind == .word || tokens[i - 1].kind == .abbreviation)
            ? i - 1 : nil
    }

    /// Tokens of the sentences the quote touches.
    func sentenceRange(of c: QuoteCandidate) -> Range<Int> {
        let startSentence = document.sentenceIndex(containing: tokens[c.first].span.start) ?? 0
        let endSentence = document.sentenceIndex(containing: tokens[c.last].span.start) ?? startSentence
        guard startSentence < document.sentences.count else { return c.first..<(c.last + 1) }
        let lower = min(document.sentences[startSentence].tokens.lowerBound, c.first)
        let upper = max(
            document.sentences[min(endSentence, document.sentences.count - 1)].tokens.upperBound, c.last + 1)
        // A frame after a quote that ends its sentence („…“, sagte er.) belongs to it as well.
        var extended = upper
        if upper < tokens.count, upper == c.last + 1,
            words.isPunct(upper, ",") || (words.isWord(upper) && !words.isCapitalized(upper))
        {
            if let next = document.sentenceIndex(containing: tokens[min(upper, tokens.count - 1)].span.start),
                next < document.sentences.count, !tokens[upper].paragraphBefore
            {
                extended = document.sentences[next].tokens.upperBound
            }
        }
        return lower..<extended
    }

    // MARK: - Attribution

    struct Attribution {
        var mention: Range<Int>
        var cue: Int?
        /// Where to look for the speaker's name when the mention has none (a long subject:
        /// "Der Vorsitzende der Gewerkschaft, Frank Bsirske").
        var nameScope: Range<Int>? = nil
    }

    /// Where a frame after a quote's closing mark begins: past a comma, or a dash that sets the frame
    /// apart (`„…“, sagte X`, `„Wir werden“ – so der Präsident – „nicht …“`).
    func frameStart(afterClose close: Int) -> Int {
        let j = close + 1
        return j < tokens.count && (words.isPunct(j, ",") || words.isDash(j)) ? j + 1 : j
    }

    /// The frame right after a quote: `„…“, sagte X`, `„…“, so X`, `"…," X said`.
    func frameAfter(_ c: QuoteCandidate) -> Attribution? {
        guard let close = c.close else { return nil }
        var j = close + 1
        guard j < tokens.count, !tokens[j].paragraphBefore else { return nil }
        if tokens[j].kind == .openBracket { return bracketSource(close) }
        j = frameStart(afterClose: close)
        guard j < tokens.count, words.isWord(j), !tokens[j].paragraphBefore else { return nil }
        let limit = clauseEnd(from: j)
        let w = words.lower(j)
        // „…“ – so fasste der Trainer das Spiel zusammen: `so` before a verb of saying and its subject
        if w == "so", j + 1 < limit, words.cue(at: j + 1, limit: limit) != nil,
            let mention = subjectAfterVerb(j + 1, limit: limit)
        {
            return Attribution(mention: mention, cue: j + 1)
        }
        // (`Laut X`, `According to X` after a quotation that ends its own open a sentence of their own: `„…
        // verursacht.“ Laut Gericht war …`; `„…!“ So der Trainer.` is still the quotation's frame)
        let newSentence = w != "so" && words.endsSentence(close - 1) && words.isCapitalized(j)
        if w == "so" || w == "laut" || w == "according", !newSentence {
            let start = w == "according" && j + 1 < limit && words.lower(j + 1) == "to" ? j + 2 : j + 1
            return nounPhrase(from: start, limit: limit).map { Attribution(mention: $0, cue: j) }
        }
        // a person or role after a dash, closing the sentence or paragraph: `„…“ – Oberbürgermeisterin Helga Stein` (not
        // a transcript's next turn, `– Vorsitzender: »…«`)
        if words.isDash(close + 1), words.isCapitalized(j), let np = nounPhrase(from: j, limit: limit),
            np.upperBound >= tokens.count || tokens[np.upperBound].paragraphBefore || words.endsSentence(np.upperBound),
            namesPersonOrRole(np),
            words.cue(at: j, limit: limit) == nil
        {
            return Attribution(mention: np, cue: nil)
        }
        if let cue = words.cue(at: j, limit: limit) {
            guard var mention = subjectAfterVerb(j, limit: limit) else { return nil }
            // „…“, zitierte man X / zitiert die Zeitung X: the one quoted is the speaker.
            if cue.lemma == "zitieren", let quoted = quotedPerson(verb: j, subject: mention, limit: limit),
                nameRun(in: quoted) != nil
            {
                mention = quoted
            }
            return Attribution(mention: mention, cue: j)
        }
        // English: "…," the minister said. (The comma tells it from a new sentence; German puts the verb first,
        // and a subject first begins a clause of its own: `… von einem „Fass ohne Boden“, die Grünen forderten …`.)
        let lastInner = c.inner.upperBound - 1
        let comma = words.isPunct(close + 1, ",") || (lastInner >= 0 && words.isPunct(lastInner, ","))
        let english = document.language == .english
        if english, comma, let np = nounPhrase(from: j, limit: limit), np.upperBound < limit,
            words.cue(at: np.upperBound, limit: limit) != nil
        {
            return Attribution(mention: np, cue: np.upperBound)
        }
        // English: `“…,” the ad's narrator says` (a lower-case head), `“…?” Graham asked`.
        if english, comma || (lastInner >= 0 && (words.isPunct(lastInner, "?") || words.isPunct(lastInner, "!"))),
            let np = nounPhrase(from: j, limit: limit) ?? englishNounPhrase(from: j, limit: limit),
            // (the phrase right after the quote: after `, while` or `, and` a clause of its own begins)
            np.lowerBound == j, np.upperBound < limit,
            words.cue(at: np.upperBound, limit: limit) != nil
        {
            return Attribution(mention: np, cue: np.upperBound)
        }
        // English: a speaker with an apposition or a party in brackets before the verb
        // (`"…," Jane Doe, a spokeswoman, said`, `"…," Sen. Jane Doe (D-Ore.) said`).
        if english, comma, let np = nounPhrase(from: j, limit: limit), np.upperBound < limit,
            words.isPunct(np.upperBound, ",") || tokens[np.upperBound].kind == .openBracket
        {
            // The apposition may hold an abbreviation's full stop (`R-Ky.,`, `(D-Md.)`).
            var k = np.upperBound + 1
            while k < min(tokens.count, np.upperBound + 24), !tokens[k].paragraphBefore, !tokens[k].kind.isQuote,
                !inQuote[k]
            {
                if words.endsSentence(k),
                    !(k + 1 < tokens.count && (words.isPunct(k + 1, ",") || tokens[k + 1].kind == .closeBracket))
                {
                    break
                }
                if words.isPunct(k - 1, ",") || tokens[k - 1].kind == .closeBracket, tokens[k].kind == .word,
                    !words.isCapitalized(k),
                    words.cue(at: k, limit: min(tokens.count, k + 1)) != nil
                {
                    return Attribution(mention: np, cue: k)
                }
                k += 1
            }
        }
        // A frame whose cue comes later: „…“, hatte der Chef in einem Interview gesagt (the participle is the cue when
        // an auxiliary opens the frame; not in `„…“, der von X bestätigt wird`).
        if comma, !words.isCapitalized(j),
            let cue = (j..<limit).first(where: { words.cue(at: $0, limit: limit) != nil })
        {
            let auxiliary = !english && Self.finiteVerbsDE.contains(w)
            return subjectAfterVerb(j, limit: limit).map { Attribution(mention: $0, cue: auxiliary ? cue : nil) }
        }
        // German puts the verb first after the quotation's comma: one the lexicon lacks, in a finite form (`„…“,
        // stammelte Kapitän Lukas Brenner`, `„…“, findet dagegen der Satiriker`), is a frame when a person or a
        // role follows as its subject
        if !english, comma, !words.isCapitalized(j), w.count > 3, w.hasSuffix("te") || w.hasSuffix("t"),
            let mention = subjectAfterVerb(j, limit: limit), namesPersonOrRole(mention)
        {
            return Attribution(mention: mention, cue: j)
        }
        return nil
    }

    /// A source in brackets right after the quote: „…“ (Konrad-Adenauer-Stiftung).
    private func bracketSource(_ close: Int) -> Attribution? {
        let limit = min(tokens.count, close + 12)
        guard let np = nounPhrase(from: close + 2, limit: limit), np.upperBound < tokens.count else { return nil }
        if tokens[np.upperBound].kind == .closeBracket { return Attribution(mention: np, cue: nil) }
        // a person and what they are: `„…“ (Anna Roth, Verlegerin)`
        guard np.upperBound + 1 < limit, words.isPunct(np.upperBound, ","), namesPersonOrRole(np),
            let end = (np.upperBound + 1..<limit).first(where: { !words.isWord($0) }),
            end > np.upperBound + 1, tokens[end].kind == .closeBracket
        else { return nil }
        return Attribution(mention: np, cue: nil)
    }

    /// `X zitiert Y mit den Worten …`, `zitierte man Y`: the one quoted, who is the speaker — the object
    /// after the verb, or after the subject where that follows the verb (`Am Montag zitierte die Zeitung Y
    /// mit …`). Nil for any other verb, or without a noun phrase (not a pronoun) there.
    func quotedPerson(verb: Int, subject: Range<Int>?, limit: Int) -> Range<Int>? {
        guard words.cue(at: verb, limit: limit)?.lemma == "zitieren" else { return nil }
        var after = subject.map { $0.lowerBound > verb ? $0.upperBound : verb + 1 } ?? verb + 1
        // (past adverbs: `zitiert zudem einen Gutachter`)
        while after < limit, tokens[after].kind == .word, Self.adverbs.contains(words.lower(after)) { after += 1 }
        guard let quoted = nounPhrase(from: after, limit: limit), !words.isPronoun(after) else { return nil }
        return quoted
    }

    /// The clause before a colon that introduces the quote: `X sagte: „…“`, `Steinbrück: „…“`.
    func colonFrame(_ c: QuoteCandidate) -> Attribution? {
        if let frame = commaFrameBefore(c) ?? bracketFrame(c) { return frame }
        guard let open = c.open, open > 1, words.isPunct(open - 1, ":") else { return nil }
        let colon = open - 1
        var start = clauseStart(before: colon)
        // the next of a list: `…), und der Ministerpräsident Jens Stoltenberg: „…“`
        while start < colon,
            tokens[start].kind == .punctuation || tokens[start].kind == .closeBracket
                || Self.coordinators.contains(words.lower(start))
        {
            start += 1
        }
        guard start < colon else { return nil }
        if let verb = (start..<colon).first(where: { !inQuote[$0] && words.cue(at: $0, limit: colon + 1) != nil }) {
            if words.isCapitalized(verb), verb + 1 < colon, verb > start || tokens[verb].kind == .word {
                // A cue noun: "Zitat von Schröder:", "mit den Worten:".
                if words.lower(verb) == "zitat" {
                    let from = words.lower(verb + 1) == "von" ? verb + 2 : verb + 1
                    if let np = nounPhrase(from: from, limit: colon) { return Attribution(mention: np, cue: verb) }
                }
            }
            // (right after a name in apposition, past an age, that name: `One of them, retired nurse Janet Cole, 67,
            // said: "…"`, `Einer von ihnen, Hans Meier, sagte: „…“`)
            let found =
                subject(of: verb, clauseStart: start, limit: colon)
                ?? appositionName(endingAt: verb - 1, clauseStart: start).map { (mention: $0, scope: Optional($0)) }
            if let quoted = quotedPerson(verb: verb, subject: found?.mention, limit: colon) {
                return Attribution(mention: quoted, cue: verb)
            }
            return found.map { Attribution(mention: $0.mention, cue: verb, nameScope: $0.scope) }
        }
        // No verb: a bare name before the colon (not a word for a kind of article: `Interview: „…“`).
        if colon - start <= 6, let np = nounPhrase(from: start, limit: colon), np.upperBound == colon {
            if np.count == 1, InterviewTurns.articleKinds.contains(words.lower(np.lowerBound)) { return nil }
            return Attribution(mention: np, cue: nil)
        }
        // Any other verb before a colon frames the quote too (X meldet: „…“, In dem Antrag heißt es: „…“).
        if let (np, scope) = clauseSubject(start..<colon) {
            return Attribution(mention: np, cue: nil, nameScope: scope)
        }
        // … its subject before a relative clause on it (`Anwohner Klaus Reiter, der seit 30 Jahren hier wohnt, freute
        // sich: „…“`)
        if let comma = (start..<colon).last(where: { words.isPunct($0, ",") && !inQuote[$0] }),
            let antecedent = antecedent(ofRelativeClauseEndingAt: comma)
        {
            return Attribution(mention: antecedent, cue: nil, nameScope: antecedent)
        }
        return nil
    }

    /// German: the noun phrase a relative clause is on, when the clause closes with the comma at `comma` (`Klaus
    /// Reiter, der seit 30 Jahren hier wohnt,`).
    func antecedent(ofRelativeClauseEndingAt comma: Int) -> Range<Int>? {
        guard document.language == .german, words.isPunct(comma, ","), !inQuote[comma],
            let open = stride(from: comma - 1, through: max(0, comma - 25), by: -1).first(where: {
                (words.isPunct($0, ",") && !inQuote[$0]) || words.endsSentence($0)
            }), words.isPunct(open, ","), open + 2 < comma, tokens[open + 1].kind == .word,
            Self.relativeClauseOpenersDE.contains(words.lower(open + 1))
        else { return nil }
        let floor =
            document.sentenceIndex(containing: tokens[open].span.start).map {
                document.sentences[$0].tokens.lowerBound
            } ?? 0
        return nounPhraseBefore(open, floor: floor)
    }

    /// A quotation in brackets right after a name: `Mohammed ElBaradei („Mir fällt niemand ein …“)`.
    func bracketFrame(_ c: QuoteCandidate) -> Attribution? {
        guard let open = c.open, let close = c.close, open > 1, tokens[open - 1].kind == .openBracket,
            close + 1 < tokens.count, tokens[close + 1].kind == .closeBracket
        else { return nil }
        let end = open - 1
        let start = clauseStart(before: end)
        for from in max(start, end - 6)..<end where words.isWord(from) && words.isCapitalized(from) {
            if let np = nounPhrase(from: from, limit: end), np.upperBound == end, let run = nameRun(in: np),
                run.upperBound == end
            {
                return Attribution(mention: np, cue: nil)
            }
        }
        return nil
    }

    /// English introduces a quotation with a comma as often as with a colon: a verb of speech,
    /// perhaps with an object pronoun, then `,` and the quote (`She added, "…"`, `…, saying,
    /// "…"`, `before asking her, "…"`): the verb's subject.
    func commaFrameBefore(_ c: QuoteCandidate) -> Attribution? {
        guard document.language == .english, let open = c.open, open > 2, words.isPunct(open - 1, ",") else {
            return nil
        }
        var verb = open - 2
        if tokens[verb].kind == .word, Self.objectPronounsEN.contains(words.lower(verb)) { verb -= 1 }
        guard verb >= 0, tokens[verb].kind == .word, !inQuote[verb], !words.isCapitalized(verb),
            words.cue(at: verb, limit: open) != nil || words.speechVerb(at: verb, limit: open)?.verbClass == .say
        else { return nil }
        let start = clauseStart(before: verb)
        guard var (mention, scope) = speechSubject(of: verb, clauseStart: start) else { return nil }
        // A participle's subject is the name right before it (`The video shows X asking, "…"`).
        if words.lower(verb).hasSuffix("ing"), mention.upperBound == verb, let run = nameRun(in: mention),
            run.lowerBound > mention.lowerBound,
            run.upperBound == verb
        {
            mention = run
            scope = run
        }
        return Attribution(mention: mention, cue: verb, nameScope: scope)
    }

    static let objectPronounsEN: Set<String> = ["her", "him", "them", "me", "us", "reporters", "supporters"]

    /// A speech frame in the sentence right before a quote that opens its sentence
    /// ("Sie fügte hinzu. „…“"): the frame's subject, when the sentence has no quote of its own.
    func previousSentenceFrame(_ c: QuoteCandidate) -> Attribution? {
        guard let open = c.open, open > 1, words.endsSentence(open - 1), !tokens[open].paragraphBefore,
            let index = document.sentenceIndex(containing: tokens[open - 1].span.start)
        else { return nil }
        let previous = document.sentences[index].tokens
        guard !previous.contains(where: { inQuote[$0] }), previous.count <= 12 else { return nil }
        for i in previous where words.cue(at: i, limit: previous.upperBound) != nil && !words.isCapitalized(i) {
            return subject(of: i, clauseStart: previous.lowerBound, limit: previous.upperBound - 1)
                .map { Attribution(mention: $0.mention, cue: i, nameScope: $0.scope) }
        }
        // No verb of saying: a person or role opening the sentence speaks the quotation that is a sentence of its own
        // after it (`Kretschmer wurde im Landtag deutlich. „…“`), with no cue.
        guard let close = c.close, endsSentence(afterQuoteClosing: close),
            let (mention, scope) = personOpening(previous)
        else { return nil }
        return Attribution(mention: mention, cue: nil, nameScope: scope)
    }

    /// The person or role opening a sentence as its subject (`Der Regierungschef Michael Kretschmer wurde …`), with
    /// an entities layer (the heuristic's names are too weak a lead): who goes on speaking after it.
    func personOpening(_ sentence: Range<Int>) -> (Range<Int>, Range<Int>)? {
        guard !useHeuristic, !sentence.contains(where: { inQuote[$0] }), let (mention, scope) = clauseSubject(sentence),
            namesPersonOrRole(mention)
        else { return nil }
        return (mention, scope)
    }

    /// Whether the quotation closing at `close` ends its sentence (its last word's punctuation inside the marks,
    /// or a full stop after them) or its paragraph.
    func endsSentence(afterQuoteClosing close: Int) -> Bool {
        close + 1 >= tokens.count || tokens[close + 1].paragraphBefore || words.endsSentence(close - 1)
            || words.endsSentence(close + 1)
    }

    /// Whether a mention names a person (the entities layer's or a first name's) or a role (`der Regierungschef`).
    func namesPersonOrRole(_ mention: Range<Int>) -> Bool {
        names.name(overlapping: words.span(mention)) != nil
            || mention.contains { words.lexicons.isRole(words.lower($0)) }
            || nameRun(in: mention).map {
                $0.count >= 2 && words.lexicons.firstNames[words.lower($0.lowerBound)] != nil
            }
                == true
    }

    /// German: a sentence right after a quote that ends its own, opening with the quotation taken up
    /// (`So`, `Das`, `Dies`) and a verb of saying: its subject (`„…!“ So kommentierte der Minister die
    /// Entscheidung.`); after `Mit diesen Worten` (`mit diesem Satz`, `Diese Frage`) any verb's subject said the
    /// words (`„…“ Mit diesen Worten eröffnete die Präsidentin die Sitzung`), with no cue unless the verb is one.
    func nextSentenceFrame(_ c: QuoteCandidate) -> Attribution? {
        guard document.language == .german, let close = c.close, close > 0, close + 2 < tokens.count,
            words.endsSentence(close - 1) || words.endsSentence(close + 1)
        else { return nil }
        var j = words.endsSentence(close + 1) ? close + 2 : close + 1
        guard j < tokens.count, !tokens[j].paragraphBefore, words.isWord(j) else { return nil }
        let opener = words.lower(j)
        // (`Mit diesen Worten`, `Mit diesem Satz`, `Diese Frage stellte …`: the words taken up as a noun)
        let takenUp =
            opener == "mit" && j + 2 < tokens.count && Self.takingUpDeterminers.contains(words.lower(j + 1))
            && Self.utteranceNouns.contains(words.lower(j + 2))
        let demonstrative =
            !takenUp && ["diese", "dieser", "dieses"].contains(opener) && j + 1 < tokens.count
            && Self.utteranceNouns.contains(words.lower(j + 1))
        if takenUp || demonstrative {
            j += takenUp ? 3 : 2
            let limit = clauseEnd(from: j)
            guard j < limit, words.isWord(j), !words.isCapitalized(j) else { return nil }
            return subjectAfterVerb(j, limit: limit).map {
                Attribution(mention: $0, cue: words.cue(at: j, limit: limit) != nil ? j : nil)
            }
        } else if ["so", "das", "dies"].contains(opener) {
            j += 1
        } else {
            return nil
        }
        let limit = clauseEnd(from: j)
        guard j < limit, words.cue(at: j, limit: limit) != nil, let mention = subjectAfterVerb(j, limit: limit) else {
            return nil
        }
        return Attribution(mention: mention, cue: j)
    }

    /// The determiners of `mit diesen Worten`, `mit dem Satz`, `mit dieser Frage`.
    static let takingUpDeterminers: Set<String> = ["diesen", "diesem", "dieser", "den", "dem", "der"]
    /// Nouns that take up a quotation's words in the sentence after it (not what it asks for: after `Diese
    /// Forderung unterstützte die SPD` the SPD did not say it).
    static let utteranceNouns: Set<String> = [
        "worten", "worte", "wort", "satz", "sätzen", "sätze", "frage", "aussage", "äußerung", "bemerkung",
    ]

    /// A cue anywhere in the quote's sentence, outside quotes; the one nearest the quote wins.
    func sentenceCue(_ c: QuoteCandidate) -> Attribution? {
        let sentence = sentenceRange(of: c)
        var best: (distance: Int, attribution: Attribution)?
        for i in sentence where !inQuote[i] && words.isWord(i) {
            var found: Attribution?
            let w = words.lower(i)
            var limit: Int { clauseEnd(from: i) }
            if w == "laut" {
                found = nounPhrase(from: i + 1, limit: limit).map { Attribution(mention: $0, cue: i) }
            } else if w == "according", i + 1 < tokens.count, words.lower(i + 1) == "to" {
                // (`according to a statement from the White House`: a phrase in lower case too)
                found = (nounPhrase(from: i + 2, limit: limit) ?? englishNounPhrase(from: i + 2, limit: limit)).map {
                    Attribution(mention: $0, cue: i)
                }
            } else if w == "zufolge" {
                found = nounPhraseBefore(i, floor: sentence.lowerBound).map { Attribution(mention: $0, cue: i) }
            } else if w == "so", i > 0, words.isPunct(i - 1, ","), let np = nounPhrase(from: i + 1, limit: limit),
                np.upperBound < tokens.count, words.isPunct(np.upperBound, ",") || words.endsSentence(np.upperBound)
            {
                found = Attribution(mention: np, cue: i)  // „…“, die, so das Ministerium, …
            } else if Self.sourceNouns.contains(w), i > 0, words.lower(i - 1) == "nach", i + 1 < sentence.upperBound {
                let from = words.lower(i + 1) == "von" ? i + 2 : i + 1
                found = nounPhrase(from: from, limit: limit).map { Attribution(mention: $0, cue: i) }
            } else if w != "so", words.cue(at: i, limit: sentence.upperBound, lower: w) != nil,
                !words.isCapitalized(i) || i == sentence.lowerBound
            {
                let start = clauseStart(before: i, floor: sentence.lowerBound, acrossQuotes: true)
                found = cueSubject(of: i, clauseStart: start, limit: limit).map {
                    Attribution(mention: $0.mention, cue: i, nameScope: $0.scope)
                }
            }
            guard let found else { continue }
            let distance = i < c.first ? c.first - i : i - c.last
            if best == nil || distance < best!.distance { best = (distance, found) }
        }
        if let best { return best.attribution }
        // No cue: quoted words in a sentence usually come from its subject, but not in reported
        // speech (`Die Klauseln seien „alarmierend“`), whose speaker was named before.
        let reported =
            document.language == .german
            && sentence.contains { !inQuote[$0] && tokens[$0].kind == .word && words.isSubjunctive($0) }
        // In a relative clause (`…, der diese Maßnahme als „…“ sieht`) the subject is the
        // relative pronoun: the speaker is the phrase it refers to, before the comma.
        if c.open != nil, let antecedent = relativeAntecedent(before: c.first, floor: sentence.lowerBound) {
            return Attribution(mention: antecedent, cue: nil, nameScope: antecedent)
        }
        if c.open != nil, !reported, let (np, scope) = clauseSubject(sentence.lowerBound..<c.first) {
            return Attribution(mention: np, cue: nil, nameScope: scope)
        }
        return nil
    }

    /// The noun phrase a relative clause refers to, when the quote at `i` stands in a clause
    /// opened by `, der/die/das` (the subject pronoun, then a word in lower case or an article,
    /// not a noun: `, die Zeitung` is an apposition): the words before the comma, which end with
    /// a capitalised noun or name. (Only when the sentence has no cue: a frame is found first.)
    /// `acrossQuotes`: the clause may hold a quotation before `i` (`, der den Plan als „…“ bezeichnete`). (Not when
    /// a nominative `der`/`ein` follows the pronoun: `, die der Minister als „…“ bezeichnete` has a subject of its
    /// own.)
    func relativeAntecedent(before i: Int, floor: Int, acrossQuotes: Bool = false) -> Range<Int>? {
        guard document.language == .german else { return nil }
        var k = i - 1
        while k > floor, !words.isPunct(k, ",") || inQuote[k], acrossQuotes || !inQuote[k], !words.endsSentence(k) {
            k -= 1
        }
        guard k > floor, words.isPunct(k, ","), !inQuote[k], k + 2 < i, tokens[k + 1].kind == .word,
            WordReader.nominativeArticlesDE.contains(words.lower(k + 1)),
            !words.isCapitalized(k + 2) || words.isDeterminer(k + 2),
            !Self.masculineNominativeOpenersDE.contains(words.lower(k + 2)),
            k > 0, words.isWord(k - 1), words.isCapitalized(k - 1)
        else { return nil }
        return nounPhraseBefore(k, floor: floor)
    }

    /// The German noun phrase that ends right before token `end`, a noun or a name last: back to its determiner over
    /// its adjectives (`ein neuer Kommentar`), and on over a genitive (`eine Stellungnahme der Regierung`).
    func germanPhrase(endingAt end: Int, floor: Int) -> Range<Int>? {
        func isNoun(_ k: Int) -> Bool { k >= floor && !inQuote[k] && words.isWord(k) && words.isCapitalized(k) }
        guard isNoun(end - 1) else { return nil }
        var start = end - 1
        while true {
            while isNoun(start - 1), !words.isDeterminer(start - 1) { start -= 1 }
            // a determiner within three adjectives in lower case before the noun
            guard
                let determiner = stride(from: start - 1, through: max(floor, start - 4), by: -1).first(where: {
                    !inQuote[$0] && words.isWord($0) && (words.isDeterminer($0) || words.isCapitalized($0))
                }), words.isDeterminer(determiner),
                (determiner + 1..<start).allSatisfy({ words.isWord($0) && !words.isCapitalized($0) })
            else { break }
            start = determiner
            // a genitive's article after its noun: go on to that noun's phrase
            guard ["der", "des"].contains(words.lower(determiner)), isNoun(determiner - 1) else { break }
            start = determiner - 1
        }
        return start..<end
    }

    static let sourceNouns: Set<String> = [
        "angaben", "auffassung", "ansicht", "meinung", "worten", "einschätzung", "darstellung", "aussage", "aussagen",
        "informationen",
    ]

    /// The subject of a clause whose verb is not known: its first noun phrase when the clause
    /// starts with one, else the phrase after `heißt es in` / a pronoun.
    func clauseSubject(_ clause: Range<Int>) -> (Range<Int>, Range<Int>)? {
        let first = skipDateline(clause.lowerBound)
        guard first < clause.upperBound, !inQuote[first] else { return nil }
        // (English, a phrase of common nouns too: `The opposition disagreed: "…"`)
        if startsNounPhrase(first), !Self.adverbs.contains(words.lower(first)),
            let np = nounPhrase(from: first, limit: clause.upperBound)
                ?? (document.language == .english
                    ? englishNounPhrase(from: first, limit: clause.upperBound).map(beforeFirstPastEN) : nil),
            np.upperBound < clause.upperBound, words.isWord(np.upperBound), !words.isCapitalized(np.upperBound)
        {
            // (English: a possessor is whose the subject is, `Britain's culture secretary defended …`: the whole)
            if document.language == .english, words.isPossessiveS(np.upperBound),
                let owned = englishNounPhrase(from: np.upperBound + 1, limit: clause.upperBound)
            {
                return (np.lowerBound..<owned.upperBound, first..<clause.upperBound)
            }
            return (np, first..<clause.upperBound)
        }
        if let middle = middleFieldSubject(first..<clause.upperBound), words.isPronoun(middle.lowerBound) {
            return (middle, middle)
        }
        // German, an adverbial phrase first (`Bei einer Debatte … hatte sich Pieper … hinreißen lassen:`): a person
        // named right after the finite auxiliary (past `sich`) is the subject
        if document.language == .german, Self.prepositions.contains(words.lower(first)),
            let finite = (first + 1..<clause.upperBound).first(where: {
                !inQuote[$0] && tokens[$0].kind == .word && Self.finiteVerbsDE.contains(words.lower($0))
            })
        {
            let start = finite + 1 < clause.upperBound && words.lower(finite + 1) == "sich" ? finite + 2 : finite + 1
            if let np = nounPhrase(from: start, limit: clause.upperBound), let run = nameRun(in: np),
                useHeuristic || names.namesPerson(words.text(run))
            {
                return (np, np)
            }
        }
        // "In dem Antrag heißt es:", "Auf der Website schrieb …": the phrase after the preposition.
        if words.isFunctionWord(words.lower(first)), first + 1 < clause.upperBound,
            let np = nounPhrase(from: first + 1, limit: clause.upperBound),
            np.count >= 2, (np.upperBound..<clause.upperBound).contains(where: { words.lower($0) == "es" })
        {
            return (np, np)
        }
        return nil
    }

    // MARK: - Noun phrases

    /// The subject of a cue verb in a quotation's sentence: English as the speech rules read English
    /// subjects (past an opening `Yet`, with an apposition), German by its Vorfeld. (Measured for the
    /// frame before a colon too: PolNeAR tune +1 speaker, check −2 on quotations; left as it was.)
    func cueSubject(of verb: Int, clauseStart: Int, limit: Int) -> (mention: Range<Int>, scope: Range<Int>?)? {
        document.language == .english
            ? speechSubject(of: verb, clauseStart: clauseStart)
            : subject(of: verb, clauseStart: clauseStart, limit: limit)
    }

    /// The noun phrase between two commas, the second at `comma`, when it holds a name of two words or more
    /// (passing a segment of numbers alone, an age: `…, Janet Cole, 67,`).
    func appositionName(endingAt comma: Int, clauseStart: Int) -> Range<Int>? {
        var end = comma
        for _ in 0..<2 {
            guard end > clauseStart, words.isPunct(end, ",") else { return nil }
            guard
                let open = stride(from: end - 1, through: clauseStart, by: -1).first(where: { words.isPunct($0, ",") })
            else { return nil }
            let inside = (open + 1)..<end
            if !inside.isEmpty, inside.allSatisfy({ tokens[$0].kind == .number }) {
                end = open
                continue
            }
            guard let np = nounPhrase(from: open + 1, limit: end), np.upperBound == end,
                let run = nameRun(in: np), run.count >= 2, run.upperBound == end
            else { return nil }
            return np
        }
        return nil
    }

    /// The subject of a cue verb: the Vorfeld when it is a noun phrase (`Der Sprecher sagte`),
    /// a pronoun in the middle field (`Gestern hatte er erklärt`), the subject of the first
    /// clause for a coordinated verb (`X sagte …, und forderte`), else the phrase after the
    /// verb (`Dazu sagte der Sprecher`, `said the minister`).
    func subject(of verb: Int, clauseStart: Int, limit: Int) -> (mention: Range<Int>, scope: Range<Int>?)? {
        // German, the verb closing a relative clause whose pronoun is its subject (`ein Kommentar, der die Entscheidung
        // als „…“ bezeichnet`): the phrase the pronoun refers to
        if document.language == .german, verb + 1 >= tokens.count || !words.isWord(verb + 1),
            let sentence = document.sentenceIndex(containing: tokens[verb].span.start),
            let antecedent = relativeAntecedent(
                before: verb, floor: document.sentences[sentence].tokens.lowerBound, acrossQuotes: true)
        {
            return (antecedent, antecedent)
        }
        if verb > clauseStart, Self.coordinators.contains(words.lower(verb - 1)) {
            let first = skipDateline(clauseStart)
            // `Unterdessen hat sich auch der Minister … angeschlossen und mahnte an`: past the adverb.
            let adverbFirst = first < verb - 1 && Self.adverbs.contains(words.lower(first))
            if adverbFirst, let middle = middleFieldSubject((first + 1)..<(verb - 1)) {
                return (middle, middle)
            }
            if first < verb - 1, startsNounPhrase(first), !adverbFirst,
                let np = nounPhrase(from: first, limit: verb - 1)
            {
                return (np, first..<(verb - 1))
            }
        }
        // The Vorfeld: from the last comma before the verb (or the clause start).
        var segment = clauseStart
        for k in stride(from: verb - 1, through: clauseStart, by: -1)
        where words.isPunct(k, ",") || words.isPunct(k, "–") {
            segment = k + 1
            break
        }
        var first = skipDateline(segment)
        if first < verb, Self.subordinators.contains(words.lower(first)) { first += 1 }
        // a German relative clause whose pronoun is an object, a nominative phrase after it the subject (`der Plan,
        // den der Minister als „…“ bezeichnete`)
        if document.language == .german, segment > clauseStart || first > clauseStart, first + 2 < verb,
            words.isPunct(first - 1, ","), Self.relativePronounsDE.contains(words.lower(first)),
            Self.masculineNominativeOpenersDE.contains(words.lower(first + 1)),
            let np = nounPhrase(from: first + 1, limit: verb)
        {
            return (np, np)
        }
        if first >= verb, segment > clauseStart {
            // Right after a parenthesis or relative clause: the sentence's subject
            // ("Der Präsident Putin, der … erwartet wurde, versicherte").
            let start = skipDateline(clauseStart)
            if start < verb, startsNounPhrase(start), !Self.adverbs.contains(words.lower(start)),
                let np = nounPhrase(from: start, limit: verb)
            {
                // (unless a plural before a singular verb: the object, its subject after the verb — `Die tibetischen
                // Mönche, die …, beschrieb die Nachrichtenagentur als …`; `der` + a feminine noun is not asked here: it
                // cost a Wikinews check-half speaker)
                if isPluralBeforeSingularDE(np, verb: verb), let after = subjectAfterVerb(verb, limit: limit) {
                    return (after, nil)
                }
                return (np, start..<verb)
            }
        }
        if first < verb {
            let w = words.lower(first)
            // `Wochen zuvor hatte die Staatsführung angedeutet`, `Tage später sagte er`: a time adverbial is no subject;
            // the subject follows the finite verb
            if !inQuote[first], startsNounPhrase(first), let np = nounPhrase(from: first, limit: verb),
                np.upperBound < verb, WordReader.timeUnits.contains(words.lower(np.upperBound - 1)),
                Self.relativeTimeAdverbsDE.contains(words.lower(np.upperBound))
            {
                let finite = np.upperBound + 1
                if finite < verb, finite + 1 < verb, !words.isCapitalized(finite),
                    Self.nominativeOpenersDE.contains(words.lower(finite + 1)) || words.isNameWord(finite + 1),
                    let subject = nounPhrase(from: finite + 1, limit: verb)
                {
                    return (subject, subject)
                }
                return subjectAfterVerb(verb, limit: limit).map { ($0, nil) }
            }
            if !inQuote[first], startsNounPhrase(first), !Self.adverbs.contains(w),
                let np = nounPhrase(from: first, limit: verb)
            {
                // Object first, subject after the verb (Den Unterschied schilderte Max Raabe):
                // a named person after the verb wins over a Vorfeld without a name.
                // (A Vorfeld that can speak keeps the subject unless its article is an object's: `Die Opposition
                // warf Ministerin Anna Stolz vor, …`; `Den Unterschied schilderte Max Raabe`.)
                let named =
                    (nameRun(in: np)?.count ?? 0) >= 2 || np.count == 1
                    || !Self.objectArticles.contains(w) && isAgent(np)
                // (A person: `Obamas Einsatz` is a possessive, not a name.)
                // (nor an organisation, the addressee of `sagte der Deutschen Presse-Agentur`)
                // (a name, not nouns joined by an article: `das Verhalten der Fans`)
                if !named, let after = subjectAfterVerb(verb, limit: limit), let run = nameRun(in: after),
                    run.count >= 2,
                    !words.lower(run.lowerBound).hasSuffix("s")
                        || words.lexicons.firstNames[words.lower(run.lowerBound)] != nil,
                    run.allSatisfy({ words.isCapitalized($0) })
                        || words.lexicons.firstNames[words.lower(run.lowerBound)] != nil,
                    !isOrganisation(
                        document.string(
                            for: words.span(run)))
                {
                    return (after, nil)
                }
                if isObjectBeforeVerbDE(np, verb: verb), let after = subjectAfterVerb(verb, limit: limit) {
                    return (after, nil)
                }
                return (np, first..<verb)
            }
            // Verb second: the subject follows it (Im Interview erklärte er); verb last: it
            // stands between the finite verb and the cue (Gestern hatte er erklärt).
            let after = subjectAfterVerb(verb, limit: limit)
            if let after, after.count == 1, words.isPronoun(after.lowerBound) { return (after, nil) }
            if let middle = middleFieldSubject(first..<verb), after == nil || words.isPronoun(middle.lowerBound) {
                return (middle, nil)
            }
            return after.map { ($0, nil) }
        }
        return subjectAfterVerb(verb, limit: limit).map { ($0, nil) }
    }

    /// A subject between the finite verb and a final cue: a pronoun (`hatte er erklärt`) or a
    /// name (`soll Anelka zu Domenech gesagt haben`).
    func middleFieldSubject(_ range: Range<Int>) -> Range<Int>? {
        if let pronoun = range.first(where: {
            !inQuote[$0] && tokens[$0].kind == .word && Self.subjectPronouns.contains(words.lower($0))
        }) {
            return pronoun..<(pronoun + 1)
        }
        // German, a prepositional phrase first (`In einem Interview mit dem Spiegel hatte die Autorin gesagt`): the
        // phrase right after the perfect's or a modal's finite verb, not a noun of the preposition's (after a passive's,
        // `war der Auftrag … bezeichnet worden`, what was named)
        if document.language == .german, Self.prepositions.contains(words.lower(range.lowerBound)),
            let finite = range.dropFirst().first(where: {
                !inQuote[$0] && tokens[$0].kind == .word && Self.finiteVerbsDE.contains(words.lower($0))
            }),
            Self.perfectAuxiliariesDE.contains(words.lower(finite)) || Self.modals.contains(words.lower(finite)),
            finite + 1 < range.upperBound, startsNounPhrase(finite + 1),
            let np = nounPhrase(from: finite + 1, limit: range.upperBound)
        {
            return np
        }
        if let name = range.dropFirst().first(where: { !inQuote[$0] && words.isNameWord($0) }),
            let np = nounPhrase(from: name, limit: range.upperBound)
        {
            return max(range.lowerBound, particlesBefore(name))..<np.upperBound
        }
        return nil
    }

    /// Whether a German phrase before its finite verb is no subject by its form: a plural before a singular verb, or
    /// `der` before a feminine noun (then the subject follows the verb).
    func isObjectBeforeVerbDE(_ np: Range<Int>, verb: Int) -> Bool {
        isPluralBeforeSingularDE(np, verb: verb) || isDativeFeminineDE(np)
    }

    /// Whether a German phrase is plural by its form (`die` + an adjective in -en + a noun: `die tibetischen Mönche`)
    /// and the finite verb after it singular (`beschrieb`, `sagte`, not `beschrieben`, `sagten`): then the phrase is
    /// the object, not the subject.
    func isPluralBeforeSingularDE(_ np: Range<Int>, verb: Int) -> Bool {
        guard document.language == .german, np.count >= 3, words.lower(np.lowerBound) == "die",
            tokens[np.lowerBound + 1].kind == .word, !words.isCapitalized(np.lowerBound + 1),
            words.lower(np.lowerBound + 1).hasSuffix("en"), words.isCapitalized(np.lowerBound + 2),
            tokens[verb].kind == .word, !words.isCapitalized(verb)
        else { return false }
        return !words.lower(verb).hasSuffix("n")
    }

    /// Whether the words after `der` at `k` name a news agency or paper (`der Nachrichtenagentur AFP`, `der Deutschen
    /// Presse-Agentur`, `der Zeitung „Die Welt“`): the head within two words ends in `agentur`, `zeitung` or
    /// `zeitschrift`.
    func isNewsMedium(after k: Int, limit: Int) -> Bool {
        (k + 1..<min(limit, k + 3)).contains { i in
            words.isWord(i) && ["agentur", "zeitung", "zeitschrift"].contains { words.lower(i).hasSuffix($0) }
        }
    }

    static let definiteArticles: Set<String> = WordReader.nominativeArticlesDE.union(["the"])
    /// Nouns that stand for an organisation named before (`Wie das Unternehmen mitteilte`, `the company said`).
    static let organisationNouns: Set<String> = [
        "unternehmen", "konzern", "firma", "autobauer", "hersteller", "verband", "gewerkschaft", "partei", "behörde",
        "verein", "klub", "club", "organisation", "fraktion", "stiftung", "bündnis",
        "company", "firm", "carmaker", "automaker", "manufacturer", "group", "union", "party", "agency", "bank",
        "organization", "charity", "foundation",
    ]

    /// Whether a German phrase opens with `der` before a feminine noun (`Der Zeitung „Die Welt“ sagte …`, `Der
    /// Nachrichtenagentur dpa bestätigte …`): a dative or genitive, never the subject, whose nominative is `die`.
    func isDativeFeminineDE(_ np: Range<Int>) -> Bool {
        // (the head outside the marks: `Der Zeitung „Die Welt“`)
        guard document.language == .german, np.count >= 2, words.lower(np.lowerBound) == "der",
            let head = np.dropFirst().last(where: { !inQuote[$0] && words.isWord($0) && words.isCapitalized($0) })
        else { return false }
        let noun = words.lower(head)
        return Self.feminineSuffixesDE.contains { noun.hasSuffix($0) } && !words.lexicons.isRole(noun)
    }

    /// Endings of German feminine nouns (`Zeitung`, `Agentur`, `Gewerkschaft`, `Kommission`, `Partei`, `Universität`).
    static let feminineSuffixesDE = ["ung", "heit", "keit", "schaft", "ion", "tät", "ei", "tur", "ik", "enz", "anz"]

    static let subordinators: Set<String> = ["wie", "als", "nachdem", "während", "weil", "da", "as", "while", "after"]
    /// Articles that open a masculine noun in the nominative: after a relative pronoun, the clause's own subject.
    static let masculineNominativeOpenersDE: Set<String> = ["der", "ein"]
    /// German relative pronouns that are not the nominative of a masculine noun (after them `der`/`ein` opens the
    /// relative clause's subject).
    static let relativePronounsDE: Set<String> = ["den", "dem", "die", "das", "denen", "deren", "dessen"]
    /// Every German relative pronoun that opens a relative clause, the masculine nominative too (`Klaus Reiter, der …`).
    static let relativeClauseOpenersDE: Set<String> = relativePronounsDE.union(WordReader.nominativeArticlesDE)

    /// The adverbs that make a unit of time (`WordReader.timeUnits`) an adverbial (`Wochen zuvor`, `Tage später`).
    static let relativeTimeAdverbsDE: Set<String> = [
        "zuvor", "später", "danach", "vorher", "darauf", "lang", "lange", "früher", "zurück",
    ]
    /// Words that open a noun phrase in the nominative (or a name): a subject after the finite verb.
    static let nominativeOpenersDE: Set<String> = [
        "der", "die", "das", "ein", "eine", "er", "sie", "es", "man", "wir", "ich",
    ]

    /// Words that open a German sentence without being its subject (capitalised there).
    static let adverbs: Set<String> = [
        "unterdessen", "inzwischen", "zudem", "außerdem", "daher", "deshalb", "dennoch", "jedoch", "allerdings",
        "insbesondere", "gegenüber", "darunter", "ebenso", "später", "zuvor", "bisher", "heute", "gestern", "morgen",
        "damals", "ursprünglich", "bereits", "schließlich", "zunächst", "anschließend", "daraufhin", "trotzdem",
        "weiterhin", "ferner", "zuletzt", "kritisch", "ebenfalls", "gleichzeitig", "zugleich", "hingegen", "dagegen",
        "daneben", "darüber", "hierzu", "dazu", "dabei", "danach", "davor", "vorher", "künftig", "zukünftig", "demnach",
        "offenbar", "offensichtlich", "angeblich", "laut", "trotz", "wegen", "angesichts", "aufgrund", "innerhalb",
        "außerhalb", "seitens", "mittlerweile", "momentan", "derzeit", "aktuell", "vielmehr", "stattdessen", "immerhin",
        "ausdrücklich", "wörtlich", "erneut", "auch", "nur", "noch", "zwar", "besonders", "daraus", "darauf", "selbst",
        "vermutlich", "wahrscheinlich", "möglicherweise", "womöglich", "eventuell", "vielleicht", "sicherlich",
        "tatsächlich", "natürlich", "eigentlich", "letztlich", "letztendlich", "grundsätzlich", "indes", "indessen",
        "somit", "folglich", "kürzlich", "jüngst", "neulich", "nunmehr", "seither", "seitdem", "vorerst", "erstmals",
        "zuerst", "dann", "darum", "deswegen", "nämlich", "bislang", "nun", "jetzt",
        // focus particles before the subject (`Erst genetische Analysen hätten gezeigt, dass …`)
        "erst", "sogar", "gerade", "allein", "lediglich", "bloß", "ausgerechnet", "ausschließlich",
        "zulässig", "möglich", "wichtig", "klar", "ähnlich", "genau", "vor", "im", "am",
        "however", "meanwhile", "later", "earlier", "yesterday", "today", "also", "still",
    ]

    static let coordinators: Set<String> = ["und", "sowie", "aber", "and", "but"]
    static let dativePronounsDE: Set<String> = ["ihm", "ihr", "ihnen"]
    static let subjectPronouns: Set<String> = ["er", "sie", "ich", "wir", "he", "she", "they", "i", "we"]

    func startsNounPhrase(_ i: Int) -> Bool {
        words.isDeterminer(i) || words.isPronoun(i)
            || (words.isWord(i) && words.isCapitalized(i)
                && (!words.isFunctionWord(words.lower(i))
                    || document.language == .german && Self.indefiniteHeadsDE.contains(words.lower(i))))
    }

    /// Skips a dateline or an interjection at a sentence's start: in brackets (`(Seoul) Der Präsident …`), or a wire
    /// dateline before a dash (`WASHINGTON, March 20 (Reuters) - The Federal Reserve …`, `Berlin (dpa)
    /// – Die Gewerkschaft …`): capitalised words, numbers and commas, with an agency in brackets or the
    /// place in capitals (not `Merkel – die Kanzlerin –`).
    func skipDateline(_ i: Int) -> Int {
        guard i < tokens.count else { return i }
        if tokens[i].kind == .openBracket {
            var k = i + 1
            while k < tokens.count, k < i + 16, tokens[k].kind != .closeBracket { k += 1 }
            guard k < tokens.count, tokens[k].kind == .closeBracket else { return i }
            // (a longer one, a record's interjection, `(Beifall bei der CDU/CSU) Der Finanzminister sagt …`, when a
            // sentence follows it)
            return k < i + 6 || k + 1 < tokens.count && words.isWord(k + 1) && words.isCapitalized(k + 1) ? k + 1 : i
        }
        var k = i
        var inBracket = false, agency = false
        while k < tokens.count, k < i + 12 {
            switch tokens[k].kind {
            case .openBracket: inBracket = true
            case .closeBracket:
                inBracket = false
                agency = true
            case .punctuation where words.isDash(k):
                let capitals = words.text(i).count >= 2 && words.text(i).uppercased() == words.text(i)
                // (a place of one or two words opening a paragraph, or two places with a slash: `Berlin – Der
                // Prozess …`, `Lima/Berlin – Ein Forscherteam …`)
                let place =
                    (i == 0 || tokens[i].paragraphBefore) && (k <= i + 2 || k == i + 3 && words.text(i + 1) == "/")
                    && k + 1 < tokens.count && words.isWord(k + 1) && words.isCapitalized(k + 1)
                return k > i && (agency || capitals || place) ? k + 1 : i
            case .punctuation where words.isPunct(k, ","), .number, .abbreviation: break
            case .symbol where words.text(k) == "/": break
            case .word where inBracket || words.isCapitalized(k): break
            default: return i
            }
            k += 1
        }
        return i
    }

    /// The phrase after a verb, skipping a few adverbs (`sagte gestern der Minister`).
    func subjectAfterVerb(_ verb: Int, limit: Int, passingPhrases: Bool = true) -> Range<Int>? {
        var j = verb + 1
        var skipped = 0
        while j < limit, skipped < 3 {
            // English: a weekday or month after the verb is a time, not the speaker (`tweeted
            // Friday`). (Not German: `sagte August` names a man in older texts.)
            if document.language == .english, tokens[j].kind == .word, WordReader.calendarWords.contains(words.lower(j))
            {
                j += 1
                skipped += 1
                continue
            }
            // German: a dative pronoun before the subject is the addressee (`sagte ihm der Bote`)
            if document.language == .german, j + 1 < limit, words.isPronoun(j),
                Self.dativePronounsDE.contains(words.lower(j)), !inQuote[j + 1], words.isWord(j + 1),
                words.isDeterminer(j + 1) || words.isCapitalized(j + 1)
            {
                j += 1
                skipped += 1
                continue
            }
            // German: a prepositional phrase before the subject says when or where (`betonte am Montag in Berlin ein
            // Sprecher`); its noun is no speaker. (Not `von`, `zu`, which open names: `sagte von der Leyen`.)
            if passingPhrases, document.language == .german, words.isWord(j), !words.isCapitalized(j),
                Self.prepositions.contains(words.lower(j)), !Self.nameParticles.contains(words.lower(j)),
                j + 1 < limit, !inQuote[j + 1], words.isWord(j + 1)
            {
                // (its article and adjectives, then its one noun: `am Dienstag Innenministerin Klein` keeps the name)
                j += 1
                while j < limit, j - verb < 8, words.isWord(j), !words.isCapitalized(j) { j += 1 }
                j += 1
                skipped += 1
                continue
            }
            if let np = nounPhrase(from: j, limit: limit) {
                // German: a phrase in the dative is the addressee, never the subject (`sagte dem Südwestrundfunk, …`)
                guard document.language == .german, ["dem", "einem"].contains(words.lower(j)) else { return np }
                j = np.upperBound
                skipped += 1
                continue
            }
            if document.language == .english, j == verb + 1, Self.invertingVerbsEN.contains(words.lower(verb)),
                let np = englishInvertedSubject(from: j, limit: limit)
            {
                return np
            }
            // (nor past the opener of the complement clause: in `hopes that the bank could cut` the bank
            // is the content's subject, not the speaker)
            guard words.isWord(j), !words.isCapitalized(j), !Self.complementizersEN.contains(words.lower(j)) else {
                return nil
            }
            j += 1
            skipped += 1
        }
        // (with no subject past them, the phrase names the source: `heißt es in einer Erklärung`; a day or a month
        // names none: `schrieb am Montag`)
        guard passingPhrases, document.language == .german,
            let source = subjectAfterVerb(verb, limit: limit, passingPhrases: false),
            !WordReader.calendarWords.contains(words.lower(source.upperBound - 1))
        else { return nil }
        return source
    }

    /// English: a subject in lower case right after its verb, closed by punctuation, a preposition or
    /// a relative pronoun (`said one trader.`, `said the company in a statement`, `said two analysts
    /// at the bank`), not by a verb (`said the bank could cut`: the content's subject).
    func englishInvertedSubject(from j: Int, limit: Int) -> Range<Int>? {
        guard j < limit, !inQuote[j], words.isWord(j) || tokens[j].kind == .number else { return nil }
        let first = words.lower(j)
        guard
            words.isDeterminer(j) || Self.englishQuantifiers.contains(first) || Self.countWordsEN.contains(first)
                || tokens[j].kind == .number
        else { return nil }
        // a part of a group (`said one of them`, `said two of the protesters`)
        if j + 2 < limit, words.lower(j + 1) == "of", !inQuote[j + 2],
            let group = nounPhrase(from: j + 2, limit: limit) ?? englishInvertedSubject(from: j + 2, limit: limit)
        {
            return j..<group.upperBound
        }
        var k = j + 1
        while k < limit, k - j <= 4, !inQuote[k], tokens[k].kind == .word || tokens[k].kind == .number {
            let w = words.lower(k)
            // (`said the club's lawyer`)
            if words.isPossessiveS(k), k > j + 1 {
                k += 1
                continue
            }
            if Self.englishBoundaries.contains(w) || words.isFunctionWord(w) || words.isCapitalized(k) { break }
            k += 1
        }
        // (`one` or `another` alone stands for a person: `said one, a teacher`)
        guard k > j + 1 || ["one", "another"].contains(first) && (k >= limit || tokens[k].kind == .punctuation)
        else { return nil }
        let closed =
            k >= limit || inQuote[k] || tokens[k].kind == .punctuation
            || tokens[k].kind == .word && Self.englishBoundaries.contains(words.lower(k))
        return closed ? j..<k : nil
    }

    /// Verbs of speech that English puts before their subject (`…," said one trader`).
    static let invertingVerbsEN: Set<String> = [
        "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "noted", "recalled",
        "continued", "replied", "answered", "insisted", "argued", "warned", "acknowledged", "conceded",
    ]

    static let countWordsEN: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another",
    ]

    /// A noun phrase starting at `j`: a pronoun, or determiner + adjectives + capitalised words
    /// (with genitives and an appended name: `der Vorsitzende des Verbandes, Elmar Gesse`).
    func nounPhrase(from j: Int, limit: Int, genitiveStart: Bool = false) -> Range<Int>? {
        guard j < limit, j < tokens.count, !inQuote[j], words.isWord(j) else { return nil }
        if words.isPronoun(j) { return j..<(j + 1) }
        var k = j
        var sawHead = false
        var lastHead = j
        // In a genitive (`des Ministeriums`, `ihres Verbands`) the phrase ends at its head noun,
        // the word with the genitive -s: `nach Angaben ihres Ministeriums Mehrausgaben …` — only
        // a name in apposition goes on (`des Sprechers Jan Berg`).
        var genitive = genitiveStart
        while k < limit {
            let token = tokens[k]
            // a name in marks is the phrase's head (`die „Bild“`, `Die „Süddeutsche Zeitung“`)
            if token.kind.isQuote, k > j, let close = nameInMarksEnd(k, limit: limit) {
                sawHead = true
                lastHead = close
                k = close + 1
                continue
            }
            if inQuote[k] { break }
            if token.kind == .number || token.kind == .ordinal { k += 1; continue }
            guard words.isWord(k) else { break }
            let w = words.lower(k)
            // (a name in the genitive goes on: `des Bundesverbands der Deutschen Heizungsindustrie`, two
            // capitalised words after the article, not one noun: `der Fahrer`)
            if genitive, sawHead, lastHead == k - 1, words.lower(lastHead).hasSuffix("s"),
                words.lexicons.firstNames[w] == nil,
                !((w == "der" || w == "des") && k + 2 < limit && !inQuote[k + 2] && words.isWord(k + 1)
                    && words.isWord(k + 2) && words.isCapitalized(k + 1) && words.isCapitalized(k + 2))
            {
                break
            }
            // German `der` after a person's name is the dative of whom it was said to, not a genitive on the
            // name (`sagte Martin Keller der Deutschen Presse-Agentur`; `ein Sprecher der Polizei` goes on); so is
            // `der` + a news agency or paper after a genitive (`ein Sprecher des Ministeriums der Nachrichtenagentur
            // AFP`), and `der` after an age noun
            if document.language == .german, w == "der", sawHead, lastHead == k - 1,
                names.name(overlapping: tokens[lastHead].span) != nil
                    || lastHead > j && words.lexicons.firstNames[words.lower(lastHead - 1)] != nil
                    || genitive && lastHead > j && isNewsMedium(after: k, limit: limit)
                    // (an age noun takes no genitive: `sagte der 50-Jährige der Süddeutschen Zeitung`)
                    || words.lower(lastHead).hasSuffix("jährige") || words.lower(lastHead).hasSuffix("jähriger")
            {
                break
            }
            // a German indefinite pronoun is a phrase's head of its own (`Andere sagten`, `Ein anderer meinte`,
            // `Einer der Demonstranten erklärte`) where no noun follows it
            if !sawHead, document.language == .german, Self.indefiniteHeadsDE.contains(w),
                k + 1 >= limit || !words.isWord(k + 1) || words.isDeterminer(k + 1)
                    || !words.isCapitalized(k + 1)
                        && !(k + 2 < limit && words.isWord(k + 2) && words.isCapitalized(k + 2))
            {
                sawHead = true
                lastHead = k
                k += 1
                continue
            }
            if words.isDeterminer(k) || Self.genitiveOpeners.contains(w) && k == j {
                // a determiner opens the phrase, or a genitive follows its head
                guard k == j || (sawHead && (w == "des" || w == "der" || w == "of")) else { break }
                if w == "des" || w == "eines" || Self.genitiveOpeners.contains(w) { genitive = true }
            } else if sawHead, w == "of" || w == "for" && document.language == .english, lastHead == k - 1,
                words.isCapitalized(lastHead), k + 1 < limit,
                !inQuote[k + 1], words.isWord(k + 1), words.isCapitalized(k + 1)
            {
                // names built with `of` or `for` (`the Port of Rotterdam Authority`, `the Bank of England`, `the
                // Department for Education`)
            } else if sawHead, nameAfterParticles(k, limit: limit) != nil {
                // name particles (Ursula von der Leyen, Sandra de Vries, Anna van der Berg)
            } else if words.isFunctionWord(w), !words.isAcronym(k) {
                break  // anything else ends the phrase (not an acronym that spells one: `der WHO`)
            } else if words.isCapitalized(k) || words.lexicons.isRole(w) || words.isNumberedNoun(k) {
                sawHead = true
                lastHead = k
            } else if sawHead {
                break  // adjectives come before the head
            }
            k += 1
            if k - j > 14 { break }
        }
        guard sawHead else { return nil }
        var end = lastHead + 1
        // An appended name after a description: ", Elmar Gesse" (then the clause goes on or ends); after a
        // description that holds a name of its own only when the entities layer calls the appended one a person
        // (`der Intendant des Berliner Ensembles, Oliver Reese,`).
        if end + 1 < limit, words.isPunct(end, ",") {
            var n = end + 1
            while n < limit, words.isNameWord(n) { n += 1 }
            if n - (end + 1) >= 2,
                nameRun(in: j..<end) == nil
                    || !useHeuristic && names.name(overlapping: words.span((end + 1)..<n)) != nil
                        && (j..<end).contains(where: { words.lexicons.isRole(words.lower($0)) })
            {
                end = n
            }
        }
        return j..<end
    }

    /// The closing mark of a name in marks opening at `k` after an article: one to four capitalised words
    /// (`die „Bild“`, `Die „Süddeutsche Zeitung“`; not a quotation, which has words in lower case).
    func nameInMarksEnd(_ k: Int, limit: Int) -> Int? {
        // (or after a noun after the article: `die Zeitung „Bild“`; or a nickname after a first name, `Gerhard „Gerd“
        // Müller`)
        guard k > 0, tokens[k].kind.isQuote, k + 2 < limit,
            words.isDeterminer(k - 1)
                || k > 1 && words.isWord(k - 1) && words.isCapitalized(k - 1) && words.isDeterminer(k - 2)
                || words.isWord(k - 1) && words.lexicons.firstNames[words.lower(k - 1)] != nil
        else { return nil }
        var j = k + 1
        while j < min(limit, k + 5), words.isWord(j), words.isCapitalized(j) { j += 1 }
        guard j < limit, j > k + 1, tokens[j].kind.isQuote else { return nil }
        return j
    }

    /// The name word after one to three name particles starting at `k` (`de Vries`, `von der Leyen`).
    func nameAfterParticles(_ k: Int, limit: Int) -> Int? {
        var p = k
        while p < limit, p - k < 3, tokens[p].kind == .word, Self.nameParticles.contains(words.lower(p)) { p += 1 }
        // (not a party's acronym: `Müller von der CDU` names a person and a party)
        guard p > k, p < limit, words.isNameWord(p), words.text(p).uppercased() != words.text(p) else { return nil }
        // German `von der`/`zu den` continue a name only right after a first name (`Ursula von der Leyen`):
        // after a surname they say where the person is from (`Jane Greaves von der University of St. Andrews`,
        // `Peter Berg von der Caritas`). (`von` + a name goes on as before: `der Bürgermeister von Orleans`.)
        if p > k + 1, ["von", "vom", "zu"].contains(words.lower(k)),
            k == 0 || tokens[k - 1].kind != .word || words.lexicons.firstNames[words.lower(k - 1)] == nil
        {
            return nil
        }
        return p
    }

    /// Where a name starts when particles stand before its first capitalised word
    /// ("Von der Leyen", "van Gogh", "de Maizière").
    func particlesBefore(_ k: Int) -> Int {
        guard k > 0, tokens[k - 1].kind == .word else { return k }
        let previous = words.lower(k - 1)
        var start = k
        if ["der", "den", "dem"].contains(previous), k > 1, ["von", "van", "vom"].contains(words.lower(k - 2)) {
            start = k - 2
        } else if ["von", "van", "de", "zu", "di", "da", "le", "la", "del"].contains(previous) {
            start = k - 1
        }
        // Only as part of a name: a first name before it, or capitalised at a sentence's start
        // ("Von der Leyen"); "sprach von der Festnahme" is no name.
        // (`nach Angaben von Washington`: a noun before `von` makes no name of it)
        guard start < k,
            words.isCapitalized(start)
                || (start > 0 && tokens[start - 1].kind == .word
                    && words.lexicons.firstNames[words.lower(start - 1)] != nil)
        else { return k }
        return start
    }

    /// German indefinite pronouns that can head a subject: `andere`, `ein weiterer`, `einer (der …)`, `jemand`.
    static let indefiniteHeadsDE: Set<String> = [
        "andere", "anderer", "anderen", "weitere", "weiterer", "weiteren", "einige", "manche", "viele", "mehrere",
        "beide", "jemand", "einer", "keiner", "niemand",
    ]

    /// Possessives in the genitive that open a noun phrase (`ihres Ministeriums`).
    static let genitiveOpeners: Set<String> = ["seines", "ihres", "unseres", "eures", "jenes", "jedes", "dieses"]

    /// Lower-case words inside a person's name before a capitalised one (`von der Leyen`, `Ernest Wamba dia Wamba`).
    static let nameParticles: Set<String> = [
        "von", "van", "der", "den", "de", "zu", "di", "da", "del", "della", "la", "le", "ter", "du", "dos", "dia",
        "bin", "ibn", "al", "el",
    ]

    /// The noun phrase ending right before `i` (`Ihm zufolge`, `Der Sprecher sagte`): German, from its determiner
    /// (`germanPhrase`: `eine Stellungnahme der Regierung, die …`), else the words back to a quotation or punctuation.
    func nounPhraseBefore(_ i: Int, floor: Int) -> Range<Int>? {
        if document.language == .german, let phrase = germanPhrase(endingAt: i, floor: floor) { return phrase }
        var k = i
        while k > floor, !inQuote[k - 1],
            words.isWord(k - 1) || tokens[k - 1].kind == .number
                || (words.isPunct(k - 1, ",") && k - 2 >= floor && words.isWord(k - 2))
        {
            k -= 1
            if i - k > 16 { break }
        }
        while k < i, words.isPunct(k, ",") { k += 1 }
        guard k < i else { return nil }
        return k..<i
    }

    /// Whether a name inside a mention owns what follows it there (`Reeve's lawyer`).
    func isPossessor(_ name: Span, in mention: Range<Int>) -> Bool {
        let after = document.tokenIndex(atOrAfter: name.end)
        return after + 1 < mention.upperBound && after >= mention.lowerBound && words.isPossessiveS(after)
    }

    /// One capitalised word right before a role in a phrase: the role's modifier, not a name (`the Conservative
    /// leader`, `the Labour MP`).
    func isRoleModifier(_ run: Range<Int>, in scope: Range<Int>) -> Bool {
        run.count == 1 && run.upperBound < scope.upperBound && words.lexicons.isRole(words.lower(run.upperBound))
    }

    /// The last run of name words in a phrase (`Der Vorsitzende Richter Klaus Tolksdorf` → Klaus Tolksdorf).
    func nameRun(in range: Range<Int>) -> Range<Int>? {
        var best: Range<Int>?
        var k = range.lowerBound
        while k < range.upperBound {
            if words.isNameWord(k) {
                var e = k + 1
                while e < range.upperBound {
                    if words.isNameWord(e) || isSurnameAfterFirstName(e) {
                        e += 1
                    } else if document.language == .english, ["of", "for"].contains(words.lower(e)),
                        e + 1 < range.upperBound, words.isNameWord(e + 1),
                        // (not after a person's name: `Dan Ives of Wedbush Securities`)
                        words.lexicons.firstNames[words.lower(k)] == nil || e - k < 2
                    {
                        e += 2  // `Bank of England`, `Department for Education`
                    } else if let name = nameAfterParticles(e, limit: range.upperBound) {
                        e = name + 1
                    } else {
                        break
                    }
                }
                let start = particlesBefore(k)
                if best == nil || e - start >= 2 || best!.count < 2 { best = start..<e }
                k = e
            } else {
                k += 1
            }
        }
        return best
    }

    /// A capitalised role or title right after a known first name is a surname (`Doris König`, `Ingrid
    /// Richter`, `Sarah Bishop`).
    func isSurnameAfterFirstName(_ e: Int) -> Bool {
        guard e > 0, tokens[e].kind == .word, tokens[e - 1].kind == .word, words.isCapitalized(e),
            words.isCapitalized(e - 1), words.lexicons.firstNames[words.lower(e - 1)] != nil
        else { return false }
        let w = words.lower(e)
        return words.lexicons.isRole(w) || words.lexicons.isTitleNoun(w)
    }

    /// Whether a headline's label can be the source of what follows its colon (`Merz: Wir müssen sparen`, `Poll:
    /// …`), not its topic (`Heizkosten: Mieter müssen nachzahlen`): with an entities layer, a person or
    /// organisation it names, a role, or a word for a source; without one, any label.
    func maySpeak(_ label: Range<Int>) -> Bool {
        guard !useHeuristic, !label.isEmpty else { return true }
        let span = words.span(label)
        return names.name(overlapping: span) != nil || organisations.contains { $0.span.overlaps(span) }
            || label.contains {
                let w = words.lower($0)
                return words.lexicons.isRole(w) || InterviewTurns.sourceNouns.contains(w)
            }
    }

    /// A speaker's mention widened to the whole organisation or name the entities layer finds overlapping it
    /// (`Transport for Wales said`: the mention found is `Wales`; `said the Institute for Fiscal Studies`: `the
    /// Institute`). Never over a quotation mark or out of its sentence.
    func widened(_ attribution: Attribution) -> Attribution {
        let mention = attribution.mention
        guard !useHeuristic, !mention.isEmpty else { return attribution }
        let span = words.span(mention)
        guard
            let entity = organisations.first(where: { $0.span.overlaps(span) })?.span
                ?? names.name(overlapping: span)?.span,
            entity.start < span.start || entity.end > span.end
        else { return attribution }
        var first = mention.lowerBound, end = mention.upperBound
        while first > 0, tokens[first - 1].span.start >= entity.start { first -= 1 }
        while end < tokens.count, tokens[end].span.end <= entity.end { end += 1 }
        guard !(first..<end).contains(where: { tokens[$0].kind.isQuote || words.endsSentence($0) }) else {
            return attribution
        }
        var wide = attribution
        wide.mention = first..<end
        return wide
    }

    /// A speaker's mention never holds quotation marks: one that takes in a name in marks (whose marks have the
    /// byte spans `open`, `close`) is that name (`die „Bild“` → `Bild`, `die Nachrichtenagentur „Xinhua“` →
    /// `Xinhua`), or the person it names before the marks (`hob Sarkozy dem „Figaro“ gegenüber hervor` → `Sarkozy`).
    func mention(_ mention: Range<Int>, without open: Span, _ close: Span) -> Range<Int> {
        let span = words.span(mention)
        func tokens(_ from: Int, _ to: Int) -> Range<Int> {
            document.tokenIndex(atOrAfter: from)..<document.tokenIndex(atOrAfter: to)
        }
        if open.start > span.start {
            let before = tokens(span.start, open.start)
            if let person = names.name(overlapping: words.span(before))?.span, person.start >= span.start,
                person.end <= open.start
            {
                return tokens(person.start, person.end)
            }
            if let run = nameRun(in: before), names.namesPerson(words.text(run)) { return run }
        }
        let inner = tokens(open.end, close.start > open.start ? close.start : span.end)
        return inner.isEmpty ? mention : inner
    }

    /// The name for a mention: an entity or name inside it (or in its scope), or, for a
    /// pronoun or role, the last speaker named nearby, else the nearest name before it.
    mutating func resolve(_ attribution: Attribution) -> String? {
        let mention = attribution.mention
        let span = words.span(mention)
        // (a role between two names: the one after it is the speaker, `Brentford boss Thomas Frank` with the club
        // taken for a person)
        if mention.count >= 4,
            let role = mention.dropFirst().first(where: { words.lexicons.isRole(words.lower($0)) }),
            role + 1 < mention.upperBound, words.isNameWord(role + 1),
            let after = names.name(overlapping: words.span((role + 1)..<mention.upperBound)),
            let before = names.name(overlapping: words.span(mention.lowerBound..<role)), before.span != after.span
        {
            return remember(names.fullest(after.text, before: span.end), at: span.end)
        }
        // a role the apposition after it names (`Der Präsident des DIW, Marcel Fratzscher, warnte`): that person, not
        // the institution in the role's phrase
        if let person = personInApposition(after: mention) {
            return remember(names.fullest(words.text(person), before: span.end), at: span.end)
        }
        // (a name as a possessor is whose the speaker is, not who: `Reeve's lawyer said`)
        if let entity = names.name(overlapping: span), !isPossessor(entity.span, in: mention) {
            return remember(names.fullest(entity.text, before: span.end), at: span.end)
        }
        if mention.count == 1, words.isPronoun(mention.lowerBound) {
            guard WordReader.resolvablePronouns.contains(words.lower(mention.lowerBound)) else { return nil }
            let want = pronounGender(mention.lowerBound)
            // (right after a sentence that an unnamed person in a role opens, the pronoun is that person: the name the
            // role was given before, or none)
            if let want, let role = previousSentenceRole(before: span.start, want: want) {
                return personNamedByRole(role, before: role)
            }
            // (the person a pronoun stands for does not become the last speaker: tried twice, it cost PolNeAR check
            // direct speaker accuracy 0.886 → 0.882 each time)
            let name = nearestPerson(before: span.start, want: want, continuation: true)
            if let name, let want { learn(name, want) }
            return name
        }
        // a place or an organisation the entities layer names as the whole mention speaks for itself (`Südkorea
        // sagte`): no name from the rest of the clause (`… für Wladimir Putins Besuch`) stands for it
        if !useHeuristic, nonPersons.contains(words.text(mention)) {
            return remember(words.text(mention), at: span.end)
        }
        // a German noun the text gave a name as a role before (`der Kronzeuge` after `Der Kronzeuge Oliver Bellenhaus`)
        if document.language == .german, mention.count == 2, case let noun = mention.lowerBound + 1,
            words.isCapitalized(noun), Self.definiteArticles.contains(words.lower(mention.lowerBound)),
            let named = personNamedByNoun(noun)
        {
            return named
        }
        for scope in [mention, attribution.nameScope].compactMap({ $0 }) {
            guard let run = nameRun(in: scope) else { continue }
            // (a party or place in brackets names where the speaker belongs: `Der Bürgermeister (CSU)`)
            if run.lowerBound > 0, run.upperBound < tokens.count, tokens[run.lowerBound - 1].kind == .openBracket,
                tokens[run.upperBound].kind == .closeBracket
            {
                continue
            }
            // (a source noun names no one: `nach eigenen Angaben`)
            if run.count == 1, Self.isEvidentialNoun(words.lower(run.lowerBound)) { continue }
            // a possessor names whose the speaker is, not who (`the EU's foreign policy chief`)
            if run.upperBound < scope.upperBound - 1, words.isPossessiveS(run.upperBound) { return nil }
            let runSpan = words.span(run)
            // (an organisation the run lies in names it whole: `the Association of British Insurers`)
            if let org = organisations.first(where: { $0.span.start <= runSpan.start && runSpan.end <= $0.span.end }) {
                return remember(org.text, at: span.end)
            }
            let text = document.string(for: runSpan)
            // One capitalised word in a long description is more likely a noun than a name; so is one opening a
            // sentence where the entities layer saw no name (`Critics say …`, `Experten warnen …`), and a German one
            // after an article that is no subject's (`nach Ansicht des Verbandes`, `aus dem Ministerium`; `der
            // Graf` may stand for a person in a story).
            let opener =
                document.sentenceIndex(containing: runSpan.start).map {
                    document.sentences[$0].tokens.lowerBound == run.lowerBound
                } == true
            // (nor is a run the entities layer calls a place or a thing: `the South Dakota Republican` is a role)
            // (a first name and a surname are a person's, whatever the tagger called them: `Verdi-Verhandlungsführerin
            // Silke Zimmer`)
            let firstAndLast = run.count >= 2 && words.lexicons.firstNames[words.lower(run.lowerBound)] != nil
            let placeOrThing =
                !useHeuristic && !nonPersons.isEmpty && names.name(overlapping: runSpan) == nil && !firstAndLast
                && run.indices.contains { a in
                    (a..<run.upperBound).contains { b in nonPersons.contains(words.text(a..<(b + 1))) }
                }
            // (nor is one word before a role the role's: `the Conservative leader`, `the Labour MP`; nor, German, a
            // role after a definite article the entities layer saw no person in, `sagte der Torwart`, which stands
            // for a person named before)
            let roleAfterArticle =
                !useHeuristic && document.language == .german && run.count == 1 && run.lowerBound > scope.lowerBound
                && WordReader.nominativeArticlesDE.contains(words.lower(run.lowerBound - 1))
                && words.lexicons.isRole(words.lower(run.lowerBound)) && !names.namesPerson(text)
            let nounOnly =
                placeOrThing || roleAfterArticle || isRoleModifier(run, in: scope)
                || run.count == 1
                    // (unless the surname of someone named before: `Tah selbst sprach …` after `Jonathan Tah`)
                    && (!useHeuristic && opener && names.fullest(text, before: runSpan.end) == text
                        || document.language == .german && run.lowerBound > scope.lowerBound
                            && (Self.nonSubjectArticles.contains(words.lower(run.lowerBound - 1))
                                || Self.indefiniteArticles.contains(words.lower(run.lowerBound - 1))
                                // (a noun after a possessive is someone's, unnamed: `teilte ihr Produzent mit`)
                                || WordReader.possessiveDeterminers.contains(words.lower(run.lowerBound - 1)))
                        // (English, one word after `a` is an adjective or a noun: `a Conservative source`)
                        || document.language == .english && run.lowerBound > scope.lowerBound
                            && ["a", "an"].contains(words.lower(run.lowerBound - 1)))
            if !nounOnly,
                run.count >= 2 || scope.count <= 3
                    || (run.lowerBound > scope.lowerBound && words.lexicons.isRole(words.lower(run.lowerBound - 1)))
            {
                names.add(runSpan, text: text)
                return remember(names.fullest(text, before: runSpan.end), at: span.end)
            }
        }
        let first = words.lower(mention.lowerBound)
        // `das Unternehmen`, `der Konzern`, `the company`: the organisation named last before it
        if mention.count == 2, Self.definiteArticles.contains(first),
            Self.organisationNouns.contains(words.lower(mention.lowerBound + 1)),
            let org = organisations.last(where: { $0.span.end <= span.start && span.start - $0.span.end < 1500 })
        {
            return remember(org.text, at: span.end)
        }
        if WordReader.possessiveDeterminers.contains(first) {
            // A possessive alone is the speaker's own view (`Seiner Ansicht nach …`): the person it stands
            // for; with a role it is someone else's (`her spokesman`, `sein Anwalt` name no one known).
            guard mention.count == 1, let want = pronounGender(mention.lowerBound) else { return nil }
            return nearestPerson(before: span.start, want: want, continuation: true)
        }
        // (`the` is listed with the roles to join names, `the Kremlin`, but names no one: `The committee said`)
        if let role = mention.first(where: { words.lower($0) != "the" && words.lexicons.isRole(words.lower($0)) }) {
            // (an indefinite role is someone new: `A senior official said`, `ein Sprecher sagte`, `one aide
            // said`, `another resident said`; a role as a possessor names whose the speaker is: `the prime
            // minister's office`)
            if Self.isIndefiniteArticle(first) || ["one", "another"].contains(first) {
                lastUnnamed = (span.end, roleGender(role))
                return nil
            }
            // a bare role is many or anyone (`Kritiker bemängeln`, `Officials said`): German and English put an
            // article before one person's role
            if role == mention.lowerBound, mention.count == 1 { return nil }
            if mention.contains(where: { $0 > role && words.isPossessiveS($0) }) { return nil }
            // the person an earlier mention of the role named (`The Chancellor` after `The Chancellor of the
            // Exchequer (Jeremy Hunt)`, `die Ministerin` after `Bundesfinanzministerin Petra Albers`)
            // (or the role itself, its name in apposition after it: `said the governor of the central bank, Andrew
            // Bailey`)
            if let named = personNamedByRole(role, before: role + 1) { return named }
            // the same role brought in unnamed with an indefinite article (`A spokesperson for the department said
            // …` … `the spokesperson said`) is that unnamed person
            if introducedUnnamed(role, before: mention.lowerBound) {
                lastUnnamed = (span.end, roleGender(role))
                return nil
            }
            // A feminine role (die Ministerin) is a woman; a masculine one may be generic. Not someone named
            // with another role (`the mayor` is not `Maria Lopez, a nurse`).
            // (`der Bürgermeister` is a man: German names a woman in office `die Bürgermeisterin`)
            let want = roleGender(role)
            let masculine = want == .male && document.language == .german && first == "der"
            let nearest = nearestPerson(
                before: span.start, want: want == .female || masculine ? want : nil, continuation: true)
            if let nearest, hasOtherRole(nearest, than: role, before: mention.lowerBound) { return nil }
            // (with the entities layer, one word it never called a person is a noun that opened a clause, `Die
            // Stadt bestätigte …`: no one a role stands for)
            if let nearest, !useHeuristic, !nearest.contains(" "), !names.namesPerson(nearest) { return nil }
            return nearest
        }
        return nil
    }

    /// The person an earlier mention of the same role (or of a compound ending in it) names right after it:
    /// `Chancellor Jeremy Hunt`, `The Chancellor of the Exchequer (Jeremy Hunt)`, `der Sprecher der Union,
    /// Markus Feldmann`, or right before it in apposition (`Maria Lopez, a nurse`). The nearest such mention
    /// before `start` wins.
    mutating func personNamedByRole(_ role: Int, before start: Int) -> String? {
        let key = words.lower(role)
        guard key.utf8.count >= 4 else { return nil }
        return bindings().last { $0.token < start && Self.sameRole($0.key, key) }?.name
    }

    /// The person an earlier `Der Kronzeuge Oliver Bellenhaus` gave this very noun, within the last 800 tokens: a
    /// binary search and a short walk back, as every German noun phrase that speaks asks (a scan of all bindings
    /// halved the analyzer's speed on long texts).
    mutating func personNamedByNoun(_ noun: Int) -> String? {
        let key = words.lower(noun)
        let all = nounBindings()
        var low = 0
        var high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid].token < noun { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0, noun - all[k].token < 800 {
            if all[k].key == key { return all[k].name }
            k -= 1
        }
        return nil
    }

    /// Whether the last earlier mention of this role (within a few paragraphs) came with an indefinite article
    /// (`a spokesperson`, `ein hochrangiger Beamter`): someone introduced without a name.
    func introducedUnnamed(_ role: Int, before start: Int) -> Bool {
        let key = words.lower(role)
        let floor = max(0, start - 400)
        // (an age in any of its forms: `der 41-Jährige` after `ein 41-jähriger Mann`)
        let age = QuoteLexicons.isAgeNoun(key) ? key.prefix(through: key.firstIndex(of: "-")!) + "jährig" : nil
        guard
            let earlier = stride(from: start - 1, through: floor, by: -1).first(where: { k in
                guard tokens[k].kind == .word, !inQuote[k] else { return false }
                let w = words.lower(k)
                return w == key || age.map { w.hasPrefix($0) } == true
            })
        else { return false }
        var k = earlier - 1
        while k >= max(floor, earlier - 3), tokens[k].kind == .word, !words.isDeterminer(k),
            !Self.isIndefiniteArticle(words.lower(k))
        {
            k -= 1
        }
        return k >= floor && tokens[k].kind == .word && Self.isIndefiniteArticle(words.lower(k))
    }

    /// Whether a person has been described before `start` as one of many with another role (`Maria Lopez, a
    /// nurse` is not `the mayor`). Definite roles are left out: news varies them for one person (`der russische
    /// Präsident`, later `der Kremlchef`).
    mutating func hasOtherRole(_ name: String, than role: Int, before start: Int) -> Bool {
        let key = words.lower(role)
        return bindings().contains {
            $0.token < start && $0.name == name && !Self.sameRole($0.key, key)
                && ($0.indefinite || Self.distinctOffices($0.key, key))
        }
    }

    /// Two roles of a court, a council or a team that one person never holds both of (`die Staatsanwältin` is
    /// not `die Verteidigerin`, `der Trainer` not `der Kapitän`), where news varies other titles for one person
    /// (`der russische Präsident`, `der Kremlchef`).
    /// (An office asked for is held by no one named with a role outside it: `der Trainer` is not `Bahnchef Lutz`,
    /// `der Sprecher` not `Kapitän Brenner`; `der Belgier` may be `Trainer Kompany`.)
    static func distinctOffices(_ bound: String, _ asked: String) -> Bool {
        guard let y = officeSide(asked) else { return false }
        return officeSide(bound) != y
    }
    /// The side of the role: the office whose word ends it, the longest such word (`Staatsanwältin` is a prosecutor,
    /// not an `Anwältin`).
    static func officeSide(_ role: String) -> Int? {
        officeWords.filter { role.hasSuffix($0.word) }.max { $0.word.utf8.count < $1.word.utf8.count }?.side
    }
    static let officeWords: [(word: String, side: Int)] = [
        (["staatsanwalt", "staatsanwältin", "prosecutor", "ankläger", "anklägerin"], 0),
        (["verteidiger", "verteidigerin", "anwalt", "anwältin", "defender", "lawyer", "attorney"], 1),
        (["richter", "richterin", "judge"], 2),
        (["angeklagte", "angeklagter", "angeklagten", "defendant"], 3),
        (["trainer", "trainerin", "coach"], 4),
        (["kapitän", "kapitänin", "captain"], 5),
        (["sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson"], 6),
        (["governor", "gouverneur", "gouverneurin"], 7),
        (["senator", "senatorin"], 8),
        (["mayor", "bürgermeister", "bürgermeisterin"], 9),
    ].flatMap { words, side in words.map { (word: $0, side: side) } }

    /// A role word (its position and key) and the person it names; `indefinite` for an apposition with an
    /// indefinite article (`Maria Lopez, a nurse`).
    struct RoleBinding {
        var token: Int
        var key: String
        var name: String
        var indefinite = false
    }

    /// One role names another when equal or a compound ending in it (`Pressesprecher` is a `Sprecher`).
    static func sameRole(_ bound: String, _ key: String) -> Bool { bound == key || bound.hasSuffix(key) }

    /// Every role word with the person it names, found once a document (a text of many role mentions stays
    /// linear): the name after it (`nameAfterRole`) or the name before its apposition (`Maria Lopez, a
    /// nurse`, `Petra Albers, die Ministerin`).
    private mutating func bindings() -> [RoleBinding] {
        if let roleBindings { return roleBindings }
        var bindings: [RoleBinding] = []
        for k in tokens.indices where tokens[k].kind == .word && !inQuote[k] || tokens[k].kind == .abbreviation {
            let w = words.lower(k)
            if tokens[k].kind == .abbreviation {
                // an English title's abbreviation names the office (`Gov. Gavin Newsom` is `the governor` later)
                guard document.language == .english, !inQuote[k],
                    let offices = Self.titleAbbreviationsEN[w.hasSuffix(".") ? String(w.dropLast()) : w],
                    let name = person(at: k + 1)
                else { continue }
                for office in offices { bindings.append(RoleBinding(token: k, key: office, name: name)) }
                continue
            }
            if words.lexicons.isRole(w), let name = nameAfterRole(k) {
                bindings.append(RoleBinding(token: k, key: w, name: name))
            } else if k >= 2, words.isPunct(k - 1, ","), words.isDeterminer(k) || Self.isIndefiniteArticle(w),
                let name = person(at: k - 2, ending: true)
            {
                // the apposition's head: its last word before a function word (`a nurse at the hospital`, `the
                // Russian leader`, `die Ministerin für Finanzen`)
                var h = k + 1
                var head: Int?
                while h < min(tokens.count, k + 5), tokens[h].kind == .word, !inQuote[h],
                    !words.isFunctionWord(words.lower(h))
                {
                    head = h
                    h += 1
                }
                if let head {
                    bindings.append(
                        RoleBinding(
                            token: head, key: words.lower(head), name: name, indefinite: Self.isIndefiniteArticle(w)))
                }
            } else if document.language == .english, k >= 2, words.isPunct(k - 1, ","), words.lexicons.isRole(w),
                !words.isCapitalized(k), let name = person(at: k - 2, ending: true)
            {
                // a bare apposition names what the person is, as an indefinite one does (`Andrew Bailey, governor of
                // the Bank of England`: not `the lawyer`)
                bindings.append(RoleBinding(token: k, key: w, name: name, indefinite: true))
            }
        }
        bindings.sort { $0.token < $1.token }
        roleBindings = bindings
        return bindings
    }

    /// English titles abbreviated before a name and the offices they name.
    static let titleAbbreviationsEN: [String: [String]] = [
        "gov": ["governor"], "sen": ["senator"], "rep": ["representative", "congressman", "congresswoman"],
        "gen": ["general"], "lt": ["lieutenant"], "sgt": ["sergeant"], "supt": ["superintendent"],
        "insp": ["inspector"], "det": ["detective"], "atty": ["attorney"],
    ]

    /// Any German noun the text puts after a definite article and before a person's name as that person's role
    /// (`Der Kronzeuge Oliver Bellenhaus`), for the noun alone later (`antwortete der Kronzeuge`); apart from the
    /// lexicon's roles, and found by capitals first, as the pass reads every token of the document.
    private mutating func nounBindings() -> [RoleBinding] {
        if let nounRoleBindings { return nounRoleBindings }
        var bindings: [RoleBinding] = []
        if document.language == .german, !useHeuristic, tokens.count > 2 {
            for k in 1..<(tokens.count - 1)
            where tokens[k].kind == .word && !inQuote[k] && words.isCapitalized(k) && words.isCapitalized(k + 1)
                && tokens[k - 1].span.length == 3 && Self.definiteArticles.contains(words.lower(k - 1))
            {
                let w = words.lower(k)
                if !words.lexicons.isRole(w), names.name(overlapping: tokens[k].span) == nil,
                    let name = person(at: k + 1)
                {
                    bindings.append(RoleBinding(token: k, key: w, name: name))
                }
            }
        }
        nounRoleBindings = bindings
        return bindings
    }

    /// The person whose name starts (or, with `ending`, ends) at token `j`: a name of the entities layer, or
    /// without it a run of two or more name words.
    private func person(at j: Int, ending: Bool = false) -> String? {
        guard j >= 0, j < tokens.count, !inQuote[j], tokens[j].kind == .word else { return nil }
        if let known = names.name(overlapping: tokens[j].span),
            ending ? known.span.end == tokens[j].span.end : known.span.start == tokens[j].span.start
        {
            return names.fullest(known.text, before: known.span.end)
        }
        let window = ending ? max(0, j - 3)..<(j + 1) : j..<min(tokens.count, j + 4)
        guard useHeuristic, let run = nameRun(in: window), run.count >= 2,
            ending ? run.upperBound == j + 1 : run.lowerBound == j
        else { return nil }
        return words.text(run)
    }

    /// German articles that never open a subject: genitive, dative, accusative (`des Verbandes`, `dem Ministerium`).
    static let nonSubjectArticles: Set<String> = ["des", "eines", "dem", "einem", "den", "einen"]

    /// The person named right after a role word: next to it, or after the bracket or comma that closes
    /// the role's phrase within twelve words (`of the Exchequer (`, `der Union,`).
    private func nameAfterRole(_ role: Int) -> String? {
        if let name = person(at: role + 1) { return name }
        var j = role + 1
        // (an office's title may run to a dozen words: `Secretary of State for Energy Security and Net Zero (`)
        while j < min(tokens.count, role + 13), !inQuote[j], !words.endsClause(j) {
            if tokens[j].kind == .openBracket || words.isPunct(j, ",") {
                // (past a courtesy title: `The Minister for Housing (Ms Claire Dunmore)`)
                let title =
                    j + 2 < tokens.count && tokens[j + 1].kind == .word
                    && FormsOfAddress.words.contains(words.lower(j + 1))
                return person(at: j + 1) ?? (title ? person(at: j + 2) : nil)
            }
            j += 1
        }
        return nil
    }

    /// The speaker last named, when close before; else the nearest person name (neither an organisation).
    /// With a gender (`er`, `sie`, `die Ministerin`), only people who can have it: for a
    /// pronoun first the named subject of the previous sentence (a continuation), then the
    /// last speaker, then the nearest fitting name.
    private func nearestPerson(before byte: Int, want: Gender? = nil, continuation: Bool = false) -> String? {
        guard let want else {
            // (a person, not the organisation that spoke last: `The Chancellor says` after `the Bank of England expects`)
            if let lastSpeaker, lastSpeaker.end <= byte, byte - lastSpeaker.end < 1500,
                !isOrganisation(lastSpeaker.name)
            {
                return lastSpeaker.name
            }
            let known = nearestKnown(before: byte) { name, _ in !self.isOrganisation(name) }
            guard useHeuristic, let local = PersonNames.heuristicName(before: byte, words: words, inQuote: inQuote)
            else { return known.map(\.text) }
            if let known, known.end >= local.end { return known.text }
            return names.fullest(local.text, before: byte)
        }
        if continuation, let subject = previousSentenceSubject(before: byte),
            compatible(subject.text, end: subject.end, with: want)
        {
            return subject.text
        }
        // (an unnamed speaker after the last named one: that person, whose name the text does not give)
        if continuation, let unnamed = lastUnnamed, unnamed.end <= byte, byte - unnamed.end < 1500,
            unnamed.end > lastSpeaker?.end ?? -1, unnamed.gender.map({ $0 == want }) ?? true
        {
            return nil
        }
        if let lastSpeaker, lastSpeaker.end <= byte, byte - lastSpeaker.end < 1500,
            compatible(lastSpeaker.name, end: lastSpeaker.end, with: want)
        {
            return lastSpeaker.name
        }
        // The nearest name, known or by the heuristic, that `accept`s.
        func nearest(_ accept: (String, Int) -> Bool) -> String? {
            let known = nearestKnown(before: byte, accept: accept)
            guard useHeuristic,
                let local = PersonNames.heuristicName(
                    before: byte, words: words, inQuote: inQuote,
                    accept: { run in
                        accept(
                            self.names.fullest(self.words.text(run), before: byte),
                            self.tokens[run.upperBound - 1].span.end)
                    })
            else { return known?.text }
            if let known, known.end >= local.end { return known.text }
            return names.fullest(local.text, before: byte)
        }
        // (a name of the wanted gender before one whose gender the text does not tell: `she` after `Margaret
        // Ellison … Thurgood Marshall` is Ellison)
        return nearest { name, _ in self.isPersonGender(name, want) }
            ?? nearest { name, end in self.compatible(name, end: end, with: want) }
    }

    /// The nearest of the last eight names before a byte offset (as its fullest form) that `accept`s.
    private func nearestKnown(before byte: Int, accept: (String, Int) -> Bool) -> (text: String, end: Int)? {
        // (a name inside a quotation is whom the words are about, not one who speaks them: `"Viktor has his views," he
        // said`)
        recentUnquoted(before: byte).lazy.map {
            (text: self.names.fullest($0.text, before: byte), end: $0.span.end)
        }
        .first { accept($0.text, $0.end) }
    }

    /// The person's name set off by commas right after a role's phrase (`Der Präsident des DIW, Marcel Fratzscher,`).
    func personInApposition(after mention: Range<Int>) -> Range<Int>? {
        let comma = mention.upperBound
        guard comma + 3 < tokens.count, words.isPunct(comma, ","), !inQuote[comma],
            mention.contains(where: { words.lexicons.isRole(words.lower($0)) }),
            let close = (comma + 3..<min(tokens.count, comma + 7)).first(where: { words.isPunct($0, ",") }),
            let name = appositionName(endingAt: close, clauseStart: comma), name.lowerBound == comma + 1,
            names.name(overlapping: words.span(name)) != nil
                || words.lexicons.firstNames[words.lower(name.lowerBound)] != nil
        else { return nil }
        return name
    }

    /// The names ending before `byte` outside quotations, the nearest first.
    func recentUnquoted(before byte: Int) -> [PersonNames.Name] {
        names.recent(before: byte, count: 8).filter {
            let i = document.tokenIndex(atOrAfter: $0.span.start)
            return i >= tokens.count || !inQuote[i]
        }
    }

    private mutating func remember(_ name: String, at end: Int) -> String {
        lastSpeaker = (end, name)
        return name
    }

    // MARK: - Clauses

    /// Where the clause holding token `i` starts: after the previous sentence end, colon,
    /// semicolon or quote, within its sentence.
    func clauseStart(before i: Int, floor: Int? = nil, acrossQuotes: Bool = false) -> Int {
        let sentenceStart =
            document.sentenceIndex(containing: tokens[i].span.start).map { document.sentences[$0].tokens.lowerBound }
            ?? 0
        let bottom = max(floor ?? sentenceStart, sentenceStart)
        var k = i
        while k > bottom {
            let p = k - 1
            // (a name in marks is part of the clause: `Der „Spiegel“ schrieb am Montag: …`)
            if !acrossQuotes, tokens[p].kind.isQuote, !tokens[k].paragraphBefore,
                let open = stride(from: p - 2, through: max(bottom, p - 5), by: -1).first(where: {
                    tokens[$0].kind.isQuote
                }), nameInMarksEnd(open, limit: p + 1) == p
            {
                k = open
                continue
            }
            if words.endsClause(p) || words.isPunct(p, ":") || (!acrossQuotes && tokens[p].kind.isQuote)
                || tokens[k].paragraphBefore
            {
                break
            }
            k -= 1
        }
        return k
    }

    /// Where the clause from `i` ends: the next sentence end, colon, quote or paragraph.
    func clauseEnd(from i: Int) -> Int {
        var k = i
        // Never past its sentence: a clause is part of one (and an endless run of text, cut into
        // sentences of at most 300 tokens, does not make every search read to the end).
        let end =
            i < tokens.count
            ? document.sentenceIndex(containing: tokens[i].span.start)
                .map { document.sentences[$0].tokens.upperBound } ?? tokens.count : tokens.count
        while k < end {
            if k > i && tokens[k].paragraphBefore { break }
            // (a name in marks is part of the clause: `schrieb die „Bild“`)
            if tokens[k].kind.isQuote, let close = nameInMarksEnd(k, limit: end) {
                k = close + 1
                continue
            }
            if words.endsSentence(k) || words.isPunct(k, ":") || tokens[k].kind.isQuote || inQuote[k] { break }
            k += 1
        }
        return k
    }
}
