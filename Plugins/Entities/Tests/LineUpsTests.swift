import XCTest
@testable import LoupeEntities
import LoupeCore

/// Line-ups and scorers on sports pages (`LineUps`), on lines written for these tests.
final class LineUpsTests: XCTestCase {
    func relabel(_ text: String, _ entities: [(Range<Int>, NERLabel)], language: Language = .german) -> [String] {
        let lines = text.split(separator: "\n").map { $0.split(separator: " ").count }
        var starts = [0]
        for n in lines.dropLast() { starts.append(starts.last! + n) }
        let sentences = zip(starts, lines).map { $0..<$0 + $1 }
        return relabelled(text.replacingOccurrences(of: "\n", with: " "), entities) { found, text in
            LineUps.apply(found, language: language, text: text, sentences: sentences)
        }
    }

    func testEveryNameOfALineUpIsAPerson() {
        XCTAssertEqual(
            relabel(
                "Talberg : Ostrowski - Kemmer - Lauth , Brandl ( 61. Fenske ) , Quast .",
                [(0..<1, .loc), (2..<3, .loc), (4..<7, .oth), (10..<11, .per)]),
            ["Talberg=LOC", "Ostrowski=PER", "Kemmer=PER", "Lauth=PER", "Brandl=PER", "Fenske=PER", "Quast=PER"])
        XCTAssertEqual(
            relabel(
                "Tore : 1:0 Kemmer ( 12. ) , 1:1 Ostrowski ( 40. ) , 2:1 Lauth , 3:1 Quast",
                [(3..<4, .loc), (9..<10, .loc)]),
            ["Kemmer=PER", "Ostrowski=PER", "Lauth=PER", "Quast=PER"])
        // no minute: people for half the tagger's mentions
        XCTAssertEqual(
            relabel("Ostrowski - Kemmer , Lauth - Brandl , Quast", [(0..<1, .per), (2..<3, .loc)]),
            ["Ostrowski=PER", "Kemmer=PER", "Lauth=PER", "Brandl=PER", "Quast=PER"])
    }

    func testOtherLinesAreLeftAlone() {
        // a list of places, a line with words in lower case, English
        XCTAssertEqual(
            relabel("Kassel , Fulda , Marburg - Gießen , Hanau", [(0..<1, .loc), (2..<3, .loc), (4..<5, .per)]),
            ["Kassel=LOC", "Fulda=LOC", "Marburg=PER"])
        XCTAssertEqual(
            relabel("Kemmer ( 12. ) traf , dann Lauth , Quast und Brandl", [(0..<1, .loc), (7..<8, .loc)]),
            ["Kemmer=LOC", "Lauth=LOC"])
        XCTAssertEqual(
            relabel(
                "Talberg : Ostrowski - Kemmer - Lauth , Brandl ( 61. Fenske )", [(2..<3, .loc), (4..<5, .loc)],
                language: .english),
            ["Ostrowski=LOC", "Kemmer=LOC"])
    }

    func testTheAnalyzerUsesIt() throws {
        let (layer, document) = try entities(
            "Der SC Talberg gewann gegen den FC Oberhain.\nTalberg: Ostrowski - Kemmer - Lauth, Brandl (61. Fenske), Quast.\n",
            language: .german)
        let people = layer.mentions.filter { $0.label == "PER" }.map { document.string(for: $0.span) }
        XCTAssertEqual(people.suffix(6), ["Ostrowski", "Kemmer", "Lauth", "Brandl", "Fenske", "Quast"])
    }
}
