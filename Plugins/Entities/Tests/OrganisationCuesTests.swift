import XCTest
@testable import LoupeEntities
import LoupeCore

/// Runs a relabelling rule on a whitespace-tokenised line with the entities given (token ranges and
/// labels) and returns each entity as `text=LABEL`.
func relabelled(
    _ line: String, _ entities: [(Range<Int>, NERLabel)],
    by rule: ([(tokens: Range<Int>, label: NERLabel)], (Int) -> String) -> [(tokens: Range<Int>, label: NERLabel)]
) -> [String] {
    let tokens = line.split(separator: " ").map(String.init)
    let out = rule(entities.map { (tokens: $0.0, label: $0.1) }) { tokens[$0] }
    return out.map { "\(tokens[$0.tokens].joined(separator: " "))=\($0.label)" }
}

/// Runs a document-level rule that reads `DocumentRules.Tokens` on lines of whitespace-separated tokens,
/// with the entities given, and returns each entity as `text=LABEL`. `firstNames`, `nouns`, `places`: the
/// words the name lists, the common-noun list and its place names hold.
func ruled(
    _ lines: [String], _ language: Language, _ entities: [(Range<Int>, NERLabel)] = [],
    firstNames: Set<String> = [], nouns: Set<String> = [], places: Set<String> = [],
    by rule: ([(tokens: Range<Int>, label: NERLabel)], DocumentRules.Tokens) -> [(tokens: Range<Int>, label: NERLabel)]
) -> [String] {
    var tokens: [String] = [], ranges: [Range<Int>] = []
    for line in lines {
        let words = line.split(separator: " ").map(String.init)
        ranges.append(tokens.count..<tokens.count + words.count)
        tokens += words
    }
    let view = DocumentRules.Tokens(
        count: tokens.count, language: language, lines: ranges, text: { tokens[$0] }, spaceBefore: { _ in true },
        capitalised: { tokens[$0].first?.isUppercase == true }, lowercase: { _ in false },
        key: { DocumentRules.key(tokens[$0]) }, shape: { ResultTables.shape(tokens[$0].utf8) },
        firstName: { firstNames.contains(tokens[$0]) }, commonNoun: { nouns.contains(tokens[$0]) },
        placeName: { places.contains($0) })
    return rule(entities.map { (tokens: $0.0, label: $0.1) }, view).map {
        "\(tokens[$0.tokens].joined(separator: " "))=\($0.label)"
    }
}

