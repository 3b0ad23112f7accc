// Feature extraction: every feature is a hashed template/value pair mapped into a
// fixed table of 2^hashBits rows (one weight per tag in each row).

import LoupeCore

/// Feature groups (stored in the model so that tagging uses the training configuration).
public struct NERFeatureSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }
    public static let word = NERFeatureSet(rawValue: 1 << 0)  // word, lower-cased word
    public static let affix = NERFeatureSet(rawValue: 1 << 1)  // prefixes 1-4, suffixes 1-5
    public static let shape = NERFeatureSet(rawValue: 1 << 2)  // shape, short shape, flags, first-token
    public static let context = NERFeatureSet(rawValue: 1 << 3)  // words at ±1, ±2
    public static let contextShape = NERFeatureSet(rawValue: 1 << 4)  // shapes at ±1, shape trigram
    public static let bigram = NERFeatureSet(rawValue: 1 << 5)  // word bigrams with ±1
    public static let gazetteer = NERFeatureSet(rawValue: 1 << 6)  // gazetteer flags at 0, ±1
    public static let stem = NERFeatureSet(rawValue: 1 << 7)  // genitive/plural-stripped form + its gazetteer flags
    public static let hyphen = NERFeatureSet(rawValue: 1 << 8)  // hyphen parts
    public static let cluster = NERFeatureSet(rawValue: 1 << 9)  // distributional word clusters at 0, ±1
    public static let contextAffix = NERFeatureSet(rawValue: 1 << 10)  // suffix-3 of neighbours
    public static let capNoun = NERFeatureSet(rawValue: 1 << 11)  // "capitalised but not a common noun" conjunctions

    public static let all: NERFeatureSet = [
        .word, .affix, .shape, .context, .contextShape, .bigram, .gazetteer,
        .stem, .hyphen, .cluster, .contextAffix, .capNoun,
    ]

    public static let names: [(String, NERFeatureSet)] = [
        ("word", .word), ("affix", .affix), ("shape", .shape), ("context", .context),
        ("contextShape", .contextShape), ("bigram", .bigram), ("gazetteer", .gazetteer),
        ("stem", .stem), ("hyphen", .hyphen), ("cluster", .cluster), ("contextAffix", .contextAffix),
        ("capNoun", .capNoun),
    ]
    public static func parse(_ s: String) -> NERFeatureSet? {
        if s == "all" { return .all }
        var r: NERFeatureSet = []
        for p in s.split(separator: ",") {
            guard let f = names.first(where: { $0.0 == p }) else { return nil }
            r.insert(f.1)
        }
        return r
    }
    /// `all`, `all,-cluster`, `word,affix`: groups added and (with `-`) removed, left to right.
    public static func parseList(_ s: String) -> NERFeatureSet? {
        var set: NERFeatureSet = []
        for part in s.split(separator: ",") {
            let remove = part.hasPrefix("-")
            guard let f = parse(String(remove ? part.dropFirst() : part)) else { return nil }
            if remove { set.subtract(f) } else { set.formUnion(f) }
        }
        return set
    }
    public var names: [String] { Self.names.filter { contains($0.1) }.map { $0.0 } }
}

// token flag bits
let fCap: UInt32 = 1 << 0, fAllCaps: UInt32 = 1 << 1, fHasDigit: UInt32 = 1 << 2, fAllDigit: UInt32 = 1 << 3
let fHyphen: UInt32 = 1 << 4, fPunct: UInt32 = 1 << 5, fInnerCap: UInt32 = 1 << 6, fDot: UInt32 = 1 << 7
let fHash: UInt32 = 1 << 8, fAt: UInt32 = 1 << 9, fNonASCII: UInt32 = 1 << 10, fLong: UInt32 = 1 << 11
let fShort: UInt32 = 1 << 12, fURL: UInt32 = 1 << 13
let flagCount = 14

struct TokInfo {
    var start = 0, end = 0
    var hWord: UInt64 = 0, hLower: UInt64 = 0, hShape: UInt64 = 0, hShort: UInt64 = 0
    var hSuf3: UInt64 = 0
    var flags: UInt32 = 0
    var gaz: UInt32 = 0
    var gazStem: UInt32 = 0
    var gazLowerCap: UInt32 = 0
    var hStem: UInt64 = 0
    var hypFirst: UInt64 = 0, hypLast: UInt64 = 0, hypFirstShort: UInt64 = 0
    var gazHypFirst: UInt32 = 0, gazHypLast: UInt32 = 0
    var cluster: UInt32 = 0
    var cluster2: UInt32 = 0
}

