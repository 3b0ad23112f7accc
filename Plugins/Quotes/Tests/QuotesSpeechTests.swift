import XCTest
import LoupeKit
import LoupeTestSupport
@testable import LoupeQuotes

/// Speech in the reporter's words (issue 14): `indirect`, `mixed`, `reported`, `free-indirect`,
/// one cue family a test, in German and English. Sentences written for these tests. Marks:
/// `⟦…⟧SPK` the speaker mention, `⟦…⟧CUE` the cue word; the content is given as text because
/// markers do not nest (the content of `laut X …` holds its speaker).
final class QuotesSpeechTests: XCTestCase {
    static let analyzer = try! QuotesAnalyzer()

    /// The items that are not quotations in marks.
    func speech(_ text: String, _ language: Language) -> (Document, [Quote]) {
        let document = Document(text: text, language: language)
        return (document, Self.analyzer.quotes(in: document).filter { !$0.kind.isMarked })
    }

    /// Exactly one speech item (or the one at `index`), of this kind and content, with the
    /// marked speaker and cue (none when not marked) and, when given, the resolved name.
    func check(
        _ marked: String, _ language: Language, _ kind: Quote.Kind, _ content: String, name: String? = nil,
        index: Int? = nil, count: Int = 1, file: StaticString = #filePath, line: UInt = #line
    ) {
        let sample = MarkedText(marked)
        let (document, found) = speech(sample.text, language)
        XCTAssertEqual(
            found.count, count, "items: \(found.map { document.string(for: $0.span) })", file: file, line: line)
        guard let item = found.indices.contains(index ?? 0) ? found[index ?? 0] : nil else { return }
        XCTAssertEqual(item.kind, kind, "kind", file: file, line: line)
        XCTAssertEqual(document.string(for: item.span), content, "content", file: file, line: line)
        let speaker = sample.marks.first { $0.label == "SPK" }?.span
        XCTAssertEqual(
            item.speaker?.span, speaker, "speaker \(item.speaker.map { document.string(for: $0.span) } ?? "none")",
            file: file, line: line)
        if let cue = sample.marks.first(where: { $0.label == "CUE" })?.span {
            XCTAssertEqual(
                item.cue, cue, "cue \(item.cue.map { document.string(for: $0) } ?? "none")", file: file, line: line)
        }
        if let name { XCTAssertEqual(item.speaker?.name, name, "name", file: file, line: line) }
        if let speakerSpan = item.speaker?.span {
            // (never a quotation mark: of `die Lokalzeitung „Kreisbote“` the name without its marks)
            XCTAssertFalse(
                document.string(for: speakerSpan).contains(where: { "„“”\"»«".contains($0) }),
                "a quotation mark in the speaker", file: file, line: line)
        }
    }

    func testAnEnglishClauseAfterItsVerbOfSpeech() {
        // a one-word name opens the clause when its verb follows it
        check(
            "⟦Prosecutors⟧SPK ⟦said⟧CUE Marsh began diverting money in 2014.", .english, .indirect,
            "Marsh began diverting money in 2014")
        check("⟦Officials⟧SPK ⟦said⟧CUE Johnson resigned on Monday.", .english, .indirect, "Johnson resigned on Monday")
        // a second that-clause after `and` does not move the start past the first
        check(
            "⟦His attorney⟧SPK ⟦said⟧CUE his client was disappointed and that they would appeal.", .english, .indirect,
            "his client was disappointed and that they would appeal")
        // a content word after the verb opens what was said: the clause before the comma is none of it
        let (rang, items) = speech("I rang the council today, they said applications close in March.", .english)
        XCTAssertFalse(items.contains { rang.string(for: $0.span) == "I rang the council today" })
        // a participle of speech after a fragment's closing mark is the speaker's next act, not the content
        check(
            "⟦Dan Ives⟧SPK ⟦said⟧CUE the launch was \"solid but dull,\" adding that investors wanted more.", .english,
            .mixed, "the launch was \"solid but dull,\"", count: 2)
        // and what it says is speech of its own
        check(
            "⟦Dan Ives⟧SPK said the launch was \"solid but dull,\" ⟦adding⟧CUE that investors wanted more.", .english,
            .indirect, "investors wanted more", index: 1, count: 2)
        // a verb's -s form before a modal is a plural noun, no verb of speech (`questions`)
        XCTAssertEqual(speech("I remind Members that questions should be brief.", .english).1.count, 0)
        // a bare plural addressee before a subject pronoun
        check(
            "Late that night, ⟦the bank⟧SPK ⟦told⟧CUE regulators it expected more withdrawals.", .english, .indirect,
            "it expected more withdrawals")
        // after `and`, the first verb's subject, without that verb and its words
        check(
            "⟦Engineer⟧SPK came out Monday morning and ⟦said⟧CUE the heat exchanger is cracked.", .english,
            .indirect, "the heat exchanger is cracked")
        // a semicolon ends what was said
        check(
            "⟦Google⟧SPK ⟦says⟧CUE the battery is 12% larger; in my testing it lasted a day.", .english, .indirect,
            "the battery is 12% larger")
    }

    func testAnAdverbialBeforeTheSubjectIsNoPartOfIt() {
        // an opening adverbial without its comma: the subject starts at the pronoun or the article
        check("In 2001 ⟦she⟧SPK ⟦told⟧CUE a reporter that the work was hard.", .english, .indirect, "the work was hard")
        check("Last year ⟦the company⟧SPK ⟦said⟧CUE that sales fell.", .english, .indirect, "sales fell")
        // a relative clause on the subject stays with it
        check(
            "⟦All the experts I interviewed⟧SPK ⟦said⟧CUE that the plan was too costly.", .english, .indirect,
            "the plan was too costly")
        // a focus particle opening the sentence is no subject (`Erst Messungen` was the speaker; bare plural
        // measurements name no one)
        check(
            "Erst Messungen hätten ⟦gezeigt⟧CUE, dass es eine eigene Art sei.", .german, .indirect,
            "dass es eine eigene Art sei")
        // a German time adverbial before the finite verb: the subject follows the verb
        check(
            "Wochen zuvor hatte ⟦die Staatsführung⟧SPK ⟦angedeutet⟧CUE, man werde hart durchgreifen.", .german,
            .indirect, "man werde hart durchgreifen")
        check(
            "Tage später ⟦sagte⟧CUE ⟦sie⟧SPK, es gebe keine Pläne.", .german, .indirect, "es gebe keine Pläne")
    }

    func testPronounAfterAFramedQuotationIsItsSpeaker() {
        // the speaker of the quotation is the one named last, not the one named in the speech before it
        let text =
            "Andrew Bailey, the central bank's governor, said last week that the bank would wait.\n\n"
            + "\"We expect the first cut in the summer,\" said Paul Dales, chief economist at Capital Economics. "
            + "⟦He⟧SPK ⟦added⟧CUE that wages rose."
        check(text, .english, .indirect, "wages rose", name: "Paul Dales", index: 1, count: 2)
        check(
            "Anna Berg, die Chefin der Bank, sagte, die Bank werde warten.\n\n"
                + "„Wir erwarten die erste Senkung im Sommer“, sagte Paul Dale, Ökonom bei der Commerzbank. "
                + "⟦Er⟧SPK ⟦fügte⟧CUE hinzu, die Löhne stiegen.", .german, .indirect, "die Löhne stiegen",
            name: "Paul Dale", index: 1, count: 2)
    }

    /// The speaker of each quotation in marks, as the text of its mention.
    func quotedSpeakers(_ text: String, _ language: Language) -> [String?] {
        let document = Document(text: text, language: language)
        return Self.analyzer.quotes(in: document).filter { $0.kind.isMarked }.map {
            $0.speaker.map { document.string(for: $0.span) }
        }
    }

    func testAQuotationRightAfterSpeechInTheReportersWordsGoesOnWithIt() {
        XCTAssertEqual(
            quotedSpeakers(
                "Der Trainer räumte ein, seine Mannschaft sei zu passiv gewesen. „Das war zu wenig.“", .german),
            ["Der Trainer"])
        // not two sentences later
        XCTAssertEqual(
            quotedSpeakers(
                "Der Trainer sagte, seine Mannschaft sei zu passiv gewesen. Dann regnete es. Der Platz war nass. "
                    + "„Das war zu wenig.“", .german), [nil])
    }

    func testEnglishParticipleAfterASpeechActIsSpeechOfItsOwn() {
        // both: what the act was about and what the participle's clause says, by the same subject
        let (document, found) = speech(
            "A judge rejected a request to unseal the file, saying the courts have no business deciding it.", .english)
        XCTAssertEqual(
            found.map { document.string(for: $0.span) },
            ["a request to unseal the file", "the courts have no business deciding it"])
        XCTAssertEqual(found.map { $0.speaker.map { document.string(for: $0.span) } }, ["A judge", "A judge"])
        // the charge is what follows `of`
        check(
            "⟦The ministry⟧SPK ⟦accused⟧CUE the company of hiding losses.", .english, .indirect, "hiding losses")
        // (a charge that starts with words in marks starts at the mark, not inside the marks)
        check(
            "⟦Mark Harper⟧SPK ⟦accused⟧CUE ministers of \"losing control\" of the project.", .english, .indirect,
            "\"losing control\" of the project")
        // also when the words in marks are a fragment of its own (three words, an article among them): mixed
        check(
            "⟦Mark Harper⟧SPK ⟦accused⟧CUE ministers of \"losing the control\" of the project.", .english, .mixed,
            "\"losing the control\" of the project")
        // a main clause joined by `, and` has its own subject
        let (second, items) = speech(
            "The court fined the firm, and the regulator sued it in March, saying it had misled investors.",
            .english)
        XCTAssertEqual(items.last.flatMap { $0.speaker.map { second.string(for: $0.span) } }, "the regulator")
    }

    func testEnglishRelativeClauseAndPassiveExpectation() {
        // a speech act in a relative clause describes the person; the main clause is the report
        let (document, found) = speech(
            "Council member Lisa Chen, who proposed the plan, called the vote \"a win for every family.\"", .english)
        XCTAssertEqual(found.map { $0.speaker.map { document.string(for: $0.span) } }, ["Council member Lisa Chen"])
        // a verb of speech there reports inside the clause only
        check(
            "Lisa Chen, ⟦who⟧SPK ⟦said⟧CUE the plan was overdue, voted for it.", .english, .indirect,
            "the plan was overdue", name: "Lisa Chen")
        // so does one further into the clause: the clause after its comma is the main verb's
        check(
            "⟦Opponents⟧SPK, who have fought the plan since it was first proposed in 2021, ⟦argue⟧CUE that the site is "
                + "contaminated.", .english, .indirect, "the site is contaminated")
        // an infinitive after a verb whose subject does it: that subject speaks (or does not)
        check(
            "⟦Downing Street⟧SPK declined to ⟦say⟧CUE whether the minister still had its confidence.", .english,
            .indirect, "whether the minister still had its confidence")
        // `that` before a verb after a noun is a relative pronoun, no content's start: the frame closes the content
        check(
            "The cuts will stay until March, ⟦the group⟧SPK ⟦said⟧CUE after a meeting that had been delayed.", .english,
            .indirect, "The cuts will stay until March")
        // a time adverbial alone is no content
        XCTAssertEqual(
            speech("The results were worse than analysts had predicted earlier this month.", .english).1.count, 0)
        // after a past, or a participle after its auxiliary, a word in -s is its object (`has led calls for`)
        XCTAssertEqual(speech("Sharkey, who has led calls for tougher rules, left.", .english).1.count, 0)
        XCTAssertEqual(speech("Sharkey, who led calls for tougher rules, left.", .english).1.count, 0)
        // after a preposition a word of the lexicon is a noun
        XCTAssertEqual(speech("Forty MPs voted against plans to cut benefits.", .english).1.count, 0)
        // `is expected to`: an expectation no one is named for, not the subject's speech
        check("Construction is expected to begin next spring.", .english, .indirect, "to begin next spring")
    }

    func testGermanSubjectWithARelativeClauseIsNoContent() {
        // the comma closes the relative clause on the subject: the verb after it has its object, no speaker
        let (document, found) = speech(
            "Die Partei, die nicht mehr im Landtag sitzt, kritisierte das Paket scharf.", .german)
        XCTAssertFalse(found.contains { $0.speaker.map { document.string(for: $0.span) } == "das Paket" })
        XCTAssertFalse(found.contains { $0.kind == .indirect })
    }

    func testEnglishQuantifiedSubjectAndNamedAddressee() {
        check(
            "⟦The company⟧SPK ⟦said⟧CUE no jobs would be lost.", .english, .indirect, "no jobs would be lost")
        check(
            "⟦The union⟧SPK ⟦said⟧CUE some workers were already leaving.", .english, .indirect,
            "some workers were already leaving")
        // the addressee named after `told` is no part of what was said
        check(
            "⟦Officials⟧SPK ⟦told⟧CUE Reuters the talks had stalled.", .english, .indirect, "the talks had stalled")
        check(
            "⟦She⟧SPK ⟦told⟧CUE the BBC she would stay.", .english, .indirect, "she would stay")
        // a verb that must have an addressee takes a common noun's phrase as one; others take it as the subject
        check(
            "⟦Jenny Okafor⟧SPK ⟦told⟧CUE the meeting her takings had fallen.", .english, .indirect,
            "her takings had fallen")
        check(
            "⟦She⟧SPK ⟦assured⟧CUE her colleagues the plan would work.", .english, .indirect, "the plan would work")
        check("⟦He⟧SPK ⟦warned⟧CUE the economy could shrink.", .english, .indirect, "the economy could shrink")
        // `called X Y`: what the speaker called it
        check(
            "⟦Trump⟧SPK has ⟦called⟧CUE climate change a hoax.", .english, .indirect, "climate change a hoax")
        // past a place set off by commas to `that`
        check(
            "⟦Clinton⟧SPK ⟦says⟧CUE at a stop in Toledo, Ohio, that the plan will help.", .english, .indirect,
            "the plan will help")
        // a content clause whose verb is a present in -s
        check(
            "⟦The commissioner⟧SPK ⟦says⟧CUE an internal review shows no one leaked the files.", .english, .indirect,
            "an internal review shows no one leaked the files")
    }

    func testEnglishBareAppositionIsTheRoleThePersonHas() {
        // a central banker described by a bare apposition is not `the lawyer` who speaks next
        let text =
            "\"Inflation is falling,\" said Andrew Bailey, governor of the Bank of England.\n\n"
            + "\"We will appeal,\" the lawyer said."
        let document = Document(text: text, language: .english)
        let quotes = Self.analyzer.quotes(in: document).filter { $0.kind == .direct }
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Andrew Bailey", nil])
    }

    func testGermanObjectOfTwoNounsIsNoSpeakerAfterTheVerb() {
        // `das Verhalten der Fans` is what the police criticised, not who
        let (document, found) = speech("Die Polizei kritisierte das Verhalten der Fans.", .german)
        XCTAssertEqual(found.map { $0.speaker.map { document.string(for: $0.span) } }, ["Die Polizei"])
    }

    func testGermanPluralGroupsPerformSpeechActs() {
        check(
            "⟦Die Gewerkschaften⟧SPK ⟦fordern⟧CUE mehr Lohn.", .german, .reported,
            "Die Gewerkschaften fordern mehr Lohn")
        // an infinitive after `zu` or a modal is an act intended, not made
        XCTAssertTrue(speech("Die Gewerkschaften wollen mehr Lohn fordern.", .german).1.isEmpty)
    }

    func testAHeadlineAndTheFirstWordsOfTheTextAreNoName() {
        // without an entities layer a pronoun looks back for capitalised words; a paragraph ends a name
        let document = Document(
            text: "Polizei sucht Zeugen\n\nUnbekannte sind eingebrochen. „Ich habe so etwas nicht erlebt“, sagte er.",
            language: .german)
        XCTAssertEqual(Self.analyzer.quotes(in: document).filter { $0.kind.isMarked }.map { $0.speaker?.name }, [nil])
    }

    func testEnglishDescriptionWithPhrasesNamedByItsApposition() {
        check(
            "⟦The Secretary of State for Health, Wes Streeting⟧SPK, ⟦told⟧CUE the House that waiting lists had fallen.",
            .english, .indirect, "waiting lists had fallen", name: "Wes Streeting")
        check(
            "⟦The Member for Godalming and Ash, Jeremy Hunt⟧SPK, ⟦asked⟧CUE whether the plan would be published.",
            .english, .indirect, "whether the plan would be published", name: "Jeremy Hunt")
        // after a possessor the apposition alone, whose name is not the possessor's
        check(
            "Smith's lawyer, ⟦John Doe⟧SPK, ⟦said⟧CUE his client was innocent.", .english, .indirect,
            "his client was innocent", name: "John Doe")
        // a relative clause on a subject opened by `one`; a pronoun after the verb opens the complement
        check(
            "Outside court, ⟦one former customer⟧SPK, who lost her savings, ⟦said⟧CUE she had waited five years.",
            .english, .indirect, "she had waited five years")
        // a party before the role is the role's modifier: the apposition names it
        check(
            "⟦The Conservative spokesman, Mark Harper⟧SPK, ⟦said⟧CUE ministers had lost control.", .english, .indirect,
            "ministers had lost control", name: "Mark Harper")
    }

