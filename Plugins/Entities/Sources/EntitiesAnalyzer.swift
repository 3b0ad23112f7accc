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
        found = Self.completedVariants(
            Self.splitJoinedMentions(
                MentionEdges.apply(found) { document.string(for: document.tokens[$0]) }, in: document),
            in: document)
        found = document.utf8.withUnsafeBufferPointer { utf8 in
            let tokens = document.tokens
            let view = DocumentRules.Tokens(
                count: tokens.count, language: document.language, lines: document.sentences.map(\.tokens),
                text: { document.string(for: tokens[$0]) },
                capitalised: { Self.isCapitalised($0, in: document) },
                lowercase: {
                    let b = utf8[tokens[$0].span.start]; return b >= 97 && b <= 122
                },
                key: { TokenKey.hash(utf8.baseAddress!, tokens[$0].span.start, tokens[$0].span.end) },
                shape: {
                    ResultTables.shape(UnsafeBufferPointer(rebasing: utf8[tokens[$0].span.start..<tokens[$0].span.end]))
                })
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
        "prinz", "prinzessin", "senatorin", "abgeordnete", "abgeordneter", "pfarrer", "bischof",
    ]

    /// Splits a mention the model ran across two adjacent names ("Putin Nordkorea" in "wird
    /// Putin Nordkorea besuchen") when both parts occur in the document as mentions of their own,
    /// each at least as often as the joined form; each part takes the label of its first own mention.
    static func splitJoinedMentions(_ found: [(tokens: Range<Int>, label: NERLabel)], in document: Document) -> [(
        tokens: Range<Int>, label: NERLabel
    )] {
        func key(_ tokens: Range<Int>) -> String {
            tokens.map { document.string(for: document.tokens[$0]).lowercased() }.joined(separator: " ")
        }
        let keys = found.map { key($0.tokens) }
        var count: [String: Int] = [:], label: [String: NERLabel] = [:]
        for (k, entity) in zip(keys, found) {
            count[k, default: 0] += 1
            if label[k] == nil { label[k] = entity.label }
        }
        var out: [(tokens: Range<Int>, label: NERLabel)] = []
        for (k, entity) in zip(keys, found) {
            let r = entity.tokens
            // (both parts named on their own at least as often as the joined form: a text quoted twice
            // repeats the slip, a real two-word name is not named by its parts that often)
            let n = count[k] ?? 1
            let split =
                r.count >= 2
                ? (r.lowerBound + 1..<r.upperBound).first { j in
                    (count[key(r.lowerBound..<j)] ?? 0) >= n && (count[key(j..<r.upperBound)] ?? 0) >= n
                } : nil
            if let j = split {
                out.append((r.lowerBound..<j, label[key(r.lowerBound..<j)]!))
                out.append((j..<r.upperBound, label[key(j..<r.upperBound)]!))
            } else {
                out.append(entity)
            }
        }
        return out
    }

    /// A person's name the tagger cut one word short (`Kim Jung` of "Kim Jung Un") is completed
    /// by the capitalised word after it when the completed name is a spelling variant of another
    /// person named in the document (`Kim Jong-un`, `MentionGrouping.closeSpelling`) and the cut
    /// one is not: so the variants also group together.
    static func completedVariants(_ found: [(tokens: Range<Int>, label: NERLabel)], in document: Document) -> [(
        tokens: Range<Int>, label: NERLabel
    )] {
        let tokens = document.tokens
        func words(_ r: Range<Int>) -> [String] {
            let span = Span(tokens[r.lowerBound].span.start, tokens[r.upperBound - 1].span.end)
            return MentionGrouping.words(document.string(for: span).lowercased())
        }
        // Distinct names of two words or more; a document with more than `maximumNames` of them
        // is no article and is left as it is (the comparisons would grow with their square).
        let people = Set(found.filter { $0.label == .per && $0.tokens.count >= 2 }.map { words($0.tokens) })
        guard people.count >= 2, people.count <= maximumNames else { return found }
        var covered = DocumentRules.coverage(of: found, tokenCount: tokens.count)
        var decided: [[[String]]: Bool] = [:]
        var out = found
        for (k, entity) in found.enumerated() where entity.label == .per && entity.tokens.count >= 2 {
            let next = entity.tokens.upperBound
            guard next < tokens.count, tokens[next].kind == .word, tokens[next].spaceBefore, !covered[next],
                Self.isCapitalised(next, in: document),
                document.sentenceIndex(containing: tokens[next].span.start)
                    == document.sentenceIndex(containing: tokens[entity.tokens.lowerBound].span.start)
            else { continue }
            let cut = words(entity.tokens), completed = words(entity.tokens.lowerBound..<next + 1)
            let complete =
                decided[[cut, completed]]
                ?? {
                    let others = people.filter { $0 != cut && $0 != completed }
                    let answer =
                        others.contains { MentionGrouping.closeSpelling(completed, $0) }
                        && !others.contains { MentionGrouping.closeSpelling(cut, $0) }
                    decided[[cut, completed]] = answer
                    return answer
                }()
            if complete {
                out[k].tokens = entity.tokens.lowerBound..<next + 1
                covered[next] = true
            }
        }
        return out
    }

    /// Token `i` starts with a capital (ASCII or Latin-1), read from the document's bytes.
    static func isCapitalised(_ i: Int, in document: Document) -> Bool {
        let span = document.tokens[i].span
        let b = document.utf8[span.start]
        return TokenKey.isASCIICapital(b)
            || (b == 0xC3 && span.length > 1 && TokenKey.isLatin1CapitalTrail(document.utf8[span.start + 1]))
    }

    /// Beyond this many distinct person names `completedVariants` leaves a document as it is.
    static let maximumNames = 1000

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
