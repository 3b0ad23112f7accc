import LoupeCore

/// A letter or an e-mail opens by naming its reader: `Dear Priscilla,`, `Hi Sam,`, `Liebe Anna,`, or a
/// first name alone on its line, `Constance,`. A capitalised word after a greeting word that ends its
/// line with a comma, or a first name of the name lists alone on its line with a comma, is a person,
/// where the tagger left it alone.
///
/// Chosen 2026-12-05 on UNER dev (web text with e-mails: 74.97 → 75.10; `Hi` alone, which the name lists
/// hold, and `Dear All` were its errors until the greeting words and the groups were left out); CoNLL and
/// GermEval unchanged.
///
/// - Complexity: O(lines).
public enum Greetings {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start. Returns them sorted by start.
    public static func apply(_ entities: [Entity], _ t: DocumentRules.Tokens) -> [Entity] {
        var found: [Entity] = []
        var covered: [Bool]? = nil
        for line in t.lines where line.count >= 2 && line.count <= 4 {
            let last = line.upperBound - 1
            guard t.key(last) == DocumentRules.comma, t.capitalised(last - 1) else { continue }
            let name: Range<Int>
            if line.count == 2 {
                guard t.firstName(line.lowerBound), !greetingWords.contains(t.key(line.lowerBound)) else { continue }
                name = line.lowerBound..<last
            } else {
                guard greetingWords.contains(t.key(line.lowerBound)),
                    (line.lowerBound + 1..<last).allSatisfy({ t.capitalised($0) && !groups.contains(t.key($0)) })
                else { continue }
                name = line.lowerBound + 1..<last
            }
            if covered == nil { covered = DocumentRules.coverage(of: entities, tokenCount: t.count) }
            if !name.contains(where: { covered![$0] }) { found.append((name, .per)) }
        }
        guard !found.isEmpty else { return entities }
        return (entities + found).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Readers greeted as a group or a rank (`Dear All`, `Hi Team`, `Liebe Kollegen`).
    static let groups = DocumentRules.keys([
        "All", "Everyone", "Everybody", "Team", "Sir", "Sirs", "Madam", "Colleagues", "Friends", "Folks", "Guys",
        "There", "Alle", "Kollegen", "Kolleginnen", "Freunde", "Damen", "Herren",
    ])
    static let greetingWords = DocumentRules.keys([
        "Dear", "Hi", "Hello", "Hey", "Dearest", "Liebe", "Lieber", "Hallo", "Servus", "Moin",
    ])
}
