import Foundation
import LoupeCore

/// A trained entity recogniser: hashed feature weights (one row of 9 tag weights per hash
/// bucket, stored as 9 Int8 values and a per-row bfloat16 scale), tag transition weights and
/// an optional word-cluster table.
///
/// Binary format (little-endian, 4-byte aligned):
/// `"LNER"`, version (2), feature groups (UInt64), hashBits, tag count (9), gazetteer mask (UInt32),
/// language string, 10×9 Float32 transitions (row 0 = sentence start), has-cluster-table flag,
/// [cluster table], 2^hashBits UInt16 row scales (bfloat16), 2^hashBits × 9 Int8 weights.
public struct NERModel: Sendable {
    public let features: NERFeatureSet
    public let hashBits: Int
    public let language: String
    /// Gazetteer bits (`NERGaz`) used by this model (e.g. the English model ignores German nouns).
    public let gazetteerMask: UInt32
    let transitions: [Float]  // 10 × 9, row 0 = start
    let rowScaleBits: [UInt16]  // buckets (as stored)
    let weights: [Int8]  // buckets × 9
    let clusters: NERHashTable?
    /// Gazetteers used by the features (not part of the model file).
    public var resources: NERResources?

    static let magic: UInt32 = 0x52454E4C  // "LNER"
    static let version: UInt32 = 2
    static let tagCount = NERTag.count

    /// Quantises trained weights (the trainer in `LoupeEntitiesTools` builds models with it).
    package init(
        features: NERFeatureSet, hashBits: Int, language: String, gazetteerMask: UInt32, floatWeights: [Float],
        transitions: [Float], clusters: NERHashTable?, resources: NERResources?
    ) {
        self.gazetteerMask = gazetteerMask
        let rows = floatWeights.count / 9
        var q = [Int8](repeating: 0, count: rows * 9)
        var sb = [UInt16](repeating: 0, count: rows)
        for r in 0..<rows {
            var maxAbs: Float = 0
            for k in 0..<9 { maxAbs = max(maxAbs, abs(floatWeights[r * 9 + k])) }
            if maxAbs == 0 { continue }
            // bfloat16, rounded up so that |w| / scale <= 127
            var bits = (maxAbs / 127).bitPattern
            bits = (bits &+ 0xFFFF) >> 16
            sb[r] = UInt16(bits)
            let scale = Float(bitPattern: UInt32(sb[r]) << 16)
            for k in 0..<9 {
                let v = (floatWeights[r * 9 + k] / scale).rounded()
                q[r * 9 + k] = Int8(max(-127, min(127, v)))
            }
        }
        self.features = features; self.hashBits = hashBits; self.language = language
        self.weights = q
        self.rowScaleBits = sb
        self.transitions = transitions
        self.clusters = clusters; self.resources = resources
    }

    /// Loads a model from its binary form. `resources` supplies the gazetteers (if the model
    /// uses gazetteer features and they are missing, those features simply do not fire).
    public init(data: Data, resources: NERResources? = nil) throws {
        self = try BinaryResource.read(data) { try NERModel(reader: &$0, resources: resources) }
    }

    private init(reader r: inout BinaryResource.Reader, resources: NERResources?) throws {
        guard try r.u32() == Self.magic else { throw BinaryResource.Malformed.badMagic("NER model") }
        let v = try r.u32()
        guard v == Self.version else { throw BinaryResource.Malformed.unsupportedVersion(v) }
        features = NERFeatureSet(rawValue: try r.u64())
        hashBits = Int(try r.u32())
        guard try r.u32() == UInt32(Self.tagCount), hashBits > 0, hashBits <= 26 else {
            throw BinaryResource.Malformed.truncated
        }
        gazetteerMask = try r.u32()
        language = try r.string(length: UInt32.self)
        try r.align(4)
        transitions = try r.array(10 * Self.tagCount, of: UInt32.self).map { Float(bitPattern: $0) }
        clusters = try r.u32() == 1 ? try NERHashTable(reader: &r) : nil
        rowScaleBits = try r.array(1 << hashBits)
        try r.align(4)
        weights = try r.array((1 << hashBits) * Self.tagCount)
        try r.align(4)
        self.resources = resources
    }

    public init(data: Data) throws { try self.init(data: data, resources: nil) }

    public func save() -> Data {
        var w = BinaryResource.Writer()
        w.u32(Self.magic); w.u32(Self.version); w.u64(features.rawValue); w.u32(UInt32(hashBits))
        w.u32(UInt32(Self.tagCount)); w.u32(gazetteerMask); w.string(language, length: UInt32.self); w.align(4)
        w.array(transitions.map { $0.bitPattern })
        if let c = clusters { w.u32(1); c.write(to: &w) } else { w.u32(0) }
        w.array(rowScaleBits); w.align(4)
        w.array(weights); w.align(4)
        return w.data
    }

    /// A copy whose decoder prefers entities more (bias > 0) or less (bias < 0): `bias` is
    /// subtracted from every transition into `O` (trades precision for recall).
    public func withOutsideBias(_ bias: Float) -> NERModel {
        var t = transitions
        for p in 0..<10 { t[p * Self.tagCount] -= bias }
        return NERModel(copying: self, transitions: t)
    }

    init(copying m: NERModel, transitions: [Float]) {
        features = m.features; hashBits = m.hashBits; language = m.language; gazetteerMask = m.gazetteerMask
        self.transitions = transitions; rowScaleBits = m.rowScaleBits
        weights = m.weights; clusters = m.clusters; resources = m.resources
    }

    var extractor: FeatureExtractor {
        var e = FeatureExtractor(groups: features, hashBits: hashBits, resources: resources, clusters: clusters)
        e.gazMask = gazetteerMask
        return e
    }

