import LoupeCore

/// Scores a document: each sentence by the rules, the narrator's voice and quoted speech apart,
/// the document from all its sentences' contributions, entities by their clauses. Every score is
/// the same squash of a sum of contributions over √(contributing words), see `SentimentRules.normalize`.
package struct SentimentEngine: Sendable {
    let lexicon: SentimentLexicon
    /// How much quoted speech counts in sentence and document scores (0 … 1).
    let quoteWeight: Double
    /// The kind of text: it sets how much weak lexicon words count (and the labels' band).
    var genre: SentimentGenre = .news
    /// No genre was asked for: each document's is `SentimentGenre.detected` (news unless a post).
    var detectsGenre = false
    /// The weak-word threshold when not the genre's (`loupe eval sentiment --weak`, for tuning).
    package var weakValence: Double? = nil

    /// Contributions of one voice (or several) added up, with what scoring them needs.
    struct Tally {
        var sum = 0.0
        /// Items that contributed.
        var count = 0
        var words = 0
        var exclamations = 0
        var questions = 0

        mutating func add(_ other: Tally, weight: Double = 1) {
            sum += weight * other.sum
            count += other.count
            words += other.words
            exclamations += other.exclamations
            questions += other.questions
        }

        var score: Double {
            SentimentRules.normalize(
                sum, count: count,
                emphasis: SentimentRules.punctuationEmphasis(exclamations: exclamations, questions: questions))
        }
    }

    /// One sentence's tallies, by voice.
    struct SentenceSums {
        var narrator = Tally()
        var quoted = Tally()

        func combined(quoteWeight: Double) -> Tally {
            var all = narrator
            all.add(quoted, weight: quoteWeight)
            return all
        }
    }

    struct ScoredSentence {
        var items: [SentimentItem]
        var values: [Double]
        var sums: SentenceSums
    }

    func rules(for language: Language) -> SentimentRules {
        SentimentRules(
            negationReachesBack: lexicon.lexicon(for: language).negationReachesBack,
            weakValence: weakValence ?? genre.weakValence)
    }

    func score(
        _ document: Document, sentence index: Int, bytes: UnsafeBufferPointer<UInt8>, quoted: QuotedSpeech,
        reasons: inout [[SentimentRules.Reason]]?
    ) -> ScoredSentence {
        let sentence = document.sentences[index]
        let language = document.language(of: sentence)
        let reader = ItemReader(lexicon: lexicon.lexicon(for: language), symbols: lexicon.symbols)
        let items = reader.items(document, tokens: sentence.tokens, bytes: bytes, quoted: quoted)
        if reasons != nil { reasons = Array(repeating: [], count: items.count) }
        let values = rules(for: language).contributions(items, reasons: &reasons)
        var sums = SentenceSums()
        for (item, value) in zip(items, values) {
            let words = item.isWord ? 1 : 0, counted = value != 0 ? 1 : 0
            if item.quoted {
                sums.quoted.sum += value
                sums.quoted.words += words
                sums.quoted.count += counted
            } else {
                sums.narrator.sum += value
                sums.narrator.words += words
                sums.narrator.count += counted
            }
        }
        for t in sentence.tokens where document.tokens[t].kind == .punctuation {
            let span = document.tokens[t].span
            var exclamations = 0, questions = 0
            for b in span.start..<span.end {
                if bytes[b] == UInt8(ascii: "!") {
                    exclamations += 1
                } else if bytes[b] == UInt8(ascii: "?") {
                    questions += 1
                }
            }
            guard exclamations + questions > 0 else { continue }
            if quoted.contains(t) {
                sums.quoted.exclamations += exclamations
                sums.quoted.questions += questions
            } else {
                sums.narrator.exclamations += exclamations
                sums.narrator.questions += questions
            }
        }
        return ScoredSentence(items: items, values: values, sums: sums)
    }

    /// `checkpoint` runs before each sentence (it throws to stop a cancelled or overlong analysis).
    package func analyze(
        _ document: Document, explain: Int?, entities: Bool, target: TargetQuery? = nil,
        checkpoint: () throws -> Void = {}
    ) throws -> SentimentLayer {
        if let explain, !(1...max(1, document.sentences.count)).contains(explain) || document.sentences.isEmpty {
            throw LoupeError.sentimentNoSuchSentence(explain, count: document.sentences.count)
        }
        if detectsGenre {
            var resolved = self
            resolved.detectsGenre = false
            resolved.genre = SentimentGenre.detected(in: document)
            var layer = try resolved.analyze(
                document, explain: explain, entities: entities, target: target, checkpoint: checkpoint)
            layer.genreDetected = true
            return layer
        }
        let quoted = QuotedSpeech(document)
        // Entity mentions grouped once, for the entities' tone and for a target that names one.
        let groups =
            entities || target != nil ? EntityGroup.group(EntityTargets.mentions(in: document), in: document) : []
        let targetMentions: (phrase: String, spans: [Span])? = target.map { query in
            switch query {
            case let .phrase(text): (text, TargetMentions.find(text, in: document, groups: groups))
            case let .spans(given): (given.map { document.string(for: $0) }.first ?? "", given)
            }
        }
        // The mentions each sentence holds: their tone is read while the sentence is scored, so
        // no sentence's items are kept after it (a document of a million sentences stays small).
        var mentionsBySentence: [Int: [Span]] = [:]
        for span in (entities ? groups.flatMap { $0.mentions.map(\.span) } : []) + (targetMentions?.spans ?? []) {
            guard let s = document.sentenceIndex(containing: span.start) else { continue }
            mentionsBySentence[s, default: []].append(span)
        }
        return try document.utf8.withUnsafeBufferPointer { bytes in
            var sentences: [SentimentLayer.SentenceScore] = []
            sentences.reserveCapacity(document.sentences.count)
            var whole = SentenceSums()
            var mentionTones: [Span: MentionTone] = [:]
            var explanation: SentimentLayer.Explanation? = nil
            for index in document.sentences.indices {
                try checkpoint()
                var reasons: [[SentimentRules.Reason]]? = explain == index + 1 ? [] : nil
                let scored = score(document, sentence: index, bytes: bytes, quoted: quoted, reasons: &reasons)
                let sentenceScore = scored.sums.combined(quoteWeight: quoteWeight).score
                sentences.append(.init(span: document.sentences[index].span, score: sentenceScore))
                whole.narrator.add(scored.sums.narrator)
                whole.quoted.add(scored.sums.quoted)
                for span in mentionsBySentence[index] ?? [] {
                    mentionTones[span] = MentionTone(
                        score: clauseScore(scored, around: span) ?? sentenceScore, sentence: index)
                }
                if let reasons {
                    explanation = self.explanation(
                        document, sentence: index, scored, reasons: reasons, score: sentenceScore)
                }
            }
            let entityScores = entities ? self.entities(groups, tones: mentionTones) : []
            var layer = SentimentLayer(
                score: whole.combined(quoteWeight: quoteWeight).score, sentences: sentences,
                narrator: .init(score: whole.narrator.score, words: whole.narrator.words),
                quoted: .init(score: whole.quoted.score, words: whole.quoted.words),
                entities: entityScores, explanation: explanation)
            layer.genre = genre
            if let targetMentions {
                let tone = tone(towards: targetMentions.spans, tones: mentionTones)
                layer.target = SentimentLayer.TargetScore(
                    phrase: targetMentions.phrase, mentions: targetMentions.spans.count,
                    score: tone.score, sentences: tone.sentences)
            }
            return layer
        }
    }

    // MARK: - Entities

    /// Each entity's tone: the mean over its mentions of the clause around the mention, or of
    /// the sentence when the clause carries no sentiment.
    func entities(_ groups: [EntityGroup], tones: [Span: MentionTone]) -> [SentimentLayer.EntityScore] {
        guard !groups.isEmpty else { return [] }
        var scores: [(SentimentLayer.EntityScore, first: Int)] = []
        for group in groups {
            let score = tone(towards: group.mentions.map(\.span), tones: tones).score
            let first = group.mentions.map(\.span.start).min() ?? 0
            scores.append(
                (.init(name: group.name, type: group.type, mentions: group.mentions.count, score: score), first))
        }
        return scores.sorted { $0.0.mentions != $1.0.mentions ? $0.0.mentions > $1.0.mentions : $0.first < $1.first }
            .map(\.0)
    }

    /// The tone towards what `spans` mention — an entity's mentions, a target phrase: the mean
    /// over the mentions of the clause around each (the sentence's score where the clause has
    /// no sentiment; `tones`, read while scoring), and the sentences they are in. Entities and
    /// `--target` share it.
    func tone(towards spans: [Span], tones: [Span: MentionTone]) -> (score: Double, sentences: [Int]) {
        var mean = Mean()
        var about: [Int] = []
        for span in spans {
            guard let tone = tones[span] else { continue }
            mean.add(tone.score)
            if about.last != tone.sentence { about.append(tone.sentence) }
        }
        return (mean.value, about)
    }

    /// A mention's tone and its sentence, read while that sentence is scored.
    struct MentionTone {
        var score: Double
        var sentence: Int
    }

    // MARK: - Target

    /// `sentiment --target PHRASE`: the phrase's mentions (an entity whose name or group it names,
    /// else where the words occur), or spans given outright (evaluation with gold offsets).
    package enum TargetQuery: Sendable {
        case phrase(String)
        case spans([Span])
    }

    /// The score of the clause (items between punctuation or conjunctions) around a span.
    func clauseScore(_ scored: ScoredSentence, around span: Span) -> Double? {
        let items = scored.items
        guard let at = items.firstIndex(where: { $0.span.end > span.start }) else { return nil }
        let clause = items.clause(around: at)
        let sum = clause.reduce(0.0) { $0 + scored.values[$1] * (items[$1].quoted ? quoteWeight : 1) }
        let count = clause.filter { scored.values[$0] != 0 }.count
        return sum == 0 ? nil : SentimentRules.normalize(sum, count: count)
    }

    // MARK: - Explanation

    func explanation(
        _ document: Document, sentence index: Int, _ scored: ScoredSentence, reasons: [[SentimentRules.Reason]],
        score: Double
    ) -> SentimentLayer.Explanation {
        let items = scored.items
        func text(_ i: Int) -> String { document.string(for: items[i].span) }
        var words: [SentimentLayer.Explanation.Word] = []
        for (i, item) in items.enumerated() where scored.values[i] != 0 {
            var why: [String] = []
            switch item.source {
            case let .form(lemma):
                why.append(
                    "form of '\(lexicon.lexicon(for: document.language(of: document.sentences[index])).lemmas[Int(lemma)])'"
                )
            case let .compoundHead(start):
                why.append("compound, head '\(document.string(for: Span(start, item.span.end)))'")
            case .phrase: why.append("phrase")
            case let .change(quantity):
                why.append(
                    quantity == item.span
                        ? "change of the quantity it names" : "change of '\(document.string(for: quantity))'")
            case .emoji: why.append("emoji")
            case .emoticon: why.append("emoticon")
            case .word, .none: break
            }
            for reason in reasons[i] {
                switch reason {
                case .caps: why.append("CAPS +\(format(SentimentRules.capsIncrement))")
                case let .boosted(by, amount):
                    why.append(
                        (amount * Double(item.valence) >= 0 ? "boosted" : "dampened")
                            + " by '\(text(by))' \(signed(amount))")
                case let .negated(by): why.append("negated by '\(text(by))' ×\(format(SentimentRules.negationScalar))")
                case let .contrast(at, factor):
                    why.append("\(factor < 1 ? "before" : "after") '\(text(at))' ×\(format(factor))")
                case .negativity: why.append("negative ×\(format(SentimentRules.negativityWeight))")
                case .hypothetical: why.append("in a condition ×\(format(SentimentRules.conditionalWeight))")
                case let .weak(by): why.append("weak word in \(genre.rawValue) −\(format(by))")
                }
            }
            if item.quoted && quoteWeight != 1 { why.append("quoted ×\(format(quoteWeight))") }
            words.append(
                .init(
                    span: item.span, valence: Double(item.valence),
                    contribution: scored.values[i] * (item.quoted ? quoteWeight : 1), reasons: why))
        }
        var notes: [String] = []
        let all = scored.sums.combined(quoteWeight: quoteWeight)
        let exclamations = all.exclamations, questions = all.questions
        let emphasis = SentimentRules.punctuationEmphasis(exclamations: exclamations, questions: questions)
        if emphasis > 0, !words.isEmpty {
            notes.append(
                "punctuation (\(exclamations) !, \(questions) ?) adds \(format(emphasis)) in the direction of the sum")
        }
        if words.isEmpty {
            notes.append("no word in this sentence carries sentiment")
        } else if all.count > 1 {
            notes.append("score = compound of the sum \(signed(all.sum)) ÷ √\(all.count) sentiment words")
        }
        return .init(
            sentence: index + 1, span: document.sentences[index].span, score: score, words: words, notes: notes)
    }
}

/// A running mean.
struct Mean {
    private var sum = 0.0
    private var count = 0
    mutating func add(_ value: Double) {
        sum += value
        count += 1
    }
    var value: Double { count == 0 ? 0 : sum / Double(count) }
}

func format(_ value: Double) -> String { String(format2: value) }
package func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + format(value) }

extension String {
    /// Two decimals, locale-independent.
    package init(format2 value: Double) {
        let scaled = (abs(value) * 100).rounded()
        let whole = Int(scaled / 100), fraction = Int(scaled.truncatingRemainder(dividingBy: 100))
        self = (value < 0 && scaled != 0 ? "-" : "") + "\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
