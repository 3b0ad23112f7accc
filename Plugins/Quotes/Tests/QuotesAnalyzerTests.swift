import XCTest
import LoupeKit
import LoupeTestSupport
@testable import LoupeQuotes
@testable import LoupeQuotesTools

/// Hand-written sentences with the expected spans marked inline: `⟦…⟧direct` / `⟦…⟧partial`
/// for quotes, `⟦…⟧SPK` for the speaker mention, `⟦…⟧CUE` for the cue word.
final class QuotesAnalyzerTests: XCTestCase {
    static let analyzer = try! QuotesAnalyzer()

    func quotes(_ text: String, _ language: Language) -> [Quote] {
        Self.analyzer.quotes(in: Document(text: text, language: language))
    }

    func check(
        _ marked: String, _ language: Language, names: [String?]? = nil, file: StaticString = #filePath,
        line: UInt = #line
    ) {
        checkQuotes(
            marked, language, analyzer: Self.analyzer, names: names, speakersInOrder: false, file: file, line: line)
    }

    // MARK: - English

    func testEnglishStraightQuotesXSaid() {
        check(#"⟦"We will win this election,"⟧direct ⟦Smith⟧SPK ⟦said⟧CUE on Tuesday."#, .english, names: ["Smith"])
    }

    func testEnglishCurlyQuotesSaidX() {
        check(
            "⟦“The plan is dead and everybody knows it,”⟧direct ⟦said⟧CUE ⟦the minister, John Carter⟧SPK.", .english,
            names: ["John Carter"])
    }

    func testANameInAppositionBeforeAColonFrame() {
        // `One of them, …, 67, said:` — the name set off by commas, past the age, is the speaker
        check(
            "One of them, ⟦retired nurse Janet Cole⟧SPK, 67, ⟦said⟧CUE: ⟦\"We keep paying more.\"⟧direct", .english,
            names: ["Janet Cole"])
    }

    func testAVerbTheLexiconLacksAfterTheQuotationsCommaFramesIt() {
        check(
            "⟦„Wir sind einfach leer“⟧direct, ⟦stöhnte⟧CUE ⟦Kapitänin Mara Lenz⟧SPK nach dem Spiel.", .german,
            names: ["Mara Lenz"])
        // (no person or role after it: no frame, a title's verb)
        XCTAssertEqual(
            quotes("Der Film „Nebel“, lief gestern im Kino.", .german).count, 0)
    }

    func testATitleInMarksIsTheSubjectNotTheDayAfterTheVerb() {
        for text in [
            "Der „Kurier“ schrieb am Montag: „Die Koalition ist am Ende.“",
            "Die Zeitung „Kurier“ schrieb am Montag: „Die Koalition ist am Ende.“",
        ] {
            XCTAssertEqual(quotes(text, .german).map { $0.speaker?.name }, ["Kurier"], text)
        }
    }

    func testASpokespersonOrAnOfficeIsNotSomeoneNamedWithAnotherRole() {
        let text =
            "Kapitän Lukas Brenner war enttäuscht.\n\n„Wir prüfen alles“, sagte der Polizeisprecher. "
            + "„Er kommt morgen“, sagte der Trainer."
        XCTAssertEqual(quotes(text, .german).map { $0.speaker?.name }, [nil, nil])
    }

    func testAnEnglishTitlesAbbreviationNamesTheOffice() {
        let text =
            "Gov. Maria Delgado toured the flooded valley. Sen. Tom Reilly held a rally. "
            + "\"We need help now,\" the governor said. The mayor told residents last week the water was safe."
        XCTAssertEqual(quotes(text, .english).map { $0.speaker?.name }, ["Maria Delgado", nil])
    }

    func testAnEnglishSubjectDescribedAndNamedInApposition() {
        for (text, name) in [
            ("Her rival, state Sen. Paul Grant, said the race was tied.", "Paul Grant"),
            (
                "The top Democrat on the panel, Rep. Nora Diaz of Ohio, said her party would fight the cuts.",
                "Nora Diaz"
            ),
        ] {
            XCTAssertEqual(quotes(text, .english).map { $0.speaker?.name }, [name], text)
        }
        // an addressee and a time before the clause
        let (document, found) = (
            Document(text: "Sen. Ann Holt told donors Tuesday the vote would be close.", language: .english),
            quotes("Sen. Ann Holt told donors Tuesday the vote would be close.", .english)
        )
        XCTAssertEqual(found.map { document.string(for: $0.span) }, ["the vote would be close"])
    }

    func testASourceInBracketsOrAfterADashAndAQuoteOverAParagraphBreak() {
        check("⟦„Wir sind froh“⟧direct (⟦Eva Brandt⟧SPK, Verlegerin).", .german, names: ["Eva Brandt"])
        check("⟦„Der Umzug ist für alle da.“⟧direct – ⟦Bürgermeisterin Jana Wolf⟧SPK", .german, names: ["Jana Wolf"])
        // (not a transcript's next turn: its name before a colon speaks what follows)
        let turns = "Zeuge: »Ja.« – Richter: »Wann war das?«"
        let document = Document(text: turns, language: .german)
        XCTAssertEqual(
            quotes(turns, .german).map { $0.speaker.map { document.string(for: $0.span) } }, ["Zeuge", "Richter"])
        // a quotation typed without the new paragraph's opening mark runs on to its closing one
        let text = "Der Minister sagte: „Erstens sparen wir.\n\nZweitens investieren wir.“"
        XCTAssertEqual(
            quotes(text, .german).map { Document(text: text, language: .german).string(for: $0.span) },
            ["„Erstens sparen wir.\n\nZweitens investieren wir.“"])
    }

    func testASentenceQuotedWholeBeforeItsTranslationAndANickname() {
        // the bracket translates the quotation: it stays one
        let translated = "Ana Ruiz erklärte: „Wir geben nicht auf.“ (Auf Englisch: „We will not give up.“)"
        XCTAssertEqual(
            quotes(translated, .german).map { Document(text: translated, language: .german).string(for: $0.span) },
            ["„Wir geben nicht auf.“"])
        // a nickname between the first name and the surname, a name after `genannt`: no one's words
        let text = "Ernst „Ernie“ Vogt, genannt „der Turm“, kam nicht."
        XCTAssertEqual(quotes(text, .german).count, 0)
    }

    func testANationalNamesThePersonToldOfBefore() {
        let text = "Trainer Vincent Kompany zeigte sich zufrieden. „Wir haben gut gespielt“, sagte der Belgier."
        XCTAssertEqual(quotes(text, .german).map { $0.speaker?.name }, ["Vincent Kompany"])
    }

    func testAPronounAfterAnUnnamedSpeakerIsThatSpeaker() {
        let text =
            "Der Minister Volker Wissing sagte, er sei offen.\n\n„Die Lage ist ruhig“, sagte ein Polizeisprecher. "
            + "„Wir bleiben aber wachsam“, fügte er hinzu."
        XCTAssertEqual(quotes(text, .german).filter { $0.kind == .direct }.map { $0.speaker?.name }, [nil, nil])
        // a named speaker after the unnamed one is the pronoun's again
        let named =
            "„Die Lage ist ruhig“, sagte ein Polizeisprecher. „Wir helfen“, sagte Anna Weber. „Sofort“, fügte sie hinzu."
        XCTAssertEqual(quotes(named, .german).last?.speaker?.name, "Anna Weber")
    }

    func testAPronounOpeningAParagraphIsThePersonTheLastOneEndedOn() {
        let text =
            "\"We will win,\" said coach Mark Allen.\n\nGoalkeeper Ben Foster was injured in the warm-up.\n\n"
            + "\"I felt something in my back,\" he said."
        XCTAssertEqual(quotes(text, .english).last?.speaker?.name, "Ben Foster")
    }

    func testAPronounAfterASentenceOpenedByAnUnnamedRoleIsThatPerson() {
        // not the person named before the role
        let text =
            "Der Grünen-Chef Felix Brandt zeigte sich enttäuscht. Auch der frühere Außenminister meldete sich zu Wort. "
            + "„Europa muss handeln“, schrieb er."
        XCTAssertEqual(quotes(text, .german).map { $0.speaker?.name }, [nil])
        // a role named before is that name
        let named =
            "Der Minister Hans Weber kam spät. Der Minister lächelte. „Wir bleiben“, sagte er."
        XCTAssertEqual(quotes(named, .german).map { $0.speaker?.name }, ["Hans Weber"])
    }

    func testTheVerbClosingAGermanRelativeClauseSpeaksForItsAntecedent() {
        check(
            "In der Zeitung erschien ⟦ein Kommentar⟧SPK, der die Entscheidung des Komitees als "
                + "⟦„nicht nachvollziehbar“⟧partial ⟦bezeichnet⟧CUE.", .german)
        check(
            "Es gab ⟦eine Stellungnahme der Regierung⟧SPK, die den Vorfall als ⟦„bedauerlich“⟧partial "
                + "⟦bezeichnete⟧CUE.", .german)
        // a nominative phrase after the pronoun is the clause's own subject
        check(
            "Das ist der Plan, den ⟦der Minister⟧SPK als ⟦„unsozial“⟧partial ⟦bezeichnete⟧CUE.", .german)
    }

    func testAGermanPluralBeforeASingularVerbIsItsObject() {
        // the verb agrees with the phrase after it: that is the subject
        check(
            "Die tibetischen Mönche, die demonstriert hatten, ⟦beschrieb⟧CUE ⟦die Agentur⟧SPK als ⟦„aggressiv“⟧partial.",
            .german)
        check("Die neuen Zahlen ⟦nannte⟧CUE ⟦der Minister⟧SPK ⟦„alarmierend“⟧partial.", .german)
        // a plural verb agrees with the plural before it
        check("⟦Die deutschen Behörden⟧SPK ⟦sagten⟧CUE, die Lage sei ⟦„ernst“⟧partial.", .german)
    }

    func testAGermanColonFrameOpeningWithAnAdverbialNamesThePersonAfterItsVerb() {
        check(
            "Bei der Debatte in Hannover hatte sich ⟦Gudrun Pieper⟧SPK zu einem Zwischenruf hinreißen lassen: "
                + "⟦„Am besten hätte man Sie abschieben sollen.“⟧direct", .german)
        check("Im Landtag hat ⟦die Ministerin Anna Weber⟧SPK gestern nachgelegt: ⟦„Wir bleiben dabei.“⟧direct", .german)
    }

    func testAFormOfSeveralSeparableVerbsIsTheOneWhoseParticleFollows() {
        // `stellte … fest` and `stellte … klar`, `wies … hin` and `wies … zurück`, `gab … bekannt` and `gab … zu`
        check("⟦„Das ist ein Schritt“⟧direct, stellte ⟦die Ministerin⟧SPK fest.", .german)
        check("⟦„Von einer Krise kann keine Rede sein“⟧direct, stellte ⟦der Trainer⟧SPK klar.", .german)
        check("⟦„Das haben wir geprüft“⟧direct, wies ⟦der Sprecher⟧SPK auf den Bericht hin.", .german)
        check("⟦„Wir warten nicht länger“⟧direct, wies ⟦die Ministerin⟧SPK die Kritik zurück.", .german)
        check("⟦„Wir haben lange beraten“⟧direct, gab ⟦der Vorsitzende⟧SPK bekannt.", .german)
        check("⟦„Ich habe mich geirrt“⟧direct, gab ⟦der Minister⟧SPK zu.", .german)
        // a quoted fragment right before the particle is the verb's object
        check("⟦Das Ministerium⟧SPK wies die Vorwürfe als ⟦„völlig haltlos“⟧partial zurück.", .german)
    }

    func testARoleWithItsNameInAppositionAfterItIsThatPerson() {
        check(
            #"Mary Barra spoke first. ⟦"Prices will fall,"⟧direct ⟦said⟧CUE ⟦the governor⟧SPK of the central bank, "#
                + "Andrew Bailey.", .english, names: ["Andrew Bailey"])
    }

    func testFramesOfSportAndPoliticsAfterAQuotation() {
        check("⟦„Das war eine Machtdemonstration“⟧direct, jubelte ⟦Sportdirektor Sebastian Kehl⟧SPK.", .german)
        check("⟦„Das ist respektlos“⟧direct, konterte ⟦Tuchel⟧SPK damals.", .german)
        check("⟦„So geht das nicht“⟧direct, polterte ⟦der Fraktionschef⟧SPK.", .german)
    }

    func testAQuotationAfterASentenceEndingInALetterOpensAnUtterance() {
        check("⟦„Wir müssen reden“⟧direct, ⟦schrieb⟧CUE ⟦sie⟧SPK auf X. ⟦„Dringend.“⟧direct", .german)
    }

    func testEnglishVerbsOfSayingFrameAQuotation() {
        // past and third-person forms of saying frame a quotation; a name a thing is known by is no one's words
        check("Residents are angry. ⟦\"We barely sleep,\"⟧direct ⟦one woman⟧SPK ⟦complained⟧CUE.", .english)
        check("⟦\"We lost,\"⟧direct ⟦the coach⟧SPK ⟦conceded⟧CUE after the game.", .english)
        check("⟦\"Never again,\"⟧direct ⟦she⟧SPK ⟦vowed⟧CUE.", .english)
        XCTAssertEqual(
            quotes("The tax is known as the \"Buffett rule\" after Warren Buffett, who complained about it.", .english)
                .count, 0)
        // a clause of common nouns before a colon is the speaker's frame, whatever its verb
        check("⟦The opposition⟧SPK disagreed: ⟦\"This is a rotten compromise.\"⟧direct", .english)
    }

    func testEnglishSubjectInLowerCaseAfterSaid() {
        check("⟦\"It's a disaster,\"⟧direct ⟦said⟧CUE ⟦one trader⟧SPK.", .english)
        check("⟦\"It's over,\"⟧direct ⟦said⟧CUE ⟦one⟧SPK, a teacher.", .english)
        check("⟦\"It's over,\"⟧direct ⟦said⟧CUE ⟦one of the protesters⟧SPK.", .english)
        check("⟦\"Prices will rise,\"⟧direct ⟦said⟧CUE ⟦the company⟧SPK in a statement.", .english)
        check("⟦\"Prices will rise,\"⟧direct ⟦said⟧CUE ⟦the company's chief economist⟧SPK.", .english)
        // a word in marks is a quotation when someone is said to say it
        check("⟦\"Never,\"⟧direct ⟦said⟧CUE ⟦another diplomat⟧SPK, who asked not to be named.", .english)
    }

    func testEnglishAccordingTo() {
        check(
            "⟦According⟧CUE to ⟦Mary Jones⟧SPK, the deal is ⟦“a historic mistake”⟧partial for the region.", .english,
            names: ["Mary Jones"])
        // a source in lower case
        check(
            "⟦According⟧CUE to ⟦a statement from the agency⟧SPK, the minister ⟦\"remains confident\"⟧partial.",
            .english)
    }

    /// A sentence's opening conjunction is no speaker; an apposition after the subject is part of it.
    func testEnglishSubjectAfterAnOpeningConjunction() {
        check("Yet ⟦the mayor⟧SPK ⟦wrote⟧CUE on Monday that ⟦\"no date has been agreed\"⟧partial.", .english)
        check(
            "Yet ⟦the chief executive, Amanda Pritchard⟧SPK, ⟦wrote⟧CUE that ⟦\"no date has been agreed\"⟧partial.",
            .english, names: ["Amanda Pritchard"])
    }

    func testTheObjectOfANamingVerbIsNoTitle() {
        // `plan` names what follows (`the plan "Europe 2030"`), but not as what something is called
        check("⟦Critics⟧SPK ⟦called⟧CUE the plan ⟦\"reckless\"⟧partial on Monday.", .english)
        check("⟦Die Opposition⟧SPK ⟦nannte⟧CUE den Plan ⟦„unsozial und ungerecht“⟧partial.", .german)
        check("Sie legten den Plan „Europa 2030“ vor.", .german)
    }

    func testEnglishPronounResolvesToName() {
        let found = quotes(
            "Senator Anna Berg spoke in Ohio on Monday. “We need more time for this bill,” she said.", .english)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.speaker?.name, "Anna Berg")
    }

