import LoupeCore

/// A declarative sentiment lexicon (`kind: sentiment-lexicon`, docs/plugins.md): the user's words
/// and scores as the whole lexicon, scored by this plugin's engine and rules — negators, boosters,
/// contrast, conditions, capitals, punctuation, quoted speech, German and English forms, German
/// compound heads — exactly as `sentiment --lexicon FILE --replace --genre reviews` scores them
/// (every word in full: the user's words are all meant to count). The plugin loader
/// gets it from LoupeKit (`Loupe.sentimentLexiconScorer`), so Loupe has one sentiment scorer.
public struct LexiconSentimentAnalyzer: Analyzer {
    let engine: SentimentEngine

    /// `words`: phrase → score on VADER's scale (−4 … +4), from the plugin file at `path`. The
    /// built-in lexicon's rule words, emoji and emoticons stay; its word scores do not.
    public init(words: [(phrase: String, score: Double)], path: String) throws {
        let lines = words.enumerated().map { index, word in
            LexiconFile.Line(word: word.phrase, forms: [], valence: word.score, tag: nil, number: index + 1)
        }
        let lexicon = try BuiltinLexicon.shared.get().adding(LexiconFile(path: path, lines: lines), replace: true)
        engine = SentimentEngine(lexicon: lexicon, quoteWeight: SentimentAnalyzer.defaultQuoteWeight, genre: .reviews)
    }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        let quoted = QuotedSpeech(document)
        let weight = engine.quoteWeight
        return try document.utf8.withUnsafeBufferPointer { bytes in
            var sentences: [LexiconSentimentLayer.Score] = []
            var words: [LexiconSentimentLayer.Hit] = []
            var whole = SentimentEngine.SentenceSums()
            for index in document.sentences.indices {
                try context.checkpoint()
                var reasons: [[SentimentRules.Reason]]? = []
                let scored = engine.score(document, sentence: index, bytes: bytes, quoted: quoted, reasons: &reasons)
                let score = scored.sums.combined(quoteWeight: weight).score
                sentences.append(.init(span: document.sentences[index].span, score: score))
                whole.narrator.add(scored.sums.narrator)
                whole.quoted.add(scored.sums.quoted)
                for (i, item) in scored.items.enumerated() where scored.values[i] != 0 {
                    let negated = reasons?[i].contains { if case .negated = $0 { true } else { false } } ?? false
                    let value = scored.values[i] * (item.quoted ? weight : 1)
                    words.append(.init(span: item.span, value: value, negated: negated))
                }
            }
            let score = whole.combined(quoteWeight: weight).score
            return LexiconSentimentLayer(score: score, sentences: sentences, words: words)
        }
    }
}