/// A name after a noun that names a kind of organisation (`OrganisationCues`), on sentences written
/// for these tests.
final class OrganisationCuesTests: XCTestCase {
    func relabel(_ line: String, _ language: Language, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            OrganisationCues.apply(
                found, language: language, tokenCount: line.split(separator: " ").count,
                key: { DocumentRules.key(text($0)) }, text: text)
        }
    }

    func testANameAfterAKindOfOrganisationIsOne() {
        XCTAssertEqual(
            relabel(
                "Laut der Zeitung „ Pjöngjang Times “ und des Konzerns Merck", .german,
                [(4..<6, .loc), (10..<11, .per)]),
            ["Pjöngjang Times=ORG", "Merck=ORG"])
        XCTAssertEqual(
            relabel("the militia Hezbollah and the paper Le Monde", .english, [(2..<3, .per), (6..<8, .loc)]),
            ["Hezbollah=PER", "Le Monde=ORG"])
    }

    func testGermanPartiesNamedByAnAdjective() {
        XCTAssertEqual(
            relabel("Für den Entwurf stimmten Grüne , SPD und Linke .", .german, [(6..<7, .org)]),
            ["Grüne=ORG", "SPD=ORG", "Linke=ORG"])
        // another name begins with the word
        XCTAssertEqual(relabel("Die Grüne Woche beginnt", .german, []), [])
    }

    func testANameAfterThePeopleOrSharesOfAFirmIsOne() {
        XCTAssertEqual(
            relabel("analysts at Morgan Stanley said shares of Xiaomi rose", .english, [(2..<4, .loc), (7..<8, .loc)]),
            ["Morgan Stanley=ORG", "Xiaomi=ORG"])
        XCTAssertEqual(
            relabel(
                "Analysten der Deutschen Bank erwarten , dass Aktien von Gamesa fallen", .german,
                [(2..<4, .loc), (9..<10, .per)]),
            ["Deutschen Bank=ORG", "Gamesa=ORG"])
        // people at a place are there
        XCTAssertEqual(relabel("officials at Heathrow said", .english, [(2..<3, .loc)]), ["Heathrow=LOC"])
    }

    func testANounThatBeginsNamesIsACueInTheGenitive() {
        XCTAssertEqual(
            relabel(
                "eine Umfrage des Instituts Forsa und des Meinungsforschungsinstituts Emnid", .german,
                [(4..<5, .loc), (8..<9, .per)]),
            ["Forsa=ORG", "Emnid=ORG"])
    }

    func testAKindNounBeforeAnAcronymStaysOutOfTheName() {
        // GermEval's convention: `der Nachrichtenagentur dpa` tags only the name
        XCTAssertEqual(
            relabel("meldete die Agentur TASZ und der Sender RTL-2 am Abend", .german, [(2..<4, .org), (6..<8, .org)]),
            ["TASZ=ORG", "RTL-2=ORG"])
        // a word after the cue that is no acronym, or a longer name, keeps the cue with it
        XCTAssertEqual(
            relabel("bei der Bank Austria und der Agentur für Arbeit", .german, [(2..<4, .org), (6..<9, .org)]),
            ["Bank Austria=ORG", "Agentur für Arbeit=ORG"])
    }

    func testAnEnglishOrganisationTakesInItsHeadBeforeOf() {
        XCTAssertEqual(
            relabel(
                "according to the Port of Tarvik Authority and the Bank of Tarvik", .english,
                [(5..<7, .org), (11..<12, .org)]),
            ["Port of Tarvik Authority=ORG", "Bank of Tarvik=ORG"])
        // a sentence's first word, a title before `of`, and a place after it: left alone
        XCTAssertEqual(relabel("Shares of Tarvik Energy rose", .english, [(2..<4, .org)]), ["Tarvik Energy=ORG"])
        XCTAssertEqual(
            relabel("the Minister of Tarvik Energy and the Port of Tarvik", .english, [(3..<5, .org), (9..<10, .loc)]),
            ["Tarvik Energy=ORG", "Tarvik=LOC"])
    }

    func testANameTheNounShowsIsAnOrganisationEverywhere() {
        // the tagger's person elsewhere in the text is the organisation the noun named
        XCTAssertEqual(
            relabel(
                "Die Gewerkschaft Korda rief zum Streik auf . Korda fordert mehr Lohn", .german,
                [(2..<3, .org), (8..<9, .per)]),
            ["Korda=ORG", "Korda=ORG"])
        // a person named without such a noun stays one
        XCTAssertEqual(
            relabel("Die Gewerkschaft rief auf . Korda fordert mehr Lohn", .german, [(5..<6, .per)]), ["Korda=PER"])
    }

    func testOtherNamesKeepTheirLabels() {
        // a person after an English noun may open a relative clause; a place after no cue stays
        XCTAssertEqual(
            relabel("the company Murdoch bought in London", .english, [(2..<3, .per), (5..<6, .loc)]),
            ["Murdoch=PER", "London=LOC"])
        // ... but not after a compound of the news trade
        XCTAssertEqual(
            relabel("the state news agency Kavari reported", .english, [(4..<5, .per)]), ["Kavari=ORG"])
        // nouns that begin the name itself are no cues
        XCTAssertEqual(relabel("die Stiftung Warentest", .german, [(2..<3, .oth)]), ["Warentest=OTH"])
    }

    func testALegalFormMakesACompany() {
        XCTAssertEqual(
            relabel(
                "shares of Harrow & Finch Co and Tarvos Holdings Inc rose in Leeds", .english,
                [(4..<6, .loc), (7..<9, .per), (12..<13, .loc)]),
            ["Finch Co=ORG", "Tarvos Holdings Inc=ORG", "Leeds=LOC"])
        XCTAssertEqual(
            relabel("Aktien der Brenner AG und der Stadt Brenner", .german, [(2..<3, .per), (7..<8, .loc)]),
            ["Brenner AG=ORG", "Brenner=LOC"])
    }

    func testAnAcronymInRunningTextIsNoPerson() {
        XCTAssertEqual(
            relabel("the tenants sued KRAV and MOLT in court", .english, [(3..<4, .per), (5..<6, .loc)]),
            ["KRAV=ORG", "MOLT=LOC"])
        // a headline in capitals, initials with periods, two letters: left alone
        XCTAssertEqual(relabel("OKAFOR WINS IN LAGOS", .english, [(0..<1, .per)]), ["OKAFOR=PER"])
        XCTAssertEqual(
            relabel("a speech by F.D.R. and JB today", .english, [(3..<4, .per), (5..<6, .per)]),
            ["F.D.R.=PER", "JB=PER"])
    }

    func testAPlaceBeforeAnOfficeWordNamesTheOffice() {
        XCTAssertEqual(
            relabel("-- Ana Ruiz , Lisbon Newsroom +351 1 555", .english, [(1..<3, .per), (4..<5, .loc)]),
            ["Ana Ruiz=PER", "Lisbon Newsroom=ORG"])
        // lower case is no part of a name; German leaves it to the model
        XCTAssertEqual(
            relabel("the Lisbon newsroom and Leipzig Universität", .german, [(1..<2, .loc), (4..<5, .loc)]),
            ["Lisbon=LOC", "Leipzig=LOC"])
    }

    func testANameEndingInATradeIsACompany() {
        XCTAssertEqual(
            relabel(
                "Hilltop Foods and Orvo Energy hired Sam Holt .", .english,
                [(0..<2, .loc), (3..<5, .per), (6..<8, .per)]),
            ["Hilltop Foods=ORG", "Orvo Energy=ORG", "Sam Holt=PER"])
        // one word alone is no name of a company (`Energy` may be a person's name)
        XCTAssertEqual(relabel("Energy won .", .english, [(0..<1, .per)]), ["Energy=PER"])
        // in German text too, and kinds of institutions
        XCTAssertEqual(
            relabel("Die Kelby Group kaufte die Anna Lindqvist School .", .german, [(1..<3, .loc), (5..<8, .per)]),
            ["Kelby Group=ORG", "Anna Lindqvist School=ORG"])
    }

    func testAGermanCompoundEndingInACueIsOne() {
        XCTAssertEqual(
            relabel(
                "beim Chemiekonzern Varelli und dem Zweitligisten Rot Weiß Ahlen sowie der Ölgesellschaft Norpetro",
                .german, [(2..<3, .per), (6..<9, .loc), (12..<13, .loc)]),
            ["Varelli=ORG", "Rot Weiß Ahlen=ORG", "Norpetro=ORG"])
        // a long cue the tagger took into the name is left out; a short one may begin the name
        XCTAssertEqual(
            relabel("von der Rockband Blaue Kante und der Bank Austria", .german, [(2..<5, .per), (7..<9, .loc)]),
            ["Blaue Kante=ORG", "Bank Austria=LOC"])
        // a compound in lower case or a compound no longer than its head: no cue
        XCTAssertEqual(relabel("die Partnerverein Hessen", .german, [(2..<3, .loc)]), ["Hessen=ORG"])
        XCTAssertEqual(relabel("am Parteitag Hessen", .german, [(2..<3, .loc)]), ["Hessen=LOC"])
    }

    func testAGermanClubsAbbreviationMakesAClub() {
        XCTAssertEqual(
            relabel(
                "VfB Kleinweiler - SV Oberhain 2:1 ; der 1. FC Talberg und der Lindauer SV", .german,
                [(1..<2, .loc), (4..<5, .per), (10..<11, .loc), (13..<14, .oth)]),
            ["VfB Kleinweiler=ORG", "SV Oberhain=ORG", "1. FC Talberg=ORG", "Lindauer SV=ORG"])
        XCTAssertEqual(
            relabel(
                "gegen Mainz 05 und Bayer 05 Uerdingen in Mainz", .german,
                [(1..<2, .loc), (4..<5, .per), (6..<7, .loc), (8..<9, .loc)]),
            ["Mainz 05=ORG", "Bayer 05 Uerdingen=ORG", "Mainz=LOC"])
        // the abbreviation taken alone: its town joins it, tagged as a place or left alone, after a year too
        XCTAssertEqual(
            relabel(
                "VfR Talberg schlug TSV 1860 Oberhain , dann verlor die SKV Kleinweiler gegen Lindau", .german,
                [(0..<1, .org), (1..<2, .loc), (3..<4, .org), (5..<6, .loc), (10..<11, .org), (13..<14, .loc)]),
            ["VfR Talberg=ORG", "TSV 1860 Oberhain=ORG", "SKV Kleinweiler=ORG", "Lindau=LOC"])
        // a club with its year takes its town; a club's name takes its town where the tagger saw a place
        XCTAssertEqual(
            relabel(
                "bei der SG 05 Oberhain an und beim SC Grün-Weiß Kassel", .german,
                [(2..<4, .org), (8..<10, .org), (10..<11, .loc)]),
            ["SG 05 Oberhain=ORG", "SC Grün-Weiß Kassel=ORG"])
        // a person's full name keeps its label; English is left alone
        XCTAssertEqual(relabel("SV Anna Berg", .german, [(1..<3, .per)]), ["Anna Berg=PER"])
        XCTAssertEqual(
            relabel("der SV Anna Berg und der SV gewann", .german, [(1..<2, .org), (2..<4, .per), (6..<7, .org)]),
            ["SV=ORG", "Anna Berg=PER", "SV=ORG"])
        XCTAssertEqual(relabel("the SV Oberhain", .english, [(2..<3, .loc)]), ["Oberhain=LOC"])
    }

    func testAClubsNameWordBeforeItsTownMakesAClub() {
        XCTAssertEqual(
            relabel(
                "Borussia Kleinweiler schlug Dynamo Talberg , dann reiste Real Oberhain nach Lindau", .german,
                [(1..<2, .loc), (3..<5, .loc), (9..<10, .loc), (11..<12, .loc)]),
            ["Borussia Kleinweiler=ORG", "Dynamo Talberg=ORG", "Real Oberhain=ORG", "Lindau=LOC"])
        // not before a person, and a word alone is no club (`Union` names a party alliance too)
        XCTAssertEqual(
            relabel("die Union und Fortuna Berg lobten Union", .german, [(1..<2, .org), (4..<5, .per), (6..<7, .org)]),
            ["Union=ORG", "Berg=PER", "Union=ORG"])
    }

    /// `OrganisationCues.namedAfterCues` on lines of whitespace-separated tokens; `nouns`: the words the
    /// common-noun list holds.
    func named(_ lines: [String], nouns: Set<String>, _ language: Language = .german) -> [String] {
        ruled(lines, language, nouns: nouns, by: OrganisationCues.namedAfterCues)
    }

    func testANameTheTaggerMissedAfterAKindOfOrganisationIsOne() {
        XCTAssertEqual(
            named(
                ["Der Mobilfunkbetreiber Telkana senkt die Preise , sagte die Rockband „ Nordlicht “ ."],
                nouns: ["Preise"]),
            ["Telkana=ORG", "Nordlicht=ORG"])
        // a common noun, an article, a capital after the words, the next sentence, English: nothing
        XCTAssertEqual(
            named(
                [
                    "Viele Unternehmen Gewinne machen .", "Der Verband die Regeln .",
                    "Der Verband Amerikanischer Zeitungsverleger tagt .", "Es sprach der Verband .",
                    "Ungeachtet dessen .",
                ],
                nouns: ["Gewinne", "Zeitungsverleger"]), [])
        XCTAssertEqual(named(["the company Telkana said"], nouns: [], .english), [])
    }

    func testATownsOrANamesAdjectiveBeforeAnOrganisationBelongsToIt() {
        func joined(_ line: String, _ entities: [(Range<Int>, NERLabel)], places: Set<String>) -> [String] {
            ruled([line], .german, entities, places: places, by: OrganisationCues.withTownAdjectives)
        }
        XCTAssertEqual(
            joined(
                "Der Kasseler Mieterbund und der Bayerischen Landesbank widersprach der Sprecher Siemens",
                [(2..<3, .org), (6..<7, .org), (10..<11, .org)], places: ["Kassel"]),
            ["Kasseler Mieterbund=ORG", "Bayerischen Landesbank=ORG", "Siemens=ORG"])
        // after the known organisations are found (`Kurier`), as the document's rules run
        XCTAssertEqual(
            ruled(["Das sagte der Kasseler Kurier ."], .german, places: ["Kassel"]) {
                DocumentRules.apply($0, $1, consistency: false)
            },
            ["Kasseler Kurier=ORG"])
        // a word in -er that is no town's, a place (not an organisation)
        XCTAssertEqual(
            joined("Unser Verein und Kasseler Auen", [(1..<2, .org), (4..<5, .loc)], places: ["Kassel"]),
            ["Verein=ORG", "Auen=LOC"])
    }

    func testCompanyNamesWithTheirLegalFormAndDescriptiveCompounds() {
        XCTAssertEqual(
            relabel(
                "die Nordmark-Elektrizitäts-AG und der Fußball-Regionalligist 1. SC Tannbach", .german,
                [(1..<2, .loc), (4..<8, .org)]),
            ["Nordmark-Elektrizitäts-AG=ORG", "1. SC Tannbach=ORG"])
        // a compound that often begins a name keeps its place in it
        XCTAssertEqual(
            relabel("der Orchesterverein Tannbach", .german, [(1..<3, .org)]), ["Orchesterverein Tannbach=ORG"])
    }

    func testTheAnalyzerUsesIt() throws {
        let text = "Die nordkoreanische Tageszeitung Rodong Sinmun berichtete am Montag über den Besuch."
        let (layer, document) = try entities(text, language: .german)
        XCTAssertEqual(
            layer.mentions.map { "\(document.string(for: $0.span))=\($0.label)" }, ["Rodong Sinmun=ORG"])
    }
}

