import LoupeCore

/// What the rules see of a sentence: its words, emoji and emoticons, with their valences and
/// what separates them. Punctuation is not an item; it marks a clause boundary.
struct SentimentItem: Sendable {
    enum Source: Sendable, Equatable {
        case none
        case word
        /// A generated inflected form of a lemma (index into `LanguageLexicon.lemmas`).
        case form(Int32)
        /// An unknown compound scored by its head, starting at this byte (`Angriffs|krieg`).
        case compoundHead(Int)
        /// A phrase of several words (`kiss of death`, `kind of`).
        case phrase
        /// A word of change that takes its valence from the quantity it moves (`Preise … erhöht`).
        case change(quantity: Span)
        case emoji
        case emoticon
    }

    /// Tokens covered (an emoticon or phrase can span several).
    var tokens: Range<Int>
    var span: Span
    var valence: Float
    var booster: Float
    var roles: LexiconEntry.Roles
    var source: Source
    /// All capitals, at least two letters (`GREAT`).
    var allCaps: Bool
    var isWord: Bool
    var quoted: Bool
    /// Punctuation or a quotation mark stands between the previous item and this one.
    var boundaryBefore: Bool
    /// The lexicon key of a word (0 for symbols).
    var key: UInt64 = 0

    var isSymbol: Bool { source == .emoji || source == .emoticon }

    /// A word lexicon valence that a genre may weaken: not a phrase, a change or a symbol.
    var isLexiconWord: Bool {
        switch source {
        case .word, .form, .compoundHead: true
        case .none, .phrase, .change, .emoji, .emoticon: false
        }
    }
}

extension [SentimentItem] {
    /// The clause around item `i`: the items between punctuation and the conjunctions that end a
    /// scope (`und`, `but`, `which` …). The entities' tone and a change's quantity read it.
    func clause(around i: Int) -> Range<Int> {
        var start = i, end = i + 1
        while start > 0, !self[start].boundaryBefore, !self[start - 1].roles.breaksScope { start -= 1 }
        while end < count, !self[end].boundaryBefore, !self[end].roles.breaksScope { end += 1 }
        return start..<end
    }
}

/// Builds a sentence's items from its tokens: lexicon lookups straight from the UTF-8 bytes,
/// phrases, emoticons spread over several punctuation tokens, compound heads in German.
struct ItemReader {
    let lexicon: LanguageLexicon
    let symbols: SymbolLexicon

    /// Compound heads: only in nouns this long (bytes), with heads at least `minimumHead` bytes.
    static let minimumCompound = 8
    static let minimumHead = 5

