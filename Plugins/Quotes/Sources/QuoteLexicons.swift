import Foundation
import LoupeCore

/// The word lists the quotes analyzer reads from `Resources/`, loaded once per process.
///
/// All entries are lower-case. Cue forms carry the lemma they belong to and, for separable
/// German verbs, the particle that must follow later in the clause ("teilte … mit").
struct QuoteLexicons: Sendable {
    struct Cue: Sendable {
        var lemma: String
        /// The particle that must follow in the same clause; empty when none.
        var particle: String
    }

    let cues: [String: Cue]
    /// Every separable verb a form may belong to, by the particle that must follow (`stellte` … `fest`, `klar`;
    /// `wies` … `hin`, `zurück`): `cues` holds one of them, this all.
    let separableCues: [String: [Cue]]
    /// Verbs of speech and cognition for indirect and reported speech (`speech-verbs-*.txt`),
    /// every form → its verb; the verbs of `cues-*.txt` not listed there count as `say`.
    let speechVerbs: [String: [SpeechVerb]]
    let roles: Set<String>
    let roleSuffixes: [[UInt8]]
    let titleNouns: Set<String>
    let titleSuffixes: [[UInt8]]
    /// First name (lower-case) → gender, from `first-names.txt` (Berlin first-names statistics).
    let firstNames: [String: Gender]

    struct SpeechVerb: Sendable {
        enum Class: Sendable { case say, think, act }
        var lemma: String
        var particle: String
        /// The strongest class the form has (act > say > think): an `act` verb without a
        /// clause is reported speech.
        var verbClass: Class
        /// A decision (`beschließen`, `zustimmen`; class `decide` in the lexicon): an `act` for its
        /// complement, but without one no reported speech.
        var decision = false
    }

    /// Lemmas whose object is the speaker's own wording ("nannte das „…“", "als „…“ bezeichnet").
    static let namingLemmas: Set<String> = [
        "nennen", "bezeichnen", "sprechen", "warnen", "würdigen", "kritisieren", "loben", "bewerten",
        "beschreiben", "call", "describe", "praise", "criticize", "criticise", "warn",
    ]
    /// Of those, the verbs whose object is named by what follows it (`nannte den Plan „unsozial“`,
    /// `called the plan "reckless"`), not judged or spoken of.
    static let objectNamingLemmas: Set<String> = ["nennen", "bezeichnen", "call", "describe"]

