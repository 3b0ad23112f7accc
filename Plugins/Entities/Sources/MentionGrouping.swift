import LoupeCore

/// Groups the mentions of one entity under a canonical name: `Putin`, `Wladimir Putin` and
/// `Putins` → "Wladimir Putin"; `Kim Jong-un` and `Kim Jung Un` → one group.
///
/// Mentions are compared by their words (split at spaces and hyphens, lower-cased), after
/// removing a genitive/inflection ending (German -s, -es, -'s; English -'s) from the last word when the
/// stripped form is attested (another mention has it, or the name lists know it and not the
/// inflected form). Longest mentions first, a mention joins a group when
/// 1. its words equal a member's words;
/// 2. both have two words or more and their letters differ by at most one edit (two for
///    names of 12 letters or more): romanisation variants (Jong-un / Jung Un);
/// 3. it is a person mention whose words are a contiguous part of exactly one person group's
///    canonical name (Putin → Wladimir Putin; ambiguous parts stay on their own).
/// The canonical name is the longest full form (most words, then most frequent, then first).
public struct MentionGrouping: Sendable {
    /// Looks names up in the shipped lists (nil: only the document itself is evidence).
    public var nameLists: NERResources?
    /// English marks the genitive with an apostrophe only: `Hamas`, `Paris`, `Texas` keep their
    /// final s (German `Putins` → `Putin`).
    public var apostropheGenitiveOnly: Bool

    public init(nameLists: NERResources? = nil, apostropheGenitiveOnly: Bool = false) {
        self.nameLists = nameLists
        self.apostropheGenitiveOnly = apostropheGenitiveOnly
    }

    public struct Input: Sendable {
        public var text: String
        public var label: NERLabel
        public init(text: String, label: NERLabel) {
            self.text = text
            self.label = label
        }
    }

    /// Beyond this many groups a mention joins only a group of its exact name.
    static let maximumFuzzyGroups = 500

    /// The canonical name of each mention's group, in input order.
    public func canonicalNames(_ mentions: [Input]) -> [String] {
        if mentions.isEmpty { return [] }
        let rawWords = mentions.map { Self.words($0.text) }
        var attested = Set<String>()
        for words in rawWords { for w in words { attested.insert(w.lowercased()) } }
        // base forms: the mention's words with an inflection ending removed from the last word
        // (a genitive phrase inside the name keeps its ending: `Hochschule … des Saarlandes`, `Sicherheitsrat
        // des Weißen Hauses`)
        let forms: [[String]] = rawWords.map { words in
            guard let last = words.last, !words.dropLast().contains(where: { $0 == "des" || $0 == "der" }) else {
                return words
            }
            return Array(words.dropLast()) + [baseForm(last, attested: attested)]
        }
        let keys = forms.map { $0.map { $0.lowercased() } }

        struct Group { var members: [Int]; var canonical: Int; var label: NERLabel }
        var groups: [Group] = []
        var groupOf = [Int](repeating: -1, count: mentions.count)
        var groupOfKey: [[String]: Int] = [:]
        var multiWordKeys: [(key: [String], group: Int)] = []
        let lengths = forms.map { $0.reduce(0) { $0 + $1.count } }
        let order = mentions.indices.sorted {
            keys[$0].count != keys[$1].count
                ? keys[$0].count > keys[$1].count
                : lengths[$0] != lengths[$1] ? lengths[$0] > lengths[$1] : $0 < $1
        }
        for m in order {
            var target: Int? = groupOfKey[keys[m]]
            // Variants and parts are searched among the groups so far: a document with more than
            // `maximumFuzzyGroups` of them is no article, and the search would grow with their
            // square (30 s for 200 KB of distinct names); there only equal names group.
            let fuzzy = groups.count <= Self.maximumFuzzyGroups
            if target == nil, fuzzy, keys[m].count >= 2 {
                target = multiWordKeys.first { Self.closeSpelling($0.key, keys[m]) }?.group
            }
            if target == nil, fuzzy, mentions[m].label == .per {
                let candidates = groups.indices.filter { g in
                    groups[g].label == .per && keys[groups[g].canonical].count > keys[m].count
                        && Self.containsRun(keys[groups[g].canonical], keys[m])
                }
                if candidates.count == 1 { target = candidates[0] }
            }
            let g: Int
            if let t = target {
                groups[t].members.append(m)
                g = t
            } else {
                groups.append(Group(members: [m], canonical: m, label: mentions[m].label))
                g = groups.count - 1
            }
            groupOf[m] = g
            if groupOfKey[keys[m]] == nil {
                groupOfKey[keys[m]] = g
                if keys[m].count >= 2 { multiWordKeys.append((keys[m], g)) }
            }
        }
        // canonical: most words, then the most frequent form, then the first
        var names = [String](repeating: "", count: groups.count)
        for (g, group) in groups.enumerated() {
            var frequency: [[String]: Int] = [:]
            for m in group.members { frequency[keys[m], default: 0] += 1 }
            let best = group.members.min { a, b in
                if keys[a].count != keys[b].count { return keys[a].count > keys[b].count }
                if frequency[keys[a]]! != frequency[keys[b]]! { return frequency[keys[a]]! > frequency[keys[b]]! }
                return a < b
            }!
            names[g] = Self.display(mentions[best].text, lastWordBase: forms[best].last ?? "")
        }
        return groupOf.map { names[$0] }
    }

