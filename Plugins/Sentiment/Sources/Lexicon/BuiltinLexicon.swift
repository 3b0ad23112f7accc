import Foundation
import LoupeCore

/// The lexicons shipped in `Resources/`, loaded once per process on first use:
///
/// - English: VADER 3.3.2 (`vader/`, MIT): word valences, emoticons, the emoji descriptions
///   (an emoji scores as the sum of its description's words, as VADER does by substitution),
///   and the rule words and phrases of `vader-rules.json`.
/// - English, when present: AFINN-165 (`afinn/`, ODbL, shipped unchanged with its licence),
///   averaged with VADER where both rate a word; and the Loupe English news lexicon
///   (`loupe/en-news.tsv`) where neither does. Regular inflected forms are generated.
/// - German: the Loupe news lexicon (`loupe/de-news.tsv`, written for this project, wins over
///   the others) and, when present, the textblob-de polarity lexicon (`textblob-de/`, values by
///   Klenner et al. 2010; see its provenance note: it can be left out of a release, the
///   analyzer then runs on the Loupe lexicon alone). Regular inflected forms are generated.
package enum BuiltinLexicon {
    /// textblob-de polarities (±0.7, ±1.0) on VADER's scale.
    static let textblobScale = 2.5
    /// AFINN valences (−5 … +5) on VADER's scale.
    static let afinnScale = 0.8

    static let shared: Result<SentimentLexicon, LoupeError> = Result { try load() }.mapError {
        ($0 as? LoupeError) ?? .sentimentLexiconNotLoaded($0)
    }

    static func url(_ name: String, _ ext: String, _ folder: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/\(folder)")
    }

    /// The compiled lexicon (`Resources/compiled/sentiment.lexicon`) when it is present and
    /// was built from exactly these sources by this generator, else built from the sources
    /// (about 0.5 s instead of a few milliseconds).
    static func load() throws -> SentimentLexicon {
        let sources = try LexiconSources.bundled()
        if let url = url(CompiledLexicon.name, CompiledLexicon.ext, CompiledLexicon.folder),
            let data = try? Data(contentsOf: url, options: .mappedIfSafe),
            let lexicon = try? CompiledLexicon.decode(data, digest: sources.digest)
        {
            return lexicon
        }
        return try build(from: sources)
    }

    /// Builds the lexicon from its source files: parses them, merges them and generates the
    /// inflected forms.
    package static func build(from sources: LexiconSources) throws -> SentimentLexicon {
        func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }
        var symbols = SymbolLexicon()
        var english = LanguageLexicon()
        var german = LanguageLexicon()
        german.german = true
        english.englishForms = true

        // English: VADER words and emoticons.
        let vader = try LexiconFile.parse(text(sources.vader), path: "vader/vader_lexicon.txt")
        for line in vader.lines {
            if let first = line.word.unicodeScalars.first, first.properties.isAlphabetic {
                if !line.word.contains(" ") { english.setValence(line.word, line.valence, override: true) }
            } else if let first = line.word.unicodeScalars.first, !("0"..."9").contains(first), !line.word.contains(" ")
            {
                symbols.addEmoticon(line.word, line.valence)
            }
        }
        // AFINN (optional, ODbL): averaged with VADER where both rate a word, alone elsewhere.
        if let data = sources.afinn {
            for line in try LexiconFile.parse(text(data), path: "afinn/AFINN-en-165.txt", scale: afinnScale).lines {
                let vader = english.entry(TokenKey.hash(line.word, folding: .all)).map { Double($0.valence) } ?? 0
                english.setValence(line.word, vader == 0 ? line.valence : (vader + line.valence) / 2, override: true)
            }
        }
        // The Loupe English news lexicon fills gaps.
        for line in try LexiconFile.parse(text(sources.englishNews), path: "loupe/en-news.tsv").lines {
            english.setValence(line.word, line.valence, override: false)
        }
        let rules = try VaderRules.parse(text(sources.vaderRules))
        english.add(rules.words)
        english.add(RuleWords.englishAdditions)
        for (phrase, valence) in rules.specialCases { english.setValence(phrase, valence, override: true) }

        // Emoji: the sum of the valences of the words of their description.
        for line in text(sources.emoji).split(whereSeparator: \.isNewline) {
            let columns = line.split(separator: "\t")
            guard columns.count == 2 else { continue }
            let valence = columns[1].split(separator: " ").reduce(Float(0)) { sum, word in
                sum + (english.entry(TokenKey.hash(word, folding: .all))?.valence ?? 0)
            }
            if valence != 0 { symbols.emoji[SymbolLexicon.emojiKey(String(columns[0]))] = max(-4, min(4, valence)) }
        }

        // German: textblob-de (optional), then the Loupe news lexicon over it.
        if let data = sources.textblob {
            for entry in TextblobXML.entries(text(data)) where entry.polarity != 0 {
                german.setValence(entry.form, entry.polarity * textblobScale, tag: entry.pos, override: true)
            }
        }
        german.add(try LexiconFile.parse(text(sources.germanNews), path: "loupe/de-news.tsv"))
        german.add(RuleWords.german)
        return SentimentLexicon(english: english, german: german, symbols: symbols)
    }
}

/// The constants and word lists of VADER's module, as copied to `vader-rules.json`.
struct VaderRules {
    var words: RuleWords
    var specialCases: [String: Double]

    static func parse(_ text: String) throws -> VaderRules {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let negate = object["negate"] as? [String],
            let boosters = object["booster_dict"] as? [String: Double],
            let special = object["special_cases"] as? [String: Double]
        else {
            throw LoupeError.sentimentMissingResource("vader/vader-rules.json (unexpected structure)")
        }
        return VaderRules(
            words: RuleWords(
                negators: negate, boosters: boosters, contrast: [], clauseContrast: [], clauseBreaks: [],
                negationReachesBack: false),
            specialCases: special
        )
    }
}

/// Reads textblob-de's `de-sentiment.xml`: one `<word … form="…" polarity="…" pos="…"/>` a line.
enum TextblobXML {
    struct Entry {
        var form: String
        var polarity: Double
        var pos: String?
    }

    static func entries(_ xml: String) -> [Entry] {
        xml.split(whereSeparator: \.isNewline).compactMap { line in
            guard line.contains("<word "), let form = attribute("form", in: line),
                let polarity = attribute("polarity", in: line).flatMap(Double.init)
            else { return nil }
            return Entry(
                form: form.replacingOccurrences(of: "&amp;", with: "&"), polarity: polarity,
                pos: attribute("pos", in: line))
        }
    }

    static func attribute(_ name: String, in line: Substring) -> String? {
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
