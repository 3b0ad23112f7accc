import Foundation
import LoupeCore

/// The source files of the built-in lexicon (`Resources/vader`, `afinn`, `loupe`, `textblob-de`),
/// read once, and their digest: the compiled lexicon records the digest of the sources it was
/// built from, so a changed, added or removed source makes it stale.
package struct LexiconSources: Sendable {
    var vader: Data
    var emoji: Data
    var vaderRules: Data
    /// Optional (ODbL): the analyzer runs without it.
    var afinn: Data?
    var englishNews: Data
    /// Optional (provenance caveat, see NOTICE.md): the analyzer runs without it.
    var textblob: Data?
    var germanNews: Data

    /// (folder, name, extension, required) in digest order.
    static let files: [(folder: String, name: String, ext: String, required: Bool)] = [
        ("vader", "vader_lexicon", "txt", true),
        ("vader", "emoji_utf8_lexicon", "txt", true),
        ("vader", "vader-rules", "json", true),
        ("afinn", "AFINN-en-165", "txt", false),
        ("loupe", "en-news", "tsv", true),
        ("textblob-de", "de-sentiment", "xml", false),
        ("loupe", "de-news", "tsv", true),
    ]

    /// Reads the sources from `Resources/` in the module's bundle, or from `directory` (a
    /// `Resources` folder) when given.
    package static func read(from directory: URL? = nil) throws -> LexiconSources {
        var contents: [Data?] = []
        for file in files {
            let url =
                directory.map { $0.appendingPathComponent("\(file.folder)/\(file.name).\(file.ext)") }
                ?? BuiltinLexicon.url(file.name, file.ext, file.folder)
            let data = url.flatMap { try? Data(contentsOf: $0) }
            if data == nil, file.required {
                throw LoupeError.sentimentMissingResource("\(file.folder)/\(file.name).\(file.ext)")
            }
            contents.append(data)
        }
        return LexiconSources(
            vader: contents[0]!, emoji: contents[1]!, vaderRules: contents[2]!, afinn: contents[3],
            englishNews: contents[4]!, textblob: contents[5], germanNews: contents[6]!)
    }

    static func bundled() throws -> LexiconSources { try read() }

    /// A 64-bit digest of every source (absent ones included as absent), the compiled format
    /// and the generator version. Not cryptographic: it detects change, not tampering.
    package var digest: UInt64 {
        var hash = TokenKey.seed
        func mix(_ value: UInt64) { hash = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15 ^ (hash >> 29) }
        mix(UInt64(CompiledLexicon.formatVersion))
        mix(UInt64(CompiledLexicon.generatorVersion))
        for data in [vader, emoji, vaderRules, afinn, englishNews, textblob, germanNews] {
            guard let data else { mix(0xFFFF_FFFF_FFFF_FFFF); continue }
            mix(UInt64(data.count))
            data.withUnsafeBytes { raw in
                var i = 0
                while i + 8 <= raw.count {
                    mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                    i += 8
                }
                var tail: UInt64 = 0
                while i < raw.count { tail = tail << 8 | UInt64(raw[i]); i += 1 }
                mix(tail)
            }
        }
        return hash
    }
}

