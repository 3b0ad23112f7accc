import XCTest
import LoupeCore

/// Views show a document's control characters instead of sending them to the terminal.
final class RenderingTests: XCTestCase {
    func testControlCharactersAreShownNotObeyed() {
        let hostile = "Kim\u{1B}[31m Jong\u{08}\u{08}un\u{7F}\u{9B}2J"
        XCTAssertEqual(TextTable.Cell(hostile).text, "Kim␛[31m Jong␈␈un\u{2421}\\u{9b}2J")
        XCTAssertEqual(Rendering.Run("a\nb\tc\rd\u{0}").text, "a\nb\tc d␀")
        XCTAssertEqual(TextTable.Cell("a\nb\tc").text, "a b c")
        // ordinary text, including non-Latin scripts and emoji, is untouched
        XCTAssertEqual(TextTable.Cell("Пхеньян 平壤 🙂 „Zitat“").text, "Пхеньян 平壤 🙂 „Zitat“")
        let table = TextTable(headers: ["name"], rows: [[TextTable.Cell("\u{1B}]0;pwned\u{07}")]])
        XCTAssertFalse(table.plainText.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}

/// What a user may type for `--ref` and `set ref`.
final class ReferenceInputTests: XCTestCase {
    func testGermanDatesAreAcceptedBesideISO() {
        XCTAssertEqual(
            ReferenceTime(userInput: "18.06.2024")?.description, ReferenceTime(iso: "2024-06-18")?.description)
        XCTAssertEqual(
            ReferenceTime(userInput: "18.6.2024")?.description, ReferenceTime(iso: "2024-06-18")?.description)
        XCTAssertEqual(
            ReferenceTime(userInput: "18.06.2024 14:30")?.description,
            ReferenceTime(iso: "2024-06-18T14:30")?.description)
        XCTAssertEqual(
            ReferenceTime(userInput: "2013-02-12T04:30:00-02:00")?.description,
            ReferenceTime(iso: "2013-02-12T04:30:00-02:00")?.description)
        XCTAssertNil(ReferenceTime(userInput: "30.02.2024"))  // no such day
        XCTAssertNil(ReferenceTime(userInput: "18.06.24"))  // a two-digit year is ambiguous
        XCTAssertNil(ReferenceTime(userInput: "gestern"))
    }
}
