import LoupeCore

/// Calendar units that expressions count in.
enum TimeUnit: Int, Sendable, Comparable {
    case second, minute, hour, day, week, month, quarter, year, decade, century
    static func < (a: TimeUnit, b: TimeUnit) -> Bool { a.rawValue < b.rawValue }

    /// The TIMEX3 duration designator (`Y`, `M`, `W`, `D`, `H`…); time units go after `T`.
    var designator: (symbol: String, isTime: Bool) {
        switch self {
        case .second: ("S", true)
        case .minute: ("M", true)
        case .hour: ("H", true)
        case .day: ("D", false)
        case .week: ("W", false)
        case .month: ("M", false)
        case .quarter: ("Q", false)
        case .year: ("Y", false)
        case .decade: ("DE", false)
        case .century: ("CE", false)
        }
    }
}

/// A unit word: the unit and how many of it one word means (Vierteljahrhundert = 25 years).
struct UnitWord: Sendable {
    var unit: TimeUnit
    var factor: Double = 1
}

/// What a lower-cased token can mean. One word may have several readings (`morgen` is
/// tomorrow and morning, `second` an ordinal and a unit); the grammar picks by context.
struct LexFields: Sendable {
    var month: Int?
    /// Month or weekday names that are also ordinary words (`may`, `march`, `so`, `sun`).
    var ambiguous = false
    var weekday: Int?
    /// Adverbial weekdays (`montags`) and plural weekdays (`mondays`): a SET.
    var weekdayPlural = false
    var number: Double?
    var ordinal: Int?
    var unit: UnitWord?
    var relativeDay: Int?
    /// letzte −1, diese 0, nächste +1, übernächste +2, vorletzte −2.
    var modifier: Int?
    var partOfDay: Code?
    var season: Code?
    var reference: Code?
    var approximate = false
    /// jeden, every, each.
    var every = false
    /// täglich, weekly: a SET of one unit.
    var frequency: TimeUnit?
    /// Anfang −1, Mitte 0, Ende +1.
    var boundary: Int?
    /// Time zone offset in seconds.
    var zone: Int?
    /// am = 0, pm = 12.
    var meridiem: Int?
    /// One word for a unit and an offset from the reference's: heuer (year 0), Vorjahr (year −1).
    var relativeUnit: (unit: TimeUnit, offset: Int)?
    /// One word for a shift from the date mentioned last: Vortag (day −1), Folgejahr (year +1).
    var anchoredShift: (unit: TimeUnit, amount: Int)?
    /// jahrelang, tagelang, for years: an unknown amount of a unit (PXY, PXD).
    var vagueDuration: TimeUnit?
    /// selben, gleichen, same: the unit of the date mentioned last (`am selben Tag`, `im gleichen Jahr`).
    var sameAsAnchor = false
    /// einwöchig, zweijährigen: an amount of a unit as one adjective (P1W, P2Y).
    var measured: (unit: TimeUnit, amount: Double)?
    /// A decade in words (`neunziger`, `Neunzigerjahre`, `Neunzigern`, `nineties`): its years (90) and
    /// how it is written.
    var decade: (years: Int, form: Grammar.DecadeForm)?
    /// First word of a holiday name, or a word of a multi-word expression with no role of its own
    /// (`Zukunft`, `moment`): makes the token a place where the grammar starts.
    var startsExpression = false
    /// The grammar's word sets this word belongs to (see `W`).
    var mask = WordMask()

    /// Whether the word means something of its own, beyond starting an expression.
    var hasReading: Bool {
        month != nil || weekday != nil || number != nil || ordinal != nil || unit != nil || relativeDay != nil
            || modifier != nil || partOfDay != nil || season != nil || reference != nil || frequency != nil
            || boundary != nil || zone != nil || meridiem != nil || relativeUnit != nil || anchoredShift != nil
            || vagueDuration != nil || measured != nil || decade != nil || approximate || every || sameAsAnchor
            || weekdayPlural
    }
}

