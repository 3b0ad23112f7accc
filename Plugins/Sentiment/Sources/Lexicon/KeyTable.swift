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

    /// An empty table with room for `count` keys, filled with `insert` (the compiled lexicon).
    init(capacityFor count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
    }

    /// Adds a key that is not in the table yet; the table must have room (see `init(capacityFor:)`).
    mutating func insert(_ key: UInt64, _ value: Value) {
        let stored = Self.stored(key)
        var slot = Int(truncatingIfNeeded: stored) & mask
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = stored
        values[slot] = value
        count += 1
    }

    /// Every key and value, in slot order.
    func forEach(_ body: (UInt64, Value) -> Void) {
        for slot in keys.indices where keys[slot] != 0 { body(keys[slot], values[slot]!) }
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
