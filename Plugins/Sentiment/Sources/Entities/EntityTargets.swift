import LoupeCore

/// A mention of a named entity, from the entities layer or guessed from capitalisation.
struct EntityMention: Sendable {
    var span: Span
    var name: String
    var type: String?
}

/// Where entity-targeted sentiment gets its mentions.
enum EntityTargets {
    /// The entities layer when it was computed, else capitalised names.
    static func mentions(in document: Document) -> [EntityMention] {
        fromLayer(document) ?? capitalisedNames(document)
    }

    /// The labelled spans of the `entities` layer, named by their canonical name (Putin →
    /// Wladimir Putin) where it gives one; nil without such a layer.
    static func fromLayer(_ document: Document) -> [EntityMention]? {
        guard let items = (document.layer(named: "entities") as? any LabeledSpans)?.labeledItems else { return nil }
        return items.map { item in
            EntityMention(span: item.span, name: item.name ?? document.string(for: item.span), type: item.label)
        }
    }

    // MARK: - Fallback: capitalised names

    /// Runs of capitalised words that are names by evidence, not by capitalisation alone (German
    /// capitalises every noun): a run of two or more (`Jens Stoltenberg`), an acronym (`NATO`),
    /// the last word of such a run elsewhere (`Stoltenberg`), or — in German — a word seen at
    /// least twice and never after an article, nor after an article and an adjective (`Moskau`,
    /// not `Besuch`).
    /// Leading titles (`Präsident`, `NATO-Generalsekretär`) are dropped; sentence-initial words
    /// count only when the same name occurs elsewhere.
    static func capitalisedNames(_ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        let german = document.language == .german
        var sentenceStart = [Bool](repeating: false, count: tokens.count + 1)
        for sentence in document.sentences where sentence.tokens.lowerBound < tokens.count {
            sentenceStart[sentence.tokens.lowerBound] = true
        }
        // After an opening quotation mark a sentence starts too.
        for (i, token) in tokens.enumerated() where token.kind == .openQuote { sentenceStart[i + 1] = true }
        let stopWords = german ? germanStopKeys : document.language == .english ? englishStopKeys : allStopKeys

        return document.utf8.withUnsafeBufferPointer { bytes in
            // One pass over the bytes: the folded key of each capitalised word that is no
            // function word (0 elsewhere); strings are made only for the names found.
            var keys = [UInt64](repeating: 0, count: tokens.count)
            for (i, token) in tokens.enumerated() where token.kind == .word {
                let b = bytes[token.span.start]
                let upper =
                    (b >= 0x41 && b <= 0x5A)
                    || (b == 0xC3 && token.span.length > 1 && (0x80...0x9E).contains(bytes[token.span.start + 1]))
                guard upper else { continue }
                let key = TokenKey.fold(bytes, token.span.start, token.span.end, .all).hash
                if !stopWords.contains(key) { keys[i] = key }
            }
            func isCapitalised(_ i: Int) -> Bool { i < tokens.count && keys[i] != 0 }
            // Evidence for German nouns: seen after an article or an inflected adjective.
            var commonNoun = Set<UInt64>()
            var counts: [UInt64: Int] = [:]
            for i in tokens.indices where isCapitalised(i) {
                counts[keys[i], default: 0] += 1
                // (a German noun counted by a number before it: `3 Uhr`, `4000 Stellen`, `40.000 Euro`)
                if german, i > 0, tokens[i - 1].kind == .number { commonNoun.insert(keys[i]) }
                guard german, i > 0, tokens[i - 1].kind == .word, !isCapitalised(i - 1) else { continue }
                // After an article (`der Besuch`), or an article and a lower-case word (`der
                // russische Präsident`).
                func isDeterminer(_ t: Int) -> Bool {
                    t >= 0 && tokens[t].kind == .word
                        && determinerKeys.contains(
                            TokenKey.fold(bytes, tokens[t].span.start, tokens[t].span.end, .all).hash)
                }
                let afterAdjective = i > 1 && bytes[tokens[i - 1].span.start] >= 0x61 && isDeterminer(i - 2)
                if isDeterminer(i - 1) || afterAdjective { commonNoun.insert(keys[i]) }
            }
            // Runs of capitalised words, leading titles dropped.
            var runs: [Range<Int>] = []
            var i = 0
            while i < tokens.count {
                guard isCapitalised(i) else { i += 1; continue }
                var j = i + 1
                while isCapitalised(j), !sentenceStart[j] { j += 1 }
                var start = i, end = j
                // Titles and (in German) nouns seen after an article are not part of the name:
                // `Präsident Putin`, `Putins Besuch`.
                while start < end - 1, isTitle(bytes, tokens[start].span) || commonNoun.contains(keys[start]) {
                    start += 1
                }
                while end - 1 > start, commonNoun.contains(keys[end - 1]) { end -= 1 }
                runs.append(start..<end)
                i = j
            }
            var knownLastWords = Set<UInt64>()
            for run in runs where run.count >= 2 { knownLastWords.insert(keys[run.upperBound - 1]) }

            func isName(_ run: Range<Int>) -> Bool {
                if run.count >= 2 {
                    return !sentenceStart[run.lowerBound] || knownLastWords.contains(keys[run.upperBound - 1])
                }
                let t = run.lowerBound
                if knownLastWords.contains(keys[t]) { return true }
                // Genitive: `Putins` after `Wladimir Putin`.
                let span = tokens[t].span
                if span.length > 3, bytes[span.end - 1] == UInt8(ascii: "s"),
                    knownLastWords.contains(TokenKey.fold(bytes, span.start, span.end - 1, .all).hash)
                {
                    return true
                }
                if sentenceStart[t] { return false }
                var letters = 0, capitals = 0
                for b in bytes[span.start..<span.end] where b < 0x80 && b != UInt8(ascii: "-") {
                    letters += 1
                    if b >= 0x41 && b <= 0x5A { capitals += 1 }
                }
                if letters >= 2, capitals == letters,
                    span.length == letters + bytes[span.start..<span.end].filter({ $0 == UInt8(ascii: "-") }).count
                {
                    return true  // an acronym: NATO, UN
                }
                if isTitle(bytes, span) { return false }
                if !german { return true }
                return counts[keys[t], default: 0] >= 2 && !commonNoun.contains(keys[t])
            }
            return runs.filter(isName).map { run in
                let span = Span(tokens[run.lowerBound].span.start, tokens[run.upperBound - 1].span.end)
                return EntityMention(span: span, name: document.string(for: span), type: nil)
            }
        }
    }

