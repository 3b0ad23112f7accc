import LoupeCore

/// The tense of the verb group nearest to an expression, from token cues (no tagger needed):
/// German preterite and perfect (`sagte`, `hat … gesagt`, `war`, `wurde`), future (`wird`,
/// `werden`); English past (`said`, `-ed`, `was`, `had`, `ago`) and future (`will`, `going to`).
/// News-mode resolution (HeidelTime) uses it: a bare weekday in a past-tense sentence lies on or
/// before the reference date, otherwise on or after it.
enum Tense: Sendable {
    case past, future, none
}

extension String {
    /// Byte-wise suffix test (ASCII suffixes), cheaper than `hasSuffix`'s Unicode comparison.
    @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard utf8.count >= n else { return false }
        return suffix.withUTF8Buffer { s in utf8.suffix(n).elementsEqual(s) }
    }
    @inline(__always) func startsWith(_ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard utf8.count >= n else { return false }
        return prefix.withUTF8Buffer { s in utf8.prefix(n).elementsEqual(s) }
    }
}

struct TenseCues {
    /// German past forms besides the strong verbs' singular preterites (`germanStrongPreterites`): the
    /// auxiliaries, modals and weak verbs of reporting, and plurals too short for `isStrongPreterite`.
    static let germanPast: Set<String> = [
        "war", "waren", "warst", "wart", "wurde", "wurden", "hatte", "hatten", "sagte", "sagten", "kamen", "gingen",
        "gaben", "trafen", "sprachen", "nahmen", "hielten", "standen", "fanden", "schrieben", "blieben", "begannen",
        "lagen", "kündigte", "teilte", "erklärte", "betonte", "berichtete", "meldete", "bestätigte", "forderte",
        "warnte", "erhielt", "reiste", "musste", "mussten", "konnte", "konnten", "wollte", "wollten", "sollte",
        "sollten", "durfte", "brachte", "dachte", "wusste", "fielen",
    ]
    /// Preterites of German strong verbs (first and third person singular): a past tense the `-te`
    /// test cannot see ("brach ein Feuer aus", "geriet ins Schleudern"). With a verb prefix and in the
    /// plural they are found by `isStrongPreterite` ("stattfand", "teilnahmen", "unterbrach"). (Not
    /// `glich`, `schlich`: every adjective in `-lich` would end like them.)
    static let germanStrongPreterites: Set<String> = [
        "aß", "band", "bat", "befahl", "begann", "biss", "blieb", "blies", "bog", "bot", "brach", "briet", "drang",
        "empfahl", "fand", "fiel", "fing", "flog", "floh", "floss", "fraß", "fror", "fuhr", "gab", "galt", "gelang",
        "genoss", "geschah", "gewann", "ging", "glitt", "goss", "griff", "grub", "half", "hielt", "hieß",
        "hing", "hob", "kam", "klang", "kroch", "lag", "las", "lief", "lieh", "ließ", "litt", "log", "lud",
        "mied", "misslang", "nahm", "pfiff", "rang", "rann", "rieb", "rief", "riet", "riss", "ritt", "roch", "sah",
        "sang", "sank", "saß", "schied", "schien", "schlief", "schloss", "schlug", "schmolz", "schnitt",
        "schob", "schoss", "schrie", "schrieb", "schritt", "schuf", "schwamm", "schwand", "schwang", "schwieg",
        "schwoll", "schwor", "sprach", "sprang", "stach", "stahl", "stand", "stank", "starb", "stieg", "stieß",
        "strich", "stritt", "tat", "traf", "trank", "trat", "trieb", "trug", "verdarb", "vergaß", "verlor", "wand",
        "warb", "warf", "wich", "wies", "wog", "wuchs", "wusch", "zog", "zwang",
    ]
    /// Prefixes of German verbs, inseparable (`ver`+`lor`) and separable, which join the verb at the end of a
    /// subordinate clause (`die am Samstag statt`+`fand`).
    static let germanVerbPrefixes: Set<String> = [
        "ab", "an", "auf", "aus", "be", "bei", "bekannt", "dar", "durch", "ein", "emp", "ent", "entgegen", "er",
        "fest", "fort", "frei", "ge", "gegenüber", "her", "heran", "herauf", "heraus", "herbei", "herein", "herum",
        "herunter", "hervor", "hin", "hinaus", "hinein", "hinter", "hinzu", "los", "miss", "mit", "nach", "nieder",
        "statt", "teil", "über", "um", "unter", "ver", "voran", "voraus", "vorbei", "vor", "weg", "weiter", "wider",
        "wieder", "zer", "zu", "zurück", "zusammen",
    ]
    /// The last three or four UTF-8 bytes of every strong preterite, as bits of a small table: a word whose
    /// ending is not in it ends in no preterite.
    enum PreteriteEndings {
        static let bits: [UInt64] = {
            var table = [UInt64](repeating: 0, count: 1024)
            for p in germanStrongPreterites {
                let code = tail(p.utf8, dropping: 0, length: min(4, p.utf8.count))!
                table[slot(code) >> 6] |= 1 << UInt64(slot(code) & 63)
            }
            return table
        }()

        @inline(__always) static func slot(_ code: UInt32) -> Int { Int((code &* 2_654_435_761) >> 16) }

        @inline(__always) static func tail(_ u: String.UTF8View, dropping: Int, length: Int) -> UInt32? {
            let n = u.count - dropping
            guard n >= length else { return nil }
            var code = UInt32(length) << 28
            var i = u.index(u.startIndex, offsetBy: n - length)
            for _ in 0..<length {
                code = code &* 257 &+ UInt32(u[i])
                i = u.index(after: i)
            }
            return code
        }

        /// Whether the word, without its last `dropping` bytes, may end in a preterite.
        static func mayEnd(_ key: String, dropping: Int) -> Bool {
            for length in [3, 4] {
                if let code = tail(key.utf8, dropping: dropping, length: length),
                    bits[slot(code) >> 6] & (1 << UInt64(slot(code) & 63)) != 0
                {
                    return true
                }
            }
            return false
        }
    }

    /// Prefixes that can be inseparable (`ver`+`lor`, `unter`+`schrieb`): with them the plural is also the
    /// past participle (`verloren`, `unterschrieben`) or an adjective (`verschieden`, `entschieden`), no cue.
    static let germanInseparablePrefixes: Set<String> = [
        "be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "wider", "durch", "um", "hinter",
        "wieder",
    ]

    /// Whether a lower-case German word is a strong verb's preterite, with one or two prefixes and in the
    /// plural: `kam`, `stattfand`, `teilnahmen`, `zurückbehielt`, `geriet`; not a participle or adjective
    /// (`verloren`, `verschieden`, `abgeschlossen`).
    static func isStrongPreterite(_ key: String) -> Bool {
        // (asked of every word of a sentence with a date: most are turned away by their last bytes, without
        // hashing or allocating)
        let maySingular = PreteriteEndings.mayEnd(key, dropping: 0)
        let mayPlural = key.utf8.count >= 5 && key.endsWith("en") && PreteriteEndings.mayEnd(key, dropping: 2)
        guard maySingular || mayPlural else { return false }
        if germanStrongPreterites.contains(key) { return true }
        let word = Array(key)
        for plural in [false, true] {
            if plural ? !mayPlural : !maySingular { continue }
            let base = plural ? word.dropLast(2) : word[...]
            if plural && germanStrongPreterites.contains(String(base)) { return true }
            // a preterite that ends the word, after a chain of one or two prefixes
            for length in stride(from: min(8, base.count - 2), through: 2, by: -1) {
                let tail = String(base.suffix(length))
                guard germanStrongPreterites.contains(tail) else { continue }
                let head = base.dropLast(length)
                func isPrefix(_ p: ArraySlice<Character>) -> Bool {
                    let s = String(p)
                    return germanVerbPrefixes.contains(s) && !(plural && germanInseparablePrefixes.contains(s))
                }
                if isPrefix(head) { return true }
                for split in head.indices.dropFirst(2) where isPrefix(head[..<split]) && isPrefix(head[split...]) {
                    return true
                }
            }
        }
        return false
    }

