import Foundation
import LoupeKit
import LoupeTestSupport
import XCTest
@testable import LoupeSentiment

/// Rules on hand-written sentences, in both languages: each test compares a sentence with a
/// minimal variant, so it fails when the rule stops working, whatever the lexicon values are.
final class SentimentRulesTests: XCTestCase {
    /// Scored as reviews unless a test asks for a genre: the rules, with every word in full
    /// (news weakens weak words, see `SentimentNewsTests`).
    func layer(_ text: String, _ language: Language, options: [String: String] = [:]) throws -> SentimentLayer {
        let document = Document(text: text, language: language)
        var scoped = AnalyzerOptions(["sentiment.genre": "reviews"])
        for (key, value) in options { scoped["sentiment.\(key)"] = value }
        try Loupe.registry.run(["sentiment"], on: document, options: scoped)
        return try XCTUnwrap(document.layer(SentimentLayer.self, named: "sentiment"))
    }

    func score(_ text: String, _ language: Language) throws -> Double { try layer(text, language).score }

    /// Review words that neither VADER nor AFINN lists come from Loupe's own English lexicon.
    func testReviewWordsHaveATone() throws {
        XCTAssertLessThan(try score("Parking here is a nightmare.", .english), -0.05)
        XCTAssertGreaterThan(try score("The staff were attentive and the soup was tasty.", .english), 0.05)
        XCTAssertLessThan(try score("The fries were soggy and overpriced.", .english), -0.05)
    }

    // MARK: - Negation

    func testNegationFlipsInBothLanguages() throws {
        XCTAssertGreaterThan(try score("The plan is good.", .english), 0.05)
        XCTAssertLessThan(try score("The plan is not good.", .english), -0.05)
        XCTAssertLessThan(try score("The plan isn't good.", .english), -0.05)
        XCTAssertGreaterThan(try score("Der Plan ist gut.", .german), 0.05)
        XCTAssertLessThan(try score("Der Plan ist nicht gut.", .german), -0.05)
        XCTAssertLessThan(try score("Das ist keine gute Idee.", .german), -0.05)
        XCTAssertGreaterThan(try score("Die Reise verlief ohne Probleme.", .german), 0.05)
    }

    func testNegationScopeEndsAtClauseBoundary() throws {
        // The negator's clause ends at the comma: "great" stays positive.
        let scoped = try score("It was not cheap, but the food was great.", .english)
        XCTAssertGreaterThan(scoped, 0.05)
        let german = try score("Es war nicht billig, aber das Essen war großartig.", .german)
        XCTAssertGreaterThan(german, 0.05)
        // Beyond three words the negator no longer reaches.
        XCTAssertGreaterThan(try score("Nobody would ever have thought it could be so wonderful.", .english), 0.05)
    }

    func testGermanClauseFinalNegationReachesBack() throws {
        XCTAssertGreaterThan(try score("Ich liebe dieses Lied.", .german), 0.05)
        XCTAssertLessThan(try score("Ich liebe dieses Lied nicht.", .german), -0.05)
    }

    func testNotOnlyIsNoNegation() throws {
        XCTAssertGreaterThan(try score("The hotel was not only clean but also friendly.", .english), 0.05)
        XCTAssertGreaterThan(try score("Das Hotel war nicht nur sauber, sondern auch freundlich.", .german), 0.05)
    }

    // MARK: - Intensifiers and dampeners

    func testIntensifiersAndDampeners() throws {
        let plain = try score("The service was good.", .english)
        XCTAssertGreaterThan(try score("The service was very good.", .english), plain)
        XCTAssertLessThan(try score("The service was barely good.", .english), plain)
        let schlicht = try score("Der Service war gut.", .german)
        XCTAssertGreaterThan(try score("Der Service war sehr gut.", .german), schlicht)
        XCTAssertGreaterThan(try score("Der Service war äußerst gut.", .german), schlicht)
        XCTAssertLessThan(try score("Der Service war kaum gut.", .german), schlicht)
        XCTAssertLessThan(try score("Der Service war etwas gut.", .german), schlicht)
    }

