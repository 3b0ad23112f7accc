import LoupeCore
import LoupeTestSupport
import XCTest

final class GermanTokenizerTests: XCTestCase {
    func testAbbreviationsKeepTheirPeriod() {
        assertTokenKinds(
            "Das gilt ⟦z.⟧abbreviation ⟦B.⟧abbreviation für ⟦Dr.⟧abbreviation Meier ⟦bzw.⟧abbreviation Nr. 5.")
        assertTokenKinds("Er traf ⟦u.⟧abbreviation ⟦a.⟧abbreviation den Minister, ⟦ca.⟧abbreviation 20 Leute.")
        assertTokenKinds("Das steht in ⟦z.B.⟧abbreviation diesem Text.")
    }

    func testOrdinalsAndDates() {
        assertTokenKinds("am ⟦19.⟧ordinal und ⟦20.⟧ordinal Juni")
        assertTokenKinds("im ⟦2.⟧ordinal Weltkrieg und am ⟦3.⟧ordinal Oktober")
        assertTokenKinds("im ⟦12.⟧ordinal Jh. und im ⟦19.⟧ordinal Jhdt. erbaut")
        assertTokenKinds("Am ⟦20.06.2024⟧number um ⟦9:30⟧number Uhr")
        assertTokenKinds("Stand: ⟦2024-06-18⟧number")
        // after a determiner, a number's period is an ordinal's before any noun; not after a day's preposition
        assertTokenKinds(
            "Der Bär der ⟦76.⟧ordinal Berlinale geht an Die ⟦12.⟧ordinal Kammer und ihren ⟦3.⟧ordinal Film")
        XCTAssertEqual(tokenTexts("Sie läuft bis zum 15. Danach"), ["Sie", "läuft", "bis", "zum", "15", ".", "Danach"])
        // A year at the end of a sentence keeps no period.
        XCTAssertEqual(tokenTexts("Das war 2023. Dann kam"), ["Das", "war", "2023", ".", "Dann", "kam"])
    }

    func testNumbersWithSeparators() {
        assertTokenKinds("Es kostet ⟦1.000,50⟧number Euro, also ⟦3,5⟧number Prozent mehr.")
        XCTAssertEqual(tokenTexts("5% von 10km"), ["5", "%", "von", "10", "km"])
    }

    func testHyphenatedNamesAndCompounds() {
        assertTokenKinds("⟦NATO-Generalsekretär⟧word ⟦Kim⟧word ⟦Jong-un⟧word und die ⟦15-jährige⟧word Schülerin")
        assertTokenKinds("⟦Ein-⟧word und Ausfuhr")
        XCTAssertEqual(tokenTexts("2019-2021"), ["2019", "-", "2021"])
    }

    func testCapitalsJoinedByAnAmpersandAreOneName() {
        XCTAssertEqual(
            tokenTexts("AT&T und H&M, R&D bei S&P."), ["AT&T", "und", "H&M", ",", "R&D", "bei", "S&P", "."])
        // words or long runs around it stay apart
        XCTAssertEqual(
            tokenTexts("Tom & Jerry, Ab&C, ABCD&E"), ["Tom", "&", "Jerry", ",", "Ab", "&", "C", ",", "ABCD", "&", "E"])
    }

    func testQuotationMarksAreTokensWithDirection() {
        assertTokenKinds("⟦„⟧{open-quote}Wir werden siegen⟦“⟧close-quote, sagte er.")
        assertTokenKinds("⟦»⟧{open-quote}Ja⟦«⟧close-quote, sagte sie, ⟦‚⟧{open-quote}nein⟦‘⟧close-quote.")
        assertTokenKinds("Er sagte ⟦\"⟧{open-quote}Ja⟦\"⟧close-quote und ging.")
        // typed stand-ins for „ and “: two commas before a word, two grave accents
        assertTokenKinds("Er sagte ⟦,,⟧{open-quote}Ja'' und ging.")
        assertTokenKinds("He said ⟦``⟧{open-quote}Yes'' and left.")
        XCTAssertEqual(tokenTexts("3,,5 und a,,b"), ["3", ",", ",", "5", "und", "a", ",", ",", "b"])
    }

    func testBracketsURLsEmailsEmoji() {
        assertTokenKinds("⟦[⟧{open-bracket}⟦Nordkorea⟧{word}⟦]⟧close-bracket")
        assertTokenKinds("Siehe ⟦https://example.org/a?b=1⟧url. Oder ⟦www.tagesschau.de⟧url!")
        assertTokenKinds("Schreib an ⟦info@example.org⟧email.")
        assertTokenKinds("Toll ⟦👍🏽⟧emoji und ⟦👨‍👩‍👧⟧emoji und ⟦🇩🇪⟧emoji")
    }