    static let germanAuxiliaryPresent: Set<String> = germanSeinForms.union([
        "hat", "haben", "habe", "hast", "habt",
    ])
    /// The forms of `sein` among `germanAuxiliaryPresent` (with reported speech's Konjunktiv I and II: "die Gäste
    /// seien am Samstag angekommen"): with them a participle makes a perfect only for a verb of motion or change
    /// (`germanSeinParticiples`); any other participle is a state (`ist bis Sonntag geöffnet`).
    static let germanSeinForms: Set<String> = ["ist", "sind", "bin", "bist", "seid", "sei", "seien", "wäre", "wären"]
    /// Participles of the German verbs that form their perfect with `sein` — intransitive verbs of motion and of
    /// change of state, `werden`, `bleiben`, `sein`, `geschehen` — without a separable prefix, which keeps the
    /// auxiliary (`angekommen`, `zurückgetreten`, `abgestürzt` are read through `gekommen`, `getreten`,
    /// `gestürzt`; a few only with their prefix, whose bare verb takes `haben`: `eingetroffen`, `eingeschlafen`). After
    /// `sein` any other participle is a state passive (`ist geöffnet`, `ist gesperrt`), not a perfect.
    static let germanSeinParticiples: Set<String> = [
        // motion
        "gegangen", "gekommen", "gefahren", "geflogen", "gelaufen", "gerannt", "gereist", "gezogen", "getreten",
        "gesprungen", "gestürzt", "geeilt", "gewandert", "gefolgt", "gelandet", "gestartet", "geflohen",
        "geflüchtet", "geschwommen", "gesegelt", "geritten", "gekrochen", "gestoßen", "geraten", "geplatzt",
        "gerutscht", "geschlittert", "geprallt", "gekippt", "gewichen", "gestanden", "gelangt", "gerückt",
        "gekentert", "geklettert", "gewechselt", "geflossen", "gedrungen", "geschlichen", "gestolpert", "geströmt",
        "gerollt", "gesackt", "gestiegen", "gesunken", "gefallen", "gebrochen", "gekehrt", "eingetroffen",
        "begegnet", "entkommen", "entflohen", "entgleist", "marschiert", "emigriert", "immigriert",
        // change of state, and werden, bleiben, sein, geschehen
        "gestorben", "verstorben", "geworden", "worden", "geblieben", "verblieben", "gewesen", "geschehen",
        "passiert", "erfolgt", "gewachsen", "geschrumpft", "geschmolzen", "gefroren", "gebrannt", "gescheitert",
        "gelungen", "misslungen", "geglückt", "gestrandet", "geschieden", "verunglückt", "verschwunden",
        "entstanden", "erschienen", "ertrunken", "erfroren", "erkrankt", "erloschen", "erwacht", "aufgewacht",
        "eingeschlafen", "zerfallen", "zerbrochen", "verreist", "verstummt", "vergangen", "verfallen", "verlaufen",
        "verendet", "verhungert", "verjährt", "explodiert", "eskaliert", "kollabiert",
    ]

    /// Whether a German participle belongs to a verb whose perfect takes `sein`, after any separable prefixes
    /// (`zurückgetreten`, `ausgebrochen`, `hervorgegangen`).
    static func takesSein(_ participle: String) -> Bool {
        if germanSeinParticiples.contains(participle) { return true }
        return separablePrefixes.contains { prefix in
            participle.utf8.count > prefix.utf8.count + 5 && participle.hasPrefix(prefix)
                && takesSein(String(participle.dropFirst(prefix.count)))
        }
    }

    /// German auxiliaries and participles read token by token (no allocation), and whether they make a perfect:
    /// `haben` with any participle, `sein` only with one of a verb of motion or change (`ist gestorben`, `ist …
    /// eröffnet worden`); `sein` with another is a state (`ist bis Sonntag geöffnet`, `dass die Straße gesperrt
    /// ist`), no tense of its own.
    struct PerfectParts {
        var lastAuxiliary = -1
        var withHaben = false
        var participle = false
        var seinParticiple = false

        mutating func addAuxiliary(_ i: Int, view: TokenView) {
            lastAuxiliary = i
            if !germanSeinForms.contains(view.keys[i]) { withHaben = true }
        }
        mutating func addParticiple(_ i: Int, view: TokenView) {
            participle = true
            // (the lexicon asked only while no `haben` has made the perfect already)
            if !seinParticiple, !withHaben, takesSein(view.keys[i]) { seinParticiple = true }
        }
        var makesPerfect: Bool { lastAuxiliary >= 0 && participle && (withHaben || seinParticiple) }
    }

    /// `wird`/`werden`, and present-tense modals and plans that point ahead in news
    /// ("Der Bundestag soll am 19. Juni beraten", "will am Montag reisen", "plant für Mai").
    static let germanFuture: Set<String> = germanModalsKonjunktivI.union([
        "wird", "werden", "werde", "wirst", "werdet", "soll", "sollen", "will", "wollen",
        "muss", "müssen", "möchte", "möchten", "plant", "planen", "beabsichtigt", "beabsichtigen",
        // their Konjunktiv I, in reported speech: "sagte am Mittwoch, er wolle im Mai kandidieren"
        "plane", "beabsichtige",
        // a possibility or expectation (Konjunktiv II): "die EZB könnte die Zinsen im Juni senken",
        // "die Preise dürften im Mai steigen"
        "könnte", "könnten", "dürfte", "dürften", "würde", "würden",
    ])
    /// The Konjunktiv I of the modals of intent and duty, in reported speech: ahead (`er wolle im Mai …`), or with a
    /// perfect infinitive a report of the past (`der Täter solle … geschossen haben`).
    static let germanModalsKonjunktivI: Set<String> = ["wolle", "solle", "müsse"]

    /// Modals that, with a perfect infinitive, report or suppose the past (`soll … zugestochen haben`).
    static let modalsOfReport: Set<String> = germanModalsKonjunktivI.union([
        "soll", "sollen", "will", "wollen", "muss", "müssen", "könnte", "könnten", "dürfte", "dürften", "mag",
    ])

    /// A participle and `haben`/`sein` after token `i`, before the clause ends: a perfect infinitive. (Not
    /// after the modal's own infinitive and a conjunction: `sollen im Mai beginnen und 2026 abgeschlossen sein`.)
    static func perfectInfinitiveFollows(_ i: Int, in view: TokenView) -> Bool {
        var j = i + 1
        while j < min(view.keys.count, i + 25), !isClauseBoundary(j, in: view) {
            let key = view.keys[j]
            if coordinators.contains(key), j > i + 1, view.kinds[j - 1] == .word, !view.capitalized[j - 1] {
                let previous = view.keys[j - 1]
                if previous.utf8.count >= 5, previous.endsWith("en"), !previous.startsWith("ge") { return false }
            }
            if key == "haben" || key == "sein", j > i + 1, view.kinds[j - 1] == .word, !view.capitalized[j - 1] {
                // (a participle of six letters or more: not `nicht`, `recht`, `jetzt`; before `sein` only one of a
                // verb of motion or change, `soll … gefahren sein` — `soll bis Mai abgeschlossen sein` is a state ahead)
                let previous = view.keys[j - 1]
                if previous.utf8.count >= 6,
                    previous.startsWith("ge") || previous.endsWith("t") || previous.endsWith("en"),
                    key == "haben" || takesSein(previous)
                {
                    return true
                }
            }
            j += 1
        }
        return false
    }

    /// Verbs whose stem ends in t: their present and Konjunktiv I end in -te/-ten (`er erwarte`, `sie halten`,
    /// `er trete zurück`) while their preterite ends in -tete/-ttete or is strong (`erwartete`, `hielt`, `trat`).
    /// (Not `acht`: `machte`, `brachte`, `dachte` are preterites of other verbs.)
    static let tStems: [String] = [
        "wart", "fürcht", "richt", "deut", "arbeit", "biet", "gelt", "halt", "leit", "bitt", "rat", "tret", "stalt",
        "beobacht", "betracht", "beacht", "veracht", "antwort", "start", "statt", "wert", "streit", "breit", "schalt",
        "spalt", "fecht", "schreit",
    ]

    /// A present or Konjunktiv I form in -te/-ten of a verb whose stem ends in t (`erwarte`, `befürchte`,
    /// `gelten`, `vertrete`): not a preterite.
    static func isPresentOfTStem(_ key: String) -> Bool {
        let stem = key.endsWith("ten") ? key.dropLast(2) : key.dropLast()
        guard !stem.hasSuffix("tet") else { return false }  // erwartet-e: the preterite's own -et- (not `tret`)
        return tStems.contains { stem.hasSuffix($0) }
    }