/// A frozen `LexFields`, shared by reference (one pointer a token): its fields read through
/// `entry.month` etc. and are immutable, so reads need no exclusivity checks.
@dynamicMemberLookup
final class LexEntry: Sendable {
    let fields: LexFields
    init(_ fields: LexFields) { self.fields = fields }
    subscript<T>(dynamicMember field: KeyPath<LexFields, T>) -> T { fields[keyPath: field] }
}

/// The word lists, one per language, built once. Dictionary lookups on lower-cased token strings.
struct Lexicon: Sendable {
    let entries: [String: LexEntry]
    /// The longest key in bytes: longer tokens (German compounds) skip the lookup.
    let longestKey: Int

    init(entries: [String: LexFields]) {
        self.entries = entries.mapValues { LexEntry($0) }
        longestKey = entries.keys.map(\.utf8.count).max() ?? 0
    }

    func callAsFunction(_ key: String) -> LexEntry? { entries[key] }

    static let german = Lexicon(entries: build(.german))
    static let english = Lexicon(entries: build(.english))
    /// Both languages' words, the German reading first; an English word that is in the German
    /// lexicon only as the start of a name (`monday` of `Monday of the Holy Spirit`) keeps its own.
    static let both = Lexicon(
        entries: build(.german).merging(build(.english)) { de, en in de.hasReading || !en.hasReading ? de : en })

    static func forLanguage(_ language: Language) -> Lexicon {
        switch language {
        case .german: german
        case .english: english
        default: both
        }
    }

    /// German adjectives of a unit: -stündig, -tägig, -wöchig, -monatig, -jährig (einwöchig, 24-jährigen).
    static let germanUnitAdjectives: [(String, TimeUnit)] = [
        ("stündig", .hour), ("tägig", .day), ("wöchig", .week),
        ("monatig", .month), ("jährig", .year),
    ]

    /// The unit of a German unit adjective with any ending (`jährigen` → year).
    static func germanUnitAdjective(_ word: Substring) -> TimeUnit? {
        for (suffix, unit) in germanUnitAdjectives {
            guard let r = word.range(of: suffix), word.startIndex == r.lowerBound else { continue }
            if ["", "e", "er", "en", "es", "em"].contains(String(word[r.upperBound...])) { return unit }
        }
        return nil
    }

