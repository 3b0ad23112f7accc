/// The forms of a name that the name heuristics share: the entities' mention grouping, the
/// quotes' speaker names and the sentiment targets all take a name's last word as its surname
/// and strip a genitive or inflection ending (`Putins`, `Putin's`, `Putin’s` → `Putin`).
public enum NameForm {
    /// The last word of a name (split at spaces): `Wladimir Putin` → `Putin`; nil for a name
    /// without words.
    public static func lastWord<Name: StringProtocol>(_ name: Name) -> Name.SubSequence? {
        name.split(separator: " ").last
    }

    /// The word without a genitive or inflection ending, most likely first: `Putin's`,
    /// `Putin’s` → `Putin`; `Putins` → `Putin`; `Kohles` → `Kohle`, `Kohl`. None for a word
    /// without such an ending. Which one is right needs evidence (another mention, a name list).
    ///
    /// - Parameters:
    ///   - capitalisedOnly: strip a bare -s/-es only from a capitalised word (a lower-cased
    ///     name takes any -s).
    ///   - minimumApostropheStem: the fewest characters left before -'s/-’s.
    ///   - apostropheOnly: only -'s/-’s, as English marks the genitive (`Hamas`, `Paris` keep their s).
    ///
    /// A bare -s is stripped from words of four characters or more.
    public static func genitiveStems(
        _ word: String, capitalisedOnly: Bool = true, minimumApostropheStem: Int = 0, apostropheOnly: Bool = false
    ) -> [String] {
        var stems: [String] = []
        for apostrophe in ["'s", "’s"] where word.hasSuffix(apostrophe) && word.count - 2 >= minimumApostropheStem {
            stems.append(String(word.dropLast(2)))
        }
        if !apostropheOnly, word.count >= 4, word.hasSuffix("s"), !capitalisedOnly || word.first?.isUppercase == true {
            stems.append(String(word.dropLast()))
            if word.hasSuffix("es") { stems.append(String(word.dropLast(2))) }
        }
        return stems
    }
}