    func testExclamationAndCapitals() throws {
        let plain = try score("The view is beautiful.", .english)
        XCTAssertGreaterThan(try score("The view is beautiful!!", .english), plain)
        XCTAssertGreaterThan(try score("The view is BEAUTIFUL.", .english), plain)
        XCTAssertGreaterThan(
            try score("Die Aussicht ist wunderbar!!", .german), try score("Die Aussicht ist wunderbar.", .german))
    }

    // MARK: - Contrast

    func testContrastWeighsTheSecondClause() throws {
        XCTAssertLessThan(try score("The room was lovely, but the staff were rude.", .english), -0.05)
        XCTAssertGreaterThan(try score("The staff were rude, but the room was lovely.", .english), 0.05)
        XCTAssertLessThan(try score("Das Zimmer war schön, aber das Personal war unfreundlich.", .german), -0.05)
        XCTAssertGreaterThan(try score("Das Personal war unfreundlich, jedoch war das Zimmer schön.", .german), 0.05)
    }

    // MARK: - Emoji and emoticons

    func testEmojiAndEmoticons() throws {
        XCTAssertEqual(try score("We meet at noon.", .english), 0)
        XCTAssertGreaterThan(try score("We meet at noon 😀", .english), 0.05)
        XCTAssertLessThan(try score("We meet at noon 😢", .english), -0.05)
        XCTAssertGreaterThan(try score("Wir treffen uns um zwölf :-)", .german), 0.05)
        XCTAssertLessThan(try score("Wir treffen uns um zwölf :((", .german), -0.05)
        XCTAssertGreaterThan(try score("Wir treffen uns um zwölf &lt;3", .german), 0.05)
        XCTAssertGreaterThan(try score("Wir treffen uns um zwölf 👌🏽", .german), 0.05)
        // A bracket after a year and a colon is not a face.
        XCTAssertEqual(try score("Der Bericht (2024): Zahlen und Fakten.", .german), 0)
    }

    // MARK: - Genre

    /// The genre sets the neutral band of the labels and how weak words count: a weakly
    /// positive sentence is neutral as news (the default) and positive as social media or a review.
    func testGenreSetsTheNeutralBandAndWeakWords() throws {
        let text = "The meeting was fine but long and tiring."
        let news = try layer(text, .english, options: ["genre": "news"])
        let social = try layer(text, .english, options: ["genre": "social"])
        XCTAssertLessThan(abs(news.score), abs(social.score), "news weakens weak words")
        XCTAssertTrue(
            social.score > SentimentLabel.threshold && abs(news.score) < SentimentGenre.news.neutralBand,
            "needs a weak score: \(social.score) / \(news.score)")
        XCTAssertEqual(news.genre, .news)
        let unset = Document(text: text, language: .english)
        try Loupe.registry.run(["sentiment"], on: unset)
        XCTAssertEqual(unset.layer(SentimentLayer.self, named: "sentiment")?.genre, .news, "news is the default")
        XCTAssertEqual(news.label, .neutral)
        XCTAssertEqual(social.label, .positive)
        XCTAssertEqual(try layer(text, .english, options: ["genre": "reviews"]).label, .positive)
        XCTAssertEqual(try layer("Der Plan ist sehr gut.", .german, options: ["genre": "news"]).label, .positive)
        XCTAssertThrowsError(try layer(text, .english, options: ["genre": "poetry"]))
    }

    // MARK: - German inflection and compounds

    func testGermanInflectedFormsAndCompounds() throws {
        XCTAssertLessThan(try score("Die Sanktionen wurden verschärft.", .german), -0.05)
        XCTAssertGreaterThan(try score("Die Ministerin lobte die Helfer.", .german), 0.05)
        XCTAssertLessThan(try score("Er sprach von einem Angriffskrieg.", .german), -0.05)
        XCTAssertLessThan(try score("Er sprach von einer Hungerkatastrophe.", .german), -0.05)
        // A head is not cut out of a syllable's onset: `Aus|flüge` holds no `Lüge`.
        XCTAssertEqual(try score("Die Kinder machen zwei Ausflüge.", .german), 0)
        XCTAssertLessThan(try score("Das war eine Lüge.", .german), -0.05)
    }