    static func load() throws -> QuoteLexicons {
        var cues: [String: Cue] = [:]
        var separableCues: [String: [Cue]] = [:]
        func addSeparable(_ form: String, _ cue: Cue) {
            guard !cue.particle.isEmpty, separableCues[form]?.contains(where: { $0.particle == cue.particle }) != true
            else { return }
            separableCues[form, default: []].append(cue)
        }
        for file in ["cues-de", "cues-en"] {
            for line in try lines(of: file) {
                let words = line.split(separator: " ").map(String.init)
                guard let lemma = words.first?.lowercased() else { continue }
                for word in words {
                    let parts = word.lowercased().split(separator: "+", maxSplits: 1).map(String.init)
                    let particle = parts.count > 1 ? parts[1] : ""
                    addSeparable(parts[0], Cue(lemma: lemma, particle: particle))
                    // A plain form wins over a particle form ("fordert" alone is a cue too).
                    if let existing = cues[parts[0]], existing.particle.isEmpty { continue }
                    cues[parts[0]] = Cue(lemma: lemma, particle: particle)
                    if let final = verbFinal(parts[0], particle), cues[final] == nil {
                        cues[final] = Cue(lemma: lemma, particle: "")
                    }
                }
            }
        }
        // A form may belong to several verbs that differ by their particle (gab … an, gab … bekannt,
        // gab … zu); for one particle the strongest class is kept (act > say > think).
        var speechVerbs: [String: [SpeechVerb]] = [:]
        var germanSay: [String: Cue] = [:]
        for file in ["speech-verbs-de", "speech-verbs-en"] {
            for line in try lines(of: file) {
                let words = line.split(separator: " ").map { $0.lowercased() }
                guard words.count >= 3 else { continue }
                let verbClass: SpeechVerb.Class =
                    words[0] == "act" || words[0] == "decide" ? .act : words[0] == "think" ? .think : .say
                var forms = Array(words.dropFirst(2))
                // German: the third person plural present is the infinitive (`Experten befürchten, …`),
                // for a verb without a particle.
                if file.hasSuffix("-de"), !words[1].contains("+"), !forms.contains(where: { $0.contains("+") }),
                    !forms.contains(words[1])
                {
                    forms.append(words[1])
                }
                for word in forms {
                    let parts = word.split(separator: "+", maxSplits: 1).map(String.init)
                    let particle = parts.count > 1 ? parts[1] : ""
                    if file.hasSuffix("-de"), words[0] == "say" {
                        if germanSay[parts[0]] == nil { germanSay[parts[0]] = Cue(lemma: words[1], particle: particle) }
                        addSeparable(parts[0], Cue(lemma: words[1], particle: particle))
                    }
                    let verb = SpeechVerb(
                        lemma: words[1], particle: particle, verbClass: verbClass, decision: words[0] == "decide")
                    var variants = speechVerbs[parts[0]] ?? []
                    if let index = variants.firstIndex(where: { $0.particle == particle }) {
                        if variants[index].verbClass == .act || verbClass == .think { continue }
                        variants[index] = verb
                    } else {
                        variants.append(verb)
                    }
                    speechVerbs[parts[0]] = variants
                    if let final = verbFinal(parts[0], particle), speechVerbs[final] == nil {
                        speechVerbs[final] = [
                            SpeechVerb(
                                lemma: words[1], particle: "", verbClass: verbClass, decision: words[0] == "decide")
                        ]
                    }
                }
            }
        }
        // Every German verb of saying frames a quotation as well (`„…“, beteuerte er`, `„…“, stellte sie klar`).
        // (Not English: on the PolNeAR tuning half its extra verbs cost precision, 334 → 338 items found
        // for the same 232 exact.)
        for (form, cue) in germanSay where cues[form] == nil { cues[form] = cue }
        for (form, cue) in cues where form.first.map({ $0.isLowercase }) == true {
            var variants = speechVerbs[form] ?? []
            guard !variants.contains(where: { $0.particle == cue.particle }) else { continue }
            variants.append(SpeechVerb(lemma: cue.lemma, particle: cue.particle, verbClass: .say))
            speechVerbs[form] = variants
        }
        // Swiss German writes ss for ß (`äusserte`, `schloss … aus`): a form with ß stands in both spellings.
        for (form, cue) in cues where form.contains("ß") {
            let swiss = form.replacing("ß", with: "ss")
            if cues[swiss] == nil { cues[swiss] = cue }
        }
        for (form, variants) in separableCues where form.contains("ß") {
            let swiss = form.replacing("ß", with: "ss")
            if separableCues[swiss] == nil { separableCues[swiss] = variants }
        }
        for (form, verbs) in speechVerbs where form.contains("ß") {
            let swiss = form.replacing("ß", with: "ss")
            if speechVerbs[swiss] == nil { speechVerbs[swiss] = verbs }
        }
        let (roles, roleSuffixes) = try wordsAndSuffixes("roles")
        let (titles, titleSuffixes) = try wordsAndSuffixes("title-nouns")
        var firstNames: [String: Gender] = [:]
        for line in try lines(of: "first-names") {
            let parts = line.split(separator: " ")
            guard parts.count == 2 else { continue }
            firstNames[String(parts[0])] = parts[1] == "f" ? .female : .male
        }
        return QuoteLexicons(
            cues: cues, separableCues: separableCues, speechVerbs: speechVerbs, roles: roles,
            roleSuffixes: roleSuffixes, titleNouns: titles, titleSuffixes: titleSuffixes, firstNames: firstNames)
    }