    // MARK: - German cue patterns

    func testGermanFrameAfterSagte() {
        check(
            "⟦„Wir werden die Steuern nicht erhöhen“⟧direct, ⟦sagte⟧CUE ⟦Finanzministerin Petra Lang⟧SPK am Montag.",
            .german,
            names: ["Petra Lang"])
    }

    func testGermanColonFrame() {
        check(
            "⟦Karl Brenner⟧SPK ⟦erklärte⟧CUE: ⟦„Die Brücke wird im Herbst fertig.“⟧direct", .german,
            names: ["Karl Brenner"])
    }

    /// `X zitiert Y mit den Worten: „…“`: the one quoted speaks, before or after the subject.
    func testGermanColonFrameOfZitieren() {
        check(
            "Die Zeitung ⟦zitiert⟧CUE ⟦Karl Brenner⟧SPK mit den Worten: ⟦„Die Brücke wird im Herbst fertig.“⟧direct",
            .german, names: ["Karl Brenner"])
        check(
            "Am Montag ⟦zitierte⟧CUE die Zeitung ⟦den Minister⟧SPK mit den Worten: ⟦„Ich trete nicht zurück.“⟧direct",
            .german)
    }

    func testGermanQuotesInAListOfNames() {
        // a quotation in brackets after a name is that person's; a list's next name before a colon speaks
        check(
            "Es gratulierten ⟦Mohammed ElBaradei⟧SPK (⟦„Mir fällt niemand ein, der das mehr verdient hätte.“⟧direct) "
                + "und ⟦der norwegische Ministerpräsident Jens Stoltenberg⟧SPK: ⟦„Der Preis kommt nicht zu früh.“⟧direct",
            .german)
        // no name before the bracket: no speaker from it
        XCTAssertEqual(quotes("Der Kurs („Ausblick: stabil“) hielt.", .german).compactMap(\.speaker).count, 0)
    }