    func testEnglishGroupNamedByANounIsNoOnesName() {
        // `the` joins names (`the Kremlin`) but makes no role: the committee is not the person named before
        let text = "Jeremy Hunt asked a question.\n\n⟦The committee⟧SPK ⟦said⟧CUE that taxes would rise."
        check(text, .english, .indirect, "taxes would rise")
        XCTAssertNil(speech(MarkedText(text).text, .english).1.first?.speaker?.name)
    }

    func testSubjectsWithAFirstPersonPossessive() {
        // web text: a sentence opening in lower case with `my`, `our`, `your`
        check(
            "We waited an hour. ⟦my buddy Dave⟧SPK ⟦says⟧CUE the pizza is better.", .english, .indirect,
            "the pizza is better", name: "Dave")
        // a first-person possessive with a role: someone of the writer's, named by no one before
        let text = "Die Bahn schreibt, dass es ab Mittag läuft. ⟦Mein Chef⟧SPK ⟦meint⟧CUE, ich solle zu Hause arbeiten."
        check(text, .german, .indirect, "ich solle zu Hause arbeiten", index: 1, count: 2)
        XCTAssertNil(speech(MarkedText(text).text, .german).1.last?.speaker?.name)
    }

    func testEnglishPartOfAGroupIsTheSpeaker() {
        check(
            "⟦One of the doctors⟧SPK ⟦said⟧CUE that the claims were false.", .english, .indirect,
            "the claims were false")
        check("⟦Some of the protesters⟧SPK ⟦said⟧CUE they would return.", .english, .indirect, "they would return")
    }

    func testAGermanFrameAfterTheContentInThePerfect() {
        // the verb of saying last, after its auxiliary and subject
        check(
            "Die Lage sei ernst, hat ⟦Ministerin Svenja Schulze⟧SPK am Montag ⟦gesagt⟧CUE.", .german, .indirect,
            "Die Lage sei ernst")
        check(
            "Er habe das Feuer gelegt, ließ ⟦der Mann⟧SPK über seinen Anwalt ⟦erklären⟧CUE.", .german, .indirect,
            "Er habe das Feuer gelegt")
    }

    func testAGermanFeminineNounAfterDerIsNoSubject() {
        // `der` + a feminine noun is a dative (to whom it was said): the subject follows the verb
        check(
            "Der Zeitung „Die Welt“ ⟦sagte⟧CUE ⟦Verkehrsminister Volker Wissing⟧SPK, er sei offen für ein Tempolimit.",
            .german, .indirect, "er sei offen für ein Tempolimit")
        check(
            "⟦Der Vorsitzende⟧SPK ⟦sagte⟧CUE, er sei offen für ein Tempolimit.", .german, .indirect,
            "er sei offen für ein Tempolimit")
        // a news agency after a genitive is the addressee too; right after the role it is whose spokesman speaks
        check(
            "⟦Ein Sprecher des Ministeriums⟧SPK ⟦sagte⟧CUE der Nachrichtenagentur AFP, die Lage sei ruhig.", .german,
            .indirect, "die Lage sei ruhig")
        check(
            "⟦Ein Sprecher der Nachrichtenagentur⟧SPK ⟦sagte⟧CUE, die Lage sei ruhig.", .german, .indirect,
            "die Lage sei ruhig")
    }

    func testAnEnglishFrameInTheMiddleAfterTwoWords() {
        // the content is the sentence around the frame, as for longer openings
        check(
            "The plan, ⟦she⟧SPK ⟦said⟧CUE, was doomed from the start.", .english, .indirect,
            "The plan, she said, was doomed from the start")
    }

    func testQuotedAsSayingNamesWhoSaidIt() {
        check(
            "The agency ⟦quoted⟧CUE ⟦Governor Elvira Nabiullina⟧SPK as saying that rates could rise.", .english,
            .indirect, "rates could rise")
    }

    func testAnEnglishPassiveOfTellingNamesNoSpeaker() {
        let (document, found) = speech("Workers at the plant were told that their wages would be cut.", .english)
        XCTAssertEqual(found.map { document.string(for: $0.span) }, ["their wages would be cut"])
        XCTAssertEqual(found.map { $0.speaker == nil }, [true])
    }

    func testAnEnglishSubjectWithARelativeClauseSetOffByCommas() {
        // the relative clause (and an age) go with the name before them
        check(
            "⟦Angela Ruiz⟧SPK, 41, who lives nearby, ⟦said⟧CUE the mall was crowded.", .english, .indirect,
            "the mall was crowded")
        check(
            "⟦Angela Ruiz⟧SPK, who lives nearby, ⟦said⟧CUE the mall was crowded.", .english, .indirect,
            "the mall was crowded")
        // so does a description without a name
        check(
            "⟦One juror⟧SPK, a retired nurse, ⟦told⟧CUE reporters that the talks had been exhausting.", .english,
            .indirect, "the talks had been exhausting")
        // a first-person or plural pronoun and its present open the content
        check("⟦He⟧SPK ⟦said⟧CUE we need help.", .english, .indirect, "we need help")
    }

    func testAnEnglishAdverbBeforeTheVerbIsNoPartOfTheSubject() {
        check(
            "⟦The union⟧SPK sharply ⟦criticised⟧CUE the plan as unfair.", .english, .indirect, "the plan as unfair")
        // (a noun in -ly is the subject's head)
        check("⟦The family⟧SPK ⟦said⟧CUE they would appeal.", .english, .indirect, "they would appeal")
    }

    func testEnglishSubjectRunningIntoAClause() {
        // the perfect's auxiliary ends the subject
        check("⟦Cruz⟧SPK has long ⟦said⟧CUE that he qualifies.", .english, .indirect, "he qualifies")
        // a passive, or a verb in a relative clause without its pronoun, has no speaker's content
        XCTAssertTrue(speech("The plan was always expected to fail.", .english).1.isEmpty)
        XCTAssertTrue(speech("The figures the hon. Gentleman cites cover only March.", .english).1.isEmpty)
        // (a relative clause with its pronoun stays in the subject)
        check(
            "⟦The doctors who signed the letter⟧SPK ⟦said⟧CUE that he was a quack.", .english, .indirect,
            "he was a quack")
    }

    func testEnglishInfinitiveIsNoFrame() {
        // `declined to comment` says nothing; the words before its comma are no content
        XCTAssertTrue(speech("His spokesman, Raj Shah, declined to comment further.", .english).1.isEmpty)
    }

    func testEnglishPossessorBeforeAParticipleOfSpeech() {
        // `…, saying`: the subject the possessor owns, or the name in apposition to it
        check(
            "⟦Ukraine's foreign minister⟧SPK thanked senators, ⟦saying⟧CUE the aid would save lives.", .english,
            .indirect, "the aid would save lives")
        check(
            "Ukraine's foreign minister, ⟦Dmytro Kuleba⟧SPK, thanked senators late Tuesday, ⟦saying⟧CUE the aid would save lives.",
            .english, .indirect, "the aid would save lives")
    }

    func testEnglishSpeakerPhraseNeverEndsInAVerb() {
        // a noun read as a cue leaves the verb before it out of the speaker
        check("⟦The report⟧SPK raised ⟦fears⟧CUE that prices would rise.", .english, .indirect, "prices would rise")
        let (_, found) = speech("Investors cheered, raising hopes that a deal was near.", .english)
        XCTAssertEqual(found.count, 1)
        XCTAssertNil(found.first?.speaker, "hopes that are no one's in particular")
        // nor is the subject of the content the speaker
        let (_, bank) = speech("Inflation fell, raising hopes that the Bank of England could cut rates.", .english)
        XCTAssertEqual(bank.count, 1)
        XCTAssertNil(bank.first?.speaker)
        // the verb of a relative clause stays
        check(
            "⟦All the experts I interviewed⟧SPK ⟦said⟧CUE the plan was sound.", .english, .indirect,
            "the plan was sound")
    }

    func testEnglishContentClauseWithAPastInEd() {
        check(
            "⟦A spokesman⟧SPK ⟦said⟧CUE the bank expected growth of 1.2% next year.", .english, .indirect,
            "the bank expected growth of 1.2% next year")
        // after a verb with an addressee the participle belongs to the object
        XCTAssertTrue(speech("He told the reporters gathered outside nothing.", .english).1.isEmpty)
        XCTAssertTrue(speech("She warned the people affected by the flood.", .english).1.isEmpty)
    }

    /// `add` also adds amounts: a number after it is no speech; `said 20 people were hurt` is.
    func testEnglishAddedAmountIsNoSpeech() {
        XCTAssertTrue(speech("Employers added 275,000 jobs in February.", .english).1.isEmpty)
        check(
            "⟦The police⟧SPK ⟦said⟧CUE 20 people were hurt.", .english, .indirect, "20 people were hurt")
    }

    /// A sentence that attributes twice: the clause the narrator joins on with `, but` has its own.
    func testEnglishSecondAttributionAfterBut() {
        let (document, found) = speech(
            "The minister says work will start next spring, but his own department admitted in March that the site was not bought.",
            .english)
        XCTAssertEqual(found.map(\.kind), [.indirect, .indirect])
        XCTAssertEqual(found.last.flatMap { $0.speaker.map { document.string(for: $0.span) } }, "his own department")
    }

    /// A second verb of the same subject after `, and` attributes its own clause to that subject.
    func testEnglishCoordinatedVerbOfTheSameSubject() {
        let (document, found) = speech(
            "The minister said the money would pay for teachers, and insisted that most families would not be affected.",
            .english)
        XCTAssertEqual(
            found.map { document.string(for: $0.span) },
            [
                "the money would pay for teachers", "most families would not be affected",
            ])
        XCTAssertEqual(
            found.map { $0.speaker.map { document.string(for: $0.span) } }, ["The minister", "The minister"])
    }

    /// A time adverbial after the verb is not its object (`promised Tuesday to scrap`); `According to`
    /// opening a sentence takes its source up to the comma.
    func testEnglishObjectAfterATimeAndALongAccordingToSource() {
        check(
            "⟦The leader⟧SPK ⟦promised⟧CUE Tuesday to scrap the tax.", .english, .indirect, "to scrap the tax")
        check(
            "⟦According⟧CUE to ⟦figures published by the council in May⟧SPK, about 6% of children attend private schools.",
            .english, .indirect, "about 6% of children attend private schools")
    }

    /// The question put to a speaker (`Asked whether …, Lopez declined`) is not the speaker's speech; a
    /// relative clause between subject and verb is passed (`The mayor, who …, said`).
    func testEnglishContentWithAPresentVerbBeforeABareObject() {
        check(
            "⟦He⟧SPK ⟦said⟧CUE the company expects higher prices.", .english, .indirect,
            "the company expects higher prices")
    }

    func testEnglishSubjectEndingInACapitalisedAbbreviation() {
        check(
            "⟦Chip maker Intellix Corp.⟧SPK ⟦said⟧CUE Wednesday it will cut 4,000 jobs.", .english, .indirect,
            "it will cut 4,000 jobs")
    }

    func testEnglishQuestionPutAndRelativeClauseBeforeTheVerb() {
        XCTAssertTrue(
            speech("Asked whether talks would resume, Lopez declined to comment.", .english).1.isEmpty)
        XCTAssertTrue(
            speech("When asked whether talks would resume, Lopez declined to comment.", .english).1.isEmpty)
        check(
            "⟦The mayor⟧SPK, who has sided with the workers, ⟦said⟧CUE the offer was an insult.", .english, .indirect,
            "the offer was an insult")
        // German: the question put, in its Konjunktiv, neither speech of its own nor free indirect speech after
        // an attribution
        let asked = "Die Ministerin sagte, die Lage sei ernst. Auf die Frage, ob der Termin halte, sagte sie: „Ja.“"
        XCTAssertEqual(speech(asked, .german).1.map(\.kind), [.indirect])
    }

    /// The narrator's `, as …` after a paraphrase ends it, as `, and` and `, while` do.
    func testEnglishContentEndsBeforeTheNarratorsAsClause() {
        check(
            "⟦The bank⟧SPK ⟦signaled⟧CUE it expects three cuts this year, as inflation eased in May.", .english,
            .indirect, "it expects three cuts this year")
        // (the comma may close a quoted fragment; not before the same subject's next verb or another fragment)
        check(
            "⟦Carver⟧SPK ⟦said⟧CUE the wall was \"working as designed,\" while Rep. Tran called it \"a stunt.\"",
            .english, .mixed, "the wall was \"working as designed,\"")
        check(
            "⟦He⟧SPK ⟦said⟧CUE the economy was \"strong,\" and \"getting stronger.\"", .english, .mixed,
            "the economy was \"strong,\" and \"getting stronger.\"")
    }

    func testEnglishContentClauseAfterATimeAdverbial() {
        check(
            "⟦Janet Yellen⟧SPK ⟦said⟧CUE on Thursday the economy remained strong.", .english, .indirect,
            "the economy remained strong")
        check(
            "⟦The minister⟧SPK ⟦said⟧CUE Monday night the talks would resume.", .english, .indirect,
            "the talks would resume")
    }

    func testEnglishNounAfterAnArticleIsNoVerbOfSpeech() {
        // `a note` is what the content is according to, whole; the phrase closing the sentence is no content
        check(
            "Prices rose, ⟦according⟧CUE to ⟦a note from the bank⟧SPK.", .english, .indirect, "Prices rose")
    }

    func testEnglishWordOfSpeechBeforeItsVerbIsANoun() {
        // the subject of a finite `was`: no frame of the clause before
        XCTAssertEqual(
            speech("He left the site at 2am, minutes before the first emergency call was made.", .english).1.count, 0)
        // a gerund and a plural opening the sentence before their verb: the subject, not a participle
        check(
            "⟦Planning officers⟧SPK had recommended approval, ⟦saying⟧CUE the site was allocated for housing.",
            .english, .indirect, "the site was allocated for housing")
        // a participle opening a sentence that a frame closes is its content's subject
        check(
            "Rejecting the scheme would have led to an appeal the council would lose, ⟦he⟧SPK ⟦added⟧CUE.", .english,
            .indirect, "Rejecting the scheme would have led to an appeal the council would lose")
    }

    func testEnglishSubordinateClauseAfterACommaIsNoClosingFrame() {
        XCTAssertEqual(
            speech("The stock has fallen 15% since August, when the company warned of slowing sales.", .english).1
                .count, 0)
        // nor a phrase a preposition opens, whose noun may look like a verb of speech
        XCTAssertEqual(speech("Treasury yields jumped, with the 10-year note rising to 4.4%.", .english).1.count, 0)
    }

    func testEnglishNameWithAParticleInAnApposition() {
        check(
            "⟦A rebel leader, Ernest Wamba dia Wamba⟧SPK, ⟦said⟧CUE Monday that the rebels would go on.", .english,
            .indirect, "the rebels would go on", name: "Ernest Wamba dia Wamba")
    }

    func testEnglishClosingFrameInThePerfect() {
        check(
            "A former minister has been charged with fraud, ⟦the Crown Prosecution Service⟧SPK has ⟦said⟧CUE.",
            .english, .indirect, "A former minister has been charged with fraud")
        // (a base form after `have` is no perfect: `…, the unions have plan to …` names no frame)
        XCTAssertEqual(speech("Talks broke down, the unions have report cards.", .english).1.count, 0)
    }

    func testEnglishTwoPeopleNamedAsOneSubject() {
        check(
            "⟦BMA leaders Dr Robert Laurenson and Dr Vivek Trivedi⟧SPK ⟦said⟧CUE the government had failed.", .english,
            .indirect, "the government had failed")
    }

    func testGermanInterjectionInBracketsOpeningASentenceIsNoSubject() {
        check(
            "Wir haben mehr Schulden als je zuvor. (Beifall bei der CDU/CSU) ⟦Der Finanzminister⟧SPK ⟦sagt⟧CUE, er halte "
                + "die Schuldenbremse ein.", .german, .indirect, "er halte die Schuldenbremse ein")
        // a sentence all in brackets is still read
        check(
            "(⟦Der Minister⟧SPK ⟦sagte⟧CUE später, er werde im Amt bleiben und das Gesetz verteidigen.)", .german,
            .indirect, "er werde im Amt bleiben und das Gesetz verteidigen")
    }

    func testGermanPronounAfterASubjectWithItsPartyInBrackets() {
        // `er` goes on with the subject of the sentence before, its party in brackets after it
        let (document, found) = speech(
            "Albert Füracker sagte, der Bund mache Politik. Bundesfinanzminister Christian Lindner (FDP) zeigte sich "
                + "enttäuscht. Die Wirtschaft brauche jetzt Entlastung, erklärte er in Berlin.", .german)
        XCTAssertEqual(found.map { $0.speaker?.name }, ["Albert Füracker", "Christian Lindner"])
        XCTAssertEqual(found.last.map { document.string(for: $0.span) }, "Die Wirtschaft brauche jetzt Entlastung")
    }