    /// A capitalised word inside a sentence is a noun: it never takes a finite verb form's
    /// valence (`Preise` is not `preise` of `preisen`), whatever that valence is.
    func testCapitalisedNounIsNotAFiniteVerbForm() throws {
        let german = try XCTUnwrap(try? BuiltinLexicon.shared.get()).german
        let preise = try XCTUnwrap(german.entry(TokenKey.hash("preise", folding: .all)))
        XCTAssertTrue(
            preise.roles.contains(.finiteVerbForm) && preise.valence != 0,
            "the test needs 'preise' as a form of 'preisen'")
        // The noun, in a sentence that reports a fact: no word scores.
        for sentence in [
            "Die Preise wurden erhöht.", "Im Januar stiegen die Preise für Strom.", "Er sagte: Die Preise steigen.",
        ] {
            let explained = try layer(sentence, .german, options: ["explain": "1"]).explanation
            let bytes = Array(sentence.utf8)
            let words = (explained?.words ?? []).map {
                String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self)
            }
            XCTAssertFalse(words.contains("Preise"), "\(sentence): \(words)")
        }
        XCTAssertEqual(
            try score("Die Preise wurden gesenkt.", .german), try score("Die Mieten wurden gesenkt.", .german),
            accuracy: 1e-9)
        // The verb, in lower case or opening a sentence, keeps its sense.
        XCTAssertGreaterThan(try score("Wir preisen den Herrn.", .german), 0.05)
        XCTAssertGreaterThan(try score("Ich preise den Herrn.", .german), 0.05)
        XCTAssertGreaterThan(try score("Preise den Herrn!", .german), 0.05)
        // Nouns made from an infinitive or a participle keep the verb's sense.
        XCTAssertLessThan(try score("Am Abend gab es drei Verletzte.", .german), -0.05)
        XCTAssertGreaterThan(try score("Das Vertrauen der Kunden ist zurückgekehrt.", .german), 0.05)
    }

    func testFiniteFormsLeaveOutInfinitiveAndParticiples() {
        let preisen = GermanForms.finiteForms(of: "preisen")
        XCTAssertFalse(preisen.contains("preist"), "a participle form too")
        XCTAssertTrue(preisen.isSuperset(of: ["preise", "preisest", "preistest"]))
        XCTAssertFalse(preisen.contains("preisen") || preisen.contains("gepreist") || preisen.contains("preisend"))
        // `verletzte` is a past tense and a participle (`die Verletzten`): not counted as finite.
        let verletzen = GermanForms.finiteForms(of: "verletzen")
        XCTAssertTrue(
            verletzen.contains("verletze") && !verletzen.contains("verletzte") && !verletzen.contains("verletzten"))
        XCTAssertTrue(GermanForms.finiteForms(of: "Preis").isEmpty)
    }

    func testGeneratedForms() {
        let verb = GermanForms.forms(of: "loben", as: .verb)
        XCTAssertTrue(verb.contains("lobte") && verb.contains("gelobt") && verb.contains("lobten"))
        XCTAssertTrue(GermanForms.forms(of: "verstoßen", as: .verb).contains("verstößt"))
        XCTAssertTrue(GermanForms.forms(of: "Sanktion", as: .noun).contains("sanktionen"))
        XCTAssertTrue(GermanForms.forms(of: "gefährlich", as: .adjective).contains("gefährlichsten"))
        XCTAssertTrue(EnglishForms.forms(of: "undermine").contains("undermining"))
    }

    // MARK: - Voices

    func testQuotedPraiseDoesNotMakeTheNarratorPositive() throws {
        let text =
            "Die Armee beschoss erneut Wohnhäuser, viele Menschen wurden getötet. „Unsere Soldaten sind wunderbare, großartige Helden“, sagte der Sprecher."
        let result = try layer(text, .german)
        XCTAssertLessThan(result.narrator.score, -0.05)
        XCTAssertGreaterThan(result.quoted.score, 0.05)
        XCTAssertGreaterThan(result.quoted.words, 0)
        XCTAssertLessThan(result.score, 0)
        // With quotes counted fully, the praise pulls the document up.
        XCTAssertGreaterThan(try layer(text, .german, options: ["quote-weight": "1"]).score, result.score)
    }

    func testQuotedSpansFromTokens() {
        let marked = MarkedText("He said „⟦this is fine⟧“ and \"⟦so is this⟧\" but Jungs’ Auto stays.")
        let document = Document(text: marked.text, language: .english)
        XCTAssertEqual(QuotedSpeech(document).spans(in: document), marked.marks.map(\.span))
    }

    // MARK: - Explanation

    func testExplainListsTheWordsThatMovedTheScore() throws {
        let result = try layer(
            "Das Wetter war schön. Das Essen war nicht sehr gut.", .german, options: ["explain": "2"])
        let explanation = try XCTUnwrap(result.explanation)
        XCTAssertEqual(explanation.sentence, 2)
        let gut = try XCTUnwrap(explanation.words.first)
        XCTAssertEqual(
            Document(text: "Das Wetter war schön. Das Essen war nicht sehr gut.").string(for: gut.span), "gut")
        XCTAssertTrue(gut.reasons.contains { $0.hasPrefix("negated by 'nicht'") })
        XCTAssertTrue(gut.reasons.contains { $0.hasPrefix("boosted by 'sehr'") })
        XCTAssertThrowsError(try layer("Ein Satz.", .german, options: ["explain": "5"]))
    }

    func testJSONFollowsTheContract() throws {
        let document = Document(text: "Schöner Tag! Schlechte Nachrichten.", language: .german)
        try Loupe.registry.run(["sentiment"], on: document)
        let json = try DocumentJSON.encode(document, layers: ["sentiment"])
        let sentiment = try XCTUnwrap(json["sentiment"])
        XCTAssertNotNil(sentiment["score"])
        XCTAssertEqual(
            sentiment["label"].flatMap { if case let .string(s) = $0 { s } else { nil } }.map {
                ["positive", "negative", "neutral"].contains($0)
            }, true)
        guard case let .array(sentences)? = sentiment["sentences"], sentences.count == 2 else {
            return XCTFail("two sentences")
        }
        XCTAssertEqual(sentences[1]["start"], .int(13))
        XCTAssertEqual(sentences[1]["label"], .string("negative"))
        XCTAssertNotNil(sentiment["narrator"]?["score"])
        XCTAssertNotNil(sentiment["quoted"]?["label"])
    }

    func testEmptyTextAndOddCharacters() throws {
        XCTAssertEqual(try score("", .german), 0)
        XCTAssertNoThrow(try score("👩‍👩‍👧 e\u{301} שלום :) ))) ((( \" ' „", .unknown))
    }
}

final class SeparableVerbTests: XCTestCase {
    func score(_ text: String) throws -> Double {
        let document = Document(text: text, language: .german)
        try Loupe.registry.run(["sentiment"], on: document)
        return try XCTUnwrap(document.layer(SentimentLayer.self, named: "sentiment")).score
    }

    /// The particle at the end of the clause makes another verb: `kündigte … an` announces,
    /// `kündigte` alone dismisses; `griff … an` attacks, `griff` alone grabs.
    func testClauseFinalParticleMakesTheParticleVerb() throws {
        XCTAssertLessThan(try score("Der Konzern kündigte allen Mitarbeitern."), -0.05)
        XCTAssertEqual(try score("Die Ministerin kündigte an, sie werde morgen reisen."), 0, accuracy: 0.05)
        XCTAssertLessThan(try score("Russland griff in der Nacht die Ukraine an."), -0.05)
        XCTAssertEqual(try score("Er griff nach dem Glas."), 0, accuracy: 0.05)
    }
}