    /// Words ending in -te/-ten that are not preterite verbs (ordinals, superlatives, adjectives).
    static let notPreterite: Set<String> = [
        "letzte", "letzten", "nächste", "nächsten", "erste", "ersten", "zweite", "zweiten", "dritte",
        "dritten", "vierte", "vierten", "fünfte", "fünften", "sechste", "siebte", "achte", "neunte", "zehnte", "gute",
        "guten",
        "mitte", "rechte", "rechten", "echte", "echten", "leichte", "schlechte", "schlechten", "breite", "breiten",
        "weite", "weiten",
        "heute", "beste", "besten", "meiste", "meisten", "halbe", "harte", "harten", "kalte", "kalten", "alte", "alten",
        "bereite",
        "konkrete", "konkreten", "leute", "seite", "seiten", "rente", "minute", "minuten", "daten", "staaten",
        "zweiten", "unten",
        "hinten", "mitten", "achten", "posten", "kosten", "ernte", "elite", "breite", "route", "flotte", "quote",
        "verwandte",
        "gesamte", "gesamten", "weiteren", "geplante", "geplanten", "erwartete", "erwarteten", "sogenannte",
        "sogenannten", "konnten",
    ]
    static let englishPast: Set<String> = [
        "said", "was", "were", "had", "did", "told", "came", "went", "gave", "met", "took", "made",
        "held", "wrote", "began", "saw", "left", "found", "got", "spoke", "ago", "won", "lost", "led", "sent", "became",
        "brought",
        "thought", "knew", "put", "set", "ran", "fell", "kept", "stood", "paid", "sold", "built", "felt", "heard",
        "meant",
        // irregular past forms that are no present or noun
        "rose", "grew", "sank", "struck", "drew", "threw", "flew", "chose", "broke", "spent", "bought", "caught",
        "taught", "fought", "sought", "wore", "tore", "swore", "stole", "froze", "drove", "rode", "shook", "forgot",
        "understood", "withdrew", "arose", "fled", "dealt", "slept", "ate", "sang", "swam", "drank", "overtook",
        "undertook", "forgave", "oversaw", "upheld", "withheld", "woke", "hid", "slid", "swung", "strove",
        "sat", "laid", "swept", "wept", "blew", "bled", "dug", "flung", "knelt", "leapt", "overcame", "underwent",
        "shone", "strode", "crept", "clung", "mistook", "shrank", "sprang", "sped", "forbade", "foresaw", "misled",
        "rebuilt", "withstood", "overthrew", "slew", "stung", "outran", "hung", "stuck", "shot", "spun", "outgrew",
        "outsold", "rewrote", "retook", "overshot", "befell", "lit",
    ]
    /// Words after which `up from`/`down from` compares a figure: its unit or `be` (`rose 3 percent, up from`,
    /// `sales were down from`).
    static let figureWords: Set<String> = englishBeForms.union([
        "%", "percent", "points", "cents", "slightly", "sharply",
    ])
    /// The forms of English `be` that take a complement after them (`was down from`, `is over two years`).
    static let englishBeForms: Set<String> = ["is", "was", "are", "were", "be", "been"]

    /// Verbs whose past is their base form (`hit`, `cut`): past only by what stands before them.
    static let englishPastOrBase: Set<String> = [
        "hit", "cut", "cost", "hurt", "let", "shut", "spread", "quit", "burst", "cast", "split", "upset", "beat",
        "forecast", "broadcast", "bid", "thrust", "slit", "shed",
    ]
    static let notEnglishPast: Set<String> = [
        "need", "needed", "indeed", "speed", "seed", "feed", "breed", "hundred", "red", "bed", "shed",
        "united", "limited", "based", "related", "proposed", "expected", "planned", "scheduled", "interested", "embed",
        "weed", "bred",
    ]
    /// Verbs a participle of state follows (`remain closed`, `be delayed`).
    static let englishLinkingVerbs: Set<String> = [
        "remain", "remains", "stay", "stays", "be", "been", "being", "become", "becomes", "seem", "seems", "get",
        "gets",
    ]
    static let englishPresentBe: Set<String> = ["is", "are", "am", "'re"]
    static let englishFuture: Set<String> = ["will", "'ll", "shall", "won't", "wo", "would"]
    /// Possibility and obligation: `could cut rates in June`, `should ease by Monday`, `must be paid by Friday`.
    static let englishPossibility: Set<String> = ["could", "might", "may", "should", "must"]
    /// Plans and expectations before an infinitive look ahead: "set to resume Monday", "supposed
    /// to conclude by May", "plans to visit in April".
    static let englishPlanBeforeTo: Set<String> = [
        "supposed", "expected", "scheduled", "set", "planned", "slated", "poised",
        "plan", "plans", "planning", "intend", "intends", "intended", "aim", "aims", "likely", "going",
        // commitments: what is agreed, promised or decided to happen lies after the commitment ("agreed to
        // buy the unit in February", "an agreement to acquire the bank in January")
        "agree", "agrees", "agreed", "agreement", "promise", "promises", "promised", "pledge", "pledges", "pledged",
        "vow", "vows", "vowed", "decide", "decides", "decided", "vote", "votes", "voted",
    ]

    /// The past forms among `englishPlanBeforeTo` (`agreed`, `pledged`, `planned` …).
    static let englishCommitmentsPast: Set<String> = englishPlanBeforeTo.filter { $0.hasSuffix("ed") }

    /// Verbs whose object is expected, asked or told to do something (`expected the ships to dock`).
    static let englishDirectives: Set<String> = [
        "expect", "expects", "expected", "ask", "asks", "asked", "urge", "urges", "urged", "tell", "tells", "told",
        "order", "orders", "ordered", "want", "wants", "wanted", "invite", "invites", "invited", "require",
        "requires", "required", "allow", "allows", "allowed", "encourage", "encourages", "encouraged",
    ]

    /// A word of `set` up to six tokens before token `i`, in its clause, with an object between them (a
    /// directive verb before an infinitive's `to`, a deferral before `until`).
    static func englishWord(in set: Set<String>, before i: Int, in view: TokenView) -> Bool {
        var j = i - 2
        while j >= 0, j >= i - 6, !isClauseBoundary(j, in: view) {
            if set.contains(view.keys[j]) { return true }
            j -= 1
        }
        return false
    }

    /// Present forms of verbs of expectation: their object lies ahead.
    static let englishExpectation: Set<String> = [
        "expect", "expects", "forecast", "forecasts", "predict", "predicts", "anticipate", "anticipates",
        // (a forecaster's `sees`: `now sees unemployment rising to 4.5% by the fourth quarter`)
        "sees", "projects", "foresees", "envisages",
    ]

    /// Auxiliaries that put a plan in the past ("had been scheduled to", "was set for").
    static let pastAuxiliaries: Set<String> = ["had", "was", "were", "been"]
    /// Participles of scheduling before `for` look ahead like a plan before `to`: "set for April".
    static let englishScheduleBeforeFor: Set<String> = ["scheduled", "set", "planned", "slated", "due"]
    /// German participles of scheduling: "Die Sitzung ist für Montag angesetzt" is no perfect. (Participles of
    /// deferring are not: `hatte die Abstimmung im Dezember verschoben` is a perfect; the date they defer to opens
    /// with `auf` or `bis`, `deferredTo`.)
    static let germanSchedule: Set<String> = ["geplant", "angesetzt", "anberaumt", "terminiert", "vorgesehen"]
    /// Participles of deferring to a date: "auf Dienstag vertagt", "auf Mai verschoben".
    static let germanDeferralParticiples: Set<String> = ["vertagt", "verschoben", "aufgeschoben", "verlegt"]
    /// German verbs of an event's start or end in the present: news tells a past event in the past, so "Das
    /// Festival beginnt am 18. Juli" is a schedule, and looks ahead.
    static let germanEventPresent: Set<String> = [
        "beginnt", "beginnen", "startet", "starten", "endet", "enden",
        // separable verbs whose particle has joined them at the end of a subordinate clause
        // (`germanSeparableEventPresent`)
        "stattfindet", "stattfinden", "abläuft", "ablaufen", "ausläuft", "auslaufen", "anläuft", "anlaufen",
        "anfängt", "anfangen", "losgeht", "losgehen",
    ]
    /// German separable verbs of an event's start or end with their particles (or the noun of their phrase): a
    /// schedule like `germanEventPresent` when the particle closes the clause (`Das Konzert findet am 5. März
    /// statt`, `Die Frist läuft am 31. Jänner ab`, `Das Gesetz tritt am 1. Juli in Kraft`), or stands right before
    /// the verb that closes it (`wenn das Gesetz am 1. Juli in Kraft tritt`, `bevor die Saison zu Ende geht`).
    static let germanSeparableEventPresent: [String: Set<String>] = [
        "findet": ["statt"], "finden": ["statt"], "läuft": ["ab", "aus", "an"], "laufen": ["ab", "aus", "an"],
        "fängt": ["an"], "fangen": ["an"], "geht": ["los", "ende"], "gehen": ["los", "ende"],
        "tritt": ["kraft"], "treten": ["kraft"],
    ]
    /// English verbs of an event's start or end in the present (a schedule, as `germanEventPresent`): "The
    /// festival opens on July 18".
    static let englishEventPresent: Set<String> = ["begins", "opens", "starts", "ends", "expires", "resumes"]
    /// English phrases of an event's start or end in the present, by their verb (a schedule, as
    /// `englishEventPresent`): "The law takes effect on Jan. 1", "The rules come into force in April".
    static let englishEventPhrases: [String: [[String]]] = [
        "takes": [["effect"], ["place"]], "take": [["effect"], ["place"]],
        "comes": [["into", "force"], ["into", "effect"]], "come": [["into", "force"], ["into", "effect"]],
        "goes": [["into", "effect"]], "go": [["into", "effect"]], "enters": [["into", "force"]],
        "kicks": [["off"]], "kick": [["off"]], "runs": [["out"]],
    ]

    /// Whether the German separable verb at `i` forms an event's start or end with its particle
    /// (`germanSeparableEventPresent`).
    static func separableEventVerb(at i: Int, in view: TokenView) -> Bool {
        guard let particles = germanSeparableEventPresent[view.keys[i]] else { return false }
        // the clause's last word: its particle after the verb, or the particle's noun right before it
        var end = i + 1
        while end < min(view.keys.count, i + 30), !isClauseBoundary(end, in: view),
            view.kinds[end] != .punctuation || view.keys[end] == "-"
        {
            end += 1
        }
        let last = (i + 1..<end).last { view.kinds[$0] == .word }
        if let last, particles.contains(view.keys[last]) { return true }
        return last == nil && i > 0 && particles.contains(view.keys[i - 1])
    }

