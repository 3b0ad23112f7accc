import LoupeCore

/// The document's tokens as the grammar reads them: lower-cased keys (an abbreviation's or
/// ordinal's period dropped), kinds, capitalisation, spacing, and lexicon entries looked up once.
struct TokenView {
    let keys: [String]
    let kinds: [TokenKind]
    let capitalized: [Bool]
    let spaceBefore: [Bool]
    let entries: [LexEntry?]

    init(_ document: Document, lexicon: Lexicon) {
        let bytes = document.utf8
        var keys: [String] = [], kinds: [TokenKind] = [], caps: [Bool] = [], spaces: [Bool] = [], entries: [LexEntry?] = []
        let n = document.tokens.count
        keys.reserveCapacity(n); kinds.reserveCapacity(n); caps.reserveCapacity(n); spaces.reserveCapacity(n)
        entries.reserveCapacity(n)
        for token in document.tokens {
            let start = token.span.start
            var end = token.span.end
            if (token.kind == .abbreviation || token.kind == .ordinal), end - start > 1, bytes[end - 1] == 46 { end -= 1 }
            let first = bytes[start]
            caps.append(first >= 65 && first <= 90 || first == 0xC3 && start + 1 < end && bytes[start + 1] >= 0x80 && bytes[start + 1] <= 0x9E)
            var key = ""
            if end - start <= 40 {
                var ascii = true
                for k in start..<end where bytes[k] >= 0x80 { ascii = false; break }
                if ascii {
                    var lowered = [UInt8](repeating: 0, count: end - start)
                    for k in start..<end { let b = bytes[k]; lowered[k - start] = b >= 65 && b <= 90 ? b + 32 : b }
                    key = String(decoding: lowered, as: UTF8.self)
                } else {
                    key = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
                }
            }
            keys.append(key)
            kinds.append(token.kind)
            spaces.append(token.spaceBefore)
            entries.append(key.isEmpty ? nil : lexicon(key))
        }
        self.keys = keys
        self.kinds = kinds
        self.capitalized = caps
        self.spaceBefore = spaces
        self.entries = entries
    }
}
