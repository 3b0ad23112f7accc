import LoupeCore

/// Sports reports name teams by their towns and counties in running text too: `Leicestershire beat
/// Somerset by an innings`, `Dortmund empfängt den VfB Stuttgart`, `title rivals Essex`. `ResultTables`
/// reads such names in results lines; this rule reads them in sentences. In a document about sport (at
/// least two distinct words only sport uses: `innings`, `halftime`, `Bundesliga`, `Halbzeit` …), a name the
/// tagger called a place is a team, an organisation, when a word that only a team takes stands next to it:
/// a verb of winning or losing after it (`Essex beat`, `Dortmund unterlag`) or, in German word order,
/// before it (`Danach siegte Wolfsburg`), a word of playing against before it (`against Yorkshire`, `v
/// Durham`, `gegen Mainz`), or a team's people after it (`Surrey captain`, `Dresdens Trainer`). A name found
/// so is a team in all its other mentions as a place too, except after a word that places something there
/// (`in Leicester`, `at Headingley`, `in Dortmund`). A country keeps its label: national teams are annotated
/// as their countries.
///
/// - Complexity: O(tokens + mentions).
public enum SportsTeams {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `key(i)`: token i's key (`DocumentRules.Tokens.key`), by which the sport words are found without
    /// reading every token's text.
    public static func apply(
        _ entities: [Entity], tokenCount: Int, key: (Int) -> UInt64, text: (Int) -> String
    ) -> [Entity] {
        guard entities.contains(where: { $0.label == .loc }), isAboutSport(tokenCount: tokenCount, key: key)
        else { return entities }
        func name(_ r: Range<Int>) -> String { r.map { text($0).lowercased() }.joined(separator: " ") }
        func word(_ i: Int) -> String { i >= 0 && i < tokenCount ? text(i).lowercased() : "" }
        var out = entities
        var teams: Set<String> = []
        for k in out.indices where out[k].label == .loc {
            let r = out[k].tokens
            let before = word(r.lowerBound - 1), after = word(r.upperBound)
            guard teamBefore.contains(before) || teamAfter.contains(after) else { continue }
            let n = name(r)
            if ResultTables.countries.contains(n) { continue }
            out[k].label = .org
            teams.insert(n)
        }
        guard !teams.isEmpty else { return out }
        // (places listed with a team are teams: `title rivals Essex , Derbyshire and Surrey`)
        for k in out.indices.dropFirst() where out[k - 1].label == .org && teams.contains(name(out[k - 1].tokens)) {
            let gap = out[k - 1].tokens.upperBound..<out[k].tokens.lowerBound
            guard out[k].label == .loc, gap.count == 1, [",", "and", "und"].contains(word(gap.lowerBound)) else {
                continue
            }
            let n = name(out[k].tokens)
            if ResultTables.countries.contains(n) { continue }
            out[k].label = .org
            teams.insert(n)
        }
        for k in out.indices where out[k].label == .loc && !placing.contains(word(out[k].tokens.lowerBound - 1)) {
            if teams.contains(name(out[k].tokens)) { out[k].label = .org }
        }
        return out
    }

    /// Whether at least two distinct words that only sport uses occur (as written in lower case or
    /// capitalised).
    static func isAboutSport(tokenCount: Int, key: (Int) -> UInt64) -> Bool {
        var seen: Set<String> = []
        for i in 0..<tokenCount {
            guard let word = sportKeys[key(i)] else { continue }
            seen.insert(word)
            if seen.count >= 2 { return true }
        }
        return false
    }

    /// The keys of the sport words as written in lower case and capitalised, to the word.
    static let sportKeys: [UInt64: String] = {
        var keys: [UInt64: String] = [:]
        for word in sportWords {
            keys[DocumentRules.key(word)] = word
            keys[DocumentRules.key(word.prefix(1).uppercased() + word.dropFirst())] = word
        }
        return keys
    }()

    static let sportWords: Set<String> = [
        "innings", "wicket", "wickets", "batsman", "bowler", "halftime", "half-time", "striker", "midfielder",
        "goalkeeper", "defender", "equaliser", "equalizer", "touchdown", "playoff", "playoffs", "inning", "pitcher",
        "homer", "homers", "league", "championship", "penalty", "goals",
        "halbzeit", "bundesliga", "stürmer", "torwart", "elfmeter", "tabellenführer", "tabellenspitze", "spieltag",
        "anpfiff", "abpfiff", "siegtreffer", "ausgleich", "mittelfeld", "tore", "toren", "liga", "trainer",
    ]

    /// Words after a team: what it did to another, and its people.
    static let teamAfter: Set<String> = [
        "beat", "beats", "defeated", "drew", "thrashed", "edged", "routed", "crushed", "hammered", "trailed",
        "captain", "skipper", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "fans",
        "supporters", "side", "trainer", "kapitän", "torwart",
        "schlug", "besiegte", "siegte", "unterlag", "empfängt", "empfing", "kassierte", "trennte", "gewann",
    ]

    /// Words before a team: playing against it, beating it.
    static let teamBefore: Set<String> = [
        "against", "v", "vs", "vs.", "beat", "beating", "defeated", "rivals", "champions", "leaders", "gegen",
        // (German puts the verb before its subject after an opening phrase: `Danach siegte Wolfsburg`)
        "gewann", "siegte", "verlor", "unterlag", "schlug",
    ]

    /// Words that place something at a name: the name is the place there.
    static let placing: Set<String> = [
        "in", "at", "near", "from", "to", "into", "im", "nach", "aus", "bei", "an", "von",
    ]
}
