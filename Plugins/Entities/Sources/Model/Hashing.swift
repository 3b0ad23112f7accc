// Feature hashing helpers (token keys are `TokenKey`'s: FNV-1a of the bytes, finalised).

import LoupeCore

/// A feature conjunction's key from its parts' keys (order matters).
@inline(__always) func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    TokenKey.finalize(a &* 0x9E3779B97F4A7C15 ^ b)
}

/// Deterministic PRNG (SplitMix64).
public struct NERRandom: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    /// Uniform in 0..<n (n > 0); deterministic across platforms.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
