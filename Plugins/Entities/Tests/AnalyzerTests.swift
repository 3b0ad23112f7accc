import Foundation
import LoupeCore
import LoupeTestSupport
import XCTest
@testable import LoupeEntities

/// Runs the analyzer with the shipped models on a document.
func entities(_ text: String, language: Language? = nil, options: [String: String] = [:]) throws -> (
    EntitiesLayer, Document
) {
    let document = Document(text: text, language: language)
    let context = AnalysisContext(
        language: document.language, reference: ReferenceTime(iso: "2024-06-18")!,
        options: AnalyzerOptions(options))
    let layer = try EntitiesAnalyzer().analyze(document, context: context)
    guard let entities = layer as? EntitiesLayer else { throw XCTSkip("unexpected layer type \(type(of: layer))") }
    return (entities, document)
}

/// Asserts that the analyzer finds exactly the marked entities (span and label) in each sentence.
func assertEntities(_ marked: [String], language: Language, file: StaticString = #filePath, line: UInt = #line) throws {
    var failures = 0
    for sample in marked.map(MarkedText.init) {
        let (layer, _) = try entities(sample.text, language: language)
        let found = layer.mentions.map { "\($0.label) \(sample.text.utf8Slice($0.span))" }
        let expected = sample.marks.map { "\($0.label) \($0.text)" }
        if found != expected {
            failures += 1
            XCTFail("\(sample.text)\n  expected \(expected)\n  found    \(found)", file: file, line: line)
        }
        XCTAssertEqual(
            layer.mentions.map(\.span), zip(sample.marks, layer.mentions).map { $0.0.span }, file: file, line: line)
    }
}

extension String {
    func utf8Slice(_ span: Span) -> String { String(decoding: Array(utf8)[span.start..<span.end], as: UTF8.self) }
}

final class ShippedModelTests: XCTestCase {
    func testGermanNewsSentences() throws {
        try assertEntities(
            [
                "Gestern traf ⟦Olaf Scholz⟧PER in ⟦Paris⟧LOC ein.",
                "Die ⟦Deutsche Bahn⟧ORG streicht im Winter Verbindungen zwischen ⟦Hamburg⟧LOC und ⟦Kopenhagen⟧LOC.",
                "⟦Angela Merkel⟧PER sprach am Montag mit Vertretern der ⟦Europäischen Union⟧ORG über die Lage in der ⟦Ukraine⟧LOC.",
                "Nach Angaben der Polizei in ⟦München⟧LOC wurde niemand verletzt.",
                "Der Vorstandschef von ⟦Siemens⟧ORG, ⟦Roland Busch⟧PER, kündigte neue Stellen in ⟦Erlangen⟧LOC an.",
            ], language: .german)
    }

    func testEnglishNewsSentences() throws {
        try assertEntities(
            [
                "⟦Joe Biden⟧PER met ⟦Emmanuel Macron⟧PER in ⟦Paris⟧LOC on Tuesday.",
                "Shares of ⟦Microsoft⟧ORG rose after the company reported strong sales in ⟦Europe⟧LOC.",
                "⟦Rishi Sunak⟧PER told reporters in ⟦London⟧LOC that the plan would go ahead.",
                "The mayor of ⟦Chicago⟧LOC, ⟦Brandon Johnson⟧PER, spoke to reporters on Friday.",
            ], language: .english)
    }

    func testUnknownLanguageUsesTheGermanModel() throws {
        let model = try EntityModels.shared.model(for: .unknown)
        XCTAssertEqual(model.language, "de")
        XCTAssertEqual(try EntityModels.shared.model(for: .english).language, "en")
    }

