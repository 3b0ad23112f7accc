import XCTest
import LoupeKit
import LoupeTestSupport
@testable import LoupeQuotes
@testable import LoupeQuotesTools

/// The JSON contract, the REPL rendering, the `entities` layer and the shared evaluation data.
final class QuotesLayerTests: XCTestCase {
    func analyzed(_ text: String, language: Language = .german) throws -> Document {
        let document = Document(text: text, language: language)
        try Loupe.registry.run(["quotes"], on: document)
        return document
    }

    func testJSONFollowsTheContractWithCodePointOffsets() throws {
        let document = try analyzed("Ärger: „Schön“, sagte Jörg Öhler.")
        let json = try DocumentJSON.encode(document, layers: ["quotes"])
        guard case let .array(items)? = json["quotes"], let item = items.first else {
            return XCTFail("no quotes array")
        }
        XCTAssertEqual(items.count, 1)
        guard case let .object(pairs) = item else { return XCTFail("item is not an object") }
        XCTAssertEqual(pairs.map(\.0), ["start", "end", "text", "kind", "speaker", "cue"])
        XCTAssertEqual(item["start"], .int(7))  // code points: "Ärger: " is 7 scalars, 8 bytes
        XCTAssertEqual(item["end"], .int(14))
        XCTAssertEqual(item["text"], .string("„Schön“"))
        XCTAssertEqual(item["kind"], .string("direct"))
        XCTAssertEqual(item["speaker"]?["text"], .string("Jörg Öhler"))
        XCTAssertEqual(item["speaker"]?["start"], .int(22))
        XCTAssertEqual(item["speaker"]?["name"], .string("Jörg Öhler"))
        XCTAssertEqual(item["cue"]?["text"], .string("sagte"))
    }

    func testUnattributedQuoteHasNullSpeakerAndCue() throws {
        let document = try analyzed("„Niemand weiß, wer das gesagt hat.“")
        let json = try DocumentJSON.encode(document, layers: ["quotes"])
        guard case let .array(items)? = json["quotes"] else { return XCTFail("no quotes array") }
        XCTAssertEqual(items.first?["speaker"], .null)
        XCTAssertEqual(items.first?["cue"], .null)
    }

    func testRenderingListsAndGroupsBySpeaker() throws {
        let document = try analyzed(
            "„Eins ist klar“, sagte Anna Meier. „Zwei auch“, sagte Bernd Kurz. „Und drei“, sagte Anna Meier.")
        let layer = try XCTUnwrap(document.layer(QuotesLayer.self, named: "quotes"))
        let list = layer.render(in: document, options: AnalyzerOptions()).plainText
        XCTAssertTrue(list.contains("Anna Meier"), list)
        XCTAssertTrue(list.contains("3 quotations, 3 attributed"), list)
        let grouped = layer.render(in: document, options: AnalyzerOptions(["by": "speaker"])).plainText
        let lines = grouped.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Anna Meier (2)")
        XCTAssertTrue(lines.contains("Bernd Kurz (1)"), grouped)
    }

    func testByOptionIsValidated() {
        let document = Document(text: "„Hallo Welt“, sagte Anna Meier.", language: .german)
        XCTAssertThrowsError(
            try Loupe.registry.run(["quotes"], on: document, options: AnalyzerOptions(["quotes.by": "cue"])))
    }

    /// A stand-in for the entities plugin's layer: any layer of labelled spans will do.
    struct FakeEntities: LabeledSpans {
        var items: [(Span, String)]
        var labeledItems: [LabeledItem] { items.map { LabeledItem(span: $0.0, label: $0.1) } }
        func encode(to encoder: any Encoder) throws {}
    }

    /// The speakers' resolved names in a text whose ⟦…⟧LABEL marks are its entities layer.
    func namesWithEntities(_ marked: String, _ language: Language) throws -> [String?] {
        let sample = MarkedText(marked)
        let document = Document(text: sample.text, language: language)
        document.setLayer(FakeEntities(items: sample.marks.map { ($0.span, $0.label) }), named: "entities")
        return try QuotesAnalyzer().quotes(in: document).map { $0.speaker?.name }
    }

