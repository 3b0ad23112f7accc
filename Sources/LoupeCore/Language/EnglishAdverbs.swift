/// English adverbs in -ly (`sharply`, `largely`, `newly`), told by their ending: every word of five letters or more
/// in -ly except the nouns and adjectives that end like one (`the family`, `an ally`, `a rally`, `the early`). Shared by
/// the analyzers that read a verb past its adverbs (quotes' subjects, dates' tense).
public enum EnglishAdverbs {
    /// Whether the lower-case `word` is an adverb in -ly.
    public static func isAdverbInLY(_ word: String) -> Bool {
        word.utf8.count >= 5 && word.hasSuffix("ly") && !nounsAndAdjectivesInLY.contains(word)
    }

    static let nounsAndAdjectivesInLY: Set<String> = [
        "family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "reply", "belly", "bully", "jelly",
        "tally", "folly", "holly", "homily", "panoply", "melancholy", "butterfly", "dragonfly", "firefly", "lily",
        "oligopoly", "ugly", "holy", "only", "early", "daily", "weekly", "monthly", "yearly", "quarterly", "likely",
        "friendly", "elderly", "lonely", "lovely", "silly", "costly", "deadly", "orderly", "scholarly", "curly",
    ]
}
