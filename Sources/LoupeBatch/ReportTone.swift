import Foundation
import LoupeKit

/// Tone in the corpus report: shown with two decimals, and each entity name counted once per
/// document.
enum ReportTone {
    /// `-0.24`, `0.05`, `0.00` (never `-0.00`): the scores are not more precise than that.
    static func text(_ score: Double) -> String {
        let shown = String(format: "%.2f", score)
        return shown == "-0.00" ? "0.00" : shown
    }

    /// A document's tone by entity name, one entry per name in the order first seen. A tone
    /// layer keeps groups of different types apart (`Bayern` the club and `Bayern` the state), so
    /// a name can come more than once; its tone is then the mean of its groups' scores weighted
    /// by their mentions, and the document counts once for it.
    static func byName(_ scores: [NameScore]) -> [(name: String, score: Double)] {
        var order: [String] = []
        var totals: [String: (sum: Double, weight: Double)] = [:]
        for item in scores {
            let weight = Double(max(1, item.mentions))
            if totals[item.name] == nil { order.append(item.name) }
            totals[item.name, default: (0, 0)].sum += item.score * weight
            totals[item.name, default: (0, 0)].weight += weight
        }
        return order.map { name in (name, totals[name]!.sum / totals[name]!.weight) }
    }
}