    static let germanStopKeys = Set(
        (StopWords.german.union(calendarWords.map { $0.lowercased() })).map { TokenKey.hash($0, folding: .all) })
    static let englishStopKeys = Set(
        (StopWords.english.union(calendarWords.map { $0.lowercased() })).map { TokenKey.hash($0, folding: .all) })
    static let allStopKeys = germanStopKeys.union(englishStopKeys)
    static let determinerKeys = Set(determiners.map { TokenKey.hash($0, folding: .all) })

    static func isTitle(_ word: String) -> Bool {
        Array(word.utf8).withUnsafeBufferPointer { isTitle($0, Span(0, $0.count)) }
    }

    /// A title or role noun (`Präsident`, `Verteidigungsminister`), from the bytes.
    static func isTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        if titleKeys.contains(TokenKey.fold(bytes, span.start, span.end, .all).hash) { return true }
        return titleHeadBytes.contains { head in
            span.length > head.count + 2 && zip(bytes[(span.end - head.count)..<span.end], head).allSatisfy { $0 == $1 }
        }
    }

    static let titleKeys = Set(titles.map { TokenKey.hash($0, folding: .all) })
    static let titleHeadBytes = titleHeads.map { Array($0.utf8) }

    static let determiners: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "einer", "eines", "dieser", "diese",
        "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "kein", "keine", "keinen", "sein", "seine", "seinen",
        "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "unseren", "zum", "zur", "im",
        "am", "vom", "beim", "ins",
    ]

    static let titles: Set<String> = [
        "präsident", "präsidentin", "herr", "frau", "kanzler", "kanzlerin", "minister", "ministerin", "staatschef",
        "führer", "sprecher", "sprecherin", "generalsekretär", "premier", "papst", "könig", "dr.", "prof.",
        "president", "mr", "mrs", "ms", "dr", "minister", "secretary", "general", "chancellor", "senator", "governor",
        "king", "queen", "prince", "pope", "sir", "lord",
    ]

    /// Role nouns that end compounds (`Verteidigungsminister`, `NATO-Generalsekretär`).
    static let titleHeads = [
        "minister", "ministerin", "präsident", "präsidentin", "sekretär", "kanzler", "chef", "sprecher", "führer",
    ]

    static let calendarWords: Set<String> = [
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar", "März",
        "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "May", "June", "July",
        "October", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
}

