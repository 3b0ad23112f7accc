/// The closed-class words the rules react to, per language. English starts from VADER's lists
/// (`vader-rules.json`, loaded with the lexicon) and adds what the issue asks for (`no`);
/// German is written for Loupe.
struct RuleWords: Sendable {
    /// Words that flip the polarity of the sentiment words in their scope.
    var negators: [String]
    /// Degree modifiers: positive scalar intensifies, negative dampens (VADER's ±0.293).
    var boosters: [String: Double]
    /// Contrast conjunctions: what comes before counts half, what follows one and a half.
    var contrast: [String]
    /// Contrast only when they open a clause (German `doch`: also a modal particle).
    var clauseContrast: [String]
    /// Conjunctions that end a negation's or booster's reach, like a comma does.
    var clauseBreaks: [String]
    /// Negation after its verb ends the clause in German (`Ich mag das nicht.`): a clause-final
    /// negator reaches back over the clause.
    var negationReachesBack: Bool
    /// `only` words: `not only … but` is neither negation nor contrast.
    var onlyWords: [String] = []
    /// Words opening a hypothetical clause.
    var conditionals: [String] = []

    static let german = RuleWords(
        negators: [
            "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nimmer",
            "ohne", "nichts", "niemand", "weder", "nirgends", "nirgendwo", "keinesfalls",
            "keineswegs", "mitnichten",
        ],
        boosters: [
            "sehr": 0.293, "äußerst": 0.293, "äusserst": 0.293, "extrem": 0.293, "besonders": 0.293, "total": 0.293,
            "völlig": 0.293, "vollkommen": 0.293, "absolut": 0.293, "höchst": 0.293, "ziemlich": 0.2, "wirklich": 0.293,
            "echt": 0.293, "enorm": 0.293, "massiv": 0.293, "zutiefst": 0.293, "überaus": 0.293, "ungemein": 0.293,
            "unglaublich": 0.293, "so": 0.293, "derart": 0.293, "dermaßen": 0.293, "viel": 0.2,
            "stark": 0.293, "schwer": 0.293, "hochgradig": 0.293, "außerordentlich": 0.293, "ausgesprochen": 0.293,
            "richtig": 0.2, "mega": 0.293, "voll": 0.2, "zunehmend": 0.15,
            "kaum": -0.293, "etwas": -0.293, "wenig": -0.293, "bisschen": -0.293, "leicht": -0.293,
            "einigermaßen": -0.293, "relativ": -0.2, "eher": -0.2, "teilweise": -0.293, "halbwegs": -0.293,
            "fast": -0.293, "beinahe": -0.293, "bedingt": -0.293, "mäßig": -0.293, "geringfügig": -0.293,
            "vergleichsweise": -0.2, "weniger": -0.293,
        ],
        contrast: ["aber", "jedoch", "allerdings", "dennoch", "trotzdem", "sondern", "gleichwohl", "indes"],
        clauseContrast: ["doch"],
        clauseBreaks: [
            "und", "oder", "weil", "denn", "dass", "daß", "obwohl", "während", "wobei", "sodass", "damit",
            "als", "wenn", "bevor", "nachdem", "sowie",
        ],
        negationReachesBack: true,
        onlyWords: ["nur", "bloß", "allein"],
        conditionals: ["wenn", "falls", "sofern"]
    )

    /// English additions to VADER's lists (VADER's own lists come from `vader-rules.json`).
    static let englishAdditions = RuleWords(
        negators: ["no", "neither", "nobody", "noone"],
        boosters: [:],
        contrast: ["but", "however", "nevertheless", "nonetheless"],
        clauseContrast: [],
        clauseBreaks: [
            "and", "or", "because", "although", "though", "while", "whereas", "since", "which", "who",
            "that", "when", "if", "unless",
        ],
        negationReachesBack: false,
        onlyWords: ["only", "just", "merely"],
        conditionals: ["if", "unless", "whether"]
    )
}
