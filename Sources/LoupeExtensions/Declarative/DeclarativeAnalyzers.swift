import Foundation
import LoupeCore

/// `kind: gazetteer` — phrases mapped to labels (entity types or any label of your own).
public struct GazetteerAnalyzer: Analyzer {
    public let matcher: PhraseMatcher

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        LabeledSpansLayer(
            spans: matcher.matches(in: document).map {
                LabeledSpan(span: $0.span, label: $0.entry.label, canonical: $0.entry.canonical)
            }
        ).keeping(label: context.options.string("label"))
    }
}

/// `kind: patterns` — regular expressions over the text and token patterns, each with a label.
public struct PatternAnalyzer: Analyzer {
    public struct RegexRule: @unchecked Sendable {
        public var label: String
        public var regex: NSRegularExpression
    }

    public let regexes: [RegexRule]
    public let tokenPatterns: [TokenPattern]

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        var found: [LabeledSpan] = []
        let text = document.text
        for rule in regexes {
            let matches: [NSTextCheckingResult]
            do {
                matches = try BoundedRegex.matches(
                    rule.regex, in: text, range: NSRange(text.startIndex..., in: text), deadline: context.deadline)
            } catch is BoundedRegex.Runaway {
                throw BoundedRegex.runaway(label: rule.label, pattern: rule.regex.pattern, document: document)
            }
            for match in matches {
                guard match.range.length > 0, let range = Range(match.range, in: text) else { continue }
                found.append(LabeledSpan(span: document.span(for: range), label: rule.label))
            }
        }
        if !tokenPatterns.isEmpty {
            let texts = document.tokens.map { document.string(for: $0) }
            for pattern in tokenPatterns {
                var i = 0
                while i < document.tokens.count {
                    let longest: Int?
                    do {
                        longest = try pattern.longestMatch(document.tokens, texts, from: i, deadline: context.deadline)
                    } catch let runaway as TokenPattern.Runaway {
                        throw BoundedRegex.runaway(label: pattern.label, pattern: runaway.pattern, document: document)
                    }
                    if let end = longest {
                        found.append(
                            LabeledSpan(
                                span: Span(document.tokens[i].span.start, document.tokens[end - 1].span.end),
                                label: pattern.label))
                        i = end
                    } else {
                        i += 1
                    }
                }
            }
        }
        // Document order; where matches overlap, the earlier and then longer one stays.
        found.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        var kept: [LabeledSpan] = []
        for item in found where kept.last.map({ $0.span.end <= item.span.start }) ?? true { kept.append(item) }
        return LabeledSpansLayer(spans: kept).keeping(label: context.options.string("label"))
    }
}

extension LabeledSpansLayer {
    /// The spans with `label` (the `label` option of gazetteers and patterns), or all of them.
    func keeping(label: String?) -> LabeledSpansLayer {
        guard let label, !label.isEmpty else { return self }
        return LabeledSpansLayer(spans: spans.filter { $0.label == label })
    }
}
