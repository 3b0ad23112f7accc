@testable import LoupeEntities

/// A tiny synthetic corpus written for these tests (no data set text).
func syntheticCorpus(count: Int, seed: UInt64) -> [NERSentence] {
    let people = [["Anna"], ["Bernd", "Kowalski"], ["Clara", "Zeh"], ["Dieter"], ["Emil", "Faber"]]
    let places = [["Oberhausen"], ["Neustadt"], ["Bad", "Elster"], ["Kiel"]]
    let orgs = [["Tanzverein", "Blau"], ["Firma", "Oxo"], ["Zebra", "AG"]]
    let others = [["Tatort"], ["Sommerfest", "2020"]]
    var rng = NERRandom(seed: seed)
    func pick<T>(_ a: [T]) -> T { a[rng.below(a.count)] }
    var out: [NERSentence] = []
    for _ in 0..<count {
        var toks: [String] = [], tags: [NERTag] = []
        func ent(_ ws: [String], _ l: NERLabel) {
            for (i, w) in ws.enumerated() { toks.append(w); tags.append(i == 0 ? .begin(l) : .inside(l)) }
        }
        func o(_ ws: String...) { for w in ws { toks.append(w); tags.append(.outside) } }
        switch rng.below(4) {
        case 0: ent(pick(people), .per); o("wohnt", "in"); ent(pick(places), .loc); o(".")
        case 1: ent(pick(people), .per); o("arbeitet", "bei", "der"); ent(pick(orgs), .org); o(".")
        case 2: o("Gestern", "sah"); ent(pick(people), .per); o("den"); ent(pick(others), .oth); o(".")
        default: o("Die"); ent(pick(orgs), .org); o("sitzt", "in"); ent(pick(places), .loc); o(".")
        }
        out.append(NERSentence(tokens: toks, tags: tags, source: "synthetic"))
    }
    return out
}
