import LoupeCore

/// Speech in the reporter's words: `indirect`, `mixed`, `reported` and `free-indirect` items,
/// found sentence by sentence from a lexicon of speech and cognition verbs with classes
/// (`speech-verbs-*.txt`), Konjunktiv I recognised by its form (`WordReader.isSubjunctiveI`)
/// and the cue phrases of news (`laut X`, `X zufolge`, `nach Angaben von X`, `, so X,`,
/// `wie X sagte`, `heißt es in X`, `according to X`).
///
/// Per sentence, first match wins:
/// 1. a speech verb followed (after a comma, skipping its object and adverbs) by a dass/ob/w-
///    clause, a Konjunktiv clause or a zu-infinitive (German); by `that` or a clause (English):
///    `indirect`, the content is the complement up to the sentence end;
/// 2. a clause before `, sagte X` / `, X said` (postposed frame): `indirect`, the content is the
///    clause before the comma (German asks for a Konjunktiv in it);
/// 3. a cue phrase (`laut X`, `X zufolge` …): `indirect`, the content is the sentence without
///    an opening cue phrase, or the subordinate clause the phrase stands in (`cueContent`);
/// 4. German: a speech-act verb (`act`: forderte, kritisierte, warnte …) with an object in a
///    main clause without a clause complement: `reported`, the content is the whole clause,
///    speaker included (a speech act has no content apart from the act);
/// 5. German: a Konjunktiv I sentence (or reportative `soll … haben`, not indicative `soll …
///    beraten`) without a frame, within four sentences of the last attribution in the same or the previous paragraph:
///    `free-indirect`, with that attribution's speaker.
/// Content that holds quoted fragments is `mixed` and lists them. Sentences that are mostly a
/// quotation in marks are left to the quotation rules.
struct SpeechItem {
    var content: Range<Int>
    var kind: Quote.Kind
    var attribution: QuoteFinder.Attribution?
    /// The speaker carried over from an earlier item (free indirect speech).
    var carried: Quote.Speaker?
    /// Quotations in marks inside the content (a `mixed` item's fragments), as token ranges.
    var fragments: [ClosedRange<Int>] = []
    /// Free indirect by a reportative `soll … haben` rather than a Konjunktiv: hearsay from a source of its own.
    var hearsay = false
}

/// One pass over a sentence's words outside quotation marks: each is lowered and looked up once.
struct SentenceScan {
    var verbs: [(index: Int, verb: QuoteLexicons.SpeechVerb)] = []
    var cueWords: [Int] = []
    var passive = false
    var freeIndirect = false
    /// Free indirect by a reportative `soll`/`sollen` with a perfect infinitive alone, no Konjunktiv.
    var hearsay = false
}

extension QuoteFinder {
    static let cuePhraseWords: Set<String> = [
        "laut", "zufolge", "according", "nach", "gemäß", "demnach", "demzufolge", "so", "wie", "as", "heißt", "hieß",
        "verlautet", "verlautete", "aus",
        // (Swiss spelling: ss for ß)
        "gemäss", "heisst", "hiess",
    ]
    /// Verbs of speech without a speaking subject whose source is a phrase: `heißt es in X`, `verlautete aus X`.
    static let impersonalSourceVerbsDE: Set<String> = ["heißt", "hieß", "heisst", "hiess", "verlautet", "verlautete"]

    /// Whether token `v` is such a verb: `heißt`/`hieß` with its `es` after it, `verlautet(e)` with or without.
    func isImpersonalSourceVerb(_ v: Int, limit: Int) -> Bool {
        let w = words.lower(v)
        guard Self.impersonalSourceVerbsDE.contains(w) else { return false }
        return w.hasPrefix("verlaut") || v + 1 < limit && words.lower(v + 1) == "es"
    }
    /// The prepositions that name such a source: `in der Mitteilung`, `bei der Bahn`, `aus Regierungskreisen`.
    static let sourcePrepositionsDE: Set<String> = ["in", "im", "bei", "beim", "von", "vom", "aus", "seitens"]

    func scan(_ range: Range<Int>, english: Bool) -> SentenceScan {
        var scan = SentenceScan()
        // `soll`/`sollen` is reportative with a perfect infinitive (`soll … gesagt haben`);
        // `soll … beraten` is an indicative plan, no speech.
        var modal = false
        var perfect = false
        for i in range where !inQuote[i] && tokens[i].kind == .word {
            let w = words.lower(i)
            // (in English no verb follows an article or a possessive: `according to a note`, `Graham's comments`)
            // (an English sentence opens with a participle, `Speaking …`, `Asked …`, not with a finite verb:
            // `Reports older than 90 days are archived` opens with a noun)
            // (but a name in the possessive is a subject before a past and its clause: `Analysts at Moody's warned
            // that …`)
            // (the lexicon first: the word-order tests run only for its verbs)
            if !words.isCapitalized(i)
                || (english && i == range.lowerBound && !(w.hasSuffix("s") && !w.hasSuffix("ss"))
                    // (a base form opening a sentence before a capitalised word is a name's modifier: `State
                    // Senator Andrew Lanza told …`)
                    && !(i + 1 < range.upperBound && words.isCapitalized(i + 1)
                        && words.lexicons.cues[w]?.lemma == w)),
                let verb = words.speechVerb(at: i, limit: range.upperBound, lower: w),
                !(english && i > range.lowerBound
                    && (Self.englishArticles.contains(words.lower(i - 1))
                        || Self.nounPrepositionsEN.contains(words.lower(i - 1)) && !w.hasSuffix("ing")
                        || words.isPossessiveS(i - 1) && !isPastBeforeClause(i, limit: range.upperBound)
                        || isObjectAfterPast(i, floor: range.lowerBound)))
                    && !(english && isNounBeforeVerbEN(i, range: range))
            {
                scan.verbs.append((i, verb))
            }
            if Self.cuePhraseWords.contains(w) { scan.cueWords.append(i) }
            if Self.passiveAuxiliaries.contains(w) { scan.passive = true }
            if !english, !scan.freeIndirect, !words.isCapitalized(i) {
                if words.isSubjunctive(i, lower: w) { scan.freeIndirect = true }
                if w == "soll" || w == "sollen" { modal = true }
                if modal, w == "haben" || w == "sein" { perfect = true }
            }
        }
        if modal && perfect && !scan.freeIndirect { (scan.freeIndirect, scan.hearsay) = (true, true) }
        return scan
    }

    /// Whether an English word of the speech lexicon is a noun by the verb after it: the subject of a finite
    /// `was`, `has` … (`minutes before the first emergency call was made`), or a gerund opening the sentence
    /// before a plural and its verb (`Planning officers had recommended approval`).
    func isNounBeforeVerbEN(_ i: Int, range: Range<Int>) -> Bool {
        guard i + 1 < range.upperBound, tokens[i + 1].kind == .word, !inQuote[i + 1] else { return false }
        let next = words.lower(i + 1)
        if Self.finiteBeHaveEN.contains(next) { return true }
        guard i == skipDateline(range.lowerBound), words.lower(i).hasSuffix("ing"), i + 2 < range.upperBound,
            !words.isCapitalized(i + 1), next.hasSuffix("s"), !next.hasSuffix("ss"), !words.isFunctionWord(next),
            tokens[i + 2].kind == .word
        else { return false }
        return WordReader.englishAuxiliaries.contains(words.lower(i + 2))
    }

    /// A finite English verb of speech or thought after its subject's noun (`the vote showed`, `polls suggest`; not
    /// `in reports`, `a report`).
    func isFiniteSpeechVerbEN(_ j: Int) -> Bool {
        guard j > 0, tokens[j].kind == .word, tokens[j - 1].kind == .word, !words.isCapitalized(j) else { return false }
        let w = words.lower(j)
        let previous = words.lower(j - 1)
        guard w.hasSuffix("ed") || w.hasSuffix("s") && !w.hasSuffix("ss"), !words.isDeterminer(j - 1),
            !words.isFunctionWord(previous), !Self.prepositions.contains(previous)
        else { return false }
        return words.speechVerb(at: j, limit: j + 1) != nil
    }

    /// English words opening a subordinate or relative clause, which is no closing frame (`as` is one: `…, as
    /// the minister said`).
    static let subordinatorsEN: Set<String> = [
        "when", "where", "while", "because", "after", "before", "if", "since", "although", "though", "until",
        "unless", "whereas", "which", "who", "whom", "whose",
    ]

    /// The finite forms of `be` and `have` (a verb before one is its subject, a noun).
    static let finiteBeHaveEN: Set<String> = ["is", "was", "are", "were", "has", "have", "had"]

    /// German nouns that take a zu-infinitive of their own (`das Ziel, … zu werden`, `die Absicht, … zu bauen`).
    static let infinitiveNounsDE: Set<String> = [
        "ziel", "ziele", "plan", "pläne", "absicht", "versprechen", "möglichkeit", "recht", "pflicht", "aufgabe",
        "bereitschaft", "versuch", "chance", "gelegenheit", "fähigkeit", "notwendigkeit", "entschluss", "idee",
        "wunsch", "vorhaben", "auftrag",
    ]

    /// English prepositions after which a word of the speech lexicon is a noun, unless a gerund (`voted
    /// against plans to cut`, `amid claims that`; `by saying`).
    static let nounPrepositionsEN: Set<String> = [
        "of", "for", "with", "from", "against", "about", "amid", "despite", "over", "into", "without", "among",
    ]

    /// The English articles: a word after one is a noun, never a verb (not after quantifiers, which stand alone
    /// as subjects: `many say`, `some believe`), and one opens a noun phrase.
    static let englishArticles: Set<String> = ["a", "an", "the"]

    static let complementizersDE: Set<String> = [
        "dass", "daß", "ob", "wie", "warum", "weshalb", "wieso", "weswegen", "wer", "was", "wann", "wo", "wohin",
        "woher",
        "inwiefern", "inwieweit", "welche", "welcher", "welches", "wieviel",
    ]
    static let complementizersEN: Set<String> = ["that", "whether", "if", "how", "why", "what", "who", "when", "where"]

    /// Speech items of the document, in text order. `marked` are the quotations found (token
    /// ranges and kinds) so that sentences of direct speech are left alone and fragments make
    /// an item `mixed`.
    mutating func speech(marked: [(range: ClosedRange<Int>, kind: Quote.Kind, speaker: Quote.Speaker?, framed: Bool)])
        -> [SpeechItem]
    {
        let english = document.language == .english
        var items: [SpeechItem] = []
        var lastAttributed: (sentence: Int, paragraph: Int, speaker: Quote.Speaker?, attribution: Attribution?)?
        var paragraph = 0
        var markedIndex = 0
        for (s, sentence) in document.sentences.enumerated() {
            let range = sentence.tokens
            guard !range.isEmpty else { continue }
            if range.contains(where: { tokens[$0].paragraphBefore }) || s == 0 { paragraph += 1 }
            // Quotations touching this sentence.
            while markedIndex < marked.count, marked[markedIndex].range.upperBound < range.lowerBound {
                markedIndex += 1
            }
            var here: [(range: ClosedRange<Int>, kind: Quote.Kind, speaker: Quote.Speaker?, framed: Bool)] = []
            var m = markedIndex
            while m < marked.count, marked[m].range.lowerBound < range.upperBound {
                here.append(marked[m])
                m += 1
            }
            let words = range.filter { tokens[$0].kind == .word }
            let quotedWords = words.filter { inQuote[$0] }.count
            // A quotation with a cue hands its speaker on (one attributed from the sentence's
            // subject alone is too weak a lead for the sentences after it).
            for quote in here where quote.framed {
                if let speaker = quote.speaker { lastAttributed = (s, paragraph, speaker, nil) }
            }
            // Direct speech, or a sentence that is mostly a quotation: the quotation rules' work.
            if here.contains(where: { $0.kind == .direct }) && 2 * quotedWords >= words.count { continue }
            if words.count < 3 { continue }

            let scan = scan(range, english: english)
            // `Dies bestätigte der Sprecher.`: the sentence before is what was said.
            if !english, s > 0,
                items.last.map({ $0.content.upperBound <= document.sentences[s - 1].tokens.lowerBound }) ?? true,
                let anaphor = anaphoricFrame(range, scan)
            {
                let previous = document.sentences[s - 1].tokens
                if !previous.isEmpty, !previous.contains(where: { inQuote[$0] }),
                    !tokens[range.lowerBound].paragraphBefore
                {
                    // (what a colon opens in it, when a sentence follows: `Sie war das Gesicht einer Generation: Die
                    // Schauspielerin ist gestorben. Das teilte ihre Familie mit.`)
                    var content = contentRange(previous)
                    if let colon = colon(in: content), colon + 3 < content.upperBound, tokens[colon + 1].kind == .word,
                        self.words.isCapitalized(colon + 1),
                        (colon + 1..<content.upperBound).contains(where: {
                            tokens[$0].kind == .word && Self.finiteVerbsDE.contains(self.words.lower($0))
                        })
                    {
                        content = colon + 1..<content.upperBound
                    }
                    items.append(SpeechItem(content: content, kind: .indirect, attribution: anaphor))
                    lastAttributed = (s, paragraph, nil, anaphor)
                    continue
                }
            }
            var item =
                clauseComplement(range, scan, english: english) ?? postposedFrame(range, english: english)
                ?? cuePhrase(range, scan, english: english)
            if item == nil, !english { item = nominalFrame(range) }
            // (not the Konjunktiv of a question put: `Auf die Frage, ob der Termin realistisch sei, sagte sie: …`)
            let questionPut = !english && scan.freeIndirect && isQuestionPut(skipDateline(range.lowerBound))
            // (before a reported act: `X verwies auf volle Züge: Die Linien würden …` is what X said after the colon)
            if item == nil, !english, scan.freeIndirect, !questionPut { item = colonFrame(contentRange(range)) }
            if item == nil, !english { item = reportedAct(range, scan) }
            let recent = lastAttributed.flatMap { s - $0.sentence <= 4 && paragraph - $0.paragraph <= 1 ? $0 : nil }
            if item == nil, !english, scan.freeIndirect, recent != nil || hasColon(range), !questionPut,
                !isConditionalInKonjunktivII(range)
            {
                var content = contentRange(range)
                // The Konjunktiv only in a clause after a main clause without one (`Die Gewerkschaft
                // begegnete dem mit dem Argument, ⟦die Löhne seien zu niedrig⟧`): that clause is the
                // speech, framed in its own sentence — indirect, by the main clause's subject (not
                // in a passive, whose subject is no agent: then the attribution before goes on).
                if item == nil, let clause = subjunctiveSubclause(content) {
                    content = clause
                    let main = range.lowerBound..<(clause.lowerBound - 1)
                    let passive = main.contains {
                        tokens[$0].kind == .word && !inQuote[$0]
                            && Self.passiveAuxiliaries.contains(self.words.lower($0))
                    }
                    if !passive, let np = mainClauseSubject(main) {
                        item = SpeechItem(
                            content: content, kind: .indirect,
                            attribution: Attribution(mention: np, cue: nil, nameScope: np))
                    }
                }
                // A person named in the clause a colon closes is the source of the Konjunktiv after it, not the
                // speaker before (`So sieht es auch der Verkehrsforscher Jan Ott: Ohne mehr Rastplätze werde sich
                // nichts ändern`)
                if item == nil, let colon = colon(in: content), colon + 2 < content.upperBound,
                    hasSubjunctive(colon + 1..<content.upperBound), !hasSubjunctive(content.lowerBound..<colon),
                    let run = nameRun(in: content.lowerBound..<colon), run.count >= 2,
                    useHeuristic || names.name(overlapping: self.words.span(run)) != nil
                {
                    item = SpeechItem(
                        content: (colon + 1)..<content.upperBound, kind: .indirect,
                        attribution: Attribution(mention: run, cue: nil, nameScope: run))
                }
                // A person or role opening the sentence just before, with no speech of their own there, goes on
                // speaking (`Mainz-Coach Bo Henriksen zeigte sich enttäuscht. Seine Mannschaft habe …`), not the
                // speaker before them.
                if item == nil, s > 0, lastAttributed?.sentence != s - 1,
                    !tokens[range.lowerBound].paragraphBefore,
                    let (np, scope) = personOpening(document.sentences[s - 1].tokens)
                {
                    item = SpeechItem(
                        content: content, kind: .freeIndirect,
                        attribution: Attribution(mention: np, cue: nil, nameScope: scope))
                }
                if item == nil, let last = recent {
                    let carried = last.attribution.map {
                        Attribution(mention: $0.mention, cue: nil, nameScope: $0.nameScope)
                    }
                    item = SpeechItem(
                        content: content, kind: .freeIndirect, attribution: carried, carried: last.speaker,
                        hearsay: scan.hearsay)
                }
            }
            // English: a quoted fragment with a speaker in a sentence without a frame of its own —
            // the sentence paraphrases that speaker around the fragment (`mixed`). (German news
            // quotes single terms inside the narrator's own sentences far more often: measured on
            // the Wikinews tuning half this rule cost precision there, so it is English only.)
            if item == nil, english,
                let fragment = here.first(where: {
                    $0.kind == .partial && $0.speaker != nil && range.contains($0.range.lowerBound)
                })
            {
                item = SpeechItem(
                    content: contentRange(range), kind: .indirect, attribution: nil, carried: fragment.speaker)
            }
            guard var found = item, !found.content.isEmpty else { continue }
            if let attribution = found.attribution, attribution.mention.isEmpty, let last = lastAttributed {
                // `Demnach …`, `Wie verlautete, …`: the source of the attribution before.
                if s - last.sentence <= 4, paragraph - last.paragraph <= 1 {
                    found.carried = last.speaker
                    if let previous = last.attribution {
                        found.attribution = Attribution(
                            mention: previous.mention, cue: attribution.cue, nameScope: previous.nameScope)
                    }
                }
            }
            // The frame right after a quotation (`„…“, bestätigte X`, `„…“, so X`) is that quotation's, not
            // speech of its own over it (but `„…“, sagte sie und fügte hinzu, dass …` has a clause of its own).
            if let cue = found.attribution?.cue,
                here.contains(where: { q in
                    q.kind == .direct && found.content.lowerBound <= q.range.upperBound
                        && cue == self.frameStart(afterClose: q.range.upperBound)
                })
            {
                continue
            }
            // A content that cuts through a quotation (its sentence split inside the marks: `„A. B“,
            // versprach er`) is the quotation's frame, not speech of its own.
            let content = found.content
            if here.contains(where: {
                $0.range.lowerBound < content.upperBound && content.lowerBound <= $0.range.upperBound
                    && !(content.lowerBound <= $0.range.lowerBound && $0.range.upperBound < content.upperBound)
            }) {
                continue
            }
            // A content that is all one quotation in marks is that quotation.
            let contentWords = found.content.filter { tokens[$0].kind == .word }
            let contentQuoted = contentWords.filter { inQuote[$0] }.count
            if !contentWords.isEmpty, 10 * contentQuoted >= 9 * contentWords.count { continue }
            // Quotations inside an indirect item's content make it mixed, those in marks its fragments.
            func takingFragments(_ item: inout SpeechItem) {
                let inside = here.filter {
                    $0.range.lowerBound >= item.content.lowerBound && $0.range.upperBound < item.content.upperBound
                }
                guard !inside.isEmpty, item.kind == .indirect else { return }
                item.kind = .mixed
                item.fragments = inside.filter { $0.kind.isMarked }.map(\.range)
            }
            takingFragments(&found)
            items.append(found)
            if let attribution = found.attribution, !attribution.mention.isEmpty {
                lastAttributed = (s, paragraph, found.carried, attribution)
            } else if found.carried != nil {
                lastAttributed = (s, paragraph, found.carried, nil)
            }
            // A second attribution in the clause the narrator joins on (`X says A, but Y admitted that B`;
            // `X said A, and insisted that B`: a verb of the same subject).
            // (German also a second reported act: `Die „SZ“ lobte die Inszenierung, der Deutschlandfunk sprach von
            // einem „Abend ohne Überraschungen“`)
            func secondItem(_ rest: Range<Int>) -> SpeechItem? {
                // (a quoted fragment in it makes the second item mixed: `…, insisting that the allegations were
                // "politically motivated"`; a quotation of its own is left to the quotation rules)
                let quoted = here.contains { rest.contains($0.range.lowerBound) && $0.kind != .partial }
                if !quoted, var item = clauseComplement(rest, self.scan(rest, english: english), english: english) {
                    takingFragments(&item)
                    return item
                }
                return !english && found.kind == .reported ? reportedAct(rest, self.scan(rest, english: false)) : nil
            }
            // (after a reported act its content ends at a German main clause of its own: that clause)
            let k = found.content.upperBound
            let mainClauseAfter =
                !english && found.kind == .reported && k + 3 < range.upperBound && self.words.isPunct(k, ",")
                    && startsMainClause(k + 1, end: range.upperBound)
                ? (k + 1)..<range.upperBound : nil
            if let rest = clauseAfterContent(found.content, in: range, english: english) ?? mainClauseAfter,
                var second = secondItem(rest), let attribution = second.attribution
            {
                // (a verb that opens the clause has the first one's subject: German puts none before it,
                // and the one after it, `fügte hinzu, man habe einen Plan`, is the content's)
                if attribution.mention.isEmpty || attribution.cue == rest.lowerBound {
                    guard attribution.cue == rest.lowerBound, let first = found.attribution, !first.mention.isEmpty
                    else { continue }
                    second.attribution = Attribution(
                        mention: first.mention, cue: attribution.cue, nameScope: first.nameScope)
                    second.carried = found.carried
                }
                items.append(second)
                lastAttributed = (s, paragraph, second.carried, second.attribution)
            }
        }
        return mergingFreeIndirectRuns(items)
    }