    /// Tags a tokenised sentence (BIO over PER/LOC/ORG/OTH).
    public func tag(_ tokens: [Substring]) -> [NERTag] { tagAny(tokens) }
    public func tag(_ tokens: [String]) -> [NERTag] { tagAny(tokens) }

    /// Entity spans of a tokenised sentence.
    public func entities(_ tokens: [Substring]) -> [NEREntity] { nerEntities(tagAny(tokens)) }

    func tagAny<S: StringProtocol>(_ tokens: [S]) -> [NERTag] {
        var scratch = TaggingScratch()
        extractor.extract(tokens, into: &scratch.features)
        return decode(&scratch)
    }

    /// Reusable buffers for tagging many sentences in a row (one per thread).
    public struct TaggingScratch {
        var features = FeatureExtractor.Scratch()
        var emissions: [Float] = []
        public init() {}
    }

    /// Tags one sentence given as token spans into a document's UTF-8 bytes; no strings are made.
    public func tag(utf8: UnsafeBufferPointer<UInt8>, spans: some Collection<Span>, scratch: inout TaggingScratch)
        -> [NERTag]
    {
        extractor.extract(utf8: utf8, spans: spans, into: &scratch.features)
        return decode(&scratch)
    }

    private func decode(_ scratch: inout TaggingScratch) -> [NERTag] {
        let n = scratch.features.offsets.count - 1
        if n <= 0 { return [] }
        if scratch.emissions.count < n * Self.tagCount {
            scratch.emissions = [Float](repeating: 0, count: n * Self.tagCount)
        }
        emissions(scratch.features.feats, scratch.features.offsets, &scratch.emissions)
        return viterbi(scratch.emissions, n, transitions).map { NERTag(rawValue: $0) }
    }

    func emissions(_ feats: [UInt32], _ offsets: [Int], _ out: inout [Float]) {
        let n = offsets.count - 1
        rowScaleBits.withUnsafeBufferPointer { sb in
            weights.withUnsafeBufferPointer { wb in
                feats.withUnsafeBufferPointer { fb in
                    out.withUnsafeMutableBufferPointer { ob in
                        let w = wb.baseAddress!, scales = sb.baseAddress!
                        for i in 0..<n {
                            var a0: Float = 0, a1: Float = 0, a2: Float = 0, a3: Float = 0, a4: Float = 0
                            var a5: Float = 0, a6: Float = 0, a7: Float = 0, a8: Float = 0
                            var k = offsets[i]
                            let end = offsets[i + 1]
                            while k < end {
                                let f = Int(fb[k])
                                let bits = scales[f]
                                if bits != 0 {
                                    let sc = Float(bitPattern: UInt32(bits) << 16)
                                    let p = w + f &* 9
                                    a0 += Float(p[0]) * sc; a1 += Float(p[1]) * sc; a2 += Float(p[2]) * sc
                                    a3 += Float(p[3]) * sc; a4 += Float(p[4]) * sc; a5 += Float(p[5]) * sc
                                    a6 += Float(p[6]) * sc; a7 += Float(p[7]) * sc; a8 += Float(p[8]) * sc
                                }
                                k &+= 1
                            }
                            let o = i * 9
                            ob[o] = a0; ob[o + 1] = a1; ob[o + 2] = a2; ob[o + 3] = a3; ob[o + 4] = a4
                            ob[o + 5] = a5; ob[o + 6] = a6; ob[o + 7] = a7; ob[o + 8] = a8
                        }
                    }
                }
            }
        }
    }
}

/// BIO validity: I-X may only follow B-X or I-X (and cannot start a sentence).
@inline(__always) func nerAllowed(_ prev: Int, _ cur: Int) -> Bool {
    // prev == -1: sentence start
    if cur == 0 || cur & 1 == 1 { return true }
    if prev <= 0 { return false }
    return (prev - 1) / 2 == (cur - 1) / 2
}

/// First-order Viterbi over 9 tags with BIO constraints. `emis` is n×9, `trans` 10×9
/// (row 0 = start). `allowed` optionally restricts the tags per position (bit mask).
package func viterbi(_ emis: [Float], _ n: Int, _ trans: [Float], allowed: [UInt16]? = nil) -> [UInt8] {
    let K = 9
    if n == 0 { return [] }
    var delta = [Float](repeating: 0, count: n * K)
    var back = [UInt8](repeating: 0, count: n * K)
    let neg: Float = -1e30
    for c in 0..<K {
        let ok = nerAllowed(-1, c) && (allowed == nil || allowed![0] & (1 << c) != 0)
        delta[c] = ok ? emis[c] + trans[c] : neg
    }
    if n > 1 {
        for i in 1..<n {
            let am: UInt16 = allowed?[i] ?? 0x1FF
            for c in 0..<K {
                var best = neg, arg = 0
                if am & (1 << c) != 0 {
                    for p in 0..<K where nerAllowed(p, c) {
                        let v = delta[(i - 1) * K + p] + trans[(p + 1) * K + c]
                        if v > best { best = v; arg = p }
                    }
                }
                delta[i * K + c] = best > neg ? best + emis[i * K + c] : neg
                back[i * K + c] = UInt8(arg)
            }
        }
    }
    var out = [UInt8](repeating: 0, count: n)
    var best = neg, arg = 0
    for c in 0..<K where delta[(n - 1) * K + c] > best { best = delta[(n - 1) * K + c]; arg = c }
    out[n - 1] = UInt8(arg)
    var i = n - 1
    while i > 0 { out[i - 1] = back[i * K + Int(out[i])]; i -= 1 }
    return out
}
