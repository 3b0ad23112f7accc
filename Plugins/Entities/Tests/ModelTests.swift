import XCTest
@testable import LoupeEntities
@testable import LoupeEntitiesTools
import LoupeCore
import Foundation

final class FeatureTests: XCTestCase {
    func testLowercaseShapeAndFlags() {
        let ex = FeatureExtractor(groups: .all, hashBits: 16, resources: nil, clusters: nil)
        var s = FeatureExtractor.Scratch()
        ex.extract(["ÄRGER", "Äpfel", "äpfel", "NATO-Generalsekretär", "19."], into: &s)
        // lower-casing covers ASCII and Latin-1 upper case
        XCTAssertEqual(s.info[1].hLower, s.info[2].hLower)
        XCTAssertNotEqual(s.info[1].hWord, s.info[2].hWord)
        XCTAssertTrue(s.info[0].flags & fAllCaps != 0)
        XCTAssertTrue(s.info[1].flags & fCap != 0)
        XCTAssertTrue(s.info[2].flags & fCap == 0)
        // same shape class for Ä and A
        XCTAssertEqual(s.info[1].hShort, s.info[4 - 3].hShort)
        XCTAssertTrue(s.info[3].flags & fHyphen != 0)
        XCTAssertNotEqual(s.info[3].hypFirst, 0)
        XCTAssertTrue(s.info[4].flags & fHasDigit != 0 && s.info[4].flags & fDot != 0)
        // every token has features, all inside the table
        XCTAssertEqual(s.offsets.count, 6)
        for i in 0..<5 { XCTAssertGreaterThan(s.offsets[i + 1] - s.offsets[i], 10) }
        XCTAssertTrue(s.feats.allSatisfy { $0 < 1 << 16 })
    }

    func testFeaturesAreDeterministicAndGroupGated() {
        let toks = ["Der", "NATO-Generalsekretär", "besuchte", "Putins", "Russland", "."]
        let a = FeatureExtractor(groups: .all, hashBits: 18, resources: nil, clusters: nil)
        var s1 = FeatureExtractor.Scratch(), s2 = FeatureExtractor.Scratch()
        a.extract(toks, into: &s1); a.extract(toks.map { Substring($0) }, into: &s2)
        XCTAssertEqual(s1.feats, s2.feats)
        let b = FeatureExtractor(groups: [.word], hashBits: 18, resources: nil, clusters: nil)
        var s3 = FeatureExtractor.Scratch()
        b.extract(toks, into: &s3)
        XCTAssertEqual(s3.offsets, [0, 3, 6, 9, 12, 15, 18])  // bias + word + lower
    }