    /// A verb of speech before a colon frames the Konjunktiv after it (`Justine Triet schwärmt von der
    /// Zusammenarbeit: Hüller sei „…“`): indirect, by that verb's subject.
    func colonFrame(_ content: Range<Int>) -> SpeechItem? {
        guard let colon = colon(in: content), colon + 2 < content.upperBound,
            hasSubjunctive(colon + 1..<content.upperBound),
            let v = (content.lowerBound..<colon).first(where: {
                tokens[$0].kind == .word && !inQuote[$0] && !words.isCapitalized($0)
                    && words.speechVerb(at: $0, limit: colon) != nil
            }),
            let subject = speechSubject(of: v, clauseStart: content.lowerBound)
        else { return nil }
        return SpeechItem(
            content: (colon + 1)..<content.upperBound, kind: .indirect,
            attribution: Attribution(mention: subject.mention, cue: v, nameScope: subject.scope))
    }

    /// Free indirect sentences that follow one another with nothing but their full stops between them carry one
    /// speaker's speech on: one item for the run, as a reader (and the Wikinews annotation) takes it. (Not hearsay,
    /// `Die Demonstranten sollen … geführt haben`: a report of its own.)
    func mergingFreeIndirectRuns(_ items: [SpeechItem]) -> [SpeechItem] {
        var merged: [SpeechItem] = []
        for item in items {
            if item.kind == .freeIndirect, !item.hearsay, var last = merged.last, last.kind == .freeIndirect,
                !last.hearsay,
                last.content.upperBound <= item.content.lowerBound,
                (last.content.upperBound..<item.content.lowerBound).allSatisfy({
                    tokens[$0].kind == .punctuation && !inQuote[$0]
                }),
                last.carried?.name == item.carried?.name
            {
                last.content = last.content.lowerBound..<item.content.upperBound
                last.fragments += item.fragments
                merged[merged.count - 1] = last
            } else {
                merged.append(item)
            }
        }
        return merged
    }

    /// A comma before an English verb of speech in -ing (`, saying`, `, adding`, `, accusing`): the clause it
    /// opens is the same subject's speech.
    func isParticipleFrame(_ k: Int, limit: Int) -> Bool { participle(afterComma: k, limit: limit) == k + 1 }

    /// The English participle of speech after the comma at `k`, past a closing mark (`, saying …`, `," adding …`).
    func participle(afterComma k: Int, limit: Int) -> Int? {
        guard words.isPunct(k, ",") else { return nil }
        let p = k + 1 < limit && tokens[k + 1].kind.isQuote ? k + 2 : k + 1
        guard p < limit, tokens[p].kind == .word, words.lower(p).hasSuffix("ing"),
            words.speechVerb(at: p, limit: limit) != nil
        else { return nil }
        return p
    }

    /// A sentence opening with the question put to someone: `Asked whether …`, `When asked about …`, `Auf die
    /// Frage, ob …`, `Gefragt, ob …`, `Darauf angesprochen, …`.
    func isQuestionPut(_ opening: Int) -> Bool {
        guard opening < tokens.count, tokens[opening].kind == .word else { return false }
        let first = words.lower(opening)
        func next(_ k: Int) -> String { opening + k < tokens.count ? words.lower(opening + k) : "" }
        if ["asked", "gefragt", "befragt", "angesprochen"].contains(first) { return true }
        if first == "auf", next(1) == "die", next(2) == "frage" { return true }
        return first == "when" && next(1) == "asked" || first == "darauf" && next(1) == "angesprochen"
    }

    /// The narrator's clause after a paraphrase that ends at `, but`, `, while`, `, whereas`, `, and`;
    /// German: at a clause with a verb of speech of its own (`…, und fügte hinzu, …`).
    func clauseAfterContent(_ content: Range<Int>, in range: Range<Int>, english: Bool) -> Range<Int>? {
        let k = content.upperBound
        // English `claimed vast wealth and said it ensured …`: a second verb of speech of the same subject
        if english, k + 3 < range.upperBound, tokens[k].kind == .word, ["and", "but"].contains(words.lower(k)),
            tokens[k + 1].kind == .word, !words.isCapitalized(k + 1),
            words.speechVerb(at: k + 1, limit: range.upperBound)?.verbClass == .say
        {
            return (k + 1)..<range.upperBound
        }
        // (a content ending in a quoted fragment's comma and mark: `the cuts were "a betrayal," adding that …`)
        if english, k - 2 >= content.lowerBound, k + 2 < range.upperBound,
            participle(afterComma: k - 2, limit: range.upperBound) == k
        {
            return k..<range.upperBound
        }
        guard k + 3 < range.upperBound, words.isPunct(k, ","), tokens[k + 1].kind == .word else { return nil }
        if english {
            if isParticipleFrame(k, limit: range.upperBound) { return (k + 1)..<range.upperBound }
            guard ["but", "while", "whereas", "and"].contains(words.lower(k + 1)) else { return nil }
            return (k + 2)..<range.upperBound
        }
        guard opensGermanFrame(k + 1, limit: range.upperBound) else { return nil }
        // (past the conjunction: `und fügte hinzu`, `während die Polizei mitteilte`)
        let start = ["und", "während", "wohingegen", "als"].contains(words.lower(k + 1)) ? k + 2 : k + 1
        return start..<range.upperBound
    }

    /// An English word in -s a word or two after a past of the same clause (`faced fierce questions`): the
    /// past's object, no second verb (`said he questions …` has its subject between), and no cue unless its
    /// content follows (`raised fears that …`).
    private func isObjectAfterPast(_ i: Int, floor: Int) -> Bool {
        let w = words.lower(i)
        guard w.hasSuffix("s"), !w.hasSuffix("ss"), i + 1 >= tokens.count || words.lower(i + 1) != "that" else {
            return false
        }
        var k = i - 1
        while k >= max(floor, i - 3), tokens[k].kind == .word, !inQuote[k] {
            let p = words.lower(k)
            if words.isFunctionWord(p) || words.isCapitalized(k) { return false }
            if p.utf8.count >= 5 && p.hasSuffix("ed") || Self.irregularPastEN.contains(p) {
                // (a past or a participle after its auxiliary, `who has led calls for …`; not a verb of speech, whose
                // addressee may come before what is said: `warned voters Trump lies`)
                return k > floor && tokens[k - 1].kind == .word && words.speechVerb(at: k, limit: i) == nil
            }
            k -= 1
        }
        return false
    }

    /// An English past at `i` (`warned`, `said`) with `that` or a subject pronoun after it: a finite verb.
    private func isPastBeforeClause(_ i: Int, limit: Int) -> Bool {
        let w = words.lower(i)
        guard w.hasSuffix("ed") || Self.irregularPastEN.contains(w), i + 1 < limit, tokens[i + 1].kind == .word
        else { return false }
        let next = words.lower(i + 1)
        return next == "that" || Self.clauseSubjectPronounsEN.contains(next)
    }

    /// The sentence without its final punctuation.
    func contentRange(_ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound,
            tokens[end - 1].kind == .punctuation || (tokens[end - 1].kind.isQuote && !inQuote[end - 1])
        { end -= 1 }
        // (and the bracket closing a sentence all in brackets, `(Der Minister sagte später, er bleibe.)`)
        if end - 1 > range.lowerBound, words.closingBracket(of: range.lowerBound, before: end) == end - 1 {
            end -= 1
            while end > range.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
        }
        var start = range.lowerBound
        start = skipDateline(start)
        // (a list item's bullet is no part of what was said: `- The dashboard loads twice as fast, according to …`)
        while start < end, tokens[start].kind == .punctuation || tokens[start].kind == .symbol,
            !tokens[start].kind.isQuote
        {
            start += 1
        }
        return start..<max(start, end)
    }

    // MARK: - 1. A speech verb and its clause

    private func clauseComplement(_ range: Range<Int>, _ scan: SentenceScan, english: Bool) -> SpeechItem? {
        for (v, verb) in scan.verbs {
            // `Asked whether he would resign, Johnson replied …`: the question put to the speaker is no speech
            if english, verb.lemma == "ask", isQuestionPut(skipDateline(range.lowerBound)), v <= range.lowerBound + 2 {
                continue
            }
            // an English act in the past opening the sentence has no subject: an ellipsis of the writer's own
            // (`Called customer service on Monday and …`; not a participle, `Citing …, Trump said`)
            if english, verb.verbClass == .act, v == skipDateline(range.lowerBound), words.isCapitalized(v),
                !words.lower(v).hasSuffix("ing")
            {
                continue
            }
            // an English verb form in capitals before a word in capitals is part of a name (`Planned Parenthood
            // denounced the law`), and a passive of thinking before a closing frame is what the frame's speaker says
            // (`Ruiz is expected to be sworn in next week, an official said`)
            if english, words.isCapitalized(v), v + 1 < range.upperBound, tokens[v + 1].kind == .word,
                words.isCapitalized(v + 1), words.lower(v + 1) != "i"
            {
                continue
            }
            if english, verb.verbClass == .think, v > range.lowerBound, Self.englishBe.contains(words.lower(v - 1)),
                postposedFrame(range, english: true) != nil
            {
                continue
            }
            // a participle opening a sentence that a frame closes is its content's gerund subject (`Rejecting the
            // scheme would have led to an appeal, he added`)
            if english, v == skipDateline(range.lowerBound), words.lower(v).hasSuffix("ing"),
                postposedFrame(range, english: true) != nil
            {
                continue
            }
            // English base forms are also nouns (`state officials`, `report`): a verb only after
            // a subject pronoun, a modal or `to`.
            if english, words.lower(v) == verb.lemma, v > range.lowerBound, tokens[v - 1].kind == .word {
                let p = words.lower(v - 1)
                let pluralSubject = p.hasSuffix("s") && !words.isFunctionWord(p) && !words.isDeterminer(v - 1)
                if !Self.englishBaseFormOpeners.contains(p) && !pluralSubject { continue }
            }
            // English: a verb in a relative clause set off by commas (`Lisa Chen, who proposed the plan, called
            // …`; `Opponents, who have fought it since it was proposed, argue …`) reports within that clause
            // only, and a speech act there only describes the person; a passive with `to` (`The plan is expected
            // to cost …`) names no one who speaks.
            var relativeEnd: Int?
            var antecedent: Range<Int>?
            if english, let pronoun = relativePronounEN(before: v, floor: range.lowerBound) {
                if verb.verbClass == .act, pronoun == v - 1 { continue }
                relativeEnd = (v + 1..<range.upperBound).first { words.isPunct($0, ",") && !inQuote[$0] }
                // (the pronoun as subject is the speaker's mention; the phrase it stands for, before its comma,
                // names them)
                let head = englishPhraseStart(before: pronoun - 1, floor: range.lowerBound)
                if pronoun == v - 1, head < pronoun - 1 { antecedent = head..<(pronoun - 1) }
            }
            // (`to` before an infinitive, not a preposition's phrase: `Officers were called to the property`)
            if english, v >= 1, v + 2 < range.upperBound, Self.englishBe.contains(words.lower(v - 1)),
                opensInfinitiveEN(v + 1, limit: range.upperBound),
                words.lower(v).hasSuffix("ed") || ["said", "thought"].contains(words.lower(v))
            {
                let content = v + 1..<englishContentEnd(v + 1..<contentRange(range).upperBound)
                guard content.count >= 2 else { continue }
                return SpeechItem(content: content, kind: .indirect, attribution: nil)
            }
            // German `wie X ankündigt` is a frame: what follows its comma (`Wie X berichtet, habe …`)
            // is the content, anything further on (`die – wie X ankündigt – im Mai …, stehen …`) not.
            let wieFrame = !english && opensWieFrame(v, floor: range.lowerBound)
            // The complement: skip the object, adverbs and the particle up to a comma (German) or
            // to `that` / a clause start (English), past a time adverbial (`said on Thursday the economy …`).
            var k = english ? afterEnglishTime(v + 1, limit: range.upperBound) : v + 1
            var steps = 0
            var start: Int?
            // `told Reuters the talks had stalled`, `told the BBC he would stay`: a named addressee, then the clause
            if english, Self.addresseeVerbsEN.contains(verb.lemma) {
                var j = k < range.upperBound && words.lower(k) == "the" ? k + 1 : k
                let name = j
                while j < min(range.upperBound, name + 4), tokens[j].kind == .word, !inQuote[j], words.isCapitalized(j)
                {
                    j += 1
                }
                if j > name, j < range.upperBound, !inQuote[j], startsEnglishClause(j, range: range, pastInEd: false) {
                    start = j
                }
                // `told regulators it expected …`: a bare plural as the addressee of a verb that must have one, before
                // a subject pronoun
                if start == nil, Self.addressedVerbsEN.contains(verb.lemma), k + 2 < range.upperBound,
                    tokens[k].kind == .word, !inQuote[k], !words.isCapitalized(k), words.lower(k).hasSuffix("s"),
                    !words.isFunctionWord(words.lower(k)), tokens[k + 1].kind == .word,
                    Self.clauseSubjectPronounsEN.contains(words.lower(k + 1)),
                    startsEnglishClause(k + 1, range: range, pastInEd: true)
                {
                    start = k + 1
                }
                // (past a time after the addressee: `told donors Tuesday the vote would be close`)
                if start == nil, Self.addressedVerbsEN.contains(verb.lemma), k + 2 < range.upperBound,
                    tokens[k].kind == .word, !inQuote[k], !words.isCapitalized(k), words.lower(k).hasSuffix("s"),
                    !words.isFunctionWord(words.lower(k)),
                    case let m = afterEnglishTime(k + 1, limit: range.upperBound),
                    m > k + 1, m < range.upperBound, !inQuote[m], startsEnglishClause(m, range: range, pastInEd: true)
                {
                    start = m
                }
                // `told the meeting her takings had fallen`, `assured his colleagues the plan would work`: a verb that
                // must have an addressee takes a common noun's phrase as one; the clause opens after it
                if start == nil, Self.addressedVerbsEN.contains(verb.lemma), k < range.upperBound,
                    Self.addresseeOpenersEN.contains(words.lower(k))
                {
                    var n = k + 1
                    while n < min(range.upperBound, k + 4), tokens[n].kind == .word, !inQuote[n],
                        !words.isCapitalized(n), !words.isFunctionWord(words.lower(n))
                    {
                        n += 1
                        if n < range.upperBound, !inQuote[n], tokens[n].kind == .word,
                            Self.clauseOpenersEN.contains(words.lower(n)) || words.isCapitalized(n),
                            startsEnglishClause(n, range: range, pastInEd: false)
                        {
                            start = n
                            break
                        }
                    }
                }
            }
            var infinitiveEnd: Int?
            var silent = false
            while start == nil, k < range.upperBound, steps < (wieFrame ? 2 : 12) {
                // A name in marks in the subject or object (`meldete die Website „Golem“, …`) is
                // passed; any other quotation ends the search.
                if inQuote[k] {
                    guard !english, let after = quotedNameEnd(k, range) else { break }
                    k = after
                    steps += 1
                    continue
                }
                if words.endsSentence(k) || words.isPunct(k, ":") { break }
                // a German verb of speech coordinated after this one has the clause after its comma (`hatte einen
                // Freispruch gefordert und kündigte an, in Revision zu gehen`)
                if !english, k > v + 1, words.lower(k - 1) == "und", scan.verbs.contains(where: { $0.index == k }) {
                    break
                }
                if english {
                    let w = tokens[k].kind == .word ? words.lower(k) : ""
                    // (`examples of shows that began …`: after a bare noun governed by `of`, a relative pronoun)
                    // (`said after a meeting that had been delayed`: after a noun, `that` before a verb is its subject,
                    // a relative pronoun)
                    if w == "that",
                        !(k >= 2 && tokens[k - 1].kind == .word && !words.isCapitalized(k - 1)
                            && words.lower(k - 2) == "of"),
                        !(k - 1 > v && tokens[k - 1].kind == .word && !words.isCapitalized(k - 1)
                            && !words.isFunctionWord(words.lower(k - 1)) && k + 1 < range.upperBound
                            && WordReader.englishAuxiliaries.contains(words.lower(k + 1)))
                    {
                        // (a `that` with its verb right after it is the subject, no conjunction: `said that was not
                        // enough`)
                        let pronoun =
                            k + 1 < range.upperBound && tokens[k + 1].kind == .word
                            && Self.verbsAfterDemonstrativeEN.contains(words.lower(k + 1))
                        start = pronoun ? k : k + 1
                        break
                    }
                    // `claimed, without offering evidence, that …`: past an aside set off by commas right after the verb
                    if k == v + 1, words.isPunct(k, ","), k + 2 < range.upperBound,
                        let close = (k + 2..<min(range.upperBound, k + 10)).first(where: { words.isPunct($0, ",") }),
                        close + 2 < range.upperBound, tokens[close + 1].kind == .word, words.lower(close + 1) == "that",
                        (k + 1..<close).allSatisfy({ tokens[$0].kind == .word && !inQuote[$0] })
                    {
                        start = close + 2
                        break
                    }
                    // `says at a campaign stop in Toledo, Ohio, that …`: past a place or time set off by commas
                    if words.isPunct(k, ","), tokens[v + 1].kind == .word,
                        Self.prepositions.contains(words.lower(v + 1)),
                        let that = (k + 1..<min(range.upperBound, k + 4)).first(where: {
                            tokens[$0].kind == .word && words.lower($0) == "that"
                        }), (k + 1..<that).allSatisfy({ tokens[$0].kind == .word || words.isPunct($0, ",") })
                    {
                        start = that + 1
                        break
                    }
                    if words.isPunct(k, ",") { break }
                    // `hopes to offset …`, `urged supporters to vote`: the infinitive is the content.
                    // (`declined to comment`, `refused to elaborate` say nothing)
                    if steps == 0, w == "to", ["decline", "refuse"].contains(verb.lemma), k + 1 < range.upperBound,
                        Self.silenceVerbs.contains(words.lower(k + 1))
                    {
                        silent = true
                        break
                    }
                    // (an infinitive, not a place: `were called to the property`)
                    if steps == 0, verb.verbClass != .say, opensInfinitiveEN(k, limit: range.upperBound) {
                        start = k; break
                    }
                    // `told reporters that …`: a `that` close by wins over a clause start (not one of a verb of the
                    // clause: `said the vote showed that …`)
                    let thatFollows =
                        (k..<min(range.upperBound, k + 8)).first {
                            tokens[$0].kind != .word || words.lower($0) == "that"
                        }
                        .map { (that: Int) -> Bool in
                            guard tokens[that].kind == .word else { return false }
                            // (nor a second that-clause after `and`: `said his client was disappointed and that
                            // they were weighing an appeal`)
                            guard that - 1 > k else { return true }
                            return !isFiniteSpeechVerbEN(that - 1) && !Self.coordinators.contains(words.lower(that - 1))
                        } ?? false
                    // The clause may follow the addressee (`told me they had …`, `told reporters the deal
                    // …`), which itself starts none; a wh-infinitive after it is no content (`told them how to`).
                    let afterAddressee = steps == 1 && Self.objectPronounsEN.contains(words.lower(k - 1))
                    let isAddressee =
                        steps == 0 && Self.addresseeVerbsEN.contains(verb.lemma) && Self.objectPronounsEN.contains(w)
                    // (numbers are added too: `employers added 275,000 jobs` reports no speech)
                    let addedAmount = verb.lemma == "add" && tokens[k].kind == .number
                    // (or after a prepositional phrase right after the verb: `said on social media she would vote
                    // no`, `said in an interview the talks had stalled`)
                    let afterPhrase =
                        steps >= 2 && steps <= 5 && tokens[v + 1].kind == .word
                        && Self.prepositions.contains(words.lower(v + 1))
                        && (v + 2..<k).allSatisfy({ tokens[$0].kind == .word && !inQuote[$0] })
                        && (Self.subjectPronouns.contains(w) || words.isDeterminer(k)
                            || words.isNameWord(k) && !words.isCapitalized(k - 1))
                        && !words.isDeterminer(k - 1) && !Self.prepositions.contains(words.lower(k - 1))
                    if (steps == 0 && !isAddressee) || afterAddressee || afterPhrase, !thatFollows,
                        verb.verbClass != .act,
                        !addedAmount,
                        Self.complementizersEN.contains(w) && !afterAddressee
                            || startsEnglishClause(
                                k, range: range, pastInEd: !Self.addresseeVerbsEN.contains(verb.lemma))
                    {
                        start = k; break
                    }
                } else if words.isPunct(k, ",") {
                    let next = k + 1
                    guard next < range.upperBound, !inQuote[next], tokens[next].kind == .word else { break }
                    let w = words.lower(next)
                    let end = clauseEnd(range, from: next)
                    // `…, wie der Sprecher betonte`: a frame of its own, not the content.
                    let wieFrame =
                        (w == "wie" || w == "so") && end > next + 1
                        && words.speechVerb(at: end - 1, limit: range.upperBound) != nil
                    // (a zu-infinitive after a noun that takes one is that noun's: `verwies auf das Ziel der
                    // Landesregierung, bis 2040 klimaneutral zu werden` reports the act as a whole)
                    let nounsInfinitive = (v + 1..<k).contains {
                        tokens[$0].kind == .word && !inQuote[$0] && Self.infinitiveNounsDE.contains(words.lower($0))
                    }
                    if !wieFrame,
                        Self.complementizersDE.contains(w) || hasSubjunctive(next..<end)
                            || isZuInfinitive(next, range) && !nounsInfinitive
                            || (verb.verbClass != .act && !governsTopic(v, before: k)
                                && startsMainClause(next, end: end))
                            || subjunctiveAfterRelativeClause(next, end: end, range: range)
                    {
                        start = next
                        // A zu-infinitive ends with its verb: what follows its comma (`, was …`, `,
                        // stellt sich …`) is the narrator's, unless a dependent clause (`, um …`) or
                        // a relative clause on one of its nouns (`, die …`).
                        if !Self.complementizersDE.contains(w), !hasSubjunctive(next..<end), isZuInfinitive(next, range)
                        {
                            infinitiveEnd = withDependentClauses(end, range, relative: true)
                        }
                    }
                    break
                }
                k += 1
                steps += 1
            }
            if silent { continue }
            // English: the object of a speech act is its content (`urged supporters to vote`,
            // `denied the report`), up to the end of the clause.
            // (past a time adverbial: `promised Tuesday to scrap the tax`)
            var objectOfAct = false
            if start == nil, english, verb.verbClass == .act || Self.objectContentEN.contains(verb.lemma) {
                var object = afterEnglishTime(v + 1, limit: range.upperBound)
                // `accused the company of monopolizing the market`: the charge, not the one charged
                var charge = false
                if verb.lemma == "accuse",
                    let of = (object..<min(range.upperBound, object + 6)).first(where: {
                        tokens[$0].kind == .word && words.lower($0) == "of"
                    }), !(object..<of).contains(where: { tokens[$0].kind != .word || inQuote[$0] })
                {
                    object = of + 1
                    charge = true
                }
                // (a passive has no object: `Officers were called to the property` says where, not what)
                let passiveWithoutObject =
                    v >= 1 && Self.englishBe.contains(words.lower(v - 1)) && object < range.upperBound
                    && ["to", "into", "at", "in", "from", "by"].contains(words.lower(object))
                    && object + 1 < range.upperBound && words.isDeterminer(object + 1)
                // (or at the opening mark of a fragment the charge starts with: `accused ministers of "losing the
                // control" of it`)
                if object < range.upperBound, !passiveWithoutObject,
                    !inQuote[object] && tokens[object].kind == .word
                        || charge && tokens[object].kind.isQuote && object + 1 < range.upperBound
                            && tokens[object + 1].kind == .word
                {
                    start = object
                    objectOfAct = !charge
                }
            }
            // (a clause found past the end of the relative clause is not the verb's)
            guard let start, start < (infinitiveEnd ?? relativeEnd ?? range.upperBound) else { continue }
            var content = start..<(infinitiveEnd ?? relativeEnd ?? contentRange(range).upperBound)
            if english {
                content = start..<englishContentEnd(content)
            } else {
                content = start..<germanContentEnd(content)
            }
            let clause = clauseStart(before: v, floor: range.lowerBound, acrossQuotes: true)
            if !english, let main = mainClauseAfterFrame(content, verb: v, frameClause: clause, range: range) {
                content = start..<main
            }
            guard content.count >= 2 else { continue }
            // a time adverbial alone says nothing (`worse than analysts had predicted earlier this month`)
            if english, content.allSatisfy({ isTimeWordEN($0) || words.isPunct($0, ".") }) { continue }
            var subject = antecedent == nil ? speechSubject(of: v, clauseStart: clause) : nil
            if english, let found = subject {
                switch subjectClauseEN(found.mention) {
                case .perfect(let auxiliary):
                    // (`Cruz has long said that …`: the subject ends before its auxiliary)
                    subject?.mention = found.mention.lowerBound..<auxiliary
                case .passive, .relative:
                    // no speaker's verb: a passive's (`the plan was always expected to …`), or one in a relative
                    // clause on the content's subject (`The figures the hon. Gentleman cites cover …`)
                    continue
                case nil: break
                }
            }
            var attribution =
                antecedent.map { Attribution(mention: v - 1..<v, cue: v, nameScope: $0) }
                ?? subject.map { Attribution(mention: $0.mention, cue: v, nameScope: $0.scope) }
                ?? Attribution(mention: v..<v, cue: v)
            // X zitierte Y mit der Aussage, …: Y speaks
            if let quoted = quotedPerson(verb: v, subject: attribution.mention, limit: content.lowerBound) {
                attribution = Attribution(mention: quoted, cue: v)
            }
            // A German subject looked for after the verb (verb second) never lies in the content (`gaben 60
            // Prozent an, sie müssten sparen`: not `sie`): no one named, rather than the wrong one. (English keeps
            // its reading: on PolNeAR's check half one speaker more was wrong without it.)
            if !english, attribution.mention.overlaps(content) { attribution = Attribution(mention: v..<v, cue: v) }
            // An act whose object is a noun phrase reports the act, not what was said (`denied any wrongdoing`,
            // `criticized the lack of funding`); an infinitive (`promised Tuesday to scrap the tax`, `urged residents
            // to stay indoors`), a predicate (`criticised the plan as unfair`, `called climate change a hoax`) or
            // quoted words (`called the plan "reckless"`, mixed) are what was said.
            let reportsAct =
                objectOfAct && !QuoteLexicons.objectNamingLemmas.contains(verb.lemma)
                && !content.contains(where: { inQuote[$0] || Self.predicateLinksEN.contains(words.lower($0)) })
            return SpeechItem(content: content, kind: reportsAct ? .reported : .indirect, attribution: attribution)
        }
        return nil
    }

