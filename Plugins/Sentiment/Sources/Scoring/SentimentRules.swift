/// VADER's rules (Hutto & Gilbert 2014), re-implemented over items, with scope: a negator or
/// booster reaches at most three items back and never across punctuation or a conjunction; in
/// German a clause-final negator also reaches back over its clause (`Ich mag das nicht.`).
///
/// - Complexity: O(items) per sentence.
struct SentimentRules: Sendable {
    /// VADER's constants (vader-rules.json).
    static let boosterIncrement = 0.293
    static let capsIncrement = 0.733
    static let negationScalar = -0.74
    static let normalizeAlpha = 15.0
    static let boosterDecay = [1.0, 0.95, 0.9]
    static let contrastBefore = 0.5
    static let contrastAfter = 1.5
    static let scope = 3
    /// Sentiment in an `if`/`wenn` clause is hypothetical: it counts half (measured, docs/sentiment.md).
    static let conditionalWeight = 0.5
    /// Negativity bias: negative words weigh more with readers than positive ones (measured).
    static let negativityWeight = 1.2

    let negationReachesBack: Bool
    /// The genre's weak-word threshold (`SentimentGenre.weakValence`): a lexicon word's valence
    /// counts only beyond it (0: in full).
    var weakValence = 0.0

    /// Why an item's valence changed, for `--explain`.
    enum Reason: Sendable, Equatable {
        case caps
        case boosted(by: Int, amount: Double)
        case negated(by: Int)
        case contrast(at: Int, factor: Double)
        case negativity
        case hypothetical
        /// Weakened by the genre's threshold (news: topical words are not evaluative).
        case weak(by: Double)
    }

    /// Each item's contribution to the sentence sum; `reasons` filled when given.
    func contributions(_ items: [SentimentItem], reasons: inout [[Reason]]?) -> [Double] {
        var values = [Double](repeating: 0, count: items.count)
        guard !items.isEmpty else { return values }
        var modifierOnly = [Bool](repeating: false, count: items.count)
        // A booster with a valence of its own right before a sentiment word is only a booster
        // (`stark kritisiert`); elsewhere it is a sentiment word (`stark`).
        for i in items.indices.dropLast() where items[i].booster != 0 && items[i].valence != 0 {
            if items[i + 1].valence != 0, !items[i + 1].boundaryBefore { modifierOnly[i] = true }
        }
        var wordCount = 0, capsWords = 0
        for item in items where item.isWord {
            wordCount += 1
            if item.allCaps { capsWords += 1 }
        }
        // Capitals emphasise only in text that is not all capitals.
        let mixedCase = capsWords > 0 && capsWords < wordCount
        var negated = [Bool](repeating: false, count: items.count)
        // `not only … but`, `nicht nur … sondern`: neither a negation nor a contrast.
        var items = items
        for i in items.indices.dropLast()
        where items[i].roles.contains(.negator) && items[i + 1].roles.contains(.onlyWord) {
            items[i].roles.remove(.negator)
            if let c = items[(i + 2)...].firstIndex(where: { $0.roles.contains(.contrast) }) {
                items[c].roles.remove(.contrast)
            }
        }
        // Conditions are hypothetical: sentiment in an `if`/`wenn` clause counts half.
        var hypothetical = [Bool](repeating: false, count: items.count)
        var inCondition = false
        for i in items.indices {
            if items[i].boundaryBefore { inCondition = false }
            if items[i].roles.contains(.conditional) { inCondition = true }
            hypothetical[i] = inCondition
        }

        for i in items.indices where items[i].valence != 0 && !modifierOnly[i] {
            var v = Double(items[i].valence)
            let sign: Double = v < 0 ? -1 : 1
            if weakValence > 0, items[i].isLexiconWord {
                reasons?[i].append(.weak(by: weakValence))
                guard abs(v) > weakValence else { continue }
                v -= sign * weakValence
            }
            if !items[i].isSymbol {
                if items[i].allCaps && mixedCase {
                    v += sign * Self.capsIncrement
                    reasons?[i].append(.caps)
                }
                var distance = 1
                var j = i
                while distance <= Self.scope, j > 0, !items[j].boundaryBefore, !items[j - 1].roles.breaksScope {
                    j -= 1
                    let previous = items[j]
                    if previous.booster != 0 && (previous.valence == 0 || modifierOnly[j]) {
                        var scalar = Double(previous.booster) * sign
                        if previous.allCaps && mixedCase { scalar += sign * Self.capsIncrement }
                        scalar *= Self.boosterDecay[distance - 1]
                        v += scalar
                        reasons?[i].append(.boosted(by: j, amount: scalar))
                    }
                    if previous.roles.contains(.negator) {
                        v *= Self.negationScalar
                        negated[i] = true
                        reasons?[i].append(.negated(by: j))
                    }
                    distance += 1
                }
            }
            if v < 0 { reasons?[i].append(.negativity) }
            if hypothetical[i] { reasons?[i].append(.hypothetical) }
            values[i] = (v < 0 ? v * Self.negativityWeight : v) * (hypothetical[i] ? Self.conditionalWeight : 1)
        }

        if negationReachesBack {
            // A negator that ends its clause negates the clause's sentiment words before it.
            for n in items.indices where items[n].roles.contains(.negator) {
                let next = n + 1
                guard
                    next == items.count || items[next].boundaryBefore || items[next].roles.contains(.clauseBreak)
                        || items[next].roles.contains(.contrast)
                else { continue }
                var j = n
                var distance = 1
                while distance <= Self.scope + 1, j > 0, !items[j].boundaryBefore, !items[j - 1].roles.breaksScope {
                    j -= 1
                    if values[j] != 0, !negated[j], !items[j].isSymbol {
                        values[j] *= Self.negationScalar
                        negated[j] = true
                        reasons?[j].append(.negated(by: n))
                    }
                    distance += 1
                }
            }
        }

        // Contrast: the first `but`/`aber` halves what precedes and strengthens what follows.
        if let c = items.indices.first(where: { isContrast(items, $0) }) {
            for i in values.indices where values[i] != 0 && i != c {
                let factor = i < c ? Self.contrastBefore : Self.contrastAfter
                values[i] *= factor
                reasons?[i].append(.contrast(at: c, factor: factor))
            }
        }
        return values
    }

    private func isContrast(_ items: [SentimentItem], _ i: Int) -> Bool {
        if items[i].roles.contains(.contrast) { return true }
        return items[i].roles.contains(.clauseContrast) && (i == 0 || items[i].boundaryBefore)
    }

    /// VADER's emphasis from `!` (up to four) and from two or more `?`, in the sum's direction.
    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        var emphasis = Double(min(exclamations, 4)) * 0.292
        if questions > 1 { emphasis += questions <= 3 ? Double(questions) * 0.18 : 0.96 }
        return emphasis
    }

    /// A sum of `count` contributions squashed into −1 … +1: VADER's compound, with the sum
    /// divided by √count first, so that long texts with many sentiment words do not all end at
    /// ±1 (measured: docs/sentiment.md).
    static func normalize(_ sum: Double, count: Int = 1, emphasis: Double = 0) -> Double {
        guard sum != 0 else { return 0 }
        let scaled = sum / Double(max(1, count)).squareRoot()
        let s = scaled + (scaled > 0 ? emphasis : -emphasis)
        return max(-1, min(1, s / (s * s + normalizeAlpha).squareRoot()))
    }
}

extension LexiconEntry.Roles {
    /// Conjunctions end a negator's or booster's reach, like punctuation does.
    var breaksScope: Bool { !isDisjoint(with: [.clauseBreak, .contrast, .clauseContrast]) }
}