    private static func build(_ language: Language) -> [String: LexFields] {
        var e: [String: LexFields] = [:]
        func add(_ words: [String], _ apply: (inout LexFields) -> Void) {
            for w in words { apply(&e[w, default: LexFields()]) }
        }
        let adjectiveEndings = [""] + Grammar.germanAdjectiveEndings
        func inflect(_ stems: [String]) -> [String] { stems.flatMap { s in adjectiveEndings.map { s + $0 } } }

        if language == .german {
            let months = [
                ["januar", "jan", "jänner", "jän"], ["februar", "feb", "febr", "feber"],
                ["märz", "mär", "maerz", "mrz"],
                ["april", "apr"], ["mai"], ["juni", "jun"], ["juli", "jul"], ["august", "aug"],
                ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["dezember", "dez"],
            ]
            for (i, names) in months.enumerated() { add(names) { $0.month = i + 1 } }
            // genitive forms: des 9. Februars 1904 (not "Mais": maize)
            for (i, name) in [
                "januars", "februars", "märzes", "aprils", "", "junis", "julis", "augusts", "septembers", "oktobers",
                "novembers", "dezembers",
            ].enumerated() where !name.isEmpty { add([name]) { $0.month = i + 1 } }
            let weekdays = [
                // (and the misspellings Duckling's German day names accept: `dinstag`, `donerstag`)
                ["montag", "mo"], ["dienstag", "dinstag", "di"], ["mittwoch", "mi"], ["donnerstag", "donerstag", "do"],
                ["freitag", "fr"], ["samstag", "sonnabend", "sa"], ["sonntag", "so"],
            ]
            for (i, names) in weekdays.enumerated() {
                add(names) { $0.weekday = i + 1 }
                add([names[0] + "s"]) {
                    $0.weekday = i + 1; $0.weekdayPlural = true
                }
                add([names.last!]) { $0.ambiguous = true }
            }
            add(["sonnabends"]) {
                $0.weekday = 6; $0.weekdayPlural = true
            }
            add(["jan"]) { $0.ambiguous = true }  // Jan Ullrich
            let numbers = [
                "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                "zwölf",
                "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig",
            ]
            for (i, w) in numbers.enumerated() { add([w]) { $0.number = Double(i) } }
            add(["ein", "eine", "einem", "einen", "einer"]) { $0.number = 1 }
            add(["zwo"]) { $0.number = 2 }
            add(["dreißig", "dreissig"]) { $0.number = 30 }
            add(["vierzig"]) { $0.number = 40 }
            add(["fünfzig"]) { $0.number = 50 }
            // einundzwanzig … neunundfünfzig: the counts a clock's minutes need.
            for (t, tens) in ["zwanzig", "dreißig", "vierzig", "fünfzig"].enumerated() {
                for (u, unit) in ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"].enumerated()
                {
                    add([unit + "und" + tens]) { $0.number = Double(20 + 10 * t + u + 1) }
                }
            }
            add(["sechzig"]) { $0.number = 60 }
            add(["hundert"]) { $0.number = 100 }
            add(["anderthalb", "eineinhalb"]) { $0.number = 1.5 }
            add(["zweieinhalb"]) { $0.number = 2.5 }
            add(["dreieinhalb"]) { $0.number = 3.5 }
            add(["halbe", "halben", "halbes", "halb"]) { $0.number = 0.5 }
            let ordinals = [
                "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft",
                "zwölft",
                "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst",
                "einundzwanzigst", "zweiundzwanzigst", "dreiundzwanzigst", "vierundzwanzigst", "fünfundzwanzigst",
                "sechsundzwanzigst", "siebenundzwanzigst", "achtundzwanzigst", "neunundzwanzigst", "dreißigst",
                "einunddreißigst",
            ]
            for (i, stem) in ordinals.enumerated() {
                let forms = inflect([stem]).filter { $0 != stem }
                add(forms) { $0.ordinal = i + 1 }
                if stem.contains("ß") {
                    add(forms.map { $0.replacingOccurrences(of: "ß", with: "ss") }) { $0.ordinal = i + 1 }
                }
            }
            add(inflect(["siebent"]).filter { $0 != "siebent" }) { $0.ordinal = 7 }
            let units: [([String], UnitWord)] = [
                (["sekunde", "sekunden", "sek"], UnitWord(unit: .second)),
                (["minute", "minuten", "min"], UnitWord(unit: .minute)),
                (["stunde", "stunden", "std", "h"], UnitWord(unit: .hour)),
                (["viertelstunde", "viertelstunden"], UnitWord(unit: .minute, factor: 15)),
                (["dreiviertelstunde", "dreiviertelstunden"], UnitWord(unit: .minute, factor: 45)),
                (["tag", "tage", "tagen", "tages", "tags"], UnitWord(unit: .day)),
                (["woche", "wochen"], UnitWord(unit: .week)),
                (["monat", "monate", "monaten", "monats", "monates"], UnitWord(unit: .month)),
                (
                    ["quartal", "quartale", "quartalen", "quartals", "vierteljahr", "vierteljahre", "vierteljahres"],
                    UnitWord(unit: .quarter)
                ),
                (["halbjahr", "halbjahre", "halbjahres", "halbjahren"], UnitWord(unit: .month, factor: 6)),
                (["jahr", "jahre", "jahren", "jahres", "jahrs"], UnitWord(unit: .year)),
                (
                    ["jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts", "jahrzehntes", "dekade", "dekaden"],
                    UnitWord(unit: .decade)
                ),
                (
                    ["jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts", "jh", "jhdt", "jhd"],
                    UnitWord(unit: .century)
                ),
                (
                    ["vierteljahrhundert", "vierteljahrhunderts", "vierteljahrhunderte"],
                    UnitWord(unit: .year, factor: 25)
                ),
                (["jahrtausend", "jahrtausende", "jahrtausends"], UnitWord(unit: .century, factor: 10)),
            ]
            for (words, unit) in units { add(words) { $0.unit = unit } }
            add(["heute", "heutigen", "heutige"]) { $0.relativeDay = 0 }
            // heuer (Austria, Bavaria, South Tyrol), Vorjahr …: a unit and an offset in one word.
            add(["heuer", "heurigen", "heurige", "heuriges"]) { $0.relativeUnit = (.year, 0) }
            let relativeNouns: [([String], TimeUnit, Int)] = [
                (["vorjahr", "vorjahres", "vorjahrs"], .year, -1),
                (["vormonat", "vormonats", "vormonates"], .month, -1),
                (["vorwoche"], .week, -1), (["vorquartal", "vorquartals", "vorquartales"], .quarter, -1),
            ]
            for (words, unit, offset) in relativeNouns { add(words) { $0.relativeUnit = (unit, offset) } }
            let anchoredNouns: [([String], TimeUnit, Int)] = [
                (["vortag", "vortages", "vortags"], .day, -1), (["folgetag", "folgetages", "folgetags"], .day, 1),
                (["folgejahr", "folgejahres", "folgejahrs"], .year, 1), (["folgemonat", "folgemonats"], .month, 1),
                (["folgewoche"], .week, 1),
                // the same month a year before the month under report (`im März … über dem Niveau des
                // Vorjahresmonats`)
                (["vorjahresmonat", "vorjahresmonats", "vorjahresmonates"], .month, -12),
            ]
            for (words, unit, amount) in anchoredNouns { add(words) { $0.anchoredShift = (unit, amount) } }
            add(["jahreshälfte", "hälfte"]) { $0.startsExpression = true }
            add(Array(Grammar.germanReportedPeriods.keys)) { $0.startsExpression = true }  // Vorjahresquartal
            add([
                "selben", "selbe", "selber", "gleichen", "gleiche", "desselben", "demselben", "derselben", "denselben",
                "dasselbe",
                "ebendiesem", "ebendiesen", "jenem", "jenen", "jener", "jenes",
            ]) { $0.sameAsAnchor = true }
            // Jahresbeginn, Monatsende: the start, middle or end of this year or month.
            let boundaries: [([String], TimeUnit, Int)] = [
                (
                    ["jahresbeginn", "jahresbeginns", "jahresanfang", "jahresanfangs", "jahresstart", "jahresstarts"],
                    .year, -1
                ),
                (["jahresmitte"], .year, 0),
                (["jahresende", "jahresendes", "jahresschluss", "jahresschlusses"], .year, 1),
                (["monatsbeginn", "monatsbeginns", "monatsanfang", "monatsanfangs"], .month, -1),
                (["monatsmitte"], .month, 0),
                (["monatsende", "monatsendes"], .month, 1),
                (["wochenbeginn", "wochenbeginns", "wochenanfang", "wochenanfangs", "wochenstart"], .week, -1),
                (["wochenmitte"], .week, 0),
                (["tagesende", "tagesendes"], .day, 1),
            ]
            for (words, unit, boundary) in boundaries {
                add(words) {
                    $0.relativeUnit = (unit, 0); $0.boundary = boundary
                }
            }
            // jahrelang, tagelang …: an unknown amount of the unit.
            let lasting: [(String, TimeUnit)] = [
                ("sekunden", .second), ("minuten", .minute), ("stunden", .hour), ("tage", .day),
                ("wochen", .week), ("monate", .month), ("jahre", .year), ("jahrzehnte", .decade),
                ("jahrhunderte", .century),
            ]
            for (stem, unit) in lasting { add(inflect([stem + "lang"])) { $0.vagueDuration = unit } }
            // einwöchigen, zweijährige, dreitägig: a number word and a unit adjective.
            for (n, word) in numbers.enumerated() where n >= 1 {
                let stem = n == 1 ? "ein" : word
                for (suffix, unit) in Self.germanUnitAdjectives {
                    add(inflect([stem + suffix])) { $0.measured = (unit, Double(n)) }
                }
            }
            for word in ["neunzig", "achtzig", "siebzig", "sechzig", "fünfzig", "vierzig", "dreißig", "hundert"] {
                guard let n = e[word]?.number else { continue }
                for (suffix, unit) in Self.germanUnitAdjectives {
                    add(inflect([word + suffix])) { $0.measured = (unit, n) }
                }
            }
            // neunziger (Jahre), Neunzigerjahre, Neunziger-Jahren, (in den) Neunzigern, Nullerjahre
            for (word, years) in Grammar.decadeWords where word.hasSuffix("er") {
                add([word]) {
                    $0.decade = (years, .adjective); $0.startsExpression = true
                }
                add(["jahre", "jahren", "-jahre", "-jahren"].map { word + $0 }) {
                    $0.decade = (years, .compound); $0.startsExpression = true
                }
                add([word + "n"]) {
                    $0.decade = (years, .dativeNoun); $0.startsExpression = true
                }
            }
            // zweimal pro Woche
            add(["einmal", "zweimal", "dreimal", "viermal", "fünfmal", "zehnmal"]) { $0.startsExpression = true }
            // Mittwochabend, Sonntagmorgen, Samstagfrüh: a weekday and a part of day in one word.
            let parts: [(String, Code)] = [
                ("morgen", "MO"), ("vormittag", "MO"), ("mittag", "MI"), ("nachmittag", "AF"),
                ("abend", "EV"), ("nacht", "NI"), ("früh", "MO"),
            ]
            for (i, names) in weekdays.enumerated() {
                for (part, code) in parts {
                    add([names[0] + part]) {
                        $0.weekday = i + 1; $0.partOfDay = code; $0.startsExpression = true
                    }
                    // sonntagmorgens, montagabends: that part of every such day
                    add([names[0] + part + "s"]) {
                        $0.weekday = i + 1; $0.partOfDay = code; $0.weekdayPlural = true; $0.startsExpression = true
                    }
                }
            }
            add(["gestern", "gestrigen", "gestrige"]) { $0.relativeDay = -1 }
            add(["vorgestern"]) { $0.relativeDay = -2 }
            add(["vorvorgestern"]) { $0.relativeDay = -3 }
            add(["morgen"]) {
                $0.relativeDay = 1; $0.partOfDay = "MO"
            }
            add(["übermorgen"]) { $0.relativeDay = 2 }
            add(inflect(["letzt", "vergangen", "vorig", "zurückliegend"])) { $0.modifier = -1 }
            add(inflect(["vorletzt"])) { $0.modifier = -2 }
            add(inflect(["vorvorletzt"])) { $0.modifier = -3 }
            add(Array(Grammar.calendarWeekWords)) { $0.startsExpression = true }  // KW 12
            // der drittletzte Tag des Monats: counted from the end (Grammar.countedFromEnd)
            add(inflect(Grammar.germanFromEnd.map(\.0))) { $0.startsExpression = true }
            add(inflect(["nächst", "kommend", "folgend", "neu"])) { $0.modifier = 1 }
            add(inflect(["übernächst"])) { $0.modifier = 2 }
            add(inflect(["überübernächst"])) { $0.modifier = 3 }
            add([
                "diese", "dieser", "diesen", "dieses", "diesem", "laufenden", "laufende", "laufendes", "laufender",
                "aktuellen", "aktuelle",
            ]) { $0.modifier = 0 }
            add(["morgens", "früh", "vormittag", "vormittags", "frühmorgens", "morgenstunden", "vormittagsstunden"]) {
                $0.partOfDay = "MO"
            }
            add(["mittag", "mittags", "mittagszeit", "mittagsstunde", "mittagsstunden"]) { $0.partOfDay = "MI" }
            add(["nachmittag", "nachmittags", "nachm", "nachmittagsstunden"]) { $0.partOfDay = "AF" }
            add(["abend", "abends", "abendstunden"]) { $0.partOfDay = "EV" }
            add(["nacht", "nachts", "nachtstunden"]) { $0.partOfDay = "NI" }
            // a part of day narrowed in one word: spätnachmittags, spätabends
            add(["spätnachmittag", "spätnachmittags"]) { $0.partOfDay = "AF" }
            add(["frühabends", "spätabends"]) { $0.partOfDay = "EV" }
            add(["spätnachts"]) { $0.partOfDay = "NI" }
            add(["frühling", "frühlings", "frühjahr", "frühjahrs", "lenz"]) { $0.season = "SP" }
            add(["sommer", "sommers"]) { $0.season = "SU" }
            add(["herbst", "herbstes", "herbsts"]) { $0.season = "FA" }
            add(["winter", "winters"]) { $0.season = "WI" }
            // Spätsommer, Frühherbst, Hochsommer: part of the season, the season's value
            for (season, code) in [("sommer", "SU"), ("herbst", "FA"), ("winter", "WI")] as [(String, Code)] {
                add(["früh", "spät", "hoch"].flatMap { [$0 + season, $0 + season + "s"] }) { $0.season = code }
            }
            // die Sommermonate, in den Wintermonaten: the season's months, the season
            for (season, code) in [("sommer", "SU"), ("herbst", "FA"), ("winter", "WI"), ("frühjahrs", "SP")]
                as [(String, Code)]
            {
                add([season + "monate", season + "monaten"]) { $0.season = code }
            }
            add(inflect(["darauffolgend", "nachfolgend"])) { $0.modifier = 1 }
            add(inflect(Grammar.germanPrecedingStems)) { $0.modifier = -1 }
            // Aspect adverbs (bisher, inzwischen, mittlerweile, kürzlich, jüngst) relate events, they do not
            // refer to a time: TimeML leaves them out (0 of 22 in the KRAUTS and WikiWarsDE tuning halves).
            add(["jetzt", "derzeit", "zurzeit", "momentan", "gegenwärtig", "aktuell", "heutzutage"]) {
                $0.reference = "PRESENT_REF"
            }
            // (to an assistant only: see Grammar.assistantNowWords)
            add(["sofort", "umgehend"]) { $0.reference = "PRESENT_REF" }
            add(["damals", "früher", "einst"]) { $0.reference = "PAST_REF" }
            add(["künftig", "zukünftig", "demnächst", "bald"]) { $0.reference = "FUTURE_REF" }
            add(["zirka", "circa", "ca", "etwa", "ungefähr", "gegen", "rund", "fast", "knapp", "beinahe", "nahezu"]) {
                $0.approximate = true
            }
            add(["jeden", "jede", "jedes", "jedem", "alle"]) { $0.every = true }
            add(["täglich", "tägliche", "täglichen", "alltäglich"]) { $0.frequency = .day }
            add(["wöchentlich", "wöchentliche", "wöchentlichen", "allwöchentlich"]) { $0.frequency = .week }
            add(["monatlich", "monatliche", "monatlichen", "allmonatlich"]) { $0.frequency = .month }
            add(["vierteljährlich", "vierteljährliche", "vierteljährlichen", "quartalsweise"]) {
                $0.frequency = .quarter
            }
            add(["jährlich", "jährliche", "jährlichen", "alljährlich"]) { $0.frequency = .year }
            add(["stündlich"]) { $0.frequency = .hour }
            add(["anfang", "beginn", "ausgangs"]) { $0.boundary = -1 }
            add(["mitte"]) { $0.boundary = 0 }
            add(["ende", "endes"]) { $0.boundary = 1 }
            // in den frühen Neunzigern, in den späten 1980er Jahren (as English early, late)
            add(["frühen"]) { $0.boundary = -1 }
            add(["späten"]) { $0.boundary = 1 }
        } else {
            let months = [
                ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
                ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
                ["november", "nov"], ["december", "dec"],
            ]
            for (i, names) in months.enumerated() { add(names) { $0.month = i + 1 } }
            add(["march", "mar", "may", "jan", "aug"]) { $0.ambiguous = true }
            let weekdays = [
                ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed", "weds"],
                ["thursday", "thu", "thur", "thurs"],
                ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
            ]
            for (i, names) in weekdays.enumerated() {
                add(names) { $0.weekday = i + 1 }
                add([names[0] + "s"]) {
                    $0.weekday = i + 1; $0.weekdayPlural = true
                }
            }
            add(["mon", "sat", "sun", "wed", "weds"]) { $0.ambiguous = true }  // (he weds her)
            let numbers = [
                "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            ]
            for (i, w) in numbers.enumerated() { add([w]) { $0.number = Double(i) } }
            add(["a", "an"]) { $0.number = 1 }
            add(["couple", "pair"]) { $0.number = 2 }
            add(["thirty"]) { $0.number = 30 }
            add(["forty"]) { $0.number = 40 }
            add(["fifty"]) { $0.number = 50 }
            add(["seventy"]) { $0.number = 70 }
            add(["eighty"]) { $0.number = 80 }
            add(["ninety"]) { $0.number = 90 }
            // twenty-one … ninety-nine (one token when hyphenated): minutes, and years in words.
            for (t, tens) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated()
            {
                for (u, unit) in numbers[1...9].enumerated() {
                    add([tens + "-" + unit]) { $0.number = Double(20 + 10 * t + u + 1) }
                }
            }
            add(["sixty"]) { $0.number = 60 }
            add(["hundred"]) { $0.number = 100 }
            add(["half"]) { $0.number = 0.5 }
            let ordinals = [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh",
                "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                "nineteenth",
                "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                "twenty-sixth",
                "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
            ]
            for (i, w) in ordinals.enumerated() { add([w]) { $0.ordinal = i + 1 } }
            let units: [([String], UnitWord)] = [
                (["second", "seconds", "sec", "secs"], UnitWord(unit: .second)),
                (["minute", "minutes", "min", "mins"], UnitWord(unit: .minute)),
                (["hour", "hours", "hr", "hrs", "h"], UnitWord(unit: .hour)),
                (["day", "days"], UnitWord(unit: .day)),
                (["week", "weeks", "wk", "wks"], UnitWord(unit: .week)),
                (["fortnight", "fortnights"], UnitWord(unit: .week, factor: 2)),
                (["month", "months"], UnitWord(unit: .month)),
                (["quarter", "quarters", "qtr", "qtrs"], UnitWord(unit: .quarter)),
                (["year", "years", "yr", "yrs"], UnitWord(unit: .year)),
                (["decade", "decades"], UnitWord(unit: .decade)),
                (["century", "centuries"], UnitWord(unit: .century)),
                (["millennium", "millennia"], UnitWord(unit: .century, factor: 10)),
            ]
            for (words, unit) in units { add(words) { $0.unit = unit } }
            add(["today", "todays", "today's"]) { $0.relativeDay = 0 }
            add(["yesterday", "yesterdays", "yesterday's"]) { $0.relativeDay = -1 }
            add(["tomorrow", "tomorrows", "tomorrow's"]) { $0.relativeDay = 1 }
            // as typed in messages: abbreviations and the common misspellings
            add(["tmrw", "tmrw's", "tmr", "tomorow", "tommorow", "tommorrow"]) { $0.relativeDay = 1 }
            add(["tonight", "tonights", "tonight's", "tonite"]) {
                $0.relativeDay = 0; $0.partOfDay = "NI"
            }
            add(["last", "past", "previous", "preceding"]) { $0.modifier = -1 }
            add(["next", "nxt", "coming", "upcoming", "following"]) { $0.modifier = 1 }
            add(["this", "current"]) { $0.modifier = 0 }
            add(["morning", "mornings"]) { $0.partOfDay = "MO" }
            add(["afternoon", "afternoons"]) { $0.partOfDay = "AF" }
            add(["evening", "evenings"]) { $0.partOfDay = "EV" }
            add(["night", "nights", "nite", "nites"]) { $0.partOfDay = "NI" }
            add(["lunchtime", "lunch-time"]) { $0.partOfDay = "MI" }
            // the middle of a part of day in one word: mid-morning, midafternoon
            add(["mid-morning", "midmorning"]) { $0.partOfDay = "MO" }
            add(["mid-afternoon", "midafternoon"]) { $0.partOfDay = "AF" }
            add(["mid-evening"]) { $0.partOfDay = "EV" }
            add(["spring"]) { $0.season = "SP" }
            add(["summer"]) { $0.season = "SU" }
            add(["fall", "autumn"]) { $0.season = "FA" }
            add(["winter"]) { $0.season = "WI" }
            add(["now", "currently", "nowadays", "presently", "current"]) { $0.reference = "PRESENT_REF" }
            add(["immediately"]) { $0.reference = "PRESENT_REF" }
            // not "previously": TimeBank marks 3 of its 12 (tuning half)
            add(["recently", "lately", "formerly"]) { $0.reference = "PAST_REF" }
            add(["soon"]) { $0.reference = "FUTURE_REF" }
            add(["same"]) { $0.sameAsAnchor = true }
            add(["once", "twice", "thrice"]) { $0.startsExpression = true }  // twice a week
            add(["year-ago", "year-earlier", "period"]) { $0.startsExpression = true }
            for (word, years) in Grammar.decadeWords where word.hasSuffix("ies") {
                add([word]) {
                    $0.decade = (years, .adjective); $0.startsExpression = true
                }  // the nineties
            }
            add(["approximately", "about", "around", "circa", "ca", "roughly", "nearly", "almost", "approx"]) {
                $0.approximate = true
            }
            add(["every", "each"]) { $0.every = true }
            add(["daily"]) { $0.frequency = .day }
            add(["weekly"]) { $0.frequency = .week }
            add(["monthly"]) { $0.frequency = .month }
            // not "annual": the annual report is no time (TimeBank: 0 of 4)
            add(["yearly", "annually"]) { $0.frequency = .year }
            add(["hourly"]) { $0.frequency = .hour }
            add(["beginning", "start", "early"]) { $0.boundary = -1 }
            add(["mid", "middle"]) { $0.boundary = 0 }
            add(["end", "late"]) { $0.boundary = 1 }
            add(["am", "a.m", "a"]) { $0.meridiem = 0 }
            add(["pm", "p.m", "p"]) { $0.meridiem = 12 }
        }
        add(
            Array(Holiday.firstKeys) + [
                "zukunft", "future", "vergangenheit", "moment", "present", "noon", "midday", "mid-day", "midnight",
                "midnite", "mitternacht",
                "eom",
                "eoy", "eod", "eow",
                "q1", "q2", "q3", "q4", "h1", "h2", "wochenende", "weekend", "week-end", "wkend", "halb", "viertel",
                "dreiviertel",
            ]
        ) { $0.startsExpression = true }
        for (word, mask) in W.masks { add([word]) { $0.mask = mask } }
        add(["gmt", "utc", "z", "wez"]) { $0.zone = 0 }
        add(["cet", "mez", "bst"]) { $0.zone = 3_600 }
        add(["cest", "mesz"]) { $0.zone = 7_200 }
        add(["est"]) { $0.zone = -18_000 }
        add(["edt"]) { $0.zone = -14_400 }
        add(["cst", "mdt"]) { $0.zone = -21_600 }
        add(["cdt"]) { $0.zone = -18_000 }
        add(["mst"]) { $0.zone = -25_200 }
        add(["pst"]) { $0.zone = -28_800 }
        add(["pdt"]) { $0.zone = -25_200 }
        return e
    }
}
