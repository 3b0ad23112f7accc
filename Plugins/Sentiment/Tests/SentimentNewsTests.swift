import Foundation
import LoupeKit
import LoupeTestSupport
import XCTest
@testable import LoupeSentiment

/// News senses, on sentences written for these tests: a change takes its tone from the quantity
/// that changes, test results are not praise, weak topical words do not make news positive, and
/// an apostrophe in tokenised text opens no quotation.
final class SentimentNewsTests: XCTestCase {
    func layer(_ text: String, _ language: Language, genre: String = "news") throws -> SentimentLayer {
        let document = Document(text: text, language: language)
        try Loupe.registry.run(["sentiment"], on: document, options: AnalyzerOptions(["sentiment.genre": genre]))
        return try XCTUnwrap(document.layer(SentimentLayer.self, named: "sentiment"))
    }

    func score(_ text: String, _ language: Language) throws -> Double { try layer(text, language).score }

    func label(_ text: String, _ language: Language) throws -> SentimentLabel { try layer(text, language).label }

    // MARK: - A change of a quantity

    func testChangeTakesItsToneFromTheQuantity() throws {
        XCTAssertEqual(try label("Der Gewinn stieg im dritten Quartal.", .german), .positive)
        XCTAssertEqual(try label("Die Kosten stiegen im dritten Quartal.", .german), .negative)
        XCTAssertEqual(try label("Die Arbeitslosigkeit sank im Mai.", .german), .positive)
        XCTAssertEqual(try label("Der Umsatz sank im Mai.", .german), .negative)
        XCTAssertEqual(try label("Die Preise wurden erhöht.", .german), .negative)
        XCTAssertEqual(try label("Net sales rose to EUR 12.5 mn.", .english), .positive)
        XCTAssertEqual(try label("Operating costs increased sharply.", .english), .negative)
        XCTAssertEqual(try label("The pretax loss narrowed to EUR 2 mn.", .english), .positive)
        XCTAssertEqual(try label("Quarterly earnings fell by a third.", .english), .negative)
    }

    func testFormulasOfAddressAndClosingHaveNoTone() throws {
        // a speech's or letter's salutation is no praise, so what follows decides
        XCTAssertEqual(try label("Meine sehr geehrten Damen und Herren!", .german), .neutral)
        XCTAssertEqual(try label("Mit freundlichen Grüßen", .german), .neutral)
        XCTAssertEqual(try label("Liebe Kolleginnen und Kollegen, das Gesetz ist schlecht.", .german), .negative)
        XCTAssertEqual(try label("Kind regards, John", .english), .neutral)
        // outside the formula the words keep their tone
        XCTAssertEqual(try label("Sie sprach von Liebe und Hoffnung.", .german), .positive)
        XCTAssertEqual(try label("The children were very kind to us.", .english), .positive)
    }

    func testAChangeWithoutAQuantityHasNoTone() throws {
        XCTAssertEqual(try label("Die Zahl der Mitglieder wurde erhöht.", .german), .neutral)
        XCTAssertEqual(try label("The number of seats increased.", .english), .neutral)
        // A clause with its own subject does not borrow the quantity of the clause before.
        XCTAssertEqual(try label("Die Kosten sind bekannt, die Zahl der Mitglieder stieg.", .german), .neutral)
        // `up` is a change only before a figure: `ended up` is none.
        XCTAssertEqual(try label("The profit talks ended up in Helsinki.", .english), .neutral)
    }

    func testCompoundsSeparableVerbsAndAppositions() throws {
        XCTAssertEqual(try label("Die Preiserhöhung kam überraschend.", .german), .negative)
        XCTAssertEqual(try label("Der Schuldenabbau kam voran.", .german), .positive)
        XCTAssertEqual(try label("Der Stellenabbau wurde beschlossen.", .german), .negative)
        XCTAssertEqual(try label("Der Quartalsgewinn stieg.", .german), .positive)
        // A compound whose first part is no quantity says nothing.
        XCTAssertEqual(try label("Die Fristverlängerung kam.", .german), .neutral)
        XCTAssertEqual(try label("Der Umsatz brach im Winter ein.", .german), .negative)
        XCTAssertEqual(try label("Operating profit was EUR 5.1 mn, up from EUR 4.2 mn.", .english), .positive)
        XCTAssertEqual(try label("Operating profit was EUR 4.2 mn, down from EUR 5.1 mn.", .english), .negative)
    }

    func testNegationAppliesToTheChange() throws {
        XCTAssertGreaterThan(try score("Der Gewinn stieg.", .german), 0.05)
        XCTAssertLessThan(try score("Der Gewinn stieg nicht.", .german), -0.05)
        XCTAssertLessThan(try score("Sales did not increase.", .english), -0.05)
    }

