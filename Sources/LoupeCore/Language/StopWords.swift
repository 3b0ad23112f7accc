/// Function words by language: the evidence for language identification and the words that
/// `stats` leaves out of "most frequent content words". All lower-case.
public enum StopWords {
    public static let german: Set<String> = [
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderen",
        "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bist", "da", "dabei", "damit", "dann", "darauf", "darum",
        "das", "dass", "daß", "dein", "deine", "dem", "den", "denn", "der", "deren", "des", "dessen", "dich", "die",
        "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du", "durch", "ein", "eine",
        "einem", "einen", "einer", "eines", "er", "es", "etwas", "euch", "euer", "für", "gegen", "gewesen", "hab",
        "habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "hinter", "ich", "ihm", "ihn", "ihnen", "ihr",
        "ihre", "ihrem", "ihren", "ihrer", "im", "in", "indem", "ins", "ist", "jede", "jedem", "jeden", "jeder",
        "jedes", "jetzt", "kann", "kein", "keine", "keinen", "können", "könnte", "machen", "man", "manche", "mehr",
        "mein", "meine", "mich", "mir", "mit", "muss", "musste", "nach", "nicht", "nichts", "noch", "nun", "nur",
        "ob", "oder", "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "seines", "seit", "sich",
        "sie", "sind", "so", "solche", "sollte", "sondern", "sonst", "über", "um", "und", "uns", "unser", "unsere",
        "unter", "vom", "von", "vor", "während", "war", "waren", "warum", "was", "weg", "weil", "weiter", "welche",
        "welchem", "welchen", "welcher", "wenn", "werde", "werden", "wie", "wieder", "will", "wir", "wird", "wirst",
        "wo", "wollen", "wollte", "würde", "würden", "zu", "zum", "zur", "zwar", "zwischen", "sowie", "bereits",
        "immer", "wurde", "wurden", "worden", "einen", "laut", "gibt", "schon", "sei", "seien", "beiden", "zwei",
    ]

    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
        "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "yourself", "said", "says", "also", "would", "may", "might", "must", "shall",
        "'s", "’s", "n't", "one", "two", "mr", "mrs", "ms",
    ]

    /// Function words of other European languages, so that French or Dutch text is reported as
    /// unknown instead of being mistaken for English or German.
    static let others: [Set<String>] = [
        [
            "le", "la", "les", "des", "est", "une", "pas", "pour", "qui", "dans", "que", "sur", "avec", "sont", "du",
            "au", "ce", "nous", "vous", "ils", "elle", "mais", "ou", "et",
        ],
        [
            "el", "los", "las", "del", "una", "para", "por", "con", "que", "está", "son", "pero", "como", "más", "su",
            "lo", "y", "se", "al",
        ],
        [
            "il", "gli", "della", "delle", "che", "è", "sono", "per", "una", "non", "con", "del", "nel", "alla",
            "anche", "ma", "come", "più",
        ],
        [
            "het", "een", "van", "de", "en", "dat", "niet", "zijn", "voor", "met", "ook", "maar", "wordt", "naar",
            "bij", "dit", "hij", "zij", "er",
        ],
        [
            "os", "as", "um", "uma", "não", "para", "com", "que", "é", "são", "mas", "como", "mais", "seu", "sua",
            "dos", "das", "pelo", "pela",
        ],
    ]

    /// German and English together, for text whose language is unknown.
    public static let germanAndEnglish = german.union(english)

    public static func words(for language: Language) -> Set<String> {
        switch language {
        case .german: german
        case .english: english
        default: germanAndEnglish
        }
    }
}
