import Foundation
import LoupeKit
import LoupeTestSupport
import XCTest
@testable import LoupeSentiment
@testable import LoupeSentimentTools

final class SentimentEntityAndEvalTests: XCTestCase {
    func testFallbackNamesNeedEvidence() {
        let document = Document(
            text: """
                Die Ministerin Anna Berger lobte am Montag die Feuerwehr. Berger sprach von einem großen Erfolg. \
                In Kassel feierten die Helfer, und auch in Kassel blieb die Stimmung gut. Der Erfolg freute die Stadt.
                """, language: .german)
        let names = Set(EntityTargets.capitalisedNames(document).map(\.name))
        XCTAssertTrue(names.contains("Anna Berger"))
        XCTAssertTrue(names.contains("Berger"))
        XCTAssertTrue(names.contains("Kassel"))
        XCTAssertFalse(names.contains("Erfolg"), "a noun seen after an article is no name")
        XCTAssertFalse(names.contains("Montag"))
        XCTAssertFalse(names.contains("Ministerin"))
        // a noun counted by a number, and an abbreviated month, are no names either
        let counted = Document(
            text:
                "Gegen 3 Uhr brach das Feuer aus. Um 4 Uhr war es gelöscht. 200 Stellen fallen weg, 300 Stellen bleiben.",
            language: .german)
        let countedNames = Set(EntityTargets.capitalisedNames(counted).map(\.name))
        XCTAssertFalse(countedNames.contains("Uhr"))
        XCTAssertFalse(countedNames.contains("Stellen"))
        let dated = Document(
            text: "LONDON, Oct 28 (Reuters) - Prices rose on Oct 28, said Anna Berger.", language: .english)
        XCTAssertFalse(Set(EntityTargets.capitalisedNames(dated).map(\.name)).contains("Oct"))
    }

    func testEntityToneComesFromItsClauses() throws {
        let document = Document(
            text: "Anna Berger wurde gelobt, während Tom Krause scharf kritisiert wurde. Tom Krause schwieg.",
            language: .german)
        try Loupe.registry.run(["sentiment"], on: document)
        let entities = try XCTUnwrap(document.layer(SentimentLayer.self, named: "sentiment")).entities
        let berger = try XCTUnwrap(entities.first { $0.name == "Anna Berger" })
        let krause = try XCTUnwrap(entities.first { $0.name == "Tom Krause" })
        XCTAssertGreaterThan(berger.score, 0.05)
        XCTAssertLessThan(krause.score, -0.05)
        XCTAssertEqual(krause.mentions, 2)
    }

    /// `--target`: the tone towards a phrase, over the clauses that mention it — a person by any
    /// of their names, a thing by its words — with the sentences listed; shared with entity tone.
    func testToneTowardsATarget() throws {
        let text =
            "Die Ministerin Anna Berger wurde gelobt, während die Maskenpflicht scharf kritisiert wurde. "
            + "Berger blieb ruhig. Das Wetter war schön."
        func target(_ phrase: String) throws -> (SentimentLayer.TargetScore, JSONValue) {
            let document = Document(text: text, language: .german)
            try Loupe.registry.run(["sentiment"], on: document, options: AnalyzerOptions(["sentiment.target": phrase]))
            let layer = try XCTUnwrap(document.layer(SentimentLayer.self, named: "sentiment"))
            return (try XCTUnwrap(layer.target), try DocumentJSON.encode(layer, of: document))
        }
        let (berger, json) = try target("berger")
        XCTAssertEqual(berger.mentions, 2, "Anna Berger and Berger")
        XCTAssertEqual(berger.sentences, [0, 1])
        XCTAssertGreaterThan(berger.score, 0.05, "praised in her clause")
        XCTAssertEqual(json["target"]?["phrase"]?.stringValue, "berger")
        XCTAssertEqual(json["target"]?["sentences"]?.arrayValue?.count, 2)
        let (mask, _) = try target("Maskenpflicht")
        XCTAssertEqual(mask.mentions, 1, "a word that is no name is found by its words")
        XCTAssertLessThan(mask.score, -0.05, "criticised in its clause, although the sentence also praises")
        let (absent, _) = try target("Kassel")
        XCTAssertEqual(absent.mentions, 0)
        XCTAssertEqual(absent.sentences, [])
    }

    func testEvalReadsTheTargetOffsets() {
        XCTAssertEqual(SentimentEval.targetRange(["target_start": 57, "target_end": 70]), 57..<70)
        XCTAssertNil(SentimentEval.targetRange(["target_start": 5]))
        XCTAssertNil(SentimentEval.targetRange(["target_start": 9, "target_end": 3]))
    }

    func testEntitiesLayerIsReadAsLabeledSpans() throws {
        struct FakeEntities: LabeledSpans {
            var labeledItems: [LabeledItem] { [LabeledItem(span: Span(0, 4), label: "ORG")] }
            func encode(to encoder: any Encoder) throws {}
        }
        let document = Document(text: "Acme hat einen großartigen Gewinn gemacht.", language: .german)
        document.setLayer(FakeEntities(), named: "entities")
        let mentions = try XCTUnwrap(EntityTargets.fromLayer(document))
        XCTAssertEqual(mentions.map(\.name), ["Acme"])
        XCTAssertEqual(mentions.first?.type, "ORG")
        XCTAssertEqual(mentions.first?.span, Span(0, 4))
    }

