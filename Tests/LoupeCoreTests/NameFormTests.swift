import LoupeCore
import XCTest

final class NameFormTests: XCTestCase {
    func testLastWord() {
        XCTAssertEqual(NameForm.lastWord("Wladimir Putin"), "Putin")
        XCTAssertEqual(NameForm.lastWord("Putin"), "Putin")
        XCTAssertNil(NameForm.lastWord(" "))
    }

    func testGenitiveStems() {
        XCTAssertEqual(NameForm.genitiveStems("Putins"), ["Putin"])
        XCTAssertEqual(NameForm.genitiveStems("Putin’s"), ["Putin", "Putin’"], "the apostrophe form first")
        XCTAssertEqual(NameForm.genitiveStems("Kohles"), ["Kohle", "Kohl"])
        XCTAssertEqual(NameForm.genitiveStems("Bush's"), ["Bush", "Bush'"], "a bare -s after the apostrophe too")
        XCTAssertEqual(NameForm.genitiveStems("Putin"), [])
        XCTAssertEqual(NameForm.genitiveStems("Gas"), [], "too short for a bare -s")
        XCTAssertEqual(NameForm.genitiveStems("putins"), [], "lower case: no bare -s by default")
        XCTAssertEqual(NameForm.genitiveStems("putins", capitalisedOnly: false), ["putin"])
    }

    func testMinimumApostropheStem() {
        XCTAssertEqual(NameForm.genitiveStems("al's", capitalisedOnly: false), ["al", "al'"])
        XCTAssertEqual(NameForm.genitiveStems("al's", capitalisedOnly: false, minimumApostropheStem: 3), ["al'"])
        XCTAssertEqual(NameForm.genitiveStems("abc's", capitalisedOnly: false, minimumApostropheStem: 3).first, "abc")
    }
}