    func testEnglishThatOfAVerbInTheClauseIsNoComplementizerOfTheFrame() {
        // `the vote showed that …` is the content, its `that` the inner verb's
        check(
            "⟦Chuck Schumer⟧SPK ⟦said⟧CUE the vote showed that bipartisanship is still possible.", .english, .indirect,
            "the vote showed that bipartisanship is still possible")
        // (`told reporters that`: the addressee's `that` is the frame's)
        check(
            "⟦She⟧SPK ⟦told⟧CUE reporters that the deal was close.", .english, .indirect, "the deal was close")
    }

    func testEnglishButBeforeASecondVerbWithAThatClauseEndsTheContent() {
        let (document, found) = speech(
            "Mitch McConnell called it \"a responsible step\" but warned that a longer-term deal was needed.", .english)
        XCTAssertEqual(
            found.map { document.string(for: $0.span) },
            ["it \"a responsible step\"", "a longer-term deal was needed"])
        XCTAssertEqual(found.map { $0.speaker?.name }, ["Mitch McConnell", "Mitch McConnell"])
    }

    func testEnglishSubjectWithADescribingAndNamingApposition() {
        check(
            "⟦Her colleague, the shadow chancellor Mel Stride⟧SPK, ⟦added⟧CUE that families would pay more.",
            .english, .indirect, "families would pay more", name: "Mel Stride")
        // an apposition that names no one leaves no speaker phrase behind it
        let (_, found) = speech("The company, based in Rotterdam, said that profits fell.", .english)
        XCTAssertNotEqual(found.first?.speaker?.name, "Rotterdam")
    }

    func testEnglishSubjectBeforeAParticiplePhrase() {
        check(
            "⟦A senior official⟧SPK, speaking on condition of anonymity, ⟦said⟧CUE talks were continuing.", .english,
            .indirect, "talks were continuing")
    }

    func testIndefiniteRolesAndPossessorsNameNoOneKnown() {
        // someone new, and someone of the EU: neither is the person named before
        for text in [
            "Jane Roe spoke first.\n\nA senior official said talks were continuing.",
            "Jane Roe spoke first.\n\nThe EU's foreign policy chief said the bloc would respond.",
            "Die Ministerin Eva Roth sprach zuerst.\n\nEin Sprecher sagte, die Gespräche gingen weiter.",
        ] {
            let language: Language = text.hasPrefix("Die") ? .german : .english
            let found = speech(text, language).1
            XCTAssertEqual(found.count, 1, text)
            XCTAssertNil(found.first?.speaker?.name, text)
        }
    }

    func testARoleIsThePersonItNamedBefore() {
        // the nearest earlier mention of the role with a name right after it, its bracket or its comma
        check(
            """
            The Chancellor of the Exchequer (Jeremy Hunt) spoke first. Then Rachel Reeves rose.

            ⟦The Chancellor⟧SPK ⟦says⟧CUE that the economy has turned a corner.
            """, .english, .indirect, "the economy has turned a corner", name: "Jeremy Hunt")
        // (past a courtesy title in the bracket)
        check(
            """
            The Minister for Housing (Ms Claire Dunmore) spoke first. Then Gareth Price rose.

            ⟦The Minister⟧SPK ⟦says⟧CUE that the programme is on track.
            """, .english, .indirect, "the programme is on track", name: "Claire Dunmore")
        check(
            """
            Der haushaltspolitische Sprecher der Union, Markus Feldmann, sprach zuerst. Danach redete Petra Albers.

            ⟦Der Sprecher⟧SPK ⟦sagte⟧CUE, der Entwurf sei ein Trick.
            """, .german, .indirect, "der Entwurf sei ein Trick", name: "Markus Feldmann")
        // a compound ending in the role: `die Ministerin` after `Bundesfinanzministerin Petra Albers`
        check(
            """
            Bundesfinanzministerin Petra Albers legte den Haushalt vor. Markus Feldmann widersprach.

            ⟦Die Ministerin⟧SPK ⟦sagte⟧CUE, sie werde nach Brüssel reisen.
            """, .german, .indirect, "sie werde nach Brüssel reisen", name: "Petra Albers")
        // a role named in apposition after the name; a definite role varied for one person (`der russische
        // Präsident`, then `der Kremlchef`) is still the person named last
        check(
            """
            Tom Reed, a spokesman for the hospital, spoke first. Then Jim Cole arrived.

            ⟦The spokesman⟧SPK ⟦said⟧CUE that the ward was full.
            """, .english, .indirect, "the ward was full", name: "Tom Reed")
        check(
            """
            Wladimir Putin, der russische Präsident, kam nach Pjöngjang.

            ⟦Der Kremlchef⟧SPK ⟦sagte⟧CUE, die Zusammenarbeit sei gut.
            """, .german, .indirect, "die Zusammenarbeit sei gut", name: "Wladimir Putin")
        // someone described as one of many with another role is not a later role's person
        let nurse = "Maria Lopez, a nurse, spoke first.\n\nThe mayor said that the plan was dead."
        XCTAssertNil(speech(nurse, .english).1.last?.speaker?.name)
        // a role is a person, never the organisation that spoke last
        let text = "The Bank of England expects that inflation will fall.\n\nThe governor says that rates will stay."
        let found = speech(text, .english).1
        XCTAssertEqual(found.count, 2)
        XCTAssertNil(found.last?.speaker?.name)
    }

    func testEnglishSubjectWithAPhraseOfItsOwn() {
        check(
            "⟦The Leader of the Opposition⟧SPK ⟦said⟧CUE the plans were wrong.", .english, .indirect,
            "the plans were wrong")
        check(
            "⟦A spokesman for the ministry⟧SPK ⟦said⟧CUE the talks would resume.", .english, .indirect,
            "the talks would resume")
        check(
            "⟦Most of the members⟧SPK ⟦said⟧CUE they would vote against it.", .english, .indirect,
            "they would vote against it")
    }

    func testEnglishContentClauseAfterTheAddressee() {
        check(
            "⟦The head teacher⟧SPK ⟦told⟧CUE me they had lost three teachers.", .english, .indirect,
            "they had lost three teachers")
        check(
            "⟦The minister⟧SPK ⟦told⟧CUE reporters the deal was close.", .english, .indirect, "the deal was close")
    }

    func testEnglishAndGermanRoleWithAPossessiveNamesNoOneKnown() {
        // her spokesman is not the minister named before
        let text = "Minister Rachel Reeves left early.\n\n⟦Her spokesman⟧SPK ⟦said⟧CUE the talks had failed."
        check(text, .english, .indirect, "the talks had failed")
        XCTAssertNil(speech(MarkedText(text).text, .english).1.first?.speaker?.name)
        let german =
            "Die Ministerin Katrin Vogel reiste ab.\n\n⟦Ihr Sprecher⟧SPK ⟦sagte⟧CUE, die Gespräche seien gescheitert."
        check(german, .german, .indirect, "die Gespräche seien gescheitert")
        XCTAssertNil(speech(MarkedText(german).text, .german).1.first?.speaker?.name)
    }

    // MARK: - German: clause complements

    /// `X zitierte Y mit der Aussage, …`: the one quoted speaks.
    func testGermanIndirectSpeechQuotedByZitieren() {
        check(
            "Die Agentur ⟦zitierte⟧CUE ⟦den Minister⟧SPK mit der Aussage, er werde nicht zurücktreten.", .german,
            .indirect, "er werde nicht zurücktreten")
        // past an adverb after the verb
        check(
            "Die Zeitung ⟦zitiert⟧CUE zudem ⟦einen Gutachter⟧SPK mit den Worten, das Risiko sei gering.", .german,
            .indirect, "das Risiko sei gering")
    }

    func testGermanDassClauseAfterSpeechVerb() {
        check(
            "⟦Der Minister⟧SPK ⟦sagte⟧CUE am Montag, dass die Brücke im Herbst fertig wird.", .german,
            .indirect, "dass die Brücke im Herbst fertig wird")
    }

    func testGermanKonjunktivClauseRecognisedByForm() {
        // `liege` is in no list of forms: a verb in -e after a subject noun.
        check(
            "⟦Karl Brenner⟧SPK ⟦betonte⟧CUE, der Plan liege seit Wochen auf dem Tisch.", .german,
            .indirect, "der Plan liege seit Wochen auf dem Tisch", name: "Karl Brenner")
        // a stem in t or nd: the Konjunktiv ends like a preterite (`bestreite`) or an adjective (`befinde`)
        check(
            "⟦Der Anwalt⟧SPK ⟦sagte⟧CUE, sein Mandant bestreite die Tat.", .german, .indirect,
            "sein Mandant bestreite die Tat")
        check(
            "⟦Ein Sprecher⟧SPK sagte, der Mann sei gestürzt. Der Verletzte befinde sich außer Lebensgefahr.", .german,
            .freeIndirect, "Der Verletzte befinde sich außer Lebensgefahr", index: 1, count: 2)
    }

    func testGermanSubordinateClauseBeforeTheVerbHoldsNoSpeaker() {
        check(
            "Bevor die Sitzung begann, ⟦erklärte⟧CUE ⟦der Vorsitzende⟧SPK, die Lage sei ernst.", .german, .indirect,
            "die Lage sei ernst")
    }

    func testGermanFormOfSeveralSeparableVerbsTakesTheParticleThatFollows() {
        // `gab` is angeben, bekanntgeben and zugeben: the particle decides.
        check("In einer Erklärung ⟦gab⟧CUE ⟦er⟧SPK an, die Lage sei ruhig.", .german, .indirect, "die Lage sei ruhig")
        check(
            "Am Abend ⟦gab⟧CUE ⟦die Firma⟧SPK bekannt, dass das Werk schließt.", .german, .indirect,
            "dass das Werk schließt")
    }

    func testGermanIndicativeMainClauseAfterSagte() {
        check(
            "Am Montag ⟦sagte⟧CUE ⟦Rice⟧SPK, die Regierung hielt sich an das Abkommen.", .german,
            .indirect, "die Regierung hielt sich an das Abkommen")
    }

    func testGermanRelativeClauseAfterSagteIsNotContent() {
        XCTAssertEqual(speech("Das sagte der Mann, der gestern ankam.", .german).1.count, 0)
    }

    func testGermanContentEndsBeforeDenn() {
        check(
            "⟦Er⟧SPK ⟦hofft⟧CUE, dass das Dorf profitiert, denn bisher gibt es dort kein Telefon.", .german,
            .indirect, "dass das Dorf profitiert")
        // (not before `sondern`, which corrects what the speaker negated)
        check(
            "⟦Der Experte⟧SPK ⟦betonte⟧CUE, Deutschland habe kein Einnahmen-, sondern ein Ausgabenproblem.", .german,
            .indirect, "Deutschland habe kein Einnahmen-, sondern ein Ausgabenproblem")
    }

    func testGermanSeinerMeinungNach() {
        check(
            "Der Angriff war ⟦seiner⟧SPK ⟦Meinung⟧CUE nach ein Fehler.", .german, .indirect,
            "Der Angriff war seiner Meinung nach ein Fehler")
        // the possessive stands for the person named before it, of its gender
        check(
            "Die Ministerin Eva Roth traf Paul Klee. ⟦Seiner⟧SPK ⟦Ansicht⟧CUE nach sind die Risiken erheblich.",
            .german, .indirect, "sind die Risiken erheblich", name: "Paul Klee")
        check(
            "Paul Klee traf die Ministerin Eva Roth. ⟦Ihrer⟧SPK ⟦Ansicht⟧CUE nach sind die Risiken erheblich.",
            .german, .indirect, "sind die Risiken erheblich", name: "Eva Roth")
    }

    func testGermanObClauseAfterCognitionVerb() {
        check(
            "⟦Die Ärztin⟧SPK ⟦bezweifelte⟧CUE, ob die Behandlung rechtzeitig beginnt.", .german,
            .indirect, "ob die Behandlung rechtzeitig beginnt")
    }

    func testGermanZuInfinitiveOfSeparableVerb() {
        check(
            "⟦Die Gewerkschaft⟧SPK ⟦forderte⟧CUE die Regierung auf, die Löhne anzuheben.", .german,
            .indirect, "die Löhne anzuheben")
    }

    func testGermanPostposedFrame() {
        check("Die Lage sei ernst, ⟦sagte⟧CUE ⟦der Sprecher⟧SPK.", .german, .indirect, "Die Lage sei ernst")
        // an adverb that can open a dependent clause opens a main clause before its finite verb
        check(
            "Seitdem sei die Zahl gestiegen, ⟦teilte⟧CUE ⟦eine Sprecherin⟧SPK mit.", .german, .indirect,
            "Seitdem sei die Zahl gestiegen")
        // a finite verb before its object is no adjective: the clause is more than a noun phrase
        check(
            "Viele Haushalte hätten Anspruch, ⟦teilte⟧CUE ⟦die Sprecherin⟧SPK mit.", .german, .indirect,
            "Viele Haushalte hätten Anspruch")
        // a dependent clause alone is still no content
        XCTAssertTrue(speech("Seitdem der Flug ausfiel, sagte der Pilot nichts.", .german).1.isEmpty)
    }

    func testGermanAdviceAndOtherVerbsOfSpeechFrameToo() {
        check(
            "Reisende sollten die Strecke meiden, ⟦riet⟧CUE ⟦ein Bahnsprecher⟧SPK.", .german, .indirect,
            "Reisende sollten die Strecke meiden")
        check(
            "Der Plan sei nicht finanziert, ⟦wandte⟧CUE ⟦die Opposition⟧SPK ein.", .german, .indirect,
            "Der Plan sei nicht finanziert")
    }

    func testEnglishSecondVerbOfTheSubjectAfterAWireDateline() {
        check(
            "OSLO, May 2 (Reuters) - ⟦The Nordic Bank⟧SPK kept rates unchanged and ⟦said⟧CUE it expects two cuts.",
            .english, .indirect, "it expects two cuts")
    }

    func testEnglishSecondVerbAfterButHasTheFirstOnesSubject() {
        check(
            "⟦Republican lawmakers⟧SPK largely supported the bill but ⟦criticized⟧CUE the lack of funding.", .english,
            .reported, "the lack of funding")
    }

    func testAnEnglishActWithANounPhraseReportsTheAct() {
        // what was denied or announced is no clause: the act is reported, its object the content
        check("⟦The company⟧SPK ⟦denied⟧CUE any wrongdoing.", .english, .reported, "any wrongdoing")
        check(
            "⟦The Treasury⟧SPK ⟦announced⟧CUE a review of business rates on Monday.", .english, .reported,
            "a review of business rates on Monday")
        // a clause, an infinitive or a predicate after the object is what was said
        check("⟦The company⟧SPK ⟦denied⟧CUE that it had broken the law.", .english, .indirect, "it had broken the law")
        check("⟦The mayor⟧SPK ⟦urged⟧CUE residents to stay indoors.", .english, .indirect, "residents to stay indoors")
        // a verb form in capitals before a capitalised word is a name's (`Planned`), no cue
        check("⟦Planned Parenthood⟧SPK ⟦denounced⟧CUE the law.", .english, .reported, "the law")
    }

    func testEnglishBaseFormOpeningASentenceBeforeANameIsItsModifier() {
        check(
            "⟦State Senator Andrew Lanza⟧SPK ⟦told⟧CUE reporters the governor was wrong.", .english, .indirect,
            "the governor was wrong")
    }

    func testEnglishDatelineBeforeADashIsNoSubject() {
        // a place in capitals before the dash is a dateline; a name before dashes opens an aside
        check(
            "LONDON - ⟦The Nordic Bank⟧SPK kept rates unchanged and ⟦said⟧CUE it expects cuts.", .english, .indirect,
            "it expects cuts")
        check(
            "⟦Anna Berg⟧SPK - the new minister - arrived in Rome and ⟦said⟧CUE she was pleased.", .english, .indirect,
            "she was pleased")
        // the typewriter's double hyphen of wire copy is a dash
        check(
            "SAN JOSE, Calif. (AP) -- ⟦Semitech Corp.⟧SPK cut its forecast and ⟦said⟧CUE it would cut jobs.", .english,
            .indirect, "it would cut jobs")
    }

    func testEnglishAccordingToAPossessivePhrase() {
        check(
            "⟦According⟧CUE to ⟦the central bank's new projections⟧SPK, the economy will grow by 2%.", .english,
            .indirect, "the economy will grow by 2%")
    }

    func testGermanIndicativeBeforePostposedFrameIsNotIndirect() {
        // Without a Konjunktiv the clause before `, sagte er` may be the narrator's.
        XCTAssertEqual(speech("Die Halle war voll, sagte er und ging.", .german).1.map(\.kind), [])
    }

    // MARK: - German: cue phrases