    func testDocumentTaggingMatchesStringTagging() throws {
        let text =
            "„Wir bleiben“, sagte NATO-Generalsekretär Jens Stoltenberg am 19. Juni in Brüssel über Putins Pläne."
        let document = Document(text: text, language: .german)
        let model = try EntityModels.shared.model(for: .german)
        var scratch = NERModel.TaggingScratch()
        for sentence in document.sentences {
            let fromBytes = document.utf8.withUnsafeBufferPointer {
                model.tag(utf8: $0, spans: document.tokens[sentence.tokens].map(\.span), scratch: &scratch)
            }
            let fromStrings = model.tag(document.tokens[sentence.tokens].map { document.string(for: $0) })
            XCTAssertEqual(fromBytes, fromStrings)
        }
    }

    func testEmptyAndSymbolOnlyTexts() throws {
        XCTAssertEqual(try entities("").0.mentions, [])
        XCTAssertEqual(try entities("… 😀 — 42 !!!").0.mentions, [])
    }

    func testJSONFollowsTheContract() throws {
        let (layer, document) = try entities("Gestern traf Olaf Scholz in Paris ein. Scholz blieb.", language: .german)
        let json = try JSONValueEncoder(userInfo: [.loupeDocument: document]).encode(layer).serialized(pretty: false)
        XCTAssertTrue(
            json.hasPrefix(
                "[{\"start\":13,\"end\":24,\"text\":\"Olaf Scholz\",\"label\":\"PER\",\"group\":\"Olaf Scholz\"}"), json
        )
        XCTAssertTrue(
            json.contains("{\"start\":39,\"end\":45,\"text\":\"Scholz\",\"label\":\"PER\",\"group\":\"Olaf Scholz\"}"),
            json)
    }

    func testRenderingListsGroupsAndMentions() throws {
        let (layer, document) = try entities(
            "Gestern traf Olaf Scholz in Paris ein. Scholz blieb in Paris.", language: .german)
        let groups = layer.render(in: document, options: AnalyzerOptions()).plainText
        XCTAssertTrue(groups.contains("Olaf Scholz  PER          2  Olaf Scholz, Scholz"), groups)
        let mentions = layer.render(in: document, options: AnalyzerOptions(["mentions": "true"])).plainText
        XCTAssertTrue(mentions.contains("   2  Scholz       PER   Olaf Scholz"), mentions)
    }
}

final class GazetteerTests: XCTestCase {
    func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-gaz-\(UUID().uuidString).tsv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    func testUserPhrasesOverrideTheModel() throws {
        let path = try temporaryFile(
            "# my names\nphrase\tlabel\nzukunft digital\tORG\nParis\tPER\nGroße Rat der Stadt,OTH\n")
        let text = "Die Initiative Zukunft Digital lud Paris ein; der große Rat der Stadt tagte in Bern."
        let (plain, _) = try entities(text, language: .german)
        XCTAssertFalse(plain.mentions.contains { $0.label == "ORG" && text.utf8Slice($0.span) == "Zukunft Digital" })
        let (layer, _) = try entities(text, language: .german, options: ["gazetteer": path])
        let found = layer.mentions.map { "\($0.label) \(text.utf8Slice($0.span))" }
        XCTAssertTrue(found.contains("ORG Zukunft Digital"), "\(found)")
        XCTAssertTrue(found.contains("PER Paris"), "\(found)")
        XCTAssertTrue(found.contains("OTH große Rat der Stadt"), "\(found)")
        XCTAssertTrue(found.contains("LOC Bern"), "the model still finds the rest: \(found)")
        XCTAssertFalse(found.contains { $0.hasSuffix("Initiative Zukunft Digital") })
    }

    func testLongestMatchWins() throws {
        let gazetteer = UserGazetteer(entries: [("New York", .loc), ("New York Times", .org)])
        let document = Document(text: "Die New York Times berichtet aus New York.", language: .german)
        XCTAssertEqual(
            gazetteer.matches(in: document).map {
                document.string(
                    for: Span(
                        document.tokens[$0.tokens.lowerBound].span.start,
                        document.tokens[$0.tokens.upperBound - 1].span.end))
            },
            ["New York Times", "New York"])
    }