    /// Whether the English verb at `i` opens a phrase of `englishEventPhrases` (not after `did`, `not`).
    static func englishEventPhrase(at i: Int, in view: TokenView) -> Bool {
        guard let phrases = englishEventPhrases[view.keys[i]],
            i == 0 || !["did", "not", "n't", "never", "to"].contains(view.keys[i - 1])
        else { return false }
        return phrases.contains { words in
            i + words.count < view.keys.count && words.indices.allSatisfy { view.keys[i + 1 + $0] == words[$0] }
        }
    }
    /// Verbs that defer something to a date ahead: "postponed until Tuesday", "delayed to May".
    static let englishDeferral: Set<String> = [
        "postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred", "defer", "defers",
        "adjourned", "adjourn", "adjourns", "rescheduled", "reschedule", "extended", "extend", "extends",
    ]
    static let deferralLinks: Set<String> = ["until", "till", "to", "for"]

    /// German commitments and plans before a `zu`-infinitive: the infinitive's event lies after them
    /// ("vereinbarte, die Bank im Januar zu übernehmen"), as English "agreed to buy … in January".
    static let germanCommitments: Set<String> = [
        "vereinbart", "vereinbarte", "vereinbarten", "versprochen", "versprach", "versprachen", "beschlossen",
        "beschloss", "zugesagt", "verpflichtet", "verpflichtete", "verpflichteten", "angekündigt", "entschieden",
        "entschied", "entschlossen", "geplant", "plante", "planten", "beabsichtigte", "beabsichtigten",
        // kündigte … an: announced (and kündigte, gave notice: what follows it lies after it too)
        "kündigte", "kündigten",
    ]

