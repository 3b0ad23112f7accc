/// Keys of tokens made straight from a document's UTF-8 bytes, without making a `String`: the
/// one byte-level key maker the analyzers share (entity model features and gazetteers, the
/// sentiment lexicon, the dates and quotes lexicons).
///
/// A key is the 64-bit FNV-1a hash of the token's bytes, optionally folded while hashing
/// (`Folding`) and optionally finalised (`finalize`, for keys whose low bits index a table).
/// Folding is byte arithmetic: ASCII and Latin-1 capitals (Ä Ö Ü É …: `C3 80…9E` without
/// × `C3 97`) to lower case, and the typographic apostrophes ’ ‘ to `'`. Shipped resources
/// (the entity models and gazetteers, the compiled sentiment lexicon) store these keys, so
/// the hash, the folding and the finaliser must never change.
public enum TokenKey {
    /// The FNV-1a offset basis.
    public static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The FNV-1a prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// What is folded while hashing.
    public struct Folding: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// ASCII and Latin-1 capitals to lower case.
        public static let letterCase = Folding(rawValue: 1)
        /// ’ and ‘ (U+2019, U+2018) to `'`.
        public static let apostrophes = Folding(rawValue: 2)
        /// Both: the sentiment lexicon's keys.
        public static let all: Folding = [.letterCase, .apostrophes]
    }

    /// What one pass over a token's bytes finds: its key and its letter case (ASCII and
    /// Latin-1 letters only; other bytes are not counted).
    public struct Folded: Sendable {
        public var hash: UInt64
        public var upper = 0
        public var lower = 0
        /// The first letter is a capital.
        public var capitalised = false
    }

    /// One FNV-1a step.
    @inline(__always) public static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// FNV-1a of the bytes `start..<end` as they are, from `seed`.
    @inline(__always)
    public static func hash(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, seed: UInt64 = seed) -> UInt64 {
        var hash = seed
        var i = start
        while i < end { hash = mix(hash, bytes[i]); i &+= 1 }
        return hash
    }

    /// A 64-bit finaliser (MurmurHash3's fmix64): every bit of the key affects the low bits.
    @inline(__always) public static func finalize(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33; x &*= 0xff51afd7ed558ccd
        x ^= x >> 33; x &*= 0xc4ceb9fe1a85ec53
        x ^= x >> 33
        return x
    }

    /// The key of a phrase from the keys of its words.
    @inline(__always) public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a ^ 0x9E37_79B9_7F4A_7C15) &* prime ^ b
    }

    /// An ASCII capital `A`…`Z`.
    @inline(__always) public static func isASCIICapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// The second byte of a Latin-1 capital after `C3` (À…Þ without ×); adding 0x20 lowers it.
    @inline(__always) public static func isLatin1CapitalTrail(_ byte: UInt8) -> Bool {
        byte >= 0x80 && byte <= 0x9E && byte != 0x97
    }

    /// Hashes `start..<end`, folding as asked, and counts the letter case.
    /// - Complexity: O(end − start).
    @inline(__always)
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ folding: Folding) -> Folded
    {
        var folded = Folded(hash: seed)
        let letterCase = folding.contains(.letterCase)
        var i = start
        var first = true
        while i < end {
            var b = bytes[i]
            if isASCIICapital(b) {
                if letterCase { b += 0x20 }
                folded.upper += 1
                if first { folded.capitalised = true }
                first = false
            } else if b >= 0x61 && b <= 0x7A {
                folded.lower += 1
                first = false
            } else if b == 0xC3, i + 1 < end {
                // Latin-1 letters: C3 80…9E are capitals (except × at 97), C3 9F…BF small.
                var next = bytes[i + 1]
                if isLatin1CapitalTrail(next) {
                    if letterCase { next += 0x20 }
                    folded.upper += 1
                    if first { folded.capitalised = true }
                } else {
                    folded.lower += 1
                }
                first = false
                folded.hash = mix(mix(folded.hash, 0xC3), next)
                i += 2
                continue
            } else if folding.contains(.apostrophes), b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80,
                bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98
            {
                folded.hash = mix(folded.hash, 0x27)
                i += 3
                continue
            }
            folded.hash = mix(folded.hash, b)
            i += 1
        }
        return folded
    }

    /// The key of a word or phrase given as text.
    public static func hash(_ text: some StringProtocol, folding: Folding, finalized: Bool = false) -> UInt64 {
        let hash = Array(text.utf8).withUnsafeBufferPointer { fold($0, 0, $0.count, folding).hash }
        return finalized ? finalize(hash) : hash
    }

    /// The key of a phrase given as its words: the words' keys, `combine`d in order.
    public static func hash(words: [Substring], folding: Folding) -> UInt64 {
        words.dropFirst().reduce(hash(words[0], folding: folding)) { combine($0, hash($1, folding: folding)) }
    }

    /// The bytes `start..<end` in lower case: ASCII and Latin-1 letters by byte arithmetic,
    /// into the string's own storage (the common case, and much cheaper than Unicode case
    /// mapping); a token with other non-ASCII letters by Unicode case mapping.
    public static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var k = start
        while k < end {
            let b = bytes[k]
            if b < 0x80 { k += 1; continue }
            guard b == 0xC3, k + 1 < end, bytes[k + 1] >= 0x80, bytes[k + 1] <= 0xBF else {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
            }
            k += 2
        }
        return String(unsafeUninitializedCapacity: end - start) { target in
            var previous: UInt8 = 0
            for k in start..<end {
                let b = bytes[k]
                if isASCIICapital(b) || previous == 0xC3 && isLatin1CapitalTrail(b) {
                    target[k - start] = b + 0x20
                } else {
                    target[k - start] = b
                }
                previous = b
            }
            return end - start
        }
    }

    /// `lowercased` of a document's bytes.
    public static func lowercased(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        bytes.withUnsafeBufferPointer { lowercased($0, start, end) }
    }
}
