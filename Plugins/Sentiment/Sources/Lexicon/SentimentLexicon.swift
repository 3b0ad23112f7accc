import Foundation
import LoupeCore

/// What the lexicon knows about one word form.
struct LexiconEntry: Sendable {
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt8
        static let negator = Roles(rawValue: 1)
        static let contrast = Roles(rawValue: 2)
        /// Contrast only at the start of a clause (German `doch`).
        static let clauseContrast = Roles(rawValue: 4)
        static let clauseBreak = Roles(rawValue: 8)
        /// A noun: may be the head of an unknown compound (`Angriffskrieg` → `Krieg`).
        static let noun = Roles(rawValue: 16)
        /// `only`, `nur`: after a negator, `not only … but` is no negation.
        static let onlyWord = Roles(rawValue: 32)
        /// `if`, `wenn`, `falls`: opens a hypothetical clause.
        static let conditional = Roles(rawValue: 64)
        /// German: the valence is that of a finite verb form generated from a verb lemma
        /// (`preise` from `preisen`); a capitalised word inside a sentence does not take it.
        static let finiteVerbForm = Roles(rawValue: 128)
    }

    /// Valence on VADER's scale −4 … +4; 0 when the word carries none.
    var valence: Float = 0
    /// Degree modifier: > 0 intensifies, < 0 dampens.
    var booster: Float = 0
    var roles: Roles = []
    /// For a generated form: index of its lemma in `LanguageLexicon.lemmas` (for `--explain`).
    var lemma: Int32 = -1
}

/// A multi-word entry (`kiss of death`, `kind of`, `gut gelaunt`).
struct PhraseEntry: Sendable {
    var valence: Float
    var booster: Float
    var length: Int
}

/// One language's words, phrases and rule words.
struct LanguageLexicon: Sendable {
    var entries: [UInt64: LexiconEntry] = [:]
    var phrases: [UInt64: PhraseEntry] = [:]
    /// Keys of the first words of phrases: most tokens need no phrase probe.
    var phraseStarts: Set<UInt64> = []
    var lemmas: [String] = []
    /// German: generate inflected forms and look up compound heads.
    var german = false
    var negationReachesBack = false
    /// English: generate regular inflected forms.
    var englishForms = false

    /// The entries frozen for lookup; built by `freeze()` once loading is done.
    private(set) var table = KeyTable<LexiconEntry>([:])
    private(set) var phraseStartTable = KeyTable<Bool>([:])

    @inline(__always) func entry(_ key: UInt64) -> LexiconEntry? { table[key] ?? (table.isEmpty ? entries[key] : nil) }
    @inline(__always) func startsPhrase(_ key: UInt64) -> Bool { phraseStartTable[key] ?? false }

    /// Builds the lookup tables from `entries` (a lexicon read from the compiled file has its
    /// table already and no `entries`: see `thaw()`).
    mutating func freeze() {
        if !entries.isEmpty || table.isEmpty { table = KeyTable(entries) }
        phraseStartTable = KeyTable(Dictionary(uniqueKeysWithValues: phraseStarts.map { ($0, true) }))
    }

    /// Sets the frozen entries directly (the compiled lexicon), leaving `entries` empty.
    mutating func setFrozen(_ table: KeyTable<LexiconEntry>) {
        entries = [:]
        self.table = table
    }

    /// Makes `entries` editable again after `setFrozen` (before adding a user lexicon).
    mutating func thaw() {
        guard entries.isEmpty, !table.isEmpty else { return }
        entries.reserveCapacity(table.count)
        table.forEach { entries[$0] = $1 }
    }

    /// Sets a word's valence (or a phrase's, when it has spaces or `_`), with its generated
    /// forms in German. An existing entry of the word itself is replaced only with `override`;
    /// generated forms never replace a word's own entry.
    mutating func setValence(
        _ word: String, _ valence: Double, forms extra: [String] = [], tag: String? = nil, override: Bool
    ) {
        let parts = word.split(whereSeparator: { $0 == " " || $0 == "_" })
        if parts.count > 1 {
            let key = TokenKey.hash(words: parts, folding: .all)
            if override || phrases[key] == nil {
                phrases[key] = PhraseEntry(
                    valence: Float(valence), booster: phrases[key]?.booster ?? 0, length: parts.count)
                phraseStarts.insert(TokenKey.hash(parts[0], folding: .all))
            }
            return
        }
        let key = TokenKey.hash(word, folding: .all)
        var entry = entries[key] ?? LexiconEntry()
        if override || entry.valence == 0 || entry.lemma >= 0 {
            entry.valence = Float(valence)
            entry.lemma = -1
            entry.roles.remove(.finiteVerbForm)
        }
        let wordClass = german ? GermanForms.wordClass(of: word, tag: tag) : nil
        if wordClass == .noun { entry.roles.insert(.noun) }
        entries[key] = entry
        let english = !german && englishForms
        guard german || english || !extra.isEmpty else { return }
        let lemmaIndex = Int32(lemmas.count)
        lemmas.append(word)
        let generated =
            wordClass.map { GermanForms.forms(of: word, as: $0) } ?? (english ? EnglishForms.forms(of: word) : [])
        let finite = wordClass == .verb ? GermanForms.finiteForms(of: word) : []
        for form in extra + generated {
            let formKey = TokenKey.hash(form, folding: .all)
            var formEntry = entries[formKey] ?? LexiconEntry()
            // A form's own entry wins; between generated forms, the later (user) lexicon wins.
            guard formEntry.valence == 0 || (formEntry.lemma >= 0 && override) else { continue }
            formEntry.valence = Float(valence)
            formEntry.lemma = lemmaIndex
            if wordClass == .noun { formEntry.roles.insert(.noun) }
            if finite.contains(form.lowercased()), !extra.contains(form) {
                formEntry.roles.insert(.finiteVerbForm)
            } else {
                formEntry.roles.remove(.finiteVerbForm)
            }
            entries[formKey] = formEntry
        }
    }

