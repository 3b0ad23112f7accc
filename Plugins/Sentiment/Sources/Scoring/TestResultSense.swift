import LoupeCore

/// `positiv` and `negativ` next to a test or a case are medical results, not praise or blame: a
/// positive test or a positive case is bad news ("Er wurde positiv getestet", "positive
/// Corona-Fälle", "tested positive"), a negative test none. Where one of them has a test word
/// within `reach` words in its clause (or a compound ending in one: `Corona-Fälle`, `Schnelltest`),
/// it takes the valence of the result instead of its lexicon one.
enum TestResultSense {
    /// A positive result, on VADER's scale: clearly bad news, but not a catastrophe.
    static let positiveResult: Float = -1.8
    /// "positiv auf das Virus getestet": the verb may close the clause a few words on.
    static let reach = 4

    static let results: KeyTable<Bool> = {
        var table: [UInt64: Bool] = [:]
        for (stem, positive) in [("positiv", true), ("negativ", false)] {
            for ending in ["", "e", "en", "er", "es", "em"] {
                table[TokenKey.hash(stem + ending, folding: .all)] = positive
            }
        }
        table[TokenKey.hash("positive", folding: .all)] = true
        table[TokenKey.hash("negative", folding: .all)] = false
        return KeyTable(table)
    }()

    /// Test words, matched at the end of a word (`getestet`, `Schnelltests`, `Corona-Fälle`).
    static let testWords: [[UInt8]] = [
        "getestet", "test", "tests", "testergebnis", "fall", "fälle", "fällen", "befund", "befunde",
        "tested", "testing", "case", "cases",
    ].map { Array($0.utf8) }

    static func apply(_ items: inout [SentimentItem], _ bytes: UnsafeBufferPointer<UInt8>, german: Bool) {
        for i in items.indices where items[i].isWord && items[i].valence != 0 {
            guard let positive = results[items[i].key] else { continue }
            var neighbours: [Int] = []
            var j = i
            while j > 0, i - j < reach, !items[j].boundaryBefore {
                j -= 1
                neighbours.append(j)
            }
            j = i + 1
            while j < items.count, j - i <= reach, !items[j].boundaryBefore {
                neighbours.append(j)
                j += 1
            }
            guard neighbours.contains(where: { items[$0].isWord && endsInTestWord(items[$0].span, bytes) }) else {
                continue
            }
            items[i].valence = positive ? positiveResult : 0
            items[i].source = positive ? .word : .none
        }
    }

    static func endsInTestWord(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        testWords.contains { word in
            guard word.count <= span.length else { return false }
            let start = span.end - word.count
            // A whole word, or the head of a compound (`Schnell|test`, `Corona-|Fälle`).
            guard word.count >= 4 || start == span.start else { return false }
            for k in 0..<word.count {
                var b = bytes[start + k]
                if TokenKey.isASCIICapital(b) { b += 0x20 }
                if k > 0, bytes[start + k - 1] == 0xC3, TokenKey.isLatin1CapitalTrail(b) { b += 0x20 }
                if b != word[k] { return false }
            }
            return true
        }
    }
}