    enum SubjectClause { case perfect(auxiliary: Int), passive, relative }

    /// What an English subject phrase runs into past its noun phrase: the perfect's auxiliary (`Cruz has long`),
    /// a passive's (`the programme was always`), or a second noun phrase opened by an article right after a noun,
    /// with no relative pronoun before it — a relative clause without one (`The figures the hon. Gentleman`).
    func subjectClauseEN(_ mention: Range<Int>) -> SubjectClause? {
        var relativePronoun = false
        for k in mention.dropFirst() where tokens[k].kind == .word && !inQuote[k] {
            let w = words.lower(k)
            if ["has", "have", "had"].contains(w) { return .perfect(auxiliary: k) }
            if ["was", "were", "is", "are"].contains(w) { return .passive }
            if ["who", "which", "that", "whose"].contains(w) { relativePronoun = true }
            // (not after a participle, whose object the article opens: `The company operating the terminal`)
            let before = words.lower(k - 1)
            if !relativePronoun, Self.englishArticles.contains(w), tokens[k - 1].kind == .word, !inQuote[k - 1],
                !words.isFunctionWord(before), !words.isPossessiveS(k - 1), !before.hasSuffix("ing"),
                !before.hasSuffix("ed")
            {
                return .relative
            }
        }
        return nil
    }

    /// The `who`/`which` after a comma that opens the relative clause holding `v`, if `v` is in one (no comma
    /// or quotation between them).
    func relativePronounEN(before v: Int, floor: Int) -> Int? {
        var k = v - 1
        while k > floor, !inQuote[k], !words.isPunct(k, ",") {
            if ["who", "which"].contains(words.lower(k)) { return words.isPunct(k - 1, ",") ? k : nil }
            k -= 1
        }
        return nil
    }

    /// Whether `to` at `k` opens an infinitive (`urged voters to act`), not a phrase (`called to the property`,
    /// `to Ukraine`).
    func opensInfinitiveEN(_ k: Int, limit: Int) -> Bool {
        guard k + 1 < limit, tokens[k].kind == .word, words.lower(k) == "to", tokens[k + 1].kind == .word else {
            return false
        }
        return !words.isDeterminer(k + 1) && !words.isCapitalized(k + 1)
    }

    /// A German verb of saying with what it is about right after it (`sprachen von 10 000 Teilnehmenden`,
    /// `berichtete über den Unfall`): a main clause after its comma is no content of it, but a clause of its own.
    /// (A verb whose topic is its preposition's object may have its subject first: `sprach die CDU von einem Fass
    /// ohne Boden, die Grünen forderten …`.)
    func governsTopic(_ v: Int, before comma: Int) -> Bool {
        let topic = Self.topicPrepositionsDE
        if v + 1 < comma, tokens[v + 1].kind == .word, topic.contains(words.lower(v + 1)) { return true }
        guard let verb = words.speechVerb(at: v, limit: comma), Self.topicVerbsDE.contains(verb.lemma) else {
            return false
        }
        return (v + 2..<max(v + 2, comma)).contains {
            tokens[$0].kind == .word && !inQuote[$0] && topic.contains(words.lower($0))
        }
    }

    /// The prepositions that name what German speech is about.
    static let topicPrepositionsDE: Set<String> = ["von", "vom", "über"]

    /// German verbs of speech that name what they are about with `von`/`über`.
    static let topicVerbsDE: Set<String> = ["sprechen", "berichten", "erzählen"]

    /// What one declines or refuses to do when one says nothing: `declined to comment`.
    static let silenceVerbs: Set<String> = [
        "comment", "elaborate", "speak", "answer", "respond", "discuss", "say", "confirm", "talk", "reply",
    ]