    func testAWeekdaysPartOfTheDayIsNoName() throws {
        // `Dienstagabend den Bau` read as a name with a particle (`van den Berg`) named the council
        XCTAssertEqual(
            try namesWithEntities("Der Stadtrat von ⟦Freiburg⟧LOC hat am Dienstagabend den Bau abgelehnt.", .german),
            [nil])
        // every part of the day, also one that ends in another (`nachmittag` in `mittag`)
        for word in ["dienstagabend", "sonntagnachmittag", "freitagvormittag", "montagmorgen"] {
            XCTAssertTrue(WordReader.isWeekdayPart(word), word)
        }
        for word in ["abendessen", "mittagspause", "sonntags", "dienstag"] {
            XCTAssertFalse(WordReader.isWeekdayPart(word))
        }
    }

    func testAQuotationsSpeakerNamedByTheSurnameIsTheLastSpeakerForAPronoun() throws {
        // (`Er` after `„…“, sagte Berg` is Jan Berg, not Kai Lenz, who spoke before)
        XCTAssertEqual(
            try namesWithEntities(
                "Trainer ⟦Jan Berg⟧PER war sauer. Stürmer ⟦Kai Lenz⟧PER sagte, man müsse ruhig bleiben. "
                    + "„Wir sind unzufrieden“, sagte ⟦Berg⟧PER. Er betonte, man brauche Verstärkung.", .german),
            ["Kai Lenz", "Jan Berg", "Jan Berg"])
    }

