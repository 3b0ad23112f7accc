import LoupeCore
import XCTest

final class LanguageIdentifierTests: XCTestCase {
    func testGermanAndEnglish() {
        XCTAssertEqual(
            LanguageIdentifier.identify("Der Präsident sagte am Montag, dass er nicht kommen werde."), .german)
        XCTAssertEqual(LanguageIdentifier.identify("The president said on Monday that he would not come."), .english)
    }

    func testNeitherIsUnknown() {
        XCTAssertEqual(
            LanguageIdentifier.identify("Le président a dit lundi qu'il ne viendrait pas avec les autres."), .unknown)
        XCTAssertEqual(LanguageIdentifier.identify("12345 !!! 👍"), .unknown)
        XCTAssertEqual(LanguageIdentifier.identify(""), .unknown)
    }

    func testSentenceInAnotherLanguageIsMarked() {
        let text =
            "Der Präsident sagte am Montag, dass er nicht kommen werde. Die Lage sei ernst und es gebe keine Lösung. "
            + "He said that it was the end of the story. Danach ging er nach Hause."
        let document = Document(text: text)
        XCTAssertEqual(document.language, .german)
        XCTAssertEqual(document.sentences.map(\.language), [nil, nil, .english, nil])
    }

    func testOverride() {
        let document = Document(text: "The president said so.", language: .german)
        XCTAssertEqual(document.language, .german)
        XCTAssertEqual(document.detectedLanguage, .english)
    }
}