// template ids
enum T: UInt64 {
    case bias = 1, word, lower, shape, shortShape, flag, firstShape, pre, suf, wm1, wm2, wp1, wp2, ssm1, ssp1, ssTri,
        bim1, bip1, gaz, gazCap, gazM1, gazP1, capNotNoun, capNotNounFirst, capUnknown, stem, stemGaz, hypFirst,
        hypLast,
        hypFirstGaz, hypLastGaz, hypFirstShape, cl, clm1, clp1, cl2, sufm1, sufp1, gazPair, lenBucket, capNotNounPrev,
        capNotNounNext, lowerInitial
}

/// Extracts hashed features for a sentence. `package`: the trainer (`LoupeEntitiesTools`)
/// extracts with it too.
package struct FeatureExtractor {
    let groups: NERFeatureSet
    let hashBits: Int
    let resources: NERResources?
    let clusters: NERHashTable?
    /// Gazetteer bits (`NERGaz`) this model uses; others are ignored.
    package var gazMask: UInt32 = 0xFFFF_FFFF

    package init(groups: NERFeatureSet, hashBits: Int, resources: NERResources?, clusters: NERHashTable?) {
        self.groups = groups; self.hashBits = hashBits; self.resources = resources; self.clusters = clusters
    }

    var mask: UInt32 { UInt32((1 << hashBits) - 1) }

    // per-call scratch
    package struct Scratch {
        var raw: [UInt8] = []
        var low: [UInt8] = []
        var info: [TokInfo] = []
        package var feats: [UInt32] = []
        package var offsets: [Int] = []

        package init() {}

        mutating func reset() {
            raw.removeAll(keepingCapacity: true)
            low.removeAll(keepingCapacity: true)
            info.removeAll(keepingCapacity: true)
            feats.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
        }

        mutating func appendToken(_ bytes: some Collection<UInt8>) {
            var ti = TokInfo()
            ti.start = raw.count
            raw.append(contentsOf: bytes)
            ti.end = raw.count
            info.append(ti)
        }
    }

    /// Fills `s.feats` / `s.offsets` (token i's features are feats[offsets[i]..<offsets[i+1]]).
    package func extract<S: StringProtocol>(_ tokens: [S], into s: inout Scratch) {
        s.reset()
        for t in tokens { s.appendToken(t.utf8) }
        finish(&s)
    }

    /// The same from a document's bytes and token spans, without creating strings.
    func extract(utf8: UnsafeBufferPointer<UInt8>, spans: some Collection<Span>, into s: inout Scratch) {
        s.reset()
        for span in spans { s.appendToken(UnsafeBufferPointer(rebasing: utf8[span.start..<span.end])) }
        finish(&s)
    }

    private func finish(_ s: inout Scratch) {
        s.low.append(contentsOf: s.raw)
        let n = s.info.count
        let m = mask
        let g = groups
        let res =
            (g.contains(.gazetteer) || g.contains(.stem) || g.contains(.hyphen) || g.contains(.capNoun))
            ? resources : nil
        s.raw.withUnsafeMutableBufferPointer { rawB in
            s.low.withUnsafeMutableBufferPointer { lowB in
                s.info.withUnsafeMutableBufferPointer { info in
                    let raw = rawB.baseAddress!, low = lowB.baseAddress!
                    for i in 0..<n { analyse(&info[i], raw, low, res) }
                }
            }
        }
        s.offsets.reserveCapacity(n + 1)
        s.feats.reserveCapacity(n * 64)
        s.offsets.append(0)
        s.info.withUnsafeBufferPointer { info in
            s.low.withUnsafeBufferPointer { lowB in
                let low = lowB.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1)!
                for i in 0..<n {
                    emit(i, n, info, low, m, g, &s.feats)
                    s.offsets.append(s.feats.count)
                }
            }
        }
    }

    @inline(__always) static func isCont(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    @inline(__always) func analyse(
        _ ti: inout TokInfo, _ raw: UnsafeMutablePointer<UInt8>, _ low: UnsafeMutablePointer<UInt8>,
        _ res: NERResources?
    ) {
        let s = ti.start, e = ti.end
        var flags: UInt32 = 0
        var shape: UInt64 = TokenKey.seed, short: UInt64 = TokenKey.seed
        var lastCls: UInt8 = 0, shapeLen = 0
        var letters = 0, uppers = 0, digits = 0, others = 0, scalars = 0
        var firstHyphen = -1, lastHyphen = -1
        var i = s
        while i < e {
            let b = raw[i]
            var cls: UInt8
            var len = 1
            if b < 0x80 {
                if TokenKey.isASCIICapital(b) {
                    cls = 0x58; low[i] = b + 32; uppers += 1; letters += 1;
                    if scalars == 0 { flags |= fCap } else if letters > uppers { flags |= fInnerCap }
                } else if b >= 0x61 && b <= 0x7A {
                    cls = 0x78; letters += 1
                } else if b >= 0x30 && b <= 0x39 {
                    cls = 0x64; digits += 1
                } else {
                    cls = b; others += 1
                    if b == 0x2D {
                        if i > s && i < e - 1 { if firstHyphen < 0 { firstHyphen = i }; lastHyphen = i };
                        flags |= fHyphen
                    } else if b == 0x2E {
                        flags |= fDot
                    } else if b == 0x23 && i == s {
                        flags |= fHash
                    } else if b == 0x40 && i == s {
                        flags |= fAt
                    }
                }
            } else {
                flags |= fNonASCII
                if b >= 0xF0 { len = 4 } else if b >= 0xE0 { len = 3 } else { len = 2 }
                if b == 0xC3 && i + 1 < e {
                    let c = raw[i + 1]
                    if TokenKey.isLatin1CapitalTrail(c) {
                        cls = 0x58; low[i + 1] = c + 0x20; uppers += 1; letters += 1
                        if scalars == 0 { flags |= fCap }
                    } else {
                        cls = 0x78; letters += 1
                    }
                } else if b < 0xE0 {
                    cls = 0x78; letters += 1
                }  // other Latin/Greek/Cyrillic: treat as lower letter
                else {
                    cls = 0x6F; others += 1
                }  // symbols, CJK, emoji
            }
            if shapeLen < 12 { shape = TokenKey.mix(shape, cls); shapeLen += 1 }
            if cls != lastCls { short = TokenKey.mix(short, cls); lastCls = cls }
            scalars += 1
            i += len
        }
        if uppers >= 2 && uppers == letters { flags |= fAllCaps }
        if digits > 0 { flags |= fHasDigit; if digits == scalars { flags |= fAllDigit } }
        if letters == 0 && digits == 0 { flags |= fPunct }
        if scalars >= 12 { flags |= fLong }
        if scalars <= 2 { flags |= fShort }
        if scalars > 6 && raw[s] == 0x68 && e - s > 6 && raw[s + 1] == 0x74 && raw[s + 2] == 0x74 && raw[s + 3] == 0x70
        {
            flags |= fURL
        }
        ti.flags = flags
        ti.hWord = TokenKey.finalize(TokenKey.hash(raw, s, e))
        ti.hLower = TokenKey.finalize(TokenKey.hash(low, s, e))
        ti.hShape = shape
        ti.hShort = short
        // suffix 3 (scalars) of lower-cased form
        var k = e, cnt = 0
        while k > s && cnt < 3 { k -= 1; if !Self.isCont(low[k]) { cnt += 1 } }
        ti.hSuf3 = TokenKey.hash(low, k, e)
        if let res = res {
            ti.gaz = res.flags(gazMask, ti.hWord)
            if flags & fAllCaps != 0 && scalars >= 3 {
                // ALL-CAPS: also look up the capitalised form (BERLIN → Berlin)
                let h = TokenKey.hash(low, s + 1, e, seed: TokenKey.mix(TokenKey.seed, raw[s]))
                ti.gaz |= res.flags(gazMask, TokenKey.finalize(h)) & ~NERGaz.noun
            }
            if uppers == 0 && letters >= 3 && raw[s] >= 0x61 && raw[s] <= 0x7A {
                // lower-case token whose capitalised form is a name (emma → Emma); noun bit ignored
                let h = TokenKey.hash(raw, s + 1, e, seed: TokenKey.mix(TokenKey.seed, raw[s] - 32))
                ti.gazLowerCap = res.flags(gazMask, TokenKey.finalize(h)) & ~NERGaz.noun
            }
            if flags & fCap != 0 && scalars >= 4 {
                // genitive / plural stripping: -s, -es, -n, -ns, -'s
                var gs: UInt32 = 0
                let last = raw[e - 1]
                if last == 0x73 {  // s
                    gs |= res.flags(gazMask, TokenKey.finalize(TokenKey.hash(raw, s, e - 1)))
                    if raw[e - 2] == 0x65 { gs |= res.flags(gazMask, TokenKey.finalize(TokenKey.hash(raw, s, e - 2))) }
                    if raw[e - 2] == 0x6E { gs |= res.flags(gazMask, TokenKey.finalize(TokenKey.hash(raw, s, e - 2))) }
                    if raw[e - 2] == 0x27 { gs |= res.flags(gazMask, TokenKey.finalize(TokenKey.hash(raw, s, e - 2))) }
                } else if last == 0x6E {
                    gs |= res.flags(gazMask, TokenKey.finalize(TokenKey.hash(raw, s, e - 1)))
                }
                ti.gazStem = gs
            }
            if lastHyphen > 0 {
                ti.gazHypFirst = res.flags(gazMask, TokenKey.finalize(TokenKey.hash(raw, s, firstHyphen)))
                ti.gazHypLast = res.flags(gazMask, TokenKey.finalize(TokenKey.hash(raw, lastHyphen + 1, e)))
            }
        }
        if flags & fCap != 0 && scalars >= 4 {
            let last = low[e - 1]
            if last == 0x73 { ti.hStem = TokenKey.finalize(TokenKey.hash(low, s, e - 1)) }
        }
        if lastHyphen > 0 {
            ti.hypFirst = TokenKey.hash(low, s, firstHyphen)
            ti.hypLast = TokenKey.hash(low, lastHyphen + 1, e)
            // short shape of first part
            var h: UInt64 = TokenKey.seed, lc: UInt8 = 0
            var j = s
            while j < firstHyphen {
                let b = raw[j]
                let c: UInt8 =
                    (b >= 0x41 && b <= 0x5A)
                    ? 0x58 : (b >= 0x61 && b <= 0x7A) ? 0x78 : (b >= 0x30 && b <= 0x39) ? 0x64 : 0x6F
                if c != lc { h = TokenKey.mix(h, c); lc = c }
                j += 1
            }
            ti.hypFirstShort = h
        }
        if let cl = clusters {
            let v = cl.lookup(ti.hLower)
            ti.cluster = v & 0x3FF
            ti.cluster2 = v >> 10
        }
    }

    @inline(__always) func emit(
        _ i: Int, _ n: Int, _ info: UnsafeBufferPointer<TokInfo>, _ low: UnsafePointer<UInt8>,
        _ m: UInt32, _ g: NERFeatureSet, _ out: inout [UInt32]
    ) {
        @inline(__always) func add(_ t: T, _ v: UInt64) {
            out.append(UInt32(truncatingIfNeeded: TokenKey.finalize(v ^ (t.rawValue &* 0x9E3779B97F4A7C15))) & m)
        }
        let ti = info[i]
        let bos: UInt64 = 0x1234_5678_9ABC_DEF1, eos: UInt64 = 0x0FED_CBA9_8765_4321
        add(.bias, 0)
        let cap = ti.flags & fCap != 0
        let first = i == 0 || (i == 1 && info[0].flags & fPunct != 0)
        if g.contains(.word) {
            add(.word, ti.hWord)
            add(.lower, ti.hLower)
        }
        if g.contains(.shape) {
            add(.shape, ti.hShape)
            add(.shortShape, ti.hShort)
            var f = ti.flags
            while f != 0 {
                let b = UInt64(f.trailingZeroBitCount)
                add(.flag, b)
                f &= f - 1
            }
            add(.firstShape, ti.hShort &+ (first ? 1 : 0))
        }
        if g.contains(.affix) {
            let s = ti.start, e = ti.end
            // prefixes 1..4 scalars
            var h: UInt64 = TokenKey.seed
            var k = s, cnt = 0
            while k < e && cnt < 4 {
                h = TokenKey.mix(h, low[k])
                k += 1
                if k == e || !FeatureExtractor.isCont(low[k]) { cnt += 1; if k < e { add(.pre, h &+ UInt64(cnt)) } }
            }
            // suffixes 1..5 scalars (hash computed from the suffix start)
            k = e; cnt = 0
            while k > s && cnt < 5 {
                k -= 1
                if !FeatureExtractor.isCont(low[k]) {
                    cnt += 1
                    if k > s { add(.suf, TokenKey.hash(low, k, e) &+ UInt64(cnt)) }
                }
            }
        }
        if g.contains(.context) {
            add(.wm1, i >= 1 ? info[i - 1].hLower : bos)
            add(.wm2, i >= 2 ? info[i - 2].hLower : bos)
            add(.wp1, i + 1 < n ? info[i + 1].hLower : eos)
            add(.wp2, i + 2 < n ? info[i + 2].hLower : eos)
        }
        if g.contains(.contextShape) {
            let a = i >= 1 ? info[i - 1].hShort : bos
            let c = i + 1 < n ? info[i + 1].hShort : eos
            add(.ssm1, a)
            add(.ssp1, c)
            add(.ssTri, combine(combine(a, ti.hShort), c))
        }
        if g.contains(.contextAffix) {
            add(.sufm1, i >= 1 ? info[i - 1].hSuf3 : bos)
            add(.sufp1, i + 1 < n ? info[i + 1].hSuf3 : eos)
        }
        if g.contains(.bigram) {
            add(.bim1, combine(i >= 1 ? info[i - 1].hLower : bos, ti.hLower))
            add(.bip1, combine(ti.hLower, i + 1 < n ? info[i + 1].hLower : eos))
        }
        if g.contains(.gazetteer) {
            var f = ti.gaz
            while f != 0 {
                let b = UInt64(f.trailingZeroBitCount)
                add(.gaz, b)
                add(.gazCap, b &* 2 &+ (cap ? 1 : 0))
                f &= f - 1
            }
            var lc = ti.gazLowerCap
            while lc != 0 { add(.lowerInitial, UInt64(lc.trailingZeroBitCount)); lc &= lc - 1 }
            add(.gazPair, UInt64(ti.gaz) | (cap ? 1 << 20 : 0) | (first ? 1 << 21 : 0))
            if i >= 1 {
                var f = info[i - 1].gaz; while f != 0 { add(.gazM1, UInt64(f.trailingZeroBitCount)); f &= f - 1 }
            }
            if i + 1 < n {
                var f = info[i + 1].gaz; while f != 0 { add(.gazP1, UInt64(f.trailingZeroBitCount)); f &= f - 1 }
            }
        }
        if g.contains(.capNoun) {
            let cnn = cap && ti.gaz & NERGaz.noun == 0 && ti.flags & fAllCaps == 0
            if cnn {
                add(first ? .capNotNounFirst : .capNotNoun, ti.gaz == 0 ? 0 : 1)
                if ti.gaz == 0 && ti.gazStem == 0 { add(.capUnknown, first ? 1 : 0) }
            }
            if ti.flags & fAllCaps != 0 { add(.capNotNoun, 2) }
            if i >= 1 {
                let p = info[i - 1];
                add(.capNotNounPrev, (p.flags & fCap != 0 && p.gaz & NERGaz.noun == 0 ? 1 : 0) &+ (cnn ? 2 : 0))
            }
            if i + 1 < n {
                let p = info[i + 1];
                add(.capNotNounNext, (p.flags & fCap != 0 && p.gaz & NERGaz.noun == 0 ? 1 : 0) &+ (cnn ? 2 : 0))
            }
        }
        if g.contains(.stem) {
            if ti.hStem != 0 { add(.stem, ti.hStem) }
            var f = ti.gazStem
            while f != 0 { add(.stemGaz, UInt64(f.trailingZeroBitCount)); f &= f - 1 }
        }
        if g.contains(.hyphen) && ti.hypFirst != 0 {
            add(.hypFirst, ti.hypFirst)
            add(.hypLast, ti.hypLast)
            add(.hypFirstShape, ti.hypFirstShort)
            var f = ti.gazHypFirst
            while f != 0 { add(.hypFirstGaz, UInt64(f.trailingZeroBitCount)); f &= f - 1 }
            f = ti.gazHypLast
            while f != 0 { add(.hypLastGaz, UInt64(f.trailingZeroBitCount)); f &= f - 1 }
        }
        if g.contains(.cluster) {
            add(.cl, UInt64(ti.cluster))
            add(.cl2, UInt64(ti.cluster2))
            add(.clm1, i >= 1 ? UInt64(info[i - 1].cluster) : 0xFFFF)
            add(.clp1, i + 1 < n ? UInt64(info[i + 1].cluster) : 0xFFFF)
        }
    }
}