    /// German separable prefixes (`anzutreten`, `abzurücken`): a verb written `teilte+mit` in the
    /// lexicon is one word at the end of a subordinate clause (`wie X mitteilte`, `als sie ankündigte`).
    static let separablePrefixes: Set<String> = [
        "ab", "an", "auf", "aus", "bei", "dar", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach", "vor", "weg",
        "weiter",
        "zu", "zurück", "zusammen", "um", "durch", "über", "unter", "wieder", "bereit", "frei", "heraus", "hinaus",
        "voran", "vorbei",
        "bekannt", "hinzu", "klar", "voraus",
        // adverbs and adjectives that make separable verbs too (`hervorzuheben`, `schönzureden`, `teilzunehmen`)
        "hervor", "herunter", "heran", "herab", "hinweg", "entgegen", "gegenüber", "dagegen", "schön", "klein", "groß",
        "gut", "schlecht", "offen", "hoch", "stand", "teil", "statt", "sicher", "gleich", "zurecht", "kurz", "nahe",
    ]

    /// The verb-final form of a separable verb form (`teilte` + `mit` → `mitteilte`), or nil.
    static func verbFinal(_ form: String, _ particle: String) -> String? {
        separablePrefixes.contains(particle) ? particle + form : nil
    }

    func isRole(_ lower: String) -> Bool {
        roles.contains(lower) || Self.endsWithAny(lower, roleSuffixes) || Self.isAgeNoun(lower)
    }

    /// A person named by their age, as German news names them again: `der 45-Jährige`, `die 64-Jährige`.
    static func isAgeNoun(_ lower: String) -> Bool {
        guard lower.first?.isNumber == true else { return false }
        return lower.hasSuffix("-jährige") || lower.hasSuffix("-jähriger") || lower.hasSuffix("-jährigen")
    }

    func isTitleNoun(_ lower: String) -> Bool {
        titleNouns.contains(lower) || Self.endsWithAny(lower, titleSuffixes)
    }

    /// Whether a word ends with one of the suffixes and has at least three more bytes before it
    /// (compared as UTF-8 bytes: this runs for every word near a quotation mark).
    static func endsWithAny(_ word: String, _ suffixes: [[UInt8]]) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            suffixes.contains { suffix in
                bytes.count > suffix.count + 2 && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
            }
        }
    }

    // MARK: - Loading

    private static func lines(of name: String) throws -> [String] {
        guard
            let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "txt")
        else {
            throw LoupeError.quotesResourceMissing(name + ".txt")
        }
        // Split and trim on bytes: Foundation's trimming bridges every line through NSString,
        // which made loading these lists most of a process's start-up time.
        let bytes = [UInt8](try Data(contentsOf: url))
        var result: [String] = []
        for line in bytes.split(separator: 10) {
            var start = line.startIndex, end = line.endIndex
            while start < end, line[start] == 32 || line[start] == 9 || line[start] == 13 { start += 1 }
            while end > start, line[end - 1] == 32 || line[end - 1] == 9 || line[end - 1] == 13 { end -= 1 }
            guard start < end, line[start] != UInt8(ascii: "#") else { continue }
            result.append(String(decoding: line[start..<end], as: UTF8.self))
        }
        return result
    }

    /// Entries of a list, with `-suffix` lines apart.
    private static func wordsAndSuffixes(_ name: String) throws -> (Set<String>, [[UInt8]]) {
        var words: Set<String> = []
        var suffixes: [[UInt8]] = []
        for line in try lines(of: name) {
            let entry = line.lowercased()
            if entry.hasPrefix("-") { suffixes.append(Array(entry.dropFirst().utf8)) } else { words.insert(entry) }
        }
        return (words, suffixes)
    }
}