    func testDocumentBytesGiveTheSameFeaturesAsStrings() {
        let text = "Der NATO-Generalsekretär traf Putins Gesandten in Ägypten."
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokenize(bytes)
        let ex = FeatureExtractor(groups: .all, hashBits: 18, resources: nil, clusters: nil)
        var a = FeatureExtractor.Scratch(), b = FeatureExtractor.Scratch()
        ex.extract(tokens.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }, into: &a)
        bytes.withUnsafeBufferPointer { ex.extract(utf8: $0, spans: tokens.map(\.span), into: &b) }
        XCTAssertEqual(a.feats, b.feats)
        XCTAssertEqual(a.offsets, b.offsets)
    }

    func testGazetteerStemAndHyphenLookups() {
        let sur = NERHashTable(name: "surnames", valueBits: 8, entries: [(NERHashTable.key("Putin"), 1)])
        let nouns = NERHashTable(
            name: "nouns", valueBits: 8,
            entries: [
                (NERHashTable.key("Generalsekretär"), NERGaz.noun),
                (NERHashTable.key("Russland"), NERGaz.toponym),
            ])
        let first = NERHashTable(name: "firstnames", valueBits: 8, entries: [(NERHashTable.key("Emma"), 1)])
        let res = NERResources(nouns: nouns, firstNames: first, surnames: sur)
        let ex = FeatureExtractor(groups: .all, hashBits: 16, resources: res, clusters: nil)
        var s = FeatureExtractor.Scratch()
        ex.extract(["Putins", "Russlands", "NATO-Generalsekretär", "Putin", "emma"], into: &s)
        XCTAssertEqual(s.info[0].gaz, 0)
        XCTAssertEqual(s.info[0].gazStem, NERGaz.surname)  // Putins → Putin
        XCTAssertEqual(s.info[1].gazStem, NERGaz.toponym)  // Russlands → Russland
        XCTAssertEqual(s.info[2].gazHypLast, NERGaz.noun)  // …-Generalsekretär
        XCTAssertEqual(s.info[3].gaz, NERGaz.surname)
        XCTAssertEqual(s.info[4].gazLowerCap, NERGaz.firstNameFrequent)  // emma → Emma
        XCTAssertEqual(res.nouns!.lookup("Russland"), NERGaz.toponym)
        XCTAssertEqual(res.nouns!.lookup("Moskau"), 0)
    }

    func testHashTableRoundTrip() throws {
        let t = NERHashTable(
            name: "x", valueBits: 8, entries: (0..<1000).map { (NERHashTable.key("w\($0)"), UInt32($0 % 200 + 1)) })
        let u = try NERHashTable(data: t.serialized())
        XCTAssertEqual(u.name, "x"); XCTAssertEqual(u.count, 1000)
        for i in 0..<1000 { XCTAssertEqual(u.lookup("w\(i)"), UInt32(i % 200 + 1)) }
        XCTAssertEqual(u.lookup("not there"), 0)
    }
}

final class DecodingTests: XCTestCase {
    func testViterbiEnforcesBIO() {
        // emissions favour I-PER at position 0 and I-LOC at position 1: invalid BIO
        var e = [Float](repeating: 0, count: 2 * 9)
        e[NERTag.inside(.per).rawValue.asInt] = 10
        e[NERTag.begin(.per).rawValue.asInt] = 5
        e[9 + NERTag.inside(.loc).rawValue.asInt] = 10
        e[9 + NERTag.inside(.per).rawValue.asInt] = 6
        let t = [Float](repeating: 0, count: 90)
        let path = viterbi(e, 2, t).map { NERTag(rawValue: $0) }
        XCTAssertEqual(path, [.begin(.per), .inside(.per)])
    }

    func testViterbiUsesTransitions() {
        // position 1 slightly prefers O, but the B-ORG → I-ORG transition wins
        var e = [Float](repeating: 0, count: 2 * 9)
        e[NERTag.begin(.org).rawValue.asInt] = 3
        e[9] = 1
        e[9 + NERTag.inside(.org).rawValue.asInt] = 0.5
        var t = [Float](repeating: 0, count: 90)
        t[(NERTag.begin(.org).rawValue.asInt + 1) * 9 + NERTag.inside(.org).rawValue.asInt] = 1
        XCTAssertEqual(viterbi(e, 2, t).map { NERTag(rawValue: $0) }, [.begin(.org), .inside(.org)])
        t[(NERTag.begin(.org).rawValue.asInt + 1) * 9 + NERTag.inside(.org).rawValue.asInt] = 0
        XCTAssertEqual(viterbi(e, 2, t).map { NERTag(rawValue: $0) }, [.begin(.org), .outside])
    }