    func testBadLinesNameFileAndLine() throws {
        let path = try temporaryFile("Paris\tLOC\nBerlin LOC\n")
        XCTAssertThrowsError(try entities("Paris.", options: ["gazetteer": path])) { error in
            let e = error as? LoupeError
            XCTAssertEqual(e?.code, "E303")
            XCTAssertTrue(e?.message.hasPrefix("\(path):2:") ?? false, "\(String(describing: e))")
        }
        let bad = try temporaryFile("Paris\tCITY\n")
        XCTAssertThrowsError(try entities("Paris.", options: ["gazetteer": bad])) { error in
            XCTAssertTrue(
                (error as? LoupeError)?.message.contains(":1: the label (after the last tab or comma) is not PER")
                    ?? false, "\(error)")
        }
        // A file that is no gazetteer at all (a password file given by mistake): named, never printed.
        let secret = try temporaryFile("root:$6$SeCrEt:19000:0:99999:7:::\n")
        XCTAssertThrowsError(try entities("Paris.", options: ["gazetteer": secret])) { error in
            XCTAssertFalse("\(error)".contains("SeCrEt"), "\(error)")
            XCTAssertTrue("\(error)".contains(":1: no label"), "\(error)")
        }
        XCTAssertThrowsError(try entities("Paris.", options: ["gazetteer": "/nonexistent/g.tsv"])) { error in
            XCTAssertEqual((error as? LoupeError)?.code, "E304")
        }
    }
}

final class JoinedMentionTests: XCTestCase {
    /// How the document-level rules see a document (as the analyzer builds it, from strings).
    static func view(of document: Document) -> DocumentRules.Tokens {
        let tokens = document.tokens
        func text(_ i: Int) -> String { document.string(for: tokens[i]) }
        return DocumentRules.Tokens(
            count: tokens.count, language: document.language, lines: document.sentences.map(\.tokens), text: text,
            spaceBefore: { tokens[$0].spaceBefore }, capitalised: { text($0).first?.isUppercase == true },
            lowercase: { text($0).first.map { $0 >= "a" && $0 <= "z" } ?? false },
            key: { DocumentRules.key(text($0)) }, shape: { ResultTables.shape(text($0).utf8) })
    }

    func testAMentionRunAcrossTwoNamesIsSplitWhenBothAreMentionsOfTheirOwn() {
        let document = Document(
            text: "Putin besucht Nordkorea. Morgen wird Putin Nordkorea verlassen. Lisa Meier lacht.", language: .german
        )
        func range(_ words: String) -> Range<Int> {
            let bytes = Array(document.text.utf8), target = Array(words.utf8)
            let start = (0...(bytes.count - target.count)).first { Array(bytes[$0..<($0 + target.count)]) == target }!
            return document.tokenIndex(atOrAfter: start)..<document.tokenIndex(atOrAfter: start + target.count)
        }
        let joined = range("Putin Nordkorea")
        let found: [(tokens: Range<Int>, label: NERLabel)] = [
            (0..<1, .per), (2..<3, .loc), (joined, .per), (range("Lisa Meier"), .per),
        ]
        let split = JoinedNames.split(found) { document.string(for: document.tokens[$0]) }
        XCTAssertEqual(
            split.map(\.tokens),
            [
                0..<1, 2..<3, joined.lowerBound..<(joined.lowerBound + 1), (joined.lowerBound + 1)..<joined.upperBound,
                range("Lisa Meier"),
            ])
        XCTAssertEqual(split.map(\.label), [.per, .loc, .per, .loc, .per])
    }

    /// A document's token texts, and where a word occurs.
    struct DocumentWords {
        let words: [String]
        init(_ document: Document) { words = document.tokens.indices.map { document.string(for: document.tokens[$0]) } }
        /// The `n`th occurrence of `word` and the `length - 1` tokens after it.
        func at(_ word: String, _ n: Int = 0, length: Int = 1) -> Range<Int> {
            let i = words.indices.filter { words[$0] == word }[n]
            return i..<i + length
        }
    }

