// Hashing helpers (FNV-1a over UTF-8 bytes + a 64-bit finaliser).

@inline(__always) func fnv1a(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                             _ seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
    var h = seed
    var i = start
    while i < end { h = (h ^ UInt64(p[i])) &* 0x100000001b3; i &+= 1 }
    return h
}

@inline(__always) func mix64(_ v: UInt64) -> UInt64 {
    var x = v
    x ^= x >> 33; x &*= 0xff51afd7ed558ccd
    x ^= x >> 33; x &*= 0xc4ceb9fe1a85ec53
    x ^= x >> 33
    return x
}

@inline(__always) func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    mix64(a &* 0x9E3779B97F4A7C15 ^ b)
}

/// Hash of a string key as used by the resource tables (FNV-1a of UTF-8, finalised).
public func nerKeyHash(_ s: some StringProtocol) -> UInt64 {
    var bytes = Array(s.utf8)
    return bytes.withUnsafeMutableBufferPointer { mix64(fnv1a($0.baseAddress!, 0, $0.count)) }
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

// MARK: little-endian binary helpers

struct BinaryWriter {
    var data = Data()
    mutating func u32(_ v: UInt32) { var x = v.littleEndian; Swift.withUnsafeBytes(of: &x) { data.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { var x = v.littleEndian; Swift.withUnsafeBytes(of: &x) { data.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func string(_ s: String) { let b = Array(s.utf8); u32(UInt32(b.count)); bytes(b); align4() }
    mutating func align4() { while data.count % 4 != 0 { data.append(0) } }
    mutating func u32Array(_ a: [UInt32]) {
        a.withUnsafeBufferPointer { p in
            if UInt32(1).littleEndian == 1 { data.append(UnsafeBufferPointer(start: UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: UInt8.self), count: p.count * 4)) }
            else { for v in a { u32(v) } }
        }
    }
    mutating func u16Array(_ a: [UInt16]) {
        if UInt32(1).littleEndian == 1 { a.withUnsafeBytes { data.append(contentsOf: $0) } }
        else { for v in a { var x = v.littleEndian; Swift.withUnsafeBytes(of: &x) { data.append(contentsOf: $0) } } }
        align4()
    }
    mutating func i8Array(_ a: [Int8]) {
        a.withUnsafeBytes { data.append(contentsOf: $0) }
        align4()
    }
    mutating func i16Array(_ a: [Int16]) {
        a.withUnsafeBufferPointer { p in
            if UInt32(1).littleEndian == 1 { data.append(UnsafeBufferPointer(start: UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: UInt8.self), count: p.count * 2)) }
            else { for v in a { var x = v.littleEndian; Swift.withUnsafeBytes(of: &x) { data.append(contentsOf: $0) } } }
        }
        align4()
    }
}

import Foundation

public enum NERFormatError: Error, CustomStringConvertible {
    case badMagic(String), truncated, unsupportedVersion(UInt32)
    public var description: String {
        switch self {
        case .badMagic(let m): return "not a \(m) file"
        case .truncated: return "file truncated"
        case .unsupportedVersion(let v): return "unsupported version \(v)"
        }
    }
}

struct BinaryReader {
    let data: Data
    var pos: Int
    init(_ d: Data) { data = d; pos = d.startIndex }
    mutating func need(_ n: Int) throws { if pos + n > data.endIndex { throw NERFormatError.truncated } }
    mutating func u32() throws -> UInt32 {
        try need(4)
        var v: UInt32 = 0
        _ = withUnsafeMutableBytes(of: &v) { data.copyBytes(to: $0, from: pos..<(pos + 4)) }
        pos += 4
        return UInt32(littleEndian: v)
    }
    mutating func u64() throws -> UInt64 {
        try need(8)
        var v: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &v) { data.copyBytes(to: $0, from: pos..<(pos + 8)) }
        pos += 8
        return UInt64(littleEndian: v)
    }
    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
    mutating func align4() { while (pos - data.startIndex) % 4 != 0 { pos += 1 } }
    mutating func string() throws -> String {
        let n = Int(try u32()); try need(n)
        let s = String(decoding: data[pos..<(pos + n)], as: UTF8.self)
        pos += n; align4(); return s
    }
    /// `n` little-endian integers, then padding to the next 4-byte boundary.
    mutating func array<T: FixedWidthInteger>(_ n: Int, of type: T.Type = T.self) throws -> [T] {
        let size = n * MemoryLayout<T>.size
        try need(size)
        var a = [T](repeating: 0, count: n)
        a.withUnsafeMutableBytes { _ = data.copyBytes(to: $0, from: pos..<(pos + size)) }
        pos += size
        if UInt32(1).littleEndian != 1 { a = a.map { T(littleEndian: $0) } }
        align4()
        return a
    }
    mutating func u32Array(_ n: Int) throws -> [UInt32] { try array(n) }
    mutating func u16Array(_ n: Int) throws -> [UInt16] { try array(n) }
    mutating func i8Array(_ n: Int) throws -> [Int8] { try array(n) }
    mutating func i16Array(_ n: Int) throws -> [Int16] { try array(n) }
}