    mutating func add(_ file: LexiconFile) {
        for line in file.lines { setValence(line.word, line.valence, forms: line.forms, tag: line.tag, override: true) }
    }

    /// Rule words: negators lose any valence of their own (`no` is −1.2 in VADER).
    mutating func add(_ rules: RuleWords) {
        func update(_ word: String, _ change: (inout LexiconEntry) -> Void) {
            let parts = word.split(separator: " ")
            if parts.count > 1 {
                let key = TokenKey.hash(words: parts, folding: .all)
                var phrase = phrases[key] ?? PhraseEntry(valence: 0, booster: 0, length: parts.count)
                var probe = LexiconEntry(booster: phrase.booster)
                change(&probe)
                phrase.booster = probe.booster
                phrases[key] = phrase
                phraseStarts.insert(TokenKey.hash(parts[0], folding: .all))
                return
            }
            let key = TokenKey.hash(word, folding: .all)
            var entry = entries[key] ?? LexiconEntry()
            change(&entry)
            entries[key] = entry
        }
        for word in rules.negators {
            update(word) {
                $0.roles.insert(.negator); $0.valence = 0
            }
        }
        for (word, scalar) in rules.boosters { update(word) { $0.booster = Float(scalar) } }
        for word in rules.contrast { update(word) { $0.roles.insert(.contrast) } }
        for word in rules.clauseContrast { update(word) { $0.roles.insert(.clauseContrast) } }
        for word in rules.clauseBreaks { update(word) { $0.roles.insert(.clauseBreak) } }
        for word in rules.onlyWords { update(word) { $0.roles.insert(.onlyWord) } }
        for word in rules.conditionals { update(word) { $0.roles.insert(.conditional) } }
        negationReachesBack = negationReachesBack || rules.negationReachesBack
    }

    /// Keeps the rule words, forgets every valence (`--replace`).
    mutating func removeValences() {
        for key in Array(entries.keys) {
            entries[key]!.valence = 0
            entries[key]!.lemma = -1
        }
        phrases = phrases.filter { $0.value.booster != 0 }.mapValues {
            PhraseEntry(valence: 0, booster: $0.booster, length: $0.length)
        }
    }
}

/// Emoji and emoticons, the same in every language.
struct SymbolLexicon: Sendable {
    /// Emoji by key of their bytes without variation selectors and skin tones.
    var emoji: [UInt64: Float] = [:]
    /// Emoticons (`:-)`, `<3`, `&lt;3`) by key of their case-folded bytes.
    var emoticons: [UInt64: Float] = [:]
    var longestEmoticon = 0
    /// Bytes an emoticon can start with: most punctuation tokens are rejected by one look.
    var emoticonFirstBytes = [Bool](repeating: false, count: 256)

    /// An emoji's bytes without U+FE0F and the skin-tone modifiers U+1F3FB…1F3FF.
    static func emojiKey(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = TokenKey.seed
        var i = start
        while i < end {
            if i + 2 < end, bytes[i] == 0xEF, bytes[i + 1] == 0xB8, bytes[i + 2] == 0x8F { i += 3; continue }
            if i + 3 < end, bytes[i] == 0xF0, bytes[i + 1] == 0x9F, bytes[i + 2] == 0x8F,
                (0xBB...0xBF).contains(bytes[i + 3])
            {
                i += 4
                continue
            }
            hash = TokenKey.mix(hash, bytes[i])
            i += 1
        }
        return hash
    }

    static func emojiKey(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBufferPointer { emojiKey($0, 0, $0.count) }
    }

    mutating func addEmoticon(_ text: String, _ valence: Double) {
        emoticons[TokenKey.hash(text, folding: .all)] = Float(valence)
        longestEmoticon = max(longestEmoticon, text.utf8.count)
        emoticonFirstBytes[Int(text.utf8.first!)] = true
        // Text scraped from the web keeps HTML entities: `&lt;3` is a heart.
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        if escaped != text {
            emoticons[TokenKey.hash(escaped, folding: .all)] = Float(valence)
            emoticonFirstBytes[Int(UInt8(ascii: "&"))] = true
            longestEmoticon = max(longestEmoticon, escaped.utf8.count)
        }
    }
}

/// The lexicons the scorer reads: immutable once built, shared by all threads.
package final class SentimentLexicon: Sendable {
    let english: LanguageLexicon
    let german: LanguageLexicon
    let symbols: SymbolLexicon

    init(english: LanguageLexicon, german: LanguageLexicon, symbols: SymbolLexicon) {
        var english = english, german = german
        english.freeze()
        german.freeze()
        self.english = english
        self.german = german
        self.symbols = symbols
    }

    /// English for English and for text of unknown language (VADER's home ground).
    func lexicon(for language: Language) -> LanguageLexicon {
        language == .german ? german : english
    }

    /// This lexicon with a user file's entries added to both languages, or replacing the
    /// built-in valences (`replace`); rule words, emoji and emoticons stay.
    func adding(_ file: LexiconFile, replace: Bool) -> SentimentLexicon {
        var english = english, german = german
        english.thaw()
        german.thaw()
        if replace {
            english.removeValences()
            german.removeValences()
        }
        english.add(file)
        german.add(file)
        return SentimentLexicon(english: english, german: german, symbols: symbols)
    }
}