/// Mentions grouped by the entity they name: `Wladimir Putin`, `Putin` and `Putins` together.
struct EntityGroup: Sendable {
    var name: String
    var type: String?
    var mentions: [EntityMention]

    static func group(_ mentions: [EntityMention], in document: Document) -> [EntityGroup] {
        var groups: [EntityGroup] = []
        var byKey: [String: Int] = [:]
        /// Without a genitive -s, leaving three letters or more (no evidence is asked for).
        func stem(_ word: String) -> String? {
            NameForm.genitiveStems(word, capitalisedOnly: false, minimumApostropheStem: 3).first
        }
        /// Keys a name is found by: itself (and without a genitive s); a single word also by
        /// being the last word of a longer name.
        func keys(_ name: String) -> (own: [String], asLastWord: [String]) {
            let lower = name.lowercased()
            let last = NameForm.lastWord(lower).map(String.init) ?? lower
            return ([lower] + (stem(lower).map { [$0] } ?? []), [last] + (stem(last).map { [$0] } ?? []))
        }
        // Longer names first, so that `Putin` joins `Wladimir Putin`.
        // Distinct (name, type) pairs first: a long text names the same entity many times.
        var distinct: [EntityMention] = []
        var distinctIndex: [UInt64: Int] = [:]
        var mentionGroup = [Int](repeating: -1, count: mentions.count)
        let typeKeys = Dictionary(
            mentions.compactMap(\.type).map { ($0, TokenKey.hash($0, folding: .all)) }, uniquingKeysWith: { a, _ in a })
        for (m, mention) in mentions.enumerated() {
            let key = document.utf8.withUnsafeBufferPointer {
                TokenKey.combine(
                    TokenKey.fold($0, mention.span.start, mention.span.end, .all).hash,
                    mention.type.flatMap { typeKeys[$0] } ?? 0)
            }
            if let d = distinctIndex[key] { mentionGroup[m] = d; continue }
            distinctIndex[key] = distinct.count
            mentionGroup[m] = distinct.count
            distinct.append(mention)
        }
        let lengths = distinct.map(\.name.utf8.count)
        let order = distinct.indices.sorted { lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1 }
        var assigned = [Int](repeating: -1, count: distinct.count)
        for m in order {
            let mention = distinct[m]
            let (own, asLastWord) = keys(mention.name)
            let probe = mention.name.contains(" ") ? own : own + asLastWord
            let compatible = { (g: Int) in
                groups[g].type == nil || mention.type == nil || groups[g].type == mention.type
            }
            if let g = probe.lazy.compactMap({ byKey[$0] }).first(where: compatible) {
                assigned[m] = g
            } else {
                groups.append(EntityGroup(name: mention.name, type: mention.type, mentions: []))
                assigned[m] = groups.count - 1
                for key in own + asLastWord where byKey[key] == nil { byKey[key] = groups.count - 1 }
            }
        }
        for (m, d) in mentionGroup.enumerated() { groups[assigned[d]].mentions.append(mentions[m]) }
        // A group is named by its most frequent form, the longer one on a tie (`Putin`, not `Putins`),
        // then the one the text uses first (`Tab` and `TAB`: never the dictionary's order, which
        // changes from process to process).
        for g in groups.indices {
            var counts: [String: (count: Int, first: Int)] = [:]
            for (index, mention) in groups[g].mentions.enumerated() {
                counts[mention.name, default: (0, index)].count += 1
            }
            groups[g].name =
                counts.max { a, b in
                    if a.value.count != b.value.count { return a.value.count < b.value.count }
                    if a.key.count != b.key.count { return a.key.count < b.key.count }
                    return a.value.first > b.value.first
                }!.key
        }
        return groups
    }
}
