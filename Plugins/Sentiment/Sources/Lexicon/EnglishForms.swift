/// English inflection by generated forms, for words VADER lists in one form only
/// (`undermine` → `undermines`, `undermined`, `undermining`; `reckless` → `recklessly`).
/// Forms are added only where the lexicon has no entry of its own.
enum EnglishForms {
    static func forms(of word: String) -> [String] {
        guard word.count >= 4, word.allSatisfy({ $0.isLetter }) else { return [] }
        var forms: [String] = []
        if word.hasSuffix("e") {
            let stem = String(word.dropLast())
            forms += [word + "s", word + "d", stem + "ing", word + "ly"]
        } else if word.hasSuffix("y") {
            let stem = String(word.dropLast())
            forms += [stem + "ies", stem + "ied", word + "ing", stem + "ily"]
        } else {
            forms += [
                word + (word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") ? "es" : "s"), word + "ed",
                word + "ing", word + "ly",
            ]
        }
        return forms
    }
}
