import Foundation
import LoupeCore

/// Phrases with labels given by the user (`--entities-gazetteer FILE`): wherever a phrase occurs
/// (whole tokens, case-insensitive, longest match first) it becomes an entity with that label,
/// replacing whatever the model found overlapping it.
///
/// File format: one `phrase<TAB>LABEL` per line (a CSV `phrase,LABEL` line works too: the last
/// comma separates the label); blank lines and lines starting with `#` are skipped; LABEL is
/// PER, LOC, ORG or OTH (MISC counts as OTH), in any case.
public struct UserGazetteer: Sendable {
    /// Phrases as lower-cased token sequences, grouped by their first token.
    private var phrases: [String: [(tokens: [String], label: NERLabel)]] = [:]
    public private(set) var count = 0

    public init(entries: [(phrase: String, label: NERLabel)]) {
        for entry in entries { add(entry.phrase, entry.label) }
    }

    /// Parses a gazetteer file's text; `path` names it in error messages (`file:line`).
    public init(text: String, path: String) throws {
        var firstLine = true
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let separator = line.lastIndex(of: "\t") ?? line.lastIndex(of: ",")
            guard let separator else {
                // The line's text is not shown: a wrong path (`/etc/shadow`) must not print what is in it.
                throw LoupeError.entitiesGazetteerLine(path, line: index + 1, "no label: expected `phrase<TAB>LABEL`")
            }
            let phrase = line[..<separator].trimmingCharacters(in: .whitespaces)
            let labelText = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            defer { firstLine = false }
            if firstLine && labelText.lowercased() == "label" { continue }  // a header line
            guard !phrase.isEmpty else { throw LoupeError.entitiesGazetteerLine(path, line: index + 1, "empty phrase") }
            guard let label = NERLabel(name: Substring(labelText.uppercased())) else {
                throw LoupeError.entitiesGazetteerLine(
                    path, line: index + 1, "the label (after the last tab or comma) is not PER, LOC, ORG or OTH")
            }
            add(phrase, label)
        }
    }

    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoupeError.entitiesGazetteerFile(
                path, reason: FileManager.default.fileExists(atPath: path) ? "unreadable" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoupeError.entitiesGazetteerFile(path, reason: "not UTF-8")
        }
        try self.init(text: text, path: path)
    }

    private mutating func add(_ phrase: String, _ label: NERLabel) {
        let tokens = tokenTexts(phrase).map { $0.lowercased() }
        guard let first = tokens.first else { return }
        phrases[first, default: []].append((tokens, label))
        phrases[first]!.sort { $0.tokens.count > $1.tokens.count }
        count += 1
    }

    private func tokenTexts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    /// Matches in the document as token ranges, left to right, longest first, not overlapping.
    public func matches(in document: Document) -> [(tokens: Range<Int>, label: NERLabel)] {
        if phrases.isEmpty { return [] }
        let lowered = document.tokens.map { document.string(for: $0).lowercased() }
        var found: [(Range<Int>, NERLabel)] = []
        var i = 0
        while i < lowered.count {
            var matched = false
            for candidate in phrases[lowered[i]] ?? [] where i + candidate.tokens.count <= lowered.count {
                if Array(lowered[i..<(i + candidate.tokens.count)]) == candidate.tokens {
                    found.append((i..<(i + candidate.tokens.count), candidate.label))
                    i += candidate.tokens.count
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
        return found
    }
}