    func testGermanSoX() {
        check(
            "⟦„Das ist ein guter Tag für die Stadt“⟧direct, ⟦so⟧CUE ⟦Bürgermeisterin Jana Ulrich⟧SPK.", .german,
            names: ["Jana Ulrich"])
    }

    func testGermanLautX() {
        check(
            "⟦Laut⟧CUE ⟦Innenminister Otto Sander⟧SPK ist die Lage ⟦„ernst, aber beherrschbar“⟧partial.", .german,
            names: ["Otto Sander"])
    }

    func testGermanZufolge() {
        check(
            "⟦Dem Sprecher Lukas Haas⟧SPK ⟦zufolge⟧CUE sei die Einigung ⟦„zum Greifen nah“⟧partial.", .german,
            names: ["Lukas Haas"])
    }

    func testGermanNachAngaben() {
        check(
            "Nach ⟦Angaben⟧CUE von ⟦Polizeisprecher Jan Roth⟧SPK verlief die Demonstration ⟦„weitgehend friedlich“⟧partial.",
            .german,
            names: ["Jan Roth"])
    }

    func testGermanWrittenCommentedStressed() {
        check("⟦„Wir stehen an der Seite der Bauern“⟧direct, ⟦schrieb⟧CUE ⟦Agrarministerin Ute Brandt⟧SPK.", .german)
        check("⟦„Das Urteil ist ein Signal“⟧direct, ⟦kommentierte⟧CUE ⟦Richterin Sabine Kolb⟧SPK.", .german)
        check(
            "⟦Gewerkschaftschef Tim Ehlers⟧SPK ⟦betonte⟧CUE, der Streik sei ⟦„unvermeidlich“⟧partial gewesen.", .german,
            names: ["Tim Ehlers"])
    }

    func testGermanSeparableCueForderteAuf() {
        check(
            "⟦Die Opposition⟧SPK ⟦forderte⟧CUE die Regierung auf, ⟦„endlich für Klarheit zu sorgen“⟧partial.", .german)
    }

    func testGermanPronounAndRoleResolveToNearestName() {
        let text =
            "Die Ministerin Katrin Vogel besuchte am Montag Rom. „Das Treffen war ein Erfolg“, sagte sie.\n\n"
            + "Auch der Botschafter Paul Winter war dabei. „Wir sind zufrieden“, sagte der Botschafter."
        let found = quotes(text, .german)
        XCTAssertEqual(found.map { $0.speaker?.name }, ["Katrin Vogel", "Paul Winter"])
    }

    func testGermanPossessiveIhrOpensASpeakerPhrase() {
        // `ihr` before a noun is the possessive, not the pronoun: the speaker is the whole phrase
        check("Die Ministerin reiste ab. ⟦Ihr Sprecher⟧SPK ⟦sagte⟧CUE: ⟦„Das Treffen war gut.“⟧direct", .german)
        check("⟦„Das ist unzumutbar“⟧direct, ⟦erklärte⟧CUE ⟦ihr Anwalt⟧SPK.", .german)
        check("⟦„Wir kommen“⟧direct, ⟦sagte⟧CUE ihr ⟦der Bote⟧SPK am Abend.", .german)
    }

