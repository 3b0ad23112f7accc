import Foundation
import LoupeCore
import LoupeEntities

/// Structured averaged perceptron over BIO tags with first-order Viterbi decoding.
public struct NERTrainer: Sendable {
    public var features: NERFeatureSet
    public var hashBits: Int
    public var language: String
    public var resources: NERResources?
    /// Gazetteer bits (`NERGaz`) to use (default: all).
    public var gazetteerMask: UInt32 = 0xFFFF_FFFF
    public var clusters: NERHashTable?
    /// Update weight per sentence source (default 1).
    public var sourceWeights: [String: Float] = [:]
    /// Sources without an OTH annotation: their O tokens may be OTH (latent target).
    public var noOTHSources: Set<String> = []
    /// Sources that get a private copy of every feature (domain adaptation à la Daumé:
    /// general + source-specific weights; only the general ones are used at tagging time).
    public var privateFeatureSources: Set<String> = []

    public init(
        features: NERFeatureSet = .all, hashBits: Int = 19, language: String,
        resources: NERResources? = nil, clusters: NERHashTable? = nil
    ) {
        self.features = features; self.hashBits = hashBits; self.language = language
        self.resources = resources; self.clusters = clusters
    }

    /// Progress report after each epoch.
    public struct Progress: Sendable {
        public var epoch: Int
        public var mistakes: Int
        public var sentences: Int
        public var dev: NERScores?
        public var seconds: Double
    }

    struct Prepared {
        var feats: [UInt32] = []
        var tokOffsets: [Int] = [0]  // global token → feats range
        var sentStart: [Int] = [0]  // sentence → first global token
        var tags: [UInt8] = []
        var weight: [Float] = []
        var latent: [Bool] = []
        var count: Int { sentStart.count - 1 }
    }

    func prepare(_ sents: [NERSentence], _ ex: FeatureExtractor) -> Prepared {
        var p = Prepared()
        var s = FeatureExtractor.Scratch()
        for sent in sents where !sent.tokens.isEmpty {
            ex.extract(sent.tokens, into: &s)
            if privateFeatureSources.contains(sent.source) {
                let salt = NERHashTable.key(sent.source)
                let m = UInt32((1 << hashBits) - 1)
                for k in 0..<(s.offsets.count - 1) {
                    for f in s.feats[s.offsets[k]..<s.offsets[k + 1]] {
                        p.feats.append(f)
                        p.feats.append(UInt32(truncatingIfNeeded: TokenKey.finalize(UInt64(f) ^ salt)) & m)
                    }
                    p.tokOffsets.append(p.feats.count)
                }
            } else {
                let base = p.feats.count
                p.feats.append(contentsOf: s.feats)
                for k in 1..<s.offsets.count { p.tokOffsets.append(base + s.offsets[k]) }
            }
            p.sentStart.append(p.tokOffsets.count - 1)
            p.tags.append(contentsOf: sent.tags.map { $0.rawValue })
            p.weight.append(sourceWeights[sent.source] ?? 1)
            p.latent.append(noOTHSources.contains(sent.source))
        }
        return p
    }

