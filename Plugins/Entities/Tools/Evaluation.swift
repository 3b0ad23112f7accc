// Strict entity-level evaluation (exact span and label).

import LoupeEntities

public struct NERCounts: Sendable, Equatable {
    public var truePositives = 0
    public var goldCount = 0
    public var predictedCount = 0
    public init() {}
    public var precision: Double { predictedCount == 0 ? 0 : Double(truePositives) / Double(predictedCount) }
    public var recall: Double { goldCount == 0 ? 0 : Double(truePositives) / Double(goldCount) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

public struct NERScores: Sendable, CustomStringConvertible {
    public var perLabel: [NERLabel: NERCounts] = [:]
    public var micro = NERCounts()
    public init() {}

    /// A plain-text table with P/R/F1 (percent) per label and micro overall.
    public var description: String {
        func row(_ name: String, _ c: NERCounts) -> String {
            func f(_ x: Double) -> String {
                let v = (x * 10000).rounded() / 100
                var s = String(v)
                if let dot = s.firstIndex(of: ".") {
                    let decimals = s.distance(from: dot, to: s.endIndex) - 1
                    if decimals < 2 { s += String(repeating: "0", count: 2 - decimals) }
                }
                return String(repeating: " ", count: max(0, 7 - s.count)) + s
            }
            let n = name + String(repeating: " ", count: max(0, 6 - name.count))
            let g = String(c.goldCount), p = String(c.predictedCount), t = String(c.truePositives)
            func pad(_ s: String) -> String { String(repeating: " ", count: max(0, 6 - s.count)) + s }
            return "\(n) \(pad(g)) \(pad(p)) \(pad(t)) \(f(c.precision)) \(f(c.recall)) \(f(c.f1))"
        }
        var lines = ["label    gold   pred     tp    prec     rec      F1"]
        for l in NERLabel.allCases { lines.append(row(l.description, perLabel[l] ?? NERCounts())) }
        lines.append(row("micro", micro))
        return lines.joined(separator: "\n")
    }
}

/// Strict entity-level P/R/F1 per label and micro over all labels.
public func evaluateNER(gold: [[NERTag]], predicted: [[NERTag]]) -> NERScores {
    precondition(gold.count == predicted.count, "gold and predicted must have the same number of sentences")
    var s = NERScores()
    for l in NERLabel.allCases { s.perLabel[l] = NERCounts() }
    for (g, p) in zip(gold, predicted) {
        precondition(g.count == p.count, "sentence length mismatch")
        let ge = Set(nerEntities(g)), pe = Set(nerEntities(p))
        for e in ge { s.perLabel[e.label]!.goldCount += 1; s.micro.goldCount += 1 }
        for e in pe {
            s.perLabel[e.label]!.predictedCount += 1; s.micro.predictedCount += 1
            if ge.contains(e) { s.perLabel[e.label]!.truePositives += 1; s.micro.truePositives += 1 }
        }
    }
    return s
}
