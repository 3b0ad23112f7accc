import LoupeCore

/// Finds phrases (one or more words) in a document's tokens: longest match first, no overlaps,
/// optionally ignoring case and German or English inflection endings (`Putins` → `Putin`).
///
/// - Complexity: O(tokens × longest phrase) lookups in a trie.
public struct PhraseMatcher: Sendable {
    public enum Inflection: String, Sendable, CaseIterable {
        case none, german, english

        /// Endings tried on a document word when the word itself is not in the phrase list.
        var endings: [String] {
            switch self {
            case .none: []
            case .german: ["s", "es", "n", "en", "e", "ns", "er", "ern", "em"]
            case .english: ["s", "es", "'s"]
            }
        }
    }

    public struct Entry: Sendable {
        public var phrase: String
        public var label: String
        public var canonical: String?
        public var value: Double?

        public init(phrase: String, label: String, canonical: String? = nil, value: Double? = nil) {
            self.phrase = phrase
            self.label = label
            self.canonical = canonical
            self.value = value
        }
    }

    public struct Match: Sendable {
        public var tokens: Range<Int>
        public var span: Span
        public var entry: Entry
    }

    private final class Node: @unchecked Sendable {
        var children: [String: Node] = [:]
        var entry: Entry?
    }

    private let root = Node()
    public let caseSensitive: Bool
    public let inflection: Inflection
    public private(set) var count = 0
    /// Every label an entry gives.
    public private(set) var labels: Set<String> = []

    public init(entries: [Entry], caseSensitive: Bool = false, inflection: Inflection = .none) {
        self.caseSensitive = caseSensitive
        self.inflection = inflection
        for entry in entries { add(entry) }
    }

    private mutating func add(_ entry: Entry) {
        let bytes = Array(entry.phrase.utf8)
        let words = Tokenizer.tokenize(bytes).map {
            normalize(String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self))
        }
        guard !words.isEmpty else { return }
        var node = root
        for word in words {
            if let next = node.children[word] {
                node = next
            } else {
                let next = Node()
                node.children[word] = next
                node = next
            }
        }
        if node.entry == nil { count += 1 }
        node.entry = entry  // a later entry for the same phrase wins
        labels.insert(entry.label)
    }

    func normalize(_ word: String) -> String { caseSensitive ? word : word.lowercased() }

    /// The forms of a document word to look up: itself, then with inflection endings removed.
    func forms(_ word: String) -> [String] {
        let normalized = normalize(word)
        var forms = [normalized]
        for ending in inflection.endings where normalized.count > ending.count + 2 && normalized.hasSuffix(ending) {
            forms.append(String(normalized.dropLast(ending.count)))
        }
        return forms
    }

    public func matches(in document: Document) -> [Match] {
        var matches: [Match] = []
        let tokens = document.tokens
        var i = 0
        while i < tokens.count {
            var best: (end: Int, entry: Entry)? = nil
            var frontier: [Node] = [root]
            var j = i
            while j < tokens.count, !frontier.isEmpty {
                if j > i, tokens[j].paragraphBefore { break }
                let word = document.string(for: tokens[j])
                var next: [Node] = []
                for node in frontier {
                    for form in forms(word) { if let child = node.children[form] { next.append(child) } }
                }
                frontier = next
                j += 1
                if let entry = frontier.first(where: { $0.entry != nil })?.entry { best = (j, entry) }
            }
            if let best {
                matches.append(
                    Match(
                        tokens: i..<best.end, span: Span(tokens[i].span.start, tokens[best.end - 1].span.end),
                        entry: best.entry))
                i = best.end
            } else {
                i += 1
            }
        }
        return matches
    }
}
