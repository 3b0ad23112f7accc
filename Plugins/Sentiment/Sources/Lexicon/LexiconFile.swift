import LoupeCore
import Foundation

/// A word → score file, as users and the built-in German news lexicon write them. Three line
/// formats, told apart line by line:
///
/// - TSV: `word<TAB>score`, score on VADER's scale −4 … +4 (`Angriffskrieg	-3.2`);
/// - VADER: `word<TAB>mean<TAB>std<TAB>[ratings]` (`vader_lexicon.txt`), the mean is the score;
/// - SentiWS: `Lemma|POS<TAB>score<TAB>Form1,Form2,…`, score −1 … +1, scaled ×4.
///
/// Blank lines and lines starting with `#` are skipped. A phrase is words separated by spaces
/// (`kiss of death	-1.5`). Bad lines fail with the file and line number.
struct LexiconFile: Sendable {
    struct Line: Sendable {
        var word: String
        /// Forms listed with the word (SentiWS); the word's own regular forms are generated.
        var forms: [String]
        var valence: Double
        /// Part of speech when the file gives one (SentiWS `NN`, `ADJX`, `VVINF`).
        var tag: String?
        var number: Int
    }

    var path: String
    var lines: [Line]

    static let scoreRange = -4.0...4.0

    static func load(path: String) throws -> LexiconFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoupeError.fileNotFound(path)
        }
        if isDirectory.boolValue { throw LoupeError.isDirectory(path) }
        if ["yaml", "yml", "json"].contains((path as NSString).pathExtension.lowercased()) {
            throw LoupeError.sentimentPluginFileAsLexicon(path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoupeError.unreadable(path, reason: "permission denied")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw LoupeError.sentimentLexiconNotUTF8(path) }
        return try parse(text, path: path)
    }

    /// - Parameter scale: multiplies TSV scores (AFINN's −5 … +5 × 0.8).
    static func parse(_ text: String, path: String, scale: Double = 1) throws -> LexiconFile {
        var lines: [Line] = []
        var number = 0
        // `\r\n` is one Character, and a newline: Windows line ends split like Unix ones.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else {
                throw LoupeError.sentimentBadLexiconLine(path, line: number, reason: "expected word<TAB>score")
            }
            var word = columns[0].trimmingCharacters(in: .whitespaces)
            let scoreText = columns[1].trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty else {
                throw LoupeError.sentimentBadLexiconLine(path, line: number, reason: "the word is empty")
            }
            guard let score = Double(scoreText), score.isFinite else {
                throw LoupeError.sentimentBadLexiconLine(
                    path, line: number, reason: "the score (second column) is not a number")
            }
            var tag: String? = nil
            var forms: [String] = []
            var valence = score * scale
            if let bar = word.lastIndex(of: "|"), bar != word.startIndex,
                case let tagText = word[word.index(after: bar)...], (2...6).contains(tagText.count),
                tagText.allSatisfy({ $0.isASCII && $0.isUppercase })
            {
                // SentiWS: Lemma|POS, score −1 … +1, inflected forms in the third column.
                tag = String(word[word.index(after: bar)...])
                word = String(word[..<bar])
                guard (-1.0...1.0).contains(score) else {
                    throw LoupeError.sentimentBadLexiconLine(
                        path, line: number, reason: "SentiWS scores lie in −1 … +1")
                }
                valence = score * 4
                if columns.count >= 3 {
                    forms = columns[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                        !$0.isEmpty
                    }
                }
            } else if !scoreRange.contains(valence) {
                throw LoupeError.sentimentBadLexiconLine(
                    path, line: number, reason: "scores lie in −4 … +4 (VADER's scale)")
            }
            lines.append(Line(word: word, forms: forms, valence: valence, tag: tag, number: number))
        }
        return LexiconFile(path: path, lines: lines)
    }
}
