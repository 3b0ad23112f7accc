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

    /// Test words, matched at the end of a word (`getestet`, `Schnelltests`, `Corona-Fälle`), as
    /// lexicon keys by their byte length.
    static let testWords: [(length: Int, key: UInt64)] = [
        "getestet", "test", "tests", "testergebnis", "fall", "fälle", "fällen", "befund", "befunde",
        "tested", "testing", "case", "cases",
    ].map { ($0.utf8.count, TokenKey.hash($0, folding: .all)) }

    static func apply(_ items: inout [SentimentItem], _ bytes: UnsafeBufferPointer<UInt8>) {
        for i in items.indices where items[i].isWord && items[i].valence != 0 {
            guard let positive = results[items[i].key] else { continue }
            // Up to `reach` words either way, inside the clause's punctuation.
            var lower = i
            while lower > 0, i - lower < reach, !items[lower].boundaryBefore { lower -= 1 }
            var upper = i + 1
            while upper < items.count, upper - i <= reach, !items[upper].boundaryBefore { upper += 1 }
            guard
                (lower..<upper).contains(where: { $0 != i && items[$0].isWord && endsInTestWord(items[$0].span, bytes) }
                )
            else { continue }
            items[i].valence = positive ? positiveResult : 0
            items[i].source = positive ? .word : .none
        }
    }

    /// The word is a test word, or a compound ending in one of four letters or more
    /// (`Schnell|test`, `Corona-|Fälle`).
    static func endsInTestWord(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        testWords.contains { word in
            guard word.length <= span.length, word.length >= 4 || word.length == span.length else { return false }
            let start = span.end - word.length
            return bytes[start] & 0xC0 != 0x80 && TokenKey.fold(bytes, start, span.end, .all).hash == word.key
        }
    }
}
