/// `sentences`: the sentences, numbered, with the language of those that differ.
public struct SentencesAnalyzer: Analyzer {
    public static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(
            name: "sentences", summary: "the sentences of the text, numbered", provides: [.plainSpans],
            runsByDefault: false)
    ) { SentencesAnalyzer() }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        SentencesLayer(sentences: document.sentences)
    }
}

public struct SentencesLayer: PlainSpans {
    public var sentences: [Sentence]

    public var plainSpans: [Span] { sentences.map(\.span) }

    public init(sentences: [Sentence]) { self.sentences = sentences }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for sentence in sentences { try container.encode(Item(sentence: sentence)) }
    }

    private struct Item: Encodable {
        var sentence: Sentence
        enum Keys: String, CodingKey { case tokens, language }
        func encode(to encoder: any Encoder) throws {
            var container = try encoder.spanItem(sentence.span, keyedBy: Keys.self)
            try container.encode(sentence.tokens.count, forKey: .tokens)
            try container.encodeIfPresent(sentence.language, forKey: .language)
        }
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        var blocks: [Rendering.Block] = []
        for (index, sentence) in sentences.enumerated() {
            var runs = [
                Rendering.Run(String(index + 1).leftPadded(3) + "  ", .dim),
                Rendering.Run(document.string(for: sentence.span)),
            ]
            if let language = sentence.language { runs.append(Rendering.Run("  [\(language)]", .dim)) }
            blocks.append(.styled(runs))
        }
        return Rendering(blocks)
    }
}