    func testGermanAddresseeAfterTheVerbIsNoSpeaker() {
        // `sagte der Deutschen Presse-Agentur`: the dative addressee, an organisation; the Vorfeld speaks
        check(
            "⟦Ein Sprecher des Verbands⟧SPK ⟦sagte⟧CUE der Deutschen Presse-Agentur, man sei weiter gesprächsbereit.",
            .german, .indirect, "man sei weiter gesprächsbereit")
    }

    func testGermanLaut() {
        check(
            "⟦Laut⟧CUE ⟦Polizei⟧SPK wurden drei Menschen verletzt.", .german, .indirect, "wurden drei Menschen verletzt"
        )
    }

    func testGermanSeparableVerbBeforeAZuInfinitive() {
        check(
            "⟦Der 34-Jährige⟧SPK ⟦räumte⟧CUE vor Gericht ein, die Tat geplant zu haben.", .german, .indirect,
            "die Tat geplant zu haben")
    }

    func testGermanNachAngabenVonAPlaceIsNoNameWithVon() {
        check(
            "Nach ⟦Angaben⟧CUE von ⟦Washington⟧SPK lieferte Russland Öl.", .german, .indirect, "lieferte Russland Öl",
            name: "Washington")
    }

    func testGermanFiguresRightAfterNachWithoutASourceAreATime() {
        // after the figures came out, not according to them
        let (_, found) = speech("Die Aktien stiegen nach Zahlen zum ersten Quartal um vier Prozent.", .german)
        XCTAssertTrue(found.isEmpty)
        // with a source, or after an adjective, they report
        check(
            "Nach ⟦Zahlen⟧CUE ⟦des Statistischen Amtes⟧SPK stiegen die Preise um drei Prozent.", .german, .indirect,
            "stiegen die Preise um drei Prozent")
        let (document, afterAdjective) = speech("Nach ersten Zahlen stiegen die Preise um drei Prozent.", .german)
        XCTAssertEqual(afterAdjective.map { document.string(for: $0.span) }, ["stiegen die Preise um drei Prozent"])
    }

    func testGermanLautWithAPartyInBrackets() {
        // the bracket after the name belongs to the cue phrase, not to what was said
        check(
            "⟦Laut⟧CUE ⟦Minister Jan Kroll⟧SPK (FDP) gefährdet der Streik die Wirtschaft.", .german, .indirect,
            "gefährdet der Streik die Wirtschaft", name: "Jan Kroll")
    }

    func testGermanZufolge() {
        check(
            "⟦Dem Bericht⟧SPK ⟦zufolge⟧CUE stieg die Zahl der Unfälle.", .german, .indirect,
            "stieg die Zahl der Unfälle")
    }

    func testGermanNachAngaben() {
        check(
            "Nach ⟦Angaben⟧CUE ⟦des Ministeriums⟧SPK fehlen im Land 300 Lehrer.", .german,
            .indirect, "fehlen im Land 300 Lehrer")
        // a name in the genitive goes with it; a noun after the genitive is the clause's subject
        check(
            "Nach ⟦Angaben⟧CUE ⟦des Bundesverbands der Deutschen Heizungsindustrie⟧SPK ist der Absatz gesunken.",
            .german, .indirect, "ist der Absatz gesunken")
        check(
            "Dabei sei nach ⟦Angaben⟧CUE ⟦des Ministeriums⟧SPK der Fahrer verletzt worden.", .german,
            .indirect, "Dabei sei nach Angaben des Ministeriums der Fahrer verletzt worden")
        // a study or an analysis is a source as figures are
        check(
            "Nach einer ⟦Studie⟧CUE ⟦des Instituts⟧SPK hat sich die Zahl der Fälle verdoppelt.", .german,
            .indirect, "hat sich die Zahl der Fälle verdoppelt")
    }

    func testGermanSubjectAfterTheVerbIsNeverInTheContent() {
        let (document, found) = speech(
            "In einer Umfrage gaben 60 Prozent an, sie müssten beim Einkaufen sparen.", .german)
        XCTAssertEqual(found.map { document.string(for: $0.span) }, ["sie müssten beim Einkaufen sparen"])
        XCTAssertNil(found.first?.speaker, "not `sie`, inside what was said")
    }

    func testGermanSoX() {
        check("Die Preise steigen weiter, ⟦so⟧CUE ⟦der Verband⟧SPK.", .german, .indirect, "Die Preise steigen weiter")
    }

    func testGermanPossessiveIhrBeforeAnAdjectiveAndANounIsNoPronoun() {
        check(
            "⟦Ihr rentenpolitischer Sprecher⟧SPK ⟦erklärte⟧CUE, das Paket koste zu viel.", .german, .indirect,
            "das Paket koste zu viel")
    }

    func testGermanWieXSagte() {
        check(
            "Die Arbeiten beginnen im Mai, wie ⟦der Bürgermeister⟧SPK ⟦mitteilte⟧CUE.", .german,
            .indirect, "Die Arbeiten beginnen im Mai")
        check("Prices rose 2 percent, as ⟦the office⟧SPK ⟦said⟧CUE.", .english, .indirect, "Prices rose 2 percent")
        // the `es` that stands for the content is not the subject; a frame inside the sentence leaves it whole
        check(
            "Die Saison beginnt, wie es ⟦die Internetseite des Vereins⟧SPK ⟦ankündigt⟧CUE, im Mai.", .german,
            .indirect, "Die Saison beginnt, wie es die Internetseite des Vereins ankündigt, im Mai")
    }

    /// `heißt es` has no one as its subject: the source is the phrase after the preposition that opens
    /// the sentence.
    func testGermanHeisstEsWithTheSourceFirst() {
        check(
            "In ⟦der Erklärung⟧SPK ⟦heißt⟧CUE es, man bedaure den Vorfall.", .german, .indirect,
            "man bedaure den Vorfall")
        check(
            "Bei ⟦der Bahn⟧SPK ⟦heißt⟧CUE es, die Strecke sei wieder frei.", .german, .indirect,
            "die Strecke sei wieder frei")
        // closing the sentence it frames what stands before its comma, whose subject is no source
        check(
            "Die Strecke sei wieder frei, ⟦hieß⟧CUE es in ⟦einer Mitteilung⟧SPK.", .german, .indirect,
            "Die Strecke sei wieder frei")
        check("Die Strecke sei wieder frei, ⟦hieß⟧CUE es.", .german, .indirect, "Die Strecke sei wieder frei")
        // (after a cue phrase of its own, the closing frame is none of the content)
        check(
            "Lebensgefahr bestehe nach ⟦ersten Erkenntnissen⟧SPK nicht, hieß es.", .german, .indirect,
            "Lebensgefahr bestehe nach ersten Erkenntnissen nicht")
        // (a narrator's clause before a colon is none of the content)
        check(
            "Der Verband zeigte sich zufrieden: Die Strecke sei wieder frei, ⟦hieß⟧CUE es in ⟦einer Mitteilung⟧SPK.",
            .german, .indirect, "Die Strecke sei wieder frei")
        // the source without an article, and `verlautete`, whose source follows or opens the clause
        check(
            "Aus ⟦Regierungskreisen⟧SPK ⟦hieß⟧CUE es, eine Einigung sei in Sicht.", .german, .indirect,
            "eine Einigung sei in Sicht")
        check(
            "Die Kosten beliefen sich auf drei Milliarden Euro, ⟦verlautete⟧CUE aus ⟦dem Ministerium⟧SPK.", .german,
            .indirect, "Die Kosten beliefen sich auf drei Milliarden Euro")
        check(
            "Aus ⟦dem Ministerium⟧SPK ⟦verlautete⟧CUE, die Kosten seien hoch.", .german, .indirect,
            "die Kosten seien hoch")
        // separable verbs of speech, their particle after the verb
        check(
            "⟦Der Minister⟧SPK ⟦hob⟧CUE hervor, dass die Reform wirke.", .german, .indirect, "dass die Reform wirke")
        check(
            "⟦Sie⟧SPK ⟦machte⟧CUE klar, dass sie nicht zurücktreten werde.", .german, .indirect,
            "dass sie nicht zurücktreten werde")
        // a study shows what it found, as a document says what it says
        check("⟦Die Studie⟧SPK ⟦zeigt⟧CUE, dass Sport gesund ist.", .german, .indirect, "dass Sport gesund ist")
        // a point of view: `aus Sicht` of its holder
        check(
            "Aus ⟦Sicht⟧CUE ⟦der Grünen⟧SPK ist das Projekt zu teuer.", .german, .indirect, "ist das Projekt zu teuer")
    }

    func testGermanFrameInAnOpeningSubordinateClause() {
        // The frame's clause opens the sentence: its subject follows the conjunction, and the
        // content ends where the main clause starts with its finite verb.
        check(
            "Während ⟦Stadtrat Jan Otto⟧SPK ⟦vorschlug⟧CUE, die Gebühren zu senken, lehnte die Mehrheit ab.", .german,
            .indirect, "die Gebühren zu senken")
        check(
            "Nachdem ⟦die Klinik⟧SPK ⟦mitgeteilt⟧CUE hatte, dass zwei Stationen schließen, protestierten die Pflegekräfte.",
            .german,
            .indirect, "dass zwei Stationen schließen")
        // `Als` before a bare noun is a preposition: no subordinate clause, the content runs on.
        check(
            "Als ⟦Grund⟧SPK wird ⟦genannt⟧CUE, die Kosten seien zu hoch, wenn die Preise steigen.", .german,
            .indirect, "die Kosten seien zu hoch, wenn die Preise steigen")
    }

    func testGermanNachEvidentialNoun() {
        check(
            "Nach ⟦ersten Erkenntnissen⟧SPK liegt kein Verbrechen vor.", .german, .indirect, "liegt kein Verbrechen vor"
        )
    }

    func testGermanWieMediumBerichtetSpeakerWithoutMarks() {
        check(
            "Wie „⟦Lokalblatt⟧SPK“ ⟦berichtet⟧CUE, schließt das Werk im Mai.", .german,
            .indirect, "schließt das Werk im Mai")
    }

    func testGermanOpeningWieClauseAttributesTheMainClause() {
        // The frame clause opens the sentence: the main clause after its comma is what was said,
        // past an auxiliary or a particle of the verb.
        check(
            "Wie ⟦die Feuerwehr⟧SPK am Sonntag ⟦mitteilte⟧CUE, brannte die Scheune vollständig nieder.", .german,
            .indirect, "brannte die Scheune vollständig nieder")
        check(
            "Wie ⟦der Verband⟧SPK ⟦bekanntgab⟧CUE, sinkt die Zahl der Mitglieder.", .german,
            .indirect, "sinkt die Zahl der Mitglieder")
        check(
            "Wie aus ⟦Kreisen der Werft⟧SPK ⟦verlautete⟧CUE, soll der Bau im Herbst beginnen.", .german,
            .indirect, "soll der Bau im Herbst beginnen")
    }

    func testGermanDemnachCarriesTheSource() {
        check(
            "⟦Die Polizei⟧SPK teilte am Montag mit, dass zwei Täter gefasst wurden. ⟦Demnach⟧CUE stieg die Zahl der Einbrüche.",
            .german,
            .indirect, "Demnach stieg die Zahl der Einbrüche", index: 1, count: 2)
    }

    func testGermanMediaNamedInMarksAreSources() {
        check(
            "⟦Laut⟧CUE „⟦Bild⟧SPK“ plant die Regierung weitere Kürzungen.", .german, .indirect,
            "plant die Regierung weitere Kürzungen")
        check(
            "Einem Bericht des „⟦Spiegel⟧SPK“ ⟦zufolge⟧CUE plant die Regierung weitere Kürzungen.", .german, .indirect,
            "plant die Regierung weitere Kürzungen")
        // (a source before `zufolge` opens at its dative article, not at the clause's start; a person named before
        // a name in marks is the speaker)
        check(
            "Der Konzern hat ⟦dem Bericht⟧SPK ⟦zufolge⟧CUE im Mai Stellen gestrichen.", .german, .indirect,
            "Der Konzern hat dem Bericht zufolge im Mai Stellen gestrichen")
        check(
            "Zudem hob Merz dem „⟦Spiegel⟧SPK“ ⟦zufolge⟧CUE die Rolle Frankreichs hervor.", .german, .indirect,
            "Zudem hob Merz dem „Spiegel“ zufolge die Rolle Frankreichs hervor")
    }

    func testGermanSourceWordsAreNotReadInEnglish() {
        XCTAssertTrue(speech("The word laut is not an English one, nor is nach one.", .english).1.isEmpty)
    }

    func testASourceWithItsAcronymInBrackets() {
        // the bracket is the source's, not the content's; an acronym is a name whatever word it spells
        check(
            "Nach ⟦Angaben⟧CUE ⟦der Landesumweltanstalt⟧SPK (LfU) stieg der Pegel um einen Meter.", .german,
            .indirect, "stieg der Pegel um einen Meter")
        check(
            "⟦Dem Verband Bergbau⟧SPK (VB) ⟦zufolge⟧CUE dürfte die Förderung sinken.", .german, .indirect,
            "dürfte die Förderung sinken")
        check(
            "Nach ⟦Angaben⟧CUE ⟦der WHO⟧SPK erkrankten im Mai 300 Menschen.", .german, .indirect,
            "erkrankten im Mai 300 Menschen")
    }

    func testGermanDiesBestaetigteTakesTheSentenceBefore() {
        check(
            "Der Verein stellt den Betrieb ein. Dies ⟦bestätigte⟧CUE ⟦der Vorsitzende⟧SPK am Montag.", .german,
            .indirect, "Der Verein stellt den Betrieb ein")
        // (a frame with its party in brackets and a place: `Das gab X (SPÖ) am Freitag bei … bekannt`)
        check(
            "Die Stadt verlängert das Ticket. Das ⟦gab⟧CUE ⟦Bürgermeister Michael Ludwig⟧SPK (SPÖ) am Freitag bei einer "
                + "Pressekonferenz im Rathaus bekannt.", .german, .indirect, "Die Stadt verlängert das Ticket")
        // (and what a colon opens in it when that is a clause of its own)
        check(
            "Sie war das Gesicht einer Generation: Die Schauspielerin ist gestorben. Das ⟦teilte⟧CUE ⟦ihre Familie⟧SPK mit.",
            .german, .indirect, "Die Schauspielerin ist gestorben")
        // (without the place that opens the article's first paragraph)
        check(
            "Berlin – Der Prozess beginnt im Oktober. Das ⟦teilte⟧CUE ⟦eine Sprecherin⟧SPK mit.", .german,
            .indirect, "Der Prozess beginnt im Oktober")
        check(
            "Lima/Berlin – Ein Team hat eine neue Art entdeckt. Das ⟦berichteten⟧CUE ⟦die Forscher⟧SPK.", .german,
            .indirect, "Ein Team hat eine neue Art entdeckt")
    }

    func testGermanNameInMarksInTheFrame() {
        // A short name in marks between the verb and the comma is part of the frame.
        check(
            "Am Abend ⟦meldete⟧CUE die Lokalzeitung „⟦Kreisbote⟧SPK“, der Bürgermeister habe seinen Rücktritt angeboten.",
            .german,
            .indirect, "der Bürgermeister habe seinen Rücktritt angeboten")
        // A prepositional phrase in the Vorfeld is no speaker; the subject follows the verb.
        check(
            "Hinsichtlich der Kosten ⟦erklärte⟧CUE ⟦die Behörde⟧SPK, sie lägen im Rahmen.", .german,
            .indirect, "sie lägen im Rahmen")
    }

    func testGermanThirdPersonPluralIsTheInfinitive() {
        check(
            "⟦Viele Anwohner⟧SPK ⟦befürchten⟧CUE, dass der Lärm zunimmt.", .german, .indirect, "dass der Lärm zunimmt")
        check(
            "⟦Ökonomen⟧SPK ⟦rechnen⟧CUE damit, dass die Preise steigen.", .german, .indirect, "dass die Preise steigen")
        // After a modal the infinitive is an act intended, not one made.
        XCTAssertEqual(speech("Der Verein wollte zunächst eine höhere Miete verlangen.", .german).1.count, 0)
    }

    func testGermanVerbOfATopicWithItsSubjectBetween() {
        // `sprach die CDU von …`: what follows the comma is a clause of its own, another speaker's act
        let (document, found) = speech(
            "Im Gemeinderat sprach die CDU von einem Fass ohne Boden, die Grünen forderten volle Transparenz.", .german)
        XCTAssertEqual(
            found.first.map { document.string(for: $0.span) }, "Im Gemeinderat sprach die CDU von einem Fass ohne Boden"
        )
        XCTAssertFalse(
            found.contains {
                $0.speaker.map { document.string(for: $0.span) } == "die CDU"
                    && document.string(for: $0.span).contains("Grünen")
            })
        // (a comma right after the verb)
        check(
            "Dann ⟦sprach⟧CUE ⟦er⟧SPK, die Lage sei ernst.", .german, .indirect, "die Lage sei ernst")
    }

