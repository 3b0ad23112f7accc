import XCTest
@testable import LoupeBatch

/// Flat exports open in spreadsheets: a cell must never run as a formula.
final class TableExportTests: XCTestCase {
    func testFormulaCellsAreNeutralisedAndNumbersStayNumbers() {
        XCTAssertEqual(TableExports.field("=HYPERLINK(\"http://x\")", ","), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        XCTAssertEqual(TableExports.field("@SUM(A1:A9)", "\t"), "'@SUM(A1:A9)")
        XCTAssertEqual(TableExports.field("+49 30 1234", ","), "'+49 30 1234")
        XCTAssertEqual(TableExports.field("-0.61", ","), "-0.61")
        XCTAssertEqual(TableExports.field("Berlin, Mitte", ","), "\"Berlin, Mitte\"")
        XCTAssertEqual(TableExports.field("Bundestag", "\t"), "Bundestag")
    }
}