    static let englishBe: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]
    /// States of mind before an infinitive of speech whose subject is the clause's: `pleased to announce`.
    static let stateAdjectivesEN: Set<String> = [
        "pleased", "excited", "happy", "proud", "delighted", "glad", "sorry", "thrilled", "eager", "ready", "keen",
    ]

    /// Words that open an infinitive or a predicate after an act's object (`urged residents to stay`, `criticised the
    /// plan as unfair`): what was said, not only the act.
    static let predicateLinksEN: Set<String> = ["to", "as"]

    static let objectContentEN: Set<String> = [
        "announce", "deny", "confirm", "reveal", "disclose", "predict", "promise", "acknowledge", "admit", "suggest",
        "allege", "vow", "pledge",
    ]

    /// An English noun phrase with a lower-case head, up to a verb of speech or the clause end
    /// (`the police`, `a source`, `another senior official`): at most five words, no punctuation; a
    /// possessive `'s`, a token of its own, is no word (`the central bank's new projections`).
    /// Words that link a phrase to what follows and never end a noun phrase.
    static let phraseLinksEN: Set<String> = [
        "to", "of", "for", "the", "a", "an", "and", "or", "but", "with", "in", "on", "at", "by", "from", "into", "than",
        "as", "whom", "who", "which", "be", "been", "is", "are", "was", "were", "then",
    ]

    /// A phrase without the adverbs in -ly that close it (`Republican lawmakers largely`).
    func withoutAdverbsEN(_ phrase: Range<Int>) -> Range<Int> {
        var end = phrase.upperBound
        while end - 1 > phrase.lowerBound, EnglishAdverbs.isAdverbInLY(words.lower(end - 1)) { end -= 1 }
        return phrase.lowerBound..<end
    }

    func englishNounPhrase(from start: Int, limit: Int) -> Range<Int>? {
        // Not the conjunction or preposition before it (`though he`, `that Trump`).
        var j = start
        while j < limit, tokens[j].kind == .word, Self.englishBoundaries.contains(words.lower(j)) { j += 1 }
        guard j < limit else { return nil }
        var k = j
        var wordCount = 0
        // (people described by what they know take two words more: `two people familiar with the matter`)
        var longest = 5
        while k < limit, wordCount < longest, !inQuote[k], tokens[k].kind == .word || tokens[k].kind == .number,
            words.speechVerb(at: k, limit: limit) == nil || k == j
                || Self.englishArticles.contains(words.lower(k - 1))
        {
            let w = words.lower(k)
            let sourcing = k > j && Self.sourcingModifiersEN.contains(w)
            if sourcing { longest = 7 }
            if k > j,
                WordReader.englishAuxiliaries.contains(w) || w == "that" || w == "who" || w == "which"
                    || (w.hasSuffix("ed") && w.count > 4 && !sourcing)
            {
                break
            }
            if !words.isPossessiveS(k) { wordCount += 1 }
            k += 1
        }
        guard k > j,
            k == limit
                || k < tokens.count
                    && (words.speechVerb(at: k, limit: limit) != nil || tokens[k].kind == .punctuation
                        || tokens[k].kind == .word)
        else { return nil }
        // a phrase ends in its head: one ending in a function word is a verb's (`but declined to say`)
        if k - j > 1, tokens[k - 1].kind == .word, Self.phraseLinksEN.contains(words.lower(k - 1)) { return nil }
        return j..<k
    }

    static let clauseCoordinatorsEN: Set<String> = ["and", "but", "while", "whereas", "as"]

    /// English content ends where a coordinated clause of the narrator begins: `, and`, `, but`,
    /// `, while`, or `and` before another verb of speech (`… is “depleted” and says he will …`).
    func englishContentEnd(_ content: Range<Int>) -> Int {
        var k = content.lowerBound + 1
        while k < content.upperBound {
            // (a semicolon joins the writer's next clause: `says the battery is 12% larger; in my testing it …`)
            if !inQuote[k], words.isPunct(k, ";") { return k }
            if !inQuote[k], words.isPunct(k, ","), k + 1 < content.upperBound, tokens[k + 1].kind == .word,
                Self.clauseCoordinatorsEN.contains(words.lower(k + 1))
            {
                return k
            }
            // (the comma may close a quoted fragment, before a clause with a subject of its own: `was "working as
            // designed," while Rep. Tran called …`; not before another fragment, `"strong," and "getting stronger."`,
            // or the same subject's next verb, `calls it "a loser's game," and projected that …`)
            if tokens[k].kind.isQuote, k > content.lowerBound, words.isPunct(k - 1, ","), k + 2 < content.upperBound,
                tokens[k + 1].kind == .word, Self.clauseCoordinatorsEN.contains(words.lower(k + 1)),
                words.isCapitalized(k + 2) || words.isDeterminer(k + 2) || words.isPronoun(k + 2)
            {
                return k + 1
            }
            if !inQuote[k], tokens[k].kind == .word, words.lower(k) == "and", k + 1 < content.upperBound,
                words.speechVerb(at: k + 1, limit: content.upperBound) != nil
            {
                return k
            }
            // (after `but` a verb with a `that` clause of its own: `called it "a responsible step" but warned that …`)
            if !inQuote[k], tokens[k].kind == .word, words.lower(k) == "but", k + 2 < content.upperBound,
                words.speechVerb(at: k + 1, limit: content.upperBound) != nil, words.lower(k + 2) == "that"
            {
                return k
            }
            // `rejected the request, saying the courts …`: the participle's clause is speech of its own (the comma
            // may close a quoted fragment: `"solid but not spectacular," adding that …`)
            if !inQuote[k], isParticipleFrame(k, limit: content.upperBound) { return k }
            if tokens[k].kind.isQuote, k > content.lowerBound,
                participle(afterComma: k - 1, limit: content.upperBound) == k + 1
            {
                return k + 1
            }
            // `… 47 times in one month, he told the court`: a frame of its own closes the sentence
            if !inQuote[k], words.isPunct(k, ","), isClosingFrameEN(k + 1, end: content.upperBound) { return k }
            // `…, a claim disputed by the Treasury`, `— a charge Republicans rejected`: the writer's comment on what
            // was said, in apposition to it
            if !inQuote[k], words.isPunct(k, ",") || words.isDash(k), k + 2 < content.upperBound,
                ["a", "an"].contains(words.lower(k + 1)), Self.commentNounsEN.contains(words.lower(k + 2))
            {
                return k
            }
            // `…, according to a note sent to clients`: the source of the sentence, no part of what was said
            if !inQuote[k], words.isPunct(k, ","), k + 2 < content.upperBound, words.lower(k + 1) == "according",
                words.lower(k + 2) == "to"
            {
                return k
            }
            // `… was irreversible but declined to give a date`: the speaker's own next act (a refusal, or another
            // verb of speech), not what was said
            if !inQuote[k], tokens[k].kind == .word, case let w = words.lower(k), w == "but" || w == "and",
                k + 1 < content.upperBound,
                tokens[k + 1].kind == .word,
                Self.refusalsEN.contains(words.lower(k + 1))
                    || words.lower(k + 1) == "would" && k + 2 < content.upperBound
                        && ["not", "n't"].contains(words.lower(k + 2)) && k + 3 < content.upperBound
                        && Self.speechRefusedEN.contains(words.lower(k + 3))
            {
                return k
            }
            k += 1
        }
        return content.upperBound
    }

    /// Finite verbs right after `that` that make it a subject, not a conjunction (`said that was not enough`); not
    /// `WordReader.englishAuxiliaries`, whose `plans`, `needs` are as often nouns (`said that plans for …`).
    static let verbsAfterDemonstrativeEN: Set<String> = [
        "is", "was", "would", "will", "has", "had", "could", "should", "might", "may",
    ]

    /// Nouns the writer sums up what was said with, in apposition after it (`…, a claim disputed by …`).
    static let commentNounsEN: Set<String> = [
        "claim", "charge", "figure", "view", "assertion", "allegation", "accusation", "argument", "contention",
        "estimate", "prediction", "forecast", "position", "stance", "statement", "suggestion", "characterization",
        "assessment", "warning", "promise", "pledge", "remark",
    ]

    /// Verbs of refusing to speak, which continue the speaker's sentence after `but`: `declined to give a date`.
    static let refusalsEN: Set<String> = ["declined", "refused", "declines", "refuses"]
    /// What a speaker `would not` do that is speech withheld: `but would not elaborate`.
    static let speechRefusedEN: Set<String> = [
        "elaborate", "comment", "say", "specify", "discuss", "confirm", "disclose", "identify", "give", "provide",
    ]

    /// Whether an English frame of its own runs from `k` to `end`: a pronoun or a name, or an article's phrase,
    /// then a verb of speech and at most four words (`he told the court`, `the minister said on Tuesday`).
    private func isClosingFrameEN(_ k: Int, end: Int) -> Bool {
        guard k < end, tokens[k].kind == .word, !inQuote[k] else { return false }
        let opener = words.lower(k)
        guard Self.subjectPronouns.contains(opener) || opener == "the" || words.isNameWord(k),
            (k..<end).allSatisfy({ tokens[$0].kind == .word && !inQuote[$0] }),
            let (v, verb) = (k + 1..<min(end, k + 5)).lazy.compactMap({ v in
                self.words.speechVerb(at: v, limit: end).map { (v, $0) }
            }).first,
            end - v <= 5
        else { return false }
        return words.lower(v).hasSuffix("ed") || verb.verbClass == .say
    }

    /// Whether the verb at `v` ends a `wie` clause (`wie es die Stadt ankündigt`): `wie` a few
    /// words before it with only words between.
    private func opensWieFrame(_ v: Int, floor: Int) -> Bool {
        var k = v - 1
        while k >= max(floor, v - 8), tokens[k].kind == .word || inQuote[k] || tokens[k].kind.isQuote {
            if tokens[k].kind == .word, !inQuote[k], words.lower(k) == "wie" { return true }
            k -= 1
        }
        return false
    }

    static let conjunctionSubordinators: Set<String> = [
        "dass", "daß", "weil", "wenn", "als", "nachdem", "da", "während", "obwohl", "bevor", "seit", "seitdem",
        "sodass", "indem",
    ]

    /// Whether the verb at `v` ends a subordinate clause opened by the conjunction at `k`
    /// (`Während X ankündigte,`, `Nachdem X erklärt hatte,`), the verb last before the comma
    /// (not `Während der Sitzung kündigte X an`). `als` and `da` are also a preposition and an
    /// adverb (`Als Begründung wird angegeben, …`): a subordinator when an article or pronoun follows.
    func endsSubordinateClause(_ v: Int, opener k: Int) -> Bool {
        guard k + 1 < v, v + 1 < tokens.count, tokens[k].kind == .word,
            Self.conjunctionSubordinators.contains(words.lower(k))
        else { return false }
        let w = words.lower(k)
        if w == "als" || w == "da", !words.isDeterminer(k + 1), !words.isPronoun(k + 1) { return false }
        return words.isPunct(v + 1, ",")
            || v + 2 < tokens.count && tokens[v + 1].kind == .word && words.isPunct(v + 2, ",")
    }

    /// A frame in a subordinate clause that opens the sentence (`Als die Ministerin ankündigte,
    /// die Steuern zu senken, jubelte die Partei`): the sentence's main clause follows the content,
    /// from the comma before its finite verb — a lower-case word that opens no dependent clause,
    /// no noun phrase and no coordination.
    private func mainClauseAfterFrame(_ content: Range<Int>, verb v: Int, frameClause: Int, range: Range<Int>) -> Int? {
        guard frameClause == skipDateline(range.lowerBound), endsSubordinateClause(v, opener: frameClause) else {
            return nil
        }
        for k in content
        where k > content.lowerBound && k + 1 < content.upperBound && words.isPunct(k, ",") && !inQuote[k] {
            guard tokens[k + 1].kind == .word, !inQuote[k + 1], !words.isCapitalized(k + 1) else { continue }
            let w = words.lower(k + 1)
            if Self.subordinateOpeners.contains(w) || Self.clauseLinkers.contains(w)
                || Self.complementizersDE.contains(w)
                || words.isDeterminer(k + 1) || Self.prepositions.contains(w) || Self.coordinators.contains(w)
                || ["oder", "zu", "so", "nicht", "auch", "noch"].contains(w)
            {
                continue
            }
            return k
        }
        return nil
    }

    /// German content ends where the narrator goes on with a main clause of its own: `, denn`,
    /// `, doch`, `, aber`, `, jedoch` (`Er hofft, dass …, denn bisher gibt es …`). (Not `, sondern`, which
    /// corrects what the speaker negated: `habe kein Einnahmen-, sondern ein Ausgabenproblem`.)
    func germanContentEnd(_ content: Range<Int>) -> Int {
        var k = content.lowerBound + 1
        while k + 1 < content.upperBound {
            if !inQuote[k], words.isPunct(k, ","), tokens[k + 1].kind == .word,
                ["denn", "doch", "aber", "jedoch", "zumal"].contains(words.lower(k + 1))
                    || opensGermanFrame(k + 1, limit: content.upperBound)
            {
                return k
            }
            // the speaker's next act after `, und`: `sagte, …, und nannte die Forderungen „absurd“`
            if !inQuote[k], words.isPunct(k, ","), k + 2 < content.upperBound, words.lower(k + 1) == "und",
                !words.isCapitalized(k + 2), words.speechVerb(at: k + 2, limit: content.upperBound) != nil
            {
                return k
            }
            k += 1
        }
        return content.upperBound
    }

    /// `sagte, der Plan, den die Regierung angekündigt hatte, sei gut`: a subject, its relative clause, then
    /// the subject's verb in the Konjunktiv — the subject clause is content though it has no verb of its own.
    func subjunctiveAfterRelativeClause(_ next: Int, end: Int, range: Range<Int>) -> Bool {
        guard end + 1 < range.upperBound, words.isPunct(end, ","), tokens[end + 1].kind == .word,
            Self.relativePronouns.contains(words.lower(end + 1)),
            let close = (end + 1..<min(range.upperBound, end + 20)).first(where: { words.isPunct($0, ",") }),
            close + 1 < range.upperBound, tokens[close + 1].kind == .word, !inQuote[close + 1]
        else { return false }
        return words.isSubjunctive(close + 1)
    }

    /// A clause of the narrator's with a verb of speech of its own after the content (`…, und fügte
    /// hinzu, …`, `…, die Opposition warnte dagegen, …`, `…, während die Polizei mitteilte, …`): in the
    /// indicative, not opened by a complementizer or a relative pronoun (those clauses belong to the content).
    func opensGermanFrame(_ i: Int, limit: Int) -> Bool {
        guard !inQuote[i], tokens[i].kind == .word else { return false }
        let w = words.lower(i)
        if Self.complementizersDE.contains(w)
            || Self.relativePronouns.contains(w) && i + 1 < limit
                && tokens[i + 1].kind == .word && (!words.isCapitalized(i + 1) || words.isDeterminer(i + 1))
        {
            return false
        }
        let end = (i..<limit).first { words.isPunct($0, ",") || inQuote[$0] } ?? limit
        guard end - i <= 8, end < limit, words.isPunct(end, ",") else { return false }
        let clause = i..<end
        return !hasSubjunctive(clause)
            && clause.contains { tokens[$0].kind == .word && words.speechVerb(at: $0, limit: end) != nil }
    }

    /// Past a time adverbial right after a verb: `on Thursday`, `Monday`, `on March 20`, `yesterday`,
    /// `last week` (where the clause after it starts).
    func afterEnglishTime(_ k: Int, limit: Int) -> Int {
        func word(_ i: Int) -> String? { i < limit && tokens[i].kind == .word ? words.lower(i) : nil }
        var j = k
        if word(j) == "on", let next = word(j + 1), WordReader.calendarWords.contains(next) {
            j += 2
        } else if let w = word(j), WordReader.calendarWords.contains(w) || Self.englishDays.contains(w) {
            j += 1
        } else if let w = word(j), ["last", "this", "next"].contains(w), let unit = word(j + 1),
            Self.englishTimeUnits.contains(unit)
        {
            return j + 2
        } else {
            return k
        }
        if j < limit, tokens[j].kind == .number { j += 1 }  // on March 20
        if let p = word(j), Self.englishTimeUnits.contains(p) { j += 1 }  // Monday night
        return j
    }

    static let englishDays: Set<String> = ["today", "yesterday", "tonight"]

    /// A word of an English time adverbial (`earlier this month`, `on Monday`, `last week`).
    func isTimeWordEN(_ i: Int) -> Bool {
        if tokens[i].kind == .number { return true }
        guard tokens[i].kind == .word else { return false }
        let w = words.lower(i)
        return Self.englishTimeWords.contains(w) || Self.englishTimeUnits.contains(w)
            || Self.englishTimeOpeners.contains(w) || Self.englishDays.contains(w)
            || WordReader.calendarWords.contains(w)
    }

    /// Verbs whose object is the addressee (`told the crowd assembled outside to …`): the object
    /// starts no clause, nor does a participle after it.
    /// Those that cannot go without an addressee: the noun phrase after one is the addressee, never the
    /// clause's subject (`warned the economy could shrink` has none).
    static let addressedVerbsEN: Set<String> = [
        "tell", "inform", "remind", "assure", "notify", "brief", "instruct", "persuade", "convince",
    ]
    static let addresseeOpenersEN: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]
    /// Words that open a clause's subject after an addressee.
    static let clauseOpenersEN: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "his", "her", "their",
        "its", "our", "my", "a", "an", "no", "some", "all", "most", "many",
    ]
    static let addresseeVerbsEN: Set<String> = [
        "tell", "warn", "inform", "remind", "assure", "urge", "ask", "advise", "notify", "brief", "caution", "order",
        "instruct", "thank", "persuade", "convince",
    ]

    /// An English clause starts here: a pronoun, a determiner, a name, or a number, before a verb;
    /// with `pastInEd`, a past in -ed after the subject counts as its verb (`said the bank expected
    /// growth`).
    private func startsEnglishClause(_ k: Int, range: Range<Int>, pastInEd: Bool) -> Bool {
        guard tokens[k].kind == .word else { return tokens[k].kind == .number }
        let w = words.lower(k)
        if [
            "he", "she", "it", "they", "we", "i", "you", "there", "this", "the", "his", "her", "their", "its", "our",
            "a", "an",
        ].contains(w) {
            // "told the reporters" / "said the president": a noun phrase, then a verb-like word.
            return w.count <= 3 && w != "the" && w != "a" && w != "an" && w != "his" && w != "her" && w != "its"
                || hasFiniteEnglishVerb(k + 1, range, pastInEd: pastInEd)
        }
        if words.isCapitalized(k) {
            // (a one-word name and its verb in -s right after it: `say Scott deserves the right …`)
            let next = k + 1
            if next + 1 < range.upperBound, tokens[next].kind == .word, !words.isCapitalized(next),
                case let v = words.lower(next), v.utf8.count >= 5, v.hasSuffix("s"), !v.hasSuffix("ss"),
                !words.isFunctionWord(v), tokens[next + 1].kind == .word,
                Self.objectOpeners.contains(words.lower(next + 1))
            {
                return true
            }
            // (from the name on, so that a one-word name is the subject before its verb: `said Marsh began …`,
            // `said Johnson resigned`)
            return hasFiniteEnglishVerb(k, range, pastInEd: pastInEd)
        }
        // An amount as subject (`said about 20 people have …`, `nearly 30 percent were …`).
        if ["about", "around", "nearly", "almost", "roughly", "some", "over"].contains(w), k + 1 < range.upperBound,
            tokens[k + 1].kind == .number
        {
            return hasFiniteEnglishVerb(k + 2, range, pastInEd: pastInEd)
        }
        // A quantified subject (`said no jobs would be lost`, `said some workers were …`, `said these …`).
        if Self.englishQuantifiers.contains(w) || Self.englishSubjectDeterminers.contains(w) {
            return hasFiniteEnglishVerb(k + 1, range, pastInEd: pastInEd)
        }
        // A bare plural or mass noun as subject (`said professors were …`).
        return !words.isFunctionWord(w) && !Self.prepositions.contains(w) && !Self.englishTimeWords.contains(w)
            && hasFiniteEnglishVerb(k + 1, range, pastInEd: pastInEd)
    }

    /// English pronouns that open a clause as its subject (`it` too, which names no speaker).
    static let clauseSubjectPronounsEN: Set<String> = ["he", "she", "they", "i", "we", "it"]

    /// Whether a lower-case content word right after the English verb of speech at `cue` starts what it says
    /// (`they said applications close …`), not the rest of a closing frame (`said in a statement`, `said Tuesday`).
    func opensOwnClauseEN(after cue: Int, limit: Int) -> Bool {
        let k = cue + 1
        guard k + 1 < limit, tokens[k].kind == .word, !inQuote[k], !words.isCapitalized(k) else { return false }
        let w = words.lower(k)
        return !words.isFunctionWord(w) && !Self.prepositions.contains(w) && !Self.englishTimeWords.contains(w)
            && !WordReader.calendarWords.contains(w) && !EnglishAdverbs.isAdverbInLY(w)
    }

    static let englishTimeWords: Set<String> = [
        "today", "yesterday", "meanwhile", "however", "now", "tonight", "recently", "earlier", "later", "repeatedly",
        "publicly", "privately", "again", "also", "last", "next",
    ]

    /// A finite-looking verb within a few words: is, was, has, will, would, or (`pastInEd`) a past in
    /// -ed after the subject's noun (`the bank expected growth`; not a participle before `by`: `the
    /// report issued by`).
    /// Participles of verbs whose object is the addressee: in the passive the subject heard what was said.
    static let toldLikeEN: Set<String> = [
        "told", "informed", "assured", "reminded", "advised", "notified", "warned", "urged", "promised", "briefed",
    ]

    /// Words that open an English relative clause.
    static let relativeWordsEN: Set<String> = ["who", "which", "whose", "whom"]

    /// Pronouns whose present has no -s: the word after them is their verb.
    static let presentSubjectPronounsEN: Set<String> = ["they", "we", "i", "you"]

    private func hasFiniteEnglishVerb(_ from: Int, _ range: Range<Int>, pastInEd: Bool) -> Bool {
        var k = from
        while k < min(range.upperBound, from + 9) {
            // (an amount in the subject is part of it: `the offer of a 4% rise was`)
            // (a quotation mark is no word: the verb may open a quoted fragment, `the Prime Minister "remains
            // confident" in it`)
            if tokens[k].kind == .number || tokens[k].kind == .symbol || tokens[k].kind.isQuote && k > from {
                k += 1
                continue
            }
            guard tokens[k].kind == .word else { return false }
            let w = words.lower(k)
            if WordReader.englishAuxiliaries.contains(w) { return true }
            // a plural or first-person pronoun and its present (`we need help`, `they remain cautious`)
            if k == from, Self.presentSubjectPronounsEN.contains(w), k + 1 < range.upperBound,
                tokens[k + 1].kind == .word, !words.isCapitalized(k + 1), !words.isFunctionWord(words.lower(k + 1)),
                !Self.prepositions.contains(words.lower(k + 1)), !EnglishAdverbs.isAdverbInLY(words.lower(k + 1))
            {
                return true
            }
            // (the word before, past a quotation mark)
            let b = k > from && tokens[k - 1].kind.isQuote ? k - 2 : k - 1
            // an irregular past after the subject's noun (`the thefts began in 2012`)
            if b >= from, !words.isCapitalized(k), Self.irregularPastEN.contains(w), tokens[b].kind == .word,
                !words.isDeterminer(b),
                !words.isFunctionWord(words.lower(b))
            {
                return true
            }
            // a present in -s after the subject's noun, before its object (`an internal review shows no one …`,
            // `the company expects higher prices`)
            if b >= from, w.utf8.count >= 4, w.hasSuffix("s"), !w.hasSuffix("ss"), !words.isCapitalized(k),
                tokens[b].kind == .word, !words.isDeterminer(b), !words.isFunctionWord(words.lower(b)),
                !words.lower(b).hasSuffix("s"), k + 1 < range.upperBound, tokens[k + 1].kind == .word,
                Self.objectOpeners.contains(words.lower(k + 1))
                    || !words.isCapitalized(k + 1) && !words.isFunctionWord(words.lower(k + 1))
                        && !Self.prepositions.contains(words.lower(k + 1))
            {
                return true
            }
            if pastInEd, k > from, w.utf8.count >= 5, w.hasSuffix("ed"), !words.isCapitalized(k),
                !words.isDeterminer(k - 1),
                k + 1 < range.upperBound, !(tokens[k + 1].kind == .word && words.lower(k + 1) == "by")
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// An English phrase read as a subject up to its first verb in the past, if one follows its first word (`The
    /// court upheld the ruling` → `The court`, `Engineer came out` → `Engineer`).
    func beforeFirstPastEN(_ np: Range<Int>) -> Range<Int> {
        guard
            let verb = np.dropFirst().first(where: {
                tokens[$0].kind == .word && !words.isCapitalized($0)
                    && (Self.irregularPastEN.contains(words.lower($0)) || words.lower($0).hasSuffix("ed"))
            })
        else { return np }
        return np.lowerBound..<verb
    }

    /// Common irregular English pasts (participles too: `found`, `held`, `made`, `told`).
    static let irregularPastEN: Set<String> = [
        "began", "became", "came", "went", "rose", "fell", "grew", "took", "gave", "wrote", "spoke", "broke", "drove",
        "chose", "ran", "saw", "knew", "threw", "flew", "drew", "ate", "sank", "sang", "swam", "stole", "froze",
        "woke", "wore", "tore", "forgot", "forgave", "shook", "undertook", "overtook", "withdrew", "arose",
        "led", "made", "held", "won", "lost", "sent", "spent", "built", "paid", "kept", "brought", "bought", "fought",
        "met", "sought", "struck", "upheld", "heard", "found", "left", "stood", "told", "thought",
    ]

    /// The end of a clause inside the sentence: the next comma or the sentence end.
    private func clauseEnd(_ range: Range<Int>, from i: Int) -> Int {
        var k = i
        while k < range.upperBound, !words.isPunct(k, ","), !words.endsSentence(k) { k += 1 }
        return k
    }

    /// The subject of a main clause: its first determiner phrase, pronoun or name that is not
    /// inside a prepositional phrase (`Bereits im Juli vermeldete ⟦Wikinews⟧`).
    func mainClauseSubject(_ main: Range<Int>) -> Range<Int>? {
        var k = skipDateline(main.lowerBound)
        while k < main.upperBound {
            if !inQuote[k], tokens[k].kind == .word,
                words.isDeterminer(k) || Self.subjectPronouns.contains(words.lower(k)) || words.isNameWord(k),
                let np = nounPhrase(from: k, limit: main.upperBound), plausibleSubject(np, floor: main.lowerBound)
            {
                return np
            }
            k += 1
        }
        return nil
    }

    /// For a sentence whose first clause has no Konjunktiv: the first clause after a comma that
    /// has one, when it opens with a complementizer (`dass`, `ob`, `wie` …) or as a verb-second
    /// clause (`…, es könnte …`), to the end of the sentence. A relative or adverbial clause
    /// (`…, der …`, `…, weil …`) gives none.
    /// (after a comma or a colon: `Die Intendantin verteidigte die Produktion: Das Theater müsse …`)
    func subjunctiveSubclause(_ content: Range<Int>) -> Range<Int>? {
        let commas = content.filter { (words.isPunct($0, ",") || words.isPunct($0, ":")) && !inQuote[$0] }
        guard let first = commas.first else { return nil }
        if hasSubjunctive(content.lowerBound..<first) { return nil }
        for c in commas {
            let from = c + 1
            guard from < content.upperBound else { break }
            let end = clauseEnd(content, from: from)
            guard hasSubjunctive(from..<end) else { continue }
            let w = tokens[from].kind == .word ? words.lower(from) : ""
            if Self.complementizersDE.contains(w) || startsMainClause(from, end: end) {
                return from..<content.upperBound
            }
            return nil
        }
        return nil
    }

    /// A colon outside quotations in the sentence.
    private func hasColon(_ range: Range<Int>) -> Bool { colon(in: range) != nil }

    /// The first colon outside quotation marks in a range (with `last`, the last one).
    func colon(in range: Range<Int>, last: Bool = false) -> Int? {
        let isColon = { (k: Int) in self.words.isPunct(k, ":") && !self.inQuote[k] }
        return last ? range.last(where: isColon) : range.first(where: isColon)
    }

    private func hasSubjunctive(_ clause: Range<Int>) -> Bool {
        clause.contains { !inQuote[$0] && words.isSubjunctive($0) }
    }

    /// A verb-second clause after `sagte X,` even in the indicative (`sagte Rice, die USA hielten
    /// sich an …`): a personal pronoun, or an article and a capitalised noun (a relative pronoun is
    /// followed by a lower-case word: `sagte der Mann, der gestern kam`), then a lower-case word.
    private func startsMainClause(_ k: Int, end: Int) -> Bool {
        guard end - k >= 3, tokens[k].kind == .word else { return false }
        let w = words.lower(k)
        if ["er", "sie", "es", "man", "wir", "ich"].contains(w) {
            return tokens[k + 1].kind == .word && !words.isCapitalized(k + 1)
        }
        guard ["der", "die", "das", "ein", "eine", "dies", "diese", "dieser"].contains(w), words.isCapitalized(k + 1),
            tokens[k + 2].kind == .word
        else { return false }
        // The noun phrase, then its verb in second place.
        var j = k + 1
        while j < end, words.isCapitalized(j) || words.isDeterminer(j) && j > k + 1 { j += 1 }
        // (past a prepositional phrase on its noun: `die Preise im Fernverkehr stiegen`)
        if j + 2 < end, tokens[j].kind == .word, Self.prepositions.contains(words.lower(j)) {
            var p = j + 1
            if p < end, tokens[p].kind == .word, words.isCapitalized(p) {
                while p < end, tokens[p].kind == .word, words.isCapitalized(p) { p += 1 }
                j = p
            }
        }
        return j < end && tokens[j].kind == .word && !words.isCapitalized(j)
            && !Self.prepositions.contains(words.lower(j))
            && !WordReader.determiners.contains(words.lower(j)) && !Self.coordinators.contains(words.lower(j))
    }

    /// `…, die Steuern zu senken`: `zu` before the clause's last word.
    private func isZuInfinitive(_ from: Int, _ range: Range<Int>) -> Bool {
        let end = clauseEnd(range, from: from)
        guard end - from >= 1, tokens[end - 1].kind == .word, !words.isCapitalized(end - 1) else { return false }
        if end - 2 >= from, tokens[end - 2].kind == .word, words.lower(end - 2) == "zu" { return true }
        // A separable verb takes `zu` inside: anzutreten, abzurücken, einzubringen.
        let last = words.lower(end - 1)
        guard last.hasSuffix("en") || last.hasSuffix("ern") || last.hasSuffix("eln"), let zu = last.range(of: "zu")
        else { return false }
        let particle = last[..<zu.lowerBound]
        return QuoteLexicons.separablePrefixes.contains(String(particle))
            && last.distance(from: zu.upperBound, to: last.endIndex) >= 3
    }

    /// The subject of a speech verb (`subject(of:)`), unless that is an adverb, a conjunction or
    /// the noun of a prepositional phrase (`Vor vier Jahren hatte die Firma angeboten`): then the
    /// first pronoun or determiner phrase of the clause that is not after a preposition.
    func speechSubject(of v: Int, clauseStart: Int) -> (mention: Range<Int>, scope: Range<Int>?)? {
        let limit = clauseEnd(from: v)
        if document.language == .english {
            // `quoted X as saying`: X spoke, not the one quoting
            if ["quoted", "quotes", "quoting"].contains(words.lower(v)),
                let np = nounPhrase(from: v + 1, limit: limit) ?? englishNounPhrase(from: v + 1, limit: limit),
                np.upperBound + 1 < limit, words.lower(np.upperBound) == "as",
                ["saying", "telling", "stating"].contains(words.lower(np.upperBound + 1))
            {
                return (np, np)
            }
            // a passive of telling: its subject is who heard it, not who spoke (`Workers were told that …`, `The
            // hearing was told that …`)
            if v > clauseStart, Self.englishBe.contains(words.lower(v - 1)), Self.toldLikeEN.contains(words.lower(v)) {
                return nil
            }
            // an infinitive after a state of mind (`We are excited to announce`, `The company is pleased to
            // announce`): the subject of the clause
            if v >= clauseStart + 3, words.lower(v - 1) == "to", tokens[v - 2].kind == .word,
                Self.stateAdjectivesEN.contains(words.lower(v - 2)),
                tokens[v - 3].kind == .word && Self.englishBe.contains(words.lower(v - 3))
                    || words.isPossessiveS(v - 3) || words.lower(v - 3) == "'re",
                let np = mainClauseSubject(skipDateline(clauseStart)..<(v - 3))
                    ?? englishNounPhrase(from: skipDateline(clauseStart), limit: v - 3).flatMap({
                        $0.upperBound == v - 3 ? $0 : nil
                    })
            {
                return (np, np)
            }
            // `…, saying the plan was dead`: the subject of the sentence.
            if v > clauseStart,
                words.isPunct(v - 1, ",")
                    || tokens[v - 1].kind == .word && Self.gerundOpeners.contains(words.lower(v - 1)),
                words.lower(v).hasSuffix("ing")
            {
                // right after a frame set off by commas (`…, the union said, warning of …`) or after a quotation
                // (`"unaffordable," he said, adding …`): the frame's subject
                if v >= 3, words.isPunct(v - 1, ","), words.speechVerb(at: v - 2, limit: v) != nil,
                    let comma = stride(from: v - 3, through: max(clauseStart, v - 8), by: -1).first(where: {
                        words.isPunct($0, ",") || tokens[$0].kind.isQuote
                    }),
                    let np = englishPhrase(from: comma + 1, limit: v - 2, where: { $0.upperBound == v - 2 })
                {
                    return (np, np)
                }
                var start = skipDateline(clauseStart)
                // Past an opening adverbial and its comma (`On Thursday, however, Trump spoke …`).
                while start < v, tokens[start].kind == .word,
                    Self.prepositions.contains(words.lower(start))
                        || Self.englishTimeWords.contains(words.lower(start)),
                    let comma = (start..<(v - 1)).first(where: { words.isPunct($0, ",") && !inQuote[$0] }),
                    comma - start <= 10
                {
                    start = comma + 1
                }
                // a main clause coordinated after a comma has a subject of its own, nearer the participle (`The
                // Commission fined Apple, and the Justice Department sued it, saying …`)
                var limit = v
                if let comma = stride(from: v - 2, to: start, by: -1).first(where: {
                    words.isPunct($0, ",") && !inQuote[$0] && $0 + 2 < v
                        && ["and", "but"].contains(words.lower($0 + 1))
                }), words.isDeterminer(comma + 2) || words.isNameWord(comma + 2),
                    // (its verb: a past in -ed or a verb of speech, a few words on)
                    let verb = (comma + 3..<max(comma + 3, min(v - 1, comma + 8))).first(where: {
                        tokens[$0].kind == .word && !words.isCapitalized($0)
                            && (words.lower($0).hasSuffix("ed") || words.speechVerb(at: $0, limit: v) != nil)
                    }), (comma + 2..<verb).allSatisfy({ tokens[$0].kind == .word && !inQuote[$0] })
                {
                    (start, limit) = (comma + 2, verb)
                }
                // (a quantifier opens an English phrase of lower-case nouns: `Several experts weighed in, warning`)
                let quantified =
                    start < limit && Self.englishQuantifiers.contains(words.lower(start))
                    ? englishNounPhrase(from: start, limit: limit) : nil
                // (one capitalised word before a common noun is that noun's modifier: `Police officers had …, saying`)
                let named = nounPhrase(from: start, limit: limit)
                let common = englishNounPhrase(from: start, limit: limit)
                let modifier = named.map { n in
                    !words.isPossessiveS(n.upperBound)
                        && common.map { $0.lowerBound == n.lowerBound && $0.count > n.count } == true
                }
                if var np = quantified ?? (named?.count == 1 && modifier == true ? common : named) ?? common {
                    // (not a time adverbial closing it: `Senate Democrats on Tuesday blocked …, arguing`)
                    let time = timeAdverbialStartEN(endingAt: np.upperBound - 1, floor: np.lowerBound + 1)
                    if time < np.upperBound { np = np.lowerBound..<time }
                    // a possessor is whose the subject is (`Ukraine's foreign minister, Dmytro Kuleba, thanked
                    // …, saying`): the phrase it owns, or the name in apposition to that
                    if np.upperBound + 1 < v, words.isPossessiveS(np.upperBound),
                        let owned = englishNounPhrase(from: np.upperBound + 1, limit: v)
                    {
                        let comma = owned.upperBound
                        if comma + 1 < v, words.isPunct(comma, ","), let run = nameRun(in: (comma + 1)..<v),
                            run.lowerBound == comma + 1, run.upperBound < v, words.isPunct(run.upperBound, ",")
                        {
                            return (run, run)
                        }
                        return (np.lowerBound..<owned.upperBound, np.lowerBound..<owned.upperBound)
                    }
                    // a role with whom it serves (`A spokesperson for the RMT said …, adding`): the whole
                    if np.upperBound + 1 < limit, words.lexicons.isRole(words.lower(np.upperBound - 1)),
                        ["for", "of", "at"].contains(words.lower(np.upperBound)),
                        let tail = nounPhrase(from: np.upperBound + 1, limit: limit)
                    {
                        return (np.lowerBound..<tail.upperBound, np.lowerBound..<tail.upperBound)
                    }
                    return (np, np)
                }
            }
            // `issued a statement saying …`, `a Donald Trump tweet attacking …`: a participle on a noun, which is
            // the source (PolNeAR's reading)
            if v > clauseStart + 1, words.lower(v).hasSuffix("ing"), tokens[v - 1].kind == .word, !inQuote[v - 1],
                !words.isCapitalized(v - 1), !words.isFunctionWord(words.lower(v - 1)),
                let article = (max(clauseStart, v - 4)..<(v - 1)).last(where: {
                    tokens[$0].kind == .word && Self.englishArticles.contains(words.lower($0))
                }), (article + 1..<v).allSatisfy({ tokens[$0].kind == .word && !inQuote[$0] })
            {
                return (article..<v, article..<v)
            }
            // `The Federal Reserve kept rates unchanged and said …`: the subject of the first verb.
            if v > clauseStart + 1, tokens[v - 1].kind == .word, ["and", "but"].contains(words.lower(v - 1)),
                !inQuote[v - 1]
            {
                let start = skipDateline(clauseStart)
                // (or an English phrase of a modifier and a plural: `Republican lawmakers supported … but criticized`)
                if start < v - 1,
                    var np = mainClauseSubject(start..<(v - 1))
                        ?? englishNounPhrase(from: start, limit: v - 1).map({ withoutAdverbsEN($0) }).flatMap({
                            $0.count >= 2 ? $0 : nil
                        })
                {
                    // (the phrase ends before the first verb: `Engineer came out Monday morning and said …`)
                    np = beforeFirstPastEN(np)
                    return (np, np)
                }
            }
            if let np = englishSubject(of: v, floor: clauseStart) { return (np, np) }
            // After the verb only a subject in inversion (`said the minister`), never the start of
            // its complement clause (`agreed that Mrs. Clinton's plan …`).
            // (an inverted subject closes its clause: `said she had waited` opens the complement with `she`)
            guard let after = subjectAfterVerb(v, limit: limit),
                !Self.complementizersEN.contains(words.lower(after.lowerBound)),
                after.upperBound >= limit || tokens[after.upperBound].kind != .word
                    || !hasFiniteEnglishVerb(after.upperBound, v..<limit, pastInEd: true)
            else { return nil }
            return (after, nil)
        }
        // `In der Erklärung heißt es, …`, `Aus dem Ministerium verlautete, …`: `es` is no one
        if isImpersonalSourceVerb(v, limit: limit), let np = heisstEsSource(v, clauseStart: clauseStart, limit: limit) {
            return (np, np)
        }
        // `…, und das Pentagon beschuldigte`: the phrase between the coordinator and the verb.
        if let comma = stride(from: v - 1, through: clauseStart, by: -1).first(where: { words.isPunct($0, ",") }),
            comma + 2 < v, Self.coordinators.contains(words.lower(comma + 1)), startsNounPhrase(comma + 2),
            let np = nounPhrase(from: comma + 2, limit: v), np.upperBound == v
        {
            return (np, np)
        }
        // `Die Tat bezeichnete er als sinnlos`: a nominative pronoun right after the verb is the
        // subject, and the phrase before it the object.
        if v + 1 < limit, tokens[v + 1].kind == .word, Self.nominativePronouns.contains(words.lower(v + 1)) {
            return ((v + 1)..<(v + 2), nil)
        }
        // `Bevor die Maschine startete, erklärte der Pilot …`: a subordinate clause in the Vorfeld
        // holds no subject of the verb; it follows the verb.
        let opener = skipDateline(clauseStart)
        if opener < v, tokens[opener].kind == .word,
            Self.subordinators.contains(words.lower(opener))
                || Self.subordinateOpeners.contains(words.lower(opener))
                    && !WordReader.determiners.contains(words.lower(opener)),
            v > opener + 1, words.isPunct(v - 1, ","),
            let after = subjectAfterVerb(v, limit: limit), plausibleSubject(after, floor: clauseStart)
        {
            return (after, nil)
        }
        // `Während Bürgermeister X ankündigte, …`: the subject follows the subordinator.
        if endsSubordinateClause(v, opener: opener), let np = nounPhrase(from: opener + 1, limit: v), np.upperBound == v
        {
            return (np, np)
        }
        // `Auch der Rechnungshof äußerte …`: a focus particle and a noun phrase fill the Vorfeld
        // together; the phrase is the subject (not the object after the verb).
        // (its acronym in brackets may follow it: `Auch die Verkehrsbetriebe Zürich (VBZ) äusserten …`)
        if opener + 1 < v, tokens[opener].kind == .word, Self.focusParticles.contains(words.lower(opener)),
            startsNounPhrase(opener + 1), !Self.objectArticles.contains(words.lower(opener + 1)),
            let np = nounPhrase(from: opener + 1, limit: v), bracketEnd(after: np.upperBound, limit: v) == v
        {
            return (np, np)
        }
        if let found = subject(of: v, clauseStart: clauseStart, limit: limit),
            plausibleSubject(found.mention, floor: clauseStart)
        {
            // An object before the verb (`Den Vorgang schätzt X ein`): the subject follows the verb.
            if found.mention.lowerBound < v, Self.objectArticles.contains(words.lower(found.mention.lowerBound)),
                let after = subjectAfterVerb(v, limit: limit), plausibleSubject(after, floor: clauseStart)
            {
                return (after, nil)
            }
            return found
        }
        var k = clauseStart
        while k < limit {
            // (not a phrase in the dative: `sagte dem Südwestrundfunk` names whom it was said to)
            if k != v, !inQuote[k], tokens[k].kind == .word, !["dem", "einem"].contains(words.lower(k)),
                words.isDeterminer(k) || Self.subjectPronouns.contains(words.lower(k)),
                let np = nounPhrase(from: k, limit: limit), plausibleSubject(np, floor: clauseStart)
            {
                return (np, np)
            }
            k += 1
        }
        return nil
    }

    /// Whether the word at `k` is a German finite verb (an auxiliary or modal, or a subjunctive form).
    func isFiniteDE(_ k: Int) -> Bool {
        tokens[k].kind == .word && (Self.finiteVerbsDE.contains(words.lower(k)) || words.isSubjunctive(k))
    }

    /// Whether a preposition at `k` takes a short phrase (its noun or number, perhaps after an article) right before
    /// a finite verb: the Vorfeld of a main clause, not a subordinate clause (`Seit Freitag seien …`).
    func prepositionalPhraseBeforeFinite(from k: Int, in range: Range<Int>) -> Bool {
        var j = k + 1
        if j < range.upperBound, WordReader.determiners.contains(words.lower(j)) { j += 1 }
        guard j + 1 < range.upperBound, tokens[j].kind == .number || words.isWord(j) && words.isCapitalized(j) else {
            return false
        }
        return isFiniteDE(j + 1)
    }

    static let subordinateOpeners: Set<String> = [
        "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "dass", "daß", "weil",
        "wenn", "als",
        "nachdem", "da", "ob", "wie", "während", "obwohl", "bevor", "seit", "seitdem", "damit", "sodass", "indem", "wo",
        "wobei", "falls", "sofern", "sobald", "solange", "obgleich", "wenngleich", "zumal", "soweit", "ehe",
    ]
    /// Conjunctions that join two German main clauses, the second in its own order (`…, doch die Arbeitgeber
    /// lehnten ab`).
    static let clauseJoinersDE: Set<String> = ["doch", "aber", "denn", "sondern", "jedoch", "und", "oder"]
    /// Openers of a dependent clause that are adverbs too (`Seitdem sei …`, `Da habe …`, `Damit könne …`).
    static let adverbialOpeners: Set<String> = ["seitdem", "da", "damit"]
    static let articleLike: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "the", "a", "an", "of", "von", "für",
    ]
    static let nominativePronouns: Set<String> = ["er", "ich", "wir", "man"]
    static let focusParticles: Set<String> = [
        "auch", "selbst", "sogar", "nur", "ebenfalls", "gerade", "allein", "besonders",
    ]
    static let objectArticles: Set<String> = [
        "den", "dem", "einen", "einem", "diesen", "diesem", "ihm", "ihnen", "ihn",
    ]

    /// English is subject–verb: the words right before the verb (past auxiliaries and adverbs),
    /// back to punctuation or a conjunction; a relative pronoun there is the subject itself.
    /// Where an English time adverbial ending at token `last` starts (`on Saturday`, `last week`, `early Friday`);
    /// `last + 1` when none ends there.
    func timeAdverbialStartEN(endingAt last: Int, floor: Int) -> Int {
        var k = last
        while k >= floor, tokens[k].kind == .word || tokens[k].kind == .number,
            Self.englishTimeWords.contains(words.lower(k)) || WordReader.calendarWords.contains(words.lower(k))
                || Self.englishTimeUnits.contains(words.lower(k)) || tokens[k].kind == .number
        {
            k -= 1
        }
        if k < last, k >= floor, tokens[k].kind == .word, Self.englishTimeOpeners.contains(words.lower(k)) { k -= 1 }
        return k + 1
    }

    func englishSubject(of v: Int, floor: Int) -> Range<Int>? {
        var k = v - 1
        // (and an adverb in -ly: `The union sharply criticised`)
        while k >= floor, tokens[k].kind == .word, !words.isCapitalized(k),
            Self.englishVerbGlue.contains(words.lower(k)) || EnglishAdverbs.isAdverbInLY(words.lower(k))
        {
            k -= 1
        }
        // An infinitive after a verb whose subject does it (`Downing Street declined to say`, `The minister
        // refused to comment`): that verb's subject.
        if k - 1 >= floor, words.lower(k) == "to", tokens[k - 1].kind == .word,
            Self.subjectControlVerbsEN.contains(words.lower(k - 1))
        {
            k -= 2
            while k >= floor, tokens[k].kind == .word, Self.englishVerbGlue.contains(words.lower(k)) { k -= 1 }
        }
        // A noun read as the cue leaves its verb before it (`The report raised fears that`, `Trump is
        // raising questions about`, `raising hopes that`): a verb form in -ed/-ing is no part of the
        // subject, nor the glue before it; the verb of a relative clause is (`all the experts I
        // interviewed said`), and so is a name in -ing (`Wes Streeting`).
        if k >= floor, isVerbFormEndingSubject(k, floor: floor) {
            k -= 1
            while k >= floor, tokens[k].kind == .word, Self.englishVerbGlue.contains(words.lower(k)) { k -= 1 }
        }
        // A time adverbial between subject and verb (`The Times on Saturday wrote`, `The company
        // last week announced`, `Trump early Friday said`).
        let beforeTime = k
        k = timeAdverbialStartEN(endingAt: k, floor: floor) - 1
        if k < beforeTime {
            while k >= floor, tokens[k].kind == .word, Self.englishVerbGlue.contains(words.lower(k)) { k -= 1 }
        }
        // A bracket between subject and verb (`Tony (the owner) told`): the phrase before it.
        if k > floor, tokens[k].kind == .closeBracket, !inQuote[k],
            let open = stride(from: k - 1, through: max(floor, k - 12), by: -1).first(where: {
                tokens[$0].kind == .openBracket || tokens[$0].kind == .closeBracket
            }), tokens[open].kind == .openBracket, open > floor, tokens[open - 1].kind == .word
        {
            k = open - 1
        }
        // An apposition between subject and verb (`Jane Doe, a former minister who …, suggests`):
        // the phrase before the apposition's opening comma.
        if k > floor, words.isPunct(k, ","), !inQuote[k] {
            var c = k - 1
            while c > floor, k - c <= 30, !words.isPunct(c, ","), !words.endsClause(c), !inQuote[c] { c -= 1 }
            // (an age before a relative clause goes with the name before them too: `Angela Ruiz, 41, who lives
            // nearby, said` — the relative clause itself is read below)
            if c > floor, words.isPunct(c, ","), !inQuote[c], c + 1 < k,
                Self.relativeWordsEN.contains(words.lower(c + 1))
            {
                var b = c - 1
                while b > floor, c - b <= 30, !words.isPunct(b, ","), !words.endsClause(b), !inQuote[b] { b -= 1 }
                if b > floor, words.isPunct(b, ","), isAgeOrHome((b + 1)..<c) { (k, c) = (c, b) }
            }
            // (an age and a home town set off by commas go with the name before them: `Graham Whitlock, 58, of
            // Reading, admitted`)
            while c > floor, words.isPunct(c, ","), !inQuote[c - 1], isAgeOrHome((c + 1)..<k) {
                var b = c - 1
                while b > floor, c - b <= 12, !words.isPunct(b, ","), !words.endsClause(b), !inQuote[b] { b -= 1 }
                guard b > floor, words.isPunct(b, ",") else {
                    // the name opens the clause: it is the subject
                    let start = englishPhraseStart(before: c, floor: floor)
                    if start < c, nameRun(in: start..<c) == start..<c { return start..<c }
                    break
                }
                // (the name before two of them: `Graham Whitlock, 58, of Reading,`; else the apposition before this
                // one is read as any other, `The chief executive, John Smith, 58, said`)
                let name = englishPhraseStart(before: b, floor: floor)
                if name < b, nameRun(in: name..<b) == name..<b, isAgeOrHome((b + 1)..<c) { return name..<b }
                (k, c) = (c, b)
            }
            if c > floor, words.isPunct(c, ","), !inQuote[c - 1] {
                let start = englishPhraseStart(before: c, floor: floor)
                let apposition = (c + 1)..<k
                // A description with phrases of its own, named by the apposition (`The Secretary of State
                // for Health, Wes Streeting, told`, `The Member for Godalming and Ash, Jeremy Hunt, asked`):
                // the whole from its determiner, whose name is the apposition.
                if start - 1 > floor, Self.descriptionLinks.contains(words.lower(start - 1)),
                    apposition.count >= 2, namesPersonWhole(apposition)
                {
                    var d = start - 1
                    while d - 1 >= floor, c - (d - 1) <= 14, !inQuote[d - 1],
                        tokens[d - 1].kind == .word || tokens[d - 1].kind == .abbreviation
                    {
                        d -= 1
                        if words.isDeterminer(d) { return d..<k }
                    }
                }
                // (after a title's abbreviation: `Sen. Mitch McConnell, R-Ky., told`)
                var head = start
                while head < c, tokens[head].kind == .abbreviation { head += 1 }
                if let np = nounPhrase(from: head, limit: c), np.upperBound == c,
                    let run = nameRun(in: np), !isRoleModifier(run, in: np)
                {
                    // (`Sen. Bill Cassidy of Louisiana, the top Republican …, said`: the person, not the state)
                    return withHeadBeforePreposition(start, floor: floor)..<c
                }
                // … or a description the apposition names (`The company operating the terminal, Maasvlakte
                // Logistics, said`): the whole, whose name is the apposition; after a possessor (`Smith's
                // lawyer, John Doe, said`) the name alone, not the possessor's
                if start < c, nameRun(in: apposition) == apposition {
                    if words.isDeterminer(start) { return start..<k }
                    if (start..<c).contains(where: { words.isPossessiveS($0) }) {
                        return apposition
                    }
                }
                // … or a participle phrase (`A senior official, speaking on condition of anonymity, said`,
                // `The company, based in Rotterdam, said`): the phrase before it.
                let opener = words.lower(apposition.lowerBound)
                if start < c, words.isDeterminer(start) || Self.englishQuantifiers.contains(words.lower(start)),
                    tokens[apposition.lowerBound].kind == .word, !words.isCapitalized(apposition.lowerBound),
                    opener.hasSuffix("ing") || opener.hasSuffix("ed"), opener.utf8.count >= 5
                {
                    return start..<c
                }
                // … or a relative clause (`The mayor, who has sided with the workers, called`) or a description
                // without a name (`One juror, a retired nurse, told`): the phrase before it.
                if start < c,
                    words.isDeterminer(start) || nameRun(in: start..<c) != nil || words.lower(start) == "one"
                        || Self.englishQuantifiers.contains(words.lower(start))
                        || QuoteFinder.countWordsEN.contains(words.lower(start)),
                    Self.relativeWordsEN.contains(opener)
                        || ["a", "an"].contains(opener) && nameRun(in: apposition) == nil
                {
                    return start..<c
                }
                // … or an apposition that describes and names (`Her colleague, the shadow chancellor Mel
                // Stride, added`): the whole, named by the name at the apposition's end.
                // (or a title before the name, `Her opponent, state Sen. Paul Grant, said`)
                if start < c, words.isDeterminer(start),
                    words.isDeterminer(apposition.lowerBound) || !words.isCapitalized(apposition.lowerBound)
                        || tokens[apposition.lowerBound].kind == .abbreviation,
                    let run = nameRun(in: apposition), run.count >= 2,
                    run.upperBound == apposition.upperBound || isAgeOrHome(run.upperBound..<apposition.upperBound)
                {
                    return start..<k
                }
            }
            return nil
        }
        let end = k + 1
        // (a name may end in a capitalised abbreviation: `Intellix Corp. said`, `John Smith Jr. told`)
        guard k >= floor, !inQuote[k],
            tokens[k].kind == .word || tokens[k].kind == .number
                || tokens[k].kind == .abbreviation && words.isCapitalized(k) && k > floor && words.isCapitalized(k - 1)
        else { return nil }
        let last = words.lower(k)
        if Self.englishTimeWords.contains(last) || WordReader.calendarWords.contains(last) { return nil }
        if ["who", "which", "that"].contains(words.lower(k)) { return k..<end }
        var start = end
        while start - 1 >= floor, end - (start - 1) <= 8, !inQuote[start - 1],
            tokens[start - 1].kind == .word || tokens[start - 1].kind == .number
                || tokens[start - 1].kind == .abbreviation
        {
            let w = words.lower(start - 1)
            if Self.englishBoundaries.contains(w) || Self.englishTimeWords.contains(w)
                || WordReader.calendarWords.contains(w)
            {
                break
            }
            // (a subject pronoun right before the verb, or an article after a number or a unit of time, opens the
            // phrase: what comes before is an adverbial, `In 2001 she told`, `Last year the company said`; not a
            // relative clause's, `the experts I interviewed said`)
            if start == end - 1, words.isPronoun(start) { break }
            if start < end, Self.englishArticles.contains(words.lower(start)),
                tokens[start - 1].kind == .number || Self.englishTimeUnits.contains(w)
            {
                break
            }
            start -= 1
        }
        guard start < end else { return nil }
        start = withHeadBeforePreposition(start, floor: floor)
        // two people named as one subject (`BMA leaders Dr Robert Laurenson and Dr Vivek Trivedi said`): both
        if start - 2 >= floor, words.lower(start - 1) == "and", !inQuote[start - 1], words.isNameWord(start - 2),
            nameRun(in: start..<end)?.upperBound == end
        {
            let first = englishPhraseStart(before: start - 1, floor: floor)
            if first < start - 1, nameRun(in: first..<(start - 1))?.upperBound == start - 1 { start = first }
        }
        // A relative clause on the subject (`The firm that runs the terminal said`): the relative pronoun
        // is its subject when a verb follows it; the subject of `said` is the phrase before the pronoun.
        if start - 1 > floor, ["that", "who", "which"].contains(words.lower(start - 1)), !inQuote[start - 1],
            tokens[start].kind == .word, !words.isCapitalized(start), !words.isDeterminer(start),
            !words.isPronoun(start)
        {
            let head = englishPhraseStart(before: start - 1, floor: floor)
            if head < start - 1, words.isDeterminer(head) || words.isCapitalized(head) {
                return head..<end
            }
        }
        // A subject opens with a determiner, a quantifier (`all`, `some environmental groups`), a
        // pronoun, a number or a capitalised word.
        guard
            words.isDeterminer(start) || words.isPronoun(start) || words.isCapitalized(start)
                || tokens[start].kind == .number
                || Self.englishQuantifiers.contains(words.lower(start)) || !words.isFunctionWord(words.lower(start))
        else { return nil }
        return start..<end
    }

    /// The phrase at `start` as a name or role phrase reads it (`nounPhrase`), else as an English noun phrase
    /// reads it, whichever `accept`s: `the ASLEF union` is `the ASLEF` to the first, whole to the second.
    func englishPhrase(from start: Int, limit: Int, where accept: (Range<Int>) -> Bool) -> Range<Int>? {
        if let np = nounPhrase(from: start, limit: limit), accept(np) { return np }
        return englishNounPhrase(from: start, limit: limit).flatMap { accept($0) ? $0 : nil }
    }

    /// Whether a phrase is a name, with a title's abbreviation before it and a home after it (`Rep. Rosa DeLauro of
    /// Connecticut`).
    func namesPersonWhole(_ r: Range<Int>) -> Bool {
        var from = r.lowerBound
        while from < r.upperBound, tokens[from].kind == .abbreviation { from += 1 }
        guard let run = nameRun(in: from..<r.upperBound), run.lowerBound == from, run.count >= 1 else { return false }
        return run.upperBound == r.upperBound || isAgeOrHome(run.upperBound..<r.upperBound)
    }

    /// An apposition giving a person's age or home town: `58`, `of Reading`, `from Leeds`.
    func isAgeOrHome(_ r: Range<Int>) -> Bool {
        if r.count == 1, tokens[r.lowerBound].kind == .number { return true }
        guard r.count >= 2, tokens[r.lowerBound].kind == .word, ["of", "from"].contains(words.lower(r.lowerBound))
        else { return false }
        return (r.lowerBound + 1..<r.upperBound).allSatisfy { tokens[$0].kind == .word && words.isCapitalized($0) }
    }

    /// A subject whose head is followed by a phrase with `of` or `for`: `The Leader of the
    /// Opposition`, `A spokesman for the ministry`, `Most of the members` (not `the ministry`): the
    /// head is a role, a capitalised word or a quantifier, after a determiner or alone.
    func withHeadBeforePreposition(_ start: Int, floor: Int) -> Int {
        var s = start
        // people described by what they know (`Two diplomats familiar with the matter said`, `sources close to the
        // talks`, `officials briefed on the plan`): the whole phrase
        if s - 3 >= floor, !inQuote[s - 1], !inQuote[s - 2], tokens[s - 2].kind == .word,
            Self.sourcingModifiersEN.contains(words.lower(s - 2)),
            ["with", "to", "on", "about", "in"].contains(words.lower(s - 1))
        {
            let head = englishPhraseStart(before: s - 2, floor: floor)
            if head < s - 2 { s = head }
        }
        while s - 2 >= floor, !inQuote[s - 1], !inQuote[s - 2], tokens[s - 1].kind == .word,
            tokens[s - 2].kind == .word, ["of", "for", "in", "at", "from"].contains(words.lower(s - 1))
        {
            let h = s - 2, head = words.lower(h)
            let ofOrFor = ["of", "for"].contains(words.lower(s - 1))
            // a person and where they work or come from: `Tom Reed at Jefferies`, `Anna Roth from Leeds`
            if ["at", "from"].contains(words.lower(s - 1)), words.isCapitalized(s),
                let first = personEnding(at: h, floor: floor)
            {
                s = first
                break
            }
            // people where they are, opening the clause: `Officials in Washington said`, `Analysts at the bank`
            if !ofOrFor {
                if h == floor, head.hasSuffix("s") || words.lexicons.isRole(head), !Self.englishTimeWords.contains(head)
                {
                    s = h
                }
                break
            }
            // (a count is a quantifier too: `One of the doctors said`, `Two of the victims said`)
            if Self.englishQuantifiers.contains(head) || QuoteFinder.countWordsEN.contains(head) {
                s = h
            } else if words.isCapitalized(h) || words.lexicons.isRole(head)
                || words.lower(s - 1) == "of" && !words.isFunctionWord(head),
                h - 1 >= floor, !inQuote[h - 1], words.isDeterminer(h - 1)
            {
                // (a noun owning the phrase after `of` heads it too: `the daughter of one customer said`)
                s = h - 1
            } else if words.lower(s - 1) == "of",
                words.isCapitalized(s) || words.lower(s) == "the" && s + 1 < tokens.count && words.isCapitalized(s + 1),
                let first = personEnding(at: h, floor: floor)
            {
                // a person and where they are from: `Sen. Bill Cassidy of Louisiana`, `Anna Roth of Chicago`, `Tara
                // Jones of the University of Edinburgh`
                s = first
                break
            } else {
                break
            }
        }
        return s
    }

    /// The first word of a name of two words or more (a title's abbreviation included: `Sen. Bill Cassidy`)
    /// whose last word is `h`.
    func personEnding(at h: Int, floor: Int) -> Int? {
        guard words.isCapitalized(h), h - 1 >= floor, !inQuote[h - 1],
            words.isNameWord(h - 1) || tokens[h - 1].kind == .abbreviation
        else { return nil }
        var first = h - 1
        while first - 1 >= floor, h - first < 4, !inQuote[first - 1],
            words.isNameWord(first - 1) || tokens[first - 1].kind == .abbreviation && words.isCapitalized(first - 1)
        {
            first -= 1
        }
        return first
    }

    /// Where the words before `end` start, back to punctuation or a conjunction or preposition.
    /// What describes an unnamed source by its knowledge: `familiar with`, `close to`, `briefed on`.
    static let sourcingModifiersEN: Set<String> = ["familiar", "close", "briefed", "knowledgeable", "involved"]

    func englishPhraseStart(before end: Int, floor: Int) -> Int {
        var start = end
        while start - 1 >= floor, end - (start - 1) <= 8, !inQuote[start - 1],
            tokens[start - 1].kind == .word || tokens[start - 1].kind == .abbreviation
        {
            if Self.englishBoundaries.contains(words.lower(start - 1)) { break }
            start -= 1
        }
        // (an adverb of time opening the clause is none of it: `Later the fire officer, Lisa Grant, said`)
        while start < end - 1, tokens[start].kind == .word,
            Self.englishTimeWords.contains(words.lower(start)) || WordReader.calendarWords.contains(words.lower(start))
        {
            start += 1
        }
        return start
    }

    /// A lower-case verb form in -ed/-ing at `k` that does not follow a subject pronoun.
    private func isVerbFormEndingSubject(_ k: Int, floor: Int) -> Bool {
        guard tokens[k].kind == .word, !inQuote[k], !words.isCapitalized(k) else { return false }
        let w = words.lower(k)
        guard w.utf8.count > 4, w.hasSuffix("ed") || w.hasSuffix("ing") else { return false }
        guard k - 1 >= floor, tokens[k - 1].kind == .word else { return true }
        let before = words.lower(k - 1)
        return !words.isPronoun(k - 1) && !["it", "who", "that", "which"].contains(before)
    }

    /// The source `heißt es` or `verlautete` (token `i`, `es` after it or not) names, there being no subject: the
    /// phrase after a preposition right after it (`heißt es in einer Mitteilung des X`, `bei X`, `verlautete aus
    /// dem Ministerium`), else the phrase after the preposition that opens the clause (`In der Erklärung heißt es,
    /// …`, `Aus Regierungskreisen hieß es, …`), else the clause's subject.
    func heisstEsSource(_ i: Int, clauseStart: Int, limit: Int, lookingBack: Bool = true) -> Range<Int>? {
        let after = i + 1 < limit && words.lower(i + 1) == "es" ? i + 2 : i + 1
        var k = after
        let bound = min(limit, after + 3)
        while k < bound, !Self.sourcePrepositionsDE.contains(words.lower(k)) { k += 1 }
        if k < bound, let np = nounPhrase(from: k + 1, limit: limit) { return np }
        guard lookingBack else { return nil }
        let first = skipDateline(clauseStart)
        if first < i, tokens[first].kind == .word, Self.sourcePrepositionsDE.contains(words.lower(first)),
            let np = nounPhrase(from: first + 1, limit: i)
        {
            return np
        }
        return clauseSubject(clauseStart..<after)?.0
    }

    /// Words inside a description before its name in apposition: `of`, `for`, `and` (`The Member for
    /// Godalming and Ash, Jeremy Hunt`).
    static let descriptionLinks: Set<String> = ["of", "for", "at", "in", "on", "from", "and"]

    /// Words that open what a verb governs: an article, a pronoun, `that`, `to`, `no`.
    static let objectOpeners: Set<String> = [
        "the", "a", "an", "no", "that", "to", "it", "him", "her", "them", "us", "me", "his", "their", "its", "this",
        "these", "those", "some", "any", "more", "less",
    ]

    static let englishSubjectDeterminers: Set<String> = [
        "no", "these", "those", "every", "any", "more", "fewer", "less", "much", "another", "such", "my", "your",
    ]

    static let englishQuantifiers: Set<String> = [
        "all", "both", "each", "many", "most", "some", "several", "few", "others", "none", "everyone", "everybody",
        "nobody",
        "someone", "somebody",
    ]
    static let englishTimeUnits: Set<String> = [
        "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "day",
    ]
    static let englishTimeOpeners: Set<String> = ["on", "last", "this", "early", "late", "in", "earlier", "next"]

    /// Conjunctions before an English gerund whose subject is the sentence's (`before asking`).
    static let gerundOpeners: Set<String> = ["before", "after", "while", "when", "by", "without"]

    static let englishBaseFormOpeners: Set<String> = [
        "i", "we", "you", "they", "to", "will", "would", "can", "could", "may", "might", "must", "should", "did",
        "does", "do",
        "not", "also", "often", "people",
    ]

    /// English verbs whose subject does what the infinitive after them says (`declined to say`, `vowed to
    /// fight`).
    static let subjectControlVerbsEN: Set<String> = [
        "decline", "declines", "declined", "refuse", "refuses", "refused", "want", "wants", "wanted", "promise",
        "promises", "promised", "agree", "agrees", "agreed", "vow", "vows", "vowed", "try", "tries", "tried", "seek",
        "seeks", "sought", "hope", "hopes", "hoped", "decide", "decides", "decided", "fail", "fails", "failed",
        "pledge", "pledges", "pledged", "intend", "intends", "intended", "choose", "chooses", "chose", "offer",
        "offers", "offered", "began", "begins", "continue", "continues", "continued", "threaten", "threatens",
        "threatened",
    ]
    static let englishVerbGlue: Set<String> = [
        "has", "had", "have", "also", "previously", "will", "would", "could", "should", "may", "might", "repeatedly",
        "later",
        "is", "was", "are", "were", "reportedly", "then", "recently", "publicly", "often", "not", "never", "once",
        "already",
        "did", "does", "do", "just", "still", "even", "again", "first", "been", "now", "initially", "further",
        "privately",
    ]
    static let englishBoundaries: Set<String> = [
        "that", "which", "who", "though", "although", "and", "but", "yet", "because", "when", "while", "if", "as",
        "after",
        "before",
        "since", "so", "where", "whom", "whose", "what", "than", "or", "nor", "until", "unless", "in", "on", "at",
        "for", "with",
        "from", "by", "about", "to", "of", "into", "during", "under", "over", "against", "among", "through", "like",
        "whether",
    ]

    static let notSubjects: Set<String> = [
        "bislang", "bevor", "nachdem", "demnach", "daraufhin", "dies", "das", "es", "man", "sich", "ihm", "ihnen",
    ]

    func plausibleSubject(_ r: Range<Int>, floor: Int) -> Bool {
        guard !r.isEmpty else { return false }
        let first = words.lower(r.lowerBound)
        if r.count == 1,
            Self.adverbs.contains(first) || Self.subordinators.contains(first) || Self.notSubjects.contains(first)
                || Self.prepositions.contains(first)
        {
            return false
        }
        // A prepositional phrase (`Bezüglich des Startortes`) is no subject.
        if r.count > 1, tokens[r.lowerBound].kind == .word, Self.prepositions.contains(first),
            words.isDeterminer(r.lowerBound + 1)
        {
            return false
        }
        // Inside a prepositional phrase: walk back over adjectives, numbers and an article to a preposition.
        var k = r.lowerBound - 1
        while k >= floor,
            tokens[k].kind == .number
                || (tokens[k].kind == .word && !words.isCapitalized(k)
                    && (!words.isFunctionWord(words.lower(k)) || words.isDeterminer(k)
                        || Self.numerals.contains(words.lower(k))))
        { k -= 1 }
        if k >= floor, tokens[k].kind == .word, !words.isDeterminer(k), Self.prepositions.contains(words.lower(k)) {
            return false
        }
        return true
    }

    static let numerals: Set<String> = [
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "zwanzig", "hundert",
        "einigen", "mehreren",
        "wenigen", "vielen", "etwa", "rund", "knapp", "fast", "two", "three", "four", "five", "six", "several", "few",
    ]

    static let prepositions: Set<String> = [
        "vor", "nach", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "von", "vom", "zu", "zum", "zur",
        "für", "gegen",
        "über", "unter", "seit", "während", "wegen", "trotz", "durch", "ohne", "um", "etwa", "gegenüber", "entgegen",
        "gemäß",
        "angesichts", "laut", "bezüglich", "hinsichtlich", "aufgrund", "infolge", "anlässlich", "zugunsten",
        "zuungunsten", "anstelle", "statt", "anstatt", "mithilfe", "seitens", "innerhalb", "außerhalb", "mangels",
        "zwecks", "inmitten", "oberhalb", "unterhalb", "jenseits", "binnen", "neben", "hinter", "zwischen",
        "of", "on", "at", "for", "with", "from", "by", "after", "before", "since", "during",
    ]

    /// `Dies/Das gab X bekannt`, `Dies bestätigte der Sprecher`: a demonstrative object, then a
    /// speech verb and its subject, and nothing else of substance.
    func anaphoricFrame(_ range: Range<Int>, _ scan: SentenceScan) -> Attribution? {
        let first = skipDateline(range.lowerBound)
        guard first + 1 < range.upperBound, tokens[first].kind == .word,
            ["dies", "das", "dieses"].contains(words.lower(first)),
            let (v, _) = scan.verbs.first,
            v == first + 1
                || (v == first + 2 && tokens[first + 1].kind == .word
                    && ["hat", "habe", "hatte", "haben"].contains(words.lower(first + 1)))
        else { return nil }
        guard range.upperBound - first <= 20, !(first..<range.upperBound).contains(where: { words.isPunct($0, ",") })
        else { return nil }
        let limit = clauseEnd(from: first + 1)
        guard let mention = subjectAfterVerb(first + 1, limit: limit), plausibleSubject(mention, floor: first) else {
            return nil
        }
        return Attribution(mention: mention, cue: v)
    }

    // MARK: - 2. A frame after the content

    private func postposedFrame(_ range: Range<Int>, english: Bool) -> SpeechItem? {
        let opening = skipDateline(range.lowerBound)
        // (a dateline may take the whole sentence: `(dpa)` alone)
        guard opening < range.upperBound else { return nil }
        // (`Asked whether he would resign, Johnson replied`: the question put to him, not his speech)
        if isQuestionPut(opening) { return nil }
        let whole = contentRange(range)
        // (a comma inside a dateline or an interjection in brackets opening the sentence is none of the content's)
        for comma in range
        where words.isPunct(comma, ",") && !inQuote[comma] && comma > range.lowerBound + (english ? 1 : 2)
            && comma > whole.lowerBound
        {
            // The clause before must not be a quotation in marks (that is direct speech); it may
            // end with a quoted fragment (`Der Entwurf sei „ein Trick“, erklärte er`).
            guard !tokens[opening].kind.isQuote, !(inQuote[comma - 1] && !tokens[comma - 1].kind.isQuote) else {
                continue
            }
            let j = comma + 1
            guard j < range.upperBound, tokens[j].kind == .word else { continue }
            let limit = clauseEnd(range, from: j)
            var cue: Int?
            var mention: Range<Int>?
            var frameVerb: Int?
            if let _ = words.speechVerb(at: j, limit: limit), !words.isCapitalized(j) {
                cue = j
                mention = subjectAfterVerb(j, limit: limit)
                // (English: after a relative clause set off by commas, a pronoun after the verb with a verb of its own
                // opens the complement, no inverted subject: `Angela Ruiz, 41, who lives nearby, said they heard loud
                // pops`)
                if english, let m = mention, m.count == 1, words.isPronoun(m.lowerBound), m.upperBound < limit,
                    tokens[m.upperBound].kind == .word, !words.isCapitalized(m.upperBound),
                    let open = stride(from: comma - 1, to: range.lowerBound, by: -1).first(where: {
                        words.isPunct($0, ",") && !inQuote[$0]
                    }), Self.relativeWordsEN.contains(words.lower(open + 1))
                {
                    continue
                }
                // `X, Bürgermeister von Y, schätzt den Vorgang …`: an object after the verb means the
                // comma closed an apposition, not a clause of content (`…, sagte der Sprecher`).
                if !english, let m = mention, m.lowerBound == j + 1,
                    Self.objectArticles.contains(words.lower(m.lowerBound))
                {
                    mention = nil
                }
            } else if english,
                // (not a subordinate clause: `…, when the company warned of slowing sales`; nor a phrase opened by a
                // preposition: `…, with the 10-year note rising`)
                !Self.subordinatorsEN.contains(words.lower(j)), !Self.nounPrepositionsEN.contains(words.lower(j)),
                // (a name before a common noun is the phrase's modifier: `the ASLEF union said`)
                let np = englishPhrase(
                    from: j, limit: limit,
                    where: {
                        frameVerb = perfectFrameVerbEN(after: $0, limit: limit, range: range)
                        return frameVerb != nil
                    }),
                // (an infinitive is no frame: `…, Raj Shah, declined to comment`)
                words.lower(np.upperBound - 1) != "to", let verb = frameVerb
            {
                cue = verb
                mention = np
            } else if !english, words.lower(j) == "so", let np = nounPhrase(from: j + 1, limit: limit) {
                cue = j
                mention = np
            } else if !english, Self.perfectAuxiliariesDE.contains(words.lower(j)) || words.lower(j) == "ließ",
                let last = (j + 2..<limit).last(where: { tokens[$0].kind == .word }), last == limit - 1,
                !words.isCapitalized(last), words.speechVerb(at: last, limit: limit) != nil,
                let np = subjectAfterVerb(j, limit: last)
            {
                // the verb of saying last, after its auxiliary and subject: `…, hat Ministerin Svenja Schulze am
                // Montag gesagt`, `…, hatte Christian Lindner betont`, `…, ließ der 29-Jährige über seinen Anwalt
                // erklären`
                cue = last
                mention = np
            }
            // English puts the frame in the middle too (`X, Mr. Clarke said, until …`): the content
            // is then the sentence around it.
            // (but a participle of speech after it is the speaker's next act, not more content: `X, the union
            // said, warning of …`)
            let participleAfter =
                english && limit < range.upperBound - 1 && isParticipleFrame(limit, limit: range.upperBound)
            let parenthetical =
                english && !participleAfter && limit < range.upperBound - 1 && words.isPunct(limit, ",")
                && cue.map { limit - ($0 + 1) <= 3 } == true
            // German: the speaker's apposition may close the sentence (`…, sagte Karl Huber, der
            // Sprecher des Verbands.`).
            let apposition =
                !english && limit + 1 < whole.upperBound && words.isPunct(limit, ",")
                && isNounPhraseOnly(limit + 1..<whole.upperBound)
            guard let cue, let mention,
                limit >= range.upperBound - 1 || words.endsSentence(limit) || parenthetical || apposition
                    || participleAfter
            else { continue }
            // (an English verb of speech that a content word follows opens a clause of its own: `I rang the council,
            // they said applications close in March`)
            if english, opensOwnClauseEN(after: cue, limit: limit) { continue }
            var content = parenthetical ? whole : whole.lowerBound..<comma
            // German: a narrator's clause before a colon is none of it (`Der Verband zeigte sich zufrieden: Die
            // Standorte lägen außerhalb …, hieß es`): the Konjunktiv after the colon is
            if !english, let colon = colon(in: content, last: true),
                colon + 1 < content.upperBound, hasSubjunctive(colon + 1..<content.upperBound),
                !hasSubjunctive(content.lowerBound..<colon)
            {
                content = colon + 1..<content.upperBound
            }
            // A subordinate clause alone (`Da der Flug ausfiel, entschied der Pilot …`) is not the content.
            // (`Seitdem sei die Zahl gestiegen`, `Damit habe …`: an adverb before the finite verb opens a main clause)
            // (`Seit Freitag seien …`, `Während der Nacht habe …`: a preposition's phrase before the finite verb opens
            // one too)
            if tokens[content.lowerBound].kind == .word,
                Self.subordinateOpeners.contains(words.lower(content.lowerBound)),
                !WordReader.determiners.contains(words.lower(content.lowerBound)),
                !(Self.adverbialOpeners.contains(words.lower(content.lowerBound))
                    && content.count > 1 && isFiniteDE(content.lowerBound + 1)),
                !(Self.prepositions.contains(words.lower(content.lowerBound))
                    && prepositionalPhraseBeforeFinite(from: content.lowerBound, in: content))
            {
                continue
            }
            // The content is a clause (a lower-case word besides function words), not a name in apposition.
            guard
                content.contains(where: {
                    tokens[$0].kind == .word && !words.isCapitalized($0) && !Self.articleLike.contains(words.lower($0))
                }),
                content.filter({ tokens[$0].kind == .word }).count >= 3
            else { continue }
            // German: a subject and its apposition before the verb (`Anna Berg, die Leiterin der
            // städtischen Bibliothek, erklärte …`) is no clause of content.
            if !english, isNounPhraseOnly(content) { continue }
            // German: nor is a subject with a relative clause on it (`Die FDP, die nicht mehr im Bundestag
            // vertreten ist, kritisierte …`), after a focus word perhaps (`Auch die FDP, die …`).
            if !english, let first = content.first(where: { words.isPunct($0, ",") && !inQuote[$0] }),
                first + 1 < content.upperBound, tokens[first + 1].kind == .word,
                Self.relativePronouns.contains(words.lower(first + 1)),
                isNounPhraseOnly(
                    (Self.focusParticles.contains(words.lower(content.lowerBound))
                        ? content.lowerBound + 1 : content.lowerBound)..<first)
            {
                continue
            }
            // German: content in the indicative has a frame whose subject can speak — a person, a group, an
            // institution, or someone brought in with an indefinite article (`sagte eine Passantin`, `einer der
            // Feuerwehrleute`); `…, bemängelten aber die Finanzierung` is a second predicate, not a frame.
            if !english, !hasSubjunctive(content), !isAgent(mention),
                !Self.indefiniteArticles.contains(words.lower(mention.lowerBound))
            {
                continue
            }
            // German: a Konjunktiv in the content, or a frame that ends the sentence alone
            // (`…, sagte der Sprecher.`, not `…, sagte er und ging.`).
            if !english && words.lower(cue) != "so" && !hasSubjunctive(content)
                && (mention.upperBound..<limit).contains(where: {
                    tokens[$0].kind == .word && Self.coordinators.contains(words.lower($0))
                })
            {
                continue
            }
            return SpeechItem(content: content, kind: .indirect, attribution: Attribution(mention: mention, cue: cue))
        }
        return nil
    }

    /// The verb of speech right after an English subject, past a perfect's auxiliary (`the union said`, `the
    /// Crown Prosecution Service has said`).
    func perfectFrameVerbEN(after np: Range<Int>, limit: Int, range: Range<Int>) -> Int? {
        var v = np.upperBound
        if v + 1 < limit, tokens[v].kind == .word, ["has", "have", "had"].contains(words.lower(v)) { v += 1 }
        guard v < limit, let verb = words.speechVerb(at: v, limit: limit), !isNounBeforeVerbEN(v, range: range),
            v == np.upperBound || words.lower(v) != verb.lemma
        else { return nil }
        return v
    }

    /// A clause's end moved on over commas that open a dependent clause (`, wenn …`, `, um …
    /// zu`) or, with `relative`, a relative clause, within the sentence's content.
    func withDependentClauses(_ end: Int, _ range: Range<Int>, relative: Bool = false) -> Int {
        var stop = end
        while stop + 1 < range.upperBound, words.isPunct(stop, ","), !inQuote[stop + 1], tokens[stop + 1].kind == .word,
            Self.clauseLinkers.contains(words.lower(stop + 1))
                || relative && Self.relativePronouns.contains(words.lower(stop + 1))
        {
            stop = clauseEnd(range, from: stop + 1)
        }
        return min(stop, contentRange(range).upperBound)
    }

    /// Past a short name in marks opening at `k` (at most four words, the first capitalised, no
    /// sentence punctuation inside): the index after its closing mark, or nil.
    func quotedNameEnd(_ k: Int, _ range: Range<Int>) -> Int? {
        guard tokens[k].kind.isQuote, k + 1 < range.upperBound, tokens[k + 1].kind == .word, words.isCapitalized(k + 1)
        else { return nil }
        var j = k + 1, count = 0
        while j < range.upperBound, inQuote[j], !tokens[j].kind.isQuote {
            if words.endsSentence(j) || words.isPunct(j, ",") { return nil }
            if tokens[j].kind == .word { count += 1 }
            j += 1
        }
        guard j < range.upperBound, tokens[j].kind.isQuote, count <= 4 else { return nil }
        return j + 1
    }

    static let modals: Set<String> = [
        "will", "wollte", "wollten", "wollen", "kann", "konnte", "konnten", "können", "muss", "musste", "mussten",
        "müssen",
        "soll", "sollte", "sollten", "sollen", "darf", "durfte", "durften", "dürfen", "möchte", "möchten",
    ]
    static let relativePronouns: Set<String> = [
        "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "welchem",
        "welchen",
    ]

    /// German words without a verb: every lower-case word is an article, a preposition, a
    /// conjunction or an adjective before a noun (`Anna Berg, die Leiterin der städtischen
    /// Bibliothek`), not `Die Arbeiten beginnen im Mai`.
    func isNounPhraseOnly(_ r: Range<Int>) -> Bool {
        r.allSatisfy { k in
            guard tokens[k].kind == .word, !inQuote[k], !words.isCapitalized(k) else { return true }
            let w = words.lower(k)
            if Self.articleLike.contains(w) || Self.prepositions.contains(w) || Self.coordinators.contains(w) {
                return true
            }
            if words.isDeterminer(k) { return true }
            // (a finite verb is no adjective before its object: `Viele Haushalte hätten Anspruch`)
            if Self.finiteVerbsDE.contains(w) || words.isSubjunctive(k, lower: w) { return false }
            return Self.isAdjectiveForm(w) && k + 1 < r.upperBound && tokens[k + 1].kind == .word
                && words.isCapitalized(k + 1)
        }
    }

    // MARK: - 3. Cue phrases

    /// The end of a short bracket right after a speaker's name, which belongs to the cue phrase
    /// (`Laut Minister Volker Wissing (FDP) gefährdet …`); `end` itself when there is none.
    func bracketEnd(after end: Int, limit: Int) -> Int {
        guard end < limit, tokens[end].kind == .openBracket else { return end }
        var k = end + 1
        while k < min(limit, end + 8) {
            if tokens[k].kind == .closeBracket { return k + 1 }
            if inQuote[k] || words.endsSentence(k) { break }
            k += 1
        }
        return end
    }

    /// The German words of source phrases (`laut X`, `X zufolge`, `nach Angaben X`), read in German text only.
    static let germanSourceWords: Set<String> = ["laut", "zufolge", "nach", "gemäß", "gemäss", "demnach", "demzufolge"]

    private func cuePhrase(_ range: Range<Int>, _ scan: SentenceScan, english: Bool) -> SpeechItem? {
        for i in scan.cueWords {
            let w = words.lower(i)
            // (German source words are English words' homographs: `Laut is a word`)
            if english, Self.germanSourceWords.contains(w) { continue }
            var found: Attribution?
            // The cue phrase itself (`laut X`, `X zufolge`, `nach Angaben X`), when it is one.
            var phrase: Range<Int>?
            // Where the content starts when the phrase is a clause of its own before it, or ends when one after it.
            var clauseAfter: Int?
            var contentBefore: Int?
            let limit = clauseEnd(from: i)
            switch w {
            case "laut":
                guard i + 1 < limit, tokens[i + 1].kind == .word else { continue }
                found = Attribution(mention: nounPhrase(from: i + 1, limit: limit) ?? (i + 1)..<(i + 2), cue: i)
                phrase = i..<bracketEnd(after: found!.mention.upperBound, limit: limit)
            case "zufolge":
                // (past a bracket after the source: `Dem Versicherer Allianz Trade (AT) zufolge`)
                var before = i
                if i - 1 > range.lowerBound, tokens[i - 1].kind == .closeBracket,
                    let open = (max(range.lowerBound, i - 8)..<(i - 1)).last(where: { tokens[$0].kind == .openBracket })
                {
                    before = open
                }
                found = nounPhraseBefore(before, floor: range.lowerBound).map {
                    // the phrase opens at its dative article (`hat dem Ergebnis zufolge`), not at the clause's
                    // start; `der` after a noun is a genitive inside it (`Angaben der Polizei zufolge`)
                    let article = $0.dropFirst().last {
                        let a = words.lower($0)
                        return a == "dem" || a == "einem" || a == "der" && !words.isCapitalized($0 - 1)
                    }
                    return Attribution(mention: (article ?? $0.lowerBound)..<$0.upperBound, cue: i)
                }
                // A phrase of its own only when it is a noun phrase (`Dem Bericht`, `Seiner Darstellung`, `Zeugen`).
                if let m = found?.mention,
                    m.count == 1 || words.isDeterminer(m.lowerBound)
                        || Self.possessives.contains(words.lower(m.lowerBound))
                        || Self.isAdjectiveForm(words.lower(m.lowerBound)) && m.count == 2
                {
                    phrase = m.lowerBound..<(i + 1)
                }
            case "according" where i + 1 < range.upperBound && words.lower(i + 1) == "to":
                found = (nounPhrase(from: i + 2, limit: limit) ?? englishNounPhrase(from: i + 2, limit: limit)).map {
                    Attribution(mention: $0, cue: i)
                }
                phrase = found.map { i..<bracketEnd(after: $0.mention.upperBound, limit: limit) }
                // Opening the sentence, the source runs to its comma (`According to figures published by the
                // council in May, …`).
                if let m = found?.mention, i == skipDateline(range.lowerBound),
                    let comma = (m.upperBound..<min(limit, m.upperBound + 12)).first(where: {
                        inQuote[$0] || tokens[$0].kind != .word && tokens[$0].kind != .number
                    }), words.isPunct(comma, ","), !inQuote[comma]
                {
                    found = Attribution(mention: m.lowerBound..<comma, cue: i)
                    phrase = i..<comma
                }
            case "nach"
            where i >= range.lowerBound + 2 && tokens[i - 1].kind == .word && Self.isEvidentialNoun(words.lower(i - 1))
                && tokens[i - 2].kind == .word && Self.possessives.contains(words.lower(i - 2)):
                // seiner Meinung nach / ihren Angaben nach: the possessive is the speaker.
                found = Attribution(mention: (i - 2)..<(i - 1), cue: i - 1)
                phrase = (i - 2)..<(i + 1)
            case "nach", "gemäß", "gemäss":
                // Nach Angaben des Ministeriums / Nach ersten Erkenntnissen / nach eigener Aussage:
                // an evidential noun within three words; the speaker is who it belongs to, or the noun.
                var k = i + 1
                while k < min(limit, i + 4), tokens[k].kind == .word, !words.isCapitalized(k) || words.isDeterminer(k) {
                    k += 1
                }
                guard k < limit, tokens[k].kind == .word, words.isCapitalized(k), Self.isEvidentialNoun(words.lower(k))
                else { continue }
                // `nach eigenen Angaben`: the phrase is the mention (as news annotation marks it), the clause's own
                // subject names the source
                if (i + 1..<k).contains(where: { words.lower($0).hasPrefix("eigene") }),
                    case let opening = skipDateline(range.lowerBound),
                    let subject = (opening < i ? mainClauseSubject(opening..<i) : nil)
                        ?? (k + 1 < limit ? mainClauseSubject((k + 1)..<limit) : nil)
                {
                    found = Attribution(mention: (i + 1)..<(k + 1), cue: k, nameScope: subject)
                    phrase = i..<(k + 1)
                    break
                }
                if let np = holder(after: k, limit: limit) {
                    found = Attribution(mention: np, cue: k)
                    phrase = i..<bracketEnd(after: np.upperBound, limit: limit)
                } else if k == i + 2, Self.possessives.contains(words.lower(i + 1)) {
                    // `Nach ihren Angaben`, `nach seiner Aussage`: the possessive is the speaker (as `ihren Angaben
                    // nach`)
                    found = Attribution(mention: (i + 1)..<(i + 2), cue: k)
                    phrase = i..<(k + 1)
                } else {
                    // (figures right after `nach` with no source are a time: `stiegen nach Zahlen zum Quartal`;
                    // `nach ersten Zahlen`, `nach Zahlen des Amtes` report)
                    if k == i + 1, Self.figureNouns.contains(words.lower(k)) { continue }
                    found = Attribution(mention: (i + 1)..<(k + 1), cue: k)
                    phrase = i..<(k + 1)
                }
            case "aus" where i + 2 < limit && !english:
                // Aus Sicht der Grünen / aus Sicht von X: a point of view, whose holder speaks (`aus seiner Sicht`
                // goes on with the speaker before, in reported speech)
                let noun = i + 1
                guard tokens[noun].kind == .word, words.lower(noun) == "sicht",
                    let np = holder(after: noun, limit: limit)
                else { continue }
                found = Attribution(mention: np, cue: noun)
                phrase = i..<np.upperBound
            case "demnach", "demzufolge":
                // The source named in the sentence before.
                guard i == skipDateline(range.lowerBound) else { continue }
                found = Attribution(mention: i..<i, cue: i)
            case "so" where i > range.lowerBound && words.isPunct(i - 1, ","):
                if let np = nounPhrase(from: i + 1, limit: limit), np.upperBound < range.upperBound,
                    words.isPunct(np.upperBound, ",") || words.endsSentence(np.upperBound)
                {
                    found = Attribution(mention: np, cue: i)
                }
            case "wie", "as":
                // wie X sagte / Wie „Bild“ berichtet / wie aus Kreisen verlautete / as X said:
                // the speech verb closes the clause, its subject stands between.
                var k = i + 1
                while k < min(range.upperBound, i + 10), !words.isPunct(k, ","), !words.endsSentence(k),
                    !(tokens[k].kind == .word && !words.isCapitalized(k)
                        && words.speechVerb(at: k, limit: range.upperBound) != nil)
                { k += 1 }
                guard k < range.upperBound, k > i + 1, tokens[k].kind == .word,
                    words.speechVerb(at: k, limit: range.upperBound) != nil
                else { continue }
                // The mention: the words between, without marks, a leading preposition and the German `es`
                // that stands for the content (`wie es die Agentur meldete`; `wie es meldete` has no other subject).
                var from = i + 1
                while from < k,
                    tokens[from].kind.isQuote
                        || tokens[from].kind == .word
                            && (Self.prepositions.contains(words.lower(from))
                                || w == "wie" && from + 1 < k && words.lower(from) == "es")
                { from += 1 }
                var to = k
                while to > from, tokens[to - 1].kind.isQuote || tokens[to - 1].kind == .punctuation { to -= 1 }
                if let np = nounPhrase(from: from, limit: to) { to = min(to, np.upperBound) }
                found = Attribution(
                    mention: from < to && !(from..<to).contains(where: { tokens[$0].kind.isQuote }) ? from..<to : k..<k,
                    cue: k)
                // `Wie X mitteilte, wird die Brücke gesperrt`: a frame clause opening the sentence
                // attributes the main clause after its comma (past an auxiliary or particle).
                if i == skipDateline(range.lowerBound),
                    let comma = (k + 1..<min(range.upperBound, k + 4)).first(where: { words.isPunct($0, ",") }),
                    (k + 1..<comma).allSatisfy({ tokens[$0].kind == .word })
                {
                    clauseAfter = comma + 1
                }
                // `Die Preise stiegen um 2 Prozent, wie das Amt mitteilte.`: a frame closing the sentence
                // attributes what comes before its comma, not itself.
                if i > range.lowerBound + 2, words.isPunct(i - 1, ","), k + 1 >= contentRange(range).upperBound {
                    contentBefore = i - 1
                }
            case _ where Self.impersonalSourceVerbsDE.contains(w):
                guard isImpersonalSourceVerb(i, limit: range.upperBound) else { continue }
                // `Die Lage sei gut, hieß es (in der Mitteilung).`: a frame closing the sentence attributes what
                // comes before its comma, whose subject is no source
                let closing = i > range.lowerBound + 2 && words.isPunct(i - 1, ",")
                let source = heisstEsSource(i, clauseStart: range.lowerBound, limit: limit, lookingBack: !closing)
                found = Attribution(mention: source ?? i..<i, cue: i)
                if closing, max(source?.upperBound ?? 0, i + 2) >= contentRange(range).upperBound {
                    contentBefore = i - 1
                }
                // `In einem Brief heißt es: „…“`: what the colon opens (a quotation there is the quotation rules')
                if !closing,
                    let colon = (i + 1..<range.upperBound).first(where: { words.isPunct($0, ":") || inQuote[$0] }),
                    words.isPunct(colon, ":")
                {
                    clauseAfter = colon + 1
                }
            default:
                continue
            }
            guard let found else { continue }
            let whole = contentRange(range)
            var content =
                clauseAfter.map { min($0, whole.upperBound)..<whole.upperBound }
                ?? contentBefore.map { whole.lowerBound..<max(whole.lowerBound, $0) }
                ?? phrase.map { cueContent(range, phrase: $0) } ?? whole
            // (a closing `…, hieß es` is a frame, none of what was said: `Lebensgefahr bestehe nach ersten
            // Erkenntnissen nicht, hieß es`)
            if !english,
                let comma = content.first(where: {
                    words.isPunct($0, ",") && !inQuote[$0] && $0 + 1 < content.upperBound
                        && Self.impersonalSourceVerbsDE.contains(words.lower($0 + 1))
                        && isImpersonalSourceVerb($0 + 1, limit: range.upperBound)
                }), comma > content.lowerBound
            {
                content = content.lowerBound..<comma
            }
            guard !content.isEmpty else { continue }
            return SpeechItem(content: content, kind: .indirect, attribution: found)
        }
        return nil
    }

    /// Whose the evidential noun at `k` is: the phrase after `von` (or `aus` for circles: `nach Angaben aus
    /// Koalitionskreisen`), or a genitive right after it (`des Ministeriums`, `seines Sprechers`, a name).
    func holder(after k: Int, limit: Int) -> Range<Int>? {
        let source = k + 1 < limit && ["von", "aus"].contains(words.lower(k + 1))
        let from = source ? k + 2 : k + 1
        guard from < limit,
            let np = nounPhrase(from: from, limit: limit) ?? genitivePhrase(from: from, limit: limit),
            source || Self.genitiveArticles.contains(words.lower(from))
                || Self.genitiveDeterminers.contains(words.lower(from)) || words.isNameWord(from)
                || isGenitivePluralOpener(from, limit: limit)
        else { return nil }
        return np
    }

    /// A quantifier or adjective in the genitive plural before its noun, with no article: `nach Angaben vieler
    /// Beobachter`, `nach Einschätzung westlicher Diplomaten`.
    func isGenitivePluralOpener(_ j: Int, limit: Int) -> Bool {
        guard document.language == .german, j + 1 < limit, tokens[j].kind == .word, !words.isCapitalized(j),
            tokens[j + 1].kind == .word, words.isCapitalized(j + 1)
        else { return false }
        let w = words.lower(j)
        return w.hasSuffix("er") && w.count > 4 && !Self.prepositions.contains(w) && !words.isFunctionWord(w)
    }

    /// What a cue phrase attributes: the rest of the sentence when the phrase opens it (`Laut X
    /// (vom 12. März) fehlen …`); in a subordinate clause (`…, der nach Angaben X … vorsieht`)
    /// that clause, after the phrase when it opens the clause; otherwise the whole sentence
    /// (`Ein Tatverdacht bestehe nach Angaben X nicht mehr`).
    func cueContent(_ range: Range<Int>, phrase: Range<Int>) -> Range<Int> {
        let english = document.language == .english
        let whole = contentRange(range)
        let start = whole.lowerBound
        // The rest of the phrase's noun phrase: capitalised words, numbers, quotations in marks, brackets
        // (`der „New York Times“`, `Thomas Enders`), adjectives before a noun (`politischer
        // Beobachter`), a genitive or prepositional phrase (`vom 12. März`), an apposition between
        // commas before the verb (`…, einem Sprecher, wurde …`), and a comma.
        func after(_ p: Int, verbSecond: Bool) -> Int {
            var k = p
            func nominal(_ n: Int) -> Bool {
                tokens[n].kind == .number || tokens[n].kind == .ordinal || tokens[n].kind == .abbreviation
                    || tokens[n].kind.isQuote || inQuote[n]
                    || tokens[n].kind == .word && words.isCapitalized(n)
            }
            // A lower-case word after the phrase is the finite verb (German puts it second), unless it
            // is a preposition, a genitive article or, right after the cue noun, an adjective before a noun.
            let bare = p > 0 && tokens[p - 1].kind == .word && Self.isEvidentialNoun(words.lower(p - 1))
            while verbSecond, k < whole.upperBound {
                if nominal(k) { k += 1; continue }
                // (a short bracket, `der Bundesagentur für Arbeit (BA)`)
                if tokens[k].kind == .openBracket, case let e = bracketEnd(after: k, limit: whole.upperBound), e > k {
                    k = e
                    continue
                }
                if tokens[k].kind == .word, !words.isCapitalized(k), k + 1 < whole.upperBound,
                    nominal(k + 1)
                        || words.isDeterminer(k + 1) && k + 2 < whole.upperBound && nominal(k + 2),
                    Self.prepositions.contains(words.lower(k)) || Self.genitiveArticles.contains(words.lower(k))
                        || k == p && bare && !english && Self.isAdjectiveForm(words.lower(k)) && nominal(k + 1)
                {
                    k += 1
                    if words.isDeterminer(k) { k += 1 }
                    continue
                }
                if english { break }
                // An apposition or relative clause of the speaker, then the verb (`…, einem Sprecher, wurde`).
                if words.isPunct(k, ","),
                    let next = (k + 1..<min(whole.upperBound, k + 40)).first(where: {
                        words.isPunct($0, ",") && $0 + 1 < whole.upperBound && tokens[$0 + 1].kind == .word
                            && !words.isCapitalized($0 + 1)
                            && !words.isDeterminer($0 + 1) && !Self.prepositions.contains(words.lower($0 + 1))
                            && !words.isFunctionWord(words.lower($0 + 1))
                    })
                {
                    k = next + 1
                    continue
                }
                break
            }
            while k < whole.upperBound, words.isPunct(k, ",") { k += 1 }
            return k
        }
        if phrase.lowerBound <= start {
            // (a long phrase only when its comma closes it: `According to figures published by …, …`)
            guard phrase.count <= 8 || phrase.upperBound < whole.upperBound && words.isPunct(phrase.upperBound, ",")
            else { return whole }
            let from = after(phrase.upperBound, verbSecond: true)
            return from < whole.upperBound ? from..<whole.upperBound : whole
        }
        guard
            let comma = stride(from: phrase.lowerBound - 1, through: start, by: -1).first(where: {
                words.isPunct($0, ",") && !inQuote[$0]
            }),
            comma + 1 < phrase.lowerBound || comma + 1 == phrase.lowerBound
        else { return whole }
        let segment = comma + 1
        // a phrase that closes the sentence after its comma frames what stands before it (`Investors are betting
        // on a cut, according to CME Group's FedWatch tool`)
        if segment == phrase.lowerBound, comma > start, whole.upperBound - phrase.upperBound <= 4,
            !(phrase.upperBound..<whole.upperBound).contains(where: { words.isPunct($0, ",") || inQuote[$0] })
        {
            return start..<comma
        }
        guard tokens[segment].kind == .word, Self.subordinateOpeners.contains(words.lower(segment)) else {
            return whole
        }
        let end = min(clauseEnd(range, from: phrase.upperBound), whole.upperBound)
        if phrase.lowerBound == segment + 1 {
            let from = after(phrase.upperBound, verbSecond: false)
            if from < end { return from..<end }
        }
        return segment..<end
    }

    // MARK: - 3b. A noun of speech and its clause

    /// Nouns of speech, thought and speech acts that take a content clause after a comma
    /// (`das Gerücht, der Verein sei pleite`, `die Bitte, Soldaten zu schicken`). Written from
    /// general knowledge of German.
    static let speechNouns: Set<String> = [
        "gerücht", "gerüchte", "bericht", "berichte", "befürchtung", "befürchtungen", "vorschlag", "vorschläge",
        "bitte",
        "forderung", "forderungen", "aufforderung", "appell", "appelle", "warnung", "warnungen", "ankündigung",
        "behauptung",
        "behauptungen", "vorwurf", "vorwürfe", "hinweis", "hinweise", "aussage", "angebot", "hoffnung", "sorge",
        "sorgen",
        "angst", "meldung", "meldungen", "zusage", "versprechen", "drohung", "einschätzung", "überzeugung",
        "auffassung",
        "ansicht", "meinung", "entscheidung", "beschluss", "plan", "pläne", "absicht", "aufruf", "versicherung",
        "erklärung",
    ]
    static let clauseLinkers: Set<String> = [
        "wenn", "um", "weil", "da", "ob", "dass", "daß", "damit", "falls", "sodass", "nachdem", "bevor", "während",
        "als", "zumal",
    ]

    /// `Erste Gerüchte, die Huskies hätten ihre Lizenz zurückgegeben, wurden dementiert`: a noun of
    /// speech right before a comma and a dass/ob clause, a Konjunktiv clause in verb-second order
    /// or a zu-infinitive → `indirect`, the clause (with its wenn-/um-clauses) as content and the
    /// noun as the source.
    private func nominalFrame(_ range: Range<Int>) -> SpeechItem? {
        var i = range.lowerBound
        while i + 2 < range.upperBound {
            defer { i += 1 }
            guard !inQuote[i], tokens[i].kind == .word, words.isCapitalized(i),
                Self.speechNouns.contains(words.lower(i)),
                words.isPunct(i + 1, ","), !inQuote[i + 2], tokens[i + 2].kind == .word
            else { continue }
            let next = i + 2
            let w = words.lower(next)
            let end = clauseEnd(range, from: next)
            guard end > next + 1 else { continue }
            let relative = Self.subordinateOpeners.contains(w) && !Self.complementizersDE.contains(w)
            // A relative clause ends in its verb (`die das Projekt gefährden könnte`); a clause of
            // content has it second (`die Huskies hätten …`).
            let konjunktiv =
                (next..<end - 1).contains { !inQuote[$0] && words.isSubjunctive($0) }
                || !relative && hasSubjunctive(next..<end)
            guard w == "dass" || w == "daß" || w == "ob" || konjunktiv || !relative && isZuInfinitive(next, range)
            else { continue }
            let stop = withDependentClauses(end, range)
            guard stop > next else { continue }
            return SpeechItem(
                content: next..<stop, kind: .indirect, attribution: Attribution(mention: i..<(i + 1), cue: i))
        }
        return nil
    }

    // MARK: - 4. Reported speech acts

    private func reportedAct(_ range: Range<Int>, _ scan: SentenceScan) -> SpeechItem? {
        let start = skipDateline(range.lowerBound)
        // A verb before the text proper (inside its dateline) reports nobody's act.
        for (v, verb) in scan.verbs where !words.isCapitalized(v) && v >= start {
            // A passive has no speaker to report (`Vom Europarat werden Konsequenzen gefordert`); one in a
            // clause of its own (`warb für das Gesetz, mit dem das Niveau gehalten werden soll`) is not the act's.
            if scan.passive {
                let from = stride(from: v - 1, through: start, by: -1).first { words.isPunct($0, ",") && !inQuote[$0] }
                let to = (v + 1..<range.upperBound).first { words.isPunct($0, ",") && !inQuote[$0] }
                if ((from ?? start)..<(to ?? range.upperBound)).contains(where: {
                    tokens[$0].kind == .word && !inQuote[$0] && Self.passiveAuxiliaries.contains(words.lower($0))
                }) {
                    continue
                }
            }
            // `sprach von …` names what was said (`hat von … gesprochen`: before the participle).
            let ofRange =
                words.lower(v) == "gesprochen" ? max(start, v - 6)..<v : (v + 1)..<min(range.upperBound, v + 4)
            let speaksOf =
                verb.lemma == "sprechen" && ofRange.contains { tokens[$0].kind == .word && words.lower($0) == "von" }
            guard verb.verbClass == .act || speaksOf else { continue }
            // A decision (`beschloss`, `stimmte … zu`) is an act, but no act of speech.
            if verb.decision { continue }
            // `aufrufen` calls on someone to do something (`rief zum Streik auf`), or calls up a page (`haben die
            // Seite aufgerufen`): an act of speech only with its `zu`.
            if verb.lemma == "rufen+auf",
                !range.contains(where: { tokens[$0].kind == .word && ["zu", "zum", "zur"].contains(words.lower($0)) })
            {
                continue
            }
            // An infinitive after a modal (`wollte das Doppelte verlangen`) is an act intended, not made.
            let afterModal = (start..<v).contains { tokens[$0].kind == .word && Self.modals.contains(words.lower($0)) }
            if words.lower(v) == verb.lemma, afterModal || v > start && words.lower(v - 1) == "zu" { continue }
            // A main clause: the stretch since the last comma does not open with a subordinator or
            // relative pronoun (`…, die eine Entscheidung forderte`, `Nachdem X forderte, …`).
            let clause = clauseStart(before: v, floor: range.lowerBound, acrossQuotes: true)
            if v - start > 20 { continue }
            let segment =
                (stride(from: v - 1, through: start, by: -1).first { words.isPunct($0, ",") && !inQuote[$0] }).map {
                    $0 + 1
                } ?? start
            if segment < v, tokens[segment].kind == .word, Self.subordinateOpeners.contains(words.lower(segment)),
                segment > start || !WordReader.determiners.contains(words.lower(segment))
            {
                continue
            }
            guard let attribution = speechSubject(of: v, clauseStart: clause),
                // (a phrase in the dative or accusative is no subject: `Dem Angeklagten drohen zehn Jahre Haft`)
                !Self.objectArticles.contains(words.lower(attribution.mention.lowerBound))
            else { continue }
            // Only a person, a group, a document or a medium performs a speech act (`Ein Gentest
            // bestätigte …`, `Dafür droht ihm eine Strafe` report nobody's words).
            if !isAgent(attribution.mention),
                !(attribution.scope.flatMap { nameRun(in: $0) }.map { $0.count >= 2 } ?? false)
            {
                continue
            }
            // The plain order of a report: the speaker opens the sentence (`Die Firma forderte …`)
            // or follows the verb (`Scharf kritisierte die Opposition …`).
            let particleFirst = tokens[start].kind == .word && Self.focusParticles.contains(words.lower(start))
            guard
                attribution.mention.lowerBound == start || attribution.mention.lowerBound > v
                    || particleFirst && attribution.mention.lowerBound == start + 1
            else { continue }
            // An act is reported with its object (`X widersprach scharf` reports no content):
            // after the speaker and its apposition or relative clause (`der Pilot, der …, die
            // Maschine`), before the verb (`Die Tat bezeichnete er als sinnlos`), or after the verb.
            let end = contentRange(range).upperBound
            if attribution.mention.lowerBound > v {
                var from = attribution.mention.upperBound
                if from < end, words.isPunct(from, ","),
                    let next = (from + 1..<end).first(where: { words.isPunct($0, ",") && !inQuote[$0] })
                {
                    from = next
                }
                while from < end, words.isPunct(from, ",") { from += 1 }
                let fronted = start < v && (words.isDeterminer(start) || hasObject(start + 1..<v))
                guard from < end && hasObject(from..<end) || fronted else { continue }
            } else if v + 1 >= end,
                let aux = (attribution.mention.upperBound..<v).first(where: {
                    tokens[$0].kind == .word && Self.perfectAuxiliariesDE.contains(words.lower($0))
                })
            {
                // a perfect puts the participle last, its object between (`Der Verband hatte eine Reform gefordert`)
                guard hasObject(aux + 1..<v) else { continue }
            } else {
                guard v + 1 < end, hasObject(v + 1..<end) else { continue }
            }
            // A speech act has no content apart from the act: the item is the whole clause, its
            // speaker included (`⟦Die Firma forderte eine Entscheidung⟧`), as news annotation
            // marks it.
            // (up to a main clause of its own after a comma: `…, der Deutschlandfunk sprach von …`, also one
            // joined by a conjunction: `forderte höhere Löhne, doch die Arbeitgeber lehnten ab`)
            // (and before a colon that opens a quotation or a clause: `Er verwies auf die Lage: „Wir müssen
            // sparen.“`, `verteidigte den Haushalt: Die Stadt kann nicht mehr ausgeben`)
            let clauseEnd =
                (v + 1..<end).first { c in
                    if words.isPunct(c, ":"), !inQuote[c], c + 1 < end,
                        tokens[c + 1].kind.isQuote || words.isCapitalized(c + 1)
                    {
                        return true
                    }
                    guard words.isPunct(c, ","), !inQuote[c], c + 1 < end else { return false }
                    if startsMainClause(c + 1, end: end) { return true }
                    return tokens[c + 1].kind == .word && Self.clauseJoinersDE.contains(words.lower(c + 1))
                        && startsMainClause(c + 2, end: end)
                } ?? end
            let content = start..<clauseEnd
            return SpeechItem(
                content: content, kind: .reported,
                attribution: Attribution(mention: attribution.mention, cue: v, nameScope: attribution.scope))
        }
        return nil
    }

    /// Whether a speaker mention names someone who can perform a speech act: a person or a
    /// group of people — a personal pronoun, a name (two name words, a name seen before, or one
    /// name word alone), an acronym (`IOC`, `SPD`), a role (`roles.txt`), a noun for people
    /// (`Angehörige`, `Bewohner`) or an institution (`die Landesregierung`, `Behörden`). A
    /// thing (`Ein Gentest`), a pronominal adverb (`Dafür`) or a quantity is none.
    func isAgent(_ m: Range<Int>) -> Bool {
        if m.count == 1, words.isPronoun(m.lowerBound) { return Self.agentPronouns.contains(words.lower(m.lowerBound)) }
        if nameRun(in: m).map({ $0.count >= 2 }) ?? false { return true }
        for k in m where tokens[k].kind == .word && !inQuote[k] {
            let w = words.lower(k)
            if names.name(overlapping: tokens[k].span) != nil
                || organisations.contains(where: { $0.span.overlaps(tokens[k].span) })
            {
                return true
            }
            if words.lexicons.isRole(w) || words.lexicons.roleSuffixes.contains(Array(w.utf8)) || Self.isGroupNoun(w)
                || Self.organisationWords.contains(w)
            {
                return true
            }
            let text = document.string(for: tokens[k].span)
            if text.count >= 2, text.allSatisfy({ $0.isUppercase || $0 == "-" }) { return true }
        }
        if m.count == 1, words.isNameWord(m.lowerBound), !Self.isPronominalAdverb(words.lower(m.lowerBound)) {
            return true
        }
        return false
    }

    static let agentPronouns: Set<String> = [
        "er", "sie", "wir", "ich", "ihr", "du", "he", "she", "they", "we", "i", "you",
    ]

    /// Nouns for people and institutions, by word or ending (`-regierung` covers `Landesregierung`).
    static func isGroupNoun(_ w: String) -> Bool {
        groupNouns.contains(w) || groupEndings.contains { w.hasSuffix($0) }
            || documentEndings.contains { w.hasSuffix($0) }
            // (and their plurals: `Gewerkschaften`, `Stiftungen`, `Vereine`)
            || w.utf8.count > 5
                && ["en", "n", "e"].contains { w.hasSuffix($0) && groupNouns.contains(String(w.dropLast($0.count))) }
    }
    static let groupNouns: Set<String> = [
        "pilot", "piloten", "arzt", "ärzte", "ärztin", "zeuge", "zeugen", "zeugin", "angehörige", "angehörigen",
        "bewohner",
        "einwohner", "anwohner", "bürger", "bürgerin", "opfer", "eltern", "mutter", "vater", "familie", "kritiker",
        "gegner",
        "befürworter", "anhänger", "beobachter", "demonstranten", "teilnehmer", "nutzer", "kunden", "mitglieder",
        "fans",
        "wissenschaftler", "forscher", "ermittler", "retter", "helfer", "veranstalter", "hersteller", "betreiber",
        "kläger",
        "angeklagte", "angeklagter", "verteidiger", "verteidigung", "staatsanwalt", "staatsanwältin",
        "staatsanwaltschaft",
        "polizei", "polizist", "polizisten", "regierung", "opposition", "koalition", "fraktion", "parlament", "senat",
        "bundestag", "bundesrat", "landtag", "kabinett", "ministerium", "kommission", "behörde", "behörden",
        "gewerkschaft",
        "unternehmen", "konzern", "firma", "bank", "verein", "verband", "partei", "stiftung", "institut", "agentur",
        "ausschuss", "komitee", "gericht", "rat", "stadt", "gemeinde", "armee", "militär", "streitkräfte",
        "organisation",
        "bündnis", "union", "medien", "zeitung", "sender", "experten", "führung", "leitung", "vorstand", "veranstalter",
        // people by what they are to the story
        "rentner", "rentnerin", "nachbar", "nachbarin", "passant", "passantin", "zuschauer", "zuschauerin",
        "besucher", "besucherin", "kunde", "kundin", "patient", "patientin", "patienten", "schüler", "schülerin",
        "student", "studentin", "studenten", "lehrer", "lehrerin", "landwirt", "landwirte", "autofahrer",
        // institutions named by what they run
        "bahn", "stadtwerke",
    ]
    /// Documents and media speak in news too (`Der Bericht kritisiert …`, `Die Studie warnt …`).
    static let documentEndings: [String] = [
        "bericht", "berichte", "studie", "erklärung", "mitteilung", "dokument", "schreiben", "brief", "entwurf",
        "urteil",
        "gutachten", "umfrage", "stellungnahme", "website", "gesetz", "papier", "resolution", "beschluss",
    ]
    static let groupEndings: [String] = [
        "regierung", "behörde", "behörden", "ministerium", "kommission", "polizei", "partei", "parteien", "verband",
        "gericht",
        "gewerkschaft", "anwaltschaft", "verwaltung", "fraktion", "ausschuss", "komitee", "konzern", "unternehmen",
        "agentur",
        "institut", "stiftung", "verein", "bündnis", "organisation", "vorstand", "führung", "leitung", "rat", "amt",
        "zeitung", "kasse", "kassen", "gesellschaft", "genossenschaft", "kammer", "initiative", "dienst", "wehr",
        "zentrale", "bank",
    ]

    /// `dafür`, `damit`, `darauf`: da(r) + a preposition, no speaker.
    static func isPronominalAdverb(_ w: String) -> Bool {
        guard w.hasPrefix("da") else { return false }
        let rest = w.dropFirst(w.hasPrefix("dar") ? 3 : 2)
        return [
            "für", "mit", "zu", "an", "auf", "aus", "bei", "durch", "gegen", "nach", "neben", "um", "unter", "über",
            "von", "vor", "zwischen", "in", "hinter",
        ].contains(String(rest))
    }

    /// A declined German adjective (`politischer`, `ersten`, `bisherigen`).
    static func isAdjectiveForm(_ w: String) -> Bool {
        w.count > 3
            && (w.hasSuffix("er") || w.hasSuffix("en") || w.hasSuffix("es") || w.hasSuffix("em") || w.hasSuffix("e"))
    }

    /// The auxiliaries of the German perfect of verbs of speech (`hat … gefordert`, `hatte … bezeichnet`).
    static let perfectAuxiliariesDE: Set<String> = ["hat", "hatte", "haben", "hatten"]

    /// Words after a speech act that name its object: a noun, a name, a number, a quotation, a
    /// pronoun or an article (`das`, `ihn`, `die Pläne`), or `von …`; adverbs alone
    /// (`scharf`, `dagegen`, `erneut`) are none.
    func hasObject(_ r: Range<Int>) -> Bool {
        r.contains { k in
            tokens[k].kind == .number || tokens[k].kind.isQuote || inQuote[k]
                || tokens[k].kind == .word
                    && (words.isCapitalized(k) || words.isDeterminer(k) || words.isPronoun(k)
                        || words.lower(k) == "von")
        }
    }

    /// Nouns that name where a statement comes from (`nach Angaben`, `nach ersten Erkenntnissen`).
    static func isEvidentialNoun(_ w: String) -> Bool {
        evidentialNouns.contains(w) || evidentialEndings.contains { w.hasSuffix($0) }
    }

    static let evidentialNouns: Set<String> = [
        "angaben", "aussage", "aussagen", "auffassung", "ansicht", "meinung", "worten", "einschätzung", "darstellung",
        "informationen", "erkenntnissen", "untersuchungen", "ermittlungen", "schätzungen", "ergebnis", "endergebnis",
        "ergebnissen", "erfahrungen", "umfrage", "umfragen", "prognose", "prognosen", "zählung", "berechnungen",
        "auskunft",
        "meldungen", "berichten", "überzeugung", "einschätzungen", "daten", "zahlen", "statistik", "vermutungen",
        "studie", "studien", "analyse", "analysen", "erhebung", "erhebungen", "schätzung",
    ]
    /// Evidential nouns for figures, which `nach` alone may also follow in time (`nach Zahlen zum Quartal`).
    static let figureNouns: Set<String> = ["zahlen", "daten", "statistik", "ergebnis", "ergebnissen", "berechnungen"]
    static let evidentialEndings: [String] = [
        "angaben", "berichten", "informationen", "erkenntnissen", "schätzungen", "umfrage", "umfragen", "aussagen",
        "meldungen",
    ]

    static let possessives: Set<String> = [
        "seiner", "ihrer", "seinen", "ihren", "unserer", "meiner", "deren", "dessen",
    ]
    static let genitiveArticles: Set<String> = ["des", "der", "eines", "einer", "dieses", "dieser"]
    static let genitiveDeterminers: Set<String> = [
        "seines", "ihres", "unseres", "eures", "deren", "dessen", "jenes", "jedes",
    ]

    /// `ihres Ministeriums`: a possessive in the genitive and its noun phrase.
    func genitivePhrase(from j: Int, limit: Int) -> Range<Int>? {
        guard j + 1 < limit, tokens[j].kind == .word, Self.genitiveDeterminers.contains(words.lower(j)),
            let np = nounPhrase(from: j + 1, limit: limit, genitiveStart: true)
        else { return nil }
        return j..<np.upperBound
    }

    static let passiveAuxiliaries: Set<String> = ["wurde", "wurden", "werden", "wird", "worden"]
    /// German auxiliaries and modals in the indicative, finite.
    static let finiteVerbsDE: Set<String> = modals.union(passiveAuxiliaries.subtracting(["worden"]))
        .union(perfectAuxiliariesDE).union(["ist", "sind", "war", "waren"])

    // MARK: - 5. Free indirect speech

    /// A German sentence that opens with a condition (`Sollte es Erfolg haben, wäre es …`, `Wenn das Gericht zustimmt,
    /// würde …`) and has no Konjunktiv I: its Konjunktiv II is the condition's consequence, the narrator's, not speech
    /// reported.
    func isConditionalInKonjunktivII(_ range: Range<Int>) -> Bool {
        let first = skipDateline(range.lowerBound)
        guard first < range.upperBound, tokens[first].kind == .word,
            Self.conditionOpenersDE.contains(words.lower(first))
        else { return false }
        return !range.contains { !inQuote[$0] && tokens[$0].kind == .word && words.isSubjunctiveI($0) }
    }

    static let conditionOpenersDE: Set<String> = ["sollte", "sollten", "wenn", "falls", "sofern", "wäre", "hätte"]

    // Free indirect speech (5.) is asked in `scan`: a Konjunktiv verb (I, or II standing in for
    // it: `würden`, `hätten`) or reportative `soll`/`sollen` outside quotation marks.
}