    func testGermanSeparableParticleIsNoPrepositionBeforeItsArticle() {
        // `hielt … vor` is an accusation; `vor der` a preposition's phrase, `hält` a verb of holding
        check(
            "⟦Die SPD-Fraktion⟧SPK ⟦hielt⟧CUE ihm vor, bei den Kommunen zu kürzen.", .german, .indirect,
            "bei den Kommunen zu kürzen")
        XCTAssertEqual(
            speech("Es kommt darauf an, ob er die Aktien vor der Hauptversammlung hält, und nicht, wie lange.", .german)
                .1.count, 0)
    }

    func testGermanZuInfinitiveEndsWithItsVerb() {
        // A comment on the whole (`, was …`) is the narrator's; a relative clause on one of the
        // infinitive's nouns and a dependent clause (`, um …`) belong to it.
        check(
            "⟦Die Gewerkschaft⟧SPK ⟦warf⟧CUE dem Vorstand vor, die Bilanz geschönt zu haben, was dieser bestreitet.",
            .german,
            .indirect, "die Bilanz geschönt zu haben")
        check(
            "⟦Der Rat⟧SPK ⟦forderte⟧CUE die Stadt auf, einen Fonds einzurichten, der kleine Läden unterstützt.",
            .german,
            .indirect, "einen Fonds einzurichten, der kleine Läden unterstützt")
    }

    func testGermanDecisionWithZuInfinitive() {
        check(
            "⟦Der Stadtrat⟧SPK ⟦beschloss⟧CUE am Dienstag, die Gebühren zu senken.", .german, .indirect,
            "die Gebühren zu senken")
    }

    // MARK: - German: reported, free indirect, mixed

    func testGermanObjectFirstReportedTakesThePronounAfterTheVerb() {
        check("Die Tat ⟦bezeichnete⟧CUE ⟦er⟧SPK als sinnlos.", .german, .reported, "Die Tat bezeichnete er als sinnlos")
    }

    func testGermanReportedSpeechAct() {
        check(
            "⟦Die Firma⟧SPK ⟦forderte⟧CUE eine schnellere Entscheidung.", .german, .reported,
            "Die Firma forderte eine schnellere Entscheidung")
    }

    /// Verbs of the lexicon: say verbs report a clause and nothing without one; act verbs report their object.
    func testGermanSpeechVerbsOfTheLexicon() {
        check(
            "⟦Die Sprecherin⟧SPK ⟦wandte⟧CUE ein, die Zahlen seien veraltet.", .german, .indirect,
            "die Zahlen seien veraltet")
        check(
            "⟦Die Opposition⟧SPK ⟦monierte⟧CUE, dass die Kosten steigen.", .german, .indirect, "dass die Kosten steigen"
        )
        check(
            "⟦Die Gewerkschaft⟧SPK ⟦pochte⟧CUE auf höhere Löhne.", .german, .reported,
            "Die Gewerkschaft pochte auf höhere Löhne")
        check("Die Kinder klagten über Bauchschmerzen.", .german, .indirect, "", count: 0)
    }

    /// A party and state after a senator's name (`R-Ky.,`) holds a full stop that ends no clause.
    func testEnglishReportingVerbsOfTheLexicon() {
        // a reporting verb before a passive one in its clause: the content starts after `that`
        check(
            "⟦She⟧SPK ⟦cautioned⟧CUE that the results need to be confirmed in a larger trial.", .english, .indirect,
            "the results need to be confirmed in a larger trial")
        check(
            "⟦The minister⟧SPK ⟦reiterated⟧CUE that the plant would stay open.", .english, .indirect,
            "the plant would stay open")
    }

    func testEnglishPersonAndWhereTheyAreFrom() {
        // `X of Place` is the person, with or without an apposition after it
        check(
            "⟦Sen. Ann Holt of Ohio⟧SPK, the top Democrat on the panel, ⟦said⟧CUE Thursday that the bill was flawed.",
            .english, .indirect, "the bill was flawed")
        check(
            "⟦Tom Berg of Chicago⟧SPK ⟦said⟧CUE the plan was flawed.", .english, .indirect, "the plan was flawed")
        // and where they work: `at`, `from`
        check(
            "⟦Tom Reed at Jefferies⟧SPK ⟦warned⟧CUE that the move could backfire.", .english, .indirect,
            "the move could backfire")
    }

    func testEnglishParticipleOnANounNamesTheSource() {
        // the noun the participle describes is the source, also with no subject in the sentence
        check(
            "Update: just got ⟦an email⟧SPK ⟦saying⟧CUE the refund will arrive on Friday.", .english, .indirect,
            "the refund will arrive on Friday")
        check(
            "The airline issued ⟦a statement⟧SPK ⟦saying⟧CUE the flights would resume.", .english, .indirect,
            "the flights would resume")
        // a past act opening the sentence has no subject of its own: the speech is the next frame's
        check(
            "Called the bank on Monday and ⟦the clerk⟧SPK ⟦said⟧CUE the card was blocked.", .english, .indirect,
            "the card was blocked")
    }

    func testEnglishPartyAppositionWithAnAbbreviation() {
        check(
            "⟦Sen. Mitch McConnell⟧SPK, R-Ky., ⟦told⟧CUE reporters the Senate would vote next week.", .english,
            .indirect, "the Senate would vote next week", name: "Mitch McConnell")
        // in brackets, with the abbreviation's period before the closing bracket, and any other bracket
        check(
            "⟦Rep. Ann Holt⟧SPK (D-Mass.) ⟦said⟧CUE the bill would pass.", .english, .indirect, "the bill would pass",
            name: "Ann Holt")
        check(
            "⟦Tony⟧SPK (the owner) ⟦told⟧CUE us that the dough was fresh.", .english, .indirect, "the dough was fresh")
    }

    /// A role that is a possessor names whose the speaker is, not who: no one named before is meant.
    func testEnglishRoleAsPossessorNamesNoOne() {
        let (document, found) = speech(
            "Jane Roe said prices would rise. The prime minister's office said talks would continue.", .english)
        XCTAssertEqual(found.map { document.string(for: $0.span) }, ["prices would rise", "talks would continue"])
        XCTAssertEqual(found.map { $0.speaker?.name }, ["Jane Roe", nil])
    }

    /// A profession before a name is a role, not part of the name (German and English).
    func testProfessionsAreRolesBeforeTheName() {
        check(
            "⟦Die Ärztin Anna Berg⟧SPK ⟦warnte⟧CUE vor den Folgen.", .german, .reported,
            "Die Ärztin Anna Berg warnte vor den Folgen", name: "Anna Berg")
        check(
            "⟦The economist Jane Roe⟧SPK ⟦said⟧CUE prices would rise.", .english, .indirect, "prices would rise",
            name: "Jane Roe")
    }

    func testGermanReportedActIsTheWholeClauseWithItsSpeaker() {
        // A speech act has no content apart from the act: the item holds the speaker, however
        // long its apposition, and an adverbial before the verb.
        check(
            "⟦Der Vorsitzende des Mietervereins⟧SPK, Paul Weber, ⟦kritisierte⟧CUE die geplante Erhöhung der Nebenkosten.",
            .german,
            .reported,
            "Der Vorsitzende des Mietervereins, Paul Weber, kritisierte die geplante Erhöhung der Nebenkosten")
        check(
            "Am Abend ⟦lehnte⟧CUE ⟦der Bürgermeister⟧SPK den Vorschlag ab.", .german, .reported,
            "Am Abend lehnte der Bürgermeister den Vorschlag ab")
    }

    func testGermanExpressedObjectIsAReportedAct() {
        check(
            "⟦Der Verband⟧SPK ⟦äußerte⟧CUE Zweifel an der neuen Regelung.", .german, .reported,
            "Der Verband äußerte Zweifel an der neuen Regelung")
        // `äußerte sich` takes no object: no act without content.
        XCTAssertEqual(speech("Der Verband äußerte sich am Montag zufrieden.", .german).1.count, 0)
        // institutions by what they run or are: a central office, a bank, the railway
        check(
            "⟦Die Verbraucherzentrale⟧SPK ⟦kritisierte⟧CUE die Erhöhung.", .german, .reported,
            "Die Verbraucherzentrale kritisierte die Erhöhung")
        check(
            "⟦Die Bahn⟧SPK ⟦bezeichnete⟧CUE den Streik als unverhältnismäßig.", .german, .reported,
            "Die Bahn bezeichnete den Streik als unverhältnismäßig")
    }

    func testGermanFocusParticleAndSubjectInTheVorfeld() {
        check(
            "Auch ⟦die Stiftung⟧SPK ⟦kritisierte⟧CUE den Entwurf.", .german, .reported,
            "Auch die Stiftung kritisierte den Entwurf")
    }

    func testGermanReportedActWantsAPersonOrGroupAsSpeaker() {
        // A thing or a pronominal adverb performs no speech act.
        XCTAssertEqual(speech("Ein Gentest bestätigte die Identität des Toten.", .german).1.count, 0)
        XCTAssertEqual(speech("Dafür droht ihm eine lange Haftstrafe.", .german).1.count, 0)
        // An institution (by its ending) and a role noun on its own do.
        check(
            "⟦Die Landesregierung⟧SPK ⟦kritisierte⟧CUE den Entwurf scharf.", .german, .reported,
            "Die Landesregierung kritisierte den Entwurf scharf")
        check(
            "⟦Die Leiterin⟧SPK ⟦forderte⟧CUE mehr Personal.", .german, .reported, "Die Leiterin forderte mehr Personal")
        // Documents and media speak too.
        check(
            "⟦Der Jahresbericht⟧SPK ⟦kritisierte⟧CUE die Behörden.", .german, .reported,
            "Der Jahresbericht kritisierte die Behörden")
    }

    func testGermanDecisionIsNoReportedSpeech() {
        // `beschloss`, `stimmte … zu` without a clause: a vote or a ruling, no utterance.
        XCTAssertEqual(speech("Der Stadtrat beschloss am Dienstag den Bau einer neuen Schule.", .german).1.count, 0)
        XCTAssertEqual(speech("Die Abgeordneten stimmten dem Haushalt nach langer Debatte zu.", .german).1.count, 0)
    }

    func testGermanSubjectWithAppositionIsNoContentOfAPostposedFrame() {
        // `X, die Leiterin …, erklärte`: a noun phrase and its apposition hold no verb, no clause of content.
        let (_, found) = speech(
            "Maria Lenz, die Leiterin der städtischen Musikschule, erklärte am Freitag die neuen Kurse.", .german)
        XCTAssertFalse(found.contains { $0.kind == .indirect }, "\(found.map(\.kind))")
        // The speaker's apposition may close the frame.
        check(
            "Die Mieten seien kaum noch bezahlbar, ⟦sagte⟧CUE ⟦Tom Brandt⟧SPK, der Vorsitzende des Mieterbunds.",
            .german,
            .indirect, "Die Mieten seien kaum noch bezahlbar")
    }

    func testGermanApposedNameBeforeTheVerbIsNoPostposedFrame() {
        // `…, Anna Berg, nannte den Bericht …`: the comma closes an apposition; `den Bericht` is an object.
        check(
            "⟦Die frühere Leiterin des Amtes⟧SPK, Anna Berg, ⟦nannte⟧CUE den Bericht unvollständig.", .german,
            .reported,
            "Die frühere Leiterin des Amtes, Anna Berg, nannte den Bericht unvollständig", name: "Anna Berg")
    }

    func testGermanSpeechNounWithAKonjunktivClause() {
        check(
            "Das ⟦Gerücht⟧SPK, der Verein sei zahlungsunfähig, wenn die Stadt nicht helfe, hielt sich lange.", .german,
            .indirect, "der Verein sei zahlungsunfähig, wenn die Stadt nicht helfe")
        check(
            "Die ⟦Bitte⟧SPK, mehr Ärzte in die Region zu schicken, blieb ohne Antwort.", .german,
            .indirect, "mehr Ärzte in die Region zu schicken")
        // A relative clause after the noun is no content, even with a Konjunktiv II at its end.
        XCTAssertEqual(speech("Der Plan, der die Kosten senken könnte, liegt vor.", .german).1.count, 0)
    }

    func testGermanDeclaredForIsAReportedAct() {
        check(
            "⟦Das Landgericht⟧SPK ⟦erklärte⟧CUE die Kündigung für unwirksam.", .german, .reported,
            "Das Landgericht erklärte die Kündigung für unwirksam")
    }

    func testGermanPassiveIsNotReported() {
        XCTAssertEqual(speech("Eine schnellere Entscheidung wurde gefordert.", .german).1.count, 0)
    }

    /// A second frame in the sentence (`…, und fügte hinzu, …`, `…, die Opposition warnte dagegen, …`,
    /// `…, während die Polizei mitteilte, …`) ends the first content and has its own.
    func testGermanSecondFrameInTheSentence() {
        let cases: [(String, [String], [String])] = [
            (
                "Der Minister sagte, die Lage sei ernst, und fügte hinzu, man habe einen Plan.",
                ["die Lage sei ernst", "man habe einen Plan"], ["Der Minister", "Der Minister"]
            ),
            (
                "Die Ministerin erklärte, das Gesetz komme, die Opposition warnte dagegen, es sei zu teuer.",
                ["das Gesetz komme", "es sei zu teuer"], ["Die Ministerin", "die Opposition"]
            ),
            (
                "Der Sprecher sagte, man prüfe den Fall, während die Polizei mitteilte, es gebe keine Spur.",
                ["man prüfe den Fall", "es gebe keine Spur"], ["Der Sprecher", "die Polizei"]
            ),
        ]
        for (text, contents, speakers) in cases {
            let (document, found) = speech(text, .german)
            XCTAssertEqual(found.map { document.string(for: $0.span) }, contents, text)
            XCTAssertEqual(found.map { $0.speaker.map { document.string(for: $0.span) } ?? "" }, speakers, text)
        }
    }

    /// The subject clause of the content may have a relative clause before its Konjunktiv.
    func testGermanContentSubjectWithARelativeClause() {
        check(
            "⟦Er⟧SPK ⟦sagte⟧CUE, der Plan, den die Regierung angekündigt hatte, sei gut.", .german, .indirect,
            "der Plan, den die Regierung angekündigt hatte, sei gut")
    }

    func testAGermanConditionInKonjunktivIIIsTheNarrators() {
        // the consequence of a condition is no speech continued; a Konjunktiv I after the condition is
        check(
            "⟦Die Partei⟧SPK ⟦kündigte⟧CUE ein Misstrauensvotum an. Sollte es Erfolg haben, wäre es das erste seit 1962.",
            .german, .reported, "Die Partei kündigte ein Misstrauensvotum an")
        check(
            "⟦Der Sprecher⟧SPK sagte, man prüfe alles. Sollte es Erfolg haben, werde man weitermachen.", .german,
            .freeIndirect, "Sollte es Erfolg haben, werde man weitermachen", index: 1, count: 2)
    }

    func testGermanFreeIndirectContinuesTheAttribution() {
        check(
            "⟦Der Minister⟧SPK sagte, die Lage sei ernst. Die Regierung habe aber einen Plan.", .german,
            .freeIndirect, "Die Regierung habe aber einen Plan", index: 1, count: 2)
        // an adverb in -e is no Konjunktiv (`online`)
        XCTAssertEqual(
            speech("Der Minister sagte, die Lage sei ernst. Anträge können ab Mai online gestellt werden.", .german).1
                .count, 1)
    }

    func testGermanSecondReportedActAfterAComma() {
        // a reported act ends at a main clause of its own, which may be a second act; each fragment is its own
        // clause's speaker's
        let text = "Die Gewerkschaft lobte den „mutigen Schritt“ der Firma, die Kritiker sprachen von einem „Trick“."
        let document = Document(text: text, language: .german)
        let found = Self.analyzer.quotes(in: document)
        let reported = found.filter { $0.kind == .reported }
        XCTAssertEqual(
            reported.map { document.string(for: $0.span) },
            ["Die Gewerkschaft lobte den „mutigen Schritt“ der Firma", "die Kritiker sprachen von einem „Trick“"])
        XCTAssertEqual(
            found.filter { $0.kind == .partial }.map { $0.speaker.map { document.string(for: $0.span) } },
            ["Die Gewerkschaft", "die Kritiker"])
    }

    func testGermanKonjunktivAfterAColonIsTheSubjectsSpeech() {
        // a colon after the subject's act, then a Konjunktiv clause: what the subject said, with no frame verb
        check(
            "⟦Die Bürgermeisterin⟧SPK verteidigte den Haushalt: Die Stadt könne nicht mehr ausgeben.", .german,
            .indirect, "Die Stadt könne nicht mehr ausgeben")
        // in the indicative it is the narrator's: only the act of defending is reported
        let (document, found) = speech(
            "Die Bürgermeisterin verteidigte den Haushalt: Die Stadt kann nicht mehr ausgeben.", .german)
        XCTAssertEqual(found.map(\.kind), [.reported])
        XCTAssertEqual(found.map { document.string(for: $0.span) }, ["Die Bürgermeisterin verteidigte den Haushalt"])
    }