    // MARK: - Words and forms

    static func isSeparator(_ c: Character) -> Bool { c.isWhitespace || c == "-" || c == "‐" || c == "‑" }

    static func words(_ text: String) -> [String] {
        // (ASCII, most names, splits on bytes: looking up a Character's Unicode properties costs more than the rest)
        let pieces: [Substring] =
            text.utf8.allSatisfy { $0 < 0x80 }
            ? text.utf8.split(whereSeparator: { $0 == 32 || ($0 >= 9 && $0 <= 13) || $0 == 45 }).map {
                text[$0.startIndex..<$0.endIndex]
            }
            : text.split(whereSeparator: isSeparator)
        return pieces.map { word in
            var w = Substring(word)
            while let last = w.last,
                last == "'" || last == "’" || last == "." && w.count > 2 && !w.dropLast().contains(".")
            { w = w.dropLast() }
            return String(w)
        }.filter { !$0.isEmpty }
    }

    /// The word without a genitive/inflection ending when that form is attested.
    func baseForm(_ word: String, attested: Set<String>) -> String {
        let candidates = NameForm.genitiveStems(word, apostropheOnly: apostropheGenitiveOnly)
        for stem in candidates where attested.contains(stem.lowercased()) { return stem }
        if let lists = nameLists, !candidates.isEmpty, lists.nameFlags(word) == 0 {
            for stem in candidates where lists.nameFlags(stem) != 0 { return stem }
        }
        return word
    }

    /// The mention's text on one line with its last word replaced by its base form.
    static func display(_ text: String, lastWordBase: String) -> String {
        var flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let lastWord = words(flat).last ?? ""
        if !lastWord.isEmpty, lastWord != lastWordBase, let range = flat.range(of: lastWord, options: .backwards) {
            flat.replaceSubrange(range.lowerBound..<flat.endIndex, with: lastWordBase)
        }
        return flat
    }

    /// Romanisation variants: the letters (without separators) within a small edit distance.
    static func closeSpelling(_ a: [String], _ b: [String]) -> Bool {
        let x = a.joined(), y = b.joined()
        let limit = min(x.count, y.count) >= 12 ? 2 : 1
        if abs(x.count - y.count) > limit || min(x.count, y.count) < 6 { return false }
        return EditDistance.distance(x, y) <= limit
    }

    /// Whether `part` occurs as a contiguous run of words in `whole`.
    static func containsRun(_ whole: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        for start in 0...(whole.count - part.count) where Array(whole[start..<(start + part.count)]) == part {
            return true
        }
        return false
    }
}
