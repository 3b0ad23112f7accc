import LoupeCore

/// The document's tokens as the grammar reads them: lower-cased keys (an abbreviation's or
/// ordinal's period dropped), kinds, capitalisation, spacing, and lexicon entries looked up once.
struct TokenView {
    /// Keys and entries are stored once per distinct key (a text of a million brackets holds one
    /// "("), each token pointing to its own: 4 bytes a token instead of 24.
    let keys: Interned<String>
    let kinds: [TokenKind]
    let capitalized: [Bool]
    let spaceBefore: [Bool]
    let entries: Interned<LexEntry?>
    /// Tokens that end a clause (`TenseCues.isClauseBoundary`), decided once per distinct key.
    let clauseBoundary: Interned<Bool>
    /// What each word says about tense (`TenseCues.keyClass`, German bits in a view of German or another
    /// non-English language), worked out once per distinct key.
    let tenseClasses: Interned<UInt8>
    /// A German compound of a month and `Woche` or `Wochenende` the lexicon lacks (`Märzwoche`): its month and
    /// whether it is a weekend (`Grammar.monthWeek`), worked out once per distinct key.
    let monthWeeks: Interned<(month: Int, weekend: Bool)?>
    /// Tokens that can carry a date expression by themselves (a digit, a month, a unit…): the grammar
    /// starts only at these or at a preposition/modifier right before one. Keeps it off most tokens.
    let content: [Bool]

    /// Words after a count or modifier that make it content (`ein paar`, `halb vier`, `the`, `of`).
    static let afterCountOrModifier: Set<String> = [
        "uhr", "paar", "halb", "viertel", "couple", "pair", "quarter", "half", "o'clock", "upcoming", "des", "of",
        "der", "the", "and", "und", "ein", "-", "after", "o", "oh", "times", "mal",
    ]