    func testGermanPersonNamedBeforeAColonIsTheSourceOfTheKonjunktivAfterIt() {
        // no verb of speech before the colon, and another speaker before: the person named there
        let text =
            "Der Minister sagte, die Lage sei ernst. So sieht es auch der Forscher ⟦Jan Ott⟧SPK: Ohne mehr Rastplätze werde "
            + "sich nichts ändern."
        check(text, .german, .indirect, "Ohne mehr Rastplätze werde sich nichts ändern", index: 1, count: 2)
    }

    func testGermanKonjunktivClauseAfterAnIndicativeMainClauseIsIndirect() {
        // After an attribution, a sentence whose Konjunktiv stands only in the clause after its
        // main clause: that clause is the speech, and the main clause's subject its speaker.
        check(
            "Der Minister sagte, die Lage sei ernst. ⟦Die Gewerkschaft⟧SPK begegnete dem mit dem Argument, die Löhne seien zu niedrig.",
            .german, .indirect, "die Löhne seien zu niedrig", index: 1, count: 2)
        check(
            "Der Minister sagte, die Lage sei ernst. ⟦Die Beobachter⟧SPK zogen daraus den Schluss, dass der Plan zu spät komme.",
            .german, .indirect, "dass der Plan zu spät komme", index: 1, count: 2)
        // a prepositional phrase before the verb is no subject, whatever its preposition
        check(
            "Der Richter sagte, die Tat sei schwer. Zugunsten des Angeklagten wertete ⟦die Kammer⟧SPK die Tatsache, dass er den Schaden beglichen habe.",
            .german, .indirect, "dass er den Schaden beglichen habe", index: 1, count: 2)
    }

    func testEnglishThatAfterABareNounGovernedByOfIsRelative() {
        // `of risks that could …` is a relative clause on `risks`, not the content of `warned`
        let (document, found) = speech("The governor warned of risks that could hurt the recovery.", .english)
        XCTAssertFalse(found.contains { document.string(for: $0.span) == "could hurt the recovery" })
        check(
            "⟦The minister⟧SPK ⟦said⟧CUE that the shows began in subsidised theatres.", .english, .indirect,
            "the shows began in subsidised theatres")
    }

    func testEnglishParticipleAfterARoleWithWhomItServes() {
        check(
            "⟦A spokesperson for the RMT⟧SPK said the extra time would help, ⟦adding⟧CUE that strikes were under review.",
            .english, .indirect, "strikes were under review", index: 1, count: 2)
    }

    func testEnglishParticipleAfterAQuotationsFrameIsTheFramesSpeaker() {
        check(
            "The project had become \"unaffordable,\" ⟦he⟧SPK said, ⟦adding⟧CUE that the money would go to buses.",
            .english, .indirect, "the money would go to buses")
    }

    func testEnglishFrameInTheMiddleWithANameModifierAndAParticipleAfterIt() {
        // `the ASLEF union said` is a frame (the name modifies `union`); the participle after it is the union's
        let sample = MarkedText(
            "Drivers will strike next week after talks broke down, ⟦the ASLEF union⟧SPK said, warning of "
                + "\"major disruption\" across England.")
        let document = Document(text: sample.text, language: .english)
        let found = Self.analyzer.quotes(in: document)
        let indirect = found.first { $0.kind == .indirect }
        XCTAssertEqual(
            indirect.map { document.string(for: $0.span) }, "Drivers will strike next week after talks broke down")
        XCTAssertEqual(found.first { $0.kind == .partial }?.speaker?.span, sample.marks.first?.span)
    }

    func testEnglishAnAmountInTheContentsSubject() {
        check(
            "⟦A spokesman⟧SPK ⟦said⟧CUE the offer of a 4% rise this year was fair.", .english, .indirect,
            "the offer of a 4% rise this year was fair")
        // a sentence opening with a word like `Reports` opens with a noun, not a verb of speech
        XCTAssertEqual(
            speech("The tool keeps logs. Reports older than 90 days are archived automatically at midnight.", .english)
                .1.count, 0)
    }

    func testGermanDativeAfterTheVerbIsTheAddresseeNotTheSpeaker() {
        let (document, found) = speech(
            "Der Verband zeigte Verständnis. Dessen Vorsitzender sagte dem Südwestrundfunk, das Problem liege beim Management.",
            .german)
        XCTAssertEqual(found.map { document.string(for: $0.span) }, ["das Problem liege beim Management"])
        XCTAssertNotEqual(found.first?.speaker.map { document.string(for: $0.span) }, "dem Südwestrundfunk")
    }

    func testGermanKonjunktivAfterANounSubjectOpeningTheSentenceBeforeANoun() {
        // [Die Gewerkschaft] is the Vorfeld: the word after it is the finite verb, not an adjective on `Millionen`
        check(
            "Die Gewerkschaft nehme Millionen Fahrgäste in Geiselhaft, ⟦erklärte⟧CUE ⟦er⟧SPK.", .german, .indirect,
            "Die Gewerkschaft nehme Millionen Fahrgäste in Geiselhaft")
    }

    func testGermanSpeakingOfSomethingIsReportedSpeech() {
        // in the past and in the perfect (its `von` before the participle); a colleague speaks as a role does
        check(
            "⟦Die Kollegin⟧SPK ⟦sprach⟧CUE von einem großen Erfolg.", .german, .reported,
            "Die Kollegin sprach von einem großen Erfolg")
        check(
            "⟦Anna Berg⟧SPK hat von einem Erfolg ⟦gesprochen⟧CUE.", .german, .reported,
            "Anna Berg hat von einem Erfolg gesprochen")
        // (talking about something says nothing of it)
        XCTAssertTrue(speech("Wir haben lange über die Reform gesprochen.", .german).1.isEmpty)
    }

    func testGermanMainClauseAfterWhatAVerbOfSayingIsAboutIsNoContent() {
        // `die Polizei nannte keine Zahl` is a clause of its own, not what the organisers said
        let (document, found) = speech(
            "Die Organisatoren sprachen von 10 000 Teilnehmenden, die Polizei nannte keine Zahl.", .german)
        XCTAssertFalse(found.contains { document.string(for: $0.span) == "die Polizei nannte keine Zahl" })
        // without the topic the comma clause is the content
        check(
            "⟦Die Organisatoren⟧SPK ⟦sagten⟧CUE, die Polizei habe keine Zahl genannt.", .german, .indirect,
            "die Polizei habe keine Zahl genannt")
    }

    func testGermanNachEigenenAngabenIsTheSubjectsOwnWord() {
        check(
            "Die Firma Weber hat nach ⟦eigenen Angaben⟧SPK mehr als 4000 Unterschriften gesammelt.", .german,
            .indirect, "Die Firma Weber hat nach eigenen Angaben mehr als 4000 Unterschriften gesammelt",
            name: "Weber")
    }

    func testGermanNachAngabenAusCirclesNamesTheCircles() {
        check(
            "Die FDP hat nach ⟦Angaben⟧CUE aus ⟦Koalitionskreisen⟧SPK weitere Änderungen verlangt.", .german,
            .indirect, "Die FDP hat nach Angaben aus Koalitionskreisen weitere Änderungen verlangt")
        // a genitive plural with no article: a quantifier or an adjective before the noun
        check(
            "Die Lage ist nach ⟦Einschätzung⟧CUE ⟦westlicher Diplomaten⟧SPK unübersichtlich.", .german,
            .indirect, "Die Lage ist nach Einschätzung westlicher Diplomaten unübersichtlich")
        check(
            "Nach ⟦Angaben⟧CUE ⟦mehrerer Augenzeugen⟧SPK fielen Schüsse.", .german, .indirect, "fielen Schüsse")
    }

    func testGermanReportedActInThePerfect() {
        check(
            "⟦Der Verband⟧SPK hatte eine Reform ⟦gefordert⟧CUE.", .german, .reported,
            "Der Verband hatte eine Reform gefordert")
        // no object between the auxiliary and the participle: no act reported
        XCTAssertEqual(speech("Das Wetter war schön. Der Verband hat gestern gewarnt.", .german).1.count, 0)
        // `aufrufen` without its `zu` calls up a page
        XCTAssertEqual(speech("Täglich haben etwa eine Million Nutzer die Seite aufgerufen.", .german).1.count, 0)
    }

    func testGermanPassiveInARelativeClauseLeavesTheActReported() {
        check(
            "⟦Der Minister⟧SPK ⟦warb⟧CUE für das Gesetz, mit dem das Rentenniveau gehalten werden soll.", .german,
            .reported, "Der Minister warb für das Gesetz, mit dem das Rentenniveau gehalten werden soll")
    }

    func testEnglishInfinitiveAfterAStateOfMindHasTheClausesSubject() {
        check(
            "⟦The company⟧SPK is pleased to ⟦announce⟧CUE that sales rose.", .english, .indirect, "sales rose")
    }

    func testEnglishAListItemsBulletIsNoPartOfTheContent() {
        check(
            "- The dashboard loads twice as fast, ⟦according⟧CUE to ⟦our benchmarks⟧SPK.", .english, .indirect,
            "The dashboard loads twice as fast")
    }

    func testEnglishSecondVerbOfSpeechAfterAndWithoutAComma() {
        // `claimed vast wealth and said it ensured …`: both the act's object and the clause after `said`
        let (document, found) = speech(
            "The race went on. He claimed vast wealth and said it ensured he was not beholden to special interests.",
            .english)
        XCTAssertEqual(
            found.map { document.string(for: $0.span) },
            ["vast wealth", "it ensured he was not beholden to special interests"])
    }

    func testEnglishContentSubjectsThatAreANameOrAnAmount() {
        check(
            "The race went on. ⟦Critics⟧SPK ⟦say⟧CUE Scott deserves the right of first refusal.", .english, .indirect,
            "Scott deserves the right of first refusal", index: 0)
        check(
            "The race went on. ⟦McAuliffe⟧SPK has ⟦said⟧CUE about 20 people have indicated an interest in the seat.",
            .english, .indirect, "about 20 people have indicated an interest in the seat")
    }

    func testEnglishIrregularPastInTheContent() {
        check(
            "The trial went on. ⟦The prosecutor⟧SPK ⟦said⟧CUE the thefts began in 2012.", .english, .indirect,
            "the thefts began in 2012")
        // a word after a possessive is a noun, not a verb of speech
        XCTAssertEqual(
            speech("Graham's comments came moments after the senator spoke at a gathering.", .english).1.count, 0)
        // a word in -s after a past of the same clause is its object, no verb of speech
        XCTAssertEqual(
            speech("The Prime Minister faced fierce questions in the Commons on Wednesday.", .english).1.count, 0)
        // documents show, in the plural too; a passive sent to a place says nothing
        check(
            "⟦Court documents⟧SPK ⟦show⟧CUE the suspect had been arrested twice before.", .english, .indirect,
            "the suspect had been arrested twice before")
        XCTAssertEqual(speech("Officers were called to the property on Monday evening.", .english).1.count, 0)
        // a quantifier opens the subject of a participle's sentence
        check(
            "⟦Several experts⟧SPK weighed in on the debate, ⟦warning⟧CUE that the plan could backfire.", .english,
            .indirect, "the plan could backfire")
        // a phrasal verb of speech, its particle right after it
        check(
            "The analyst was skeptical. ⟦He⟧SPK ⟦points⟧CUE out that Tesla has missed similar deadlines.", .english,
            .indirect, "Tesla has missed similar deadlines")
        // a content clause may follow a prepositional phrase after the verb, opened by a pronoun, an article or a name
        check(
            "⟦Greene⟧SPK ⟦said⟧CUE on social media she would vote no.", .english, .indirect, "she would vote no")
        check(
            "⟦Greene⟧SPK ⟦said⟧CUE in an interview Trump had called her.", .english, .indirect, "Trump had called her")
        // so is `according to` closing it after a comma
        check(
            "Investors are betting on a cut in September, ⟦according⟧CUE to ⟦CME Group⟧SPK's FedWatch tool.",
            .english, .indirect, "Investors are betting on a cut in September")
        // a frame of its own closing the sentence is no part of the content
        check(
            "⟦Records⟧SPK ⟦showed⟧CUE she had accessed the cabinet 47 times in one month, he told the court.",
            .english, .indirect, "she had accessed the cabinet 47 times in one month")
        // the verb of a content clause may open a quoted fragment
        check(
            "⟦Downing Street⟧SPK ⟦said⟧CUE the Prime Minister \"remains confident\" in the decision.", .english, .mixed,
            "the Prime Minister \"remains confident\" in the decision")
        // but a past with its clause after a name in the possessive is the verb
        check(
            "⟦Analysts at Moody's⟧SPK ⟦warned⟧CUE that the company could run out of cash.", .english, .indirect,
            "the company could run out of cash")
    }

    func testEnglishPersonOfAnInstitution() {
        check(
            "⟦Tara Jones of the University of Edinburgh⟧SPK ⟦warned⟧CUE that the drug carried a risk.", .english,
            .indirect, "the drug carried a risk")
    }

    func testEnglishAgeAndHomeTownAfterTheName() {
        check(
            "⟦Graham Whitlock⟧SPK, 58, of Reading, ⟦admitted⟧CUE that he had stolen the money.", .english, .indirect,
            "he had stolen the money", name: "Graham Whitlock")
    }

    func testEnglishNounOwningAnOfPhraseHeadsTheSubject() {
        // not the speaker of the sentence before, carried over for want of a subject
        check(
            "The trial went on. Prosecutor Daniel Reed told the jury that the thefts began in 2012. ⟦The daughter of one customer⟧SPK ⟦said⟧CUE her mother had lost her savings.",
            .english, .indirect, "her mother had lost her savings", index: 1, count: 2)
    }

    func testEnglishPeopleWhereTheyAreOpeningTheClause() {
        check(
            "⟦Officials in Washington⟧SPK ⟦said⟧CUE the talks had stalled.", .english, .indirect,
            "the talks had stalled")
    }

    func testGermanSubordinateClauseBeforeAnImperativeIsNoSpeech() {
        // `schreibt sie gern in die Kommentare` is an imperative, not a frame for the `falls` clause
        XCTAssertEqual(
            speech("Falls ihr Tipps für Leipzig habt, schreibt sie gern in die Kommentare!", .german).1.count, 0)
    }

    func testGermanFreeIndirectSentencesInARunAreOneItem() {
        // two Konjunktiv sentences after the attribution carry it on as one passage
        check(
            "⟦Der Minister⟧SPK sagte, die Lage sei ernst. Die Regierung habe aber einen Plan. Er werde im Mai vorgestellt.",
            .german, .freeIndirect, "Die Regierung habe aber einen Plan. Er werde im Mai vorgestellt", index: 1,
            count: 2)
        // hearsay (`soll … haben`) is a report of its own, not part of the run
        check(
            "⟦Die Polizei⟧SPK teilte mit, ein Mann sei festgenommen worden. Er soll den Wagen gestohlen haben. Dabei sei niemand verletzt worden.",
            .german, .freeIndirect, "Er soll den Wagen gestohlen haben", index: 1, count: 3)
    }

    func testGermanKonjunktivIIPluralStandsInForTheIndicativeLookingKonjunktivI() {
        // `stehen` is both indicative and Konjunktiv I: reported speech writes `stünden`
        check(
            "⟦Zimmermann⟧SPK ⟦sagte⟧CUE der Zeitung, viele Theater stünden vor dem Aus.", .german, .indirect,
            "viele Theater stünden vor dem Aus")
        // a singular Konjunktiv II is the narrator's own (`Das käme teuer`): no list of plurals makes it speech
        XCTAssertEqual(speech("Das Wetter war schön. Die Reise käme aber teuer.", .german).1.count, 0)
        // `zu` inside a verb made with an adjective or adverb (`schönzureden`, `hervorzuheben`); a Vorfeld that
        // can speak is the subject, not the named person after the verb (whom it is said to)
        check(
            "⟦Die Opposition⟧SPK ⟦warf⟧CUE Ministerin Anna Stolz (CSU) vor, die Lage schönzureden.", .german,
            .indirect, "die Lage schönzureden")
    }

    func testGermanPossessiveBeforeAnEvidentialNounIsTheSpeaker() {
        check(
            "Nach ⟦ihren⟧SPK ⟦Angaben⟧CUE hatte sie 2019 rund 80.000 Euro investiert.", .german, .indirect,
            "hatte sie 2019 rund 80.000 Euro investiert")
        // a phrase in the dative opening the clause is no speaker of a reported act
        XCTAssertEqual(speech("Dem Angeklagten drohen bis zu zehn Jahre Haft.", .german).1.count, 0)
    }

    func testGermanZuInfinitiveOfANounIsTheNouns() {
        // the infinitive belongs to `Ziel`: the act is reported as a whole, with what it points to
        check(
            "⟦Ein Sprecher⟧SPK ⟦verwies⟧CUE auf das Ziel des Landes, bis 2040 klimaneutral zu werden.", .german,
            .reported, "Ein Sprecher verwies auf das Ziel des Landes, bis 2040 klimaneutral zu werden")
    }

