import LoupeCore
import LoupeTestSupport
import XCTest

final class GermanSentenceTests: XCTestCase {
    func testOrdinalsAndAbbreviationsDoNotEndSentences() {
        assertSentences("⟦Er kommt am 19. und 20. Juni nach Berlin.⟧ ⟦Dann reist er weiter.⟧")
        assertSentences("⟦Das gilt z. B. für Dr. Meier und Nr. 5 der Liste.⟧ ⟦Sonst nicht.⟧")
        assertSentences("⟦Am 20.06.2024 um 9:30 Uhr begann es.⟧ ⟦Es endete spät.⟧")
        // feast days counted by ordinals; a year is no ordinal before a noun that ordinals count
        assertSentences("⟦Am 2. Advent und am 1. Weihnachtsfeiertag ist geöffnet.⟧ ⟦Sonst nicht.⟧")
        assertSentences("⟦Das Werk schloss 2014.⟧ ⟦Tag für Tag wuchs seither der Leerstand.⟧")
        // weekdays counted in a month
        assertSentences("⟦Der Markt ist am 3. Dienstag im Monat.⟧ ⟦Sonst nicht.⟧")
        assertSentences("⟦Das Werk schloss 2014.⟧ ⟦Montag kam der Abriss.⟧")
        // `mind.`, `max.`, `min.` are abbreviations before a number or a word in lower case, English words before
        // a capital
        assertSentences("⟦Es kamen mind. 500 Gäste und max. zwei Busse, nach 90 min. ging es los.⟧ ⟦Gut.⟧")
        assertSentences("⟦He had not made up his mind.⟧ ⟦The council votes today.⟧")
        assertSentences("⟦They pushed it to the max.⟧ ⟦Then it broke.⟧")
    }

    func testAnOverlongRunIsCutIntoBoundedPiecesAtASoftBreak() {
        // 1,000 words without an end: pieces of at most 300 tokens that cover the text.
        let words = (0..<1000).map { $0 % 10 == 9 ? "wort," : "wort" }.joined(separator: " ")
        let document = Document(text: words)
        XCTAssertEqual(document.sentences.first?.tokens.lowerBound, 0)
        XCTAssertEqual(document.sentences.last?.tokens.upperBound, document.tokens.count)
        for (a, b) in zip(document.sentences, document.sentences.dropFirst()) {
            XCTAssertEqual(a.tokens.upperBound, b.tokens.lowerBound)
        }
        XCTAssertTrue(document.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maximumTokens })
        XCTAssertTrue(
            document.sentences.dropLast().allSatisfy {
                document.string(for: document.tokens[$0.tokens.upperBound - 1]) == ","
            },
            "cut after a comma")
        // Without any break, a hard cut.
        let plain = Document(text: String(repeating: "wort ", count: 700))
        XCTAssertEqual(plain.sentences.map(\.tokens.count), [300, 300, 100])
        // A normal long sentence is left whole.
        assertSentences(
            "⟦" + String(repeating: "Er sagte, dass es gut sei, ", count: 20) + "und ging.⟧ ⟦Dann kam sie.⟧")
    }

    func testYearAtSentenceEnd() {
        assertSentences("⟦Das war im Jahr 2023.⟧ ⟦Danach kam 2024.⟧")
    }

    func testBracketsDoNotSplit() {
        assertSentences("⟦„Russland unterstützte [Nordkorea] und sein Volk.“⟧ ⟦Dann ging er.⟧")
        assertSentences("⟦Er sagte (siehe S. 4. Absatz) etwas.⟧ ⟦Gut.⟧")
    }

    func testSentencesEndingInsideQuotes() {
        assertSentences("⟦„Wir kommen.“⟧ ⟦Dann gingen sie.⟧")
        assertSentences("⟦„Kommst du?“, fragte er.⟧ ⟦„Ja!“⟧ ⟦Sie lachte.⟧")
        assertSentences("⟦Er sagte: „Das ist gut.“⟧ ⟦„Und das auch.“⟧")
        // a capital letter with its period after a lower-case word ends the sentence before a quotation; an initial
        // after a first name does not
        assertSentences("⟦„Wir müssen reden“, schrieb sie auf X.⟧ ⟦„Dringend.“⟧")
        assertSentences("⟦Das Buch von Hans J. „Jupp“ Meier erschien.⟧")
        // and before a capitalised word
        assertSentences("⟦Jeffries wrote on X.⟧ ⟦Democratic leader Hakeem Jeffries said more.⟧")
    }

    func testParagraphsAndHeadlines() {
        assertSentences(
            "⟦Putin in Pjöngjang⟧\n⟦Der Präsident reist heute ab.⟧\n\n⟦Ohne Punkt am Ende⟧\n\n⟦Neuer Absatz.⟧")
    }

    func testLowercaseAfterPeriodDoesNotSplit() {
        assertSentences("⟦Er kam ... und ging wieder.⟧")
    }
}

final class EnglishSentenceTests: XCTestCase {
    func testAbbreviations() {
        assertSentences("⟦Mr. Smith met Dr. Jones in the U.S. capital.⟧ ⟦They talked.⟧")
        assertSentences("⟦It was sold to Apple Inc. in 2020.⟧ ⟦Prices rose.⟧")
        // parliamentary address
        assertSentences("⟦Will my right hon. Friend confirm the date?⟧ ⟦He will.⟧")
        // a clock's or a country's letters end a sentence before a word that opens one, not before a name
        assertSentences("⟦The vote came at 2 a.m.⟧ ⟦He thanked them.⟧ ⟦It opens at 9 a.m. Monday.⟧")
        assertSentences("⟦She moved to the U.S.⟧ ⟦The plan went to the U.S. House.⟧")
        assertSentences("⟦Dafür sind u.a. Die Linke und die SPD.⟧")
        // an initial ends one before an article or pronoun that opens one, not before a name or a verb
        assertSentences("⟦Er schrieb auf der Plattform X.⟧ ⟦Der Verein schwieg.⟧ ⟦Rafik Y. sagte nichts.⟧")
        assertSentences("⟦They chose plan B.⟧ ⟦It failed.⟧ ⟦George W. Bush spoke.⟧")
    }

    func testQuotes() {
        assertSentences("⟦“We will win,” he said.⟧ ⟦“Really?” she asked.⟧ ⟦He nodded.⟧")
        assertSentences("⟦She wrote \"Stop.\"⟧ ⟦Nobody did.⟧")
    }

    func testQuestionsAndExclamations() {
        assertSentences("⟦Why?⟧ ⟦Because!⟧ ⟦OK...⟧ ⟦Fine.⟧")
    }

    func testWebTextStartsSentencesInLowerCase() {
        // after a word and one period, or after !/? marks; not after "...", an initial or a quotation's mark
        assertSentences("⟦the pizza is the best i've had.⟧ ⟦went there last friday!!!⟧ ⟦the crust was great.⟧")
        assertSentences("⟦It was ... well, fine.⟧ ⟦We met J. smith and left.⟧")
        assertSentences("⟦“Really?” she asked.⟧")
    }
}
