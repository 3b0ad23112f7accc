import Foundation
import LoupeCore

/// `entities`: people, places, organisations and other names (PER, LOC, ORG, OTH), found by a
/// trained German or English model sentence by sentence, grouped by the entity they name.
public struct EntitiesAnalyzer: Analyzer {
    public static let descriptor = AnalyzerDescriptor(
        name: "entities",
        summary: "named entities (PER, LOC, ORG, OTH) with the mentions of each grouped under one name",
        languages: [.german, .english],
        provides: [.groupedMentions],
        options: [
            OptionSpec("mentions", .flag, "list every mention with its sentence instead of the groups", display: true),
            OptionSpec("gazetteer", .path, "a file of `phrase<TAB>LABEL` lines that override the model"),
            OptionSpec(
                "consistency", .string,
                "on: a name found once is found in all its mentions in the document; off: sentence by sentence",
                default: "on", values: ["on", "off"]),
        ]
    )

    public static let registration = AnalyzerRegistration(descriptor) { EntitiesAnalyzer() }

    private let models: EntityModels

    public init(models: EntityModels = .shared) { self.models = models }

    public func analyze(_ document: Document, context: AnalysisContext) throws -> any Layer {
        var found: [(tokens: Range<Int>, label: NERLabel)] = []
        var scratch = NERModel.TaggingScratch()
        try document.utf8.withUnsafeBufferPointer { utf8 in
            for sentence in document.sentences where !sentence.tokens.isEmpty {
                try context.checkpoint()
                let model = try models.model(for: document.language(of: sentence))
                let spans = document.tokens[sentence.tokens].lazy.map(\.span)
                let tags = model.tag(utf8: utf8, spans: spans, scratch: &scratch)
                for entity in nerEntities(tags) {
                    let offset = sentence.tokens.lowerBound
                    let range = (entity.range.lowerBound + offset)..<(entity.range.upperBound + offset)
                    found.append((range, entity.label))
                }
            }
        }
        let nameLists = try? models.sharedResources()
        found = document.utf8.withUnsafeBufferPointer { utf8 in
            let tokens = document.tokens
            // (each token's key once: several rules look every token up by it)
            let keys = tokens.map { TokenKey.hash(utf8.baseAddress!, $0.span.start, $0.span.end) }
            let view = DocumentRules.Tokens(
                count: tokens.count, language: document.language, lines: document.sentences.map(\.tokens),
                text: { document.string(for: tokens[$0]) }, spaceBefore: { tokens[$0].spaceBefore },
                capitalised: { Self.isCapitalised($0, in: document) },
                lowercase: {
                    let b = utf8[tokens[$0].span.start]; return b >= 97 && b <= 122
                },
                key: { keys[$0] },
                shape: {
                    ResultTables.shape(UnsafeBufferPointer(rebasing: utf8[tokens[$0].span.start..<tokens[$0].span.end]))
                }, nameLists: nameLists)
            return DocumentRules.apply(found, view, consistency: context.options.string("consistency") != "off")
        }
        if let path = context.options.string("gazetteer"), !path.isEmpty {
            found = Self.override(found, with: try UserGazetteer(contentsOf: path).matches(in: document))
        }
        return try Self.layer(for: found, in: document, nameLists: models.sharedResources())
    }

    /// Forms of address and titles, lower-cased, without a final period: not part of a person's name
    /// (CoNLL and GermEval leave them out: "Mr ⟦Evans⟧", "Präsident ⟦Macron⟧").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "madame",
        "president",
        "vice-president", "chancellor", "minister", "prime", "secretary", "senator", "sen", "rep", "representative",
        "gov",
        "governor", "mayor", "judge", "justice", "general", "gen", "col", "colonel", "capt", "captain", "pope", "king",
        "queen",
        "prince", "princess", "sheikh", "ayatollah", "rabbi", "father", "sister", "brother", "reverend", "rev", "st",
        "saint",
        "herr", "frau", "präsident", "präsidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
        "ministerin",
        "bundespräsident", "bundespräsidentin", "ministerpräsident", "ministerpräsidentin", "bürgermeister",
        "bürgermeisterin",
        "staatschef", "staatschefin", "regierungschef", "regierungschefin", "kremlchef", "papst", "könig", "königin",
        "prinz", "prinzessin", "senatorin", "abgeordnete", "abgeordneter", "pfarrer", "bischof", "kollege", "kollegin",
    ]

    /// Token `i` starts with a capital (ASCII or Latin-1), read from the document's bytes.
    static func isCapitalised(_ i: Int, in document: Document) -> Bool {
        let span = document.tokens[i].span
        let b = document.utf8[span.start]
        return TokenKey.isASCIICapital(b)
            || (b == 0xC3 && span.length > 1 && TokenKey.isLatin1CapitalTrail(document.utf8[span.start + 1]))
    }

    /// Model entities with the gazetteer's matches put in, replacing those they overlap.
    static func override(
        _ model: [(tokens: Range<Int>, label: NERLabel)],
        with gazetteer: [(tokens: Range<Int>, label: NERLabel)]
    ) -> [(tokens: Range<Int>, label: NERLabel)] {
        if gazetteer.isEmpty { return model }
        let kept = model.filter { entity in !gazetteer.contains { $0.tokens.overlaps(entity.tokens) } }
        return (kept + gazetteer).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The layer for entities given as token ranges: spans, sentence numbers and groups.
    static func layer(
        for entities: [(tokens: Range<Int>, label: NERLabel)], in document: Document,
        nameLists: NERResources?
    ) -> EntitiesLayer {
        let spans = entities.map {
            Span(document.tokens[$0.tokens.lowerBound].span.start, document.tokens[$0.tokens.upperBound - 1].span.end)
        }
        let inputs = zip(spans, entities).map { MentionGrouping.Input(text: document.string(for: $0), label: $1.label) }
        let names = MentionGrouping(nameLists: nameLists, apostropheGenitiveOnly: document.language == .english)
            .canonicalNames(inputs)
        let mentions = entities.indices.map { i in
            EntitiesLayer.Mention(
                span: spans[i], label: entities[i].label.description, group: names[i],
                sentence: (document.sentenceIndex(containing: spans[i].start) ?? 0) + 1)
        }
        return EntitiesLayer(mentions: mentions)
    }
}