    func testSwissSpellingAndAnAcronymAfterAFocusedSubject() {
        // ss for ß (`äusserten`); the acronym in brackets after the subject after `Auch`; the Konjunktiv after the
        // act's colon is what was said
        check(
            "Auch ⟦die Verkehrsbetriebe Zürich⟧SPK (VBZ) ⟦äusserten⟧CUE Bedenken: Längere Fahrzeiten könnten mehr "
                + "Trams erfordern.", .german, .indirect, "Längere Fahrzeiten könnten mehr Trams erfordern")
    }

    func testGermanCoordinatedSecondVerbOfSpeech() {
        // the clause after the comma is the second verb's, `kündigte … an`, not the first's
        check(
            "⟦Die Verteidigung⟧SPK hatte einen Freispruch gefordert und ⟦kündigte⟧CUE an, in Revision zu gehen.",
            .german, .indirect, "in Revision zu gehen")
        XCTAssertEqual(speech("Der Wagen befand sich in der Garage.", .german).1.count, 0)
    }

    func testGermanDagegenhaltenFramesIndirectSpeech() {
        // (`rechtfertige` is the Konjunktiv of a verb in -igen, not an adjective in -ige)
        check(
            "⟦Rolf Berg⟧SPK ⟦hielt⟧CUE dem entgegen, die Lage in Kiew rechtfertige eine Notlage.", .german, .indirect,
            "die Lage in Kiew rechtfertige eine Notlage")
        check(
            "⟦Die Abgeordnete Simone Berg⟧SPK ⟦hielt⟧CUE dagegen, viele Kräfte seien Quereinsteiger.", .german,
            .indirect, "viele Kräfte seien Quereinsteiger")
    }

    func testGermanKonjunktivRightAfterAClauseOpeningPronounBeforeANoun() {
        // `sie betreibe Symbolpolitik`: after a comma a subject pronoun is followed by its finite verb, so the word
        // in -e before the noun is no adjective
        check(
            "⟦Der Abgeordnete⟧SPK ⟦warf⟧CUE der Regierung vor, sie betreibe Symbolpolitik.", .german, .indirect,
            "sie betreibe Symbolpolitik")
    }

    func testGermanReportativeSollContinuesTheAttribution() {
        check(
            "⟦Die Polizei⟧SPK teilte mit, dass ein Mann festgenommen wurde. Er soll den Wagen gestohlen haben.",
            .german,
            .freeIndirect, "Er soll den Wagen gestohlen haben", index: 1, count: 2)
    }

    func testGermanKonjunktivWithoutAttributionIsNotFreeIndirect() {
        XCTAssertEqual(speech("Das Wetter war schön. Die Regierung habe aber einen Plan.", .german).1.count, 0)
    }

    func testGermanMixedListsItsFragments() {
        let (document, found) = speech(
            "Die Ministerin sagte, der Entwurf sei „ein großer Schritt“ für das Land.", .german)
        XCTAssertEqual(found.map(\.kind), [.mixed])
        XCTAssertEqual(
            found.first.map { document.string(for: $0.span) }, "der Entwurf sei „ein großer Schritt“ für das Land")
        XCTAssertEqual(found.first?.fragments.map { document.string(for: $0) }, ["„ein großer Schritt“"])
        // The fragment stays a `partial` quotation of its own.
        let all = Self.analyzer.quotes(in: document)
        XCTAssertEqual(
            all.filter { $0.kind == .partial }.map { document.string(for: $0.span) }, ["„ein großer Schritt“"])
    }

    func testSubjunctiveByForm() {
        func subjunctive(_ text: String, _ word: String) -> Bool {
            let document = Document(text: text, language: .german)
            let reader = WordReader(document: document, lexicons: Self.analyzer.lexicons)
            let index = document.tokens.firstIndex { document.string(for: $0) == word }!
            return reader.isSubjunctiveI(index)
        }
        XCTAssertTrue(subjunctive("Der Plan liege vor.", "liege"))
        XCTAssertTrue(subjunctive("Er sagte, man gebe nicht auf.", "gebe"))
        XCTAssertTrue(subjunctive("dass er es gemacht habe.", "habe"))
        XCTAssertTrue(subjunctive("Die Firma arbeite daran.", "arbeite"))
        XCTAssertFalse(subjunctive("Die große Halle stand leer.", "große"))
        XCTAssertFalse(subjunctive("Der Minister sagte nichts.", "sagte"))
        XCTAssertFalse(subjunctive("Es gibt jetzt neue Regeln.", "neue"))
        XCTAssertFalse(subjunctive("Wir fahren gerne mit der Bahn.", "gerne"))
    }

    // MARK: - English

    func testEnglishParticipleFrameSkipsTheOpeningAdverbial() {
        check(
            "On Thursday, however, ⟦Senator Anna Berg⟧SPK spoke to farmers in Iowa, ⟦promising⟧CUE to cut taxes on fuel.",
            .english,
            .indirect, "to cut taxes on fuel", name: "Anna Berg")
    }

    func testEnglishSaidThat() {
        check(
            "⟦The minister⟧SPK ⟦said⟧CUE that the bridge would open in May.", .english, .indirect,
            "the bridge would open in May")
    }

    func testEnglishSaidWithoutThat() {
        check("⟦She⟧SPK ⟦said⟧CUE the plan was dead.", .english, .indirect, "the plan was dead")
    }

    func testEnglishSubjectBeforeAuxiliaries() {
        check(
            "Yesterday ⟦state officials⟧SPK had repeatedly ⟦said⟧CUE the plant was safe.", .english, .indirect,
            "the plant was safe")
    }

    func testEnglishParticipleClauseTakesTheSentenceSubject() {
        check(
            "⟦The company⟧SPK closed the plant, ⟦saying⟧CUE demand had collapsed.", .english, .indirect,
            "demand had collapsed")
    }

    func testEnglishInfinitiveAfterAnActVerb() {
        check("⟦The mayor⟧SPK ⟦urged⟧CUE residents to stay indoors.", .english, .indirect, "residents to stay indoors")
        // a verb form in capitals before a capitalised word is a name's (`Planned`), no cue
        check("⟦Planned Parenthood⟧SPK ⟦denounced⟧CUE the law.", .english, .reported, "the law")
    }

    func testEnglishToldReportersThat() {
        check(
            "⟦He⟧SPK ⟦told⟧CUE reporters that the company would appeal.", .english, .indirect,
            "the company would appeal")
    }

    func testEnglishSubjectBeforeATimeAdverbial() {
        check(
            "⟦The Gazette⟧SPK on Sunday ⟦wrote⟧CUE that the mayor had resigned.", .english, .indirect,
            "the mayor had resigned")
        check(
            "⟦The company⟧SPK last week ⟦announced⟧CUE that the plant would close.", .english, .indirect,
            "the plant would close")
    }

    func testEnglishSubjectBeforeItsApposition() {
        check(
            "⟦Maria Lopez⟧SPK, a former trade minister who now teaches at a university, ⟦argues⟧CUE that the tariffs will fail.",
            .english, .indirect, "the tariffs will fail", name: "Maria Lopez")
    }

    func testEnglishQuantifierSubjectAndNoThatClauseAsSubject() {
        // `all`, `some groups` are subjects; the words after `agreed that` never are.
        check(
            "In the end, ⟦all⟧SPK ⟦agreed⟧CUE that Mr. Brown's plan would raise taxes.", .english, .indirect,
            "Mr. Brown's plan would raise taxes")
        check(
            "⟦Some local groups⟧SPK ⟦acknowledge⟧CUE that the program had an impact.", .english, .indirect,
            "the program had an impact")
    }

    func testEnglishPostposedXSaid() {
        check(
            "The talks will continue next week, ⟦the spokesman⟧SPK ⟦said⟧CUE.", .english, .indirect,
            "The talks will continue next week")
    }

    func testEnglishInvertedSaidX() {
        check(
            "The talks have failed, ⟦said⟧CUE ⟦John Carter⟧SPK.", .english, .indirect, "The talks have failed",
            name: "John Carter")
    }

    func testEnglishAccordingTo() {
        check(
            "⟦According⟧CUE to ⟦the police⟧SPK, two people were hurt.", .english,
            .indirect, "two people were hurt")
    }

    func testEnglishMixedQuotationIsOneItemAndItsFragmentNotDirect() {
        let text = "Smith said the deal was “a historic mistake.” The vote is on Friday."
        let document = Document(text: text, language: .english)
        let all = Self.analyzer.quotes(in: document)
        // The full stop inside the marks is printing convention, not the end of an utterance.
        XCTAssertEqual(all.filter(\.kind.isMarked).map(\.kind), [.partial])
        let mixed = all.filter { $0.kind == .mixed }
        XCTAssertEqual(mixed.map { document.string(for: $0.span) }, ["the deal was “a historic mistake.”"])
        XCTAssertEqual(mixed.first?.speaker.map { document.string(for: $0.span) }, "Smith")
        XCTAssertEqual(mixed.first?.fragments.count, 1)
        // a fragment of a mixed item is its speaker's, whatever noun stands nearer the marks
        let note = Document(
            text: "Analyst Ann Lee wrote in a note to clients that the price cut was \"a defensive move\" by the firm.",
            language: .english)
        let fragment = Self.analyzer.quotes(in: note).first { $0.kind == .partial }
        XCTAssertEqual(fragment?.speaker.map { note.string(for: $0.span) }, "Analyst Ann Lee")
        // … and whatever verb of the same speaker follows it
        let called = Document(
            text: "Green councillor Aisha Patel called the plan \"a costly gamble\" and warned that costs could rise.",
            language: .english)
        let gamble = Self.analyzer.quotes(in: called).first { $0.kind == .partial }
        XCTAssertEqual(gamble?.speaker.map { called.string(for: $0.span) }, "Green councillor Aisha Patel")
        // … or another subject's verb after it that no comma joins to it
        let claimed = Document(
            text: "Senator Dana Whitfield said the real figure was \"at least double\" what officials had claimed.",
            language: .english)
        let double = Self.analyzer.quotes(in: claimed).first { $0.kind == .partial }
        XCTAssertEqual(double?.speaker.map { claimed.string(for: $0.span) }, "Senator Dana Whitfield")
    }

    func testEnglishSecondAttributionWithAFragmentIsMixed() {
        let document = Document(
            text:
                "Hollis rejected the calls, insisting that the claims were \"politically motivated\" and vowing to stay.",
            language: .english)
        let mixed = Self.analyzer.quotes(in: document).filter { $0.kind == .mixed }
        XCTAssertEqual(mixed.map { document.string(for: $0.span) }, ["the claims were \"politically motivated\""])
        XCTAssertEqual(mixed.first?.speaker.map { document.string(for: $0.span) }, "Hollis")
        // its fragment is the same speaker's (`the claims` is a noun, no frame of its own)
        let fragment = Self.analyzer.quotes(in: document).first { $0.kind == .partial }
        XCTAssertEqual(fragment?.speaker.map { document.string(for: $0.span) }, "Hollis")
    }

    func testEnglishSentenceAroundAnAttributedFragmentIsMixed() {
        check(
            "The governor left early. ⟦Mary Jones⟧SPK wants “a fair deal for farmers” in the bill.", .english,
            .mixed, "Mary Jones wants “a fair deal for farmers” in the bill")
    }

    func testGermanSentenceAroundAFragmentIsNotMadeSpeech() {
        // German news quotes single terms in the narrator's sentences: no `mixed` item without a frame.
        let document = Document(text: "Die Lage sei „sehr ernst“ in der Stadt.", language: .german)
        let all = Self.analyzer.quotes(in: document)
        XCTAssertEqual(all.filter { $0.kind == .partial }.count, 1, "a fragment")
        // In reported speech (Konjunktiv) the subject is what is talked about, not the speaker.
        XCTAssertNil(all.first { $0.kind == .partial }?.speaker, "no speaker named")
        XCTAssertFalse(all.contains { $0.kind == .mixed })
    }