    /// - Parameter ranges: the token ranges (sentences) to read; others stay empty. Nil reads all.
    init(_ document: Document, language: Language, lexicon: Lexicon, ranges: [Range<Int>]? = nil) {
        let bytes = document.utf8
        var ids: [UInt32] = [], kinds: [TokenKind] = [], caps: [Bool] = [], spaces: [Bool] = []
        var distinctKeys = [""], distinctEntries: [LexEntry?] = [nil], idOfKey = ["": UInt32(0)]
        var idOfSpelling: [UInt64: (start: Int, end: Int, id: UInt32)] = [:]
        let n = document.tokens.count
        ids.reserveCapacity(n); kinds.reserveCapacity(n); caps.reserveCapacity(n); spaces.reserveCapacity(n)
        var wanted = [Bool](repeating: ranges == nil, count: n)
        for r in ranges ?? [] { for i in r { wanted[i] = true } }
        for (index, token) in document.tokens.enumerated() {
            guard wanted[index] else {
                ids.append(0); kinds.append(token.kind); caps.append(false); spaces.append(token.spaceBefore)
                continue
            }
            let start = token.span.start
            var end = token.span.end
            if (token.kind == .abbreviation || token.kind == .ordinal), end - start > 1, bytes[end - 1] == 46 {
                end -= 1
            }
            let first = bytes[start]
            caps.append(
                first >= 65 && first <= 90
                    || first == 0xC3 && start + 1 < end && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E)
            // A token spelt as one seen before takes its key without lower-casing and hashing a string again:
            // looked up by a hash of its bytes, confirmed byte by byte.
            let length = end - start
            var spelling = TokenKey.seed
            if length <= lexicon.longestKey {
                for k in start..<end { spelling = TokenKey.mix(spelling, bytes[k]) }
                if let seen = idOfSpelling[spelling], seen.end - seen.start == length,
                    (0..<length).allSatisfy({ bytes[seen.start + $0] == bytes[start + $0] })
                {
                    ids.append(seen.id)
                    kinds.append(token.kind)
                    spaces.append(token.spaceBefore)
                    continue
                }
            }
            var key = ""
            if length <= lexicon.longestKey { key = TokenKey.lowercased(bytes, start, end) }
            let id: UInt32
            if let known = idOfKey[key] {
                id = known
            } else {
                id = UInt32(distinctKeys.count)
                idOfKey[key] = id
                distinctKeys.append(key)
                distinctEntries.append(lexicon(key))
            }
            ids.append(id)
            if length <= lexicon.longestKey { idOfSpelling[spelling] = (start, end, id) }
            kinds.append(token.kind)
            spaces.append(token.spaceBefore)
        }
        let keys = Interned(ids: ids, values: distinctKeys), entries = Interned(ids: ids, values: distinctEntries)
        self.keys = keys
        self.clauseBoundary = Interned(ids: ids, values: distinctKeys.map(TenseCues.isClauseBoundary))
        let german = language != .english
        self.tenseClasses = Interned(ids: ids, values: distinctKeys.map { TenseCues.keyClass($0, german: german) })
        let monthWeeks = Interned(
            ids: ids,
            values: zip(distinctKeys, distinctEntries).map {
                language == .german && $1 == nil ? Grammar.monthWeek($0, lexicon: lexicon) : nil
            })
        self.monthWeeks = monthWeeks
        self.kinds = kinds
        self.capitalized = caps
        self.spaceBefore = spaces
        self.entries = entries
        var content = [Bool](repeating: false, count: n)
        /// The clause ends before token `k`: the text's end or a punctuation mark.
        func endsClause(_ k: Int) -> Bool { k >= n || kinds[k] == .punctuation }
        func strong(_ e: LexEntry?) -> Bool {
            guard let e else { return false }
            return e.month != nil || e.unit != nil || e.partOfDay != nil || e.season != nil || e.relativeDay != nil
                || (e.weekday != nil && !e.ambiguous)
                || e.mask.contains(W.weekend)  // nächstes Wochenende, next weekend
        }
        for i in 0..<n {
            let k = keys[i]
            if let b = k.utf8.first, b >= 48, b <= 57 { content[i] = true; continue }
            guard let e = entries[i] else {
                // FY2025, FY25: a fiscal year in one token; Märzwoche: a week of a month
                if Grammar.fiscalYear(k) != nil || monthWeeks[i] != nil {
                    content[i] = true
                    continue
                }
                // two-year, third-quarter: a count or an ordinal joined to a unit; twelve-oh-three: a clock time.
                if k.utf8.contains(45), k.utf8.count <= 24 {
                    let parts = k.split(separator: "-")
                    if parts.count == 2, parts[0].allSatisfy(\.isNumber), let u = Lexicon.germanUnitAdjective(parts[1]),
                        u != .year
                    {
                        content[i] = true  // 3-tägige (not 24-jährige: an age)
                    } else if Grammar.hyphenedWeekdays(k, lexicon: lexicon) != nil
                        || Grammar.quarterOfMonths(k, lexicon: lexicon) != nil
                    {
                        content[i] = true  // Montag-Mittwoch, Mo-Mi, July-September
                    } else if parts.count == 2, parts[0] == "mid",
                        lexicon.entries[String(parts[1])]?.month != nil
                            || parts[1].utf8.count == 4 && parts[1].allSatisfy(\.isNumber)
                            || Grammar.decadeDigits(parts[1]) != nil
                    {
                        content[i] = true  // mid-October, mid-2014, mid-1990s
                    } else if Grammar.periodEndUnit(hyphenated: k) != nil || Grammar.hyphenedCentury(k) != nil {
                        content[i] = true  // year-end, month-end, 19th-century
                    } else if let first = parts.first, let f = lexicon.entries[String(first)],
                        f.number != nil || f.ordinal != nil,
                        lexicon.entries[String(parts.last!)]?.unit != nil
                            || parts.dropFirst().allSatisfy({
                                $0 == "o" || $0 == "oh" || lexicon.entries[String($0)]?.number != nil
                            })
                    {
                        content[i] = true
                    }
                }
                continue
            }
            if e.startsExpression { content[i] = true; continue }
            let next1 = i + 1 < n ? entries[i + 1] : nil, next2 = i + 2 < n ? entries[i + 2] : nil
            let nextKey = i + 1 < n ? keys[i + 1] : ""
            if e.relativeUnit != nil || e.anchoredShift != nil || e.vagueDuration != nil || e.measured != nil {
                content[i] = true
            } else if e.sameAsAnchor || e.mask.contains(W.vagueCount) {
                // am selben Tag, einige Stunden: before a unit
                content[i] = next1?.unit != nil
            } else if e.month != nil || e.season != nil || e.relativeDay != nil || e.reference != nil
                || e.frequency != nil || e.zone != nil
            {
                // (march after next, march of next year, march next year, march the 15th)
                content[i] =
                    !e.ambiguous || strong(next1) || nextKey.utf8.first.map { $0 >= 48 && $0 <= 57 } == true
                    || kinds[i] == .word && caps[i]
                    || e.month != nil && ["after", "of", "next", "last", "this", "the"].contains(nextKey)
                    // (`in march`, `march` alone: an assistant's lower case; the grammar decides by mode)
                    || e.month != nil && (n == 1 || i > 0 && Grammar.monthPrepositions.contains(keys[i - 1]))
            } else if e.weekday != nil {
                content[i] =
                    !e.ambiguous && k.utf8.count > 3 || nextKey == "." || nextKey == "," || kinds[i] == .abbreviation
                    || caps[i]
                    || i + 1 == n || kinds[i + 1] != .word
                    // (a day of the month after it, the grammar decides: `tue 19th`, `thu the 21st`; so for a clock
                    // time after `at`: `fri at 5pm`)
                    || nextKey.utf8.first.map { $0 >= 48 && $0 <= 57 } == true || nextKey == "the"
                    || next1?.mask.contains(W.weekdayTimeLink) == true
                    // (a part of the day after it: `mon morning`, `sat night`; the grammar decides)
                    || next1?.partOfDay != nil
            } else if e.unit != nil || e.partOfDay != nil || e.ordinal != nil {
                content[i] = true
            } else if e.number != nil || e.modifier != nil || e.every || e.boundary != nil || e.meridiem != nil {
                // ein, drei, letzte, diese, jeden, Ende, a: only before a unit, month, weekday…
                // zehn vor acht, twenty past seven, ten to midnight: minutes before or after an hour
                let clockLink =
                    ["vor", "nach", "past", "to", "after", "before", "till"].contains(nextKey)
                    && (next2?.number != nil
                        || (i + 2 < n
                            && (keys[i + 2] == "halb" || keys[i + 2].utf8.first.map { $0 >= 48 && $0 <= 57 } == true
                                || next2.map { $0.mask.contains(W.noon) || $0.mask.contains(W.midnight) } == true)))
                // (letzte Weihnachten, next Easter: a modifier before a holiday)
                content[i] =
                    strong(next1) || strong(next2) || next1?.number != nil || next1?.ordinal != nil || clockLink
                    || e.modifier != nil && Holiday.firstKeys.contains(nextKey)
                    || e.modifier != nil && i + 1 < n && monthWeeks[i + 1] != nil  // letzte Märzwoche
                    // this time tomorrow, this time next week (Grammar.referenceClock)
                    || e.modifier != nil && (nextKey == "time" || nextKey == "zeit")
                    // early in the year, late in 2019 (the grammar decides what follows `in`)
                    || e.boundary != nil && nextKey == "in" && language == .english
                    || Self.afterCountOrModifier.contains(nextKey)
                    || nextKey.utf8.first.map { $0 >= 48 && $0 <= 57 } == true
                    // seven pm, eleven a.m.: an hour in words and its half of the day
                    || e.number != nil && next1?.meridiem != nil && kinds[i] == .word
                    // at three, um sieben, gegen acht, um Punkt zwölf: a clock time in words after a word that cues
                    // one, where the clause ends (perhaps after an approximator: um drei ungefähr)
                    || e.number != nil && i > 0
                        && (entries[i - 1]?.mask.contains(W.timeCue) == true
                            || Grammar.exactnessWords.contains(keys[i - 1]) || Grammar.hourBounds.contains(keys[i - 1]))
                        && (endsClause(i + 1) || Grammar.placeAfterClock.contains(nextKey)
                            || next1?.mask.contains(W.approximately) == true && endsClause(i + 2))
            }
        }
        // A modifier before a weekday the loop took for one: `next sat`, `nächsten Mo` (an abbreviation or a
        // word of two meanings is weighed only after its modifier).
        for i in 0..<max(0, n - 1) where !content[i] && content[i + 1] {
            if entries[i]?.modifier != nil, entries[i + 1]?.weekday != nil { content[i] = true }
        }
        self.content = content
    }
}

/// A per-token column whose values repeat: each distinct value stored once, a token's id for it.
struct Interned<Value> {
    let ids: [UInt32]
    let values: [Value]

    subscript(index: Int) -> Value { values[Int(ids[index])] }
    var count: Int { ids.count }
    var indices: Range<Int> { 0..<ids.count }
}
