import LoupeSentiment

extension Loupe {
    /// The scorer of declarative sentiment lexicons (`kind: sentiment-lexicon`): the sentiment
    /// plugin's engine and rules with the file's words as the lexicon. Pass it to `PluginLoader`.
    public static let sentimentLexiconScorer = SentimentLexiconScorer { words, path in
        try LexiconSentimentAnalyzer(words: words, path: path)
    }
}