    /// Articles and prepositions before which a word in -te/-ten followed by a noun is an adjective.
    static let germanBeforeAdjective: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "mit", "von",
        "vom", "für", "über", "unter", "nach", "bei", "beim", "aus", "zu", "zum", "zur", "im", "am", "durch", "gegen",
        "ohne", "seit", "dieser", "diese", "diesen", "diesem", "jeder", "jede", "jeden", "alle", "allen",
    ]

    /// A preposition of a starting point, which lies in the past: `seit Montag`, `since shortly after the
    /// Oct. 23 slaying` (compared, not hashed: it is asked of every token).
    static func isSince(_ key: String) -> Bool { key == "seit" || key == "since" }

    /// German `für` + a day names the day something is called, planned or meant for, which lies ahead of
    /// the calling: `hat für Donnerstag zu einem Streik aufgerufen` (not before a participle used as an
    /// adjective, `die für Montag geplante Sitzung fiel aus`, whose day the sentence's tense places; an article
    /// there opens the object, `hat für Mittwoch einen Ersatzfahrplan angekündigt`).
    static func meantFor(_ parsed: ParsedExpression, view: TokenView, language: Language) -> Bool {
        let i = parsed.tokens.lowerBound, end = parsed.tokens.upperBound
        guard language == .german, view.keys[i] == "für", case let .point(s) = parsed.kind,
            s.weekday != nil || s.day != nil, s.year == nil
        else { return false }
        if end + 1 < view.keys.count, view.kinds[end] == .word, !view.capitalized[end],
            view.keys[end].endsWith("e") || view.keys[end].endsWith("en"), view.capitalized[end + 1],
            !germanBeforeAdjective.contains(view.keys[end])
        {
            return false
        }
        return true
    }

    /// A verb of demanding or deferring within twelve tokens before the expression: a deadline it sets lies ahead of
    /// it, whatever the tense of the demand (`forderte einen Bericht bis Ende Mai`, `demanded a report by May`, `The
    /// court adjourned the hearing until Tuesday`).
    static func demandedBy(_ tokens: Range<Int>, sentence: Range<Int>, view: TokenView) -> Bool {
        let i = tokens.lowerBound
        return (max(sentence.lowerBound, i - 12)..<i).contains {
            demandVerbs.contains(view.keys[$0]) || englishDeferral.contains(view.keys[$0])
                || germanDeferral.contains(view.keys[$0])
        }
    }

    /// Whether the expression is the date something is deferred to: `auf Mai verschoben`, `auf Dienstag vertagt`
    /// (with `bis` a deadline, `isDeadline`, that `demandedBy` sets ahead).
    static func deferredTo(_ tokens: Range<Int>, sentence: Range<Int>, view: TokenView) -> Bool {
        opens(tokens, with: ["auf"], sentence: sentence, view: view)
            && (deferralFollows(tokens, sentence: sentence, view: view)
                || demandedBy(tokens, sentence: sentence, view: view))
    }

    /// Whether a German participle of deferring closes the clause right after the expression: `auf Mai verschoben`,
    /// `um drei Monate bis März verlängert`.
    static func deferralFollows(_ tokens: Range<Int>, sentence: Range<Int>, view: TokenView) -> Bool {
        (tokens.upperBound..<min(sentence.upperBound, tokens.upperBound + 4)).contains {
            germanDeferral.contains(view.keys[$0])
        }
    }

    /// German participles and preterites of deferring: what is put off until a date lies ahead (`vertagte die
    /// Sitzung bis Dienstag`).
    static let germanDeferral: Set<String> = germanDeferralParticiples.union([
        "vertagte", "vertagten", "verschob", "verlängert", "verlängerte", "verlängerten",
    ])

    /// The expression opens with (or follows) `bis`/`until`/`by`: a deadline, which a sentence without a tense
    /// cue sets ahead (`kann bis zum 31. Dezember kündigen`, `the offer runs until Dec. 31`, `funds the
    /// government through Sept. 30`).
    static func isDeadline(_ tokens: Range<Int>, sentence: Range<Int>, view: TokenView) -> Bool {
        opens(tokens, with: deadlineWords, sentence: sentence, view: view)
    }

    /// Whether the expression's first word, or the word before it in its sentence, is one of `words`.
    static func opens(_ tokens: Range<Int>, with words: Set<String>, sentence: Range<Int>, view: TokenView) -> Bool {
        let i = tokens.lowerBound
        return words.contains(view.keys[i]) || i > sentence.lowerBound && words.contains(view.keys[i - 1])
    }

    static let deadlineWords: Set<String> = ["bis", "until", "till", "through", "by"]

    /// `ahead of Friday's jobs report`: what something comes before lies ahead of it, whatever the tense.
    static func isAheadOf(_ tokens: Range<Int>, sentence: Range<Int>, view: TokenView) -> Bool {
        let i = tokens.lowerBound
        return i >= sentence.lowerBound + 2 && view.keys[i - 1] == "of" && view.keys[i - 2] == "ahead"
    }

    /// A German word in -t shaped like a weak participle: an inseparable prefix (`gesagt`, `verkauft`,
    /// `bestätigt`), a separable one before `ge` (`abgesagt`), or -iert (`informiert`).
    static func germanParticipleInT(_ key: String) -> Bool {
        key.hasSuffix("iert") || germanInseparablePrefixes.contains { key.hasPrefix($0) }
            || separablePrefixes.contains { key.hasPrefix($0 + "ge") }
    }

    /// German `ab` + a date opens a stretch from then on, which with no tense in the sentence lies ahead like a
    /// deadline: `Restkarten gibt es ab Mitte Juni`, `ab 1. Januar gilt` (English `from` also compares figures:
    /// `up from 4% in March`).
    static func opensStretch(_ tokens: Range<Int>, sentence: Range<Int>, view: TokenView) -> Bool {
        opens(tokens, with: ["ab"], sentence: sentence, view: view)
    }
    static let demandVerbs: Set<String> = [
        "forderte", "forderten", "gefordert", "verlangte", "verlangten", "verlangt", "bat", "baten", "gebeten",
        "drängte", "drängten", "gedrängt", "mahnte", "mahnten", "aufgefordert", "demanded", "urged", "asked",
        "requested", "ordered", "called",
    ]

    /// German `vom` + a date right after a noun dates a thing that exists, so the date is past:
    /// `der Bericht vom 12. März`, `das Urteil vom 3. Februar` (not `vom 13. bis 15. Juli`, a stretch).
    static func datesADocument(_ tokens: Range<Int>, view: TokenView, language: Language) -> Bool {
        let i = tokens.lowerBound
        guard language == .german, view.keys[i] == "vom", i > 0, view.kinds[i - 1] == .word, view.capitalized[i - 1]
        else { return false }
        return !(tokens.lowerBound..<min(tokens.upperBound, view.keys.count)).contains { view.keys[$0] == "bis" }
    }

    /// The German word sets the cues read, in one table (bits `pastWord`, `futureWord`, `scheduleWord`,
    /// `auxiliaryWord`): one look-up per word of a sentence with a date instead of four.
    static let germanWordClasses: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        for (words, bit) in [
            (germanPast, pastWord), (germanFuture, futureWord), (germanSchedule, scheduleWord),
            (germanEventPresent, scheduleWord),
            (germanAuxiliaryPresent, auxiliaryWord),
        ] {
            for word in words { table[word, default: 0] |= bit }
        }
        return table
    }()
    static let pastWord: UInt8 = 1, futureWord: UInt8 = 2, scheduleWord: UInt8 = 4, auxiliaryWord: UInt8 = 8
    /// Shapes of a German word's letters: a strong preterite (`brach`, `stattfand`), a participle (`ge…t`,
    /// `ge…en`), a weak preterite in -te/-ten (not an ordinal, superlative or present of a t-stem).
    static let strongPreteriteShape: UInt8 = 16, participleShape: UInt8 = 32, weakPreteriteShape: UInt8 = 64
    /// A word `cue` looks for by name (`zu`, `seit`, `since`, the verbs of `germanSeparableEventPresent` and
    /// `englishEventPhrases`): only these are compared as strings.
    static let namedCueWord: UInt8 = 128

    /// What a word says about tense by itself, worked out once for each distinct word of a document
    /// (`TokenView.tenseClasses`), not for every token: whether `cue` looks for it by name, and in German its
    /// bits in `germanWordClasses` and its shapes.
    static func keyClass(_ key: String, german: Bool) -> UInt8 {
        let eventVerb = german ? germanSeparableEventPresent[key] != nil : englishEventPhrases[key] != nil
        var c: UInt8 = key == "zu" || isSince(key) || eventVerb ? namedCueWord : 0
        guard german else { return c }
        if isZuInfinitive(key) { c |= namedCueWord }
        c |= germanWordClasses[key] ?? 0
        let n = key.utf8.count
        let ge = key.startsWith("ge")
        if n >= 3, !(ge && key.endsWith("en")), isStrongPreterite(key) { c |= strongPreteriteShape }
        if n >= 6, ge, key.endsWith("t") || key.endsWith("en") { c |= participleShape }
        // (a participle after its separable prefix is an adjective, `in ausgewählten Kinos`, `die angekündigte
        // Reform`: the preterite has no `ge` there, `auswählte`)
        if n >= 5, key.endsWith("te") || key.endsWith("ten"), !notPreterite.contains(key), !key.endsWith("ste"),
            !key.endsWith("sten"), !isPresentOfTStem(key),
            !separablePrefixes.contains(where: { n >= $0.utf8.count + 6 && key.hasPrefix($0 + "ge") })
        {
            c |= weakPreteriteShape
        }
        return c
    }

    /// A German infinitive with `zu` inside it, after a separable prefix: `zurückzutreten`, `anzukündigen`.
    static func isZuInfinitive(_ key: String) -> Bool {
        guard key.utf8.count >= 8, key.endsWith("n") else { return false }
        return separablePrefixes.contains { key.utf8.count >= $0.utf8.count + 6 && key.hasPrefix($0 + "zu") }
    }

    static let separablePrefixes: [String] = Array(germanVerbPrefixes.subtracting(germanInseparablePrefixes))

    /// The cue a token gives, if any. `wordClass`: the key's `keyClass` in the view's language.
    static func cue(_ key: String, at i: Int, in view: TokenView, language: Language, wordClass: UInt8) -> Tense? {
        // (`seit`/`since` — opening a sentence too — before a number or a date word, perhaps after an article, heads a date of its own, `im Juni
        // erstmals seit 2019`, `seit dem 1. Mai`: it places that date, not the others in the sentence; `seit dem
        // Unfall am Montag` places them)
        if wordClass & namedCueWord != 0, isSince(key) {
            func isDateWord(_ j: Int) -> Bool {
                j < view.keys.count
                    && (view.kinds[j] == .number || view.kinds[j] == .ordinal || view.entries[j]?.hasReading == true)
            }
            let next = i + 1
            let headsDate =
                isDateWord(next) || next < view.keys.count && view.entries[next] != nil && isDateWord(next + 1)
            return headsDate ? nil : .past
        }
        if view.capitalized[i] && language != .english { return nil }  // German nouns (the text's first word too)
        // "…, die Bank im Januar zu übernehmen", "…, im Oktober zurückzutreten" after a commitment in the sentence
        // before it: ahead
        if language != .english, wordClass & namedCueWord != 0,
            key == "zu" && i + 1 < view.keys.count && !view.capitalized[i + 1] && view.kinds[i + 1] == .word
                && view.keys[i + 1].endsWith("n") || key != "zu" && isZuInfinitive(key),
            (max(0, i - 15)..<i).contains(where: { germanCommitments.contains(view.keys[$0]) })
        {
            return .future
        }
        if wordClass & namedCueWord != 0,
            language == .english ? englishEventPhrase(at: i, in: view) : separableEventVerb(at: i, in: view)
        {
            return .future
        }
        if language != .english {
            if wordClass & pastWord != 0 { return .past }
            if wordClass & futureWord != 0 {
                // a modal with a perfect infinitive tells of the past: `soll … zugestochen haben`, `dürfte …
                // gewesen sein` (not `wird … abgeschlossen haben`, a future perfect)
                return modalsOfReport.contains(key) && perfectInfinitiveFollows(i, in: view) ? .past : .future
            }
            // "ist für Mai geplant", "für Montag angesetzt": a schedule looks ahead (not a perfect)
            if wordClass & scheduleWord != 0 { return .future }
            // "brach ein Feuer aus", "die am Samstag stattfand", "geriet ins Schleudern" (not `ge…en`: a participle)
            if wordClass & strongPreteriteShape != 0, view.kinds[i] == .word { return .past }
            // participle
            if wordClass & participleShape != 0, i > 0 { return nil }
            if wordClass & weakPreteriteShape != 0, view.kinds[i] == .word, view.entries[i] == nil {
                // "mit ernsthaften Verhandlungen", "die bekannte Sängerin": after an article or preposition and
                // before a noun, a word in -te/-ten is an adjective
                if i > 0, i + 1 < view.keys.count, view.capitalized[i + 1], view.kinds[i + 1] == .word,
                    germanBeforeAdjective.contains(view.keys[i - 1])
                {
                    return nil
                }
                return .past
            }
        }
        if language != .german {
            let next = i + 1 < view.keys.count ? view.keys[i + 1] : ""
            // "was supposed to be done back in July": `back` before a date's preposition looks behind (not `will be back
            // in action in six weeks`)
            if key == "back", next == "in" || next == "on", i + 2 < view.keys.count,
                view.entries[i + 2]?.month != nil || view.entries[i + 2]?.weekday != nil
                    || view.kinds[i + 2] == .number && view.keys[i + 2].utf8.count == 4
            {
                return .past
            }
            // "to be paid in January", "will be published": a passive infinitive, not a past verb
            let previous = i > 0 ? view.keys[i - 1] : ""
            if previous == "be" { return nil }
            if key == "be", previous == "to" { return .future }
            // ("had been scheduled to expire": a past plan; "was set to" leaves the tense to the verb before; a
            // count's `to` is none: `voted by seven votes to four`)
            if next == "to", englishPlanBeforeTo.contains(key), i + 2 < view.keys.count, view.keys[i + 2] != "the",
                view.kinds[i + 2] == .word, view.entries[i + 2]?.number == nil
            {
                return pastAuxiliaries.contains(previous) ? nil : .future
            }
            // "expected the first ships to dock on 1 September", "urged Moscow to withdraw by Friday": what someone
            // is expected, asked or told to do lies after the asking (the infinitive's `to`, nearer the date than
            // the verb, carries it)
            if key == "to", !next.isEmpty, view.kinds[i + 1] == .word, !view.capitalized[i + 1],
                !Grammar.englishDeterminers.contains(next), englishWord(in: englishDirectives, before: i, in: view)
            {
                return .future
            }
            // "postponed until Tuesday", "adjourned to Monday": deferred to a date ahead; so is what is deferred
            // (`voted to delay the bill until the spring`)
            if englishDeferral.contains(key), deferralLinks.contains(next) { return .future }
            if key == "until" || key == "till", englishWord(in: englishDeferral, before: i, in: view) {
                return .future
            }
            // "a summit set for April", "is scheduled for Thursday": the date of what is planned
            if next == "for", englishScheduleBeforeFor.contains(key) {
                return pastAuxiliaries.contains(previous) ? nil : .future
            }
            // "a still unspecified date", "the proposed merger": a participle before its noun is an adjective
            if key.endsWith("ed"),
                Grammar.englishDeterminers.contains(previous)
                    || (i > 1 && (EnglishAdverbs.isAdverbInLY(previous) || previous == "still")
                        && Grammar.englishDeterminers.contains(view.keys[i - 2]))
            {
                return nil
            }
            if englishPast.contains(key) { return .past }
            // "its previous estimate in July", "a prior agreement in March": what came before lies behind
            // (not "prior to", a preposition)
            if key == "previous" || key == "prior" && next != "to" { return .past }
            // "gusts of up to 90mph expected on Saturday", "a decision is expected in March": what is expected now lies
            // ahead (not "than expected", "as expected", nor an expectation of the past, "was expected")
            if key == "expected", !["than", "as", "was", "were", "had", "been"].contains(previous) { return .future }
            // "…, up from 4.4% in March": the figure compared lies behind (after a figure, a comma or `be`; not a
            // verb's particle, `will shut down from May to August`)
            if key == "from", previous == "up" || previous == "down", i > 1,
                case let before = view.keys[i - 2],
                before == "," || view.kinds[i - 2] == .number || figureWords.contains(before)
            {
                return .past
            }
            // "Storm Ciara hit Britain on Sunday", "he cut": a past that is also the base form is past right after
            // a name or he/she/it, whose present would end in -s (not `a rate cut`, `to hit`, `they cut`)
            if englishPastOrBase.contains(key), i > 0, view.kinds[i - 1] == .word, next != "to",
                view.capitalized[i - 1] && !Grammar.englishDeterminers.contains(previous)
                    || ["he", "she", "it"].contains(previous) || singularNounPhraseEnds(at: i - 1, in: view)
            {
                return .past
            }
            if englishFuture.contains(key) { return .future }
            // (not a noun after its determiner: `the opens`, `its ends`)
            if englishEventPresent.contains(key), !Grammar.englishDeterminers.contains(previous) { return .future }
            // "analysts now expect the first cut in June": what is expected in the present lies ahead, as what a
            // forecast is for does ("cut its forecast for the fourth quarter"); the noun is no verb of its clause
            // otherwise ("lowered its forecast in July")
            if englishExpectation.contains(key), !Grammar.englishDeterminers.contains(previous) || next == "for" {
                return .future
            }
            // "could cut rates as soon as June", "may rise in May": a possibility looks ahead (not "could
            // have", "could not", and not the month May; `might not`, `may not` still do: `might not be
            // reconnected until Monday`)
            if englishPossibility.contains(key), !view.capitalized[i],
                !["have", "n't", "'ve"].contains(next), next != "not" || key != "could"
            {
                return .future
            }
            if key.utf8.count >= 4, key.endsWith("ed"), !notEnglishPast.contains(key), view.kinds[i] == .word,
                view.entries[i] == nil
            {
                // (a participle after a linking verb is a state, not a past: `would remain closed until Friday`,
                // `will be delayed`, `stays open`; nor after a present `is`, a passive of the present: `when she is
                // sentenced on March 3`)
                return englishLinkingVerbs.contains(previous) || englishPresentBe.contains(previous) ? nil : .past
            }
        }
        return nil
    }

    /// Whether an English singular noun phrase with its determiner ends at token `i` (`The company`, `the central
    /// bank`): a verb after it whose past is its base form is past, its present would end in -s (`The company cut 500
    /// jobs on Friday`).
    /// (The phrase opens its clause — `Markets expect a rate cut` is a noun —, and its last word is no auxiliary: `The
    /// bank will cut`.)
    static func singularNounPhraseEnds(at i: Int, in view: TokenView) -> Bool {
        let noun = view.keys[i]
        guard noun.utf8.count >= 3, !noun.endsWith("s"), view.kinds[i] == .word, view.entries[i] == nil,
            !Grammar.englishDeterminers.contains(noun), !englishFuture.contains(noun),
            !englishPossibility.contains(noun), !englishPast.contains(noun), !["did", "does", "do"].contains(noun),
            let determiner = (max(0, i - 3)..<i).first(where: { Grammar.englishDeterminers.contains(view.keys[$0]) }),
            (determiner..<i).allSatisfy({ view.kinds[$0] == .word })
        else { return false }
        return determiner == 0 || view.kinds[determiner - 1] != .word || isClauseBoundary(determiner - 1, in: view)
    }

    /// The tokens whose tense counts: inside a quotation, only the quotation's ("He will leave at 4 a.m.
    /// Thursday," Castro said); otherwise the sentence.
    static func quotation(around tokens: Range<Int>, in sentence: Range<Int>, view: TokenView) -> Range<Int> {
        // (wire copy opens a quotation with two backticks, which the tokenizer leaves as symbols)
        func isMark(_ i: Int) -> Bool {
            let kind = view.kinds[i]
            return kind.isQuote || (kind == .symbol && view.keys[i] == "`")
        }
        var marks = 0, open = -1
        for i in sentence.lowerBound..<tokens.lowerBound where isMark(i) {
            // a mark written as two characters (`` and '' in wire copy) is one mark
            if i > sentence.lowerBound, isMark(i - 1), !view.spaceBefore[i] { continue }
            marks += 1
            open = i
        }
        guard marks % 2 == 1, let close = (tokens.upperBound..<sentence.upperBound).first(where: isMark) else {
            return sentence
        }
        return open + 1..<close
    }

    /// Conjunctions that open a German subordinate clause, whose finite verb stands last.
    static let germanConjunctions: Set<String> = [
        "dass", "daß", "ob", "weil", "wenn", "damit", "sodass", "obwohl", "falls", "sobald", "solange", "bevor",
        "nachdem", "wo",
    ]
    /// Relative pronouns, which open a subordinate clause after a comma too (and are articles elsewhere).
    static let germanRelativePronouns: Set<String> = [
        "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche", "welches", "welchem",
        "welchen",
    ]

    /// The clause around `tokens` (between clause boundaries within the sentence) and its last word.
    static func clause(
        around tokens: Range<Int>, sentence: Range<Int>, view: TokenView
    ) -> (range: Range<Int>, last: Int) {
        var first = tokens.lowerBound
        while first > sentence.lowerBound, !isClauseBoundary(first - 1, in: view) { first -= 1 }
        var end = tokens.upperBound
        while end < sentence.upperBound, !isClauseBoundary(end, in: view) { end += 1 }
        var last = end - 1
        while last > first, view.kinds[last] != .word { last -= 1 }
        return (first..<end, last)
    }

    /// A German perfect in a clause: an auxiliary with a ge-participle or with a participle last (`die Firma
    /// habe … angemeldet`), or an auxiliary last after a participle (`stattgefunden hat`, `verkauft hat`).
    /// (`PerfectParts`: with `sein` only a verb of motion or change.)
    static func isPerfect(_ clause: Range<Int>, last: Int, view: TokenView, table: SentenceTable) -> Bool {
        var parts = PerfectParts()
        for i in clause where table.auxiliary[i - table.start] { parts.addAuxiliary(i, view: view) }
        guard parts.lastAuxiliary >= 0 else { return false }
        for i in clause where table.participle[i - table.start] { parts.addParticiple(i, view: view) }
        if isParticiple(view.keys[last]) { parts.addParticiple(last, view: view) }
        if table.auxiliary[last - table.start], last - 1 > clause.lowerBound, isParticiple(view.keys[last - 1]) {
            parts.addParticiple(last - 1, view: view)
        }
        return parts.makesPerfect
    }

    /// The tense of the German subordinate clause around `tokens` (a conjunction or relative pronoun after a
    /// comma) when it has no cue of its own: past for a perfect (`dass sie im April gekündigt hat`), else none
    /// (a present, `dass der Haushalt im April steht`); nil when the expression is not in such a clause or the
    /// clause does not end in its verb. `own`: the clause around `tokens` (`clause(around:)`).
    static func subordinateClauseTense(
        around tokens: Range<Int>, own: (range: Range<Int>, last: Int), sentence: Range<Int>, view: TokenView,
        table: SentenceTable
    ) -> Tense? {
        let (clause, last) = own
        let first = clause.lowerBound
        guard first > sentence.lowerBound, view.keys[first - 1] == ",",
            germanConjunctions.contains(view.keys[first]) || germanRelativePronouns.contains(view.keys[first]),
            // the finite verb ends the clause: a lower-case word before its end (or the sentence's stop)
            last >= tokens.upperBound, !view.capitalized[last], view.kinds[last] == .word,
            !table.hasCue(in: clause)
        else { return nil }
        return isPerfect(clause, last: last, view: view, table: table) ? .past : Tense.none
    }

    /// German verbs of saying (past and present) whose comma opens reported speech: `sagte, die Hilfe
    /// komme am Freitag`.
    static let germanSpeechVerbs: Set<String> = [
        "sagte", "sagten", "sagt", "sagen", "erklärte", "erklärten", "erklärt", "betonte", "betonten", "betont",
        "meinte", "meinten", "meint", "berichtete", "berichteten", "berichtet", "schrieb", "schrieben", "schreibt",
        "teilte", "teilten", "kündigte", "kündigten", "warnte", "warnten", "bestätigte", "bestätigten", "hieß",
        "heißt", "versicherte", "versprach", "räumte", "argumentierte", "verkündete", "mitteilte",
    ]

    /// The tense of German reported speech after `sagte,` and the like when its clause has no cue: past for
    /// a perfect with `haben` (`sagte, die Firma habe im Mai Insolvenz angemeldet`), else none — Konjunktiv I or the
    /// present of reported speech is the time of the report or after it (`sagte, die Hilfe komme am Freitag`).
    static func reportedSpeechTense(
        own: (range: Range<Int>, last: Int), sentence: Range<Int>, view: TokenView, table: SentenceTable
    ) -> Tense? {
        let clause = own.range
        let first = clause.lowerBound
        // (not a subordinate or infinitive clause: `sagte, dass …`, `…, um … zu`, `…, als …`)
        guard first > sentence.lowerBound + 2, view.keys[first - 1] == ",",
            !germanConjunctions.contains(view.keys[first]), !["um", "als", "wie"].contains(view.keys[first])
        else { return nil }
        // the verb of saying right before the comma, or before its pronoun subject (`sagte er,`): after a noun
        // the comma may open a relative clause (`sagte der Minister, der …`)
        let v = first - 2
        guard
            germanSpeechVerbs.contains(view.keys[v])
                || ["er", "sie", "es", "man", "wir"].contains(view.keys[v])
                    && germanSpeechVerbs.contains(view.keys[v - 1]),
            !table.hasCue(in: clause)
        else { return nil }
        return speechClauseTense(own, view: view, table: table)
    }

    /// The tense of German speech before its frame (`Die Warnung gilt bis Sonntagabend, teilte das Amt mit`,
    /// `…, sagte er`) when its clause has no cue (`speechClauseTense`) — what is reported in the present
    /// holds at the time of the report or after it, whatever the frame's past says.
    static func framedSpeechTense(
        own: (range: Range<Int>, last: Int), sentence: Range<Int>, view: TokenView, table: SentenceTable
    ) -> Tense? {
        let clause = own.range
        let comma = clause.upperBound
        guard comma + 1 < sentence.upperBound, view.keys[comma] == ",",
            germanSpeechVerbs.contains(view.keys[comma + 1]),
            clause.lowerBound == sentence.lowerBound || view.keys[clause.lowerBound - 1] != ",",
            !table.hasCue(in: clause)
        else { return nil }
        return speechClauseTense(own, view: view, table: table)
    }

    /// The tense of a clause of reported speech with its own verb and no cue, its frame before or after it:
    /// none for a present, past for a perfect with `haben`; after `sein` a participle may be a state (`er sei am
    /// Freitag verhindert`), and the other rules decide.
    static func speechClauseTense(
        _ own: (range: Range<Int>, last: Int), view: TokenView, table: SentenceTable
    ) -> Tense? {
        guard isPerfect(own.range, last: own.last, view: view, table: table) else { return Tense.none }
        return own.range.contains { haveForms.contains(view.keys[$0]) } ? .past : nil
    }

    static let haveForms: Set<String> = ["hat", "haben", "habe", "hatte", "hatten", "hätte", "hätten", "habest"]

    /// Past for a German clause around the expression that is a perfect with `haben` and has no cue of its own,
    /// whatever a clause beyond its comma says (`Sie haben im Oktober angekündigt, Stellen zu streichen`, `Er hat
    /// im Oktober gesagt, er werde zurücktreten`); nil otherwise (after `sein` a participle may be a state).
    static func perfectWithHaben(
        _ own: (range: Range<Int>, last: Int), view: TokenView, table: SentenceTable
    ) -> Tense? {
        guard !table.hasCue(in: own.range), speechClauseTense(own, view: view, table: table) == .past else {
            return nil
        }
        return .past
    }

    /// A German past participle by its form: `ge` inside (`gekündigt`, `stattgefunden`, `angekündigt`), an
    /// inseparable prefix (`verkauft`, `beschlossen`) or `-iert` (`studiert`), ending in -t or -en.
    static func isParticiple(_ key: String) -> Bool {
        guard key.utf8.count >= 6, key.endsWith("t") || key.endsWith("en") else { return false }
        return key.contains("ge") || key.endsWith("iert")
            || germanInseparablePrefixes.contains { key.hasPrefix($0) && key.utf8.count >= $0.utf8.count + 4 }
    }

    static let englishPrepositions: Set<String> = [
        "in", "at", "on", "by", "of", "for", "from", "to", "with", "since", "until", "after", "before", "during",
    ]

    /// English present forms that make a that-clause's own tense (`promised that the budget is ready by
    /// April`).
    static let englishPresentFinite: Set<String> = ["is", "are", "am", "has", "have", "does", "do", "remains"]

    /// The tense of the English that-clause around `tokens` when it has a present verb of its own and no
    /// cue: none (a present), whatever the verb before `that` says; nil otherwise.
    static func thatClauseTense(
        around tokens: Range<Int>, own: (range: Range<Int>, last: Int), sentence: Range<Int>, view: TokenView,
        table: SentenceTable
    ) -> Tense? {
        var that = tokens.lowerBound - 1
        while that > sentence.lowerBound, view.keys[that] != "that", !isClauseBoundary(that, in: view) { that -= 1 }
        // (`that` opening the clause, not pointing: `in that year`, `that day`)
        guard that > sentence.lowerBound, view.keys[that] == "that", that + 1 < tokens.lowerBound,
            !englishPrepositions.contains(view.keys[that - 1])
        else { return nil }
        let clause = (that + 1)..<own.range.upperBound
        guard !table.hasCue(in: clause),
            clause.contains(where: { !tokens.contains($0) && englishPresentFinite.contains(view.keys[$0]) })
        else { return nil }
        return Tense.none
    }

    /// The tense of an English relative clause set off by a comma around `tokens` whose verb is a present
    /// (`Persimmon, which reports results on Aug. 6, was up 1.8%`) and which has no cue: none, whatever the
    /// main clause says; nil otherwise.
    static func relativeClauseTense(
        own: (range: Range<Int>, last: Int), tokens: Range<Int>, sentence: Range<Int>, view: TokenView,
        table: SentenceTable
    ) -> Tense? {
        let first = own.range.lowerBound
        guard first > sentence.lowerBound, view.keys[first - 1] == ",", ["which", "who"].contains(view.keys[first]),
            first + 1 < tokens.lowerBound, !table.hasCue(in: own.range)
        else { return nil }
        let verb = view.keys[first + 1]
        let present =
            englishPresentFinite.contains(verb)
            || verb.utf8.count > 3 && verb.hasSuffix("s") && !verb.hasSuffix("ss") && !verb.hasSuffix("us")
        return present ? Tense.none : nil
    }

    /// Whether token `i` lies in a relative clause opened by a comma: `, which`/`, who` (English), `, der`/`, die`
    /// … before a word in lower case (German; `, die Polizei` opens no such clause).
    static func inRelativeClause(_ i: Int, sentence: Range<Int>, view: TokenView, language: Language) -> Bool {
        var k = i
        while k > sentence.lowerBound, !isClauseBoundary(k - 1, in: view) { k -= 1 }
        guard k > sentence.lowerBound, k < i, view.keys[k - 1] == "," else { return false }
        if language == .english { return englishRelativePronouns.contains(view.keys[k]) }
        return germanRelativePronouns.contains(view.keys[k]) && k + 1 < sentence.upperBound
            && view.kinds[k + 1] == .word && !view.capitalized[k + 1]
    }
    static let englishRelativePronouns: Set<String> = ["which", "who", "whose", "whom"]

    /// Whether the expression's stretch between clause boundaries opens the sentence or a main clause after a
    /// relative one, with its verb (`…, which struck last year, votes Saturday`), not a phrase of the relative
    /// clause (`…, which lost 2%, or 30 cents, on Friday,`).
    static func opensMainClause(_ tokens: Range<Int>, sentence: Range<Int>, view: TokenView, language: Language)
        -> Bool
    {
        var k = tokens.lowerBound
        while k > sentence.lowerBound, !isClauseBoundary(k - 1, in: view) { k -= 1 }
        if k == sentence.lowerBound { return true }
        let stop = language == .english ? StopWords.english : StopWords.german
        return view.kinds[k] == .word && !view.capitalized[k] && !stop.contains(view.keys[k])
    }

    /// Words that join two clauses of one sentence, each with its own verb and tense.
    static let coordinators: Set<String> = ["und", "oder", "aber", "doch", "sondern", "and", "or", "but"]

    /// The tense of the very clause around `tokens`, for an expression whose reading hangs on it (`in zwei
    /// Jahren` ahead, or the stretch something happened within): past only for a past cue in that clause with
    /// no conjunction between it and the expression (`Er kam an und reist in zwei Wochen ab` looks ahead) or a
    /// German perfect (`Ich habe so etwas in 35 Jahren nicht erlebt`); else none.
    static func ownClauseTense(
        around tokens: Range<Int>, sentence: Range<Int>, view: TokenView, language: Language, table: SentenceTable
    ) -> Tense {
        let scope = quotation(around: tokens, in: sentence, view: view)
        let (range, last) = clause(around: tokens, sentence: scope, view: view)
        var best: (distance: Int, tense: Tense)?
        for i in range where !tokens.contains(i) {
            guard let tense = table.cues[i - table.start] else { continue }
            let between = i < tokens.lowerBound ? i + 1..<tokens.lowerBound : tokens.upperBound..<i
            if between.contains(where: { coordinators.contains(view.keys[$0]) }) { continue }
            let distance = i < tokens.lowerBound ? tokens.lowerBound - i : i - tokens.upperBound
            if best == nil || distance < best!.distance { best = (distance, tense) }
        }
        if let best { return best.tense }
        if language != .english, !range.isEmpty, isPerfect(range, last: last, view: view, table: table) { return .past }
        return .none
    }

    /// Whether token `i` ends a clause (decided once per distinct key: a sentence of many expressions
    /// compares no strings).
    @inline(__always) static func isClauseBoundary(_ i: Int, in view: TokenView) -> Bool { view.clauseBoundary[i] }

    /// Tokens that end a clause: commas, semicolons, colons, brackets, dashes.
    static func isClauseBoundary(_ key: String) -> Bool {
        key == "," || key == ";" || key == "(" || key == ")" || key == "–" || key == ":"
    }

    /// What each token of a sentence says about tense, read once per sentence: finding the cue
    /// nearest to each expression then costs no word look-ups (a sentence of many expressions
    /// stays linear).
    struct SentenceTable {
        var cues: [Tense?] = []
        var auxiliary: [Bool] = []
        var participle: [Bool] = []
        /// Clause boundaries before each token of the sentence (one more entry than tokens), so
        /// that "no comma between these two tokens" costs O(1).
        var boundariesBefore: [Int32] = [0]
        let start: Int

        /// Whether a token of `range` (within the sentence) gives a tense cue.
        func hasCue(in range: Range<Int>) -> Bool { range.contains { cues[$0 - start] != nil } }

        /// Whether no clause boundary lies in `from...through`.
        func sameClause(from a: Int, through b: Int) -> Bool {
            a > b || boundariesBefore[b - start + 1] == boundariesBefore[a - start]
        }

        init(_ sentence: Range<Int>, view: TokenView, language: Language) {
            start = sentence.lowerBound
            for i in sentence {
                let key = view.keys[i]
                let wordClass = view.tenseClasses[i]
                cues.append(cue(key, at: i, in: view, language: language, wordClass: wordClass))
                auxiliary.append(wordClass & auxiliaryWord != 0)
                participle.append(wordClass & participleShape != 0 && !view.capitalized[i])
            }
            // (a conjunction before a verb of its own opens the next clause, its subject left out: `flew to Moscow on
            // Monday and will meet Yeltsin on Saturday`)
            for i in sentence {
                let k = i - start
                let coordinatedVerb =
                    i + 1 < sentence.upperBound && TenseCues.coordinators.contains(view.keys[i])
                    && (cues[k + 1] != nil || auxiliary[k + 1] || Self.presentAuxiliaries.contains(view.keys[i + 1]))
                boundariesBefore.append(
                    boundariesBefore.last! + (isClauseBoundary(i, in: view) || coordinatedVerb ? 1 : 0))
            }
        }

        /// English present auxiliaries, which open a clause after a conjunction (`and are expected to …`) but give no
        /// tense of their own (`was`, `had`, `will` are cues; German `ist`, `hat` auxiliaries already).
        static let presentAuxiliaries = TenseCues.englishPresentBe.union(["has", "have"])
    }

    /// Whether every clause boundary between `a` and `b` is a comma after a noun or a name: German clauses
    /// end in their verb, so such commas set off an apposition (`hat den Bürgermeister, Richard Greiner, am
    /// Donnerstag verurteilt`), not a clause of its own.
    static func onlyAppositionsBetween(_ a: Int, _ b: Int, view: TokenView) -> Bool {
        (a + 1..<b).allSatisfy { i in
            !isClauseBoundary(i, in: view)
                || view.keys[i] == "," && view.capitalized[i - 1] && view.kinds[i - 1] == .word
        }
    }

    /// The tense cue nearest to `tokens` within the sentence; German perfect (`hat … gesagt`) counts as past.
    static func tense(
        near tokens: Range<Int>, sentence: Range<Int>, view: TokenView, language: Language,
        table: SentenceTable? = nil
    ) -> Tense {
        let table = table ?? SentenceTable(sentence, view: view, language: language)
        var best: (distance: Int, tense: Tense)? = nil
        var parts = PerfectParts()
        let scope = quotation(around: tokens, in: sentence, view: view)
        var expressionOpensMainClause: Bool?  // read once, when a relative clause's cue asks
        for i in scope where !tokens.contains(i) {
            if table.auxiliary[i - table.start] { parts.addAuxiliary(i, view: view) }
            if table.participle[i - table.start] { parts.addParticiple(i, view: view) }
            guard var tense = table.cues[i - table.start] else { continue }
            // A commitment in the past after the expression dates the committing, not what was committed to: "During
            // her hearing in September, Delgado pledged to enforce …" (its infinitive, after it, looks ahead)
            if tense == .future, i >= tokens.upperBound, englishCommitmentsPast.contains(view.keys[i]),
                !englishPresentBe.contains(view.keys[i - 1])
            {
                tense = .past
            }
            // A cue in the expression's own clause (between commas) wins over a nearer one beyond a comma:
            // "talks that are supposed to conclude by May, invited Sinn Fein" looks ahead.
            let inClause =
                i < tokens.lowerBound
                ? table.sameClause(from: i, through: tokens.lowerBound - 1)
                : table.sameClause(from: tokens.upperBound, through: i)
            // (a relative clause set off by commas tells of its noun, not of the clause around it: `The union, which
            // struck last year, votes Saturday`)
            if !inClause, inRelativeClause(i, sentence: sentence, view: view, language: language) {
                if expressionOpensMainClause == nil {
                    expressionOpensMainClause = opensMainClause(
                        tokens, sentence: sentence, view: view, language: language)
                }
                if expressionOpensMainClause == true { continue }
            }
            let distance =
                (i < tokens.lowerBound ? tokens.lowerBound - i : i - tokens.upperBound + 1) + (inClause ? 0 : 1000)
            // (at equal distance the cue after the expression: German puts the full verb last, `wurde bis Mai
            // vertagt`, `hat für Montag angesetzt`)
            if best == nil || distance < best!.distance || distance == best!.distance && i > tokens.lowerBound {
                best = (distance, tense)
            }
        }
        // a label that dates what its colon opens (`Update, Sept. 3: After the patch, I noticed …`, `Stand 3. März:
        // …`): a heading of its own, no tense from the sentence after it
        if best.map({ $0.distance >= 1000 }) ?? false, tokens.upperBound < sentence.upperBound,
            view.keys[tokens.upperBound] == ":", tokens.lowerBound <= sentence.lowerBound + 2,
            (sentence.lowerBound..<tokens.lowerBound).allSatisfy({ view.kinds[$0] != .word || view.capitalized[$0] })
        {
            return .none
        }
        // "versprach, dass der Haushalt bis Ende April steht", "sagte, die Hilfe komme am Freitag": a German
        // subordinate clause or reported speech with its own verb and no cue has its own tense, whatever the
        // main clause beyond its comma says
        // (the clause around the expression is read once for these rules)
        if best.map({ $0.distance >= 1000 }) ?? true, language != .english {
            let own = clause(around: tokens, sentence: sentence, view: view)
            if let tense = reportedSpeechTense(own: own, sentence: sentence, view: view, table: table)
                ?? subordinateClauseTense(around: tokens, own: own, sentence: sentence, view: view, table: table)
                ?? framedSpeechTense(own: own, sentence: sentence, view: view, table: table)
                ?? perfectWithHaben(own, view: view, table: table)
            {
                return tense
            }
        }
        if language == .english {
            let own = clause(around: tokens, sentence: sentence, view: view)
            if let tense = thatClauseTense(around: tokens, own: own, sentence: sentence, view: view, table: table)
                ?? relativeClauseTense(own: own, tokens: tokens, sentence: sentence, view: view, table: table)
            {
                return tense
            }
        }
        if let best { return best.tense }
        // Perfect: an auxiliary and a participle, which in a German main clause stands last (in the auxiliary's
        // clause: `Wer einverstanden ist, kann … kündigen` ends in an infinitive; so does `ist noch bis Samstag zu
        // sehen`, its `zu` before it).
        // (a German word in -t only with a participle's prefix or -iert: `ist gut`, `ist weit` end in adjectives)
        if case let lastAuxiliary = parts.lastAuxiliary, lastAuxiliary >= 0, !parts.participle,
            let last = sentence.reversed().first(where: { view.kinds[$0] == .word }),
            !view.capitalized[last],
            view.keys[last].endsWith("en")
                || view.keys[last].endsWith("t") && (language == .english || germanParticipleInT(view.keys[last])),
            language == .english || last == sentence.lowerBound || view.keys[last - 1] != "zu",
            lastAuxiliary < last,
            table.sameClause(from: lastAuxiliary, through: last)
                || language != .english && onlyAppositionsBetween(lastAuxiliary, last, view: view)
        {
            parts.addParticiple(last, view: view)
        }
        if parts.makesPerfect { return .past }
        return .none
    }
}
