import LoupeCore

/// Three repairs of where one name ends and the next begins, on the tagger's mentions before the
/// other document-level steps.
public enum JoinedNames {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// Splits a mention the model ran across two adjacent names ("Putin Nordkorea" in "wird
    /// Putin Nordkorea besuchen") when both parts occur in the document as mentions of their own,
    /// each at least as often as the joined form, the first with the joined form's label and the
    /// second with another, or both people and the second a full name ("Putin Kim Jong-un"), or both
    /// places each named on its own twice as often ("stellte Russland Nordkorea … zur Verfügung"); a
    /// name made of names stays whole (`Philadelphia Eagles`, `Alan Shearer`, `Washington D.C.`).
    /// Each part takes the label of its first own mention.
    public static func split(_ found: [Entity], text: (Int) -> String) -> [Entity] {
        func key(_ tokens: Range<Int>) -> String { tokens.map { text($0).lowercased() }.joined(separator: " ") }
        let keys = found.map { key($0.tokens) }
        var count: [String: Int] = [:], label: [String: NERLabel] = [:]
        for (k, entity) in zip(keys, found) {
            count[k, default: 0] += 1
            if label[k] == nil { label[k] = entity.label }
        }
        var out: [Entity] = []
        for (k, entity) in zip(keys, found) {
            let r = entity.tokens
            // (both parts named on their own at least as often as the joined form: a text quoted twice
            // repeats the slip, a real two-word name is not named by its parts that often)
            let n = count[k] ?? 1
            var split: (Int, NERLabel, NERLabel)?
            for j in r.lowerBound + 1..<r.upperBound {
                let head = key(r.lowerBound..<j), tail = key(j..<r.upperBound)
                guard (count[head] ?? 0) >= n, (count[tail] ?? 0) >= n, let headLabel = label[head],
                    let tailLabel = label[tail], headLabel == entity.label,
                    tailLabel != entity.label || entity.label == .per && r.upperBound - j >= 2
                        || entity.label == .loc && (count[head] ?? 0) >= 2 * n && (count[tail] ?? 0) >= 2 * n
                else { continue }
                split = (j, headLabel, tailLabel)
                break
            }
            if let (j, headLabel, tailLabel) = split {
                out.append((r.lowerBound..<j, headLabel))
                out.append((j..<r.upperBound, tailLabel))
            } else {
                out.append(entity)
            }
        }
        return out
    }

    /// An e-mail's display name in quotation marks, surname first (`"Lenhart, Matthew" <m@x.com>`), is one
    /// person: the tagger sees two names, or a given name as a place. Both words capitalised, one of them
    /// a mention, nothing else between the marks. `found` sorted by start; returns it sorted.
    public static func quotedDisplayNames(_ found: [Entity], text: (Int) -> String, tokenCount: Int) -> [Entity] {
        guard !found.isEmpty else { return found }
        var out: [Entity] = []
        var k = 0
        while k < found.count {
            let first = found[k].tokens.lowerBound
            if first >= 1, first + 3 < tokenCount, OrganisationCues.quotes.contains(text(first - 1)),
                text(first + 1) == ",",
                OrganisationCues.quotes.contains(text(first + 3)),
                text(first).first?.isUppercase == true, text(first + 2).first?.isUppercase == true,
                found[k].tokens.count == 1 || found[k].tokens == first..<first + 3
            {
                // the mentions inside the marks give way to the person
                var next = k
                while next < found.count, found[next].tokens.lowerBound < first + 3 { next += 1 }
                if found[k..<next].allSatisfy({ $0.tokens.upperBound <= first + 3 }),
                    found[k..<next].contains(where: { $0.label == .per })
                {
                    out.append((first..<first + 3, .per))
                    k = next
                    continue
                }
            }
            out.append(found[k])
            k += 1
        }
        return out
    }

    /// Beyond this many distinct person names `completedVariants` leaves a document as it is.
    static let maximumNames = 1000

    /// A person's name the tagger cut one word short (`Kim Jung` of "Kim Jung Un") is completed
    /// by the capitalised word after it when the completed name is a spelling variant of another
    /// person named in the document (`Kim Jong-un`, `MentionGrouping.closeSpelling`) and the cut
    /// one is not: so the variants also group together.
    public static func completedVariants(_ found: [Entity], _ t: DocumentRules.Tokens) -> [Entity] {
        func words(_ r: Range<Int>) -> [String] {
            var s = ""
            for i in r {
                if i > r.lowerBound, t.spaceBefore(i) { s += " " }
                s += t.text(i)
            }
            return MentionGrouping.words(s.lowercased())
        }
        // Distinct names of two words or more; a document with more than `maximumNames` of them
        // is no article and is left as it is (the comparisons would grow with their square).
        let people = Set(found.filter { $0.label == .per && $0.tokens.count >= 2 }.map { words($0.tokens) })
        guard people.count >= 2, people.count <= maximumNames else { return found }
        var line = [Int](repeating: 0, count: t.count)
        for (n, range) in t.lines.enumerated() { for i in range where i < t.count { line[i] = n } }
        var covered = DocumentRules.coverage(of: found, tokenCount: t.count)
        var decided: [[[String]]: Bool] = [:]
        var out = found
        for (k, entity) in found.enumerated() where entity.label == .per && entity.tokens.count >= 2 {
            let next = entity.tokens.upperBound
            guard next < t.count, t.spaceBefore(next), !covered[next], t.capitalised(next),
                t.text(next).first?.isLetter == true, line[next] == line[entity.tokens.lowerBound]
            else { continue }
            let cut = words(entity.tokens), completed = words(entity.tokens.lowerBound..<next + 1)
            let complete =
                decided[[cut, completed]]
                ?? {
                    let others = people.filter { $0 != cut && $0 != completed }
                    let answer =
                        others.contains { MentionGrouping.closeSpelling(completed, $0) }
                        && !others.contains { MentionGrouping.closeSpelling(cut, $0) }
                    decided[[cut, completed]] = answer
                    return answer
                }()
            if complete {
                out[k].tokens = entity.tokens.lowerBound..<next + 1
                covered[next] = true
            }
        }
        return out
    }
}
