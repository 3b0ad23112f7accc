/// Lexicon keys: a 64-bit FNV-1a hash of a word's bytes, case-folded while hashing, so that the
/// scorer looks a token up straight from the document's UTF-8 bytes without making a `String`.
///
/// Folding: ASCII and Latin-1 capitals (Ä Ö Ü É …) to lower case, the typographic apostrophe
/// ’ (and ‘) to `'`. With some 200,000 keys a 64-bit collision is vanishingly unlikely.
enum LexiconKey {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// What one pass over a word's bytes finds: its key and its letter case.
    struct Folded {
        var hash: UInt64
        var upper = 0
        var lower = 0
        /// The first letter is a capital.
        var capitalised = false
    }

    /// - Complexity: O(end − start).
    @inline(__always)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Folded {
        var folded = Folded(hash: seed)
        var i = start
        var first = true
        while i < end {
            var b = bytes[i]
            if b >= 0x41 && b <= 0x5A {
                b += 0x20
                folded.upper += 1
                if first { folded.capitalised = true }
                first = false
            } else if b >= 0x61 && b <= 0x7A {
                folded.lower += 1
                first = false
            } else if b == 0xC3, i + 1 < end {
                // Latin-1 letters: C3 80…9E are capitals (except × at 97), C3 9F…BF small.
                var next = bytes[i + 1]
                if next >= 0x80 && next <= 0x9E && next != 0x97 {
                    next += 0x20
                    folded.upper += 1
                    if first { folded.capitalised = true }
                } else {
                    folded.lower += 1
                }
                first = false
                folded.hash = mix(mix(folded.hash, 0xC3), next)
                i += 2
                continue
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                folded.hash = mix(folded.hash, 0x27)
                i += 3
                continue
            }
            folded.hash = mix(folded.hash, b)
            i += 1
        }
        return folded
    }

    static func hash(_ text: some StringProtocol) -> UInt64 {
        Array(text.utf8).withUnsafeBufferPointer { fold($0, 0, $0.count).hash }
    }

    /// The key of a phrase from the keys of its words.
    @inline(__always) static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a ^ 0x9E37_79B9_7F4A_7C15) &* prime ^ b
    }

    static func phraseHash(_ words: [Substring]) -> UInt64 {
        words.dropFirst().reduce(hash(words[0])) { combine($0, hash($1)) }
    }
}