    func testHandMadeModel() {
        // a model with word features only: "Anna" → B-PER, "Oxo" → B-ORG, everything else O via bias
        let bits = 12
        let ex = FeatureExtractor(groups: [.word], hashBits: bits, resources: nil, clusters: nil)
        var s = FeatureExtractor.Scratch()
        ex.extract(["Anna", "mag", "Oxo"], into: &s)
        var w = [Float](repeating: 0, count: (1 << bits) * 9)
        let bias = Int(s.feats[0])
        w[bias * 9 + 0] = 1  // O
        let anna = Int(s.feats[1]), oxo = Int(s.feats[s.offsets[2] + 1])
        w[anna * 9 + NERTag.begin(.per).rawValue.asInt] = 5
        w[oxo * 9 + NERTag.begin(.org).rawValue.asInt] = 5
        let m = NERModel(
            features: [.word], hashBits: bits, language: "de", gazetteerMask: 0, floatWeights: w,
            transitions: [Float](repeating: 0, count: 90), clusters: nil, resources: nil)
        XCTAssertEqual(m.tag(["Anna", "mag", "Oxo"].map { Substring($0) }), [.begin(.per), .outside, .begin(.org)])
        XCTAssertEqual(
            m.entities(["Oxo", "mag", "Anna"]),
            [NEREntity(range: 0..<1, label: .org), NEREntity(range: 2..<3, label: .per)])
        XCTAssertEqual(m.tag([Substring]()), [])
    }
}

final class TrainingTests: XCTestCase {
    func testSaveLoadSamePredictions() throws {
        let train = syntheticCorpus(count: 300, seed: 1), test = syntheticCorpus(count: 100, seed: 2)
        let model = NERTrainer(features: .all, hashBits: 14, language: "de").train(sentences: train, epochs: 4, seed: 7)
        let data = model.save()
        let loaded = try NERModel(data: data)
        XCTAssertEqual(loaded.save(), data)
        XCTAssertEqual(loaded.hashBits, 14); XCTAssertEqual(loaded.language, "de")
        for s in test { XCTAssertEqual(model.tag(s.tokens), loaded.tag(s.tokens.map { Substring($0) })) }
        let scores = evaluateNER(gold: test.map { $0.tags }, predicted: test.map { loaded.tag($0.tokens) })
        XCTAssertGreaterThan(scores.micro.f1, 0.95)
        XCTAssertThrowsError(try NERModel(data: Data([1, 2, 3, 4])))
        XCTAssertThrowsError(try NERModel(data: data.prefix(1000)))
    }

    func testTrainingIsDeterministic() {
        let train = syntheticCorpus(count: 200, seed: 3), dev = syntheticCorpus(count: 30, seed: 4)
        let trainer = NERTrainer(features: .all, hashBits: 13, language: "de")
        var epochs = 0
        let a = trainer.train(sentences: train, dev: dev, epochs: 3, seed: 11) { p in
            epochs += 1; XCTAssertNotNil(p.dev)
        }
        let b = trainer.train(sentences: train, dev: dev, epochs: 3, seed: 11)
        XCTAssertEqual(epochs, 3)
        XCTAssertEqual(a.save(), b.save())
        var t2 = trainer
        t2.privateFeatureSources = ["synthetic"]; t2.noOTHSources = ["synthetic"]; t2.sourceWeights = ["synthetic": 0.5]
        XCTAssertEqual(
            t2.train(sentences: train, epochs: 2, seed: 5).save(), t2.train(sentences: train, epochs: 2, seed: 5).save()
        )
        // another seed shuffles differently; averaging runs is deterministic too
        XCTAssertNotEqual(trainer.train(sentences: train, epochs: 3, seed: 12).save(), a.save())
        XCTAssertEqual(
            trainer.train(sentences: train, epochs: 2, seed: 1, runs: 2).save(),
            trainer.train(sentences: train, epochs: 2, seed: 1, runs: 2).save())
    }
}

