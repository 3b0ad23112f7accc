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
                key: { DocumentRules.key(text($0)) }, text: text)
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

    /// Issue 15: `UN-Sicherheitsrat` and `Nationaler Sicherheitsrat des Weißen Hauses` were missed.
    func testAnAcronymBeforeABodyOrACapitalisedAdjectiveMakesAName() {
        XCTAssertEqual(
            names("Russland , ein Mitglied des UN-Sicherheitsrats , und die EU-Kommission stritten ."),
            ["UN-Sicherheitsrats=ORG", "EU-Kommission=ORG"])
        // a role after the acronym is no body
        XCTAssertEqual(names("Der SPD-Landrat und der UN-Generalsekretär schwiegen ."), [])
        // after a definite article, an adjective with a capital (weak ending) before an institution's head,
        // with a genitive name after it
        XCTAssertEqual(
            names("Das sagte ein Sprecher des Nationalen Sicherheitsrates des Weißen Hauses ."),
            ["Nationalen Sicherheitsrates des Weißen Hauses=ORG"])
        XCTAssertEqual(
            names("Das Statistische Bundesamt meldete , das Auswärtige Amt warnte ."),
            ["Statistische Bundesamt=ORG", "Auswärtige Amt=ORG"])
        // a town's adjective before a council is no name; nor an adjective without a head after it
        XCTAssertEqual(names("Das beschloss die Sitzung des Ravensburger Gemeinderates ."), [])
        XCTAssertEqual(names("Er sprach mit dem Deutschen Fußballspieler ."), [])
    }

    func testAKindOfOrganisationWithItsMembersInTheGenitivePluralIsAName() {
        // the tagger saw the members alone, or nothing; a quotation mark may open the name
        XCTAssertEqual(
            names(
                "Der Chef des Bundes Deutscher Gartenbauer und die Sprecherin der „ Vereinigung Nordhessischer Imker “ .",
                [(4..<6, .org)]),
            ["Bundes Deutscher Gartenbauer=ORG", "Vereinigung Nordhessischer Imker=ORG"])
        // a person after the head, and a lower-case word, make no such name
        XCTAssertEqual(
            names("Der Vorstand des Vereins Walter Berger sprach .", [(4..<6, .per)]), ["Walter Berger=PER"])
        XCTAssertEqual(names("Der Verband deutscher Imker tagt ."), [])
    }

    /// Issue 15: `Kreml` was missed. A seat of government stands for it; after a preposition of place it is
    /// the building.
    func testASeatOfGovernmentActsAsItsInstitution() {
        XCTAssertEqual(
            names("Der Kreml bestätigte , das Weiße Haus widersprach , der Herr des Kremls schwieg ."),
            ["Kreml=ORG", "Weiße Haus=ORG", "Kremls=ORG"])
        XCTAssertEqual(
            names("Im Kreml und vor dem Weißen Haus wurde gefeiert ."), ["Kreml=LOC", "Weißen Haus=LOC"])
        // a compound is left alone
        XCTAssertEqual(names("Ein Kreml-Sprecher sagte nichts ."), [])
    }

    func testTheAnalyzerFindsTheName() throws {
        // the analyzer's token keys come from the document's bytes, the rule's from the words: they agree
        let (layer, document) = try entities(
            "Am Montag teilte das Landesamt für Denkmalpflege und Archäologie mit, die Zahl der Funde sei gestiegen.",
            language: .german)
        let names = layer.mentions.filter { $0.label == "ORG" }.map { document.text.utf8Slice($0.span) }
        XCTAssertTrue(names.contains("Landesamt für Denkmalpflege und Archäologie"), "\(names)")
    }

    func town(_ line: String, _ entities: [(Range<Int>, NERLabel)], _ language: Language = .german) -> [String] {
        relabelled(line, entities) { found, text in
            InstitutionNames.withTheirTown(found, language: language, text: text)
        }
    }

    func testAnInstitutionNamedByItsKindAndTownIsOneOrganisation() {
        // the tagger saw the town alone
        XCTAssertEqual(
            town(
                "Sie studiert an der Universität Leipzig und arbeitet im Klinikum Bremen .",
                [(5..<6, .loc), (10..<11, .loc)]),
            ["Universität Leipzig=ORG", "Klinikum Bremen=ORG"])
        // the kind as an organisation of its own, a capitalised adjective before it, an abbreviation
        XCTAssertEqual(
            town(
                "Forscher der Technischen Hochschule Aachen und der TU Dresden berichten .",
                [(2..<4, .org), (4..<5, .loc), (8..<9, .loc)]),
            ["Technischen Hochschule Aachen=ORG", "TU Dresden=ORG"])
    }

    func testARemitsObjectInTheGenitiveBelongsToTheName() {
        XCTAssertEqual(
            names("Die Bundesstiftung zur Aufarbeitung der Stasi-Akten lädt ein ."),
            ["Bundesstiftung zur Aufarbeitung der Stasi-Akten=ORG"])
        // not a name after it, nor a second capital
        XCTAssertEqual(
            names("Das Amt für Umwelt der Stadt Kassel lädt ein .", [(6..<7, .loc)]),
            ["Amt für Umwelt=ORG", "Kassel=LOC"])
    }

    func testCooperativesWorksAndBanksWithTheirTown() {
        XCTAssertEqual(
            town("Die Winzergenossenschaft Tannbach und die Stadtwerke Kassel", [(2..<3, .loc), (6..<7, .loc)]),
            ["Winzergenossenschaft Tannbach=ORG", "Stadtwerke Kassel=ORG"])
        // clubs, theatres, a regional government's office
        XCTAssertEqual(
            town(
                "Der Heimatverein Tannbach spielte im Staatstheater Kassel für das Regierungspräsidium Oberhain",
                [(2..<3, .loc), (6..<7, .loc), (10..<11, .loc)]),
            ["Heimatverein Tannbach=ORG", "Staatstheater Kassel=ORG", "Regierungspräsidium Oberhain=ORG"])
    }

    func testATownAfterOtherWordsStaysAPlace() {
        // a description, a town in the genitive, a role, a head inside a person's name, English
        XCTAssertEqual(town("Sie baut eine Schule Leipzig .", [(4..<5, .loc)]), ["Leipzig=LOC"])
        XCTAssertEqual(
            town("Das Urteil des Gerichtshofs Kanadas fiel .", [(4..<5, .loc)]), ["Kanadas=LOC"])
        XCTAssertEqual(town("Der Stadtrat Leipzig tagt .", [(2..<3, .loc)]), ["Leipzig=LOC"])
        XCTAssertEqual(
            town("Anna Schule Leipzig kam .", [(0..<2, .per), (2..<3, .loc)]), ["Anna Schule=PER", "Leipzig=LOC"])
        XCTAssertEqual(
            town("She studied at the University Leipzig .", [(5..<6, .loc)], .english), ["Leipzig=LOC"])
    }
}
