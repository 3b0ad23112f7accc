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

    /// A document's tone by entity name, one entry per name in the order first seen. The
    /// sentiment layer keeps groups of different types apart (`Bayern` the club and `Bayern` the
    /// state), so a name can come more than once; its tone is then the mean of its groups'
    /// scores weighted by their mentions, and the document counts once for it.
    static func byName(_ items: [JSONValue]) -> [(name: String, score: Double)] {
        var order: [String] = []
        var totals: [String: (sum: Double, weight: Double)] = [:]
        for item in items {
            guard let name = item["name"]?.stringValue ?? item["text"]?.stringValue,
                  let score = item["score"].flatMap(HTMLExport.number) else { continue }
            let weight = Double(max(1, item["mentions"]?.intValue ?? 1))
            if totals[name] == nil { order.append(name) }
            totals[name, default: (0, 0)].sum += score * weight
            totals[name, default: (0, 0)].weight += weight
        }
        return order.map { name in (name, totals[name]!.sum / totals[name]!.weight) }
    }
}