    func testEnglishDirectQuoteFramesWithLowerCaseSpeakerOrQuestionMark() {
        checkQuotes(
            "⟦“We will appeal,”⟧direct ⟦the company's lawyer⟧SPK ⟦says⟧CUE.", .english, analyzer: Self.analyzer,
            names: nil, speakersInOrder: true, file: #filePath, line: #line)
        checkQuotes(
            "⟦“Where do we go from here?”⟧direct ⟦Graham⟧SPK ⟦asked⟧CUE.", .english, analyzer: Self.analyzer,
            names: nil, speakersInOrder: true, file: #filePath, line: #line)
        checkQuotes(
            "⟦“The plan is dead,”⟧direct ⟦Smith⟧SPK ⟦tweeted⟧CUE Friday.", .english, analyzer: Self.analyzer,
            names: nil, speakersInOrder: true, file: #filePath, line: #line)
    }

    func testEnglishSpeakerIsNoVerbPhrase() {
        // `but declined to say` after a fragment: `declined to` ends in `to`, no noun phrase, so no speaker
        let document = Document(text: "He called the plan \"a gamble,\" but declined to say more.", language: .english)
        let quotes = Self.analyzer.quotes(in: document)
        XCTAssertEqual(quotes.map(\.kind), [.mixed, .partial])
        XCTAssertEqual(quotes.map { $0.speaker.map { document.string(for: $0.span) } }, ["He", "He"])
    }

    func testEnglishFrameAfterQuoteWithAppositionOrPartyBeforeTheVerb() {
        // The apposition may hold an abbreviation's full stop (`R-Ohio.,`, `(D-Tex.)`).
        checkQuotes(
            "⟦“We will not give up,”⟧direct ⟦Senator Paula Grant⟧SPK, R-Ohio., ⟦said⟧CUE on Monday.", .english,
            analyzer: Self.analyzer, names: ["Paula Grant"], speakersInOrder: true, file: #filePath, line: #line)
        checkQuotes(
            "⟦\"The bridge is safe,\"⟧direct ⟦Rep. Tom Baker⟧SPK (D-Tex.) ⟦told⟧CUE reporters.", .english,
            analyzer: Self.analyzer, names: nil, speakersInOrder: true, file: #filePath, line: #line)
        checkQuotes(
            "⟦“Prices will fall,”⟧direct ⟦Linda Park⟧SPK, an economist at the bank, ⟦said⟧CUE.", .english,
            analyzer: Self.analyzer, names: ["Linda Park"], speakersInOrder: true, file: #filePath, line: #line)
    }

    func testEnglishVerbAndCommaBeforeQuoteFramesIt() {
        // `She added, "…"`, `…, saying, "…"` (the sentence's subject), `before asking her, "…"`,
        // `footage of X asking, "…"`.
        checkQuotes(
            "⟦Mayor Ruth Klein⟧SPK ⟦added⟧CUE, ⟦“We have the money for it.”⟧direct", .english,
            analyzer: Self.analyzer, names: ["Ruth Klein"], speakersInOrder: true, file: #filePath, line: #line)
        checkQuotes(
            "During a long speech in the city hall on Monday, ⟦Tom Weber⟧SPK attacked the council, ⟦saying⟧CUE, ⟦“They have failed us.”⟧direct",
            .english, analyzer: Self.analyzer, names: ["Tom Weber"], speakersInOrder: true, file: #filePath, line: #line
        )
        checkQuotes(
            "⟦Anna Roth⟧SPK waves to the crowd before ⟦asking⟧CUE them, ⟦“Are you ready for this?”⟧direct", .english,
            analyzer: Self.analyzer, names: ["Anna Roth"], speakersInOrder: true, file: #filePath, line: #line)
        checkQuotes(
            "The video shows ⟦Carl Mendes⟧SPK ⟦asking⟧CUE, ⟦“Who pays for the repairs?”⟧direct", .english,
            analyzer: Self.analyzer, names: ["Carl Mendes"], speakersInOrder: true, file: #filePath, line: #line)
    }

    func testEnglishNarrationIsNotSpeech() {
        XCTAssertEqual(speech("The company opened a new plant in Ohio on Monday.", .english).1.count, 0)
    }

    func testLowerCaseOfLatinLettersByteByByte() {
        let document = Document(text: "ÄRGER Über SAGTE Ça Œuvre ×X", language: .german)
        let reader = WordReader(document: document, lexicons: Self.analyzer.lexicons)
        let words = document.tokens.indices.filter { document.tokens[$0].kind == .word }
        XCTAssertEqual(
            words.map { reader.lower($0) }, words.map { document.string(for: document.tokens[$0]).lowercased() })
    }

    // MARK: - JSON

    func testJSONHasKindAndFragments() throws {
        let document = Document(
            text: "Die Ministerin sagte, der Entwurf sei „ein großer Schritt“ für das Land.", language: .german)
        let layer = QuotesLayer(quotes: Self.analyzer.quotes(in: document))
        let json = try DocumentJSON.encode(layer, of: document)
        let text = "\(json)"
        XCTAssertTrue(text.contains("mixed"), text)
        XCTAssertTrue(text.contains("fragments"), text)
    }

    func testASentenceSplitInsideAQuotationIsNoSpeechOfItsOwn() {
        let (document, found) = speech(
            "„Wir schließen die Schule nicht. Die Kinder brauchen sie“, versprach der Bürgermeister am Abend.", .german)
        XCTAssertEqual(found.map { document.string(for: $0.span) }, [])
    }

    func testTheFrameOfAQuotationIsNoSpeechOfItsOwn() {
        for text in [
            "„Wir prüfen den Vorgang“, bestätigte eine Sprecherin der Staatsanwaltschaft auf Anfrage.",
            "„Eine Katastrophe“, so das Urteil des Verbandes.",
        ] {
            let (document, found) = speech(text, .german)
            XCTAssertEqual(found.map { document.string(for: $0.span) }, [], text)
        }
        // the quotation's sentence may still hold speech of its own (`…, dass …`)
        let (_, found) = speech("„Das reicht nicht“, sagte sie und fügte hinzu, dass die Frist zu kurz sei.", .german)
        XCTAssertEqual(found.map(\.kind), [.indirect])
    }

    func testHeisstEsAfterAQuotationAddsNoItem() {
        // The frame's content is the quotation before its comma, already a direct quote: no `mixed`
        // item over quotation and frame.
        let (document, found) = speech("„Die Preise steigen weiter“, heißt es in dem Bericht der Bundesbank.", .german)
        XCTAssertEqual(found.map { document.string(for: $0.span) }, [])
        check(
            "Die Preise stiegen weiter, ⟦heißt⟧CUE es in ⟦dem Bericht⟧SPK.", .german, .indirect,
            "Die Preise stiegen weiter")
    }

    func testAPrepositionsPhraseOpeningTheContentIsNoSubordinateClause() {
        // `Seit Freitag seien …`: a preposition's phrase before the finite verb, a main clause of reported speech
        check(
            "Seit Freitag seien mehr als 1.200 Helfer unterwegs, sagte ⟦er⟧SPK.", .german, .indirect,
            "Seit Freitag seien mehr als 1.200 Helfer unterwegs")
    }

    func testSpeechActsOfDefendingThankingComplaining() {
        // acts of speech with an object: reported speech, also by people named by what they are to the story
        check(
            "⟦Bürgermeisterin Claudia Hartl⟧SPK ⟦verteidigte⟧CUE das Vorhaben im Gemeinderat.", .german, .reported,
            "Bürgermeisterin Claudia Hartl verteidigte das Vorhaben im Gemeinderat")
        check(
            "⟦Der Rentner⟧SPK ⟦warnte⟧CUE vor mehr Verkehr in der Siedlung.", .german, .reported,
            "Der Rentner warnte vor mehr Verkehr in der Siedlung")
        check(
            "⟦Ein älterer Zuschauer⟧SPK ⟦beschwerte⟧CUE sich über die Inszenierung.", .german, .reported,
            "Ein älterer Zuschauer beschwerte sich über die Inszenierung")
        // a team defending its lead says nothing
        check("Die Mannschaft verteidigte den Vorsprung.", .german, .reported, "", count: 0)
    }

    func testAScientistByHerFieldIsTheOneNamedBefore() {
        // `die Immunologin` is a role (by its ending), which names the researcher brought in before; `Forscherin` is
        // no part of her name
        check(
            "Die Forscherin Miriam Albers hat die Proben untersucht. ⟦Die Immunologin⟧SPK ⟦vermutet⟧CUE, dass das "
                + "Virus mutiert sei.", .german, .indirect, "dass das Virus mutiert sei", name: "Miriam Albers")
    }

    func testOfficesOfLandAndTownAndAClubsCaptainAreRoles() {
        // the name without the office or the club's captaincy in front
        check(
            "Landrätin Indra Baier-Müller dankte. ⟦Die Landrätin⟧SPK ⟦sagte⟧CUE, der Schaden sei enorm.", .german,
            .indirect, "der Schaden sei enorm", name: "Indra Baier-Müller")
        check(
            "Mainz-Kapitän Silvan Widmer ärgerte sich. ⟦Er⟧SPK ⟦sagte⟧CUE, man habe zu viele Chancen vergeben.",
            .german, .indirect, "man habe zu viele Chancen vergeben", name: "Silvan Widmer")
    }

    func testEnglishSourcesAndThePassiveOfWarning() {
        // people described by what they know are the subject whole
        check(
            "⟦Two diplomats familiar with the matter⟧SPK said the talks had stalled.", .english, .indirect,
            "the talks had stalled")
        // and after what they said, counted too, or involved in it
        check(
            "The ministry has opened an inquiry, ⟦two people familiar with the matter⟧SPK ⟦said⟧CUE.", .english,
            .indirect, "The ministry has opened an inquiry")
        check(
            "Negotiators remain divided, ⟦two people involved in the talks⟧SPK ⟦said⟧CUE.", .english, .indirect,
            "Negotiators remain divided")
        // a passive of thinking before a closing frame is the frame speaker's content
        check(
            "Ruiz is expected to be sworn in next week, ⟦a Labor Department official⟧SPK ⟦said⟧CUE.", .english,
            .indirect, "Ruiz is expected to be sworn in next week")
        // a count opens a subject with its relative clause as an article does
        check(
            "⟦Two Republican aides⟧SPK, who requested anonymity, ⟦said⟧CUE the vote would slip.", .english, .indirect,
            "the vote would slip")
        // what was said ends before the source of the sentence and before the speaker's refusal to say more
        check(
            "⟦Analysts⟧SPK ⟦estimated⟧CUE the tariffs would raise prices, according to a note sent to clients.",
            .english, .indirect, "the tariffs would raise prices")
        check(
            "⟦The minister⟧SPK ⟦said⟧CUE the path was irreversible but declined to give a date.", .english, .indirect,
            "the path was irreversible")
        check(
            "⟦He⟧SPK ⟦confirmed⟧CUE that he had received a letter but would not elaborate.", .english, .indirect,
            "he had received a letter")
        // the subject of a passive of warning heard it, and spoke none of it
        check(
            "The prime minister was warned on Monday that 40 MPs were prepared to rebel.", .english, .indirect,
            "40 MPs were prepared to rebel")
    }

    /// English: a `that` with its verb right after it is the content's subject, and the writer's comment in apposition
    /// after what was said is no part of it.
    func testAnEnglishDemonstrativeThatAndTheWritersCommentAfterTheContent() {
        check("⟦Critics⟧SPK ⟦said⟧CUE that was not enough.", .english, .indirect, "that was not enough")
        // (past an aside set off by commas right after the verb)
        check(
            "⟦Rivera⟧SPK ⟦claimed⟧CUE, without offering evidence, that the count had been rigged.", .english, .indirect,
            "the count had been rigged")
        check(
            "⟦Lane⟧SPK ⟦argued⟧CUE that the levy would raise £2bn a year, a claim disputed by the Treasury.", .english,
            .indirect, "the levy would raise £2bn a year")
        check(
            "⟦Unions⟧SPK ⟦said⟧CUE the board wanted the strike to fail — a charge the board rejected.", .english,
            .indirect, "the board wanted the strike to fail")
    }

    /// After `sagte,` a main clause is what was said whatever its mood, its subject's noun with a phrase of its own
    /// (`die Mieten im Zentrum stiegen`); a Konjunktiv of a verb whose stem ends in -st continues it, and a set
    /// phrase in the Konjunktiv reports no one.
    func testAMainClauseAfterTheVerbsCommaAndSetPhrases() {
        check(
            "⟦Verbandschefin Eva Roth⟧SPK ⟦sagte⟧CUE am Montag, die Mieten im Zentrum stiegen um drei Prozent.",
            .german, .indirect, "die Mieten im Zentrum stiegen um drei Prozent")
        // (the speaker's next act after `, und` is no part of it)
        check(
            "⟦Kanzlerin Vera Holm⟧SPK ⟦sagte⟧CUE, das Land werde nicht nachgeben, und kritisierte die Forderung scharf.",
            .german, .indirect, "das Land werde nicht nachgeben")
        let (document, found) = speech(
            "Die Sprecherin sagte, man prüfe den Fall. Die Feuerwehr leiste gute Arbeit. Man brauche Geduld.", .german)
        XCTAssertEqual(
            found.map { document.string(for: $0.span) },
            ["man prüfe den Fall", "Die Feuerwehr leiste gute Arbeit. Man brauche Geduld"])
        for text in [
            "Koste es, was es wolle: Die Gemeinde baut die Brücke.",
            "Wie dem auch sei, die Bauarbeiten beginnen im Herbst.",
            "Sei es ein Kurzschluss, sei es Brandstiftung – die Polizei ermittelt.",
            "Was koste es",  // (the text's end right after the phrase's first words)
        ] {
            XCTAssertEqual(speech(text, .german).1.count, 0, text)
        }
    }
}

/// Fixes on the sample article (bundestag-de): sentences written for these tests.
final class QuotesSpeechFixTests: XCTestCase {
    static let analyzer = try! QuotesAnalyzer()

    func speech(_ text: String) -> (Document, [Quote]) {
        let document = Document(text: text, language: .german)
        return (document, Self.analyzer.quotes(in: document).filter { !$0.kind.isMarked })
    }

    /// A genitive noun phrase ends at its head noun; the content of a cue phrase in a relative
    /// clause is that clause after the phrase, not the sentence with its frame.
    func testGenitiveSpeakerEndsAtHead() {
        let (document, found) = speech(
            "Der Verein hat im Mai eine neue Halle eröffnet, die nach Angaben seines Vorstands Platz für 300 Zuschauer bietet."
        )
        XCTAssertEqual(found.count, 1)
        guard let item = found.first else { return }
        XCTAssertEqual(item.speaker.map { document.string(for: $0.span) }, "seines Vorstands")
        XCTAssertEqual(document.string(for: item.span), "Platz für 300 Zuschauer bietet")
    }

    /// A cue phrase that opens the sentence is not part of the content.
    func testOpeningCuePhraseIsNotContent() {
        let (document, found) = speech(
            "Laut einer Mitteilung der Feuerwehr vom 3. Mai brannten in der Nacht zwei Scheunen ab.")
        XCTAssertEqual(found.count, 1)
        guard let item = found.first else { return }
        XCTAssertEqual(document.string(for: item.span), "brannten in der Nacht zwei Scheunen ab")
    }

    /// Indicative `soll` (a plan) does not continue an attribution as free indirect speech;
    /// reportative `soll … haben` does.
    func testIndicativeSollIsNotFreeIndirect() {
        let text =
            "Die Bürgermeisterin sagte, die Brücke sei marode. Der Stadtrat soll im Herbst über die Sanierung entscheiden."
        let (_, found) = speech(text)
        XCTAssertFalse(found.contains { $0.kind == .freeIndirect }, "\(found.map(\.kind))")
        let reportative =
            "Die Bürgermeisterin sagte, die Brücke sei marode. Ein Gutachter soll die Schäden schon 2019 gemeldet haben."
        XCTAssertTrue(speech(reportative).1.contains { $0.kind == .freeIndirect })
    }

    /// A singular `könnte`, `müsste`, `dürfte` stands in for no Konjunktiv I (`könne`, `müsse`, `dürfe` differ
    /// from the indicative): a possibility, not speech going on; the plural (`könnten` for `können`) is.
    func testSingularKonjunktivIIModalIsNotFreeIndirect() {
        let text = "Die Ministerin sagte, das Gesetz sei fertig. Der Bundesrat könnte am 14. Juli zustimmen."
        XCTAssertFalse(speech(text).1.contains { $0.kind == .freeIndirect }, "\(speech(text).1.map(\.kind))")
        let plural = "Die Ministerin sagte, das Gesetz sei fertig. Die Länder könnten am 14. Juli zustimmen."
        XCTAssertTrue(speech(plural).1.contains { $0.kind == .freeIndirect })
    }

    /// A speech act without an object reports no content; with one, the item is the clause,
    /// its speaker included.
    func testReportedActWithoutObjectIsNoItem() {
        let (_, none) = speech("Die Vorsitzende des Vereins, Anna Kroll, widersprach heftig.")
        XCTAssertTrue(none.isEmpty, "\(none.map(\.kind))")
        let (document, found) = speech("Die Vorsitzende des Vereins, Anna Kroll, forderte eine neue Satzung.")
        XCTAssertEqual(found.count, 1)
        guard let item = found.first, let speaker = item.speaker else { return XCTFail("no speaker") }
        XCTAssertEqual(
            document.string(for: item.span), "Die Vorsitzende des Vereins, Anna Kroll, forderte eine neue Satzung")
        XCTAssertTrue(item.span.contains(speaker.span), "the clause holds the speaker")
    }

    /// A reported act ends where a main clause of its own begins, after a comma with or without a conjunction.
    func testReportedActEndsBeforeAJoinedMainClause() {
        for (text, act) in [
            (
                "Die Gewerkschaft forderte höhere Löhne, doch die Arbeitgeber lehnten ab.",
                "Die Gewerkschaft forderte höhere Löhne"
            ),
            (
                "Der Verband warnte vor steigenden Preisen, denn die Ernte war schlecht.",
                "Der Verband warnte vor steigenden Preisen"
            ),
            (
                "Die Polizei dementierte die Berichte und verwies auf laufende Ermittlungen.",
                "Die Polizei dementierte die Berichte und verwies auf laufende Ermittlungen"
            ),
        ] {
            let (document, found) = speech(text)
            XCTAssertEqual(found.map { document.string(for: $0.span) }, [act])
        }
    }

    /// An indefinite pronoun is a subject of its own: the speech is not the speaker's before it.
    func testIndefinitePronounIsTheSpeaker() {
        for (text, speaker) in [
            (
                "Eine Anwohnerin sagte: „Ich freue mich.“ Ein anderer meinte, das Geld solle in Schulen fließen.",
                "Ein anderer"
            ),
            ("Viele Besucher waren begeistert. Andere sagten, die Preise seien zu hoch.", "Andere"),
            ("Einer der Demonstranten erklärte, man werde wiederkommen.", "Einer der Demonstranten"),
        ] {
            let (document, found) = speech(text)
            XCTAssertEqual(found.compactMap { $0.speaker.map { document.string(for: $0.span) } }, [speaker])
        }
    }

    /// A second predicate after a comma is no closing frame: its subject after the verb must be able to speak
    /// when the content is in the indicative; the first predicate is the act.
    func testASecondPredicateIsNoClosingFrame() {
        let (document, found) = speech(
            "Die Krankenkassen begrüßten grundsätzlich das Ziel, bemängelten aber die Finanzierung über den Fonds.")
        XCTAssertEqual(found.map(\.kind), [.reported])
        XCTAssertEqual(found.first?.speaker.map { document.string(for: $0.span) }, "Die Krankenkassen")
        // a speaker after the verb closes the sentence as a frame
        let (framed, items) = speech("Die Reform kommt zu spät, kritisierte die Gewerkschaft am Freitag.")
        XCTAssertEqual(items.map { framed.string(for: $0.span) }, ["Die Reform kommt zu spät"])
        XCTAssertEqual(items.first?.speaker.map { framed.string(for: $0.span) }, "die Gewerkschaft")
        // and so does someone brought in with an indefinite article
        let (passer, said) = speech("Das Feuer war riesig, sagte eine Passantin.")
        XCTAssertEqual(said.first?.speaker.map { passer.string(for: $0.span) }, "eine Passantin")
    }

    /// A verb of speech before a colon frames the Konjunktiv clause after it: indirect speech of that verb's
    /// subject, not free indirect speech of the speaker before.
    func testAColonAfterAVerbOfSpeechFramesTheKonjunktiv() {
        let (document, found) = speech(
            "„Das war schwer“, gesteht Hüller. Regisseurin Justine Triet schwärmt von der Zusammenarbeit: "
                + "Hüller sei die mutigste Schauspielerin, mit der sie je gearbeitet habe.")
        XCTAssertEqual(found.map(\.kind), [.indirect])
        XCTAssertEqual(
            found.map { document.string(for: $0.span) },
            ["Hüller sei die mutigste Schauspielerin, mit der sie je gearbeitet habe"])
        XCTAssertEqual(found.first?.speaker.map { document.string(for: $0.span) }, "Regisseurin Justine Triet")
        // so does a verb of a reported act, first in the sentence and with no speaker before
        let (act, items) = speech(
            "Stadträtin Ulli Sima verwies auf volle Züge: Die Linien würden ab Jänner öfter fahren.")
        XCTAssertEqual(items.map(\.kind), [.indirect])
        XCTAssertEqual(items.map { act.string(for: $0.span) }, ["Die Linien würden ab Jänner öfter fahren"])
        XCTAssertEqual(items.first?.speaker.map { act.string(for: $0.span) }, "Stadträtin Ulli Sima")
    }

}
