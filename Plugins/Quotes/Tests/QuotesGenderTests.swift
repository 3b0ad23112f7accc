import XCTest
import LoupeKit
import LoupeTestSupport
@testable import LoupeQuotes

/// Gender- and number-aware pronoun resolution and fragments inside reported speech, on
/// hand-written sentences (`⟦…⟧direct` / `⟦…⟧partial` quotes, `⟦…⟧SPK` speakers).
final class QuotesGenderTests: XCTestCase {
    static let analyzer = try! QuotesAnalyzer()

    func check(
        _ marked: String, _ language: Language, names: [String?]? = nil, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        checkQuotes(
            marked, language, analyzer: Self.analyzer, names: names, speakersInOrder: true, file: file, line: line)
    }

    // MARK: - Pronouns and gender

    /// `er` skips the last speaker, a woman (Ministerin, Anna), for the man named after her.
    func testErSkipsFemaleLastSpeaker() {
        check(
            "Die Ministerin Anna Berger stellte den Plan vor. ⟦„Wir handeln jetzt“⟧direct, sagte ⟦Anna Berger⟧SPK. "
                + "Der Vorsitzende des Verbandes, Thomas Krüger, reagierte skeptisch. "
                + "⟦„Das Konzept ist nicht durchdacht“⟧direct, sagte ⟦er⟧SPK am Abend.",
            .german, names: ["Anna Berger", "Thomas Krüger"])
    }

    /// `er` does not take up a plural of persons (`die Studierenden`) who spoke last.
    func testErSkipsAPluralOfPersons() {
        check(
            "⟦„Ich bleibe“⟧direct, sagte ⟦Jan Ilg⟧SPK. ⟦Die Studierenden⟧SPK nannten ihn ⟦„fair“⟧partial. "
                + "⟦„Wir sparen nicht“⟧direct, sagte ⟦er⟧SPK.",
            .german, names: ["Jan Ilg", "Studierenden", "Jan Ilg"])
    }

    /// `she` goes to the nearest woman the text shows as one before a nearer name it tells nothing about.
    func testAPronounPrefersANameOfItsGender() {
        check(
            "Helen Carter, a surgeon, died on Friday. She trained under Ashwin Kolarov and married the painter "
                + "Paul Carter. In 2001 ⟦she⟧SPK told a reporter that ⟦the work had kept her young⟧indirect.",
            .english, names: ["Helen Carter"])
    }

    /// `der Bürgermeister` is a man: never the woman named before; a bare role (`Kritiker`) is no one person.
    func testMasculineDefiniteRoleAndBareRole() {
        check(
            "Die Ärztin Maria Lopez sprach zuerst. ⟦„Wir brauchen Hilfe“⟧direct, sagte ⟦Maria Lopez⟧SPK. "
                + "⟦„Das geht nicht“⟧direct, sagte ⟦der Bürgermeister⟧SPK.", .german, names: ["Maria Lopez", nil])
        check(
            "Maria Lopez sprach zuerst. ⟦„Der Plan reicht nicht“⟧direct, sagten ⟦Kritiker⟧SPK.", .german,
            names: [nil])
    }

    /// A role in a frame goes back to the subject of the sentence before, not to its object.
    func testRoleTakesThePreviousSubjectNotItsObject() {
        check(
            "Der frühere Minister Christian Lindner hat Kanzler Olaf Scholz scharf kritisiert. "
                + "⟦„Der Kanzler hat den Bruch kalkuliert“⟧direct, sagte ⟦der FDP-Chef⟧SPK am Donnerstag.", .german,
            names: ["Christian Lindner"])
    }

    /// A noun after a genitive or dative article is no name that a role after it could be.
    func testGermanNounAfterAnObjectArticleIsNoName() {
        let document = Document(
            text: "Nach Ansicht des Verbandes ist die Reform gescheitert. Der Minister erklärte, die Reform gelinge.",
            language: .german)
        XCTAssertEqual(Self.analyzer.quotes(in: document).map { $0.speaker?.name }, [nil, nil])
    }

    /// `he` never refers to a medium or an organisation (`Cook Political Report`): unresolved here
    /// rather than wrong.
    func testHeSkipsOrganisationNames() {
        check(
            "The visit of Governor Holm was covered by the Cook Political Report on Monday. "
                + "⟦“We will win this state,”⟧direct ⟦he⟧SPK said.", .english, names: [nil])
        XCTAssertTrue(QuoteFinder.isOrganisationName("New York Times"))
        XCTAssertTrue(QuoteFinder.isOrganisationName("GOP"))
        XCTAssertFalse(QuoteFinder.isOrganisationName("Anna Berg"))
    }

    /// Gender from a first name: `sie` skips Stefan Brandt (the last speaker) for Katrin Vogel.
    func testSieFromFirstName() {
        check(
            "Katrin Vogel traf am Montag Stefan Brandt. ⟦„Wir sind uns einig“⟧direct, sagte ⟦Brandt⟧SPK. "
                + "Später äußerte sich auch die Gastgeberin. ⟦„Es war ein gutes Gespräch“⟧direct, sagte ⟦sie⟧SPK.",
            .german, names: ["Brandt", "Katrin Vogel"])
    }

