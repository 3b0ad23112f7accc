/// `tokens`: the document's tokens with their kinds.
public struct TokensAnalyzer: Analyzer {
    public static let registration = AnalyzerRegistration(
        AnalyzerDescriptor(name: "tokens", summary: "the tokens of the text, with their kinds", runsByDefault: false)
    ) { TokensAnalyzer() }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        TokensLayer(tokens: document.tokens)
    }
}

public struct TokensLayer: Layer {
    public var tokens: [Token]

    public func encode(to encoder: any Encoder) throws {
        // One item at a time: a mapped copy of a million tokens would be one more array of them.
        var container = encoder.unkeyedContainer()
        for token in tokens { try container.encode(TokenItem(token: token)) }
    }

    private struct TokenItem: Encodable {
        var token: Token
        enum Keys: String, CodingKey { case kind }
        func encode(to encoder: any Encoder) throws {
            var container = try encoder.spanItem(token.span, keyedBy: Keys.self)
            try container.encode(token.kind.name, forKey: .kind)
        }
    }

    public func render(in document: Document, options: AnalyzerOptions) -> Rendering {
        let rows: [[TextTable.Cell]] = tokens.enumerated().map { index, token in
            [
                TextTable.Cell(String(index + 1), .dim), TextTable.Cell(document.string(for: token)),
                TextTable.Cell(token.kind.name, .dim),
            ]
        }
        return Rendering([.table(TextTable(headers: ["#", "token", "kind"], rows: rows, rightAligned: [0]))])
    }
}
