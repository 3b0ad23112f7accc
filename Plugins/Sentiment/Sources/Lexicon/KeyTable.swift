/// A frozen open-addressing hash table from lexicon keys to values. The keys are already
/// well-mixed 64-bit hashes, so a slot is the key's low bits: no second hashing (Swift's
/// `Dictionary` runs SipHash on every probe, a third of the scorer's time).
///
/// - Complexity: lookup O(1) expected, load factor ≤ 0.5.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ dictionary: [UInt64: Value]) {
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        for (key, value) in dictionary {
            let stored = Self.stored(key)
            var slot = Int(truncatingIfNeeded: stored) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = stored
            values[slot] = value
        }
        count = dictionary.count
    }

    var isEmpty: Bool { count == 0 }
    private(set) var count = 0

    /// 0 marks an empty slot; a key of 0 is stored as 1.
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) subscript(key: UInt64) -> Value? {
        let stored = Self.stored(key)
        var slot = Int(truncatingIfNeeded: stored) & mask
        while true {
            let k = keys[slot]
            if k == stored { return values[slot] }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