    func items(_ document: Document, tokens range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, quoted: QuotedSpeech)
        -> [SentimentItem]
    {
        let tokens = document.tokens
        var items: [SentimentItem] = []
        items.reserveCapacity(range.count)
        var boundary = false
        // No word yet in the sentence, or only a colon or quotation mark since the last one: a
        // capital here may be the sentence's own, not a noun's.
        var sentenceStart = true
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            defer {
                switch token.kind {
                case .word, .abbreviation, .number: sentenceStart = false
                case .openQuote, .quote: sentenceStart = true
                case .punctuation where token.span.length == 1 && bytes[token.span.start] == UInt8(ascii: ":"):
                    sentenceStart = true
                default: break
                }
            }
            switch token.kind {
            case .word, .abbreviation, .number:
                // A user name (`@name`) carries no sentiment.
                let mention =
                    index > range.lowerBound && !token.spaceBefore && tokens[index - 1].kind == .symbol
                    && bytes[tokens[index - 1].span.start] == UInt8(ascii: "@")
                let folded = TokenKey.fold(bytes, token.span.start, token.span.end, .all)
                var item = SentimentItem(
                    tokens: index..<index + 1, span: token.span, valence: 0, booster: 0, roles: [],
                    source: .none, allCaps: folded.upper >= 2 && folded.lower == 0,
                    isWord: token.kind != .number, quoted: quoted.contains(index), boundaryBefore: boundary,
                    key: folded.hash)
                if !mention {
                    if lexicon.startsPhrase(folded.hash),
                        let phrase = phrase(at: index, first: folded.hash, in: range, document, bytes)
                    {
                        item.tokens = index..<index + phrase.tokens
                        item.span = Span(token.span.start, tokens[index + phrase.tokens - 1].span.end)
                        item.valence = phrase.entry.valence
                        item.booster = phrase.entry.booster
                        item.source = .phrase
                        items.append(item)
                        index += phrase.tokens
                        boundary = false
                        continue
                    }
                    if let entry = lexicon.entry(folded.hash),
                        !(entry.roles.contains(.finiteVerbForm) && folded.capitalised && folded.lower > 0
                            && !sentenceStart)
                    {
                        item.valence = entry.valence
                        item.booster = entry.booster
                        item.roles = entry.roles
                        item.source = entry.valence == 0 ? .none : entry.lemma >= 0 ? .form(entry.lemma) : .word
                    } else if lexicon.german, folded.capitalised, token.span.length >= Self.minimumCompound,
                        let head = compoundHead(bytes, token.span)
                    {
                        item.valence = head.valence
                        item.source = .compoundHead(head.start)
                    }
                }
                items.append(item)
                boundary = false
                index += 1
            case .emoji:
                let key = SymbolLexicon.emojiKey(bytes, token.span.start, token.span.end)
                if let valence = symbols.emoji[key] {
                    items.append(
                        SentimentItem(
                            tokens: index..<index + 1, span: token.span, valence: valence, booster: 0, roles: [],
                            source: .emoji, allCaps: false, isWord: false, quoted: quoted.contains(index),
                            boundaryBefore: boundary))
                    boundary = false
                }
                index += 1
            case .openQuote, .closeQuote, .quote, .url, .email:
                boundary = true
                index += 1
            default:
                if let emoticon = emoticon(at: index, in: range, tokens, bytes) {
                    items.append(
                        SentimentItem(
                            tokens: index..<emoticon.end,
                            span: Span(token.span.start, tokens[emoticon.end - 1].span.end),
                            valence: emoticon.valence, booster: 0, roles: [], source: .emoticon, allCaps: false,
                            isWord: false, quoted: quoted.contains(index), boundaryBefore: boundary))
                    boundary = false
                    index = emoticon.end
                    continue
                }
                // Symbols (# @ & %) and inner hyphens do not break a clause; other punctuation does.
                if token.kind != .symbol { boundary = true }
                index += 1
            }
        }
        if !lexicon.german { readLikeAsVerbOnly(&items) }
        if lexicon.german { joinSeparableVerbs(&items, document, range, bytes) }
        TestResultSense.apply(&items, bytes)
        (lexicon.german ? DirectionalChange.german : DirectionalChange.english).apply(&items, bytes)
        return items
    }

    /// Particles that German separable verbs leave at the end of the clause.
    static let separableParticles: Set<UInt64> = Set(
        [
            "an", "auf", "aus", "ab", "vor", "zu", "ein", "mit", "nach", "zurück",
            "fest", "statt", "teil", "dar", "bei", "hin", "her", "weg", "los", "fort", "vorbei", "zusammen", "heraus",
            "hervor",
            "voran", "bevor", "entgegen", "gegenüber",
        ].map { TokenKey.hash($0, folding: .all) })

    /// A German verb whose particle closes the clause is the particle verb, not the bare one:
    /// "kündigte … an" is `ankündigen` (announce), not `kündigen` (dismiss); "griff … an" is
    /// `angreifen` (attack), not `greifen`. The finite verb of a main clause is taken to be its
    /// first lower-case word that is not a function word; the joined form's score is used when
    /// the lexicon has one, else the verb counts for nothing.
    private func joinSeparableVerbs(
        _ items: inout [SentimentItem], _ document: Document, _ range: Range<Int>,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) {
        let tokens = document.tokens
        var itemAt: [Int: Int] = [:]
        for (i, item) in items.enumerated() where item.isWord && item.tokens.count == 1 {
            itemAt[item.tokens.lowerBound] = i
        }
        var clauseStart = range.lowerBound
        while clauseStart < range.upperBound {
            var end = clauseStart
            while end < range.upperBound, [.word, .number, .abbreviation, .symbol].contains(tokens[end].kind) {
                end += 1
            }
            defer { clauseStart = end + 1 }
            guard end - clauseStart >= 2 else { continue }
            let particle = end - 1
            guard tokens[particle].kind == .word,
                Self.separableParticles.contains(
                    TokenKey.fold(bytes, tokens[particle].span.start, tokens[particle].span.end, .all).hash),
                let verb = (clauseStart..<particle).first(where: { isLowerCaseContentWord($0, tokens, document) }),
                let item = itemAt[verb]
            else { continue }
            let joined =
                Array(bytes[tokens[particle].span.start..<tokens[particle].span.end])
                + Array(bytes[tokens[verb].span.start..<tokens[verb].span.end])
            let key = joined.withUnsafeBufferPointer { TokenKey.fold($0, 0, $0.count, .all).hash }
            let valence = lexicon.entry(key)?.valence ?? 0
            items[item].valence = valence
            items[item].source = valence == 0 ? .none : .word
            // The later rules (a change of a quantity: `brach … ein`) read the joined verb.
            items[item].key = key
        }
    }

    private func isLowerCaseContentWord(_ index: Int, _ tokens: [Token], _ document: Document) -> Bool {
        let first = document.utf8[tokens[index].span.start]
        guard tokens[index].kind == .word, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return !StopWords.german.contains(document.string(for: tokens[index]))
    }

    static let like = TokenKey.hash("like", folding: .all)
    static let likeSubjects: Set<UInt64> = Set(
        [
            "i", "you", "we", "they", "would", "'d", "i'd", "we'd", "you'd", "they'd", "really",
            "don't", "didn't", "doesn't", "do", "did", "does", "not", "to", "also", "just", "still",
        ].map { TokenKey.hash($0, folding: .all) })

    /// `like` is positive as a verb (`I like it`, `would like`), not as a preposition
    /// (`like birds`, `looks like rain`), which is what it mostly is in news prose.
    private func readLikeAsVerbOnly(_ items: inout [SentimentItem]) {
        for i in items.indices where items[i].key == Self.like && items[i].valence != 0 {
            if i == 0 || items[i].boundaryBefore || !Self.likeSubjects.contains(items[i - 1].key) {
                items[i].valence = 0
            }
        }
    }

    /// The longest phrase (up to three words) starting at a token.
    private func phrase(
        at index: Int, first: UInt64, in range: Range<Int>, _ document: Document,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> (entry: PhraseEntry, tokens: Int)? {
        let tokens = document.tokens
        var key = first
        var best: (PhraseEntry, Int)? = nil
        var next = index + 1
        while next < range.upperBound, next - index < 3, tokens[next].kind == .word {
            key = TokenKey.combine(key, TokenKey.fold(bytes, tokens[next].span.start, tokens[next].span.end, .all).hash)
            if let entry = lexicon.phrases[key] { best = (entry, next - index + 1) }
            next += 1
        }
        return best.map { (entry: $0.0, tokens: $0.1) }
    }

    /// An unknown noun's longest known noun head (`Nahrungsmittelknappheit` → `Knappheit`).
    private func compoundHead(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> (valence: Float, start: Int)? {
        var start = span.start + 3
        while start <= span.end - Self.minimumHead {
            if bytes[start] & 0xC0 != 0x80, bytes[start] != UInt8(ascii: "-"), !splitsAnOnset(bytes, start) {
                let key = TokenKey.fold(bytes, start, span.end, .all).hash
                // The head's lemma must be long enough too: `Sicherheits|rates` is not `Rate`.
                if let entry = lexicon.entry(key), entry.roles.contains(.noun), entry.valence != 0,
                    entry.lemma < 0 || lexicon.lemmas[Int(entry.lemma)].utf8.count >= Self.minimumHead
                {
                    return (entry.valence, start)
                }
            }
            start += 1
        }
        return nil
    }

    /// Consonant pairs that begin German syllables (`fl`, `tr`, `kn` …), by first consonant.
    static let onsets: [UInt8: Set<UInt8>] = [
        "b": "lr", "d": "r", "f": "lr", "g": "lnr", "k": "lnr", "p": "flr", "t": "r", "w": "r", "z": "w",
    ].reduce(into: [:]) { table, pair in
        table[pair.key.utf8.first!] = Set(pair.value.utf8)
    }

    /// A split before `start` that would leave the modifier ending in two consonants whose last
    /// one begins the head's syllable (`Ausf|lüge`: the word is `Aus|flüge`, not `…|Lüge`).
    private func splitsAnOnset(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        func consonant(_ b: UInt8) -> Bool {
            let lower = b | 0x20
            return lower >= 0x61 && lower <= 0x7A && !"aeiouy".utf8.contains(lower)
        }
        let last = bytes[start - 1] | 0x20, first = bytes[start] | 0x20
        return consonant(bytes[start - 1]) && consonant(bytes[start - 2]) && Self.onsets[last]?.contains(first) == true
    }

    /// An emoticon starting at a punctuation or symbol token and ending at a token end, over
    /// tokens not separated by spaces (`:-)` is three tokens, `&lt;3` four). A repeated last
    /// character is part of it (`:((((`).
    private func emoticon(at index: Int, in range: Range<Int>, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>)
        -> (valence: Float, end: Int)?
    {
        let start = tokens[index].span.start
        guard symbols.emoticonFirstBytes[Int(bytes[start])] else { return nil }
        // `(2024):` is not a frowning face: a bracket opens an emoticon only after a space.
        if tokens[index].kind == .closeBracket || tokens[index].kind == .openBracket,
            index > range.lowerBound, !tokens[index].spaceBefore
        {
            return nil
        }
        var maxEnd = index
        while maxEnd < range.upperBound, tokens[maxEnd].span.end - start <= symbols.longestEmoticon,
            maxEnd == index || !tokens[maxEnd].spaceBefore
        {
            maxEnd += 1
        }
        for end in stride(from: maxEnd, to: index, by: -1) {
            let stop = tokens[end - 1].span.end
            guard stop - start >= 2, let valence = symbols.emoticons[TokenKey.fold(bytes, start, stop, .all).hash]
            else { continue }
            var last = end
            let repeated = bytes[stop - 1]
            while last < range.upperBound, !tokens[last].spaceBefore,
                tokens[last].span.length > 0,
                (tokens[last].span.start..<tokens[last].span.end).allSatisfy({ bytes[$0] == repeated })
            {
                last += 1
            }
            return (valence, last)
        }
        return nil
    }
}
