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

    /// Reads the entities layer without knowing its type: through its JSON, items with code-point
    /// `start`, `end`, `text` and `label` (the JSON contract), in a top-level array or the first
    /// array of an object.
    static func fromLayer(_ document: Document) -> [EntityMention]? {
        guard let layer = document.layer(named: "entities"), let json = try? DocumentJSON.encode(layer, of: document) else { return nil }
        var items: [JSONValue] = []
        switch json {
        case let .array(array): items = array
        case let .object(pairs):
            items = pairs.lazy.compactMap { if case let .array(array) = $0.1 { return array } else { return nil } }.first ?? []
        default: return nil
        }
        let offsets = document.offsets
        return items.compactMap { item in
            guard let start = int(item["start"]), let end = int(item["end"]), start <= end else { return nil }
            let span = Span(offsets.byte(atCodePoint: start), offsets.byte(atCodePoint: end))
            var name = document.string(for: span)
            if case let .string(text)? = item["text"] { name = text }
            var type: String? = nil
            if case let .string(label)? = item["label"] { type = label }
            return EntityMention(span: span, name: name, type: type)
        }
    }

    private static func int(_ value: JSONValue?) -> Int? {
        switch value {
        case let .int(i)?: i
        case let .double(d)?: Int(d)
        default: nil
        }
    }

    // MARK: - Fallback: capitalised names

    /// Runs of capitalised words that are names by evidence, not by capitalisation alone (German
    /// capitalises every noun): a run of two or more (`Jens Stoltenberg`), an acronym (`NATO`),
    /// the last word of such a run elsewhere (`Stoltenberg`), or — in German — a word seen at
    /// least twice and never after an article or an inflected adjective (`Moskau`, not `Besuch`).
    /// Leading titles (`Präsident`, `NATO-Generalsekretär`) are dropped; sentence-initial words
    /// count only when the same name occurs elsewhere.
    static func capitalisedNames(_ document: Document) -> [EntityMention] {
        let tokens = document.tokens
        let german = document.language == .german
        var sentenceStart = Set(document.sentences.map(\.tokens.lowerBound))
        // After an opening quotation mark a sentence starts too.
        for (i, token) in tokens.enumerated() where token.kind == .openQuote { sentenceStart.insert(i + 1) }

        func word(_ i: Int) -> String { document.string(for: tokens[i]) }
        func isCapitalised(_ i: Int) -> Bool {
            guard tokens[i].kind == .word, let first = word(i).unicodeScalars.first else { return false }
            return first.properties.isUppercase && !StopWords.words(for: document.language).contains(word(i).lowercased())
                && !calendarWords.contains(word(i))
        }
        // Evidence for German nouns: seen after an article or an inflected adjective.
        var commonNoun = Set<String>()
        var counts: [String: Int] = [:]
        for i in tokens.indices where isCapitalised(i) {
            counts[word(i), default: 0] += 1
            if i > 0, tokens[i - 1].kind == .word {
                let previous = word(i - 1)
                if determiners.contains(previous.lowercased())
                    || (previous.first?.isLowercase == true && ["e", "en", "er", "es", "em"].contains { previous.hasSuffix($0) }) {
                    commonNoun.insert(word(i))
                }
            }
        }
        // Runs of capitalised words.
        var runs: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard isCapitalised(i) else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, isCapitalised(j), !sentenceStart.contains(j) { j += 1 }
            var start = i
            while start < j - 1, isTitle(word(start)) { start += 1 }
            runs.append(start..<j)
            i = j
        }
        var knownLastWords = Set<String>()
        for run in runs where run.count >= 2 { knownLastWords.insert(word(run.upperBound - 1)) }

        func isName(_ run: Range<Int>) -> Bool {
            if run.count >= 2 { return !sentenceStart.contains(run.lowerBound) || knownLastWords.contains(word(run.upperBound - 1)) }
            let w = word(run.lowerBound)
            if isTitle(w) { return false }
            let stem = w.hasSuffix("s") ? String(w.dropLast()) : w
            if knownLastWords.contains(w) || knownLastWords.contains(stem) { return true }
            if sentenceStart.contains(run.lowerBound) { return false }
            if w.count >= 2, w.allSatisfy({ $0.isUppercase || $0 == "-" }) { return true }
            if !german { return true }
            return counts[w, default: 0] >= 2 && !commonNoun.contains(w)
        }
        return runs.filter(isName).map { run in
            let span = Span(tokens[run.lowerBound].span.start, tokens[run.upperBound - 1].span.end)
            return EntityMention(span: span, name: document.string(for: span), type: nil)
        }
    }

    static func isTitle(_ word: String) -> Bool {
        let lower = word.lowercased()
        return titles.contains(lower) || titleHeads.contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
    }

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
    static let titleHeads = ["minister", "ministerin", "präsident", "präsidentin", "sekretär", "kanzler", "chef", "sprecher", "führer"]

    static let calendarWords: Set<String> = [
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar", "März",
        "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "May", "June", "July",
        "October", "December",
    ]
}

/// Mentions grouped by the entity they name: `Wladimir Putin`, `Putin` and `Putins` together.
struct EntityGroup: Sendable {
    var name: String
    var type: String?
    var mentions: [EntityMention]

    static func group(_ mentions: [EntityMention]) -> [EntityGroup] {
        var groups: [EntityGroup] = []
        var byKey: [String: Int] = [:]
        func stem(_ word: String) -> String? {
            for suffix in ["'s", "’s", "s"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
                return String(word.dropLast(suffix.count))
            }
            return nil
        }
        /// Keys a name is found by: itself (and without a genitive s); a single word also by
        /// being the last word of a longer name.
        func keys(_ name: String) -> (own: [String], asLastWord: [String]) {
            let lower = name.lowercased()
            let last = lower.split(separator: " ").last.map(String.init) ?? lower
            return ([lower] + (stem(lower).map { [$0] } ?? []), [last] + (stem(last).map { [$0] } ?? []))
        }
        // Longer names first, so that `Putin` joins `Wladimir Putin`.
        let order = mentions.indices.sorted { mentions[$0].name.count > mentions[$1].name.count || (mentions[$0].name.count == mentions[$1].name.count && $0 < $1) }
        var assigned = [Int](repeating: -1, count: mentions.count)
        for m in order {
            let mention = mentions[m]
            let (own, asLastWord) = keys(mention.name)
            let probe = mention.name.contains(" ") ? own : own + asLastWord
            let compatible = { (g: Int) in groups[g].type == nil || mention.type == nil || groups[g].type == mention.type }
            if let g = probe.lazy.compactMap({ byKey[$0] }).first(where: compatible) {
                assigned[m] = g
            } else {
                groups.append(EntityGroup(name: mention.name, type: mention.type, mentions: []))
                assigned[m] = groups.count - 1
                for key in own + asLastWord where byKey[key] == nil { byKey[key] = groups.count - 1 }
            }
        }
        for (m, g) in assigned.enumerated() { groups[g].mentions.append(mentions[m]) }
        return groups
    }
}