    func testTwoPlacesSideBySideAreSplitWhenEachIsNamedOftenOnItsOwn() {
        // subject and object in a row ("lieferte Chile Peru Strom"): both places named alone twice or more
        // are two names; a place named once alone beside another may be one name (`Washington D.C.`)
        let document = Document(
            text: "Chile wählt. Peru auch. In Chile regnet es, in Peru nicht. Dann lieferte Chile Peru Strom. "
                + "Washington zahlt. Washington lacht. D.C. schweigt. Washington D.C. wartet.", language: .german)
        let words = DocumentWords(document)
        let found: [(tokens: Range<Int>, label: NERLabel)] = [
            (words.at("Chile"), .loc), (words.at("Peru"), .loc), (words.at("Chile", 1), .loc),
            (words.at("Peru", 1), .loc),
            (words.at("Chile", 2, length: 2), .loc),
            (words.at("Washington"), .loc), (words.at("Washington", 1), .loc), (words.at("D.C."), .loc),
            (words.at("Washington", 2, length: 2), .loc),
        ]
        let out = JoinedNames.split(found) { words.words[$0] }
        let joined = words.at("Chile", 2, length: 2), capital = words.at("Washington", 2, length: 2)
        XCTAssertEqual(
            out.map(\.tokens),
            found.map(\.tokens).prefix(4)
                + [joined.lowerBound..<joined.lowerBound + 1, joined.lowerBound + 1..<joined.upperBound]
                + found.map(\.tokens).suffix(4))
        XCTAssertTrue(out.contains { $0.tokens == capital })
    }

    func testANameMadeOfNamesStaysWhole() {
        // a club named by its town, a person by first name and surname: each part a mention of its
        // own, but the whole takes its head's label (or both parts are one-word people)
        let document = Document(
            text: "Philadelphia lost. The Eagles won. Philadelphia Eagles fans cheered. Alan came. Shearer scored. "
                + "Alan Shearer left.", language: .english)
        let words = DocumentWords(document)
        let found: [(tokens: Range<Int>, label: NERLabel)] = [
            (words.at("Philadelphia"), .loc), (words.at("Eagles"), .org),
            (words.at("Philadelphia", 1, length: 2), .org),
            (words.at("Alan"), .per), (words.at("Shearer"), .per), (words.at("Alan", 1, length: 2), .per),
        ]
        let out = JoinedNames.split(found) { words.words[$0] }
        XCTAssertEqual(out.map(\.tokens), found.map(\.tokens))
    }

    /// A name cut one word short is completed when the completed form is a spelling variant of
    /// another person in the document; a name that is no variant is left as it is.
    func testANameCutShortIsCompletedToItsVariant() {
        let document = Document(
            text: "Kim Jong-un empfing Gäste. Dann sprach Kim Jung Un lange. Anna Berg Gestern kam.", language: .german)
        func range(_ words: String) -> Range<Int> {
            let bytes = Array(document.text.utf8), target = Array(words.utf8)
            let start = (0...(bytes.count - target.count)).first { Array(bytes[$0..<($0 + target.count)]) == target }!
            return document.tokenIndex(atOrAfter: start)..<document.tokenIndex(atOrAfter: start + target.count)
        }
        let found: [(tokens: Range<Int>, label: NERLabel)] = [
            (range("Kim Jong-un"), .per), (range("Kim Jung"), .per), (range("Anna Berg"), .per),
        ]
        let completed = JoinedNames.completedVariants(found, Self.view(of: document))
        XCTAssertEqual(
            completed.map {
                document.string(
                    for: Span(
                        document.tokens[$0.tokens.lowerBound].span.start,
                        document.tokens[$0.tokens.upperBound - 1].span.end))
            },
            ["Kim Jong-un", "Kim Jung Un", "Anna Berg"])
    }
}

final class GroupingTests: XCTestCase {
    let grouping = MentionGrouping()

    func names(_ mentions: [(String, NERLabel)], lists: NERResources? = nil) -> [String] {
        MentionGrouping(nameLists: lists).canonicalNames(mentions.map { .init(text: $0.0, label: $0.1) })
    }

