import LoupeCore

/// The token grammar: finds date, time, duration and set expressions in a sentence and says what
/// they mean as `Spec`s. It works on lower-cased token keys and lexicon entries (no regular
/// expressions). Each `component` below recognises one family (weekday, explicit date, time of
/// day, holiday, relative unit…); `compound` chains components into one expression
/// (`Fr, 18. Juli 2014 7 Uhr abends`); `top` adds intervals, coordinations and modifiers.
/// To add a rule: extend the lexicon (Lexicon.swift) if it is a new word for a known role, or add
/// a component here and call it from `component(_:_:)`.
struct Grammar {
    let t: TokenView
    let language: Language
    let lo: Int
    let hi: Int
    /// An assistant's reading (colloquial mode): a count of units before or after a date is one
    /// date ("drei Tage nach Weihnachten", "heute in 8 Tagen"); TimeML annotates the amount and the
    /// date apart.
    var shiftsDates = false

    // MARK: - Token helpers

    @inline(__always) func key(_ i: Int) -> String { i >= lo && i < hi ? t.keys[i] : "" }
    @inline(__always) func entry(_ i: Int) -> LexEntry? { i >= lo && i < hi ? t.entries[i] : nil }
    @inline(__always) func attached(_ i: Int) -> Bool { i < hi && !t.spaceBefore[i] }
    @inline(__always) func has(_ i: Int, _ set: Int) -> Bool {
        i >= lo && i < hi && (t.entries[i]?.mask.contains(set) ?? false)
    }

    /// The integer value of an all-digit token (or an ordinal's digits).
    func int(_ i: Int) -> Int? {
        guard i >= lo, i < hi else { return nil }
        let k = t.keys[i]
        guard !k.isEmpty, k.utf8.count <= 9 else { return nil }
        var v = 0
        for b in k.utf8 {
            guard b >= 48, b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
        }
        return v
    }

    /// Splits a token key like `15h00`, `1st`, `14te`, `1990er` into its leading digits and the rest.
    func digitsPrefix(_ i: Int) -> (value: Int, digits: Int, rest: Substring)? {
        let k = key(i)
        var v = 0, n = 0
        for b in k.utf8 {
            guard b >= 48, b <= 57 else { break }
            n += 1
            guard n <= 6 else { return nil }  // before the value could overflow (found by fuzzing)
            v = v * 10 + Int(b - 48)
        }
        guard n > 0 else { return nil }
        return (v, n, k.dropFirst(n))
    }

    static let ordinalSuffixes: Set<String> = [
        "st", "nd", "rd", "th", "te", "ten", "ter", "tes", "tem", "ste", "sten", "ster",
    ]

    /// Whether what follows a number's digits is an ordinal suffix (`rd` in `3rd`, `ten` in `14ten`);
    /// most rests are not (`:30`, `,5`), and are told apart before the set is hashed.
    static func isOrdinalSuffix(_ rest: Substring) -> Bool {
        guard (2...4).contains(rest.utf8.count), let first = rest.utf8.first, first >= 0x61, first <= 0x74 else {
            return false
        }
        return ordinalSuffixes.contains(String(rest))
    }

    /// A day of month: `19.`, `19`, `19th`, `14te`, `14 te`, `erster`, `first`. Returns the day and the end.
    func dayOfMonth(_ i: Int, allowBare: Bool) -> (Int, Int)? {
        if entry(i + 1)?.unit?.unit == .century || key(i + 1) == "-" && entry(i + 2)?.unit?.unit == .century {
            return nil
        }  // the nineteenth century
        if let e = entry(i), let o = e.ordinal, o <= 31 {
            // (an ordinal word before a noun of no time ranks the noun: `für Donnerstag den ersten Schnee`)
            if i + 1 < hi, t.kinds[i + 1] == .word, entry(i + 1) == nil, language == .english || t.capitalized[i + 1] {
                return nil
            }
            return (o, i + 1)
        }
        if t.kinds.indices.contains(i), i < hi, t.kinds[i] == .ordinal, let v = int(i), (1...31).contains(v) {
            return (v, i + 1)
        }
        if let p = digitsPrefix(i), p.digits <= 2, (1...31).contains(p.value) {
            if !p.rest.isEmpty { return Self.isOrdinalSuffix(p.rest) ? (p.value, i + 1) : nil }
            if attached(i + 1), Self.ordinalSuffixes.contains(key(i + 1)) { return (p.value, i + 2) }
            if allowBare { return (p.value, i + 1) }
        }
        return nil
    }

    func ordinalValue(_ i: Int) -> (Int, Int)? {
        if let o = entry(i)?.ordinal { return (o, i + 1) }
        if i < hi, t.kinds[i] == .ordinal, let v = int(i) { return (v, i + 1) }
        if let p = digitsPrefix(i), !p.rest.isEmpty, Self.isOrdinalSuffix(p.rest) { return (p.value, i + 1) }
        if let p = digitsPrefix(i), p.rest.isEmpty, attached(i + 1), Self.ordinalSuffixes.contains(key(i + 1)) {
            return (p.value, i + 2)
        }
        return nil
    }

    /// A month name, respecting that `may`, `march`, `so`… are also ordinary words.
    func monthName(_ i: Int, hasContext: Bool) -> Int? {
        guard let e = entry(i), let m = e.month else { return nil }
        // the March of the Mothers (not March of next year)
        if language == .english, key(i + 1) == "of", int(i + 2) == nil,
            !(has(i + 2, W.yearModifier) && has(i + 3, W.yearAfterModifier))
        {
            return nil
        }
        if e.ambiguous {
            // a first name: "Jan Kavan", "Foreign Minister Jan Ullrich" (a surname follows, no digit near)
            if t.capitalized[i], i + 1 < hi, t.kinds[i + 1] == .word, t.capitalized[i + 1], entry(i + 1) == nil,
                !hasContext || key(i).utf8.count <= 3, int(i - 1) == nil
            {
                return nil
            }
            // English writes months with a capital; "the march" is a walk
            if language == .english, !t.capitalized[i], has(i - 1, W.theArticle) || key(i - 1) == "a", int(i + 1) == nil
            {
                return nil
            }
        }
        if !e.ambiguous || hasContext { return m }
        // (to an assistant, a day's ordinal word after it, opening the request or after `on`: `march first`, `on
        // may second`)
        if shiftsDates, i == lo || key(i - 1) == "on", let o = entry(i + 1)?.ordinal, (1...31).contains(o) {
            return m
        }
        // (after a possessive `May` names the month, no modal follows one: `at its May meeting`, `the bank's May
        // survey`; nor after another month and a conjunction: `between March and May`, `in April or May`)
        if key(i) == "may" {
            let link = key(i - 1)
            let afterMonth =
                (Self.intervalConnectors.contains(link) || link == "or" || link == ",") && entry(i - 2)?.month != nil
                && t.capitalized[i - 2]
            return language == .english && t.capitalized[i]
                && (Self.englishPossessives.contains(key(i - 1)) || afterMonth) ? m : nil
        }
        // to an assistant, typing in lower case, a whole message or a phrase after a preposition (`in march`)
        if shiftsDates, i == lo && i + 1 >= hi || Self.monthPrepositions.contains(key(i - 1)) { return m }
        return t.capitalized[i] ? m : nil
    }

    static let rangeOpeners: Set<String> = ["from", "between", "von", "zwischen"]

    static let monthPrepositions: Set<String> = [
        "in", "until", "till", "since", "before", "after", "during", "through", "by", "from", "of",
    ]

    /// Words before a year that also come before counts: `for 1990`, `für 2015`, `through 1992`, `due 1993`.
    static let weakYearCue: Set<String> = ["for", "für", "through", "thru", "due"]

    static let yearCue: Set<String> = [
        "in", "im", "seit", "bis", "von", "vom", "ab", "jahr", "jahre", "jahres", "since", "of", "until", "by",
        "from", "to", "year", "during", "before", "after", "vor", "nach", "anfang", "mitte", "ende",
        "early", "late", "mid", "end", "beginning", "frühjahr", "sommer", "herbst", "winter", "zwischen", "between",
        "and", "und", "(",
        "fiscal", "fy", "geschäftsjahr", "haushaltsjahr", "wahljahr", "jahrgang", "modelljahr",
    ]

    /// Words before a number that make it a count: "rund 1500", "mehr als 2000", "about 1200".
    static let countCue: Set<String> = [
        "rund", "etwa", "ca", "circa", "knapp", "fast", "über", "mehr", "weniger", "als", "mindestens",
        "höchstens", "insgesamt", "weitere", "nur", "about", "around", "nearly", "almost", "over", "than",
        "some", "least", "approximately", "€", "$", "£", "nr", "no", "nummer", "number", "zimmer", "room",
    ]

    /// `fy2025`, `fy25` (a lower-cased key): a company's fiscal year written in one token; nil for other keys.
    static func fiscalYear(_ key: String) -> Int? {
        let bytes = key.utf8
        guard bytes.count == 4 || bytes.count == 6, key.hasPrefix("fy"),
            bytes.dropFirst(2).allSatisfy({ $0 >= 48 && $0 <= 57 }), let y = Int(key.dropFirst(2))
        else { return nil }
        return bytes.count == 4 ? 2000 + y : y
    }

    /// A year: four digits (1000–2199), optionally `AD`/`BC`/`n. Chr.`/`v. Chr.`.
    func yearNumber(_ i: Int, requireCue: Bool) -> (Int, Int)? {
        guard let v = int(i) else {
            guard language == .english, let y = Self.fiscalYear(key(i)) else { return nil }
            return (y, i + 1)
        }
        if key(i).utf8.count < 4, v > 0 { return eraYear(i, v) }
        guard key(i).utf8.count == 4, (1000...2199).contains(v) else { return nil }
        if has(i + 1, W.eraAD) { return (v, has(i + 1, W.eraNach) && has(i + 2, W.eraChr) ? i + 3 : i + 2) }
        if has(i + 1, W.eraBC) { return (-v, has(i + 1, W.eraVor) && has(i + 2, W.eraChr) ? i + 3 : i + 2) }
        if requireCue {
            // a road's or a line's number after its letter (`K 2015`, `B 1234`), a telephone number's last group
            // (`0711 8990-1234`): no years
            if i - 1 > lo, t.kinds[i - 1] == .word, key(i - 1).utf8.count == 1, t.capitalized[i - 1] {
                return nil
            }
            if i - 1 > lo, key(i - 1) == "-", attached(i), t.kinds[i - 2] == .number,
                !(1000...2199).contains(int(i - 2) ?? 0)
            {
                return nil
            }
            // two numbers of a range are of one kind: `zwischen 1500 und 2000 Euro` counts, `zwischen 2017 und 2022
            // Renditen` dates
            if let first = fourDigitPair(i) {
                if pairCounts(first) { return nil }
                if i == first + 2, Self.yearCue.contains(key(first - 1)) { return (v, i + 1) }
                // (years close together and in order are years before a noun too: `hat 2020 und 2021 Rekordschulden
                // aufgenommen`)
                if let a = int(first), let b = int(first + 2), (1...50).contains(b - a) { return (v, i + 1) }
            }
            let before = key(i - 1)
            let after = i + 1 >= hi || t.kinds[i + 1] == .punctuation || t.kinds[i + 1] == .closeBracket
            // for 1990, für 2015, through 1992, bonds due 1993: a year unless a counted noun follows
            // ("for 2000 employees", "für 1500 Euro"; English plurals in -s, German capitalised nouns)
            let countedNext =
                !after && i + 1 < hi && t.kinds[i + 1] == .word
                && (Self.countedThings.contains(key(i + 1))
                    || (language == .english
                        ? key(i + 1).hasSuffix("s") && key(i + 1).utf8.count > 3 && !key(i + 1).hasSuffix("ss")
                        : t.capitalized[i + 1])
                        && entry(i + 1)?.month == nil && entry(i + 1)?.weekday == nil)
            let cued =
                Self.yearCue.contains(before) || entry(i - 1)?.month != nil || entry(i - 1)?.season != nil
                || (Self.weakYearCue.contains(before) && !countedNext)
            if !cued, Self.countCue.contains(before) || (i > lo && t.kinds[i - 1] == .number) { return nil }
            if language == .german, !cued || before == "und" || before == "oder", !after, i + 1 < hi,
                t.kinds[i + 1] == .word
            {
                // German capitalises nouns: "2000 Soldaten", "und 1370 Landungsboote" count; "1998 wurde", "1945 in
                // Jalta" date. (After a preposition — "ab 2005 Russische …" — it stays a year.)
                guard !t.capitalized[i + 1] || entry(i + 1)?.month != nil || entry(i + 1)?.weekday != nil else {
                    return nil
                }
                return (v, i + 1)
            }
            // English: "the 1996 campaign", "its 1990 invasion": a year before its noun.
            if language == .english, !cued, !after, englishYearModifier(i) { return (v, i + 1) }
            // German: a year closing a sentence or clause ("Stuttgart 1988.", "El Dorado 1595")
            let closing = language == .german && after
            guard
                cued || closing
                    || (after && (i == lo || t.kinds[i - 1] == .punctuation || t.kinds[i - 1] == .openBracket))
            else { return nil }
            // "1974 people": a count, not a year.
            if !cued, i + 1 < hi, t.kinds[i + 1] == .word { return nil }
        }
        return (v, i + 1)
    }

    /// The first of two four-digit numbers joined as a range (`1500 bis 2000`, `2017 and 2022`), if `i` is one.
    func fourDigitPair(_ i: Int) -> Int? {
        func fourDigits(_ k: Int) -> Bool {
            k >= lo && k < hi && t.kinds[k] == .number && key(k).utf8.count == 4 && int(k) != nil
        }
        guard fourDigits(i) else { return nil }
        if fourDigits(i + 2), Self.pairLinks.contains(key(i + 1)) { return i }
        if fourDigits(i - 2), Self.pairLinks.contains(key(i - 1)) { return i - 2 }
        return nil
    }

    static let pairLinks: Set<String> = ["und", "bis", "oder", "and", "to", "or"]

    /// Whether a pair of four-digit numbers counts things: a counted word after the pair, or round hundreds before
    /// a noun (`1800 und 2000 Menschen`, `1500 and 2000 people`).
    func pairCounts(_ first: Int) -> Bool {
        let next = first + 3
        guard next < hi, let a = int(first), let b = int(first + 2) else { return false }
        if Self.countedThings.contains(key(next)) { return true }
        guard t.kinds[next] == .word, a % 100 == 0, b % 100 == 0 else { return false }
        return language == .german ? t.capitalized[next] && entry(next)?.month == nil : Self.looksPlural(key(next))
    }

    /// A year of one to three digits needs its era written out: `264 v. Chr.`, `9 n. Chr.`, `44 BC`, `AD`/`CE`.
    func eraYear(_ i: Int, _ v: Int) -> (Int, Int)? {
        if has(i + 1, W.eraVor), has(i + 2, W.eraChr) { return (-v, i + 3) }
        if has(i + 1, W.eraNach), has(i + 2, W.eraChr) { return (v, i + 3) }
        guard language != .german else { return nil }
        if key(i - 1) == "ad" { return (v, i + 1) }  // AD 14
        if ["bc", "bce", "b.c", "b.c.e"].contains(key(i + 1)) { return (-v, i + 2) }
        if ["ad", "ce", "a.d", "c.e"].contains(key(i + 1)) { return (v, i + 2) }
        return nil
    }

    /// English: a year before the noun it dates ("the 1988 period", "his unsuccessful 1996 campaign",
    /// "the 2000 Olympics") rather than a count ("1974 people", "the 1500 new jobs"). A count above one
    /// takes a plural noun; a year takes a singular one, or a name after a determiner.
    func englishYearModifier(_ i: Int) -> Bool {
        guard let v = int(i), (1900...2099).contains(v) else { return false }
        let determined =
            Self.englishDeterminers.contains(key(i - 1))
            || (i > lo && t.kinds[i - 1] == .word && !t.capitalized[i - 1]
                && Self.englishDeterminers.contains(key(i - 2)))
        if t.capitalized[i + 1] { return determined }
        guard determined || i == lo || t.kinds[i - 1] != .word else { return false }
        var j = i + 1
        while j < min(hi, i + 3), t.kinds[j] == .word, !t.capitalized[j] {
            if Self.looksPlural(key(j)) { return false }
            j += 1
        }
        return true
    }