    func testMetrics() {
        func prediction(_ gold: SentimentLabel, _ score: Double, _ goldScore: Double?) -> SentimentEval.Prediction {
            .init(example: .init(text: "", label: gold, score: goldScore, language: nil, domain: "d"), score: score)
        }
        let predictions = [
            prediction(.positive, 0.5, 0.6), prediction(.negative, -0.4, -0.5), prediction(.neutral, 0.3, 0.0),
            prediction(.positive, 0.1, 0.2),
        ]
        let metrics = SentimentEval.metrics(predictions)
        XCTAssertEqual(metrics.accuracy, 0.75, accuracy: 1e-9)
        XCTAssertEqual(
            metrics.pearson ?? 0, SentimentEval.pearson(predictions.map { ($0.score, $0.example.score!) }),
            accuracy: 1e-12)
        XCTAssertEqual(SentimentEval.pearson([(1, 2), (2, 4), (3, 6)]), 1, accuracy: 1e-12)
        // F1: positive 2·2/(3+2) = 0.8, negative 1, neutral 0 → 0.6.
        XCTAssertEqual(metrics.macroF1, 0.6, accuracy: 1e-9)
        // Gold by row, predicted by column (positive, neutral, negative): the neutral row scored
        // +0.3 is counted as positive.
        let rows = SentimentEval.confusion(predictions).split(separator: "\n").map {
            $0.split(separator: " ").suffix(3).map(String.init)
        }
        XCTAssertEqual(Array(rows.suffix(3)), [["2", "0", "0"], ["1", "0", "0"], ["0", "0", "1"]])
    }

    /// `--part`: rows alternate by position, rows with a target that share a text go together;
    /// `--sentence`: one row per text, by its sentence label; `--neutral`: the band's half-width.
    func testPartsSentenceLabelsAndNeutralBand() {
        func row(_ text: String, _ label: SentimentLabel, sentence: SentimentLabel? = nil, target: Bool = false)
            -> SentimentEval.Example
        {
            .init(
                text: text, label: label, score: nil, language: .german, domain: "news", sentenceLabel: sentence,
                hasTarget: target)
        }
        let plain = ["a", "b", "a", "c", "d"].map { row($0, .neutral) }
        XCTAssertEqual(SentimentEval.select(plain, part: .tune, sentence: false).map(\.text), ["a", "a", "d"])
        XCTAssertEqual(SentimentEval.select(plain, part: .check, sentence: false).map(\.text), ["b", "c"])
        let targeted = [
            row("Der Minister lobt die Polizei.", .positive, sentence: .positive, target: true),
            row("Die Preise steigen.", .neutral, sentence: .neutral, target: true),
            row("Der Minister lobt die Polizei.", .neutral, sentence: .positive, target: true),
            row("Der Zug fällt aus.", .negative, sentence: nil, target: true),
        ]
        XCTAssertEqual(
            SentimentEval.select(targeted, part: .tune, sentence: false).map(\.label), [.positive, .neutral, .negative])
        XCTAssertEqual(SentimentEval.select(targeted, part: .check, sentence: false).count, 1)
        let sentences = SentimentEval.select(targeted, part: .all, sentence: true)
        XCTAssertEqual(
            sentences.map(\.text), ["Der Minister lobt die Polizei.", "Die Preise steigen."],
            "one row per text, none without a label")
        let prediction = SentimentEval.Prediction(example: row("x", .neutral), score: 0.15)
        XCTAssertEqual(prediction.label, .positive)
        XCTAssertEqual(SentimentEval.Prediction(example: row("x", .neutral), score: 0.15, neutral: 0.2).label, .neutral)
        XCTAssertEqual(
            SentimentEval.Prediction(example: row("x", .neutral), score: -0.2, neutral: 0.2).label, .negative)
    }

    /// `--agreement N` keeps the rows at least N % of annotators agree on; none left is an error.
    func testAgreementFilter() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-fpb-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
        {"text": "Net sales rose to EUR 5 mn.", "label": "pos", "agreement": "100", "lang": "en"}
        {"text": "The company is based in Espoo.", "label": "neu", "agreement": "50", "lang": "en"}
        """.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try SentimentEval.load(file.path).map(\.agreement), [100, 50])
        XCTAssertEqual(try SentimentEval.tool.run([file.path, "--agreement", "75"]), 0)
        XCTAssertThrowsError(try SentimentEval.tool.run([file.path, "--agreement", "100", "--part", "check"]))
    }

    /// Runs the eval tool on the shared dev sets when they are there (never shipped).
    func testEvalToolOnSharedData() throws {
        let shared =
            ProcessInfo.processInfo.environment["LOUPE_SHARED_DATA"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                "../../../../shared/data"
            ).standardized.path
        let file = shared + "/sentiment/eval/potts-de-dev.jsonl"
        guard FileManager.default.fileExists(atPath: file) else { throw XCTSkip("shared data not present") }
        let examples = try SentimentEval.load(file)
        XCTAssertGreaterThan(examples.count, 1000)
        XCTAssertEqual(try SentimentEval.tool.run([file]), 0)
        XCTAssertEqual(try SentimentEval.tool.run([file, "--part", "check", "--neutral", "0.2"]), 0)
        XCTAssertThrowsError(try SentimentEval.tool.run([file, "--part", "half"]))
        XCTAssertThrowsError(try SentimentEval.tool.run([file, "--agreement", "101"]))
    }

    /// Two forms as frequent and as long as each other ("Tab", "TAB") name their group by the one
    /// the text uses first, in every process (the order of a dictionary is not that).
    func testAGroupNameTieGoesToTheFirstForm() {
        let document = Document(text: "TAB und Tab. Tab und TAB.")
        let spans = [Span(0, 3), Span(8, 11), Span(13, 16), Span(21, 24)]
        let mentions = spans.map { EntityMention(span: $0, name: document.string(for: $0), type: "ORG") }
        XCTAssertEqual(EntityGroup.group(mentions, in: document).map(\.name), ["TAB"])
        XCTAssertEqual(EntityGroup.group(Array(mentions.dropFirst()), in: document).map(\.name), ["Tab"])
    }
}
