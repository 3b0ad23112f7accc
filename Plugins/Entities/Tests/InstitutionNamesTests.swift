import XCTest
@testable import LoupeEntities
import LoupeCore
import LoupeTestSupport

/// German institutions named by kind and remit (`InstitutionNames`), on sentences written for these
/// tests.
final class InstitutionNamesTests: XCTestCase {
    func names(_ line: String, _ entities: [(Range<Int>, NERLabel)] = [], _ language: Language = .german)
        -> [String]
    {
        relabelled(line, entities) { found, text in
            InstitutionNames.apply(
                found, language: language, tokenCount: line.split(separator: " ").count,
                key: { TokenKey.hash(text($0), folding: []) }, text: text)
        }
    }

    func testAKindOfInstitutionWithItsRemitIsAnOrganisation() {
        XCTAssertEqual(
            names("Das Bundesamt für Migration und Flüchtlinge prüft den Antrag ."),
            ["Bundesamt für Migration und Flüchtlinge=ORG"])
        // capitalised adjectives before the head, a list with commas, lower-case adjectives in the remit
        XCTAssertEqual(
            names(
                "Im Sächsischen Staatsministerium für Kultus , Schule und Sport sprach die Landeszentrale für politische Bildung ."
            ),
            [
                "Sächsischen Staatsministerium für Kultus , Schule und Sport=ORG",
                "Landeszentrale für politische Bildung=ORG",
            ])
    }

    func testAStateInTheGenitiveBelongsToTheName() {
        // the tagger's place inside the name gives way to it
        XCTAssertEqual(
            names(
                "Sie lehrt an der Akademie für Kunst und Gestaltung des Rheinlandes in Köln .",
                [(10..<11, .loc), (12..<13, .loc)]),
            ["Akademie für Kunst und Gestaltung des Rheinlandes=ORG", "Köln=LOC"])
    }

    func testACommaGoesOnToNoName() {
        XCTAssertEqual(
            names("Das Bundesamt für Migration , Nürnberg , teilte mit .", [(5..<6, .loc)]),
            ["Bundesamt für Migration=ORG", "Nürnberg=LOC"])
    }

    func testTheRemitStopsBeforeAPerson() {
        XCTAssertEqual(
            names("Der Chef des Bundesamts für Katastrophenschutz Erika Brandt warnte .", [(6..<8, .per)]),
            ["Bundesamts für Katastrophenschutz=ORG", "Erika Brandt=PER"])
    }

    func testDescriptionsAndArticlesMakeNoName() {
        // after an indefinite article a description; `für` before an article starts no remit
        XCTAssertEqual(names("Die Stadt baut ein Zentrum für Flüchtlinge am Hafen ."), [])
        XCTAssertEqual(names("Es war die beste Liga für den Verein seit Jahren ."), [])
        XCTAssertEqual(names("Sie sprach im Ministerium für eine Stunde ."), [])
        // only German builds names this way
        XCTAssertEqual(names("The Institut für Kunst opened .", [], .english), [])
    }

    func testTheAnalyzerFindsTheName() throws {
        // the analyzer's token keys come from the document's bytes, the rule's from the words: they agree
        let (layer, document) = try entities(
            "Am Montag teilte das Landesamt für Denkmalpflege und Archäologie mit, die Zahl der Funde sei gestiegen.",
            language: .german)
        let names = layer.mentions.filter { $0.label == "ORG" }.map { document.text.utf8Slice($0.span) }
        XCTAssertTrue(names.contains("Landesamt für Denkmalpflege und Archäologie"), "\(names)")
    }
}