final class ReaderAndEvaluationTests: XCTestCase {
    func testGermEvalReader() {
        let text =
            "#\tsource\t[2020-01-01]\t\n1\tLisa\tB-PER\tO\n2\tfährt\tO\tO\n3\tnach\tO\tO\n4\tOstdorf\tB-LOC\tO\n5\tund\tO\tO\n6\tisst\tO\tO\n7\tostdorfer\tB-LOCderiv\tO\n8\tKuchen\tO\tO\n\n#\tx\n1\tDer\tO\tO\n2\tVerein\tI-ORG\tO\n\n"
        let s = NERReaders.germEval(text)
        XCTAssertEqual(s.count, 2)
        XCTAssertEqual(s[0].tokens.count, 8)
        XCTAssertEqual(s[0].tags[0], .begin(.per)); XCTAssertEqual(s[0].tags[3], .begin(.loc))
        XCTAssertEqual(s[0].tags[6], .outside)  // deriv → O
        XCTAssertEqual(s[1].tags[1], .begin(.org))  // repaired BIO
        XCTAssertEqual(NERReaders.germEval(text, policy: .baseLabel)[0].tags[6], .begin(.loc))
    }

    func testCoNLLReader() {
        let text =
            "Hallo\tO\nMax\tB-person\nMeier\tI-person\n\t\nin\tO\nNordheim\tB-location-city\nHbf\tB-location-stop\n-DOCSTART- -1- O O\nX\tB-product\n"
        let s = NERReaders.conll(text, source: "t", mapType: NERReaders.labelMapping())
        XCTAssertEqual(s.count, 3)
        XCTAssertEqual(s[0].tags, [.outside, .begin(.per), .inside(.per)])
        XCTAssertEqual(s[1].tags, [.outside, .begin(.loc), .outside])
        XCTAssertEqual(s[2].tags, [.begin(.oth)])  // product → OTH (one mapping for all formats)
        // Sentences before the first `-DOCSTART-` are document 0, each mark starts the next one.
        XCTAssertEqual(s.map(\.document), [0, 0, 1])
        let marked = NERReaders.conll(
            "-DOCSTART- O\n\nA\tO\n\nB\tO\n-DOCSTART- O\nC\tO\n", source: "t", mapType: NERReaders.labelMapping())
        XCTAssertEqual(marked.map(\.document), [0, 0, 1])
        // Without marks every sentence is a document of its own.
        XCTAssertEqual(
            NERReaders.conll("A\tO\n\nB\tO\n", source: "t", mapType: NERReaders.labelMapping()).map(\.document), [0, 1])
        let w = NERReaders.conll(
            "a\tB-group\nb\tB-creative-work\nc\tI-creative-work\n", source: "w", mapType: NERReaders.labelMapping())
        XCTAssertEqual(w[0].tags, [.begin(.org), .begin(.oth), .inside(.oth)])
        let stops = NERReaders.conll(
            "Nordheim\tB-location-stop\nS1\tB-location-route\n", source: "m",
            mapType: NERReaders.labelMapping(stopsAndRoutes: true))
        XCTAssertEqual(stops[0].tags, [.begin(.loc), .begin(.loc)])
    }

    func testFormatDetectionAndPseudoSentences() {
        XCTAssertEqual(NERReaders.detectFormat("#\tx\n1\tLisa\tB-PER\tO\n"), .germEval)
        XCTAssertEqual(NERReaders.detectFormat("Lisa\tB-PER\nlacht\tO\n"), .conll)
        // a CoNLL file without sentence breaks is cut after . + capital, never inside an entity
        let s = NERReaders.read("Anna B-PER\nlacht O\n. O\nBernd B-PER\nweint O\n. O\n", source: "x")
        XCTAssertEqual(s.map(\.tokens), [["Anna", "lacht", "."], ["Bernd", "weint", "."]])
    }

