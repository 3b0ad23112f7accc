import Foundation
import LoupeCore

/// A sequence of token conditions, like spaCy's Matcher: each element tests one token
/// (`text`, `lower`, `regex`, `kind`, `capitalized`) and may repeat (`op: "?"`, `"+"`, `"*"`).
public struct TokenPattern: Sendable {
    public struct Element: Sendable {
        public enum Repeat: String, Sendable { case one = "", optional = "?", oneOrMore = "+", any = "*" }
        public var texts: Set<String>?
        public var lowers: Set<String>?
        public var regex: NSRegularExpression?
        public var kinds: Set<TokenKind>?
        public var capitalized: Bool?
        public var repeatKind: Repeat = .one

        public init() {}

        func accepts(_ token: Token, _ text: String, deadline: Deadline = .none) throws -> Bool {
            if let texts, !texts.contains(text) { return false }
            if let lowers, !lowers.contains(text.lowercased()) { return false }
            if let kinds, !kinds.contains(token.kind) { return false }
            if let capitalized, (text.first?.isUppercase ?? false) != capitalized { return false }
            if let regex {
                let range = NSRange(text.startIndex..., in: text)
                let first: NSTextCheckingResult?
                do {
                    first = try BoundedRegex.matches(regex, in: text, range: range, deadline: deadline, firstOnly: true)
                        .first
                } catch is BoundedRegex.Runaway {
                    throw Runaway(pattern: regex.pattern)
                }
                guard let match = first, match.range == range else { return false }
            }
            return true
        }
    }

    public var label: String
    public var elements: [Element]

    public init(label: String, elements: [Element]) {
        self.label = label
        self.elements = elements
    }

    /// An element's regex ran over `BoundedRegex.attemptLimit` on one token.
    struct Runaway: Error { var pattern: String }

    /// The longest match starting at token `start`, as the end index (exclusive), if any.
    /// Throws `Deadline.Stop` or `Runaway` when an element's regex is stopped.
    func longestMatch(_ tokens: [Token], _ texts: [String], from start: Int, deadline: Deadline = .none) throws -> Int?
    {
        var best: Int? = nil
        // Depth-first over (element, token) positions; patterns are short, so this stays small.
        var stack: [(element: Int, token: Int)] = [(0, start)]
        var seen = Set<Int>()
        while let (e, t) = stack.popLast() {
            let key = e &* 1_000_003 &+ t
            if seen.contains(key) { continue }
            seen.insert(key)
            if e == elements.count {
                if t > start, t > (best ?? 0) { best = t }
                continue
            }
            let element = elements[e]
            let canSkip = element.repeatKind == .optional || element.repeatKind == .any
            if canSkip { stack.append((e + 1, t)) }
            guard t < tokens.count, try element.accepts(tokens[t], texts[t], deadline: deadline) else { continue }
            stack.append((e + 1, t + 1))
            if element.repeatKind == .oneOrMore || element.repeatKind == .any {
                // Stay on this element for another token.
                stack.append((e, t + 1))
            }
        }
        return best
    }
}
