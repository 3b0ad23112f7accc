import Foundation
import LoupeCore
import LoupeEntities

/// Distributional word clusters (a cheap stand-in for Brown clusters): every frequent
/// lower-cased word is represented by its left/right neighbour distribution over the most
/// frequent context words (square-root counts, L2-normalised), then clustered with spherical
/// k-means (fine level, `clusters`) and again with k/8 (coarse level). The table maps the
/// lower-cased word's key hash to `fine | coarse << 10`.
public enum NERClusterer {
    public static func build(
        sentences: [[String]], clusters k: Int, iterations: Int, minCount: Int, seed: UInt64,
        contextSize: Int = 400, maxVocabulary: Int = 40000,
        log: (String) -> Void = { _ in }
    ) -> NERHashTable {
        var freq: [String: Int] = [:]
        let lowered = sentences.map { $0.map { $0.lowercased() } }
        for s in lowered { for w in s { freq[w, default: 0] += 1 } }
        let byFreq = freq.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        let vocab = byFreq.prefix(maxVocabulary).filter { $0.value >= minCount }.map { $0.key }
        var vid: [String: Int] = [:]
        for (i, w) in vocab.enumerated() { vid[w] = i }
        var cid: [String: Int] = [:]
        for (i, w) in byFreq.prefix(contextSize).enumerated() { cid[w.key] = i }
        let other = contextSize, bos = contextSize + 1
        let dim = 2 * (contextSize + 2)
        var rows = [[Int: Float]](repeating: [:], count: vocab.count)
        for s in lowered {
            for (i, w) in s.enumerated() {
                guard let v = vid[w] else { continue }
                let l = i > 0 ? (cid[s[i - 1]] ?? other) : bos
                let r = i + 1 < s.count ? (cid[s[i + 1]] ?? other) : bos
                rows[v][l, default: 0] += 1
                rows[v][contextSize + 2 + r, default: 0] += 1
            }
        }
        // sparse, sqrt, normalised
        var idx: [[Int32]] = [], val: [[Float]] = []
        for r in rows {
            let keys = r.keys.sorted()
            var vs = keys.map { r[$0]!.squareRoot() }
            let norm = vs.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { vs = vs.map { $0 / norm } }
            idx.append(keys.map { Int32($0) }); val.append(vs)
        }
        log("clusters: vocabulary \(vocab.count), dim \(dim)")
        func kmeans(_ k: Int, _ seed: UInt64) -> [Int] {
            var rng = NERRandom(seed: seed)
            let n = vocab.count
            let kk = min(k, n)
            var cent = [Float](repeating: 0, count: kk * dim)
            // init: random distinct words among the vocabulary
            var picks = Set<Int>()
            while picks.count < kk { picks.insert(rng.below(n)) }
            for (c, p) in picks.sorted().enumerated() {
                for (j, x) in zip(idx[p], val[p]) { cent[c * dim + Int(j)] = x }
            }
            var assign = [Int](repeating: 0, count: n)
            for it in 0..<iterations {
                var changed = 0
                cent.withUnsafeBufferPointer { cb in
                    for v in 0..<n {
                        var best: Float = -1, arg = 0
                        let ii = idx[v], vv = val[v]
                        for c in 0..<kk {
                            var d: Float = 0
                            let base = c * dim
                            for t in 0..<ii.count { d += cb[base + Int(ii[t])] * vv[t] }
                            if d > best { best = d; arg = c }
                        }
                        if assign[v] != arg || it == 0 { changed += 1 }
                        assign[v] = arg
                    }
                }
                cent = [Float](repeating: 0, count: kk * dim)
                for v in 0..<n { for (j, x) in zip(idx[v], val[v]) { cent[assign[v] * dim + Int(j)] += x } }
                for c in 0..<kk {
                    var norm: Float = 0
                    for j in 0..<dim { norm += cent[c * dim + j] * cent[c * dim + j] }
                    norm = norm.squareRoot()
                    if norm > 0 {
                        for j in 0..<dim { cent[c * dim + j] /= norm }
                    } else {
                        let p = rng.below(n); for (j, x) in zip(idx[p], val[p]) { cent[c * dim + Int(j)] = x }
                    }
                }
                log("k=\(kk) iteration \(it + 1): \(changed) changed")
                if changed == 0 { break }
            }
            return assign
        }
        let fine = kmeans(k, seed)
        let coarse = kmeans(max(2, k / 8), seed &+ 1)
        var entries: [(key: UInt64, value: UInt32)] = []
        for (i, w) in vocab.enumerated() {
            entries.append((NERHashTable.key(w), UInt32(fine[i] + 1) | UInt32(coarse[i] + 1) << 10))
        }
        return NERHashTable(name: "clusters", valueBits: 16, entries: entries)
    }
}