/// English nationality, religion and group words alone (`NationalityWords`).
final class NationalityWordsTests: XCTestCase {
    func relabel(_ line: String, _ language: Language, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            NationalityWords.apply(
                found, language: language, tokenCount: line.split(separator: " ").count,
                capitalised: { text($0).first?.isUppercase == true }, text: text)
        }
    }

    func testANationalityAloneIsOther() {
        XCTAssertEqual(
            relabel(
                "Kenyan runners and Kurdish fighters met Dutch officials", .english,
                [(0..<1, .loc), (3..<4, .org), (6..<7, .loc)]),
            ["Kenyan=OTH", "Kurdish=OTH", "Dutch=OTH"])
        // inside a longer name, or in German, or a place: unchanged
        XCTAssertEqual(
            relabel("the Chinese Academy met in Kenya", .english, [(1..<3, .org), (5..<6, .loc)]),
            ["Chinese Academy=ORG", "Kenya=LOC"])
        XCTAssertEqual(relabel("Israeli Luftangriffe", .german, [(0..<1, .loc)]), ["Israeli=LOC"])
        // a place and the party of someone from it are two names
        XCTAssertEqual(
            relabel("the South Dakota Republican said", .english, [(1..<4, .loc)]),
            ["South Dakota=LOC", "Republican=OTH"])
    }

    func testCompassWordsCapitalsAndPeoples() {
        XCTAssertEqual(
            relabel(
                "South Korean firms , WEST INDIAN bowlers and the Israelis met Britons", .english,
                [(0..<2, .loc), (4..<6, .loc), (9..<10, .org), (11..<12, .loc)]),
            ["South Korean=OTH", "WEST INDIAN=OTH", "Israelis=OTH", "Britons=OTH"])
    }

    func testANationalityTheTaggerMissedIsFound() {
        XCTAssertEqual(
            relabel("Kenyan runners beat Polish and Welsh teams", .english, []),
            ["Kenyan=OTH", "Polish=OTH", "Welsh=OTH"])
        // before a title, or in a headline in capitals; a compass word joins
        XCTAssertEqual(
            relabel("Peruvian President Ana Ruiz met South African envoys", .english, [(2..<4, .per)]),
            ["Peruvian=OTH", "Ana Ruiz=PER", "South African=OTH"])
        XCTAssertEqual(relabel("CHILEAN COPPER OUTPUT RISES", .english, []), ["CHILEAN=OTH"])
        // the start of a name the tagger missed, a party word, lower case: left alone
        XCTAssertEqual(
            relabel("American Express and Liberal voters want french fries", .english, []), [String]())
    }

    func testWordsDerivedFromNamesAreOther() {
        XCTAssertEqual(
            relabel(
                "the Lyon-based Vortex and a Tunis-bound ship cost C$ 5 million", .english,
                [(1..<3, .loc)]),
            ["Lyon-based=OTH", "Vortex=LOC", "Tunis-bound=OTH", "C$=OTH"])
        // a hyphen with no such participle after it
        XCTAssertEqual(relabel("Lyon-Turin rail", .english, [(0..<1, .loc)]), ["Lyon-Turin=LOC"])
    }

    func testTheAnalyzerUsesIt() throws {
        let (layer, document) = try entities(
            "Israeli air strikes hit the north of the city on Monday.", language: .english)
        XCTAssertEqual(layer.mentions.map { "\(document.string(for: $0.span))=\($0.label)" }, ["Israeli=OTH"])
    }
}