    func testStrictEvaluation() {
        let gold: [[NERTag]] = [[.begin(.per), .inside(.per), .outside, .begin(.loc)], [.begin(.org), .outside]]
        let pred: [[NERTag]] = [[.begin(.per), .outside, .outside, .begin(.loc)], [.begin(.org), .outside]]
        let s = evaluateNER(gold: gold, predicted: pred)
        XCTAssertEqual(s.micro.truePositives, 2); XCTAssertEqual(s.micro.goldCount, 3);
        XCTAssertEqual(s.micro.predictedCount, 3)
        XCTAssertEqual(s.perLabel[.per]!.f1, 0)
        XCTAssertEqual(s.perLabel[.loc]!.f1, 1)
        XCTAssertEqual(s.micro.f1, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertTrue(s.description.contains("micro"))
        // conlleval convention: a dangling I- starts an entity
        XCTAssertEqual(
            nerEntities([.inside(.loc), .inside(.loc), .begin(.loc)]),
            [NEREntity(range: 0..<2, label: .loc), NEREntity(range: 2..<3, label: .loc)])
        XCTAssertEqual(NERTag(string: "B-ORG"), .begin(.org));
        XCTAssertEqual(NERTag(string: "I-OTH")?.description, "I-OTH")
    }
}

/// The shipped files are `BinaryResource`s: reading and writing them again gives their bytes.
final class ShippedResourceFormatTests: XCTestCase {
    func testShippedFilesRoundTripByteForByte() throws {
        let folder = try XCTUnwrap(EntityModels.resourceFolder)
        for name in ["entities-de", "entities-en"] {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(name).bin"))
            XCTAssertEqual(try NERModel(data: data).save(), data, name)
        }
        for name in ["gaz-de-nouns", "gaz-firstnames", "gaz-surnames"] {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(name).bin"))
            XCTAssertEqual(try NERHashTable(data: data).serialized(), data, name)
        }
    }

    func testDamagedModelIsRefused() throws {
        let data = try Data(
            contentsOf: XCTUnwrap(EntityModels.resourceFolder).appendingPathComponent("entities-en.bin"))
        XCTAssertThrowsError(try NERModel(data: data.prefix(data.count / 2))) {
            XCTAssertEqual($0 as? BinaryResource.Malformed, .truncated)
        }
        XCTAssertThrowsError(try NERModel(data: Data("LGZ1xxxx".utf8))) {
            XCTAssertEqual($0 as? BinaryResource.Malformed, .badMagic("NER model"))
        }
    }
}

extension UInt8 {
    var asInt: Int { Int(self) }
}

/// `DocumentConsistency` on token lists written for these tests.
final class DocumentConsistencyTests: XCTestCase {
    /// Runs `DocumentConsistency` on sentences of words with entities given as (sentence, first
    /// word, word count, label); returns the entities as (sentence, words, label) strings.
    func consistent(_ sentences: [[String]], _ entities: [(Int, Int, Int, NERLabel)]) -> [String] {
        var tokens: [String] = [], starts: [Int] = []
        for s in sentences {
            starts.append(tokens.count)
            tokens += s
        }
        let input = entities.map { e in (tokens: (starts[e.0] + e.1)..<(starts[e.0] + e.1 + e.2), label: e.3) }
        let out = DocumentConsistency.apply(
            input, tokenCount: tokens.count, key: { TokenKey.hash(tokens[$0], folding: []) },
            capitalised: { tokens[$0].first?.isUppercase == true }, sentenceStarts: starts)
        return out.map { e in
            let sentence = starts.lastIndex { $0 <= e.tokens.lowerBound }!
            return "\(sentence):\(tokens[e.tokens].joined(separator: " "))/\(e.label)"
        }
    }

    func testFoundMentionsKeepTheirLabelsAndRecurrencesTakeTheMajority() {
        let text = [
            ["Hamas", "said"], ["Hamas", "rejected", "it"], ["Hamas", "leaders", "met"], ["Hamas", "again"],
        ]
        // The tagger's own mentions keep their labels (a club and a state may share a name); the
        // mention it missed takes the majority label.
        XCTAssertEqual(
            consistent(text, [(0, 0, 1, .org), (1, 0, 1, .loc), (2, 0, 1, .org)]),
            ["0:Hamas/ORG", "1:Hamas/LOC", "2:Hamas/ORG", "3:Hamas/ORG"])
        // A tie goes to the first mention's label.
        XCTAssertEqual(
            consistent(
                [["Jordan", "won"], ["Jordan", "lost"], ["Jordan", "drew"]], [(0, 0, 1, .loc), (1, 0, 1, .per)]),
            ["0:Jordan/LOC", "1:Jordan/PER", "2:Jordan/LOC"])
    }

