import Foundation
import LoupeCore

/// A compact open-addressing table mapping a 64-bit key hash to a small value
/// (`valueBits` bits). Each slot is a UInt32: fingerprint (high bits) | value.
/// Lookups can return false positives with probability ~2^-(indexBits + fingerprintBits).
public struct NERHashTable: Sendable {
    public let name: String
    let valueBits: UInt32
    let slots: [UInt32]
    let mask: Int
    public let count: Int

    static let magic: UInt32 = 0x315A_474C  // "LGZ1"

    /// Builds a table; values must be non-zero and < 2^valueBits. Duplicate keys OR their values.
    public init(name: String, valueBits: UInt32, entries: [(key: UInt64, value: UInt32)], loadFactor: Double = 0.55) {
        var merged: [UInt64: UInt32] = [:]
        for e in entries where e.value != 0 { merged[e.key, default: 0] |= e.value }
        var cap = 16
        while Double(merged.count) > Double(cap) * loadFactor { cap *= 2 }
        var slots = [UInt32](repeating: 0, count: cap)
        let fpBits = 32 - valueBits
        // deterministic insertion order
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            let fp = UInt32(truncatingIfNeeded: key >> (64 - UInt64(fpBits)))
            var i = Int(truncatingIfNeeded: key) & (cap - 1)
            while slots[i] != 0 { i = (i + 1) & (cap - 1) }
            slots[i] = (fp << valueBits) | value
        }
        self.name = name; self.valueBits = valueBits; self.slots = slots; self.mask = cap - 1; self.count = merged.count
    }

    init(name: String, valueBits: UInt32, slots: [UInt32], count: Int) {
        self.name = name; self.valueBits = valueBits; self.slots = slots; self.mask = slots.count - 1;
        self.count = count
    }

    @inline(__always) public func lookup(_ key: UInt64) -> UInt32 {
        let fpBits = 32 - valueBits
        let fp = UInt32(truncatingIfNeeded: key >> (64 - UInt64(fpBits)))
        let vmask: UInt32 = (1 << valueBits) - 1
        var i = Int(truncatingIfNeeded: key) & mask
        return slots.withUnsafeBufferPointer { s in
            while true {
                let e = s[i]
                if e == 0 { return 0 }
                if e >> valueBits == fp { return e & vmask }
                i = (i &+ 1) & mask
            }
        }
    }

    /// The key of a word in the tables and model files: `TokenKey`'s hash of its bytes as they
    /// are (no folding), finalised.
    public static func key(_ word: some StringProtocol) -> UInt64 { TokenKey.hash(word, folding: [], finalized: true) }

    public func lookup(_ s: some StringProtocol) -> UInt32 { lookup(Self.key(s)) }

    public func serialized() -> Data {
        var w = BinaryResource.Writer()
        write(to: &w)
        return w.data
    }

    /// Layout (little-endian, 4-byte aligned): `"LGZ1"`, name (u32 length, UTF-8, padding),
    /// value bits, slot count, key count (u32 each), the slots (u32 each).
    func write(to w: inout BinaryResource.Writer) {
        w.u32(Self.magic); w.string(name, length: UInt32.self); w.align(4)
        w.u32(valueBits); w.u32(UInt32(slots.count)); w.u32(UInt32(count))
        w.array(slots)
    }

    init(reader r: inout BinaryResource.Reader) throws {
        guard try r.u32() == Self.magic else { throw BinaryResource.Malformed.badMagic("NER hash table") }
        let name = try r.string(length: UInt32.self)
        try r.align(4)
        let vb = try r.u32(), cap = Int(try r.u32()), count = Int(try r.u32())
        guard cap > 0, cap & (cap - 1) == 0 else { throw BinaryResource.Malformed.truncated }
        self.init(name: name, valueBits: vb, slots: try r.array(cap), count: count)
    }

    public init(data: Data) throws {
        self = try BinaryResource.read(data) { try NERHashTable(reader: &$0) }
    }
}

/// Gazetteer flag bits as seen by the feature extractor.
public enum NERGaz {
    // german-nouns derived (CC BY-SA 4.0): bits 0-5
    public static let noun: UInt32 = 1 << 0
    public static let toponym: UInt32 = 1 << 1
    public static let givenNameWikt: UInt32 = 1 << 2
    public static let surnameWikt: UInt32 = 1 << 3
    public static let properName: UInt32 = 1 << 4
    public static let streetName: UInt32 = 1 << 5
    // first names (CC BY 3.0 DE): bits 6-7
    public static let firstNameFrequent: UInt32 = 1 << 6
    public static let firstNameRare: UInt32 = 1 << 7
    // surnames (Apache-2.0): bit 8
    public static let surname: UInt32 = 1 << 8
    public static let bitCount = 9
}

/// Gazetteer resources loaded alongside a model. Each table is a separate file so that each
/// keeps its own licence:
/// - `gaz-de-nouns.bin` (table name "nouns", german-nouns / Wiktionary, CC BY-SA 4.0)
/// - `gaz-firstnames.bin` ("firstnames", Berlin first names, CC BY 3.0 DE)
/// - `gaz-surnames.bin` ("surnames", GermaNER surname list, Apache-2.0)
public final class NERResources: Sendable {
    public let nouns: NERHashTable?
    public let firstNames: NERHashTable?
    public let surnames: NERHashTable?