    func testAnOrganisationsNounStandsForTheOrganisationNamedLast() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "Der ⟦SV Waldhof⟧ORG trennt sich von seinem Trainer. Man danke ihm für seine Arbeit, teilte der Verein "
                    + "am Dienstag mit.", .german),
            ["SV Waldhof"])
    }

    func testANounTheTextGaveANameStandsForThatPerson() throws {
        // `der Kronzeuge` is no role of the lexicon's: the text made it one (`Der Kronzeuge Jan Ott`)
        XCTAssertEqual(
            try namesWithEntities(
                "Am Montag sagte der Kronzeuge ⟦Jan Ott⟧PER aus. Die Anwälte fragten lange. "
                    + "„Daran erinnere ich mich nicht“, antwortete der Kronzeuge.", .german),
            ["Jan Ott"])
    }

    func testEntitiesLayerNamesTheSpeaker() throws {
        // One-word names are invisible to the capitalisation heuristic; the entities layer knows them.
        let sample = MarkedText("Gestern sprach ⟦Merkel⟧PER in ⟦Paris⟧LOC. „Wir halten zusammen“, sagte sie.")
        let document = Document(text: sample.text, language: .german)
        let withoutEntities = try QuotesAnalyzer().quotes(in: document)
        XCTAssertNotEqual(withoutEntities.first?.speaker?.name, "Merkel")
        document.setLayer(FakeEntities(items: sample.marks.map { ($0.span, $0.label) }), named: "entities")
        let withEntities = try QuotesAnalyzer().quotes(in: document)
        XCTAssertEqual(withEntities.first?.speaker?.name, "Merkel")
    }

    func testAnOrganisationNounStandsForTheOrganisationNamedLast() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "Der Autobauer ⟦Porsche⟧ORG legte Zahlen vor. Wie das Unternehmen mitteilte, sank der Gewinn.", .german),
            ["Porsche"])
        XCTAssertEqual(
            try namesWithEntities("⟦Acme Corp.⟧ORG cut jobs. The company said demand had fallen.", .english),
            ["Acme Corp."])
    }

    func testARoleOfTheOtherSideOrAnAgeIntroducedUnnamedIsNoOneNamedBefore() throws {
        // the prosecutor is not the defence lawyer (`Staatsanwältin` ends in `anwältin`, a lawyer's word, too)
        XCTAssertEqual(
            try namesWithEntities(
                "Staatsanwältin ⟦Petra Kühn⟧PER forderte vier Jahre Haft. „Mein Mandant ist unschuldig“, sagte die "
                    + "Verteidigerin.", .german),
            ["Petra Kühn", nil])
        // the accused brought in by his age is not the prosecutor named after him
        XCTAssertEqual(
            try namesWithEntities(
                "Angeklagt ist ein 41-jähriger Mann. Staatsanwalt ⟦Jens Möller⟧PER wirft ihm Totschlag vor. „Ich "
                    + "habe meine Frau nicht getötet“, sagte der 41-Jährige.", .german),
            ["Jens Möller", nil])
    }

    func testAFirstNameAndSurnameArePersonsWhateverTheTaggerCalledThem() throws {
        // not the woman named before
        XCTAssertEqual(
            try namesWithEntities(
                "Die Ministerin ⟦Anna Berger⟧PER kam spät. „Das Geld ist gut angelegt“, sagte Verhandlungsführerin "
                    + "⟦Silke Zimmer⟧OTH.", .german), ["Silke Zimmer"])
    }

    func testTheNameAfterARoleIsTheSpeakerWhenTheClubIsTakenForAPerson() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "⟦Brentford⟧PER boss ⟦Thomas Frank⟧PER said the point was massive for his side.", .english),
            ["Thomas Frank"])
    }

    func testANounAfterAnArticleIsNoNameButARoleForThePersonBefore() throws {
        // `der Torwart` names no one `Torwart`: the role stands for the person named just before
        XCTAssertEqual(
            try namesWithEntities(
                "⟦Manuel Neuer⟧PER nahm die Schuld auf sich. „Das geht auf meine Kappe“, sagte der Torwart.", .german),
            ["Manuel Neuer"])
        // a noun that is no role stands for no one before it: the body it names (`die Stadt`)
        XCTAssertEqual(
            try namesWithEntities("⟦Anna Weber⟧PER zog um. Die Stadt sagte, die Miete sei zu hoch.", .german), ["Stadt"]
        )
    }

    func testARoleTheTaggerTookInIsNoPartOfTheName() throws {
        XCTAssertEqual(
            try namesWithEntities("⟦District Attorney Ismael Ozanne⟧PER said the case was closed.", .english),
            ["Ismael Ozanne"])
    }

    func testAForecastersRoleJoinsTheName() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "\"It is dangerous,\" said ⟦Met Office⟧ORG chief meteorologist ⟦Paul Gundersen⟧PER.", .english),
            ["Paul Gundersen"])
    }

    func testANounAfterAPossessiveIsNoName() throws {
        // `ihr Produzent` is someone's, unnamed: no name `Produzent`
        XCTAssertEqual(
            try namesWithEntities(
                "⟦Narges Kalhor⟧PER fehlte. Sie sei nicht ausgereist, teilte ihr Produzent mit.", .german), [nil])
    }

    func testOneCapitalisedWordAfterAnIndefiniteArticleIsNoName() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "⟦Kemi Badenoch⟧PER spoke. A Conservative source said the party would act.", .english),
            [nil])
    }

    func testASurnameOfTwoWordsIsThePersonNamedBefore() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "Amtsinhaber ⟦Dario Dal Medico⟧PER lag vorn. ⟦Dal Medico⟧PER sagte, die Bürger hätten ihn bestätigt.",
                .german),
            ["Dario Dal Medico"])
    }

    func testAPersonAndWhereTheyComeFromTakenAsOneNameIsThePerson() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "\"They overhired,\" said ⟦Dan Ives of Wedbush Securities⟧PER. \"Now they pay,\" he added.", .english),
            ["Dan Ives", "Dan Ives"])
        // one word before `of` is a name of its own
        XCTAssertEqual(
            try namesWithEntities("\"I stay,\" said ⟦Catherine of Aragon⟧PER.", .english), ["Catherine of Aragon"])
    }

    func testAPronounForOnePersonSkipsWhatTheEntitiesLayerCallsAnOrganisation() throws {
        // `He` after the organisation spoke goes back to the person, not to the last speaker
        let names = try namesWithEntities(
            "“We will not overreact,” said ⟦Tom Ashby⟧PER on Monday. ⟦Holder Reserve⟧ORG kept rates and said "
                + "it expects cuts. He added that the job market was strong.", .english)
        XCTAssertEqual(names, ["Tom Ashby", "Holder Reserve", "Tom Ashby"])
    }

    func testAPersonInAppositionAfterARoleWithANameOfItsOwnIsTheSpeaker() throws {
        // the description holds a name-like genitive; the entities layer says the apposition is the person
        XCTAssertEqual(
            try namesWithEntities(
                "„Wir sind nicht gegen das Sparen“, sagte die Vorsitzende des Bühnenvereins, ⟦Carolin Hagel⟧PER. "
                    + "Der Intendant des Berliner Ensembles, ⟦Oliver Reese⟧PER, schrieb: „Wer spart, verliert.“",
                .german),
            ["Carolin Hagel", "Oliver Reese"])
    }

    func testACourtRoleWithAPossessiveNamesNoOne() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "Der Angeklagte schwieg. Sein Verteidiger kündigte eine Erklärung für den nächsten Tag an.", .german),
            [nil])
    }

    func testATimeOrAnIndefiniteNounIsNoPersonsName() throws {
        // `Nächste Woche` opening the sentence before is no one `sie` can stand for; `Ein Freund` names no one
        XCTAssertEqual(
            try namesWithEntities(
                "Nächste Woche kommt meine Schwester. Ein Freund meinte, ich solle ins ⟦Gewandhaus⟧LOC gehen. "
                    + "Sie sagte, sie freue sich.", .german),
            [nil, nil])
    }

    func testARoleIsNoNounThatOpenedAClauseBefore() throws {
        // `Die Stadt`, `Die Polizei` spoke before; neither is the person `Die Ministerin` stands for
        XCTAssertEqual(
            try namesWithEntities(
                "Die Stadt bestätigte den Brand. Die Polizei dementierte die Berichte. "
                    + "Die Ministerin räumte Fehler ein, sie habe die Lage unterschätzt.", .german
            ).last,
            .some(nil))
        // a woman the entities layer named before is
        XCTAssertEqual(
            try namesWithEntities(
                "Die Polizei dementierte die Berichte. ⟦Nancy Faeser⟧PER sprach in ⟦Berlin⟧LOC. "
                    + "Die Ministerin räumte Fehler ein, sie habe die Lage unterschätzt.", .german
            ).last,
            "Nancy Faeser")
    }

    func testAnEnglishNameBuiltWithForHoldsTheRoleAfterIt() throws {
        let sample = MarkedText(
            "A ⟦Department for Education⟧ORG spokesperson said: 'Phones have no place in classrooms.'")
        let document = Document(text: sample.text, language: .english)
        document.setLayer(FakeEntities(items: sample.marks.map { ($0.span, $0.label) }), named: "entities")
        let speakers = try QuotesAnalyzer().quotes(in: document).compactMap(\.speaker)
        XCTAssertEqual(
            speakers.map { document.string(for: $0.span) }, ["A Department for Education spokesperson"])
        XCTAssertEqual(speakers.map(\.name), ["Department for Education"])
    }

    func testAPronounAfterARoleBeforeANameIsThatPerson() throws {
        // `boss` is a role: the sentence before names Arne Slot, whom `He` goes on with (not the last speaker)
        XCTAssertEqual(
            try namesWithEntities(
                "⟦Mikel Arteta⟧PER said the draw was fair. ⟦Liverpool⟧ORG boss ⟦Arne Slot⟧PER was more positive. "
                    + "He described the point as valuable.", .english),
            ["Mikel Arteta", "Arne Slot"])
    }

    func testADescriptionOfAPersonsTradeStandsForThatPerson() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "⟦Elon Musk⟧PER says the cars are ready. In a post, the billionaire wrote that they would be autonomous.",
                .english),
            ["Elon Musk", "Elon Musk"])
    }

    func testAPersonNamedAgainByAgeIsThePersonNamedBefore() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "Seit 30 Jahren betreibt ⟦Maria Huber⟧PER die Bäckerei. „Es fällt mir schwer“, sagt die 64-Jährige.",
                .german),
            ["Maria Huber"])
    }

    func testATurnLabelWithAnOfficeIsNamedByThePersonInIt() throws {
        XCTAssertEqual(
            try namesWithEntities(
                "Präsidentin ⟦Bärbel Bas⟧PER: Das Wort hat jetzt der Kollege ⟦Friedrich Merz⟧PER.\n\n"
                    + "⟦Friedrich Merz⟧PER (⟦CDU/CSU⟧ORG): Frau Präsidentin! Der Haushalt ist auf Sand gebaut.\n\n"
                    + "Präsidentin ⟦Bärbel Bas⟧PER: Gestatten Sie eine Zwischenfrage?\n\n"
                    + "⟦Friedrich Merz⟧PER (⟦CDU/CSU⟧ORG): Nein, danke.",
                .german),
            ["Bärbel Bas", "Friedrich Merz", "Bärbel Bas", "Friedrich Merz"])
    }

    func testAnOrganisationOfTheEntitiesLayerNamesItsSpeakerWhole() throws {
        XCTAssertEqual(
            try namesWithEntities("Claims will rise, according to the ⟦Association of Coastal Insurers⟧ORG.", .english),
            ["Association of Coastal Insurers"])
    }

    func testANameAsPossessorIsNotTheSpeakersName() throws {
        // `Reeve's lawyer` is someone else than Reeve
        let names = try namesWithEntities(
            "⟦Daniel Reeve⟧PER was jailed. ⟦Reeve⟧PER's lawyer said his client would appeal.", .english)
        XCTAssertEqual(names, [nil])
    }

    func testASpeakerCoversTheWholeOrganisationTheEntitiesLayerFoundInIt() throws {
        // the subject found before `said` is `Wales`: the speaker is the organisation it lies in
        let sample = MarkedText(
            "Trains ran across ⟦Wales⟧LOC. ⟦Transport for Wales⟧ORG said passengers should check before travelling.")
        let document = Document(text: sample.text, language: .english)
        document.setLayer(FakeEntities(items: sample.marks.map { ($0.span, $0.label) }), named: "entities")
        let speakers = try QuotesAnalyzer().quotes(in: document).compactMap(\.speaker)
        XCTAssertEqual(speakers.map { document.string(for: $0.span) }, ["Transport for Wales"])
        XCTAssertEqual(speakers.map(\.name), ["Transport for Wales"])
    }

    func testAWordOpeningAnEnglishSentenceIsNoNameWhereTheEntitiesLayerSawNone() throws {
        // `Critics` is no person whom `the mayor` could be
        let names = try namesWithEntities(
            "⟦Maria Lopez⟧PER spoke first. Critics say the plan does not go far enough. "
                + "The mayor has said that the city cannot afford it.", .english)
        XCTAssertFalse(names.contains("Critics"), "\(names)")
    }

    func testAPlaceThatSpeaksNamesItselfNotANameLaterInTheClause() throws {
        // the speaker `Norwegen` is named `Norwegen`, not the person-and-noun run after the quotation
        let names = try namesWithEntities(
            "⟦Norwegen⟧LOC sagte am Montag, es verfolge „die Gespräche“ für ⟦Anna Bergs⟧PER Reise genau.", .german)
        XCTAssertFalse(names.isEmpty)
        XCTAssertEqual(Set(names), ["Norwegen"], "\(names)")
    }

    func testADescriptionMadeOfAPlaceAndAPartyIsARole() throws {
        // `the South Dakota Republican` is the senator named before, not a person called so
        let names = try namesWithEntities(
            "Senate leader ⟦John Thune⟧PER spoke first. \"We will not govern like this,\" the ⟦South Dakota⟧LOC "
                + "⟦Republican⟧OTH said.", .english)
        XCTAssertEqual(names, ["John Thune"])
        // one capitalised word before a role is the role's, not a name: `the Conservative leader` is the one named
        let leader = try namesWithEntities(
            "⟦Kemi Badenoch⟧PER stood up. \"These are broken promises,\" the Conservative leader said.", .english)
        XCTAssertEqual(leader, ["Kemi Badenoch"])
    }

    func testAPersonOpeningTheSentenceBeforeALoneQuotationSpeaksIt() throws {
        // no verb of saying: the person the sentence before opens with speaks a quotation that is a sentence of its own
        let names = try namesWithEntities(
            "Der Regierungschef ⟦Michael Kretschmer⟧PER wurde im Landtag deutlich. „Diese Vorwürfe sind haltlos.“",
            .german)
        XCTAssertEqual(names, ["Michael Kretschmer"])
        // not a thing opening it
        XCTAssertEqual(try namesWithEntities("Das Wetter war schlecht. „Wir bleiben zu Hause.“", .german), [nil])
    }

    func testARoleIsThePersonItsAppositionNames() throws {
        // the person named between commas after the role, not the institution in the role's phrase
        let names = try namesWithEntities(
            "Der Präsident des ⟦Instituts für Wirtschaftsforschung⟧ORG, ⟦Marcel Fratzscher⟧PER, warnte vor einer "
                + "Rezession.", .german)
        XCTAssertEqual(names, ["Marcel Fratzscher"])
    }

    func testAPersonOpeningTheSentenceBeforeFreeIndirectSpeechGoesOnSpeaking() throws {
        // the Konjunktiv after a sentence a person opens without speaking is theirs, not the speaker's before
        let names = try namesWithEntities(
            "⟦Julian Schuster⟧PER sagte, sein Team habe verdient gewonnen.\n\nMainz-Coach ⟦Bo Henriksen⟧PER zeigte sich "
                + "enttäuscht. Seine Mannschaft habe das Spiel lange kontrolliert.", .german)
        XCTAssertEqual(names, ["Julian Schuster", "Bo Henriksen"])
    }

    func testANameInsideTheQuotationIsNoAntecedentOfItsFrame() throws {
        // `he` is who spoke before, not the man the quotation names
        let names = try namesWithEntities(
            "⟦Mark Rutte⟧PER shrugged off the comment. \"⟦Viktor⟧PER has his views,\" he said.", .english)
        XCTAssertEqual(names, ["Mark Rutte"])
    }

    // MARK: - Shared data (skipped when ../shared is absent)

    static var sharedData: URL? {
        if let path = ProcessInfo.processInfo.environment["LOUPE_SHARED_DATA"] {
            return URL(fileURLWithPath: path)
        }
        // Plugins/Quotes/Tests/ThisFile.swift → package root → ../shared/data
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    func testSampleArticleEachQuotationOnceWithSpeaker() throws {
        guard let data = Self.sharedData else { throw XCTSkip("shared data not found") }
        let url = data.appendingPathComponent("articles/putin-nordkorea-de.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw XCTSkip("sample article not found")
        }
        let document = Document(text: text, language: .german)
        let found = try QuotesAnalyzer().quotes(in: document).filter { $0.kind.isMarked }
        XCTAssertGreaterThan(found.count, 8)
        for (a, b) in zip(found, found.dropFirst()) { XCTAssertFalse(a.span.overlaps(b.span), "overlapping quotes") }
        for quote in found {
            let quoted = document.string(for: quote.span)
            XCTAssertFalse(quoted.contains("\n\n"), "a quote swallowed a paragraph: \(quoted)")
            XCTAssertNotNil(quote.speaker?.name, "no speaker for \(quoted)")
        }
    }

    func testEvaluationMeetsTargetsOnSharedData() throws {
        guard let data = Self.sharedData else { throw XCTSkip("shared data not found") }
        let analyzer = try QuotesAnalyzer()
        for (file, minimumF1, minimumSpeaker) in [
            ("quotes/wikinews-de-dev.jsonl", 0.85, 0.75), ("quotes/rw-dev.jsonl", 0.85, 0.0),
        ] {
            let path = data.appendingPathComponent(file).path
            guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(file) not found") }
            let report = try QuotesEvaluation.evaluate(path: path, analyzer: analyzer, verbose: false)
            let f1 = try XCTUnwrap(number(after: "F1 ", in: report))
            let speaker = try XCTUnwrap(number(after: "speaker accuracy on gold quotes found:", in: report))
            XCTAssertGreaterThanOrEqual(f1, minimumF1, report)
            XCTAssertGreaterThanOrEqual(speaker, minimumSpeaker, report)
        }
    }

    private func number(after marker: String, in text: String) -> Double? {
        guard let range = text.range(of: marker) else { return nil }
        return Double(
            text[range.upperBound...].trimmingCharacters(in: .whitespaces).prefix { $0.isNumber || $0 == "." })
    }
}