    func testANameTaggedOTHInSomeMentionsTakesItsSpecificLabel() {
        let text = [
            ["Investors", "feared", "Vantor", "'s", "price"], ["Now", "people", "wonder", "if", "Vantor", "survives"],
            ["Vantor", "users", "wait"], ["The", "Zebrafone", "sold"], ["A", "Zebrafone", "broke"],
        ]
        // OTH twice and ORG once: ORG throughout; a name only ever OTH stays OTH
        XCTAssertEqual(
            consistent(text, [(0, 2, 1, .org), (1, 4, 1, .oth), (2, 0, 1, .oth), (3, 1, 1, .oth), (4, 1, 1, .oth)]),
            ["0:Vantor/ORG", "1:Vantor/ORG", "2:Vantor/ORG", "3:Zebrafone/OTH", "4:Zebrafone/OTH"])
        // a tie between two specific labels leaves OTH as tagged
        XCTAssertEqual(
            consistent(
                [["Jordan", "won"], ["Jordan", "lost"], ["Jordan", "drew"]],
                [(0, 0, 1, .loc), (1, 0, 1, .per), (2, 0, 1, .oth)]),
            ["0:Jordan/LOC", "1:Jordan/PER", "2:Jordan/OTH"])
    }

    func testANameFoundOnceIsFoundInAllItsMentions() {
        let text = [
            ["Kim", "Jong-un", "visited", "Kim", "Jong-un", "Street"], ["Later", ",", "Kim", "Jong-un", "spoke"],
            ["the", "kim", "jong-un", "case"], ["Kim"],
        ]
        XCTAssertEqual(
            consistent(text, [(0, 0, 2, .per), (0, 3, 3, .loc)]),
            // the longer name keeps its own span; lower case and the lone first word are no mention
            ["0:Kim Jong-un/PER", "0:Kim Jong-un Street/LOC", "1:Kim Jong-un/PER"])
        // A name never spans two sentences, and a lower-case entity is not spread.
        XCTAssertEqual(
            consistent(
                [["New", "York"], ["New"], ["York", "x"], ["the", "iphone", "x", "iphone"]],
                [(0, 0, 2, .loc), (3, 1, 1, .oth)]),
            ["0:New York/LOC", "3:iphone/OTH"])
    }

    func testASurnameAfterTheFullNameIsThePerson() {
        let text = [
            ["Serena", "Okonjo", "won", "in", "Lagos"], ["Okonjo", "served", "well"], ["Then", "Okonjo", "lost"],
            ["okonjo", "and", "Lagos"],
        ]
        // the tagger called the surname a place once and missed it once
        XCTAssertEqual(
            consistent(text, [(0, 0, 2, .per), (0, 4, 1, .loc), (1, 0, 1, .loc), (3, 2, 1, .loc)]),
            ["0:Serena Okonjo/PER", "0:Lagos/LOC", "1:Okonjo/PER", "2:Okonjo/PER", "3:Lagos/LOC"])
        // two names the tagger ran together are no full name: the place stays a place
        XCTAssertEqual(
            consistent(
                [["Ivanov", "Kursk", "talks"], ["Ivanov", "arrived"], ["Kursk", "is", "calm"]],
                [(0, 0, 2, .per), (1, 0, 1, .per), (2, 0, 1, .loc)]),
            ["0:Ivanov Kursk/PER", "1:Ivanov/PER", "2:Kursk/LOC"])
    }
}