    func testExplainNamesTheQuantity() throws {
        let document = Document(text: "Die Preise wurden erhöht.", language: .german)
        try Loupe.registry.run(["sentiment"], on: document, options: AnalyzerOptions(["sentiment.explain": "1"]))
        let explanation = try XCTUnwrap(document.layer(SentimentLayer.self, named: "sentiment")?.explanation)
        let word = try XCTUnwrap(explanation.words.first { document.string(for: $0.span) == "erhöht" })
        XCTAssertTrue(word.reasons.contains("change of 'Preise'"), "\(word.reasons)")
    }

    // MARK: - Test results

    func testPositiveTestsAreBadNews() throws {
        XCTAssertEqual(try label("Er wurde positiv auf das Virus getestet.", .german), .negative)
        XCTAssertNotEqual(
            try label("Wenn es wieder positive Corona-Fälle gibt, kann die Maskenpflicht zurückkehren.", .german),
            .positive)
        XCTAssertEqual(try label("She tested positive for the virus.", .english), .negative)
        XCTAssertEqual(try label("Der Schnelltest war negativ.", .german), .neutral)
        // Elsewhere `positiv` keeps its sense.
        XCTAssertEqual(try label("Das Ergebnis ist sehr positiv.", .german), .positive)
    }

    // MARK: - Weak words in news

    func testWeakTopicalWordsAreNeutralInNewsOnly() throws {
        let text = "Der Sprecher sagte, die Lage gefährde die Sicherheit auf der Halbinsel."
        XCTAssertNotEqual(try label(text, .german), .positive)
        let calm = "Die Sicherheit der Anlage wurde geprüft."
        XCTAssertEqual(try label(calm, .german), .neutral)
        XCTAssertEqual(try layer(calm, .german, genre: "reviews").label, .positive)
        XCTAssertEqual(try label("Die Mieten werden teurer.", .german), .negative)
        // Strong words still count in news.
        XCTAssertEqual(try label("Das war ein katastrophaler Fehler.", .german), .negative)
        XCTAssertEqual(try label("The ceremony was a wonderful success.", .english), .positive)
    }

    /// Frequent words that textblob-de rates but whose news sense is no judgement (the audit in
    /// de-news.tsv): they score nothing in any genre.
    func testFrequentNeutralWordsCarryNoTone() throws {
        for text in [
            "Er kommt wohl erst morgen.", "Die Kosten wurden auf 5 Millionen Euro geschätzt.",
            "Die Polizei sucht Zeugen.", "Der Rat tagt auf diese Weise seltener.",
            "Der Eintritt kostet fünf Euro.",
        ] {
            XCTAssertEqual(try layer(text, .german, genre: "reviews").score, 0, text)
        }
    }

    // MARK: - The genre of a text given none

    func testAShortPostIsReadAsSocialMediaUnlessAGenreIsGiven() throws {
        for post in ["@anna das war super :)", "Was für ein Spiel #fcb", "Finally home 😀", "love this <3"] {
            let document = Document(text: post)
            XCTAssertEqual(SentimentGenre.detected(in: document), .social, post)
            let auto = try layer(post, document.language, genre: "auto")
            XCTAssertEqual(auto.genre, .social, post)
            XCTAssertTrue(auto.genreDetected)
            XCTAssertEqual(try layer(post, document.language, genre: "news").genre, .news, "asked for")
        }
        for text in [
            "Die Preise wurden erhöht.", "Der Bericht (2024): Zahlen und Fakten.", "A 20% rise, said the CEO.",
        ] {
            XCTAssertEqual(SentimentGenre.detected(in: Document(text: text)), .news, text)
        }
        // A long text is no post, whatever it contains.
        let long = String(repeating: "Der Rat tagte am Montag in Berlin. ", count: 20) + "#tag :)"
        XCTAssertEqual(SentimentGenre.detected(in: Document(text: long)), .news)
    }

    // MARK: - Apostrophes in tokenised text

    func testApostrophesInTokenisedTextOpenNoQuotation() throws {
        for text in [
            "In 2010 , Finnlines ' net sales rose to EUR 50 mn .",
            "In 2010 , the group 's net sales rose to EUR 50 mn .",
        ] {
            let layer = try layer(text, .english)
            XCTAssertEqual(layer.quoted.words, 0, text)
            XCTAssertEqual(layer.label, .positive, text)
        }
        // A real single quotation stays quoted.
        XCTAssertGreaterThan(try layer("He called it 'a great day' for the town.", .english).quoted.words, 0)
    }
}
