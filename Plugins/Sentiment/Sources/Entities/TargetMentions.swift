import LoupeCore

/// Where a document mentions a target phrase (`sentiment --target Putin`): every mention of an
/// entity the phrase names — its group's name or one of its mentions, so `Putin` also finds
/// `Wladimir Putin` and `Putins` — and, besides, the phrase's own words wherever they occur
/// (`Maskenpflicht`, which is no name). Case is ignored.
enum TargetMentions {
    /// `groups`: the document's entity mentions, grouped (`EntityGroup.group`).
    static func find(_ phrase: String, in document: Document, groups: [EntityGroup]) -> [Span] {
        let wanted = words(phrase)
        guard !wanted.isEmpty else { return [] }
        var spans: [Span] = []
        for group in groups {
            let names = [group.name] + group.mentions.map(\.name) + group.mentions.map { document.string(for: $0.span) }
            if names.contains(where: { contains(words($0), wanted) }) { spans += group.mentions.map(\.span) }
        }
        // The phrase's words in the text, where no entity mention covers them.
        let keys = document.tokens.map { document.string(for: $0.span).lowercased() }
        var i = 0
        while i + wanted.count <= keys.count {
            if Array(keys[i..<(i + wanted.count)]) == wanted {
                let span = Span(document.tokens[i].span.start, document.tokens[i + wanted.count - 1].span.end)
                if !spans.contains(where: { $0.start < span.end && span.start < $0.end }) { spans.append(span) }
                i += wanted.count
            } else {
                i += 1
            }
        }
        return spans.sorted { $0.start < $1.start }
    }

    /// The phrase's word tokens, lower-cased.
    static func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokenize(bytes).filter { $0.kind == .word || $0.kind == .number || $0.kind == .abbreviation }
            .map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self).lowercased() }
    }

    /// Whether `name` holds `wanted` as consecutive words (`wladimir putin` holds `putin`).
    static func contains(_ name: [String], _ wanted: [String]) -> Bool {
        guard name.count >= wanted.count else { return false }
        return (0...(name.count - wanted.count)).contains { Array(name[$0..<($0 + wanted.count)]) == wanted }
    }
}