    /// Gender from a role noun when the first name is unknown (Robin, Kim are not in the list):
    /// `Sprecherin` makes Robin Keller a woman, `Minister` makes Kim Lorenz a man.
    func testGenderFromRoleNouns() {
        check(
            "Die Sprecherin der Grünen, Robin Keller, lobte den Entwurf. Minister Kim Lorenz hielt dagegen. "
                + "⟦„Der Entwurf ist zu teuer“⟧direct, sagte ⟦Lorenz⟧SPK. Dann stand Robin Keller noch einmal auf. "
                + "⟦„Das ist nicht wahr“⟧direct, rief ⟦sie⟧SPK.",
            .german, names: ["Lorenz", "Robin Keller"])
        // …and the same with the genders swapped: the verdict follows the role words, not the names.
        check(
            "Der Sprecher der Grünen, Robin Keller, lobte den Entwurf. Ministerin Kim Lorenz hielt dagegen. "
                + "⟦„Der Entwurf ist zu teuer“⟧direct, sagte ⟦Lorenz⟧SPK. Dann stand Robin Keller noch einmal auf. "
                + "⟦„Das ist nicht wahr“⟧direct, rief ⟦er⟧SPK.",
            .german, names: ["Lorenz", "Robin Keller"])
    }

    /// A pronoun chain: `er` made Kim Lorenz a man, so a later `sie` looks further back.
    func testGenderFromEarlierPronoun() {
        check(
            "Robin Keller und Kim Lorenz kamen am Mittag. ⟦„Wir sind bereit“⟧direct, sagte ⟦Kim Lorenz⟧SPK. "
                + "⟦„Alles Weitere morgen“⟧direct, fügte ⟦er⟧SPK hinzu. Die Journalisten warteten lange. "
                + "⟦„Kein Kommentar“⟧direct, sagte ⟦sie⟧SPK. Er lachte. ⟦„Typisch“⟧direct, sagte ⟦er⟧SPK.",
            .german, names: ["Kim Lorenz", "Kim Lorenz", "Robin Keller", "Kim Lorenz"])
    }

    /// Plural `sie` (plural verb) is a group, not the woman who spoke last.
    func testPluralSieIsNotAPerson() {
        check(
            "⟦„Wir bleiben dabei“⟧direct, sagte ⟦Karin Schulz⟧SPK. Die Gewerkschaften lehnten das ab. "
                + "⟦„Das ist inakzeptabel“⟧direct, erklärten ⟦sie⟧SPK.",
            .german, names: ["Karin Schulz", nil])
    }

    /// The subject of the previous sentence wins over an object named nearer.
    func testContinuationPrefersPreviousSubject() {
        check(
            "Jonas Weber kritisierte am Dienstag Thomas Brückner. ⟦„Das war ein Fehler“⟧direct, sagte ⟦er⟧SPK.",
            .german, names: ["Jonas Weber"])
    }

    func testEnglishHeAndShe() {
        check(
            #"⟦"We need this bill,"⟧direct said ⟦Mary Collins⟧SPK. Her colleague John Park disagreed. "#
                + #"⟦"It is a disaster,"⟧direct ⟦he⟧SPK said. ⟦"It is not,"⟧direct ⟦she⟧SPK replied."#,
            .english, names: ["Mary Collins", "John Park", "Mary Collins"])
        check(
            #"Spokeswoman Robin Hale met Mr. Kim Ortiz on Friday. ⟦"We talked for hours,"⟧direct ⟦Ortiz⟧SPK said. "#
                + #"⟦"It went well,"⟧direct ⟦she⟧SPK added."#,
            .english, names: ["Ortiz", "Robin Hale"])
    }

    // MARK: - Fragments in reported speech

    func testGermanFragmentInReportedSpeechIsPartial() {
        check("Die Regierung habe ⟦„jedes Maß verloren“⟧partial, sagte ⟦Jonas Weber⟧SPK.", .german)
        check("Der Entwurf sei ⟦„ein fauler Kompromiss“⟧partial, erklärte ⟦Petra Lang⟧SPK am Abend.", .german)
        check("Die Sanktionen seien ⟦„ein Schlag ins Wasser“⟧partial, so ⟦Lang⟧SPK.", .german)
    }

    func testGermanUtterancesStayDirect() {
        check("⟦„Das sei falsch“⟧direct, sagte ⟦Jonas Weber⟧SPK.", .german)
        check("⟦Jonas Weber⟧SPK sagte: ⟦„Die Regierung habe versagt.“⟧direct", .german)
        // `der` after a name is to whom it was said; after a noun it is the noun's genitive
        check("⟦„Das ist gut“⟧direct, sagte ⟦Martin Keller⟧SPK der Zeitung.", .german)
        check("⟦„Das ist gut“⟧direct, sagte ⟦ein Sprecher der Polizei⟧SPK.", .german)
        check("Am Abend sagte ⟦Weber⟧SPK ⟦„Wir haben keine Zeit mehr, wir müssen handeln.“⟧direct", .german)
    }

    func testEnglishFragmentAfterCalledIsPartial() {
        check(#"The senator called the bill ⟦"a gift to lobbyists,"⟧partial ⟦Collins⟧SPK said."#, .english)
        check(#"⟦"The bill is a gift to lobbyists,"⟧direct ⟦Collins⟧SPK said."#, .english)
    }
}
