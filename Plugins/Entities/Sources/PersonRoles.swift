import LoupeCore

/// A name right after a word for a person's office or role is a person: `Wirtschaftsministerin
/// Katherina Reiche`, `Verbandspräsident Markus Staudt`, `Außenminister Lawrow`, `Governor Andrew
/// Bailey`. The tagger sees a name it does not know and may call it a place; the role before it
/// settles the type, as `OrganisationCues` does for organisations. Roles are the titles of
/// `EntitiesAnalyzer.titles` and German compounds ending in a role (`-ministerin`, `-präsident`,
/// `-chef`, `-sprecher` …). A one-word name in the genitive (`Ministerpräsident Bayerns`) is left
/// alone, and so is a name in capitals (an acronym: `Präsident FIFA`).
///
/// In GermEval 2014 dev every gold mention right after such a word is a person (34 of 34). Chosen
/// 2026-12-05 on GermEval dev (70.21 → 70.26) and the tuning halves of deu.testa and eng.testa
/// (unchanged; a lower-case `miss England` had made a person until roles had to be capitalised);
/// never read: deu.testa check half 67.77 → 67.86, eng.testa check half unchanged.
///
/// - Complexity: O(mentions).
public enum PersonRoles {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// Heads of German compounds naming a role (lower-case, without the feminine `-in`).
    static let germanRoleHeads: [String] = [
        "minister", "präsident", "chef", "sprecher", "politiker", "vorsitzender", "vorsitzende", "kanzler",
        "direktor", "trainer", "bürgermeister", "abgeordneter", "abgeordnete", "senator", "botschafter",
        "sekretär", "kommissar", "richter", "anwalt", "kandidat", "funktionär",
    ]

    /// A capitalised title or role word (`miss England` is a verb).
    static func isRole(_ word: String, language: Language) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        let w = MentionEdges.titleKey(word)
        if EntitiesAnalyzer.titles.contains(w) { return true }
        guard language == .german else { return false }
        if w.hasSuffix("in"), germanRoleHeads.contains(where: { w.dropLast(2).hasSuffix($0) }) { return true }
        return germanRoleHeads.contains { w.hasSuffix($0) }
    }

    /// `text(i)`: token i's text.
    public static func apply(_ entities: [Entity], language: Language, text: (Int) -> String) -> [Entity] {
        entities.map { entity in
            let first = entity.tokens.lowerBound
            guard entity.label != .per, first > 0, isRole(text(first - 1), language: language) else { return entity }
            let words = entity.tokens.map(text)
            guard words.allSatisfy({ $0.first?.isUppercase == true && $0.contains { $0.isLowercase } }) else {
                return entity
            }
            if words.count == 1, words[0].hasSuffix("s") { return entity }
            return (entity.tokens, .per)
        }
    }
}
