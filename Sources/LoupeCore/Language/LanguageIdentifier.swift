/// Tells German from English (and from neither) by counting function words, the signal that
/// stays reliable on short news sentences; umlauts and ß add evidence for German.
///
/// The document gets the language with the most evidence when it has at least `minimumEvidence`
/// function words and leads the runner-up clearly; otherwise it is `unknown`. A sentence is
/// marked with its own language only when it has clear evidence for another one.
public enum LanguageIdentifier {
    static let minimumEvidence = 2
    static let germanLetters: Set<Unicode.Scalar> = ["ä", "ö", "ü", "ß", "Ä", "Ö", "Ü"]

    /// Every function word with a bit per language: 1 German, 2 English, 4 another language.
    static let functionWords: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        for word in StopWords.german { table[word, default: 0] |= 1 }
        for word in StopWords.english { table[word, default: 0] |= 2 }
        for list in StopWords.others { for word in list { table[word, default: 0] |= 4 } }
        return table
    }()

    public struct Scores: Sendable {
        public var german = 0
        public var english = 0
        public var other = 0

        var best: Language {
            let top = max(german, english, other)
            guard top >= LanguageIdentifier.minimumEvidence else { return .unknown }
            if german == top && german > english && german > other { return .german }
            if english == top && english > german && english > other { return .english }
            return .unknown
        }
    }

    /// Identifies one text on its own.
    public static func identify(_ text: String) -> Language {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        var sentences = SentenceSplitter.split(tokens: tokens, in: bytes)
        return identify(bytes: bytes, tokens: tokens, sentences: &sentences)
    }

    /// Identifies the document's language and marks sentences whose language differs.
    static func identify(bytes: [UInt8], tokens: [Token], sentences: inout [Sentence]) -> Language {
        var total = Scores()
        let functionWords = Self.functionWords
        var perSentence: [Scores] = []
        perSentence.reserveCapacity(sentences.count)
        for sentence in sentences {
            var s = Scores()
            for index in sentence.tokens where tokens[index].kind == .word || tokens[index].kind == .abbreviation {
                let span = tokens[index].span
                guard span.length <= 12 else { continue }
                // Lower-case ASCII in place; the few non-ASCII function words are listed as they are.
                var buffer: (UInt64, UInt64) = (0, 0)
                var hasUmlaut = false
                let word: String = withUnsafeMutableBytes(of: &buffer) { raw in
                    for k in 0..<span.length {
                        let b = bytes[span.start + k]
                        raw[k] = (b >= 65 && b <= 90) ? b | 0x20 : b
                        if b == 0xC3 { hasUmlaut = true }
                    }
                    return String(decoding: raw[0..<span.length], as: UTF8.self)
                }
                let mask = functionWords[word] ?? 0
                if mask & 1 != 0 { s.german += 1 }
                if mask & 2 != 0 { s.english += 1 }
                if mask & 4 != 0 { s.other += 1 }
                if hasUmlaut, word.unicodeScalars.contains(where: { Self.germanLetters.contains($0) }) { s.german += 1 }
            }
            perSentence.append(s)
            total.german += s.german
            total.english += s.english
            total.other += s.other
        }
        // Words shared by the languages (in, an, so, was) count for both; require a clear lead.
        let language: Language = {
            let lead = total.best
            guard lead != .unknown else { return .unknown }
            let (winner, runnerUp) =
                lead == .german
                ? (total.german, max(total.english, total.other))
                : (total.english, max(total.german, total.other))
            return Double(winner) >= 1.3 * Double(runnerUp) ? lead : .unknown
        }()
        for (index, s) in perSentence.enumerated() {
            let own = s.best
            let clear = max(s.german, s.english, s.other) >= 3
            if own != language, own != .unknown, clear { sentences[index].language = own }
        }
        return language
    }
}