    func testGermanSpeakerCarriedOverFromPreviousParagraph() {
        let found = quotes(
            "Hans Weber sagte: „Der erste Teil ist geschafft.“\n\n„Jetzt beginnt die eigentliche Arbeit.“", .german)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.map { $0.speaker?.name }, ["Hans Weber", "Hans Weber"])
    }

    func testGermanQuoteSplitByFrame() {
        let found = quotes("„Wir haben lange verhandelt“, sagte Eva Roth, „und am Ende hat es sich gelohnt.“", .german)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.map { $0.speaker?.name }, ["Eva Roth", "Eva Roth"])
    }

    func testSpeakersWithNameParticles() {
        // a particle in lower case inside the speaker's name (`de Vries`, `van der Berg`) does not end it
        check(
            #"⟦"We have reached an agreement,"⟧direct ⟦union leader Sandra de Vries⟧SPK ⟦told⟧CUE reporters."#,
            .english, names: ["Sandra de Vries"])
        check(
            "⟦„Wir haben eine Einigung“⟧direct, ⟦sagte⟧CUE ⟦Gewerkschaftschefin Anna van der Berg⟧SPK.", .german,
            names: ["Anna van der Berg"])
        // … but a party after `von der` is no part of it
        check("⟦„Das reicht nicht“⟧direct, ⟦sagte⟧CUE ⟦Jan Müller⟧SPK von der CDU.", .german, names: ["Jan Müller"])
        // `von der` after a surname says where the person is from; after a first name it is the name
        check("⟦„Das reicht nicht“⟧direct, ⟦sagte⟧CUE ⟦Jan Kroll⟧SPK von der Caritas.", .german, names: ["Jan Kroll"])
        check(
            "⟦„Das reicht nicht“⟧direct, ⟦sagte⟧CUE ⟦Ursula von der Leyen⟧SPK.", .german,
            names: ["Ursula von der Leyen"])
    }

    func testGermanNounsWithANumberAreSpeakers() {
        // `der 58-Jährige` is a noun phrase like `der Zeuge`
        check("⟦„Ich hatte Angst“⟧direct, ⟦sagte⟧CUE ⟦der 58-Jährige⟧SPK als Zeuge aus.", .german)
    }

    func testEnglishSubjectsDescribedNamedOrBuiltWithOf() {
        // a name built with `of`
        check(#"⟦"We will appeal,"⟧direct ⟦the Bank of England⟧SPK ⟦said⟧CUE."#, .english, names: ["Bank of England"])
        // a description named by an apposition; a subject with a relative clause
        let document = Document(
            text: "The company operating the terminal, Harwick Freight, said the deal would cost it money. "
                + "The union that represents the crews said the talks had failed.", language: .english)
        let speakers = Self.analyzer.quotes(in: document).map { $0.speaker.map { document.string(for: $0.span) } }
        XCTAssertEqual(
            speakers, ["The company operating the terminal, Harwick Freight", "The union that represents the crews"])
        XCTAssertEqual(Self.analyzer.quotes(in: document).first?.speaker?.name, "Harwick Freight")
    }

    func testGermanChevronsAndNestedQuotes() {
        check("⟦»Komm sofort herunter!«⟧direct ⟦rief⟧CUE ⟦der Vater⟧SPK.", .german)
        check("⟦„Er hat ‚nein‘ zu mir gesagt, und dabei blieb es“⟧direct, ⟦erklärte⟧CUE ⟦Tom Berg⟧SPK.", .german)
    }

    // MARK: - Not quotes

    func testGlossesOfNamesAreNotQuotes() {
        let text =
            "Gewählt wurde die „Phak Sammakhi“ (etwa: „Partei der Einheit“, engl. „Unity Party“). "
            + "In Kiew beginnt heute das Turnier: „Кубок Днепра“ [auf Deutsch: „Pokal des Dnepr“]."
        XCTAssertEqual(quotes(text, .german).map(\.span), [])
    }

    func testGlossFarIntoItsBracketIsNotAQuote() {
        // The gloss word stands many tokens after the bracket opened.
        let text = "Es siegte die „Phak Mai“ (etwa: „Bündnis für ein neues Land“, engl. „Alliance for a new country“)."
        XCTAssertEqual(quotes(text, .german).map(\.span), [])
    }

    func testTitleCasedNamesInMarksAreNotQuotes() {
        // Two or more words, all capitalised or joining words of a name: a name or a title.
        let german =
            "Die Sprecherin der „Stiftung für Wald und Wiese“ kündigte eine Klage an. "
            + "Bernd Falk, der Herausgeber der „Nordischen Rundschau“, bestätigt das in einer Stellungnahme."
        XCTAssertEqual(quotes(german, .german).filter { $0.kind.isMarked }.map(\.span), [])
        let english = "The senator appeared on “Morning Talk With Bill” on Monday, and later on “Face the Nation”."
        XCTAssertEqual(quotes(english, .english).filter { $0.kind.isMarked }.map(\.span), [])
        // Speech has lower-case words (verbs, articles), or is a naming after `als`/`as`.
        check("Der Minister nannte das Vorhaben ⟦„ein Stück aus dem Tollhaus“⟧partial.", .german)
        check("⟦„Kein Kommentar“⟧direct, ⟦sagte⟧CUE ⟦die Sprecherin⟧SPK.", .german)
        check("⟦„Vielfalt ist Programm in Hamburg“⟧direct, ⟦sagte⟧CUE ⟦die Senatorin⟧SPK.", .german)
        check("⟦Die Ministerin⟧SPK hatte den Vertrag als ⟦„Geschäft des Jahres“⟧partial ⟦bezeichnet⟧CUE.", .german)
    }

    func testQuotedNameAsSubjectOfASpeechVerbIsNotAQuote() {
        let text =
            "Die „Aktion Saubere Luft“ berichtete von hohen Messwerten. Wie „stadtblatt online“ meldet, ist die Straße gesperrt."
        XCTAssertEqual(quotes(text, .german).filter { $0.kind.isMarked }.map(\.span), [])
        // After a preposition the quote is the object: `Von einer „…“ sprach X` stays a fragment.
        let fragment = quotes("Von einer „gezielten Kampagne“ sprach der Abgeordnete Jan Weber.", .german).filter {
            $0.kind.isMarked
        }
        XCTAssertEqual(fragment.map(\.kind), [.partial])
    }

    func testTitlesNamesAndScareQuotesAreNotQuotes() {
        let text =
            "Die Zeitung „Kieler Nachrichten“ berichtete über das Buch „Die Blechtrommel“. "
            + "Das Schiff „Gorch Fock“ lief aus. Die sogenannte „Reform“ scheiterte. "
            + "Der Film „Das Boot“ läuft heute."
        XCTAssertEqual(quotes(text, .german).map(\.span), [])
    }

    func testEnglishClauseAfterWhileIsNoFrameOfTheQuoteBefore() {
        // `, while X said …` opens a clause of its own: the fragment is the association's
        let found = quotes(
            "The Alzheimer's Association called them \"a turning point\", while Alzheimer's Research UK said the NHS "
                + "needed to prepare.", .english
        ).filter { $0.kind == .partial }
        XCTAssertEqual(found.count, 1)
        XCTAssertNotEqual(found.first?.speaker?.name, "Alzheimer's Research UK")
    }

    func testEnglishSoCalledMarksANameNotAQuote() {
        let text = "The minister said the so-called \"levelling up\" fund would continue to support local venues."
        XCTAssertEqual(quotes(text, .english).filter { $0.kind.isMarked }.map(\.span), [])
    }

    func testEnglishPossessorOpensTheSubjectOfAFragment() {
        // no cue in the lexicon for the participle's clause: the sentence's subject, possessor and all
        check(
            "⟦Britain's culture secretary⟧SPK defended the cuts, pointing out that ⟦\"every department has to play its part\"⟧partial in repairing the finances.",
            .english, names: [nil])
    }

    func testEnglishDefiniteRoleAfterAnIndefiniteOneIsThatUnnamedPerson() {
        // `the spokesperson` is the one brought in as `A spokesperson`, not the last person named
        let quotes = quotes(
            "The shadow culture secretary, Stuart Andrew, said the plan was a disgrace. A spokesperson for the "
                + "department said the fund would continue. Asked about the report, the spokesperson said: "
                + "\"She has read it.\"", .english)
        XCTAssertEqual(quotes.last?.speaker?.name, nil)
        XCTAssertEqual(quotes.first?.speaker?.name, "Stuart Andrew")
    }

    func testOneOrAnotherBeforeARoleIsSomeoneNew() {
        let quotes = quotes(
            "\"It spends too much,\" said Sen. John Thune. \"We'll see,\" said one aide. \"No,\" another aide said.",
            .english)
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["John Thune", nil, nil])
    }

    func testHeisstEsBeforeAColonLeavesTheQuotationToItself() {
        // one item: the quotation, from the letter; no speech item over the sentence that holds it
        let document = Document(
            text: "In einem Brief an die Bürger heißt es: „Die Entscheidung ist endgültig.“", language: .german)
        XCTAssertEqual(Self.analyzer.quotes(in: document).map(\.kind), [.direct])
    }

    func testAPartyInBracketsIsNoSpeakersName() {
        let document = Document(text: "Der Bürgermeister (CSU) sagte, der Beschluss sei richtig.", language: .german)
        let found = Self.analyzer.quotes(in: document)
        XCTAssertEqual(found.map(\.kind), [.indirect])
        XCTAssertNotEqual(found.first?.speaker?.name, "CSU")
    }

    func testAGermanSubjectAfterAQuotationsCommaBeginsAClauseOfItsOwn() {
        // German frames after a quotation put the verb first; `die Grünen forderten` is no frame of `„…“`
        let document = Document(
            text: "Die CDU sprach von einem „Fass ohne Boden“, die Grünen forderten mehr Transparenz.",
            language: .german)
        let fragment = Self.analyzer.quotes(in: document).first { $0.kind == .partial }
        XCTAssertNotEqual(fragment.flatMap { $0.cue.map { document.string(for: $0) } }, "forderten")
    }

    func testAHeadlinesLastWordIsNoTitleNounBeforeAQuotation() {
        // `Stadion` may name what follows it in marks, but not across the headline's line
        let quotes = quotes("Streit um neues Stadion\n\n„Wir werden“, sagte er, „keinen Cent mehr zahlen.“", .german)
        XCTAssertEqual(quotes.map(\.kind), [.direct, .direct])
    }

    func testAFragmentBeforeAVerbInsideTheContentIsTheItemSpeakers() {
        let document = Document(
            text: "Sein Verteidiger kündigte an, sein Mandant werde sich „zu gegebener Zeit“ äußern.", language: .german
        )
        let found = Self.analyzer.quotes(in: document)
        XCTAssertEqual(found.map(\.kind), [.mixed, .partial])
        XCTAssertEqual(
            found.map { $0.speaker.map { document.string(for: $0.span) } }, ["Sein Verteidiger", "Sein Verteidiger"])
    }

    func testAQuotationsPronounGoesToTheSpeakerOfTheSpeechBeforeIt() {
        // `she` is the woman named in the reporter's words between the two quotations, not the judge
        let text =
            "Judge Anne Hartley said he had shown \"a complete disregard for others\". Later the fire officer, Lisa "
            + "Grant, said the crews had worked through the night. \"It was one of our hardest nights,\" she said."
        let direct = quotes(text, .english).filter { $0.kind == .direct }
        XCTAssertEqual(direct.map { $0.speaker?.name }, ["Lisa Grant"])
        // a quotation's own named speaker in between still counts
        let quoted = quotes(
            "Lisa Grant said the crews had worked hard. \"We are proud,\" said Anne Hartley. \"Very proud,\" she "
                + "added.", .english
        ).filter { $0.kind == .direct }
        XCTAssertEqual(quoted.map { $0.speaker?.name }, ["Anne Hartley", "Anne Hartley"])
        // one described but not named, by a word of the pronoun's gender, is no one named before
        let mother = quotes(
            "Prosecutor Anna Hughes said the fire spread fast. In a statement, the mother said her children could not "
                + "sleep. \"We lost everything,\" she said.", .english
        ).filter { $0.kind == .direct }
        XCTAssertEqual(mother.map { $0.speaker?.name }, [nil])
        // German as English: `sie` after `Ministerin Eva Roth kündigte an, …`
        let german = quotes(
            "Richterin Petra Albers sprach von einem „klaren Fall“. Die Anwältin Eva Roth sagte, man werde in "
                + "Berufung gehen. „Das Urteil ist falsch“, sagte sie.", .german
        ).filter { $0.kind == .direct }
        XCTAssertEqual(german.map { $0.speaker?.name }, ["Eva Roth"])
    }

    func testATitleNounOrANamingVerbNamesWhatFollowsWhateverEndsIt() {
        // a question or an ellipsis in a title; `heißt` names (`es heißt` quotes); a title noun heads the colon's phrase
        let text =
            "Im Mittelpunkt stand das Thema „Wie wollen wir leben?“. Die Reihe „Was ist los in …“ startet im Mai. "
            + "Sein neues Buch heißt „Die Welt von gestern“. Der Titel des Buches: „Warum wir schlafen“. "
            + "Das Unwort lautet „Remigration“."
        XCTAssertEqual(quotes(text, .german).filter { $0.kind.isMarked }.map(\.span), [])
        XCTAssertEqual(
            quotes("In der Erklärung heißt es: „Wir bedauern den Vorfall.“", .german).filter { $0.kind == .direct }
                .count, 1)
        check("⟦Der Sprecher des Ministeriums⟧SPK: ⟦„Wir prüfen das.“⟧direct", .german)
    }

    func testOneWordRightAfterAVerbOfSayingIsWhatWasSaid() {
        check("⟦Er⟧SPK ⟦sagte⟧CUE nur ⟦„Nein“⟧partial.", .german)
        check("⟦Sie⟧SPK ⟦antwortete⟧CUE ⟦„Vielleicht“⟧partial und ging.", .german)
        // a noun after an article is no utterance
        XCTAssertEqual(quotes("Sie antwortete mit einem klaren „Nein“.", .german).filter { $0.kind.isMarked }.count, 0)
    }

    func testAWordInMarksThatIsASentenceOfItsOwnIsAQuotation() {
        let document = Document(
            text: "„Ist das gerecht?“, fragte Maier. „Nein!“ Dann ging er. Er wählte „Freiheit“.", language: .german)
        let found = Self.analyzer.quotes(in: document).filter { $0.kind.isMarked }
        XCTAssertEqual(found.map { document.string(for: $0.span) }, ["„Ist das gerecht?“", "„Nein!“"])
        XCTAssertEqual(found.map(\.kind), [.direct, .direct])
    }

    func testCapitalisedWordAfterIndefiniteArticleInSpeechIsAFragment() {
        // A noun someone chose takes `ein`; in a clause of reported speech it is a quoted fragment.
        check("Der Trainer sagte, der Sieg habe dem Team einen ⟦„Schub“⟧partial gegeben.", .german)
        check("Die Opposition hatte von einem ⟦„Skandal“⟧partial gesprochen.", .german)
        // With no one speaking (no cue, no Konjunktiv) it stays a name or term.
        XCTAssertEqual(quotes("Am Hafen wurde ein „Containerdorf“ errichtet.", .german).map(\.span), [])
    }

    func testWordsMentionedOrNamedWithoutASpeakerAreNotQuotes() {
        let text =
            "Experten halten es für verfrüht, von einer „Pleitewelle“ zu sprechen. "
            + "Die Bewohner werden im Volksmund „Moorbauern“ genannt. "
            + "Seit Jahren ziehen „Blauhemden“ – so werden die Anhänger der Bewegung genannt – durch die Stadt. "
            + "Der Dirigent sagte, der Chor habe Lieder wie „Am Brunnen vor dem Tore“ gesungen. "
            + "„Grüne Wiese“ heißt das Projekt, das die Stadt am Montag vorstellte. "
            + "Die Regierende „Workers' Democratic Party“ sagte die Wahl ab. "
            + "Auf Platz eins der Liste: „Der Letzte Sommer“."
        XCTAssertEqual(quotes(text, .german).filter { $0.kind.isMarked }.map(\.span), [])
        // A quote introduced by `heißt es` is still one.
        check("⟦„Die Lage ist ernst“⟧direct, heißt es in dem Bericht.", .german)
    }

    func testGermanNamesJoinedByArticlesAndPrepositionsAreNotQuotes() {
        let text =
            "„Helfer ohne Grenzen“ kritisierte die Festnahme des Arztes. "
            + "„Bücher für die Welt“ teilte mit, die Lage in dem Lager sei ernst. "
            + "Auch „Hilfe für Kinder“ forderte mehr Geld. "
            + "Nach Angaben von „Helfer ohne Grenzen“ sind viele Menschen geflohen."
        XCTAssertEqual(quotes(text, .german).filter { $0.kind.isMarked }.map(\.span), [])
    }

    func testBrandsAndWebAddressesAreNotQuotes() {
        let text =
            "Der Minister sagte der „taz“, er werde bleiben. Das berichtete „beispiel.de“ am Abend. "
            + "Der Händler sagte, er verkaufe nur über „eBay“."
        XCTAssertEqual(quotes(text, .german).filter { $0.kind.isMarked }.map(\.span), [])
        check("Der Minister sagte, die Reform sei ⟦„überfällig“⟧partial.", .german)
    }

    func testFragmentContextByKonjunktivFormAndJudgement() {
        // `betreibe` is Konjunktiv I by its form; `für „…“ halten` judges like `als „…“`.
        check(
            "⟦Die Kritiker⟧SPK ⟦werfen⟧CUE der Regierung vor, sie betreibe eine ⟦„Politik der leeren Hände“⟧partial.",
            .german)
        check("⟦Der Gutachter⟧SPK hält den Entwurf für ⟦„kaum umsetzbar“⟧partial.", .german)
        // (an article between them too)
        check("⟦Die Opposition⟧SPK hält das für ein ⟦„Eingeständnis des Scheiterns“⟧partial.", .german)
    }

    func testAlsNamesOnlyWhereSomeoneSpeaksOrJudges() {
        // a verb of judging with `als` makes the marked words someone's
        let judged = quotes("Der Verband sieht die neue Regel als „Kapitulation“ vor den Gegnern.", .german)
        XCTAssertEqual(judged.map(\.kind), [.partial])
        // without speech, judgement or Konjunktiv the narrator uses a term
        let text =
            "Die Reederei will als „Weißer Ritter“ das Angebot der Konkurrenz überbieten. "
            + "Die Stadt trat nach dem Krieg als „ehrlicher Makler“ zwischen den Nachbarn auf."
        XCTAssertEqual(quotes(text, .german).filter { $0.kind.isMarked }.map(\.span), [])
    }

    func testFragmentSpeakers() {
        // A sentence adverb is not the subject; the frame at the end names the speaker.
        check(
            "Vermutlich sei die Brücke zu früh freigegeben worden und habe einen ⟦„Knacks“⟧partial bekommen, "
                + "⟦sagte⟧CUE ⟦der Ingenieur Paul Weber⟧SPK.", .german)
        // In a relative clause the speaker is the phrase the pronoun refers to.
        let document = Document(
            text: "Lob kommt vom Bund der Steuerzahler, der die Sparpläne für „mutig“ hält.", language: .german)
        let found = Self.analyzer.quotes(in: document)
        XCTAssertEqual(found.map(\.kind), [.partial])
        XCTAssertEqual(
            found.first?.speaker.map { document.string(for: $0.span).hasSuffix("Bund der Steuerzahler") }, true)
    }

    // MARK: - Sloppy marks

    func testUnbalancedClosingMarkDoesNotSwallowNextParagraph() {
        let text =
            "„Wir sind bereit.“ Es wird aber schwer“, sagte Paul Klee.\n\nDie Regierung plant neue Gesetze. „Sie kommen im Mai“, sagte ein Sprecher."
        let document = Document(text: text, language: .german)
        let found = Self.analyzer.quotes(in: document).map { document.string(for: $0.span) }
        XCTAssertEqual(found, ["„Wir sind bereit.“ Es wird aber schwer“", "„Sie kommen im Mai“"])
    }

    func testAnUnclosedMarkBeforeAnotherOpeningDoesNotSwallowTheQuotesAfterIt() {
        // quotes nest with single marks: a second " or „ opening while one is open means the first was left open
        let text =
            "\"Ich bleibe, sagte die Trainerin. Sie sprach von einem \"neuen Anfang\". \"Wir greifen an\", fügte sie hinzu."
        let document = Document(text: text, language: .german)
        let found = Self.analyzer.quotes(in: document).map { document.string(for: $0.span) }
        XCTAssertEqual(found.filter { $0.hasPrefix("\"") }, ["\"neuen Anfang\"", "\"Wir greifen an\""])
    }

    func testUnmatchedSingleMarkDoesNotNestTheQuotesAfterIt() {
        // `‘Adir` (a transliteration) opens no quote: the quotation after it is not nested in it.
        let german =
            "Die Reporterin war in ‘Adir, einer Stadt im Norden. Dort sprach ⟦der Bürgermeister⟧SPK von einem ⟦„schweren Schlag für alle Familien“⟧partial."
        check(german, .german)
        let english =
            "The team reached ‘Ain, a small town. The mayor called it ⟦“a terrible day for all of us”⟧partial on Monday."
        check(english, .english)
    }

    func testTwoApostrophesAreADoubleMarkInEnglish() {
        // Plain-text English news archives type `''` for “ and ”.
        check("⟦''We will not raise taxes,''⟧direct ⟦said⟧CUE ⟦Mr. Harlan⟧SPK. ⟦''It is a promise.''⟧direct", .english)
        check("Using the tax code this way ⟦''is a misguided approach,''⟧partial ⟦said⟧CUE ⟦Ms. Ortiz⟧SPK.", .english)
        // In German text `''…''` is wiki italics, not a quotation.
        XCTAssertEqual(
            quotes(
                "Ein am Montag auf ''www.beispiel-zeitung.de'' veröffentlichter Artikel nennt keine Zahlen.", .german
            )
            .filter { $0.kind.isMarked }.map(\.span), [])
    }

    func testTypedOpeningMarksCloseWithTwoApostrophes() {
        // German web text types `,,` for „ and `''` for “; English news archives type ``` `` ``` for “.
        check(
            "⟦,,Wir geben nicht auf''⟧direct, ⟦sagte⟧CUE ⟦die Trainerin Jana Vogt⟧SPK. ⟦,,Das war erst der Anfang.''⟧direct",
            .german)
        check("⟦Der Verband⟧SPK ⟦nannte⟧CUE das Urteil ⟦,,völlig unverständlich''⟧partial.", .german)
        check("⟦``We will appeal,''⟧direct ⟦said⟧CUE ⟦the club's lawyer⟧SPK.", .english)
        check("⟦``We will appeal,''⟧direct ⟦Ms. Ortiz⟧SPK ⟦said⟧CUE.", .english)
        // a closing “ or " ends them too
        check("⟦,,Wir geben nicht auf“⟧direct, ⟦sagte⟧CUE ⟦Jana Vogt⟧SPK.", .german)
        // two commas inside a number or a word are no mark
        let typos = quotes("Der Preis stieg auf 3,,5 Euro, sagte er, a,,b.", .german)
        XCTAssertEqual(typos.filter { $0.kind.isMarked }, [])
    }

    func testChevronsPairByWhatIsOpenWhateverTheSpacing() {
        // German `»…«`, Swiss `«…»`, and Swiss with French spaces inside (`« … »`).
        check("⟦»Wir kommen wieder«⟧direct, ⟦sagte⟧CUE ⟦der Präsident⟧SPK.", .german)
        check("⟦«Wir kommen wieder»⟧direct, ⟦sagte⟧CUE ⟦der Präsident⟧SPK.", .german)
        check("⟦Der Präsident⟧SPK ⟦sagte⟧CUE: ⟦« Wir kommen wieder. »⟧direct Dann ging er.", .german)
        check("Der Präsident nannte das einen ⟦« Skandal »⟧partial und ging.", .german)
        // An English opening mark spaced on both sides opens when nothing is open.
        check("⟦Der Präsident⟧SPK ⟦sagte⟧CUE: ⟦“ Wir kommen wieder. ”⟧direct Dann ging er.", .german)
    }

    func testANewspaperHeadlinesItsWords() {
        check("⟦„Wir sind Papst“⟧direct, ⟦titelte⟧CUE ⟦die Zeitung⟧SPK am Tag nach der Wahl.", .german)
        // confessing and raving frame quotations too
        check("⟦„Das war eine Herausforderung“⟧direct, ⟦gesteht⟧CUE ⟦die Schauspielerin⟧SPK.", .german)
    }

    func testANewspapersNameInMarksIsTheSpeakerOfAQuotation() {
        // the name without its marks: a speaker never holds a quotation mark
        check("⟦„Das ist ein Skandal“⟧direct, ⟦schrieb⟧CUE die „⟦Bild⟧SPK“.", .german)
        check("Die „⟦Süddeutsche Zeitung⟧SPK“ ⟦titelte⟧CUE: ⟦„Wir sind Papst“⟧direct", .german)
    }

    func testMultiParagraphQuote() {
        let text =
            "Die Rektorin sagte: „Der erste Absatz endet ohne Zeichen.\n\n„Der zweite Absatz schließt das Zitat.“\n\nDanach war Ruhe."
        let document = Document(text: text, language: .german)
        let found = Self.analyzer.quotes(in: document)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(
            found.first.map { document.string(for: $0.span) },
            "„Der erste Absatz endet ohne Zeichen.\n\n„Der zweite Absatz schließt das Zitat.“")
    }

    func testOpeningMarkLeftOpenEndsWithItsParagraph() {
        let text = "Der Trainer sagte: „Wir geben nicht auf.\n\nDas Spiel beginnt um acht Uhr."
        let document = Document(text: text, language: .german)
        XCTAssertEqual(
            Self.analyzer.quotes(in: document).map { document.string(for: $0.span) }, ["„Wir geben nicht auf."])
    }

    func testFrameSetApartByDashes() {
        check("⟦„Wir werden“⟧direct – ⟦so⟧CUE ⟦der Präsident⟧SPK – ⟦„nicht nachgeben.“⟧direct", .german)
        check("⟦„Das bleibt so“⟧direct – ⟦sagte⟧CUE ⟦die Ministerin⟧SPK.", .german)
        // `so` before a verb of saying and its subject
        check("⟦„Ich bin zufrieden“⟧direct – so ⟦fasste⟧CUE ⟦der Trainer⟧SPK das Spiel zusammen.", .german)
    }

    func testAQuoteEndingAParagraphKeepsTheSpeakerBeforeIt() {
        // not the frame of the next paragraph's quote, which belongs to that one
        let text =
            "„Das ist falsch“, erwiderte der Anwalt. „Mein Mandant war in Hamburg.“\n\n"
            + "„Wir sind enttäuscht“, teilte der Verband mit."
        let document = Document(text: text, language: .german)
        XCTAssertEqual(
            Self.analyzer.quotes(in: document).filter { $0.kind.isMarked }.map {
                $0.speaker.map { document.string(for: $0.span) }
            }, ["der Anwalt", "der Anwalt", "der Verband"])
        // in one paragraph, quotes next to each other share the frame after them
        check("⟦„Das geht nicht.“⟧direct ⟦„Das machen wir nie.“⟧direct, ⟦sagte⟧CUE ⟦sie⟧SPK.", .german)
    }

    func testASourceOpeningTheNextSentenceIsNotTheQuotationsFrame() {
        // `Laut X` after a quotation that ends its sentence attributes the sentence it opens, not the quotation
        check(
            "⟦Die Richterin⟧SPK ⟦sagte⟧CUE: ⟦„Sie haben großes Leid verursacht.“⟧direct Laut Gutachten war er schuldfähig.",
            .german)
        // `So X.` after one stays its frame
        check("⟦„Wir sind bereit!“⟧direct ⟦So⟧CUE ⟦der Trainer⟧SPK.", .german)
    }

    func testAnAgeNounTakesNoGenitive() {
        // `der` + a paper after the age noun is whom it was said to
        check("⟦„Wir sind zufrieden“⟧direct, ⟦sagte⟧CUE ⟦der 48-Jährige⟧SPK der Lokalzeitung.", .german)
    }

    func testAFrameInThePluperfectHasItsParticipleAsCue() {
        check("⟦„Wir bleiben hier“⟧direct, hatte ⟦der Vorsitzende⟧SPK noch am Abend ⟦erklärt⟧CUE.", .german)
        // a prepositional phrase first: the phrase after the auxiliary speaks, not the preposition's noun
        check(
            "Im Gespräch mit der Lokalzeitung hatte ⟦die Bäckerin⟧SPK ⟦gesagt⟧CUE: ⟦„Wir machen weiter.“⟧direct",
            .german)
    }

    func testEveryGermanVerbOfSayingFramesAQuote() {
        check("⟦„Ich habe nichts falsch gemacht“⟧direct, ⟦beteuerte⟧CUE ⟦der Angeklagte⟧SPK vor Gericht.", .german)
        check("⟦„Der Plan steht“⟧direct, ⟦erläuterte⟧CUE ⟦die Planerin⟧SPK.", .german)
    }

    func testTheNextSentenceTakesUpTheQuotation() {
        check(
            "⟦„Das ist ein Skandal!“⟧direct So ⟦kommentierte⟧CUE ⟦der Oppositionsführer⟧SPK die Entscheidung.",
            .german)
        check("⟦„Das bleibt unter uns.“⟧direct Das ⟦sagte⟧CUE ⟦die Ministerin⟧SPK am Abend.", .german)
        // `Mit diesen Worten` says whose the words were, whatever the verb; `So` without a verb of saying does not
        check("⟦„Es ist vorbei.“⟧direct Mit diesen Worten verließ ⟦der Kandidat⟧SPK die Bühne.", .german)
        // so do one word, a sentence, a question taken up
        check("⟦„Unsinn!“⟧direct Mit diesem Wort reagierte ⟦die Senatorin⟧SPK auf den Vorschlag.", .german)
        check("⟦„Wer zahlt das?“⟧direct Diese Frage stellte ⟦der Stadtrat⟧SPK gleich zweimal.", .german)
        let document = Document(text: "„Es ist vorbei.“ So verließ der Kandidat die Bühne.", language: .german)
        XCTAssertEqual(Self.analyzer.quotes(in: document).map { $0.speaker == nil }, [true])
    }

    /// A sentence that is all a dateline in brackets, at the end of the text, has no opening word
    /// (the fuzzer's find: it read the token after the last).
    func testATextEndingWithABracketedSourceLine() {
        for text in [
            "Der Minister sprach.\n\n(Sprecher der Union, Marlin)", "(dpa)", "The minister spoke. (AP, Reuters)",
        ] {
            let document = Document(text: text, language: text.hasPrefix("The") ? .english : .german)
            XCTAssertTrue(Self.analyzer.quotes(in: document).isEmpty, text)
        }
    }

    func testAnInterviewsTurnsAreItsSpeakersQuotations() {
        let text =
            "Die Ökonomin Vera Brandt über Zinsen.\n\nFrage: Frau Brandt, sinken die Zinsen?\n\n"
            + "Brandt: Ich erwarte das im Frühjahr.\n\nFrage: Warum so spät?\n\nBrandt: Die Inflation ist zäh."
        let document = Document(text: text, language: .german)
        let turns = Self.analyzer.quotes(in: document).filter { $0.kind == .direct }
        XCTAssertEqual(
            turns.map { document.string(for: $0.span) },
            [
                "Frau Brandt, sinken die Zinsen?", "Ich erwarte das im Frühjahr.", "Warum so spät?",
                "Die Inflation ist zäh.",
            ])
        XCTAssertEqual(
            turns.map { $0.speaker.map { document.string(for: $0.span) } }, ["Frage", "Brandt", "Frage", "Brandt"])
        // (without an entities layer a surname alone names no one fuller)
        XCTAssertEqual(turns.map { $0.speaker?.name }, [nil, nil, nil, nil])
        let english = Document(
            text: "Q: Will rates fall?\n\nA: Not before spring.\n\nQ: Why?\n\nA: Inflation is sticky.",
            language: .english)
        XCTAssertEqual(Self.analyzer.quotes(in: english).filter { $0.kind == .direct }.count, 4)
        // a transcript quoted paragraph by paragraph: the turns, not one quotation over them
        let transcript = Document(
            text: "The transcript follows:\n\n\"HOST: Will you run?\n\n\"SMITH: Not this year.\n\n"
                + "\"HOST: Why not?\n\n\"SMITH: My family comes first.\"", language: .english)
        let turnsQuoted = Self.analyzer.quotes(in: transcript).filter { $0.kind == .direct }
        XCTAssertEqual(
            turnsQuoted.map { transcript.string(for: $0.span) },
            ["Will you run?", "Not this year.", "Why not?", "My family comes first."])
        // a paragraph or two opening with a place and a colon are no interview
        let wire = Document(
            text: "Berlin: Die Regierung tagt.\n\nParis: Das Parlament tagt.\n\nRom: Der Senat tagt.", language: .german
        )
        XCTAssertTrue(Self.analyzer.quotes(in: wire).isEmpty)
    }

    func testAnOpeningMarkBeforeASpaceLeftOpenIsASeparator() {
        // a forum's header (`Beitrag von X » Mi 15. Mai 2024, 21:14`): no quotation runs from it to the paragraph's end
        let forum = Document(
            text: "Beitrag von heizfuchs77 » Mi 15. Mai 2024, 21:14\n\nHab letztes Jahr umgerüstet.", language: .german)
        XCTAssertTrue(Self.analyzer.quotes(in: forum).filter { $0.kind == .direct }.isEmpty)
        // one hugging its text still opens a quotation that runs to the paragraph's end
        let open = Document(text: "Er sagte: »Wir kommen wieder, ganz sicher\n\nDann ging er.", language: .german)
        XCTAssertEqual(Self.analyzer.quotes(in: open).filter { $0.kind == .direct }.count, 1)
    }

    /// A debate's record: speakers with their party or seat in brackets, speeches over several paragraphs, stage
    /// directions and interjections in brackets.
    func testADebatesRecordGivesEachSpeakerTheirSpeech() {
        let text = [
            "Landtag, 31. Sitzung", "Präsident Hans Vogt: Ich eröffne die Sitzung. Das Wort hat Frau Sommer.",
            "Dr. Lena Sommer (SPD): Herr Präsident! Die Schulen brauchen mehr Lehrkräfte.", "(Beifall bei der SPD)",
            "Seit Jahren fehlen sie auf dem Land.", "(Zuruf von der FDP: Das ist doch nicht neu!)",
            // (a stage direction with a bracket inside it is one too)
            "(Beifall bei der SPD – Zuruf des Abg. Karl Brand [FDP])",
            "Eben deshalb handeln wir jetzt.", "Wir fordern, dass mehr Lehrkräfte eingestellt werden.",
            "Karl Brand (FDP): Frau Kollegin, wer hat denn regiert?",
            "Präsident Hans Vogt: Herr Brand, Sie haben nicht das Wort.",
        ].joined(separator: "\n\n")
        let document = Document(text: text, language: .german)
        let found = Self.analyzer.quotes(in: document).filter { $0.kind == .direct }
        XCTAssertEqual(
            found.map { document.string(for: $0.span) },
            [
                "Ich eröffne die Sitzung. Das Wort hat Frau Sommer.",
                "Herr Präsident! Die Schulen brauchen mehr Lehrkräfte.", "Seit Jahren fehlen sie auf dem Land.",
                "Das ist doch nicht neu!", "Eben deshalb handeln wir jetzt.",
                "Wir fordern, dass mehr Lehrkräfte eingestellt werden.", "Frau Kollegin, wer hat denn regiert?",
                "Herr Brand, Sie haben nicht das Wort.",
            ])
        XCTAssertEqual(
            found.map { $0.speaker.map { document.string(for: $0.span) } },
            [
                "Präsident Hans Vogt", "Dr. Lena Sommer", "Dr. Lena Sommer", "FDP", "Dr. Lena Sommer",
                "Dr. Lena Sommer",
                "Karl Brand",
                "Präsident Hans Vogt",
            ])
        // `wir` inside a speech is its speaker's side
        let demand = Self.analyzer.quotes(in: document).first { $0.kind == .indirect }
        XCTAssertEqual(demand.map { document.string(for: $0.span) }, "dass mehr Lehrkräfte eingestellt werden")
        XCTAssertEqual(demand?.speaker?.name, "Dr. Lena Sommer")
        // English, with seats and parties; an office named with its holder once is that person after
        let hansard = Document(
            text: [
                "Mr Speaker: Order. Questions to the Prime Minister.",
                "Ann Hale (Northfield) (Lab): Will the Prime Minister explain the delay?",
                "The Prime Minister (Tom Reyes): The money will arrive in April.",
                "Ann Hale: It was promised last year.", "The Prime Minister: And it will come.",
            ].joined(separator: "\n\n"), language: .english)
        let turns = Self.analyzer.quotes(in: hansard).filter { $0.kind == .direct }
        XCTAssertEqual(
            turns.map { $0.speaker.map { hansard.string(for: $0.span) } },
            ["Mr Speaker", "Ann Hale", "The Prime Minister", "Ann Hale", "The Prime Minister"])
        XCTAssertEqual(turns.map { hansard.string(for: $0.span) }.last, "And it will come.")
        // a question's number on the order paper, and an office's title with `of` and `for`
        let questions = Document(
            text: [
                "Mr Speaker: Questions to the Secretary of State for Health.",
                "1. Ann Hale (Northfield) (Lab): What steps she is taking on waiting lists.",
                "The Secretary of State for Energy Security and Net Zero (Mia Cole): Lists are falling.",
                "Ann Hale: Not fast enough. The Secretary of State promised that lists would halve.",
            ].joined(separator: "\n\n"), language: .english)
        let asked = Self.analyzer.quotes(in: questions)
        XCTAssertEqual(
            asked.filter { $0.kind == .direct }.map { $0.speaker.map { questions.string(for: $0.span) } },
            ["Mr Speaker", "Ann Hale", "The Secretary of State for Energy Security and Net Zero", "Ann Hale"])
        // (the office named again stands for the person its long title named)
        XCTAssertEqual(asked.filter { $0.kind == .indirect }.map { $0.speaker?.name }, ["Mia Cole"])
        // one bracketed label among ordinary paragraphs is no record
        let news = Document(
            text: "Berlin: Die Regierung tagt.\n\nAnna Roth (CDU): Wir stimmen zu.\n\nDie Sitzung dauerte lange.",
            language: .german)
        XCTAssertTrue(Self.analyzer.quotes(in: news).filter { $0.kind == .direct }.isEmpty)
    }

    func testAHeadlineGivesItsSourceBeforeAColon() {
        let document = Document(
            text: "Poll: Voters turn away from the governor\n\nA new survey shows a sharp fall in support.",
            language: .english)
        let found = Self.analyzer.quotes(in: document)
        XCTAssertEqual(found.map { document.string(for: $0.span) }, ["Voters turn away from the governor"])
        XCTAssertEqual(found.map { $0.speaker.map { document.string(for: $0.span) } }, ["Poll"])
        XCTAssertEqual(found.map(\.kind), [.indirect])
        // a kind of article is no source
        let analysis = Document(
            text: "Analysis: Why the governor is losing\n\nSupport has fallen.", language: .english)
        XCTAssertTrue(Self.analyzer.quotes(in: analysis).isEmpty)
        // nor a reply's prefix in a forum thread
        let reply = Document(
            text: "Re: Heizung macht seit gestern Geräusche\n\nBei mir klopft die Therme.", language: .german)
        XCTAssertTrue(Self.analyzer.quotes(in: reply).isEmpty)
        // nor before a quotation in marks: the quotation stands, with no speaker
        let interview = Document(
            text: "Interview: „Wir haben die Krise unterschätzt“\n\nDer Chef über Stellenabbau.", language: .german)
        let quoted = Self.analyzer.quotes(in: interview)
        XCTAssertEqual(quoted.map { interview.string(for: $0.span) }, ["„Wir haben die Krise unterschätzt“"])
        XCTAssertEqual(quoted.map { $0.speaker == nil }, [true])
    }

    func testAReportedActEndsBeforeTheColonOfAQuotation() {
        let document = Document(
            text: "Bundesrat Peter Parmelin zeigte Verständnis. Er verwies aber auf die Lage der Finanzen: "
                + "„Wir müssen sparen.“",
            language: .german)
        let found = Self.analyzer.quotes(in: document)
        XCTAssertEqual(found.map(\.kind), [.reported, .direct])
        XCTAssertEqual(found.first.map { document.string(for: $0.span) }, "Er verwies aber auf die Lage der Finanzen")
    }

    func testAFrameAfterTheQuotationPassesItsAdverbials() {
        // German: when and where between the verb and its subject are no speaker
        check(
            "⟦„Die Lage ist beherrschbar“⟧direct, ⟦betonte⟧CUE am Montag in Berlin ⟦ein Sprecher der Polizei⟧SPK.",
            .german)
        check("⟦„Wir haben alles getan“⟧direct, ⟦sagte⟧CUE am Dienstag ⟦Ministerin Petra Klein⟧SPK.", .german)
        // English: an article makes a noun of a verb of saying (`the state Capitol`), which frames nothing
        check(
            #"⟦"We are proud of this law,"⟧direct ⟦Kemp⟧SPK said at the state Capitol, ⟦"and today we make history."⟧direct"#,
            .english, names: ["Kemp", "Kemp"])
    }

    func testAColonFramesSubjectBeforeItsRelativeClause() {
        // no verb of saying before the colon: the subject the relative clause is on speaks
        check(
            "⟦Anwohner Klaus Reiter⟧SPK, der seit 30 Jahren hier wohnt, freute sich: ⟦„Endlich wird es ruhiger.“⟧direct",
            .german)
    }

    func testAnIrregularPastEndsAnEnglishSubject() {
        // `upheld` is the verb after the subject, no noun of its phrase
        check(
            #"⟦The court⟧SPK upheld the ruling that enforcement is ⟦"a quintessentially federal function."⟧partial"#,
            .english)
    }

    func testEmptyAndQuotelessTexts() {
        XCTAssertTrue(quotes("", .german).isEmpty)
        XCTAssertTrue(quotes("Kein Zitat hier, nur Text. 😀 Ende.", .german).isEmpty)
        XCTAssertTrue(quotes("„“", .german).isEmpty)
    }
}