    static func emissions(_ w: UnsafePointer<Float>, _ p: Prepared, _ sent: Int, _ out: inout [Float]) {
        let t0 = p.sentStart[sent], t1 = p.sentStart[sent + 1]
        let n = t1 - t0
        if out.count < n * 9 { out = [Float](repeating: 0, count: n * 9) }
        p.feats.withUnsafeBufferPointer { fb in
            out.withUnsafeMutableBufferPointer { ob in
                for i in 0..<n {
                    var acc = (Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0), Float(0))
                    for k in p.tokOffsets[t0 + i]..<p.tokOffsets[t0 + i + 1] {
                        let q = w + Int(fb[k]) * 9
                        acc.0 += q[0]; acc.1 += q[1]; acc.2 += q[2]; acc.3 += q[3]; acc.4 += q[4]
                        acc.5 += q[5]; acc.6 += q[6]; acc.7 += q[7]; acc.8 += q[8]
                    }
                    let o = i * 9
                    ob[o] = acc.0; ob[o + 1] = acc.1; ob[o + 2] = acc.2; ob[o + 3] = acc.3; ob[o + 4] = acc.4
                    ob[o + 5] = acc.5; ob[o + 6] = acc.6; ob[o + 7] = acc.7; ob[o + 8] = acc.8
                }
            }
        }
    }

    static func decodeAll(_ w: [Float], _ trans: [Float], _ p: Prepared) -> [[NERTag]] {
        var out: [[NERTag]] = []
        var emis: [Float] = []
        w.withUnsafeBufferPointer { wb in
            for s in 0..<p.count {
                let n = p.sentStart[s + 1] - p.sentStart[s]
                emissions(wb.baseAddress!, p, s, &emis)
                out.append(viterbi(Array(emis[0..<(n * 9)]), n, trans).map { NERTag(rawValue: $0) })
            }
        }
        return out
    }

    /// Trains a model. Deterministic for a given seed (single-threaded, seeded shuffling).
    /// With `runs` > 1 it trains that many times (seeds `seed`, `seed + 1`, …, each shuffling
    /// differently) and averages the weights of the runs.
    public func train(
        sentences: [NERSentence], dev: [NERSentence]? = nil, epochs: Int, seed: UInt64, runs: Int = 1,
        progress: ((Progress) -> Void)? = nil
    ) -> NERModel {
        var ex = FeatureExtractor(groups: features, hashBits: hashBits, resources: resources, clusters: clusters)
        ex.gazMask = gazetteerMask
        let data = prepare(sentences, ex)
        let devData = dev.map { prepare($0, ex) }
        var weights: [Float] = [], transitions: [Float] = []
        for run in 0..<max(1, runs) {
            let (w, t) = trainRun(data, devData, epochs: epochs, seed: seed &+ UInt64(run), progress: progress)
            if run == 0 {
                weights = w; transitions = t
            } else {
                for i in weights.indices { weights[i] += w[i] }
                for i in transitions.indices { transitions[i] += t[i] }
            }
        }
        if runs > 1 {
            let scale = 1 / Float(runs)
            for i in weights.indices { weights[i] *= scale }
            for i in transitions.indices { transitions[i] *= scale }
        }
        return NERModel(
            features: features, hashBits: hashBits, language: language, gazetteerMask: gazetteerMask,
            floatWeights: weights,
            transitions: transitions, clusters: clusters, resources: resources)
    }

    /// One training run: the averaged weights and transitions after the last epoch.
    func trainRun(
        _ data: Prepared, _ devData: Prepared?, epochs: Int, seed: UInt64,
        progress: ((Progress) -> Void)?
    ) -> ([Float], [Float]) {
        let devGold: [[NERTag]]? = devData.map { d in
            (0..<d.count).map { s in d.tags[d.sentStart[s]..<d.sentStart[s + 1]].map { NERTag(rawValue: $0) } }
        }
        let K = 9
        let size = (1 << hashBits) * K
        var w = [Float](repeating: 0, count: size)
        var u = [Double](repeating: 0, count: size)
        var tw = [Float](repeating: 0, count: 10 * K)
        var tu = [Double](repeating: 0, count: 10 * K)
        var c: Double = 1
        var rng = NERRandom(seed: seed)
        var order = Array(0..<data.count)
        var emis: [Float] = []

        func averaged() -> ([Float], [Float]) {
            var a = [Float](repeating: 0, count: size)
            for i in 0..<size { a[i] = w[i] - Float(u[i] / c) }
            var t = [Float](repeating: 0, count: 10 * K)
            for i in 0..<(10 * K) { t[i] = tw[i] - Float(tu[i] / c) }
            return (a, t)
        }

        for epoch in 1...max(1, epochs) {
            let start = Date()
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
            var mistakes = 0
            for s in order {
                let t0 = data.sentStart[s], t1 = data.sentStart[s + 1]
                let n = t1 - t0
                w.withUnsafeBufferPointer { Self.emissions($0.baseAddress!, data, s, &emis) }
                let e = Array(emis[0..<(n * K)])
                let pred = viterbi(e, n, tw)
                var gold = Array(data.tags[t0..<t1])
                if data.latent[s] {
                    let oth: UInt16 = (1 << 7) | (1 << 8) | 1
                    let allowed = gold.map { $0 == 0 ? oth : UInt16(1) << UInt16($0) }
                    gold = viterbi(e, n, tw, allowed: allowed)
                }
                if pred != gold {
                    mistakes += 1
                    let a = data.weight[s]
                    let ca = c * Double(a)
                    w.withUnsafeMutableBufferPointer { wb in
                        u.withUnsafeMutableBufferPointer { ub in
                            data.feats.withUnsafeBufferPointer { fb in
                                for i in 0..<n where pred[i] != gold[i] {
                                    let g = Int(gold[i]), p = Int(pred[i])
                                    for k in data.tokOffsets[t0 + i]..<data.tokOffsets[t0 + i + 1] {
                                        let b = Int(fb[k]) * K
                                        wb[b + g] += a; ub[b + g] += ca
                                        wb[b + p] -= a; ub[b + p] -= ca
                                    }
                                }
                            }
                        }
                    }
                    for i in 0..<n {
                        let gp = i == 0 ? 0 : Int(gold[i - 1]) + 1
                        let pp = i == 0 ? 0 : Int(pred[i - 1]) + 1
                        let gi = gp * K + Int(gold[i]), pi = pp * K + Int(pred[i])
                        if gi != pi { tw[gi] += a; tu[gi] += ca; tw[pi] -= a; tu[pi] -= ca }
                    }
                }
                c += 1
            }
            var devScores: NERScores? = nil
            if let d = devData, let g = devGold, progress != nil {
                let (a, t) = averaged()
                devScores = evaluateNER(gold: g, predicted: Self.decodeAll(a, t, d))
            }
            progress?(
                Progress(
                    epoch: epoch, mistakes: mistakes, sentences: data.count, dev: devScores,
                    seconds: Date().timeIntervalSince(start)))
        }
        return averaged()
    }
}