    func testSurnameAndGenitiveJoinTheFullName() {
        XCTAssertEqual(
            names([("Putin", .per), ("Wladimir Putin", .per), ("Putins", .per), ("Kreml", .org)]),
            ["Wladimir Putin", "Wladimir Putin", "Wladimir Putin", "Kreml"])
        XCTAssertEqual(names([("Russlands", .loc), ("Russland", .loc)]), ["Russland", "Russland"])
    }

    /// A genitive phrase inside a name keeps its ending (it had been `… des Weißen Hause`).
    func testGenitivePhraseInsideANameKeepsItsEnding() {
        XCTAssertEqual(
            names([("Nationalen Sicherheitsrates des Weißen Hauses", .org), ("Weißen Hause", .loc)]),
            ["Nationalen Sicherheitsrates des Weißen Hauses", "Weißen Hause"])
    }

    func testEnglishGenitiveNeedsItsApostrophe() {
        let mentions: [(String, NERLabel)] = [("Hamas", .org), ("Hama", .loc), ("Biden's", .per), ("Joe Biden", .per)]
        XCTAssertEqual(
            MentionGrouping(apostropheGenitiveOnly: true).canonicalNames(
                mentions.map { .init(text: $0.0, label: $0.1) }),
            ["Hamas", "Hama", "Joe Biden", "Joe Biden"])
    }

    func testEnglishDocumentKeepsHamas() throws {
        let (layer, _) = try entities(
            "Hamas fired rockets, and Hamas leaders said more would follow.", language: .english)
        XCTAssertEqual(Set(layer.mentions.map(\.group)), ["Hamas"])
    }

    func testRomanisationVariants() {
        XCTAssertEqual(Set(names([("Kim Jong-un", .per), ("Kim Jung Un", .per), ("Kim", .per)])).count, 1)
        XCTAssertEqual(Set(names([("Kim Jong-un", .per), ("Kim Jong Il", .per)])).count, 2, "a different person")
    }

    func testAmbiguousPartsStayApart() {
        let n = names([("Kim Jong-un", .per), ("Kim Yo-jong", .per), ("Kim", .per)])
        XCTAssertNotEqual(n[2], n[0]); XCTAssertNotEqual(n[2], n[1])
        // a place is not folded into a person's name
        XCTAssertEqual(
            names([("George Washington", .per), ("Washington", .loc)]), ["George Washington", "Washington"])
    }

    func testNameListsDecideWithoutOtherMentions() {
        let nouns = NERHashTable(
            name: "nouns", valueBits: 8,
            entries: [(NERHashTable.key("Russland"), NERGaz.toponym), (NERHashTable.key("Paris"), NERGaz.toponym)])
        let lists = NERResources(nouns: nouns, firstNames: nil, surnames: nil)
        XCTAssertEqual(
            names([("Russlands", .loc), ("Paris", .loc), ("Bayerns", .loc)], lists: lists),
            ["Russland", "Paris", "Bayerns"])
    }

    func testGenitiveOnTheLastWordOfALongName() {
        XCTAssertEqual(names([("Olaf Scholz", .per), ("Olaf Scholz'", .per)]), ["Olaf Scholz", "Olaf Scholz"])
        XCTAssertEqual(names([("Wladimir Putins", .per), ("Putin", .per)]), ["Wladimir Putin", "Wladimir Putin"])
    }
}

final class SampleArticleTests: XCTestCase {
    func testPutinMentionsFormOneGroup() throws {
        let url = try sharedDataFile("articles/putin-nordkorea-de.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let (layer, _) = try entities(text)
        let putin = layer.mentions.filter { ["Putin", "Wladimir Putin", "Putins"].contains(text.utf8Slice($0.span)) }
        XCTAssertGreaterThan(putin.count, 2)
        XCTAssertEqual(Set(putin.map(\.group)), ["Wladimir Putin"])
    }
}