/// The built-in lexicon compiled into one binary file, `Resources/compiled/sentiment.lexicon`:
/// derived data (same sources, same attribution: see NOTICE.md), rebuilt byte for byte by
/// `scripts/build-sentiment-lexicon.sh` (`loupe train sentiment`, `SentimentLexiconCompiler` in
/// `Plugins/Sentiment/Tools`, which writes what `encode` gives). Reading it is one file read
/// and a pass over fixed-size records; parsing the sources and generating the inflected forms
/// takes about 0.5 s in a release build.
///
/// Layout, little-endian: magic `LOUPESNT`, format version (u32), generator version (u32),
/// digest of the sources (u64); the symbol lexicon (emoticon first bytes, longest emoticon,
/// emoji and emoticons as sorted key/valence records); then English and German, each: flags,
/// entries (sorted by key: key u64, valence f32, booster f32, lemma i32, roles u8), phrases
/// (key, valence, booster, length), phrase-start keys, lemmas (u16 length + UTF-8). Sorting makes
/// the bytes independent of dictionary order, so a rebuild gives the same file.
package enum CompiledLexicon {
    package static let name = "sentiment"
    package static let ext = "lexicon"
    package static let folder = "compiled"
    static let magic = Array("LOUPESNT".utf8)
    static let formatVersion: UInt32 = 1
    /// Bump when the way the lexicon is built from its sources changes (rules in
    /// `BuiltinLexicon`, `RuleWords`, `GermanForms`, `EnglishForms`, scales): the compiled file
    /// is then stale and ignored until rebuilt. `SentimentCompiledLexiconTests` fails when the
    /// shipped file differs from a rebuild.
    static let generatorVersion: UInt32 = 2

    // MARK: Writing

    package static func encode(_ lexicon: SentimentLexicon, digest: UInt64) throws -> Data {
        var out = BinaryResource.Writer()
        out.append(magic)
        out.u32(formatVersion)
        out.u32(generatorVersion)
        out.u64(digest)
        let symbols = lexicon.symbols
        out.append(symbols.emoticonFirstBytes.map { $0 ? 1 : 0 })
        out.u32(UInt32(symbols.longestEmoticon))
        for table in [symbols.emoji, symbols.emoticons] {
            out.u32(UInt32(table.count))
            for key in table.keys.sorted() {
                out.u64(key)
                out.f32(table[key]!)
            }
        }
        for var language in [lexicon.english, lexicon.german] {
            language.thaw()
            out.u8((language.german ? 1 : 0) | (language.negationReachesBack ? 2 : 0) | (language.englishForms ? 4 : 0))
            out.u32(UInt32(language.entries.count))
            for key in language.entries.keys.sorted() {
                let entry = language.entries[key]!
                out.u64(key)
                out.f32(entry.valence)
                out.f32(entry.booster)
                out.u32(UInt32(bitPattern: entry.lemma))
                out.u8(entry.roles.rawValue)
            }
            out.u32(UInt32(language.phrases.count))
            for key in language.phrases.keys.sorted() {
                let phrase = language.phrases[key]!
                out.u64(key)
                out.f32(phrase.valence)
                out.f32(phrase.booster)
                out.u32(UInt32(phrase.length))
            }
            out.u32(UInt32(language.phraseStarts.count))
            for key in language.phraseStarts.sorted() { out.u64(key) }
            out.u32(UInt32(language.lemmas.count))
            for lemma in language.lemmas {
                guard lemma.utf8.count <= Int(UInt16.max) else { throw BinaryResource.Malformed.tooLarge }
                out.string(lemma, length: UInt16.self)
            }
        }
        return Data(out.data)
    }

    // MARK: Reading

    /// The lexicon in `data`, or an error when the file is malformed or was built from other
    /// sources or by another generator (`digest` is the current sources' digest).
    static func decode(_ data: Data, digest: UInt64) throws -> SentimentLexicon {
        try BinaryResource.read(data) { input in
            try input.expect(magic: magic, name: "compiled sentiment lexicon")
            let version = try input.u32()
            guard version == formatVersion else { throw BinaryResource.Malformed.unsupportedVersion(version) }
            guard try input.u32() == generatorVersion, try input.u64() == digest else {
                throw BinaryResource.Malformed.stale
            }
            var symbols = SymbolLexicon()
            symbols.emoticonFirstBytes = try input.bytes(256).map { $0 != 0 }
            symbols.longestEmoticon = Int(try input.u32())
            for table in 0..<2 {
                let count = try input.count(recordSize: 12)
                var values: [UInt64: Float] = [:]
                values.reserveCapacity(count)
                for _ in 0..<count {
                    let key = try input.u64()
                    values[key] = try input.f32()
                }
                if table == 0 { symbols.emoji = values } else { symbols.emoticons = values }
            }
            var languages: [LanguageLexicon] = []
            for _ in 0..<2 {
                var language = LanguageLexicon()
                let flags = try input.u8()
                language.german = flags & 1 != 0
                language.negationReachesBack = flags & 2 != 0
                language.englishForms = flags & 4 != 0
                let count = try input.count(recordSize: 21)
                var table = KeyTable<LexiconEntry>(capacityFor: count)
                for _ in 0..<count {
                    let key = try input.u64()
                    let valence = try input.f32(), booster = try input.f32()
                    let lemma = Int32(bitPattern: try input.u32())
                    table.insert(
                        key,
                        LexiconEntry(
                            valence: valence, booster: booster,
                            roles: LexiconEntry.Roles(rawValue: try input.u8()), lemma: lemma))
                }
                language.setFrozen(table)
                let phrases = try input.count(recordSize: 20)
                language.phrases.reserveCapacity(phrases)
                for _ in 0..<phrases {
                    let key = try input.u64()
                    language.phrases[key] = PhraseEntry(
                        valence: try input.f32(), booster: try input.f32(), length: Int(try input.u32()))
                }
                let starts = try input.count(recordSize: 8)
                for _ in 0..<starts { language.phraseStarts.insert(try input.u64()) }
                let lemmas = try input.count(recordSize: 2)
                language.lemmas.reserveCapacity(lemmas)
                for _ in 0..<lemmas {
                    language.lemmas.append(try input.string(length: UInt16.self))
                }
                languages.append(language)
            }
            guard input.isAtEnd else { throw BinaryResource.Malformed.truncated }
            return SentimentLexicon(english: languages[0], german: languages[1], symbols: symbols)
        }
    }
}