    public init(nouns: NERHashTable?, firstNames: NERHashTable?, surnames: NERHashTable?) {
        self.nouns = nouns; self.firstNames = firstNames; self.surnames = surnames
    }

    public static let fileNames = ["gaz-de-nouns.bin", "gaz-firstnames.bin", "gaz-surnames.bin"]

    /// Loads whichever of the three resource files exist in `directory`.
    public convenience init(directory: URL) throws {
        func load(_ f: String) throws -> NERHashTable? {
            let u = directory.appendingPathComponent(f)
            guard FileManager.default.fileExists(atPath: u.path) else { return nil }
            return try NERHashTable(data: Data(contentsOf: u))
        }
        self.init(
            nouns: try load(Self.fileNames[0]), firstNames: try load(Self.fileNames[1]),
            surnames: try load(Self.fileNames[2]))
    }

    public var isEmpty: Bool { nouns == nil && firstNames == nil && surnames == nil }

    /// The word is a first name of the name lists.
    public func isFirstName(_ word: String) -> Bool { firstNames.map { $0.lookup(word) != 0 } ?? false }
    /// The word is a form of a German common noun (`Gewinne`, `Bahn`).
    public func isCommonNoun(_ word: String) -> Bool { nouns.map { $0.lookup(word) & NERGaz.noun != 0 } ?? false }
    /// The word is a place name of the noun list (Wiktionary's toponyms: `Hamburg`).
    public func isPlaceName(_ word: String) -> Bool { nouns.map { $0.lookup(word) & NERGaz.toponym != 0 } ?? false }

    /// Combined flag bits (`NERGaz`) for a key hash.
    @inline(__always) func flags(_ mask: UInt32, _ key: UInt64) -> UInt32 {
        var f: UInt32 = 0
        if mask & 0x3F != 0, let t = nouns { f |= t.lookup(key) }
        if mask & 0xC0 != 0, let t = firstNames { f |= t.lookup(key) << 6 }
        if mask & 0x100 != 0, let t = surnames { f |= t.lookup(key) << 8 }
        return f & mask
    }

    // MARK: building from the raw lists

    /// From `common-noun-forms.txt` and `proper-name-lemmas.tsv`.
    public static func buildNouns(commonNounForms: String, properNameLemmas: String) -> NERHashTable {
        var e: [(key: UInt64, value: UInt32)] = []
        for line in commonNounForms.split(separator: "\n") {
            let w = line.trimmingCharacters(in: .whitespaces)
            if !w.isEmpty { e.append((NERHashTable.key(w), NERGaz.noun)) }
        }
        for line in properNameLemmas.split(separator: "\n").dropFirst() {
            let c = line.split(separator: "\t")
            guard c.count >= 2 else { continue }
            var v: UInt32 = 0
            for k in c[1].split(separator: ",") {
                switch k.trimmingCharacters(in: .whitespaces) {
                case "Toponym": v |= NERGaz.toponym
                case "Vorname": v |= NERGaz.givenNameWikt
                case "Nachname": v |= NERGaz.surnameWikt
                case "Eigenname": v |= NERGaz.properName
                case "Straßenname": v |= NERGaz.streetName
                default: break
                }
            }
            if v != 0 { e.append((NERHashTable.key(c[0]), v)) }
        }
        return NERHashTable(name: "nouns", valueBits: 8, entries: e)
    }

    /// From `first-names-aggregated.tsv` (name, gender, count, years). Frequent = count ≥ `minFrequent`.
    public static func buildFirstNames(_ tsv: String, minFrequent: Int = 20) -> NERHashTable {
        var e: [(key: UInt64, value: UInt32)] = []
        for line in tsv.split(separator: "\n").dropFirst() {
            let c = line.split(separator: "\t")
            guard c.count >= 3, let n = Int(c[2]) else { continue }
            e.append((NERHashTable.key(c[0]), n >= minFrequent ? 1 : 2))
        }
        // a name frequent in one gender and rare in the other counts as frequent
        var best: [UInt64: UInt32] = [:]
        for x in e { best[x.key] = min(best[x.key] ?? 2, x.value) }
        return NERHashTable(name: "firstnames", valueBits: 8, entries: best.map { ($0.key, $0.value) })
    }

    /// From `surnames.txt`.
    public static func buildSurnames(_ txt: String) -> NERHashTable {
        var e: [(key: UInt64, value: UInt32)] = []
        for line in txt.split(separator: "\n") {
            let w = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !w.isEmpty { e.append((NERHashTable.key(w), 1)) }
        }
        return NERHashTable(name: "surnames", valueBits: 8, entries: e)
    }
}

extension NERResources {
    /// Name bits (toponym, given name, surname, proper name, street, first names, surnames) of a
    /// word as written, without the common-noun bit.
    public func nameFlags(_ word: String) -> UInt32 {
        flags(0x1FE, NERHashTable.key(word))
    }
}