    /// Determiners and possessives before a noun phrase (a year dating it, a participle used as an adjective).
    static let englishDeterminers: Set<String> = englishPossessives.union([
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "each", "every",
    ])
    static let englishPossessives: Set<String> = ["its", "his", "her", "their", "our", "my", "your", "'s", "’s"]
    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "feet", "police", "staff", "personnel", "cattle",
        "sheep", "fish", "deer", "troops", "tons", "acres", "others", "more",
    ]
    /// Words in -s that are no plurals (those in -ss, -us, -is, -ous are left out by their ending).
    static let notPlural: Set<String> = [
        "was", "has", "does", "its", "hers", "always", "perhaps", "news", "series", "whereas", "chaos",
    ]

    static func looksPlural(_ k: String) -> Bool {
        if irregularPlurals.contains(k) { return true }
        guard k.utf8.count >= 3, k.hasSuffix("s"), !notPlural.contains(k) else { return false }
        return !(k.hasSuffix("ss") || k.hasSuffix("us") || k.hasSuffix("is") || k.hasSuffix("ous"))
    }

    // MARK: - Quantities and units

    /// A count: `3`, `2.5`, `drei`, `zwei ein halb`, `a couple of`, `ein paar`, `half an`, `three-quarters of an`.
    /// Fractions written with a slash after a whole number (`5 1/2 hours`, `2 3/4 Stunden`).
    static let fractionValues: [String: Double] = [
        "1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75,
    ]

    func quantity(_ i: Int) -> (Double, Int)? {
        var j = i
        var value: Double
        // (an assistant counts "a few", "ein paar" as three, as Duckling does; news leaves it vague: PXD)
        let few: Double = shiftsDates ? 3 : -1
        if has(j, W.fewArticle), has(j + 1, W.fewOrCouple) {
            value = key(j + 1) == "few" || key(j + 1) == "paar" ? few : 2
            j += 2
            if has(j, W.ofWord) { j += 1 }
            return (value, j)
        }
        // (not what a question asks for: `how many days`, `wie viele Tage`)
        if has(j, W.vagueCount) {
            if key(j - 1) == "how" || key(j - 1) == "wie" { return nil }
            return (key(j) == "few" ? few : -1, j + 1)
        }
        if has(j, W.halfWord), has(j + 1, W.fractionArticle) { return (0.5, j + 2) }
        // a half hour, a half an hour
        if has(j, W.articleA), has(j + 1, W.halfWord), entry(j + 2)?.unit != nil || has(j + 2, W.fractionArticle) {
            return (0.5, has(j + 2, W.fractionArticle) ? j + 3 : j + 2)
        }
        if has(j, W.threeQuarters) || (has(j, W.threeWord) && has(j + 1, W.quartersWord)) {
            j += key(j) == "three" ? 2 : 1
            if has(j, W.ofWord) { j += 1 }
            if has(j, W.fractionArticle) { j += 1 }
            return (0.75, j)
        }
        if has(j, W.quarterCount), has(j + 1, W.quarterWord), has(j + 2, W.ofWord) {
            return (0.25, has(j + 3, W.fractionArticle) ? j + 4 : j + 3)
        }
        // quarter of an hour, 1/2 hour, ½ Stunde: a fraction alone before its unit
        if has(j, W.quarterWord), has(j + 1, W.ofWord), has(j + 2, W.fractionArticle), entry(j + 3)?.unit != nil {
            return (0.25, j + 3)
        }
        if entry(j + 1)?.unit != nil, let fraction = Self.fractionValues[key(j)] { return (fraction, j + 1) }
        // vor einer halben Stunde
        if entry(j)?.number == 1, ["halbe", "halben", "halbes"].contains(key(j + 1)) { return (0.5, j + 2) }
        // (an ordinal counts no amount: `in der 90. Minute`)
        if let v = int(j), t.kinds[j] != .ordinal {
            value = Double(v); j += 1
        } else if j < hi, t.kinds[j] == .number, let d = Self.decimal(key(j), language: language) {
            value = d; j += 1
        } else if let n = entry(j)?.number {
            value = n; j += 1
            // twenty four (written apart): tens, then units
            if language == .english, n >= 20, n < 100, n.truncatingRemainder(dividingBy: 10) == 0,
                let u = entry(j)?.number, u >= 1, u <= 9, u == u.rounded()
            {
                value += u; j += 1
            }
            // two hundred, five hundred: the count of hundreds
            if language == .english, value >= 1, value <= 99, value == value.rounded(), key(j) == "hundred" {
                value *= 100; j += 1
            }
        } else {
            return nil
        }
        // 5 1/2 hours: a whole number and a fraction
        if value == value.rounded(), j < hi, t.kinds[j] == .number || t.kinds[j] == .word, entry(j + 1)?.unit != nil,
            let fraction = Self.fractionValues[key(j)]
        {
            value += fraction; j += 1
        }
        // "zwei ein halb", "zweieinhalb", "two and a half"
        if has(j, W.germanHalfJoin), has(j + 1, W.germanHalf) {
            value += 0.5; j += 2
        } else if has(j, W.fractionAnd), has(j + 1, W.articleA), has(j + 2, W.halfWord) {
            value += 0.5; j += 3
        }
        if has(j, W.coupleAfterOne), value == 1 { value = 2; j += 1; if has(j, W.ofWord) { j += 1 } }
        return (value, j)
    }

    /// A number with one separator: a decimal (`1,5`, `2.5`), or a thousand when three digits follow the
    /// language's group separator (German `2.500`, English `2,500`).
    static func decimal(_ text: String, language: Language) -> Double? {
        let separators = text.filter { $0 == "." || $0 == "," }
        guard separators.count == 1, let separator = separators.first, let at = text.firstIndex(of: separator) else {
            return nil
        }
        let group: Character = language == .english ? "," : "."
        if separator == group, text[text.index(after: at)...].count == 3 {
            return Double(text.replacingOccurrences(of: String(separator), with: ""))
        }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }

    /// `an hour and a half`, `a year and a half`: half a unit more after the unit (0 and `i` if not).
    func andAHalf(_ i: Int) -> (Double, Int) {
        has(i, W.fractionAnd) && has(i + 1, W.articleA) && has(i + 2, W.halfWord) ? (0.5, i + 3) : (0, i)
    }

    static let unitSeconds: [TimeUnit: Double] = [.second: 1, .minute: 60, .hour: 3_600, .day: 86_400, .week: 604_800]

    /// What follows an amount's unit and adds to it, in that unit: `and a half`, and a smaller unit after
    /// and/und (`two hours and 30 minutes`, `zwei Stunden und dreißig Minuten` → 2.5 hours).
    /// Written side by side in digits the smaller units add too, each smaller than the one before (`2 hours 9
    /// minutes 41 seconds`, `3 Stunden 20 Minuten`); and/und joins the last.
    func andMore(_ i: Int, unit: TimeUnit) -> (Double, Int) {
        let half = andAHalf(i)
        if half.0 > 0 { return half }
        guard let big = Self.unitSeconds[unit] else { return (0, i) }
        var (total, k, last) = (0.0, i, big)
        while k < hi {
            let joined = has(k, W.fractionAnd) || key(k) == "und"
            let start = joined ? k + 1 : k
            guard joined || t.kinds[start] == .number, let (q, afterQ) = quantity(start), q > 0,
                let (u, end) = self.unit(afterQ), u.factor == 1, let small = Self.unitSeconds[u.unit], small < last
            else { break }
            total += q * small / big
            (k, last) = (end, small)
            if joined { break }
        }
        return (total, k)
    }

    /// English words in -er that are no comparatives: `for a second, however, …`, `a second, never more`.
    static let adverbsInEr: Set<String> = [
        "however", "never", "either", "rather", "whether", "after", "under", "over", "later", "together", "neither",
    ]
    /// Words after `second` that keep it a unit of time (`a second later`, `one second left`).
    static let secondContinuations: Set<String> = [
        "ago", "later", "earlier", "before", "after", "from", "and", "or", "of", "to", "in", "for", "left", "long",
        "per", "each", "hence", "away", "too", "more", "less", "so",
    ]

    func unit(_ i: Int, compounds: Bool = false) -> (UnitWord, Int)? {
        // `kilowatt hours`, `ampere hours`: units of energy or charge
        if i > lo, t.kinds[i - 1] == .word, Self.energyUnits.contains(where: { key(i - 1).hasSuffix($0) }) {
            return nil
        }
        if let u = entry(i)?.unit {
            // English writes unit abbreviations small: a capitalised one after a word is an acronym ("a recent
            // SEC filing", "the YR index")
            if language == .english, t.capitalized[i], key(i).utf8.count <= 3, i > lo, t.kinds[i - 1] == .word {
                return nil
            }
            // `a second time`, `a second wave`: the ordinal before its noun, not a unit
            if language == .english, key(i) == "second", i + 1 < hi, t.kinds[i + 1] == .word, !t.capitalized[i + 1],
                entry(i + 1) == nil || entry(i + 1)?.unit != nil, !Self.secondContinuations.contains(key(i + 1))
            {
                return nil
            }
            // `a second, weaker storm`, `a second, more serious case`: the ordinal, a comparative set off after it
            if language == .english, key(i) == "second", i + 3 < hi, t.kinds[i + 1] == .punctuation, key(i + 1) == ",",
                t.kinds[i + 2] == .word, t.kinds[i + 3] == .word, !t.capitalized[i + 2], !t.capitalized[i + 3],
                ["more", "less"].contains(key(i + 2))
                    || key(i + 2).utf8.count >= 5 && key(i + 2).hasSuffix("er")
                        && !Self.adverbsInEr.contains(key(i + 2))
            {
                return nil
            }
            return (u, i + 1)
        }
        if key(i) == "\"", i > lo, attached(i) { return (UnitWord(unit: .second), i + 1) }  // in 1"
        // 45 Arbeitstage, 300 Überstunden: a German compound whose head is a plural unit, after a count, is an
        // amount of that unit (asked for by durations only: "nach 30 Dienstjahren" names no date)
        if compounds, language == .german, i > lo, i < hi, t.capitalized[i], t.kinds[i] == .word,
            t.kinds[i - 1] == .number || entry(i - 1)?.number != nil, let u = Self.compoundUnit(key(i))
        {
            return (UnitWord(unit: u), i + 1)
        }
        return nil
    }

    /// Hours and minutes written as one, `1h30` (tokens `1` `h30`): an amount of hours after `in`
    /// (alone it is a clock time). Returns the hours and the end.
    func hoursAndMinutes(_ i: Int) -> (Double, Int)? {
        guard let p = digitsPrefix(i), p.digits <= 2, p.rest.isEmpty, attached(i + 1) else { return nil }
        let k = key(i + 1)
        guard k.utf8.count == 3, k.hasPrefix("h"), let m = Int(k.dropFirst()), m < 60 else { return nil }
        return (Double(p.value) + Double(m) / 60, i + 2)
    }

    /// Plural unit nouns that end German compounds (`Arbeits`+`tage`, `Über`+`stunden`).
    static let compoundUnitHeads: [(String, TimeUnit)] = [
        ("tage", .day), ("tagen", .day), ("wochen", .week), ("monate", .month), ("monaten", .month),
        ("jahre", .year), ("jahren", .year), ("stunden", .hour), ("minuten", .minute),
    ]
    /// Compounds on a unit that name occasions, not an amount of time (`drei Feiertage`, `zwei Parteitage`).
    static let occasionCompounds: Set<String> = [
        "feier", "geburts", "jahres", "gedenk", "partei", "land", "bundes", "reichs", "wahl", "namens", "gerichts",
        "spiel", "kirchen", "ärzte", "katholiken", "aktions", "gipfel",
    ]

    /// The unit a German compound counts (`arbeitstage` → day), if its head is a plural unit after a first
    /// part of three letters or more that names no occasion.
    static func compoundUnit(_ key: String) -> TimeUnit? {
        for (head, unit) in compoundUnitHeads where key.hasSuffix(head) {
            let first = key.dropLast(head.count)
            guard first.count >= 3, !occasionCompounds.contains(String(first)), !notCompoundUnits.contains(key),
                !energyUnits.contains(where: { first.hasSuffix($0) })
            else {
                return nil
            }
            return unit
        }
        return nil
    }
    /// Units of energy or charge whose compounds end in `-stunden` (`Kilowattstunden`, `Amperestunden`).
    static let energyUnits: [String] = ["watt", "ampere", "volt"]
    /// Words that only end like a unit (`Montage`, `Reportagen`: French `-age`, or a weekday).
    static let notCompoundUnits: Set<String> = [
        "montage", "montagen", "reportage", "reportagen", "sabotage", "plantage", "plantagen", "courtage",
        "frontage", "vintage", "dienstage", "samstage", "sonntage", "freitage", "mittwoche", "donnerstage",
    ]

    /// Whether a unit word is in the singular (English: no plural s), for `upcoming two week`.
    func isSingularUnit(_ i: Int) -> Bool { !key(i).hasSuffix("s") }

    // MARK: - Components

    /// The typed parts an expression is composed of, tried in this order at each token; `compound`
    /// chains them (`Fr, 18. Juli 2014 7 Uhr abends` = weekday + dayMonth + year + timeOfDay + partOfDay).
    /// Each part carries its examples as tests (Tests/RuleExampleTests.swift).
    enum Part: Int, CaseIterable, Sendable {
        case weekOf, holiday, boundary, nthInMonth, relativeWithModifier, quarter, reportedQuarter, numericDate,
            dayMonth, monthDay,
            referenceClock, timeOfDay, shift, relativeDay, partOfDay, weekday, season, decade, year
    }

    static let parts = Part.allCases

    /// Tries every part at `i`; on success updates `spec` and returns the end.
    func component(_ i: Int, _ spec: inout Spec) -> Int? {
        guard i < hi, t.entries[i] != nil || t.content[i] else { return nil }
        var s = spec
        for part in Self.parts {
            s = spec
            if let end = parse(part, i, &s), end > i { spec = s; return end }
        }
        return nil
    }

    func parse(_ part: Part, _ i: Int, _ s: inout Spec) -> Int? {
        switch part {
        case .weekOf: weekOfExpr(i, &s)
        case .holiday: holiday(i, &s)
        case .boundary: boundaryExpr(i, &s)
        case .nthInMonth: nthInMonth(i, &s)
        case .relativeWithModifier: relativeWithModifier(i, &s)
        case .quarter: quarterExpr(i, &s)
        case .reportedQuarter: reportedQuarterExpr(i, &s)
        case .numericDate: numericDate(i, &s)
        case .dayMonth: dayMonth(i, &s)
        case .monthDay: monthDay(i, &s)
        case .referenceClock: referenceClock(i, &s)
        case .timeOfDay: timeOfDay(i, &s)
        case .shift: shiftExpr(i, &s)
        case .relativeDay: relativeDayExpr(i, &s)
        case .partOfDay: partOfDayExpr(i, &s)
        case .weekday: weekdayExpr(i, &s)
        case .season: seasonExpr(i, &s)
        case .decade: decadeExpr(i, &s)
        case .year: yearExpr(i, &s)
        }
    }

    /// `the week of October 7th`, `die Woche vom 7. Oktober`: the week containing a date.
    func weekOfExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard !s.hasDate, has(i, W.weekWord), has(i + 1, W.weekOf) else { return nil }
        var inner = Spec()
        guard let end = dayMonth(i + 2, &inner) ?? monthDay(i + 2, &inner), inner.day != nil else { return nil }
        s = inner
        s.weekOf = true
        return yearAfterDate(end, &s)
    }

    func holiday(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.holiday == nil, !s.hasDate || s.holidayModifier != nil, entry(i)?.startsExpression == true else {
            return nil
        }
        var first = key(i)
        if first.utf8.contains(where: { $0 == 39 || $0 == 45 || $0 == 46 || $0 == 0xE2 }) {
            first = Holiday.normalise(first)
        }
        guard let candidates = Holiday.index[first] else { return nil }
        for candidate in candidates {
            var j = i, ok = true
            for k in candidate.keys {
                while j < hi, Holiday.normalise(key(j)).isEmpty { j += 1 }  // apostrophe tokens in "boss's"
                guard j < hi, Holiday.normalise(key(j)) == k else { ok = false; break }
                j += 1
            }
            // a New Year's resolution is no date
            if ok, Holiday.table[candidate.holiday].holiday.name == "New Year's Day", key(j).hasPrefix("resolution") {
                return nil
            }
            guard ok else { continue }
            s.holiday = candidate.holiday
            // Christmas after next, Easter before last, Weihnachten nach dem nächsten: two on from the reference
            if s.holidayModifier == nil, let (two, end) = afterNextOrBeforeLast(j) {
                s.holidayModifier = two
                return end
            }
            return j
        }
        return nil
    }

    func relativeDayExpr(_ i: Int, _ s: inout Spec) -> Int? {
        // März des Vorjahres, am 4. März des Vorjahres: a month in the year a noun names
        if s.month != nil, s.year == nil, s.relative == nil, s.shift == nil, key(i - 1) == "des",
            let r = entry(i)?.relativeUnit, r.unit == .year
        {
            s.relative = r
            return i + 1
        }
        guard s.relativeDay == nil, !s.hasDate else { return nil }
        // texted to an assistant: `2day`, `2moro`, `2nite` (a 2 joined to the word's sound)
        if shiftsDates, language == .english, key(i) == "2", attached(i + 1), let texted = Self.textedDays[key(i + 1)] {
            s.relativeDay = texted.day
            if let p = texted.partOfDay { s.partOfDay = p }
            return i + 2
        }
        // the day after tomorrow / the day before yesterday
        if has(i, W.dayWord), has(i + 1, W.afterWord), has(i + 2, W.tomorrow) { s.relativeDay = 2; return i + 3 }
        if has(i, W.dayWord), has(i + 1, W.beforeWord), has(i + 2, W.yesterday) { s.relativeDay = -2; return i + 3 }
        // am Wochenende, übers Wochenende, das Wochenende, the weekend, over the weekend
        // (to an assistant the word alone too: `weekend?`, Duckling's `week-end` rule)
        if has(i, W.weekend), s.relative == nil,
            ["am", "übers", "das", "the", "zum", "vom", "dieses"].contains(key(i - 1)) || shiftsDates && i == lo
        {
            s.relative = (.week, 0)
            s.partOfDay = "WE"
            s.weekendByTense = key(i - 1) != "dieses"
            return i + 1
        }
        // heuer, Vorjahr (from the reference); Vortag, Folgejahr (from the date mentioned last)
        if let r = entry(i)?.relativeUnit, s.relative == nil, s.shift == nil {
            s.relative = r
            s.beforeNamedPeriod = r.offset == -1 && key(i).hasPrefix("vor")
            if let b = entry(i)?.boundary { s.boundary = b }  // Jahresende
            return i + 1
        }
        // am selben Tag, im gleichen Jahr: the unit of the date mentioned last
        if entry(i)?.sameAsAnchor == true, let u = entry(i + 1)?.unit, u.factor == 1, s.relative == nil, s.shift == nil
        {
            s.shift = (u.unit, 0)
            s.anchored = true
            return i + 2
        }
        // an jenem Sonntag, am selben Montag: the weekday of the date mentioned last
        if entry(i)?.sameAsAnchor == true, let w = entry(i + 1)?.weekday, entry(i + 1)?.weekdayPlural == false,
            s.weekday == nil, s.relative == nil, s.shift == nil
        {
            s.weekday = w
            s.anchored = true
            return i + 2
        }
        // am gleichen Abend: that day's evening
        if entry(i)?.sameAsAnchor == true, let p = entry(i + 1)?.partOfDay, s.relative == nil, s.shift == nil,
            s.partOfDay == nil
        {
            s.shift = (.day, 0)
            s.anchored = true
            s.partOfDay = p
            return i + 2
        }
        if let a = entry(i)?.anchoredShift, s.relative == nil, s.shift == nil {
            s.shift = (a.unit, Double(a.amount))
            s.anchored = true
            return i + 1
        }
        guard let e = entry(i), let r = e.relativeDay else { return nil }
        if key(i) == "morgen", has(i - 1, W.morgenMeansMorning) || morningNoun(i) { return nil }
        // the last word of a name (`USA Today`, `VOA Today`): English capitalises the day only there or first
        if language == .english, t.capitalized[i], i > lo, t.kinds[i - 1] == .word, t.capitalized[i - 1],
            entry(i - 1) == nil, i - 1 > lo, t.kinds[i - 2] != .punctuation
        {
            return nil
        }
        s.relativeDay = r
        // midnight tonight, Mitternacht heute Nacht: the midnight that ends the day
        if s.hour == 0, s.minute == 0, e.partOfDay == "NI", has(i - 1, W.midnight) { s.relativeDay = r + 1 }
        s.nowadays = language == .german && r == 0 && key(i).startsWith("heut")
        if let p = e.partOfDay, key(i) != "morgen" { s.partOfDay = p }
        return i + 1
    }

    /// German writes tomorrow `morgen` and the morning `Morgen`: a capital inside a sentence, after a
    /// word (`am frühen Morgen`, `den Morgen`), is the noun.
    func morningNoun(_ i: Int) -> Bool {
        language == .german && key(i) == "morgen" && t.capitalized[i] && i > lo && t.kinds[i - 1] == .word
    }

    static let earlyOrLate: Set<String> = ["frühen", "frühe", "späten", "späte", "early", "late"]

    func partOfDayExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.partOfDay == nil else { return nil }
        var j = i
        if has(j, W.partOfDayPreposition) { j += 1; if has(j, W.partOfDayArticle) { j += 1 } }
        // am frühen Morgen, am späten Abend: early or late in that part of the day
        var boundary: Int?
        if Self.earlyOrLate.contains(key(j)), entry(j + 1)?.partOfDay != nil {
            boundary = ["early", "frühen", "frühe"].contains(key(j)) ? -1 : 1
            j += 1
        }
        if entry(j)?.weekday != nil { return nil }  // Sonntagmorgen is the weekday's morning: weekdayExpr
        // the early hours of the morning, early in the morning: its first hours
        if has(j, W.earlyWord), has(j + 1, W.hoursWord) && has(j + 2, W.ofWord) || key(j + 1) == "in" {
            j += key(j + 1) == "in" ? 2 : 3
            if has(j, W.theArticle) { j += 1 }
            boundary = -1
        }
        if has(j, W.ampm), j > i { s.meridiem = key(j) == "pm" ? 12 : 0; return j + 1 }
        guard let p = entry(j)?.partOfDay else { return nil }
        if j == i, !s.hasDate, Self.greetings.contains(key(i - 1)) { return nil }  // "Good evening", "Guten Morgen"
        // a price or count for each night (`89 Euro pro Nacht`, `$89 a night`): a rate, not a time
        if j == i, !s.hasDate,
            Self.perWords.contains(key(i - 1))
                || key(i - 1) == "a" && (int(i - 2) != nil || Self.countedThings.contains(key(i - 2)))
        {
            return nil
        }
        // `three nights`, `two evenings`: a count of them, not a clock time at night
        if j == i, language == .english, key(j).hasSuffix("s"), entry(i - 1)?.number != nil || int(i - 1) != nil {
            return nil
        }
        if key(j) == "morgen", j == i, s.relativeDay == nil, !s.hasDate, !morningNoun(j) { return nil }
        // morgen früh, Montag früh, in der Früh (the noun, after its article; not the adverb `früh`)
        // (to an assistant, whose requests come in lower case, `in der früh` too)
        if key(j) == "früh", s.relativeDay == nil, s.weekday == nil, !(j > i && (t.capitalized[j] || shiftsDates)) {
            return nil
        }
        s.partOfDay = p
        if shiftsDates, s.boundary == nil { s.boundary = boundary }
        if p == "NI", s.weekday == nil, !s.hasDate, let (w, end) = nightBefore(j + 1) {
            s.weekday = w
            return end
        }
        // die Nacht zum 15. März, vom 14. auf den 15. März: the night of the 14th, to an assistant (TimeML, as
        // KRAUTS and WikiWarsDE annotate it, has the night and the date apart: `Nacht vom 16.` | `17. April`)
        if p == "NI", s.weekday == nil, !s.hasDate, let (night, end) = nightBeforeDate(j + 1),
            shiftsDates || Self.nightTowards.contains(key(j + 1))
        {
            (s.day, s.month, s.year, s.twoDigitYear) = (night.day, night.month, night.year, night.twoDigitYear)
            // (TimeML: the night alone, the date it ends on an expression of its own: `Nacht` | `zum 23. Dezember`)
            return shiftsDates ? end : j + 1
        }
        return j + 1
    }

    /// German names a night by the morning it ends in: `die Nacht zum Freitag`, `in der Nacht auf
    /// Samstag` is Thursday's, Friday's night (TIMEX3 `…TNI` of the day it begins); `in der Nacht
    /// von Donnerstag auf Freitag` names both. The weekday the night begins on, and the end.
    func nightBefore(_ j: Int) -> (Int, Int)? {
        guard language == .german else { return nil }
        var k = j
        var from: Int?
        if key(k) == "von" || key(k) == "vom", let e = entry(k + 1), let w = e.weekday, !e.weekdayPlural {
            from = w
            k += 2
        }
        guard Self.nightTowards.contains(key(k)) else { return nil }
        k += 1
        if key(k) == "den" { k += 1 }
        guard let e = entry(k), let to = e.weekday, !e.weekdayPlural, e.partOfDay == nil,
            from == nil || from! % 7 + 1 == to
        else { return nil }
        return ((to + 5) % 7 + 1, k + 1)
    }

    /// German names a night by the date it ends on too: `die Nacht zum 15. März`, `in der Nacht vom 14. auf
    /// den 15. März` is the night of 14 March. The date of the day the night begins on (its year when
    /// stated), and the end.
    func nightBeforeDate(_ j: Int) -> (Spec, Int)? {
        guard language == .german else { return nil }
        var k = j
        // the day it begins on, when said (`vom 14.`, `vom 28. Februar`)
        var from = Spec()
        if key(k) == "von" || key(k) == "vom" {
            if let end = dayMonth(k + 1, &from) {
                k = end
            } else if let (d, end) = dayOfMonth(k + 1, allowBare: true) {
                from.day = d
                k = end
                if has(k, W.fullStop) { k += 1 }
            }
        }
        guard Self.nightTowards.contains(key(k)) else { return nil }
        k += 1
        if key(k) == "den" { k += 1 }
        var date = Spec()
        guard let end = dayMonth(k, &date), let d = date.day, let m = date.month else { return nil }
        // the day before (a year without leap day when none is stated)
        let before = CivilCalendar.civil(CivilCalendar.dayNumber(date.year ?? 2001, m, d) - 1)
        var night = date
        (night.day, night.month) = (before.day, before.month)
        night.year = date.year.map { _ in before.year }
        guard from.day == nil || from.day == night.day, from.month == nil || from.month == night.month else {
            return nil
        }
        return (night, end)
    }

    /// `Nacht zum Freitag`, `Nacht zu Freitag`, `Nacht auf Freitag`.
    static let nightTowards: Set<String> = ["zum", "zu", "auf"]

    /// The rest of texted day words after their `2`: `2day`, `2moro`, `2nite`.
    static let textedDays: [String: (day: Int, partOfDay: Code?)] = [
        "day": (0, nil), "moro": (1, nil), "morrow": (1, nil), "mrw": (1, nil), "nite": (0, "NI"), "night": (0, "NI"),
    ]

    /// Words that bound a time from before or after (`until 6`, `bis acht`, `nach acht`): `top`'s bounds before it and
    /// `after`/`nach` (not `from`, `since`, which open ranges and stretches: `from 3 to 5 percent`).
    static let hourBounds: Set<String> = beforeWords.union(["after", "nach"])
    static let exactnessWords: Set<String> = ["punkt", "pünktlich", "genau", "schlag", "exactly", "precisely"]
    static let greetings: Set<String> = ["good", "guten", "gute", "schönen", "schöne"]

    func weekdayExpr(_ i: Int, _ s: inout Spec) -> Int? {
        // (am heutigen Samstag: today, a Saturday; am gestrigen Montag, am morgigen Freitag)
        // (`the most in a decade on Monday`: a weekday is no day of a shift by months or more)
        if let shift = s.shift, shift.unit > .week { return nil }
        guard s.weekday == nil, s.relativeDay == nil || (-1...1).contains(s.relativeDay!), let e = entry(i),
            let w = e.weekday,
            !e.weekdayPlural || weekdayAdverbIsNextDay(e) && s.isEmpty
        else { return nil }
        let k = key(i)
        let short = k.utf8.count <= 3 && !(language == .english && k.utf8.count == 3 && !e.ambiguous)
        if short || e.ambiguous {
            let marked = has(i + 1, W.weekdayAbbreviationMark)
            let alone = hi - lo <= 2
            // (`tue the 19th`: English puts its article before the day)
            let dayAt = i + (marked ? 2 : 1)
            let followedByDate =
                dayOfMonth(dayAt, allowBare: true) != nil || has(i + 1, W.weekdayTimeLink)
                || language == .english && key(dayAt) == "the" && dayAt + 1 < hi && t.kinds[dayAt + 1] == .ordinal
                    && dayOfMonth(dayAt + 1, allowBare: true) != nil
            // A comma marks an abbreviation only before a date ("Fr, 18. Juli"): "Sun, a maker of computers" is a name.
            let dotted = t.kinds[i] == .abbreviation || marked && (key(i + 1) != "," || followedByDate)
            // English "Sun", "Sat", "Wed" are words and names too: without a mark or a date they need a
            // word that introduces days before them ("on Sun", "next Wed"; to an assistant, who types in lower
            // case, `lunch on wed`).
            let introduced =
                language == .english && e.ambiguous && (t.capitalized[i] || shiftsDates)
                && Self.weekdayIntroducers.contains(key(i - 1))
            if language == .english, e.ambiguous, !short {
                guard t.capitalized[i] || dotted || alone || followedByDate else { return nil }
            } else {
                let clockAfter = k != "so" && int(i + 1) != nil && has(i + 2, W.hourClockWord)  // Sa 18 Uhr
                // (to an assistant, English abbreviations before a day of the month: `tue 19th`, `thu the 21st`;
                // news has `Leeds sat 16th in the table`)
                guard
                    dotted && (alone || followedByDate || t.capitalized[i]) || introduced || clockAfter
                        || alone && k != "so" || shiftsDates && language == .english && followedByDate
                else { return nil }
            }
        }
        // Bild am Sonntag, Welt am Sonntag, the Mail on Sunday: a Sunday paper's name
        if w == 7, key(i - 1) == "am" || key(i - 1) == "on", Self.sundayPaperHeads.contains(key(i - 2)),
            t.capitalized[i - 2]
        {
            return nil
        }
        // the Sunday Telegraph, the Monday Club: after "the", before a capitalised word of no date, a name
        if language != .german, key(i - 1) == "the", i + 1 < hi, t.capitalized[i + 1], t.kinds[i + 1] == .word,
            entry(i + 1) == nil
        {
            return nil
        }
        s.weekday = w
        if let p = e.partOfDay, s.partOfDay == nil { s.partOfDay = p }  // Mittwochabend
        var j = i + 1
        if t.kinds[i] != .abbreviation, has(j, W.fullStop), short { j += 1 }
        // British `Friday week`: a week after that Friday (the phrase ending there, not `Friday weekly`)
        if language == .english, key(j) == "week", s.shift == nil, j + 1 >= hi || t.kinds[j + 1] != .word {
            s.shift = (.week, 1)
            return j + 1
        }
        if let (two, end) = afterNextOrBeforeLast(j) {
            s.weekdayModifier = two; j = end
        }  // Monday after next, Monday before last, Dienstag nach dem nächsten
        else if s.weekdayModifier == nil, s.relativeDay == nil, let (counted, end) = weekday(w, nth: 1, from: j),
            counted.weekday == nil
        {
            // der Montag nach Ostern, the Sunday before Christmas: the first such weekday from that date
            s = counted
            return end
        }
        return j
    }

    /// The nth `weekday` after or before the date that follows the link word at `link` (`nach`,
    /// `before` …): `der erste Montag nach Ostern`, `the Sunday before Christmas`. The spec of that
    /// date with the count, and the end.
    func weekday(_ weekday: Int, nth n: Int, from link: Int) -> (Spec, Int)? {
        guard let direction = Self.dateShiftLinks[key(link)], case (var inner, let end)? = shiftedDate(after: link)
        else {
            return nil
        }
        inner.weekdayFromDate = (n * direction, weekday)
        return (inner, end)
    }

    /// An assistant's reading of an amount counted from the date (or, with `clock`, the clock time) that
    /// follows the link word at `link`: `drei Tage nach Weihnachten`, `der Tag vor Heiligabend`, `der
    /// dritte Tag nach Weihnachten`, `zehn Minuten vor Mitternacht`; TimeML annotates the amount and the
    /// date apart, so news and narratives do not read it. A clock time keeps the day said before it
    /// (`morgen zehn Minuten vor acht`, from `before`). The moved spec and the end.
    func amount(_ unit: TimeUnit, _ amount: Double, from link: Int, clock: Bool = false, after before: Spec) -> (
        Spec, Int
    )? {
        guard shiftsDates, case (var inner, let end)? = shiftedDate(after: link, clock: clock) else { return nil }
        if inner.hasTime { inner.borrow(from: before) }
        inner.shift = (unit, Double(Self.dateShiftLinks[key(link)]!) * amount)
        inner.shiftsDate = true
        return (inner, end)
    }

    /// German `montags` alone is the next such day to an assistant, as Duckling's German day names read it (its
    /// English ones have no plural); elsewhere, and with a part of the day (`montagmorgens`), a set.
    func weekdayAdverbIsNextDay(_ e: LexEntry) -> Bool { shiftsDates && language == .german && e.partOfDay == nil }

    /// The word before `am Sonntag`, `on Sunday` in the names of Sunday papers.
    static let sundayPaperHeads: Set<String> = ["bild", "welt", "tagesspiegel", "mail", "independent", "scotland"]

    /// Words before a weekday that make an abbreviation one: `on Sun`, `next Wed`, `until Sat`.
    static let weekdayIntroducers: Set<String> = [
        "on", "next", "last", "this", "by", "until", "till", "from", "since", "every", "each",
        "through", "thru", "to", "-", "–", "and", "or", "before", "after", "coming", "past",
    ]

    func numericDate(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.day == nil, s.month == nil, i < hi else { return nil }
        let k = key(i)
        let kind = t.kinds[i]
        // `24. 12. 2004`, `am 12. 5.`: German day and month as ordinals with a space between (the month's period
        // may be the sentence's; not when the month counts the noun after it: `am 2. 3. Spieltag`)
        if language == .german, kind == .ordinal, let d = int(i), (1...31).contains(d), i + 1 < hi,
            t.kinds[i + 1] == .ordinal || has(i + 2, W.fullStop) && attached(i + 2), let m = int(i + 1),
            (1...12).contains(m), !countsWhatFollows(i + 2)
        {
            (s.day, s.month) = (d, m)
            if let y = int(i + 2), key(i + 2).utf8.count == 4 {
                s.year = y
                return i + 3
            }
            return i + 2
        }
        guard kind == .number || kind == .word else { return nil }
        // 31.10.1974, 15.2., 01.04., 15.10 (after am/bis/-), d/m/y, m/d/y
        if kind == .number, k.utf8.count == 10 || k.utf8.count == 7,
            k.utf8.filter({ $0 == 45 }).count == k.utf8.count / 4
        {
            // 2023-11-05, 2014-10 as one token
            let f = k.split(separator: "-").compactMap { Int($0) }
            if f.count >= 2, f[0] >= 1000, (1...12).contains(f[1]) {
                (s.year, s.month) = (f[0], f[1])
                if f.count == 3 { guard (1...31).contains(f[2]) else { return nil }; s.day = f[2] }
                return i + 1
            }
        }
        for sep: UInt8 in [46, 47] where k.utf8.contains(sep) {
            let parts = k.utf8.split(separator: sep, omittingEmptySubsequences: false).map { Array($0) }
            guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0.allSatisfy { $0 >= 48 && $0 <= 57 } })
            else { continue }
            let nums = parts.map { p in p.isEmpty ? nil : Int(String(decoding: p, as: UTF8.self)) }
            if sep == 46 {
                // (English writes the month first: 10.31.1974)
                let monthFirst =
                    language == .english && parts.count == 3 && (nums[1] ?? 0) > 12 && (nums[0] ?? 99) <= 12
                guard let d = nums[monthFirst ? 1 : 0], let m = nums[monthFirst ? 0 : 1], (1...31).contains(d),
                    (1...12).contains(m), parts[0].count <= 2, parts[1].count <= 2
                else { continue }
                if parts.count == 2 {
                    // "15.10" is a date only where a date is expected; "um 10.10" is a time. English writes no
                    // day and month so (`measuring 5.1.` is a magnitude), and a full stop that ends the sentence
                    // may be the sentence's (`lag bei 5.1.`) — though not to an assistant, who is asked for dates
                    // (a date is expected, too, where the number is the whole request: `13.2`)
                    let cued = has(i - 1, W.shortDateCue) || s.weekday != nil || i == lo && i + 1 >= hi
                    guard language != .english, cued || has(i + 1, W.fullStop) && (i + 2 < hi || shiftsDates) else {
                        continue
                    }
                    // (nor before `Uhr`, after a weekday too: `bis Donnerstag 7.10 Uhr`)
                    if has(i - 1, W.umBeforeTime) || has(i + 1, W.hourClockWord) { continue }
                }
                if parts.count == 3, let y = nums[2] {
                    guard parts[2].count == 2 || parts[2].count == 4 else { continue }
                    s.year = y
                    s.twoDigitYear = parts[2].count == 2
                }
                (s.day, s.month) = (d, m)
                return i + 1
            } else {
                if parts.count == 2, let m = nums[0], let y = nums[1], parts[1].count == 4, (1...12).contains(m) {
                    (s.month, s.year) = (m, y)
                    return i + 1
                }
                // 2/15, 15/2: an English month and day without a year, where a date is expected (not
                // "by 1/3", a fraction)
                if parts.count == 2, language == .english, let a = nums[0], let b = nums[1], parts[0].count <= 2,
                    parts[1].count <= 2
                {
                    let (m, d) = a > 12 ? (b, a) : (a, b)
                    let expected =
                        Self.slashDateCue.contains(key(i - 1)) || s.weekday != nil || has(i + 1, W.weekdayTimeLink)
                        || (i == lo && i + 1 >= hi) || marksClockTime(i + 1)
                        // (a label dating what follows its colon: `EDIT 6/14: …`, `6/14: …`, `EDIT (6/14): …`)
                        || key(i + 1) == ":" && i <= lo + 1
                        || key(i - 1) == "(" && key(i + 1) == ")" && key(i + 2) == ":" && i <= lo + 2
                    // (`24/7` is round the clock, no 24 July: `call us 24/7 at …`; after a whole number the
                    // fraction of a mixed number, as stock prices are quoted: `41 7/8 at 4 p.m.`)
                    guard expected, (1...12).contains(m), (1...31).contains(d), !(a == 24 && b == 7),
                        !(i > lo && t.kinds[i - 1] == .number)
                    else { continue }
                    (s.day, s.month) = (d, m)
                    return i + 1
                }
                // 2014/01/31: the year first, as in ISO 8601 (East Asian and database writing)
                if parts.count == 3, parts[0].count == 4, let y = nums[0], let m = nums[1], let d = nums[2],
                    parts[1].count <= 2, parts[2].count <= 2, (1...12).contains(m), (1...31).contains(d)
                {
                    (s.day, s.month, s.year) = (d, m, y)
                    return i + 1
                }
                guard parts.count == 3, let a = nums[0], let b = nums[1], let y = nums[2],
                    parts[2].count == 2 || parts[2].count == 4
                else { continue }
                let (m, d) = monthAndDay(a, b)
                guard (1...12).contains(m), (1...31).contains(d) else { continue }
                (s.day, s.month, s.year, s.twoDigitYear) = (d, m, y, parts[2].count == 2)
                return i + 1
            }
        }
        // 2024-06-18, 2014-10, 10-31-74: digit groups joined by hyphens without spaces.
        guard let a = int(i), has(i + 1, W.hyphen), attached(i + 1), attached(i + 2), let b = int(i + 2) else {
            return nil
        }
        let la = k.utf8.count, lb = key(i + 2).utf8.count
        let third = has(i + 3, W.hyphen) && attached(i + 3) && attached(i + 4) ? int(i + 4) : nil
        if la == 4, lb <= 2, (1...12).contains(b) {
            if let c = third, (1...31).contains(c) { (s.year, s.month, s.day) = (a, b, c); return i + 5 }
            s.year = a; s.month = b
            return i + 3
        }
        if let c = third, la <= 2, lb <= 2, key(i + 4).utf8.count == 2 || key(i + 4).utf8.count == 4 {
            let (m, d) = monthAndDay(a, b)
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            (s.day, s.month, s.year, s.twoDigitYear) = (d, m, c, key(i + 4).utf8.count == 2)
            return i + 5
        }
        return nil
    }

    /// A clock time no number could be mistaken for starts at `j`, perhaps after `around`/`gegen`: `6pm`,
    /// `18:00`, `noon` (so `04/01 around 6pm` is a date and its time).
    func marksClockTime(_ j: Int) -> Bool {
        let k = entry(j)?.approximate == true ? j + 1 : j
        var probe = Spec()
        guard timeOfDay(k, &probe) != nil, probe.hour != nil else { return false }
        return probe.meridiem != nil || has(k, W.noon) || has(k, W.midnight) || key(k).contains(":")
    }

    /// The month and day of two numbers before a year: German writes the day first, American English
    /// the month; a first number above 12 can only be a day (`14/03/2026`, British), a second only
    /// a day in German (`03/14/2026`).
    func monthAndDay(_ a: Int, _ b: Int) -> (month: Int, day: Int) {
        if language == .german { return b > 12 && a <= 12 ? (a, b) : (b, a) }
        return a > 12 && b <= 12 ? (b, a) : (a, b)
    }

    /// `late march`, `early may` typed in lower case: after early/mid/late an ambiguous month name is the
    /// month unless an article makes the pair a noun phrase (`a late march`) or, for `may`, a word
    /// follows (`early may be`).
    func lowercaseMonthAfterBoundary(_ i: Int) -> Bool {
        guard ["early", "mid", "late"].contains(key(i - 1)), !has(i - 2, W.theArticle), key(i - 2) != "a" else {
            return false
        }
        return key(i) != "may" || i + 1 >= hi || t.kinds[i + 1] != .word
    }

    /// `19. Juni 2024`, `erster März`, `the 15th of February`, `15 of february`, `20 of next month`, `14te April 15`.
    func dayMonth(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.day == nil, s.month == nil else { return nil }
        var j = i
        if has(j, W.theArticle) { j += 1 }
        guard let (d, afterDay) = dayOfMonth(j, allowBare: true) else { return nil }
        var k = afterDay
        // 18.Februar: the ordinal's period written against the month
        if language == .german, has(k, W.fullStop), attached(k), attached(k + 1),
            monthName(k + 1, hasContext: true) != nil
        {
            k += 1
        }
        if has(k, W.ofWord) { k += 1 }
        // `15 vom März` (Duckling's German `<day> vom <month>`; a month name must follow)
        if language == .german, key(k) == "vom" || key(k) == "von", monthName(k + 1, hasContext: true) != nil { k += 1 }
        if has(k, W.theArticle) { k += 1 }
        if let m = monthName(k, hasContext: true) {
            (s.day, s.month) = (d, m)
            k += 1
            // Sept. 2023
            if has(k, W.fullStop), t.kinds[k - 1] == .word, key(k - 1).utf8.count <= 4, int(k + 1) != nil { k += 1 }
            return yearAfterDate(k, &s)
        }
        // 20 of next month, the first of this month, am 15. diesen Monats
        if let mod = entry(k)?.modifier, let u = entry(k + 1)?.unit, u.unit == .month,
            k > afterDay || mod != 0 || language == .german
        {
            s.day = d
            s.relative = (.month, mod)
            return k + 2
        }
        // the first of the month, am Ersten des Monats: this month's
        let month = language == .german && key(k) == "des" ? k + 1 : k
        if month > afterDay, has(month - 1, W.theArticle) || key(month - 1) == "des",
            namesOne(.month, at: month)
        {
            s.day = d
            s.relative = (.month, 0)
            return month + 1
        }
        // "the 1st", "Tuesday 19th", "am 15.": a day without a month
        // (German `am`, `vom`, `zum` hold the article: "an dem 15.")
        // (and so does the article apart after a preposition of dates or a weekday, or opening the
        // utterance: `ab dem 20.`, `Freitag, den 13.`, not `auf den 3. gesetzt`)
        let contracted =
            language == .german
            && (Self.articleContractions.contains(key(i - 1))
                || key(i - 1) == "des" && s.partOfDay != nil && !s.hasDate
                || Self.germanDayArticles.contains(key(i - 1))
                    && (s.weekday != nil || i - 1 == lo || Self.germanDayPrepositions.contains(key(i - 2))))
        // (A sentence's full stop after the number is also the ordinal's dot: "Er kommt am 15.")
        let dotted = ordinalValue(j) != nil || contracted && int(j) != nil && has(afterDay, W.fullStop)
        let explicitOrdinal =
            dotted && (t.kinds[j] != .ordinal || contracted) || has(i, W.theArticle) && ordinalValue(j) != nil
        if explicitOrdinal, entry(j)?.unit == nil,
            entry(j)?.ordinal == nil || has(i, W.theArticle) || contracted || s.weekday != nil
        {
            // "the first" alone is mostly an ordinal ("the first time"): a day needs a weekday, a
            // preposition of dates before it ("on the 11th"), or to be the whole utterance or
            // followed by its clock time ("the 15th at 6pm").
            // (`between the 15th and …` opens a range of days; `between the first and …` ranks)
            let rangeOpener = Self.andRangeOpeners.contains(key(i - 1))
            let dayCue =
                s.weekday != nil
                || Self.dayOnlyCue.contains(key(i - 1))
                    && !(rangeOpener && t.kinds[j] == .word && digitsPrefix(j) == nil)
                // the evening of the 15th, am Morgen des 15.; the week of the 20th
                || (s.partOfDay != nil && !s.hasDate || has(i - 2, W.weekWord) && has(i - 1, W.weekOf))
                    && (key(i - 1) == "of" || key(i - 1) == "des")
                || (i == lo && (afterDay >= hi - 1 || has(afterDay, W.timeCue)))
            // ... and is no ordinal of a count or unit after it: "after the first 30 minutes", "for the first two years"
            let counted = quantity(afterDay) != nil || entry(afterDay)?.unit != nil
            // German dots the ordinal of anything: before a noun it counts that ("am 15. Spieltag"); an English
            // ordinal before a lower-case word other than a function word ranks that: "after the first
            // allegations", "on the 15th anniversary" (not "on the 15th he left", "the first of May")
            let nounAfter =
                afterDay < hi && t.kinds[afterDay] == .word
                && (contracted && t.capitalized[afterDay]
                    || language == .english && !t.capitalized[afterDay] && entry(afterDay) == nil
                        && !StopWords.english.contains(key(afterDay)))
            if dayCue, !counted, !nounAfter,
                has(i, W.theArticle) || contracted || s.weekday != nil || t.kinds[j] != .word || digitsPrefix(j) != nil
            {
                s.day = d
                return afterDay
            }
        }
        return nil
    }

    /// German prepositions fused with the article `dem`.
    static let articleContractions: Set<String> = ["am", "vom", "zum"]
    /// German articles before a day said without its month (`ab dem 20.`, `Freitag, den 13.`, `Dienstag, der 19.`).
    static let germanDayArticles: Set<String> = ["dem", "den", "der"]
    static let germanDayPrepositions: Set<String> = ["ab", "seit", "bis", "vor", "nach", "für", "zwischen"]

    /// Before a month/day written with a slash.
    /// (Not `from`, `by`: "rose from 1/3 to 1/2", "cut by 1/4" are fractions.)
    static let slashDateCue: Set<String> = ["on", "until", "till", "since"]

    static let dayOnlyCue: Set<String> = [
        "on", "by", "until", "till", "since", "from", "before", "after", "am", "vom", "zum", "bis",
        "seit", "ab", "den", "dem", "der", "between", "zwischen",
    ]
    /// Openers of a range whose ends `and`/`und` join (`between 9 and 11`, `zwischen dem 15. und 20.`); before
    /// the first day of such a range a day is one only in digits, and only with the range's other end
    /// (GrammarTop.top).
    static let andRangeOpeners: Set<String> = ["between", "zwischen"]

    /// After a day and month: `, 2014`, ` 1980`, ` 15` (two-digit year).
    func yearAfterDate(_ k: Int, _ s: inout Spec) -> Int {
        var j = k
        if has(j, W.comma) { j += 1 }
        if let (y, end) = yearNumber(j, requireCue: false) { s.year = y; return end }
        if let v = int(j), key(j).utf8.count == 2, !has(j + 1, W.timeMarker), !attached(j + 1) || j + 1 >= hi,
            entry(j + 1)?.unit == nil
        {
            s.year = v
            s.twoDigitYear = true
            return j + 1
        }
        return k
    }

    /// What after an English month name shows it is the month: `march after next`, `march of next year`,
    /// `march next year`, `march first` (an ordinal word; not after `may`, a verb before "first").
    func relatedAfter(_ j: Int) -> Bool {
        guard language == .english else { return false }
        if has(j, W.afterWord), has(j + 1, W.nextWord) { return true }
        let y = has(j, W.ofWord) ? j + 1 : j
        if has(y, W.yearModifier), has(y + 1, W.yearAfterModifier) { return true }
        if key(j - 1) != "may", let o = entry(j)?.ordinal, o >= 1, o <= 31, entry(j + 1)?.unit == nil {
            return true
        }
        return false
    }

    /// `Februar 18`, `March 3 2015`, `Jul 18, 2014`, `October 7th`, `September 2023`, `März`.
    func monthDay(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.month == nil else { return nil }
        // (early May, Ende Mai: after a boundary word a month name is the month, in English when capitalised)
        let context =
            s.hasDate || has(i - 1, W.monthCue)
            || (i > lo && entry(i - 1)?.boundary != nil
                && (language != .english || t.capitalized[i] || lowercaseMonthAfterBoundary(i)))
        let ordinalAfter = digitsPrefix(i + 1).map { Self.isOrdinalSuffix($0.rest) } == true  // march 3rd
        // february the 15th: an article, then an ordinal day
        // (not "in May the second round", "March the fourth quarter": no noun after the ordinal)
        let articleOrdinal =
            language == .english && has(i + 1, W.theArticle) && s.day == nil && ordinalValue(i + 2) != nil
            && dayOfMonth(i + 2, allowBare: false).map { (_, end) in
                end >= hi || t.kinds[end] != .word || entry(end) != nil && entry(end)?.unit == nil
            } == true
        guard
            let m = monthName(
                i,
                hasContext: context || int(i + 1) != nil || ordinalAfter || articleOrdinal
                    || (has(i + 1, W.fullStop) && int(i + 2) != nil) || relatedAfter(i + 1))
        else { return nil }
        s.month = m
        var j = i + 1
        // march after next, März nach dem nächsten: the one after the next
        if s.monthModifier == nil, s.year == nil, let (two, end) = afterNextOrBeforeLast(j), two == 2 {
            s.monthModifier = 2
            return end
        }
        if has(j, W.fullStop), key(i).utf8.count <= 4, int(j + 1) != nil { j += 1 }
        if articleOrdinal { j += 1 }
        // (German writes the day after the month only alone, `Februar 18`: a number with a word after it counts
        // what follows, `bis Ende Januar 14 weitere Verhandlungstage`)
        if s.day == nil, let (d, end) = dayOfMonth(j, allowBare: true), !(int(j) != nil && key(j).utf8.count == 4),
            !(language != .english && int(j) != nil && end < hi && t.kinds[end] == .word)
        {
            s.day = d
            return yearAfterDate(end, &s)
        }
        if has(j, W.ofWord) { j += 1 }
        if let (y, end) = yearNumber(j, requireCue: false) { s.year = y; return end }
        if has(j, W.yearModifier), has(j + 1, W.yearAfterModifier) {
            s.relative = (.year, entry(j)!.modifier!); return j + 2
        }
        return j
    }

    func yearExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.year == nil else { return nil }
        // im Oktober desselben Jahres, Herbst des gleichen Jahres: the year of the date mentioned last
        if s.month != nil || s.season != nil, s.shift == nil, s.relative == nil {
            let k = key(i) == "des" ? i + 1 : i
            if entry(k)?.sameAsAnchor == true, entry(k + 1)?.unit?.unit == .year, entry(k + 1)?.unit?.factor == 1 {
                s.shift = (.year, 0)
                s.anchored = true
                if s.season != nil { s.seasonModifier = 0 }
                return k + 2
            }
        }
        var j = i
        if has(j, W.yearWord) { j += 1 }
        if let (y, end) = yearInWords(j) { s.year = y; return end }
        guard let (y, end) = yearNumber(j, requireCue: j == i && !s.hasDate) else { return nil }
        s.year = y
        return end
    }

    /// English years in words: `nineteen ninety-six`, `nineteen eighty`, `two thousand`, `two thousand and five`.
    func yearInWords(_ j: Int) -> (Int, Int)? {
        guard language == .english, let first = entry(j)?.number, first == first.rounded() else { return nil }
        if first == 2, key(j + 1) == "thousand" {
            var k = j + 2
            if key(k) == "and" { k += 1 }
            if let n = entry(k)?.number, n >= 1, n < 100, n == n.rounded(), k > j + 2 || key(k) != "a" {
                return (2000 + Int(n), k + 1)
            }
            return key(j) == "two" && (has(j - 1, W.theArticle) || key(j - 1) == "year" || key(j - 1) == "in")
                ? (2000, j + 2) : nil
        }
        guard (10...20).contains(first), key(j).utf8.count > 2 else { return nil }
        // the second half: ninety-six (one token), ninety six, eighty, oh five
        if int(j + 1) == nil, let (m, end) = wordCount(j + 1, below: 100),
            m >= 10 || key(j + 1) == "o" || key(j + 1) == "oh"
        {
            return (Int(first) * 100 + m, end)
        }
        return nil
    }

    static let fusedArticles: Set<String> = [
        "am", "im", "dem", "der", "den", "des", "die", "das", "vom", "zum", "zur", "the",
    ]
    static let germanUnitArticles: Set<String> = ["die", "das", "der", "den", "dem"]
    /// German adjective endings (`folgende`, `folgenden`, `drittletzter` …).
    static let germanAdjectiveEndings = ["e", "en", "er", "es", "em"]
    static func inflected(_ stems: [String]) -> [String] {
        stems.flatMap { s in germanAdjectiveEndings.map { s + $0 } }
    }

    static let followingWords: Set<String> = Set(
        ["following", "ensuing", "subsequent"] + inflected(["folgend", "darauffolgend", "nachfolgend"]))

    /// `the previous day`, `am vorangegangenen Abend`: before the date mentioned last.
    static let precedingWords: Set<String> = Set(["previous", "preceding"] + inflected(germanPrecedingStems))
    static let germanPrecedingStems = ["vorhergehend", "vorangegangen", "vorausgegangen"]

    /// `the full year`: the whole of the year under report.
    static let wholeWords: Set<String> = ["full"]
    /// Words that make a year or quarter a company's (`this fiscal year`; German joins them: `Geschäftsjahr`).
    static let fiscalWords: Set<String> = ["fiscal", "financial"]

    /// `after next` (+2) or `before last` (−2) at `j` closing an expression, German `nach dem nächsten`, `vor dem
    /// letzten` (`Dienstag nach dem nächsten`, `die Woche nach der nächsten`, `Freitag nach nächstem`): two on
    /// from the reference. The modifier and the end; none in German when a noun or a number follows (`nach
    /// dem nächsten Spiel` names an event; `weg`, `nicht` are no nouns).
    func afterNextOrBeforeLast(_ j: Int) -> (modifier: Int, end: Int)? {
        if let two = englishAfterNextOrBeforeLast(j) { return (two, j + 2) }
        guard language == .german, let two = ["nach": 2, "vor": -2][key(j)] else { return nil }
        let n = ["dem", "der"].contains(key(j + 1)) ? j + 2 : j + 1
        guard entry(n)?.modifier == two / 2, key(n).hasPrefix(two > 0 ? "nächst" : "letzt") else { return nil }
        if n + 1 < hi, t.kinds[n + 1] == .word && t.capitalized[n + 1] || t.kinds[n + 1] == .number { return nil }
        return (two, n + 1)
    }

    /// English `after next` (+2) or `before last` (−2) at `j` (in a text of either language), two words.
    func englishAfterNextOrBeforeLast(_ j: Int) -> Int? {
        if has(j, W.afterWord), has(j + 1, W.nextWord) { return 2 }
        return key(j) == "before" && key(j + 1) == "last" ? -2 : nil
    }

    /// `letzte Woche`, `nächstes Jahr`, `diesen Monat`, `dieses Quartal`, `last year`, `this yr`,
    /// and modified weekdays, months, seasons and holidays: `letzten Dienstag`, `next March`.
    func relativeWithModifier(_ i: Int, _ s: inout Spec) -> Int? {
        // earlier in the year, later in the month: the current one (TimeBank's span; not `later in the day`, which
        // the story's day holds)
        if language == .english, key(i) == "earlier" || key(i) == "later", key(i + 1) == "in", has(i + 2, W.theArticle),
            s.relative == nil, !s.hasDate, let u = entry(i + 3)?.unit, u.factor == 1,
            [.week, .month, .year].contains(u.unit), !isPluralUnit(i + 3)
        {
            s.relative = (u.unit, 0)
            return i + 4
        }
        var j = i
        if has(j, W.theArticle) { j += 1 }
        // the weekend after next, the week after next, the year before last: two units on (without the
        // article too, unless a date word follows: `a week after next Monday` counts from Monday)
        let twoOn = j > i || j + 3 >= hi || !t.content[j + 3]
        if twoOn, let two = englishAfterNextOrBeforeLast(j + 1) {
            if s.relative == nil, has(j, W.weekend) {
                s.relative = (.week, two)
                s.partOfDay = "WE"
                return j + 3
            }
            // the night before last: the night of the day before yesterday, as `vorletzte Nacht`
            if two == -2, s.relativeDay == nil, !s.hasDate, entry(j)?.partOfDay == "NI", !isPluralUnit(j) {
                s.relativeDay = -2
                s.partOfDay = "NI"
                return j + 3
            }
            if s.relative == nil, let u = entry(j)?.unit, u.factor == 1,
                ![.second, .minute, .hour, .day].contains(u.unit), !isPluralUnit(j)
            {
                s.relative = (u.unit, two)
                return j + 3
            }
        }
        // sales for the full year: a company's whole year, the one reported on, like this year (TimeBank)
        if j > i, s.relative == nil, Self.wholeWords.contains(key(j)), let u = entry(j + 1)?.unit, u.factor == 1,
            u.unit == .year, !isPluralUnit(j + 1)
        {
            s.relative = (.year, 0)
            return j + 2
        }
        // in the new year: the coming one, as German `im neuen Jahr` (not the holiday, `New Year`)
        if j > i, s.relative == nil, language == .english, key(j) == "new", !t.capitalized[j],
            let u = entry(j + 1)?.unit, u.factor == 1, u.unit == .year, !isPluralUnit(j + 1), !t.capitalized[j + 1]
        {
            s.relative = (.year, 1)
            s.newYear = true
            return j + 2
        }
        // die Woche nach der nächsten, das Wochenende nach dem nächsten: German, with its own articles
        if j == i, s.relative == nil, Self.germanUnitArticles.contains(key(i - 1)),
            let (two, end) = afterNextOrBeforeLast(i + 1)
        {
            if has(i, W.weekend) { s.relative = (.week, two); s.partOfDay = "WE"; return end }
            if let u = entry(i)?.unit, u.factor == 1, ![.second, .minute, .hour, .day].contains(u.unit),
                !isPluralUnit(i)
            {
                s.relative = (u.unit, two)
                return end
            }
        }
        guard let mod = entry(j)?.modifier else { return nil }
        if key(j) == "morgen" { return nil }
        // this coming Friday, this upcoming weekend: the first one after today, this week's or the next
        // (not "next Friday", "coming Friday": next week's)
        if mod == 0, key(j) == "this", ["coming", "upcoming"].contains(key(j + 1)) {
            if s.weekday == nil, let e = entry(j + 2), let w = e.weekday, !e.weekdayPlural {
                s.weekday = w
                s.weekdayCount = 1
                return j + 3
            }
            if s.relative == nil, has(j + 2, W.weekend) {
                s.relative = (.week, 0)
                s.partOfDay = "WE"
                return j + 3
            }
        }
        // am folgenden Tag, im darauffolgenden Jahr, the following month, am nächsten Morgen, the next day:
        // one unit after the date mentioned last (not "nächste Woche", "next week": from now)
        let articled = j > i || Self.fusedArticles.contains(key(j - 1))
        let following =
            Self.followingWords.contains(key(j))
            || articled && (key(j) == "nächsten" || key(j) == "next")
                && (entry(j + 1)?.unit?.unit == .day || entry(j + 1)?.partOfDay != nil)
        // (a week keeps its modifier reading, and so does a unit a boundary is of: "Ende des folgenden Jahres")
        let ofBoundary =
            (["des", "of"].contains(key(i - 1)) && entry(i - 2)?.boundary != nil)
            || (["des", "of"].contains(key(j - 1)) && entry(j - 2)?.boundary != nil)
        // the previous day, am vorangegangenen Tag: one unit before the date mentioned last
        let preceding = articled && Self.precedingWords.contains(key(j))
        if following || preceding, s.shift == nil, s.relative == nil, !s.hasDate, !ofBoundary {
            let step = following ? 1.0 : -1.0
            if let u = entry(j + 1)?.unit, u.factor == 1, !isPluralUnit(j + 1), [.day, .month, .year].contains(u.unit) {
                s.shift = (u.unit, step)
                s.anchored = true
                return j + 2
            }
            if let p = entry(j + 1)?.partOfDay, p != "WE", articled {
                s.shift = (.day, step)
                s.anchored = true
                s.partOfDay = p
                return j + 2
            }
        }
        j += 1
        // last night, letzte Nacht: the night (or evening) before today; vorletzte Nacht the one before it
        if mod == -1 || mod == -2, s.relativeDay == nil, !s.hasDate, let p = entry(j)?.partOfDay,
            p == "NI" || p == "EV",
            !isPluralUnit(j) || key(j) == "nacht"
        {
            s.relativeDay = mod
            s.partOfDay = p
            return j + 1
        }
        // this fiscal year, last fiscal year, the current fiscal quarter: a company's year or quarter, named
        // from the reference like the calendar's
        if Self.fiscalWords.contains(key(j)), let u = entry(j + 1)?.unit?.unit, u == .year || u == .quarter { j += 1 }
        if let u = entry(j)?.unit, u.factor == 1, ![.second, .minute, .hour].contains(u.unit),
            !isPluralUnit(j) || mod == 0
        {
            if u.unit == .day && mod != 0 { return nil }
            if s.relative != nil || s.shift != nil { return nil }
            s.relative = (u.unit, mod)
            s.newYear = u.unit == .year && key(j - 1).hasPrefix("neu")
            return j + 1
        }
        if has(j, W.weekend) { s.relative = (.week, mod); s.partOfDay = "WE"; return j + 1 }
        if let w = entry(j)?.weekday, s.weekday == nil, entry(j)?.weekdayPlural == false {
            s.weekday = w
            s.weekdayModifier = mod
            // (`kommenden Freitag` in news too: the coming one, where `nächsten` may mean next week's)
            s.nextOccurrence =
                mod == 1 && language == .german && (shiftsDates || key(j - 1).hasPrefix("kommend"))
            return j + 1
        }
        if let m = monthName(j, hasContext: true), s.month == nil {
            s.month = m
            s.monthModifier = mod
            return j + 1
        }
        if let season = entry(j)?.season, s.season == nil {
            s.season = season
            s.seasonModifier = mod
            return j + 1
        }
        if let p = entry(j)?.partOfDay, mod == 0, s.partOfDay == nil, s.relativeDay == nil {
            s.relativeDay = 0
            s.partOfDay = p
            return j + 1
        }
        var h = Spec()
        if let end = holiday(j, &h) {
            s.holiday = h.holiday
            s.holidayModifier = mod
            return end
        }
        return nil
    }

    /// `die zweite Jahreshälfte`, `im ersten Halbjahr 2024`, `the first half of 2024`: a half-year.
    func halfExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.half == nil else { return nil }
        var j = i
        if has(j, W.theArticle) || ["die", "der", "den", "dem"].contains(key(j)) { j += 1 }
        // H1 2014, H2 2023: a half-year with its year (alone, `H1` is as often a heading or a code)
        if key(j) == "h1" || key(j) == "h2", let (y, end) = yearNumber(j + 1, requireCue: false) {
            s.half = key(j) == "h1" ? 1 : 2
            s.year = y
            return end
        }
        guard let (o, end) = ordinalValue(j), o == 1 || o == 2 else { return nil }
        var k = end
        let halfWord = ["hälfte", "jahreshälfte", "halbjahr", "halbjahres", "half", "halbjahrs"]
        guard halfWord.contains(key(k)) else { return nil }
        let bare = key(k) == "hälfte" || key(k) == "half"
        k += 1
        // "die zweite Hälfte" needs "des Jahres …"/"of …"; Jahreshälfte, Halbjahr are years' halves anyway
        if has(k, W.ofWord) || key(k) == "des" {
            if entry(k + 1)?.unit?.unit == .year {
                k += 2
            } else if let (offset, end) = relativeYear(k + 1) {
                // the first half of the year, of next year, der zweiten Hälfte des kommenden Jahres
                if offset != 0 { s.relative = (.year, offset) }
                s.half = o
                return end
            } else if yearNumber(k + 1, requireCue: false) != nil {
                k += 1
            } else if ["fiscal", "fy"].contains(key(k + 1)), yearNumber(k + 2, requireCue: false) != nil {
                k += 2  // the first half of fiscal 1990, as `the third quarter of fiscal 1990`
            } else if bare {
                return nil
            }
        } else if bare, yearNumber(k, requireCue: false) == nil {
            return nil
        }
        s.half = o
        if let (y, e) = yearNumber(k, requireCue: false) { s.year = y; k = e }
        return k
    }

    /// German calendar weeks (ISO 8601): `die 12. Kalenderwoche`, `Kalenderwoche 12`, `KW 12`, `KW 12/2024`,
    /// `in der 3. KW 2025`, `der Kalenderwoche 12 des Jahres 2024`.
    func calendarWeekExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard language == .german, s.isoWeek == nil else { return nil }
        func isWeekWord(_ k: Int) -> Bool { has(k, W.calendarWeekWord) }
        // (cheap first: a week word here or one token on, after an ordinal, or after an article)
        guard isWeekWord(i) || isWeekWord(i + 1) || isWeekWord(i + 2) else { return nil }
        var j = i
        if Self.germanWeekArticles.contains(key(j)) { j += 1 }
        guard isWeekWord(j) || isWeekWord(j + 1) else { return nil }
        let week: Int
        if let (o, end) = ordinalValue(j), isWeekWord(end) {
            (week, j) = (o, end + 1)
        } else if isWeekWord(j), j + 1 < hi, t.kinds[j + 1] == .number, let v = int(j + 1), key(j + 1).utf8.count <= 2 {
            (week, j) = (v, j + 2)
        } else if isWeekWord(j), j + 1 < hi, t.kinds[j + 1] == .number,
            case let parts = key(j + 1).split(separator: "/"),
            parts.count == 2, parts[0].utf8.count <= 2, parts[1].utf8.count == 4, let v = Int(parts[0]),
            let y = Int(parts[1])
        {
            // KW 12/2024 as one token
            guard (1...53).contains(v) else { return nil }
            s.isoWeek = v
            s.year = y
            return j + 2
        } else {
            return nil
        }
        guard (1...53).contains(week) else { return nil }
        s.isoWeek = week
        // KW 12/2024, KW 12 2024, der 12. Kalenderwoche des Jahres 2024, KW 12 des kommenden Jahres
        if key(j) == "/", attached(j), let (y, end) = yearNumber(j + 1, requireCue: false) {
            s.year = y; return end
        }
        if key(j) == "des", let (y, end) = yearNumber(j + 1, requireCue: false) { s.year = y; return end }
        if key(j) == "des", let (offset, end) = relativeYear(j + 1) {
            if offset != 0 { s.relative = (.year, offset) }
            return end
        }
        if let (y, end) = yearNumber(j, requireCue: false), key(j).utf8.count == 4 { s.year = y; return end }
        return j
    }

    static let germanWeekArticles: Set<String> = ["die", "der", "den", "dem"]
    static let calendarWeekWords: Set<String> = ["kalenderwoche", "kalenderwochen", "kw"]

    /// German words for the period a report is about (0) and the same period a year before (−1).
    static let germanReportedPeriods: [String: Int] = [
        "berichtsquartal": 0, "berichtsquartals": 0, "berichtszeitraum": 0, "berichtszeitraums": 0,
        "vorjahresquartal": -1, "vorjahresquartals": -1, "vorjahreszeitraum": -1, "vorjahreszeitraums": -1,
        "vorjahresperiode": -1,
    ]

    /// Adjectives of the period a report is about: `the latest quarter`, `the same period`, `the
    /// corresponding period` (last year), `the comparable quarter` (a year ago).
    static let reportedPeriodAdjectives: Set<String> = ["latest", "same", "corresponding", "comparable"]

    /// `the latest quarter`, `the period`, `the year-ago quarter`, `year-earlier`: the quarter a financial
    /// report is about, or the same quarter a year before (English).
    func reportedQuarterExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.reportedQuarter == nil else { return nil }
        // German names the period in one word: im Berichtsquartal, gegenüber dem Vorjahresquartal
        if language != .english, !s.hasDate, let years = Self.germanReportedPeriods[key(i)] {
            s.reportedQuarter = years
            s.reportedPeriod = !key(i).contains("quartal")
            return i + 1
        }
        guard language == .english else { return nil }
        // last year's quarter, a year ago's period: the period under discussion, in the year named before it
        if s.relative?.unit == .year, s.shift == nil, s.month == nil, s.day == nil, s.quarter == nil,
            key(i - 1) == "'s" || key(i - 1) == "’s", key(i) == "quarter" || key(i) == "period"
        {
            s.reportedQuarter = 0
            return i + 1
        }
        guard !s.hasDate else { return nil }
        var j = i
        if key(j) == "the" { j += 1 }
        if key(j) == "year-ago" || key(j) == "year-earlier" {
            s.reportedQuarter = -1
            j += 1
            if key(j) == "quarter" || key(j) == "period" { j += 1 }
            return j
        }
        guard key(i) == "the" else { return nil }
        // the 1988 quarter, the 1988 period: the period under discussion in the year named
        if let v = int(j), key(j).utf8.count == 4, (1900...2199).contains(v),
            key(j + 1) == "quarter" || key(j + 1) == "period"
        {
            s.reportedQuarter = 0
            s.year = v
            return j + 2
        }
        if Self.reportedPeriodAdjectives.contains(key(j)) { j += 1 }
        guard key(j) == "quarter" || key(j) == "period" else { return nil }
        // "the quarter ended Sept. 30" is it too; "the quarter of a century" is not.
        if key(j + 1) == "of" || key(j + 1) == "century" { return nil }
        s.reportedQuarter = 0
        return j + 1
    }

    /// The parts of a hyphenated token (`third-quarter`, `two-year`, `year-earlier`), nil for others.
    func hyphenParts(_ i: Int) -> [Substring]? { Self.hyphenParts(of: key(i)) }

    /// The quarter three months with a hyphen span, first to last (`july-september`), if the key is one.
    static func quarterOfMonths(_ key: String, lexicon: Lexicon) -> Int? {
        guard let parts = hyphenParts(of: key), parts.count == 2, let a = lexicon.entries[String(parts[0])]?.month,
            let b = lexicon.entries[String(parts[1])]?.month, b == a + 2, (a - 1) % 3 == 0
        else { return nil }
        return (a - 1) / 3 + 1
    }
    /// Nouns after months a hyphen joins that make them one quarter.
    static let periodNouns: Set<String> = ["period", "quarter", "zeitraum", "quartal"]

    /// The parts of a hyphenated key (for TokenView too, which has no grammar), nil for others.
    static func hyphenParts(of k: String) -> [Substring]? {
        guard k.utf8.contains(45), k.utf8.count <= 24 else { return nil }
        let parts = k.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 && !parts.contains(where: \.isEmpty) ? parts : nil
    }

    /// An ordinal written as a word or with a suffix: `third`, `3rd`, `dritte`.
    func ordinalWord(_ word: Substring) -> Int? {
        if let o = lexicon.entries[String(word)]?.ordinal { return o }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, Self.isOrdinalSuffix(word.dropFirst(digits.count)) else { return nil }
        return Int(digits)
    }

    /// A count written as a word or in digits: `two`, `10`, `zwei`.
    func countWord(_ word: Substring) -> Double? {
        if let n = lexicon.entries[String(word)]?.number { return n }
        guard word.utf8.count <= 4, word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Double(word)
    }

    var lexicon: Lexicon { Lexicon.forLanguage(language) }

    /// `4tes Quartal 2018`, `third qtr`, `Q2 2024`, `im zweiten Quartal`, `third-quarter`.
    func quarterExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.quarter == nil else { return nil }
        if let end = halfExpr(i, &s) { return end }
        if let end = calendarWeekExpr(i, &s) { return end }
        var j = i
        if has(j, W.theArticle) { j += 1 }
        var q: Int
        if let (o, end) = ordinalValue(j), (1...4).contains(o), entry(end)?.unit?.unit == .quarter,
            entry(end)?.unit?.factor == 1
        {
            q = o
            j = end + 1
        } else if key(j).utf8.count == 2, key(j).hasPrefix("q"), let v = Int(key(j).dropFirst()), (1...4).contains(v) {
            q = v
            j += 1
        } else if let y = int(j), key(j).utf8.count == 2 || key(j).utf8.count == 4, attached(j + 1),
            key(j + 1).utf8.count == 2, key(j + 1).hasPrefix("q"), let v = Int(key(j + 1).dropFirst()),
            (1...4).contains(v)
        {
            // 18q4, 2018q4: a year and its quarter in one word
            s.quarter = v
            s.year = y
            s.twoDigitYear = key(j).utf8.count == 2
            return j + 2
        } else if let parts = hyphenParts(j), parts.count == 2, let o = ordinalWord(parts[0]), (1...4).contains(o),
            lexicon.entries[String(parts[1])]?.unit?.unit == .quarter
        {
            q = o  // third-quarter, 3rd-quarter
            j += 1
        } else if let quarter = Self.quarterOfMonths(key(j), lexicon: lexicon), Self.periodNouns.contains(key(j + 1)) {
            q = quarter  // the July-September period, the April-June quarter
            j += 2
        } else {
            return nil
        }
        s.quarter = q
        // `of` only before the year it names: `the third quarter of 2024`, `of next year`, `of fiscal 1990` (not `a
        // loss for the third quarter of $226.3 million`)
        let afterOf = has(j, W.ofWord) ? j + 1 : j
        let fiscal = afterOf > j && (key(afterOf) == "fiscal" || key(afterOf) == "fy") ? afterOf + 1 : afterOf
        if let (y, end) = yearNumber(fiscal, requireCue: false) { s.year = y; return end }
        if afterOf > j, relativeYear(afterOf) != nil { return afterOf }
        return j
    }

    /// `letzter Montag im März`, `erster Mittwoch im Oktober 2014`, `last Monday of March`,
    /// `the first Monday of the month`, `first monday of last month`, `letzter Tag im Oktober 2015`.
    func nthInMonth(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.nth == nil, s.day == nil else { return nil }
        var j = i
        if has(j, W.nthPrefix) { j += 1 }
        var n: Int
        func isLast(_ j: Int) -> Bool {
            entry(j)?.modifier == -1
                && !["past", "previous", "preceding", "vergangene", "vergangenen", "vorigen"].contains(key(j))
        }
        if isLast(j) {
            n = -1; j += 1
        } else if let (o, end) = countedFromEnd(j) {
            n = -o; j = end
        } else if let (o, end) = ordinalValue(j), o <= 5 {
            // the third last week of 2018, der zweitletzte … is counted from the end
            if isLast(end) { n = -o; j = end + 1 } else { n = o; j = end }
        } else {
            return nil
        }
        var weekday: Int?
        var week = false
        var monthOfWeek: Int?
        if let w = entry(j)?.weekday, entry(j)?.weekdayPlural == false {
            weekday = w
        } else if entry(j)?.unit?.unit == .day, entry(j)?.unit?.factor == 1 {
            weekday = nil
        } else if namesOne(.week, at: j) {
            week = true
        } else if has(j, W.weekend), !key(j).hasSuffix("s"), !key(j).hasSuffix("n") {
            week = true; s.partOfDay = "WE"
        }  // das letzte Wochenende im Oktober
        else if let (m, weekend) = germanMonthWeek(j) {
            week = true; monthOfWeek = m
            if weekend { s.partOfDay = "WE" }
        }  // die erste Märzwoche, das letzte Juniwochenende
        else {
            return nil
        }
        j += 1
        if let m = monthOfWeek {
            s.nth = (n, nil)
            s.nthWeek = true
            s.month = m
            if let (y, end) = yearNumber(j, requireCue: false) { s.year = y; return end }
            return j
        }
        // dritter Dienstag nach Weihnachten 2014, the second Sunday before Christmas: counted from a date; the
        // last one before it is the first counted back (`der letzte Freitag vor Ostern`)
        let lastBefore = n == -1 && Self.dateShiftLinks[key(j)] == -1
        if let w = weekday, n > 0 || lastBefore, let (counted, end) = self.weekday(w, nth: abs(n), from: j) {
            s = counted
            return end
        }
        // der dritte Tag nach Weihnachten, the second day before Easter: n days from a date
        if weekday == nil, !week, n > 0, let (moved, end) = amount(.day, Double(n), from: j, after: s) {
            s = moved
            return end
        }
        guard has(j, W.nthInMonthPreposition) else { return nil }
        j += 1
        var m = Spec()
        if has(j, W.theArticle), has(j + 1, W.monthWord) {
            m.relative = (.month, 0); j += 2
        } else if has(j, W.monthGenitive) || key(j) == "monat" && key(j - 1) == "im" {
            m.relative = (.month, 0); j += 1  // des Monats, im Monat
        } else if let mod = entry(j)?.modifier, entry(j + 1)?.unit?.unit == .month {
            m.relative = (.month, mod); j += 2
        } else if let end = monthDay(j, &m), m.day == nil {
            j = end
        } else if let (y, end) = yearNumber(j, requireCue: false) {
            m.year = y; j = end
        }  // the first week of 2025, the first Monday of 2025
        else if let (offset, end) = relativeYear(j) {
            m.relative = (.year, offset); j = end
        }  // der letzte Tag des Jahres, the first week of next year
        else if key(j) == "jahr" {
            if let (y, end) = yearNumber(j + 1, requireCue: false) {
                m.year = y; j = end
            } else {
                m.relative = (.year, 0); j += 1
            }
        }  // der erste Montag im Jahr 2026, der letzte Sonntag im Jahr
        else {
            return nil
        }
        s.nth = (n, weekday)
        s.nthWeek = week
        s.month = m.month
        s.year = m.year
        s.relative = m.relative
        return j
    }

    /// A German compound of a month and `Woche` or `Wochenende` (`Märzwoche`, `Juniwochenende`): the month, and
    /// whether it is a weekend (read once per distinct word, `TokenView.monthWeeks`).
    func germanMonthWeek(_ j: Int) -> (month: Int, weekend: Bool)? {
        j >= lo && j < hi && t.kinds[j] == .word ? t.monthWeeks[j] : nil
    }

    /// The same for a key the lexicon lacks (TokenView works it out once per distinct word).
    static func monthWeek(_ k: String, lexicon: Lexicon) -> (month: Int, weekend: Bool)? {
        // (the shortest such word is `maiwoche`, and each ends in e or s)
        guard k.utf8.count >= 8, let last = k.utf8.last, last == UInt8(ascii: "e") || last == UInt8(ascii: "s"),
            let (suffix, weekend) = germanWeekSuffixes.first(where: { k.endsWith($0.0) }),
            let m = lexicon.entries[String(k.dropLast(suffix.utf8CodeUnitCount))]?.month
        else { return nil }
        return (m, weekend)
    }

    /// The endings of those compounds, longest first, and whether they name a weekend.
    static let germanWeekSuffixes: [(StaticString, Bool)] = [
        ("wochenendes", true), ("wochenende", true), ("woche", false),
    ]

    /// One word or phrase that counts from the end (`vorletzte`, `drittletzter`, `penultimate`, `second
    /// to last`, `next to last`): how far from the end (2, 3 …) and where the phrase ends.
    func countedFromEnd(_ j: Int) -> (Int, Int)? {
        guard j < hi, t.kinds[j] == .word else { return nil }
        if entry(j)?.modifier == -2 || key(j) == "penultimate" { return (2, j + 1) }
        if entry(j)?.modifier == -3 { return (3, j + 1) }  // vorvorletzte
        if language == .german {
            for (stem, n) in Self.germanFromEnd where key(j).hasPrefix(stem) {
                return Self.germanAdjectiveEndings.contains(String(key(j).dropFirst(stem.count))) ? (n, j + 1) : nil
            }
            return nil
        }
        // second to last, third to last, next to last
        guard key(j + 1) == "to", key(j + 2) == "last" else { return nil }
        if key(j) == "next" { return (2, j + 3) }
        if let (o, end) = ordinalValue(j), end == j + 1, (2...5).contains(o) { return (o, j + 3) }
        return nil
    }

    static let germanFromEnd: [(String, Int)] = [("zweitletzt", 2), ("drittletzt", 3), ("viertletzt", 4)]

    /// `the year`, `des Jahres` (this year), `next year`, `des kommenden Jahres`: the offset of a year
    /// named relative to the reference, and the end.
    func relativeYear(_ j: Int) -> (Int, Int)? {
        if namesOne(.year, at: j), key(j - 1) == "des" { return (0, j + 1) }
        if has(j, W.theArticle), namesOne(.year, at: j + 1) { return (0, j + 2) }
        if let modifier = entry(j)?.modifier, namesOne(.year, at: j + 1) { return (modifier, j + 2) }
        return nil
    }

    /// The unit each end-of-period abbreviation ends (`EOY` the year).
    static let endOfPeriodUnits: [String: TimeUnit] = ["eom": .month, "eod": .day, "eow": .week, "eoy": .year]

    /// `Anfang Juni`, `Mitte 2023`, `Ende des Jahres`, `Ende April`, `early March`, `end of the year`,
    /// `beginning of this week`, `EOM`, `EOY`; to an assistant also `EOD`, `EOW`.
    func boundaryExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.boundary == nil, !s.hasDate else { return nil }
        if has(i, W.endOfPeriodAbbreviation), !["eod", "eow"].contains(key(i)) || shiftsDates {
            s.boundary = 1
            s.relative = (Self.endOfPeriodUnits[key(i)] ?? .year, 0)
            return i + 1
        }
        // year end, year's end, by year-end, month-end: the end of this year or month (as `Jahresende`; not the
        // adjective before its noun, `year-end bonus`)
        if language == .english, let (unit, end) = periodEnd(i) {
            s.boundary = 1
            // (of the year named after it: `year-end 1988`)
            if unit == .year, let (y, afterYear) = yearNumber(end, requireCue: false) {
                s.year = y
                return afterYear
            }
            s.relative = (unit, 0)
            return end
        }
        // mid-October, mid-2014: the middle joined to a month or a year
        if language == .english, let parts = hyphenParts(i), parts.count == 2, parts[0] == "mid" {
            if let m = lexicon.entries[String(parts[1])]?.month {
                s.month = m
                s.boundary = 0
                if let (y, end) = yearNumber(i + 1, requireCue: false) { s.year = y; return end }
                return i + 1
            }
            if parts[1].utf8.count == 4, let y = Int(parts[1]) {
                s.year = y
                s.boundary = 0
                return i + 1
            }
            // mid-1990s, mid-80s: the middle of a decade
            if let year = Self.decadeDigits(parts[1]) {
                s.decade = Self.decadeYear(year) / 10
                s.centuryImplied = year < 100
                s.boundary = 0
                return i + 1
            }
            return nil
        }
        var j = i
        if has(j, W.boundaryPrefix) { j += 1 }
        if has(j, W.theArticle) { j += 1 }
        guard let b = entry(j)?.boundary else { return nil }
        // `for six weeks beginning next month`: the gerund, from then on, not the beginning of the month (which
        // takes its article or `of`: `the beginning of next month`, `beginning of May`)
        if language == .english, j == i, ["beginning", "start"].contains(key(j)), !has(j + 1, W.boundaryOf) {
            return nil
        }
        // (nor the verb before its object: `expected to end the year at 3%`; the noun takes `of`, `the end of the
        // year`, or no article, `by end March`)
        if language == .english, j == i, key(j) == "end", has(j + 1, W.theArticle) { return nil }
        // (nor after a modal or `to`: `the search would end this week`, `expected to end next month`)
        if language == .english, j == i, key(j) == "end", Self.beforeEnglishInfinitive.contains(key(i - 1)) {
            return nil
        }
        j += 1
        if has(j, W.boundaryOf) {
            if key(j) != "of" && key(j) != "des" && key(j) != "der" {} else { j += 1 }
        } else if language == .english, key(j) == "in", ["early", "late", "mid"].contains(key(j - 1)) {
            j += 1  // early in March, late in the year
        }
        if has(j, W.boundaryArticle) { j += 1 }
        var inner = Spec()
        if let end = relativeWithModifier(j, &inner), inner.relative != nil {
            s = inner
            s.boundary = b
            return end
        }
        // (the end of the day only to an assistant: in news "am Ende des Tages" is "in the end")
        if let u = entry(j)?.unit,
            [.week, .month, .year, .decade, .century].contains(u.unit) || u.unit == .day && b == 1 && shiftsDates,
            u.factor == 1
        {
            if has(j - 1, W.germanThis) || key(j - 1) == "des" || key(j - 1) == "der" || key(j - 1) == "the"
                || key(j - 1) == "of"
            {
                s.relative = (u.unit, 0)
                s.boundary = b
                return j + 1
            }
        }
        if let end = monthDay(j, &inner), inner.day == nil {
            s = inner
            s.boundary = b
            return end
        }
        // late Tuesday, early Sunday: the end or start of the day (in English news and narratives; the weekday
        // capitalised)
        if language == .english, !shiftsDates, j == i + 1, key(i) == "early" || key(i) == "late", t.capitalized[j],
            let end = weekdayExpr(j, &inner)
        {
            s = inner
            s.boundary = b
            return end
        }
        // Ende des dritten Quartals, the end of the first quarter, Anfang des zweiten Halbjahres
        if let end = quarterExpr(j, &inner), inner.quarter != nil || inner.half != nil {
            s = inner
            s.boundary = b
            return end
        }
        if let (y, end) = yearNumber(j, requireCue: false) {
            s.year = y
            s.boundary = b
            return end
        }
        // Ende der 90er Jahre, the late 1990s, the early 20th century
        if let end = decadeExpr(j, &inner) {
            s = inner
            s.boundary = b
            return end
        }
        return nil
    }

    /// `year end`, `year's end`, `year-end`, `month-end` at `i`: the unit whose end it names, and where it ends.
    func periodEnd(_ i: Int) -> (TimeUnit, Int)? {
        let unit: TimeUnit?
        let end: Int
        if let u = Self.periodEndUnit(hyphenated: key(i)) {
            (unit, end) = (u, i + 1)
        } else {
            let e = key(i + 1) == "'s" || key(i + 1) == "’s" ? i + 2 : i + 1
            guard key(e) == "end" else { return nil }
            (unit, end) = (Self.periodEndUnits[key(i)], e + 1)
        }
        guard let unit, end >= hi || t.kinds[end] != .word else { return nil }
        return (unit, end)
    }

    /// The units whose end a noun names with `end`: `year end`, `month-end`.
    static let periodEndUnits: [String: TimeUnit] = ["year": .year, "month": .month]

    /// The unit of a hyphenated `year-end`, `month-end` (for TokenView too, which has no grammar).
    static func periodEndUnit(hyphenated k: String) -> TimeUnit? {
        guard let parts = hyphenParts(of: k), parts.count == 2, parts[1] == "end" else { return nil }
        return periodEndUnits[String(parts[0])]
    }

    func seasonExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.season == nil, let season = entry(i)?.season else { return nil }
        if key(i) == "fall", !has(i - 1, W.fallSeasonCue),
            yearNumber(i + 1, requireCue: false) == nil
        {
            return nil
        }  // "prices will fall"
        // a drop, not the season: `the fall in inflation`, `the fall of the Berlin Wall` (not `in the fall of 2023`,
        // `during the fall in Paris`)
        if key(i) == "fall", key(i + 1) == "in" || key(i + 1) == "of", yearNumber(i + 2, requireCue: false) == nil,
            !(has(i - 1, W.theArticle) && Self.seasonPrepositionsEN.contains(key(i - 2)))
        {
            return nil
        }
        // a season word in a name (`the Winter Olympics`, `the Summer Games`): English capitalises a season only there
        if language == .english, t.capitalized[i], i + 1 < hi, t.kinds[i + 1] == .word, t.capitalized[i + 1],
            entry(i + 1) == nil
        {
            return nil
        }
        s.season = season
        var j = i + 1
        if let (y, end) = yearNumber(j, requireCue: false) {
            s.year = y; j = end
        }
        // Winter 1939/1940: the season that starts in the first year
        else if j < hi, let (kind, end) = slashYears(j), case let .interval(a, _) = kind {
            s.year = a.year; j = end
        }
        // Herbst 89, Sommer '89: a two-digit year (not a count: `im Sommer 30 Grad`, `Winter 12 Mal`; in English only
        // after an apostrophe: `summer 20 interns`)
        else if j < hi {
            let apostrophe = (key(j) == "'" || key(j) == "’") && attached(j + 1)
            let y = apostrophe ? j + 1 : j
            if let v = int(y), key(y).utf8.count == 2, entry(y + 1)?.unit == nil, apostrophe || language == .german,
                !(y + 1 < hi && t.kinds[y + 1] == .word
                    && (t.capitalized[y + 1] || Self.countedThings.contains(key(y + 1))))
            {
                s.year = v
                s.twoDigitYear = true
                j = y + 1
            }
        }
        return j
    }

    /// English prepositions before `the fall` that make it the season.
    static let seasonPrepositionsEN: Set<String> = ["in", "during", "by", "until", "since", "through", "for"]

    /// `1990er`, `90er Jahre`, `the 1990s`, `the '90s`, `im 20. Jahrhundert`, `the 20th century`.
    static let decadeWords: [String: Int] = [
        "nuller": 0, "zwanziger": 20, "dreißiger": 30, "dreissiger": 30, "vierziger": 40, "fünfziger": 50,
        "sechziger": 60, "siebziger": 70,
        "achtziger": 80, "neunziger": 90, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
        "seventies": 70, "eighties": 80, "nineties": 90, "noughties": 0,
    ]

    /// How a German decade word is written: `neunziger` (before `Jahre`), `Neunzigerjahre` (one word),
    /// `Neunzigern` (a noun: `in den Neunzigern`). English `nineties` counts as the first. The lexicon
    /// gives each form (`LexFields.decade`).
    enum DecadeForm: Sendable { case adjective, compound, dativeNoun }

    /// Possessives before a decade make it an age: `in his 30s`, `in her early thirties`, `in seinen Dreißigern`.
    static let agePossessives: Set<String> = [
        "his", "her", "their", "my", "your", "our", "seinen", "ihren", "meinen", "deinen", "unseren",
    ]

    func decadeExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.decade == nil, s.century == nil else { return nil }
        let possessive =
            Self.agePossessives.contains(key(i - 1))
            || ["early", "mid", "late", "frühen", "späten", "mittleren"].contains(key(i - 1))
                && Self.agePossessives.contains(key(i - 2))
        if possessive, entry(i)?.decade != nil || digitsPrefix(i)?.digits == 2 { return nil }
        if let (o, end) = ordinalValue(i), (1...21).contains(o), entry(end)?.unit?.unit == .century,
            entry(end)?.unit?.factor == 1
        {
            s.century = o - 1
            return end + 1
        }
        // a 19th-century building
        if let o = Self.hyphenedCentury(key(i)) {
            s.century = o - 1
            return i + 1
        }
        // neunziger Jahre, Neunzigerjahre, in den (frühen) Neunzigern, the nineties
        if let (d, form) = entry(i)?.decade {
            var j = i + 1
            switch form {
            case .adjective where language == .german:
                if has(j, W.decadeYears) {
                    j += 1
                } else {
                    // the decade as a noun after its article: `Ende der Achtziger`, `Die Siebziger waren laut`
                    guard t.capitalized[i], key(i - 1) == "der" || key(i - 1) == "die",
                        !(j < hi && t.kinds[j] == .word && t.capitalized[j])
                    else { return nil }
                }
            case .adjective:
                guard has(i - 1, W.theArticle) else { return nil }
            case .compound:
                break
            case .dativeNoun:
                guard dativeArticleBefore(i) else { return nil }
            }
            s.decade = Self.decadeYear(d) / 10
            s.centuryImplied = true
            return j
        }
        guard let p = digitsPrefix(i), (p.digits == 4 || p.digits == 2), p.value % 10 == 0 else { return nil }
        var rest = p.rest
        var j = i + 1
        if rest.isEmpty, attached(j), has(j, W.decadeSuffix) { rest = Substring(key(j)); j += 1 }
        // `in den 90ern`, `in den frühen 1980ern`: the plural noun in digits
        let dativeDigits = rest == "ern" && language == .german && dativeArticleBefore(i)
        guard
            rest == "er" || rest == "s" || rest == "'s" || rest == "er-jahre" || rest == "er-jahren" || rest == "’s"
                || dativeDigits
        else { return nil }
        if rest.hasPrefix("er"), rest == "er", has(j, W.decadeYears) { j += 1 }
        let year = p.digits == 4 ? p.value : Self.decadeYear(p.value)
        // the 1800s, the late 1700s: English names a past century by its hundreds (the 2000s are a decade still)
        if language == .english, p.digits == 4, year % 100 == 0, year < 2000, rest.hasSuffix("s") {
            s.century = year / 100
            return j
        }
        s.decade = year / 10
        s.centuryImplied = p.digits == 2
        return j
    }

    /// The ordinal of `19th-century`, `21st-century` (one token), if the word is one.
    static func hyphenedCentury(_ word: String) -> Int? {
        guard word.utf8.count > 10, word.utf8.last == UInt8(ascii: "y"), word.hasSuffix("-century") else { return nil }
        let ordinal = word.dropLast(8)
        guard let digitsEnd = ordinal.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
            isOrdinalSuffix(ordinal[digitsEnd...]), let o = Int(ordinal[..<digitsEnd]), (1...21).contains(o)
        else { return nil }
        return o
    }

    /// The year a decade starts, a two-digit one in the century it most likely means (`90` → 1990, `20` → 2020).
    static func decadeYear(_ year: Int) -> Int { year >= 100 ? year : year >= 30 ? 1900 + year : 2000 + year }

    /// The year a decade written in digits and `s` starts (`1990s` → 1990, `90s` → 90), if the text is one.
    static func decadeDigits(_ text: Substring) -> Int? {
        var t = text
        if t.first == "'" || t.first == "’" { t = t.dropFirst() }
        guard t.last == "s" else { return nil }
        let digits = t.dropLast()
        guard digits.utf8.count == 4 || digits.utf8.count == 2, digits.allSatisfy(\.isASCII),
            let value = Int(digits), value % 10 == 0
        else { return nil }
        return value
    }

    /// A German decade as a plural noun follows the dative article: `in den Achtzigern`, `in den frühen 90ern`.
    func dativeArticleBefore(_ i: Int) -> Bool {
        key(Self.earlyOrLate.contains(key(i - 1)) ? i - 2 : i - 1) == "den"
    }

    /// Words that name the reference's own clock time next to a date: `this time tomorrow`, `tomorrow at the
    /// same time`, `morgen um diese Zeit`, `nächste Woche zur selben Zeit`.
    static let sameTimeWords: Set<String> = [
        "this", "same", "diese", "dieser", "dieselbe", "derselben", "gleiche", "gleichen", "selbe", "selben",
    ]

    /// The reference's clock time on the day the rest names (`this time tomorrow`, `morgen um diese Zeit`).
    /// Only next to a date: `this time` alone is an occasion (`This time we won`).
    func referenceClock(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.hour == nil else { return nil }
        var j = i
        var k = key(j)
        if k == "at" || k == "um" || k == "zur" || k == "zu" {
            j += 1
            k = key(j)
        }
        if k == "the" || k == "die" || k == "der" {
            j += 1
            k = key(j)
        }
        guard Self.sameTimeWords.contains(k) else { return nil }
        let next = key(j + 1)
        guard next == "time" || next == "zeit" else { return nil }
        let end = j + 2
        if !s.hasDate {
            var after = s
            guard let next = component(end, &after), next > end, after.hasDate, !after.hasTime else { return nil }
        }
        s.hour = 0
        s.minute = 0
        s.atReferenceTime = true
        return end
    }

    /// Times of day: `14:30`, `15 Uhr`, `3 uhr 15`, `18Uhr`, `15h00`, `9h30`, `3pm`, `3:15p`, `330 p.m.`,
    /// `um 3`, `um 10.10`, `halb vier`, `viertel vor 12`, `a quarter past 2pm`, `noon`; then zones.
    func timeOfDay(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.hour == nil else { return nil }
        var j = i
        // morgen etwa um 15 Uhr, heute so gegen 8: about the clock time of the day named
        if s.hasDate, entry(j)?.approximate == true || has(j, W.roughlySo), has(j + 1, W.timeCue) {
            s.spokenMod = "APPROX"
            j += 1
        }
        // punkt 12, pünktlich um 15 Uhr, exactly at noon: exactness adds nothing to the value
        // (the hour in digits or words: `Punkt 12`, `um Punkt zwölf`)
        var exact = Self.exactnessWords.contains(key(j)) && (has(j + 1, W.timeCue) || hourWord(j + 1) != nil)
        if exact { j += 1 }
        let cueWord = has(j, W.timeCue)
        // (a cue that approximates is the expression's mod: `gegen 18 Uhr`, `around 3pm`)
        if cueWord, entry(j)?.approximate == true, s.spokenMod == nil {
            // (not a score's `gegen`: `gewannen zwölf gegen acht`)
            if entry(j - 1)?.number != nil || int(j - 1) != nil { return nil }
            s.spokenMod = "APPROX"
        }
        if cueWord { j += 1 }
        // um punkt 12
        if cueWord, Self.exactnessWords.contains(key(j)), hourWord(j + 1) != nil { exact = true; j += 1 }
        // (to an assistant a bound before a bare hour cues it too: `until 6`, `after 3`, `bis acht`)
        let bound = shiftsDates && j == i && Self.hourBounds.contains(key(i - 1))
        let cued = cueWord || exact && hourWord(j) != nil || bound
        if has(j, W.roughlySo), has(j + 1, W.umAfterSo) { j += 2 }
        let hourStart = j
        var hour: Int?, minute = 0, second: Int? = nil
        var minutesWritten = true  // false for a whole hour named without its minutes (3pm, 15 Uhr, eight)
        var clockFace = false  // written as a clock shows it (14:30, 9.30, 15h00, 0930): the 24-hour clock
        var hNotation = false  // 15h00, 3h18: the 24-hour clock in English too
        let k = key(j)
        if has(j, W.noon), j > i || key(j) == "noon" || key(j) == "midday" || key(j) == "mid-day" {
            s.hour = 12; s.minute = 0; return j + 1
        }
        if has(j, W.midnight) {
            s.hour = 0; s.minute = 0; s.midnight = true; s.relativeDay = s.relativeDay.map { $0 + 1 }
            return j + 1
        }
        // halb vier, viertel vor 12, viertel nach 3, dreiviertel vier (also written apart: drei viertel neun)
        let threeQuartersApart = language == .german && key(j) == "drei" && key(j + 1) == "viertel"
        let f = threeQuartersApart ? j + 1 : j
        if has(f, W.germanClockFraction), let (h, end) = hourWord(f + (has(f + 1, W.beforeOrAfter) ? 2 : 1)),
            !threeQuartersApart || !has(f + 1, W.beforeOrAfter)
        {
            switch (threeQuartersApart ? "dreiviertel" : key(f), key(f + 1)) {
            case ("halb", _): (hour, minute) = ((h + 23) % 24, 30)
            case ("viertel", "vor"): (hour, minute) = ((h + 23) % 24, 45)
            case ("viertel", "nach"): (hour, minute) = (h, 15)
            case ("viertel", _): (hour, minute) = ((h + 23) % 24, 15)
            default: (hour, minute) = ((h + 23) % 24, 45)
            }
            j = end
        } else if language == .english, cueWord || shiftsDates && j == lo, key(j) == "half", !has(j + 1, W.clockPast),
            let (h, end) = hourWord(j + 1), entry(j + 1)?.number != nil, h >= 1, h <= 12
        {
            // British `at half seven` (to an assistant `half seven` alone too): half past the hour named (German
            // `halb sieben` is half before it)
            (hour, minute) = (h, 30)
            j = end
        } else if let (m, afterMinutes) = minutesPast(j) {
            // a quarter past 2pm, 20 past 3pm, 30 minutes past 3 pm, quarter to 3, a quarter to noon
            let hourAt = afterMinutes + 1
            let named: (Int, Int)? = noonOrMidnight(hourAt).map { ($0, hourAt + 1) }
            guard let (h, end) = hourWord(hourAt) ?? named else { return nil }
            if has(afterMinutes, W.clockPast) {
                (hour, minute) = (h, m)
            } else {
                (hour, minute) = ((h + 23) % 24, 60 - m)
            }
            j = end
        } else if let (h, m, end) = clockInWords(j, cued: cued || i == lo) {
            (hour, minute) = (h, m)
            minutesWritten = m != 0
            j = end
        } else if k.utf8.contains(UInt8(ascii: ":")) {
            let f = k.split(separator: ":", omittingEmptySubsequences: false)
            guard f.count <= 3, let h = Int(f[0]), let m = Int(f[1].prefix(2)), h <= 24, m < 60, f[1].count >= 2 else {
                return nil
            }
            let tail = f[1].dropFirst(2)
            if f.count == 3 { guard let sec = Int(f[2]), sec < 60 else { return nil }; second = sec }
            (hour, minute) = (h, m)
            clockFace = true
            j += 1
            if !tail.isEmpty { guard let mer = meridiemWord(String(tail)) else { return nil }; s.meridiem = mer }
        } else if let p = digitsPrefix(j), p.digits <= 2, p.rest.hasPrefix("h"), let h = Optional(p.value), h <= 24 {
            // 15h00, 9h30, 11h
            let mm = p.rest.dropFirst()
            if mm.isEmpty {
                minute = 0; minutesWritten = false
            } else {
                guard let m = Int(mm), m < 60, mm.count == 2 else { return nil }; minute = m
            }
            hour = h
            clockFace = true
            j += 1
        } else if let p = digitsPrefix(j), !p.rest.isEmpty, p.digits <= 4, let mer = meridiemWord(String(p.rest)),
            p.rest.utf8.count > 1 || letterMeridiemFits(j, after: j + 1, cued: cued, s)
        {
            // 3pm, 11am, 330pm, 7a
            guard let (h, m) = hourMinute(p.value, digits: p.digits) else { return nil }
            (hour, minute) = (h, m)
            minutesWritten = p.digits > 2
            s.meridiem = mer
            j += 1
        } else if let v = int(j) {
            let digits = k.utf8.count
            // (hours counted, not the clock: `in 2h`, `für 2 h`)
            if key(j + 1) == "h",
                Self.amountPrepositions.contains(key(j - 1)) || !cued && !shiftsDates && language == .german
            {
                return nil
            }
            if v == 12, digits == 2, has(j + 1, W.noon) || has(j + 1, W.midnight) {
                // 12 noon, 12 midnight: the number and the word name one time
                let midnight = has(j + 1, W.midnight)
                s.hour = midnight ? 0 : 12
                s.minute = 0
                if midnight { s.midnight = true; s.relativeDay = s.relativeDay.map { $0 + 1 } }
                return j + 2
            }
            if has(j + 1, W.hourClockWord) && (digits <= 2) {
                guard v <= 24 else { return nil }
                hour = v
                j += 2
                minutesWritten = false
                // (minutes follow `Uhr` and `h`: `9 Uhr 30`, never `o'clock`)
                if has(j - 1, W.clockWordOrColon), let m = int(j), m < 60, key(j).utf8.count <= 2,
                    !has(j + 1, W.clockWordOrColon),
                    entry(j + 1)?.unit == nil, entry(j + 1)?.month == nil
                {
                    minute = m; minutesWritten = true; j += 1
                }
            } else if digits <= 2, v <= 24, attached(j + 1), key(j + 1).hasPrefix("h"),
                key(j + 1).utf8.count == 1 || key(j + 1).utf8.count == 3,
                key(j + 1).utf8.count == 1 || Int(key(j + 1).dropFirst()) != nil
            {
                // 15h00, 9h30, 11h, 8h (tokenized as 15 + h00)
                let mm = key(j + 1).dropFirst()
                guard mm.isEmpty || Int(mm)! < 60 else { return nil }
                (hour, minute) = (v, mm.isEmpty ? 0 : Int(mm)!)
                minutesWritten = !mm.isEmpty
                clockFace = true
                hNotation = true
                j += 2
            } else if digits <= 2, v <= 12, !cued, podAfterHour(j + 1),
                !(attached(j + 1) && Self.textedDays[key(j + 1)] != nil)
            {
                // 8 tonight, 4 in the PM, 7 abends
                hour = v
                minutesWritten = false
                j += 1
            } else if digits <= 2, (1...12).contains(v), key(j + 1) == "ish", attached(j + 1) {
                // 7ish, at 7ish: about that hour (`-ish` marks an hour or an age; an age is no hour of the clock)
                hour = v
                minutesWritten = false
                s.spokenMod = "APPROX"
                j += 2
            } else if let mer = meridiemAt(j + 1),
                !has(j + 1, W.meridiemLetter) || mer.end > j + 2 || letterMeridiemFits(j, after: mer.end, cued: cued, s)
            {
                guard let (h, m) = hourMinute(v, digits: digits) else { return nil }
                (hour, minute) = (h, m)
                minutesWritten = digits > 2
                s.meridiem = mer.value
                j = mer.end
            } else if cued, digits <= 2, v <= 24, entry(j + 1)?.unit == nil,
                !has(j + 1, W.numberNotTime) || j + 2 >= hi,
                // (nor a telephone number's first group: `call us at 1-800-555-0199`)
                !(key(j + 1) == "-" && attached(j + 1) && int(j + 2) != nil && key(j + 2).utf8.count >= 3),
                t.kinds[j] != .ordinal, !countFollows(j + 1),
                // (nor the whole number of a price in fractions: `trading at 12 5/8`)
                !(j + 1 < hi && t.kinds[j + 1] == .number && key(j + 1).utf8.contains(47)),
                // (`about`, `around` alone cue an hour only where the clause ends or a day follows: `close about
                // 10 by the end of the year` counts; `at about 10`, `around 10 tonight` are times)
                !(language == .english && entry(hourStart - 1)?.approximate == true) || key(hourStart - 2) == "at"
                    || j + 1 >= hi || t.kinds[j + 1] == .punctuation
                    || entry(j + 1).map({ $0.partOfDay != nil || $0.relativeDay != nil || $0.weekday != nil }) == true
            {
                hour = v
                minutesWritten = false
                j += 1
            } else if cued || language == .english && digits == 4 && entry(j + 1)?.zone != nil,
                digits >= 3, digits <= 4,
                // (English `at 2130` is the 24-hour clock, and so is `by 1430 GMT` with its zone; German `um 1530`
                // is as often a year)
                let (h, m) = hourMinute(v, digits: digits, maxHour: language == .english ? 23 : 12),
                case let military = militaryHours(j),
                entry(j + 1)?.unit == nil || military,
                !attached(j + 1) || j + 1 >= hi || has(j + 1, W.fullStop) || has(j + 1, W.comma),
                military || !countFollows(j + 1), eraYear(j, v) == nil,
                !(language == .english && j + 1 < hi && t.kinds[j + 1] == .word && entry(j + 1) == nil)
            {
                // at 330, at 1530, um 0930, at 1400 hours — but not "about 450 (people)"
                (hour, minute) = (h, m)
                clockFace = true
                j += military ? 2 : 1
            } else {
                return nil
            }
        } else if cued || key(j + 1) == "uhr" || meridiemAt(j + 1) != nil, j < hi,
            t.kinds[j] == .number || meridiemAt(j + 1) != nil, k.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true,
            k.utf8.filter({ $0 == 46 }).count == 1, !k.hasSuffix("."), !countFollows(j + 1)
        {
            // (not a decimal before what it counts: "at 4.04 percent", "um 10.50 Euro")
            // um 10.10, Beginn: 20.30 Uhr, 3.30 pm
            let f = k.split(separator: ".")
            guard f.count == 2, let h = Int(f[0]), let m = Int(f[1]), h <= 24, m < 60, f[1].count == 2 else {
                return nil
            }
            (hour, minute) = (h, m)
            clockFace = true
            j += 1
            if let mer = meridiemAt(j) { s.meridiem = mer.value; j = mer.end }
        } else if let (h, end) = hourWord(j),
            has(end, W.spelledHourClockWord) || meridiemAt(end) != nil || (cued && int(j) != nil)
                || (cueWord && s.partOfDay != nil && s.hasDate) || ((cueWord || exact || bound) && endsClockPhrase(end))
        {
            // Number words need a clock word: "um drei Uhr", but not "um eine Gegenseitigkeit".
            hour = h
            minutesWritten = false
            j = end
        } else if language == .german, let n = entry(j)?.number, n == n.rounded(), n >= 0, n <= 24,
            has(j + 1, W.spelledHourClockWord)
        {
            // The 24-hour clock in words: "um zwanzig Uhr dreißig", "null Uhr"
            hour = Int(n)
            minutesWritten = false
            j += 1
        } else {
            return nil
        }
        guard let h = hour else { return nil }
        s.hour = h
        s.minute = minute
        s.second = second
        s.wholeHour = !minutesWritten
        if has(j, W.clockWord) { j += 1 }
        if has(j, W.extraUhr) { j += 1 }
        if key(j - 1) == "uhr", minute == 0, entry(j + 1)?.unit == nil, let (m, end) = minuteCount(j),
            int(j) == nil || key(j).utf8.count == 2,
            // (not a count of the noun after it: `ab 20 Uhr zwölf Männer`)
            !(end < hi && t.kinds[end] == .word && t.capitalized[end] && entry(end) == nil)
        {
            s.minute = m  // neun Uhr dreißig, 9 Uhr 30
            s.wholeHour = false
            j = end
        }
        if s.meridiem == nil, let mer = meridiemAt(j) { s.meridiem = mer.value; j = mer.end }
        // An hour below 12 may be either half of the day: English `at 3`, `half past three` (not `03:00` or
        // `3h18`, written for a 24-hour clock); German `um drei`, `um 3 Uhr`, `halb vier` (Duckling's reading), but not what is
        // written as a clock shows it (`3:18`, `9.30`)
        s.twelveHour =
            s.meridiem == nil && (1...11).contains(h)
            && (language == .english ? !key(hourStart).hasPrefix("0") && !hNotation : !clockFace)
        if let z = entry(j)?.zone, j < hi, !(key(j) == "z" && !attached(j)) {
            s.zone = z
            j += 1
        } else if j + 1 < hi, key(j) == "local", key(j + 1) == "time" {
            j += 2  // the place's own clock, no offset: `at 6 a.m. local time on Thursday`
        } else if j < hi, key(j) == "ortszeit" || key(j) == "lokalzeit" {
            j += 1
        } else if let end = namedZoneEnd(j) {
            j = end
        }
        if approximatorEndsClause(j) { s.spokenMod = "APPROX"; j += 1 }
        return j
    }

    /// Prepositions before an amount of time, after which `2 h` counts hours: a shift's, and those of a stretch.
    static let amountPrepositions = DatesAnalyzer.shiftPrepositions.union(["für", "for", "seit", "über"])

    /// US zones by name after a clock time (`Eastern`, `Pacific Daylight Time`).
    static let namedZonesEN: Set<String> = ["eastern", "central", "mountain", "pacific", "atlantic"]
    /// US zones by their letters, the season left open (`8 p.m. ET`).
    static let zoneLettersEN: Set<String> = ["et", "ct", "mt", "pt"]

    /// The end of a zone named after a clock time, its offset not written in the value (as `local time`): US zones
    /// by name (`9 p.m. Eastern`, `Pacific Daylight Time`, `8 ET`), a place's clock (`10 a.m. Moscow time`,
    /// `um 10 Uhr Moskauer Zeit`, `mitteleuropäischer Zeit`). Nil when no zone follows.
    func namedZoneEnd(_ j: Int) -> Int? {
        guard j < hi, t.kinds[j] == .word else { return nil }
        let k = key(j)
        if language == .english {
            if t.capitalized[j], Self.namedZonesEN.contains(k) {
                if key(j + 1) == "time" { return j + 2 }
                if key(j + 1) == "standard" || key(j + 1) == "daylight", key(j + 2) == "time" { return j + 3 }
                return j + 1
            }
            if Self.zoneLettersEN.contains(k), t.capitalized[j] { return j + 1 }
            // one or two capitalised words and `time`: Moscow time, Greenwich Mean Time
            if t.capitalized[j], entry(j) == nil {
                if key(j + 1) == "time" { return j + 2 }
                if j + 2 < hi, t.capitalized[j + 1], entry(j + 1) == nil, key(j + 2) == "time" { return j + 3 }
            }
            return nil
        }
        // German: an adjective of a place or region and `Zeit` (Moskauer Zeit, mitteleuropäischer Zeit)
        if k.hasSuffix("er"), k.utf8.count > 4, entry(j) == nil, key(j + 1) == "zeit" { return j + 2 }
        return nil
    }

    /// An approximator after a clock time where the clause ends: `um drei ungefähr`, `at 3pm approximately` (not
    /// `um 15 Uhr etwa 200 Menschen`, whose `etwa` is the count's).
    /// Prepositions that open the next phrase after a clock time in words, as the clause's end does (`um acht an den
    /// Arzt`, `at nine with Anna`): never what the number counts.
    static let placeAfterClock: Set<String> = [
        "an", "am", "ans", "im", "ins", "mit", "zum", "zur", "beim", "with", "at",
    ]

    func approximatorEndsClause(_ j: Int) -> Bool {
        has(j, W.approximately) && (j + 1 >= hi || t.kinds[j + 1] == .punctuation)
    }

    /// After `um sieben`, `at three`: a day or part of day (`at seven tomorrow`, `um sieben heute
    /// Abend`), or, to an assistant, the end of the clause — not what the number counts (`um drei
    /// Prozent`, `at three stores`); in news `stieg um drei.` is an amount.
    func endsClockPhrase(_ j: Int) -> Bool {
        guard j < hi, t.kinds[j] != .punctuation, !approximatorEndsClause(j), !Self.placeAfterClock.contains(key(j))
        else { return shiftsDates }
        guard let e = entry(j), e.unit == nil else { return false }
        return e.relativeDay != nil || e.partOfDay != nil || e.weekday != nil
    }

    /// A bare number followed by what it counts is not a clock time: `ab 1 Euro`, `um 10 Punkte`,
    /// `ab 1. Januar` (a day: the month follows).
    func countFollows(_ j: Int) -> Bool {
        if j < hi, Self.fractionValues[key(j)] != nil { return true }  // about 5 1/2 hours
        if j < hi, t.kinds[j] == .symbol, Self.countedThings.contains(key(j)) { return true }  // at 5.25%, um 10 €
        guard j < hi, t.kinds[j] == .word else { return false }
        if entry(j)?.month != nil { return true }
        if entry(j)?.partOfDay != nil || entry(j)?.weekday != nil || meridiemAt(j) != nil || has(j, W.clockWord) {
            return false
        }
        // German nouns are capitalised; a currency sign or unit word anywhere
        if (language == .german && t.capitalized[j]) || Self.countedThings.contains(key(j)) { return true }
        // an English noun or adjective of no time (`at 24 treatment works`, `at 3 sites`; not `at 10 sharp`, `at 9
        // this morning`)
        return language == .english && !t.capitalized[j] && entry(j) == nil
            && !Self.functionWordsAfterHours.contains(key(j)) && !Self.wordsAfterHoursEN.contains(key(j))
    }

    /// English words after an hour that keep it one and have no entry of their own (`at 9 sharp`, `at 10 the
    /// next day`, `at 6 local time`, `at 8 ET`; `this`, `next`, `am`, zones and units are entries).
    static let wordsAfterHoursEN: Set<String> = ["sharp", "that", "the", "local", "exactly", "precisely", "et"]

    static let countedThings: Set<String> = [
        "euro", "dollar", "cent", "franken", "pfund", "points", "punkte", "prozent", "percent",
        "people", "menschen", "km", "kilometer", "meter", "€", "$", "%",
        // English numbers' words and currencies (`about 10 million`, `about 10 billion euros`)
        "million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "hundred", "hundreds",
        "dozen", "euros", "dollars", "cents", "pounds", "pence", "per",
    ]

    /// A part of day right after a bare hour: `8 tonight`, `8 this evening`, `8 in the evening`, `7 abends`.
    func podAfterHour(_ j: Int) -> Bool {
        var s = Spec()
        if let e = entry(j), e.partOfDay != nil, e.relativeDay != nil { return true }
        if key(j) == "this", entry(j + 1)?.partOfDay != nil { return true }
        guard partOfDayExpr(j, &s) != nil, s.partOfDay != nil || s.meridiem != nil, key(j) != "morgen" else {
            return false
        }
        return true
    }

    func meridiemWord(_ k: String) -> Int? {
        switch k {
        case "am", "a", "a.m", "a.m.": 0
        case "pm", "p", "p.m", "p.m.": 12
        default: nil
        }
    }

    /// A one-letter am/pm after the number at `j` (`7p`, `9 a`, ending at `end`) tells a time only after a time
    /// cue or a date, in a range of clock times, or opening the text: `at 7a`, `tomorrow 3p`, `from 9a to 11a`;
    /// `cut by another 2p` is pence.
    func letterMeridiemFits(_ j: Int, after end: Int, cued: Bool, _ s: Spec) -> Bool {
        cued || j == lo || s.hasDate || inClockRange(j, after: end)
    }

    /// The number at `j` opens or closes a range of clock times (`from 9a`, `9a to 11a`, `9a-11a`): after an
    /// interval's opener or connector, or before a connector and a number.
    func inClockRange(_ j: Int, after end: Int) -> Bool {
        j > lo && (Self.intervalOpeners.contains(key(j - 1)) || Self.intervalConnectors.contains(key(j - 1)))
            || end + 1 < hi && Self.intervalConnectors.contains(key(end)) && int(end + 1).map { $0 <= 12 } == true
    }

    /// `pm`, `p.m.`, `a m`, `p`: returns 0 or 12 and the end.
    func meridiemAt(_ j: Int) -> (value: Int, end: Int)? {
        guard j < hi else { return nil }
        if language == .german { return nil }
        if has(j, W.meridiemLetter), has(j + 1, W.meridiemM) { return (key(j) == "a" ? 0 : 12, j + 2) }
        // "at 3 a …", "4a." are not "3a"
        if has(j, W.meridiemLetter), t.spaceBefore[j] || t.kinds[j] == .abbreviation { return nil }
        if let m = meridiemWord(key(j)) {
            if key(j) == "am", t.capitalized[j] == false, has(j + 1, W.germanWeekdayAbbreviation) { return nil }
            return (m, j + 1)
        }
        return nil
    }

    /// English military time: four digits and `hours` (`at 1400 hours`), a clock time, not an amount.
    func militaryHours(_ j: Int) -> Bool {
        language == .english && key(j).utf8.count == 4 && (key(j + 1) == "hours" || key(j + 1) == "hrs")
    }

    /// `330` (with am/pm), `1530` (the 24-hour clock when `maxHour` is 23): hour and minute.
    func hourMinute(_ v: Int, digits: Int, maxHour: Int = 12) -> (Int, Int)? {
        if digits <= 2 { return v <= 12 ? (v, 0) : nil }
        let h = v / 100, m = v % 100
        return h <= maxHour && m < 60 ? (h, m) : nil
    }

    /// An hour given as digits or a word (`vier`, `three`), 0–24, or `nine fifty nine`.
    func hourWord(_ j: Int) -> (Int, Int)? {
        if let v = int(j), v <= 24, key(j).utf8.count <= 2 { return (v, j + 1) }
        if let p = digitsPrefix(j), p.digits <= 2, p.value <= 12, meridiemWord(String(p.rest)) != nil {
            return (p.value, j)
        }
        if let n = entry(j)?.number, n == n.rounded(), n >= 1, n <= 12, key(j) != "a", key(j) != "an", key(j) != "ein" {
            return (Int(n), j + 1)
        }
        return nil
    }

    /// Minutes in digits or words: `30`, `dreißig`, `fünfundzwanzig`, `twenty-five`, `fifty nine`,
    /// `o three`/`oh three` (12:03). Returns the minutes and the end.
    func minuteCount(_ j: Int) -> (Int, Int)? { wordCount(j, below: 60) }

    /// A count below `limit` in digits (two at most) or words: `30`, `dreißig`, `fünfundzwanzig`,
    /// `twenty-five`, `fifty nine` (a ten and a unit), `o three`/`oh three` (0–9 after "o").
    /// Minutes (limit 60) and the second half of years in words (limit 100).
    func wordCount(_ j: Int, below limit: Int) -> (Int, Int)? {
        if let v = int(j), v < limit, key(j).utf8.count <= 2 { return (v, j + 1) }
        if key(j) == "o" || key(j) == "oh", let n = entry(j + 1)?.number, n == n.rounded(), n >= 0, n <= 9,
            key(j + 1) != "a"
        {
            return (Int(n), j + 2)
        }
        guard let n = entry(j)?.number, n == n.rounded(), n >= 1, n < Double(limit),
            !["a", "an", "ein", "eine", "einen", "einem", "einer"].contains(key(j))
        else { return nil }
        if Int(n) % 10 == 0, n >= 20, let u = entry(j + 1)?.number, u == u.rounded(), u >= 1, u <= 9, key(j + 1) != "a"
        {
            return (Int(n + u), j + 2)
        }
        return (Int(n), j + 1)
    }

    /// A clock time in words, composed of an hour and minutes:
    /// - minutes before or after an hour: `zehn vor acht`, `zwanzig nach sieben`, `fünf nach halb drei`,
    ///   `ten to eight`, `twenty past seven`;
    /// - an hour, then its minutes: `nine thirty`, `nine fifty nine a m`, `twelve o three`, `twelve-oh-three`.
    /// Number words are common, so the time needs a cue (`um`, `at`), a meridiem or clock word after
    /// it, or to start the utterance.
    func clockInWords(_ j: Int, cued: Bool) -> (Int, Int, Int)? {
        func confirmed(_ end: Int) -> Bool { cued || meridiemAt(end) != nil || has(end, W.clockWord) }
        // twelve-oh-three, nine-thirty
        if let parts = hyphenParts(j), parts.count >= 2, let h = lexicon.entries[String(parts[0])]?.number, h >= 1,
            h <= 12, h == h.rounded()
        {
            let rest = parts.dropFirst().filter { $0 != "o" && $0 != "oh" }
            let values = rest.compactMap { lexicon.entries[String($0)]?.number }
            guard values.count == rest.count, !values.isEmpty, values.allSatisfy({ $0 == $0.rounded() }) else {
                return nil
            }
            let m = Int(values.reduce(0, +))
            guard m < 60, confirmed(j + 1) else { return nil }
            return (Int(h), m, j + 1)
        }
        // minutes before/after (half) an hour
        if let (m, found) = minuteCount(j), m > 0, m < 30 || language == .english {
            // zwanzig Minuten nach acht, ten minutes to nine
            let afterMinutes = has(found, W.minutesWord) ? found + 1 : found
            let k = key(afterMinutes)
            let after = k == "nach" || k == "past" || k == "after"
            let before = k == "vor" || k == "to" || k == "before" || k == "till"
            // (in digits, English `9 to 11am`, `10 till 12` is a range of hours; `10 to midnight`
            // is one only after `from`)
            let toNoonOrMidnight = noonOrMidnight(afterMinutes + 1) != nil && !["from", "von"].contains(key(j - 1))
            let range = language == .english && (k == "to" || k == "till") && int(j) != nil && !toNoonOrMidnight
            if after || before, !range {
                var c = afterMinutes + 1
                let half = language == .german && key(c) == "halb"
                if half { c += 1 }
                // `zehn vor Mitternacht`, `ten past noon`: the word names its hour and confirms it
                if !half, let h = noonOrMidnight(c) {
                    let total = (h * 60 + (after ? m : -m) + 1440) % 1440
                    return (total / 60, total % 60, c + 1)
                }
                if let (h, end) = hourWord(c), confirmed(end) {
                    let base = half ? ((h + 23) % 24) * 60 + 30 : h * 60
                    let total = (base + (after ? m : -m) + 1440) % 1440
                    return (total / 60, total % 60, end)
                }
            }
        }
        // an hour word, then minutes in words (English): nine thirty, twelve o three
        if language == .english, entry(j)?.number != nil, let (h, afterHour) = hourWord(j), afterHour > j,
            let (m, end) = minuteCount(afterHour), int(afterHour) == nil, confirmed(end)
        {
            return (h, m, end)
        }
        return nil
    }

    /// `noon`/`Mittag` (12) or `midnight`/`Mitternacht` (0) at `j`, as the hour of a clock time.
    func noonOrMidnight(_ j: Int) -> Int? {
        has(j, W.noon) ? 12 : has(j, W.midnight) ? 0 : nil
    }

    /// `a quarter`, `quarter`, `20`, `30 minutes`, `half` followed by past/after/to/before.
    func minutesPast(_ j: Int) -> (Int, Int)? {
        var k = j
        var m: Int
        if has(k, W.articleA), has(k + 1, W.quarterWord) {
            m = 15; k += 2
        } else if has(k, W.quarterWord) {
            m = 15; k += 1
        } else if has(k, W.halfWord) {
            m = 30; k += 1
        } else if let v = int(k), v < 60, key(k).utf8.count <= 2 {
            m = v
            k += 1
            // (`20 to 5` may be a score; to an assistant it is the time, unless it reads as a range: `from 3 to 4`,
            // `9 to 11am`, a smaller number to a larger)
            if has(k, W.minutesWord) {
                k += 1
            } else if !has(k, W.clockPast),
                !shiftsDates || Self.rangeOpeners.contains(key(j - 1)) || int(k + 1).map({ $0 >= v }) ?? true
            {
                return nil
            }
        } else {
            return nil
        }
        guard has(k, W.clockPastOrTo) else { return nil }
        return (m, k)
    }

    /// `vor drei Tagen`, `in zwei Monaten`, `a week ago`, `3 years from today`, `7 days hence`,
    /// `in 2 minutes`, `2 thursdays ago`, `mittwoch vor 2 wochen`, `in a year`.
    /// Words after an amount of time that count it from the date mentioned last: +1 later, −1 earlier.
    /// Words that link an amount to the date it counts from, with the direction.
    static let dateShiftLinks: [String: Int] = ["nach": 1, "after": 1, "from": 1, "vor": -1, "before": -1]

    /// The date after a link word at `k` (`nach Weihnachten`, `before Christmas Eve`, `from tomorrow`,
    /// `nach dem 5. Mai`): a holiday, a day or a relative day, not a bare year or a clock time.
    /// With `clock` (an amount of minutes or hours), the date is a clock time instead (`zehn Minuten
    /// vor Mitternacht`, `an hour after 3pm`).
    func shiftedDate(after k: Int, clock: Bool = false) -> (Spec, Int)? {
        guard let direction = Self.dateShiftLinks[key(k)], direction != 0 else { return nil }
        var j = k + 1
        if ["dem", "the"].contains(key(j)) { j += 1 }
        if has(j, W.nowOrToday) { return nil }  // three days from now/today: the shift's own rule
        guard let (inner, end) = compound(j), inner.shift == nil else { return nil }
        if clock {
            if inner.hasTime { return (inner, end) }
            // zwei Stunden vor Mittag: Duckling's German noon is the hour (as in the resolver)
            guard language == .german, inner.partOfDay == "MI", !inner.hasDate else { return nil }
            var noon = inner
            (noon.partOfDay, noon.hour, noon.minute) = (nil, 12, 0)
            return (noon, end)
        }
        guard !inner.hasTime,
            inner.holiday != nil || inner.relativeDay != nil || inner.day != nil || inner.weekday != nil
        else { return nil }
        return (inner, end)
    }

    /// `back` after days or more is `ago` (`two weeks back`, `a few years back`); after seconds and
    /// minutes it is a gap behind the leader (`finished 4.2 seconds back`).
    func backMeansAgo(_ k: Int, _ unit: TimeUnit) -> Bool { key(k) == "back" && unit >= .day }

    static let anchoredShiftWords: [String: Int] = [
        "später": 1, "danach": 1, "darauf": 1, "drauf": 1, "later": 1, "afterwards": 1, "afterward": 1, "thereafter": 1,
        "zuvor": -1, "vorher": -1, "davor": -1, "früher": -1, "earlier": -1, "before": -1,
    ]

    /// Whether an ordinal or a superlative stands shortly before `i` in its clause: `the second letter | in
    /// two weeks`, `the highest level | in five years`, `der stärkste Anstieg | in drei Jahren`; or an English perfect
    /// denied, which counts back from now as they do: `We haven't seen anything like it | in 20 years`, `has not
    /// been this low | in three decades`.
    func rankedBefore(_ i: Int) -> Bool {
        var j = i - 1
        while j >= lo, j >= i - 6, !TenseCues.isClauseBoundary(j, in: t) {
            let k = key(j)
            if Self.rankWords.contains(k) || (entry(j)?.ordinal != nil && t.kinds[j] == .word) || isSuperlative(j) {
                return true
            }
            if language == .english,
                Self.deniedPerfects.contains(k)
                    || Self.englishNegations.contains(k)
                        && (j - 2..<j).contains(where: { $0 >= lo && Self.perfectAuxiliaries.contains(key($0)) })
            {
                return true
            }
            j -= 1
        }
        return false
    }

    /// Superlatives by their ending: smallest, highest; stärksten, höchste (not the German nouns
    /// Kosten, Westen, which are capitalised inside a sentence).
    func isSuperlative(_ j: Int) -> Bool {
        let k = key(j)
        guard t.kinds[j] == .word, k.utf8.count >= 6 else { return false }
        if language == .english { return k.endsWith("est") && !Self.notSuperlatives.contains(k) }
        // (`nächste` is `next`: `die nächste Anpassung in zwei Jahren` lies ahead)
        return !(t.capitalized[j] && j > lo) && (k.endsWith("sten") || k.endsWith("ste")) && !k.hasPrefix("nächst")
    }

    static let englishNegations: Set<String> = ["not", "n't", "never"]
    static let perfectAuxiliaries: Set<String> = ["have", "has", "had", "'ve", "'d"]
    static let deniedPerfects: Set<String> = ["haven't", "hasn't", "hadn't"]
    static let rankWords: Set<String> = ["best", "worst", "most", "least", "last", "latest", "only"]
    static let notSuperlatives: Set<String> = [
        "interest", "request", "suggest", "protest", "contest", "harvest", "honest", "modest", "forest", "arrest",
        "invest", "digest", "manifest", "conquest", "inquest", "earnest", "behest", "unrest", "attest",
    ]

    /// The TimeML `mod` of an approximating word: `fast`, `knapp`, `nearly` stay below the amount
    /// (LESS_THAN), `etwa`, `rund`, `about` around it (APPROX).
    static func approximatorMod(_ key: String) -> String {
        ["fast", "knapp", "beinahe", "nahezu", "almost", "nearly"].contains(key) ? "LESS_THAN" : "APPROX"
    }

    /// Words between a shift's preposition and its amount (German puts them there: `vor mehr als zehn
    /// Jahren`), with the TimeML `mod` they give and where the amount starts; nil mod for words that only
    /// stress (`vor erst drei Tagen`).
    func amountQualifier(_ j: Int) -> (String?, Int)? {
        let k = key(j)
        if let e = entry(j), e.approximate { return (Self.approximatorMod(k), j + 1) }
        if has(j + 1, W.comparisonThan), k == "mehr" || k == "weniger" {
            return (k == "mehr" ? "MORE_THAN" : "LESS_THAN", j + 2)
        }
        if k == "nicht", key(j + 1) == "einmal" || key(j + 1) == "ganz" { return ("LESS_THAN", j + 2) }
        switch k {
        case "über", "gut", "guten", "reichlich": return ("MORE_THAN", j + 1)
        case "kaum", "unter": return ("LESS_THAN", j + 1)
        case "erst", "bereits", "schon", "nur", "gerade": return (nil, j + 1)
        default: return nil
        }
    }

    static let withinWords: Set<String> = ["within", "innerhalb", "binnen"]

    func shiftExpr(_ i: Int, _ s: inout Spec) -> Int? {
        guard s.shift == nil else { return nil }
        var j = i
        var sign = 0
        if has(j, W.backwardShiftPrefix) {
            sign = -1; j += 1
        } else if has(j, W.forwardShiftPrefix) {
            sign = 1; j += 1
        } else if key(j) == "nach" {
            sign = 1; s.anchored = true; j += 1
        }  // nach zwei Tagen
        if key(i) == "innerhalb", key(j) == "von" { j += 1 }
        // vor fast einem Vierteljahrhundert, vor mehr als zehn Jahren, vor erst drei Tagen; after `in` and
        // `nach` only an approximation (`in etwa zwei Wochen`): `in nicht einmal sechs Jahren`, `nach mehr als
        // drei Tagen` name no date but how long (KRAUTS, WikiWarsDE)
        if sign != 0, let (mod, end) = amountQualifier(j), quantity(end) != nil,
            key(i) == "vor" || entry(j)?.approximate == true
        {
            s.spokenMod = mod
            j = end
        }
        if has(j, W.shiftApprox) || sign != 0 && Self.exactnessWords.contains(key(j)) && quantity(j + 1) != nil {
            j += 1
        }  // in about 3 days, in exactly 10 minutes, in genau zwei Stunden
        // heute in 8 Tagen, morgen in einer Woche, heute vor einem Jahr: the date moves (Mittwoch in zwei Wochen: the weekday's own rule)
        // ("March in a year", "Thanksgiving in a year" name the next one: the month's and holiday's own rule)
        if sign != 0, s.relativeDay != nil, s.weekday == nil { s.shiftsDate = true }
        // der Tag vor Heiligabend, the day after Christmas: one unit from a date
        if sign == 0, quantity(j) == nil, let u = entry(j)?.unit, u.factor == 1, !isPluralUnit(j),
            let (moved, end) = self.amount(u.unit, 1, from: j + 1, after: s)
        {
            s = moved
            s.shiftNamesUnit = true
            return end
        }
        // am Tag darauf, ein Jahr zuvor without a count: one unit
        if sign == 0, quantity(j) == nil, let u = entry(j)?.unit, u.factor == 1, !isPluralUnit(j),
            let direction = Self.anchoredShiftWords[key(j + 1)], key(j + 1) != "before"
        {
            s.shift = (u.unit, Double(direction))
            s.anchored = true
            return j + 2
        }
        if sign == 1, key(i) != "nach", let (hours, end) = hoursAndMinutes(j) {
            s.shift = (.hour, hours)
            return end
        }
        // `in 15` to an assistant: minutes (Duckling's implicit minutes), where the clause ends
        if shiftsDates, key(i) == "in", let v = int(j), v >= 1, v <= 60, key(j).utf8.count <= 2,
            j + 1 >= hi || t.kinds[j + 1] == .punctuation
        {
            s.shift = (.minute, Double(v))
            return j + 1
        }
        guard let (q, afterQ) = quantity(j) else { return nil }
        if q < 0 {
            // several years ago, vor einigen Jahren, wenige Tage später: an unknown amount back or on is the
            // past or the future (HeidelTime's PAST_REF, FUTURE_REF); without a direction it stays a duration
            guard let (u, unitEnd) = unit(afterQ), u.factor == 1, isPluralUnit(afterQ) else { return nil }
            if sign == 0, key(unitEnd) == "ago" || backMeansAgo(unitEnd, u.unit) {
                s.reference = "PAST_REF"
                return unitEnd + 1
            }
            if sign == -1, key(i) == "vor" {
                s.reference = "PAST_REF"
                return unitEnd
            }
            if sign == 0, ["later", "später", "danach"].contains(key(unitEnd)) {
                s.reference = "FUTURE_REF"
                return unitEnd + 1
            }
            return nil
        }
        if let w = entry(afterQ)?.weekday, entry(afterQ)?.weekdayPlural == true || q == 1 {
            var k = afterQ + 1
            if has(k, W.weekdayAgo) { s.weekday = w; s.weekdayCount = -Int(q); return k + 1 }
            if has(k, W.shiftFrom), has(k + 1, W.nowOrToday) {
                k += 2; s.weekday = w; s.weekdayCount = Int(q); return k
            }
            return nil
        }
        guard let (u, unitEnd) = unit(afterQ) else { return nil }
        let (half, afterU) = u.factor == 1 ? andMore(unitEnd, unit: u.unit) : andAHalf(unitEnd)
        let amount = (q + half) * u.factor
        var k = afterU
        // drei Tage nach Weihnachten, two weeks from tomorrow: the amount from that date
        if sign == 0, let (moved, end) = self.amount(u.unit, amount, from: k, clock: u.unit <= .hour, after: s) {
            s = moved
            return end
        }
        // "ein Jahr früher, als geplant", "two days earlier than expected": the amount of a comparison, a duration
        if sign == 0, Self.anchoredShiftWords[key(k)] != nil,
            has(k + 1, W.comparisonThan) || (key(k + 1) == "," && has(k + 2, W.comparisonThan))
        {
            return nil
        }
        // (`before` with anything after it is a preposition or a conjunction, `48 hours before fighting resumed`,
        // not `earlier`)
        let beforeSomething = key(k) == "before" && k + 1 < hi
        if sign == 0, ["after", "before"].contains(key(k)), key(k + 1) == "that" {
            // two weeks after that, a day before that: from the date mentioned last, as `danach`, `davor`
            sign = key(k) == "after" ? 1 : -1
            s.anchored = true
            k += 2
        } else if sign == 0, let direction = Self.anchoredShiftWords[key(k)], !beforeSomething {
            // zwei Tage später, a year earlier: from the date mentioned last.
            sign = direction
            s.anchored = true
            k += 1
        } else if sign == 0 {
            if has(k, W.backwardShiftSuffix) && !beforeSomething || backMeansAgo(k, u.unit) {
                sign = -1; k += 1
                // a year ago today: the day, as `three years from today`
                if key(k - 1) == "ago", key(k) == "today" { s.shiftToDay = true; k += 1 }
            } else if has(k, W.forwardShiftSuffix) {
                sign = 1; k += 1
            } else if has(k, W.shiftFrom), has(k + 1, W.nowOrToday) {
                // (`three days from today` names a day; `drei Tage ab heute` is `ab jetzt`, Duckling's German)
                sign = 1; s.shiftToDay = key(k + 1) == "today"; k += 2
            } else {
                return nil
            }
        } else if key(i) == "vor", q < 0 {
            return nil
        }
        // (`within two hours`, `innerhalb von zwei Stunden`: to an assistant the time until then, through
        // `DatesAnalyzer.deadlineWords`; elsewhere a duration)
        if Self.withinWords.contains(key(i)), !shiftsDates { return nil }
        s.shift = (u.unit, Double(sign) * amount)
        if key(i) == "in", sign == 1, !s.anchored {
            s.rankedWindow = rankedBefore(i)
            s.forwardIn = true
        }
        return k
    }
}