    func testEllipsisAndRepeatedPunctuation() {
        XCTAssertEqual(tokenTexts("Was?! Nein..."), ["Was", "?!", "Nein", "..."])
    }
}

final class EnglishTokenizerTests: XCTestCase {
    func testAbbreviations() {
        assertTokenKinds(
            "⟦Mr.⟧abbreviation Smith of the ⟦U.S.⟧abbreviation met ⟦Dr.⟧abbreviation Jones, ⟦e.g.⟧abbreviation today.")
        // a month's abbreviation typed in lower case keeps its period before a day number only
        assertTokenKinds("see you ⟦feb.⟧abbreviation 18 or ⟦sept.⟧abbreviation 3")
        XCTAssertEqual(
            tokenTexts("It was in feb. Then it rained."), ["It", "was", "in", "feb", ".", "Then", "it", "rained", "."])
    }

    func testPossessiveAndContractions() {
        XCTAssertEqual(tokenTexts("Putin's visit wasn't long."), ["Putin", "'s", "visit", "wasn't", "long", "."])
        assertTokenKinds("⟦O'Neill⟧word said so.")
        // a left single mark between letters typed for an apostrophe (`Geht‘s`) is the word's, not a closing mark
        XCTAssertEqual(tokenTexts("‚Geht‘s noch?‘"), ["‚", "Geht", "‘s", "noch", "?", "‘"])
        assertTokenKinds("Er ⟦hat‘ne⟧word Idee.")
    }

    func testCurlyAndStraightQuotes() {
        assertTokenKinds("⟦“⟧{open-quote}We will win⟦”⟧close-quote, he said.")
        assertTokenKinds("He said: ⟦\"⟧{open-quote}No.⟦\"⟧close-quote")
    }

    func testOrdinalSuffixesAndTimes() {
        XCTAssertEqual(tokenTexts("on June 19th at 3pm"), ["on", "June", "19th", "at", "3", "pm"])
        // a unit against its number opens a range at the hyphen; a name with digits stays whole
        XCTAssertEqual(tokenTexts("9am-5pm, 5km-10km"), ["9", "am", "-", "5", "pm", ",", "5", "km", "-", "10", "km"])
        XCTAssertEqual(tokenTexts("COVID-19 and F-16"), ["COVID-19", "and", "F-16"])
        // a month written against its day splits; other words with digits, and a month before a year, stay whole
        XCTAssertEqual(tokenTexts("Wed, Feb13 or sept12th"), ["Wed", ",", "Feb", "13", "or", "sept", "12th"])
        XCTAssertEqual(tokenTexts("G7, FY2025, Mai2024, Mar123"), ["G7", ",", "FY2025", ",", "Mai2024", ",", "Mar123"])
    }

    func testSpansCoverTheTextExactly() {
        let text = "Zoë’s café — „naïve“ 👍🏽 test.\n\nNext"
        let bytes = Array(text.utf8)
        for token in Tokenizer.tokenize(bytes) {
            XCTAssertLessThan(token.span.start, token.span.end)
            XCTAssertNotNil(
                String(validating: bytes[token.span.start..<token.span.end], as: UTF8.self),
                "token on a scalar boundary")
            let text = String(decoding: bytes[token.span.start..<token.span.end], as: UTF8.self)
            XCTAssertFalse(text.contains(" "), "token '\(text)' contains a space")
        }
    }

    func testLineBreaksInEveryConventionMakeTheSameParagraphs() {
        // LF (Unix), CR LF (Windows) and a lone CR (old Mac files) are one line break each;
        // two of them make a paragraph break.
        for newline in ["\n", "\r\n", "\r"] {
            let text = "Erster Absatz ohne Punkt" + newline + newline + "Zweiter Absatz" + newline + "gleiche Zeile"
            let tokens = Tokenizer.tokenize(Array(text.utf8))
            let zweiter = tokens.first {
                String(decoding: Array(text.utf8)[$0.span.start..<$0.span.end], as: UTF8.self) == "Zweiter"
            }
            XCTAssertEqual(zweiter?.paragraphBefore, true, newline.debugDescription)
            XCTAssertEqual(tokens.filter(\.paragraphBefore).count, 1, newline.debugDescription)
            XCTAssertEqual(tokens.filter(\.lineBefore).count, 2, newline.debugDescription)
        }
    }
}
