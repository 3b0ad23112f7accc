import XCTest
@testable import LoupeEntities
import LoupeCore

/// Datelines (`Datelines`), on lines written for these tests.
final class DatelinesTests: XCTestCase {
    func relabel(_ text: String, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        let lines = text.split(separator: "\n").map { $0.split(separator: " ").count }
        var starts = [0]
        for n in lines.dropLast() { starts.append(starts.last! + n) }
        let sentences = zip(starts, lines).map { $0..<$0 + $1 }
        return relabelled(text.replacingOccurrences(of: "\n", with: " "), entities) { found, text in
            Datelines.apply(found, text: text, sentences: sentences)
        }
    }

    func testTheWordsInCapitalsBeforeADateArePlaces() {
        XCTAssertEqual(relabel("TIRANA 2024-03-05", []), ["TIRANA=LOC"])
        XCTAssertEqual(
            relabel("PORT LOUIS , Mauritius 2024-03-05", [(0..<1, .per)]), ["PORT LOUIS=LOC", "Mauritius=LOC"])
        XCTAssertEqual(
            relabel("QUITO , Oct. 4 ( Reuters ) - Rain fell", [(5..<6, .org)]), ["QUITO=LOC", "Reuters=ORG"])
        XCTAssertEqual(relabel("GRAZ ( APA ) - Es regnete", [(2..<3, .org)]), ["GRAZ=LOC", "APA=ORG"])
        XCTAssertEqual(relabel("KASSEL , 4. Oktober", []), ["KASSEL=LOC"])
    }

    func testTheWireAgencyIsAnOrganisation() {
        XCTAssertEqual(
            relabel("ERFURT , 4. Oktober ( Reuter ) . Es regnete", [(5..<6, .per)]), ["ERFURT=LOC", "Reuter=ORG"])
        XCTAssertEqual(relabel("KASSEL ( dpa ) - Es regnete", []), ["KASSEL=LOC", "dpa=ORG"])
        // a place in mixed case before a known agency
        XCTAssertEqual(
            relabel("Frankfurt/Main ( AP ) - Es regnete", [(0..<1, .per)]), ["Frankfurt/Main=LOC", "AP=ORG"])
        // mixed case before another word in brackets: no dateline
        XCTAssertEqual(relabel("Karin Ost ( 54 ) kam", [(0..<2, .per)]), ["Karin Ost=PER"])
        XCTAssertEqual(relabel("Karin Ost ( Grüne ) kam", [(0..<2, .per)]), ["Karin Ost=PER"])
    }

    func testALocalPagesDatelineIsAPlace() {
        let lines = "WETTERAUKREIS .\nBAD ORB . Der Rat tagte\nDie SPD .".split(separator: "\n").map(String.init)
        let counts = lines.map { $0.split(separator: " ").count }
        var starts = [0]
        for n in counts.dropLast() { starts.append(starts.last! + n) }
        let sentences = zip(starts, counts).map { $0..<$0 + $1 }
        func run(_ language: Language) -> [String] {
            relabelled(lines.joined(separator: " "), [(9..<10, .org)]) { found, text in
                Datelines.apply(found, language: language, text: text, sentences: sentences)
            }
        }
        XCTAssertEqual(run(.german), ["WETTERAUKREIS=LOC", "BAD ORB=LOC", "SPD=ORG"])
        // English web text writes whole lines in capitals
        XCTAssertEqual(run(.english), ["SPD=ORG"])
    }

    func testNoDateNoDateline() {
        // a headline in capitals, a dateline only at the start of a line
        XCTAssertEqual(relabel("RUGBY - FIJI BEAT TONGA", []), [String]())
        XCTAssertEqual(relabel("NATO leaders met\nin ROME 2024-03-05", []), [String]())
        XCTAssertEqual(relabel("OSLO , Norway and elsewhere", []), [String]())
    }

    func testTheAnalyzerFindsTheDatelinePlace() throws {
        let (layer, document) = try entities(
            "ASMARA, May 13 (Reuters) - The talks ended on Monday.", language: .english)
        let labels = layer.mentions.map { "\(document.string(for: $0.span))=\($0.label)" }
        XCTAssertTrue(labels.contains("ASMARA=LOC"), "\(labels)")
    }
}
