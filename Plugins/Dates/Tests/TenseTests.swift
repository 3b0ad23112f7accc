import XCTest
import LoupeCore
@testable import LoupeDates

/// News-mode resolution: a bare weekday lies before the reference in a past-tense sentence and
/// after it in a future-tense one. Reference: Wednesday 19 June 2024.
final class TenseTests: DatesTestCase {
    func testGermanPastAndFuture() {
        check("Der Minister sagte am ⟦Montag⟧DATE, dass er bleibt.", .german, values: ["2024-06-17"])
        check("Der Minister wird am ⟦Montag⟧DATE nach Paris reisen.", .german, values: ["2024-06-24"])
        check("Am ⟦Freitag⟧DATE hat die Regierung das Gesetz beschlossen.", .german, values: ["2024-06-14"])
        check("Sie lobte am ⟦Dienstag⟧DATE die Einigung.", .german, values: ["2024-06-18"])
        check("Er war am ⟦Mittwoch⟧DATE in Rom.", .german, values: ["2024-06-19"])
        // between an auxiliary and the full verb at the end, the full verb tells: deferred ahead, cancelled before
        check("Die Sitzung wurde auf ⟦Montag⟧DATE verlegt.", .german, values: ["2024-06-24"])
        check("Die Sitzung wurde am ⟦Montag⟧DATE abgesagt.", .german, values: ["2024-06-17"])
        // an event's start or end in the present is a schedule (news tells what is over in the past)
        check(
            "Das Festival beginnt am ⟦2. März⟧DATE und endet am ⟦9. März⟧DATE.", .german,
            values: ["2025-03-02", "2025-03-09"])
        check("Das Festival begann am ⟦2. März⟧DATE.", .german, values: ["2024-03-02"])
        // `ab` opens a stretch from then on, ahead where nothing gives a tense (a capitalised word in -ten is a noun,
        // `Restkarten`, no preterite); in a past sentence it is past
        check("Restkarten gibt es ab ⟦1. März⟧DATE.", .german, values: ["2025-03-01"])
        check("Ab ⟦1. März⟧DATE stiegen die Preise.", .german, values: ["2024-03-01"])
        // `ist` + an adjective in -t is no perfect; a capitalised strong preterite is a noun, the text's first word too
        check("Der Stand am ⟦3. September⟧DATE ist gut.", .german, values: ["2024-09-03"])
        check("Stand am ⟦3. September⟧DATE: alles gut.", .german, values: ["2024-09-03"])
        check("Die Firma hat den Vertrag am ⟦3. September⟧DATE verlängert.", .german, values: ["2023-09-03"])
    }

    func testSeinMakesAPerfectOnlyWithAVerbOfMotionOrChange() {
        // `sein` + the participle of a verb of motion or change is a perfect, also after a separable prefix and
        // in the passive's `worden`
        check("Der Präsident ist am ⟦Montag⟧DATE gestorben.", .german, values: ["2024-06-17"])
        check("Die Regierung ist am ⟦Freitag⟧DATE zurückgetreten.", .german, values: ["2024-06-14"])
        check("Das Werk ist am ⟦Sonntag⟧DATE eröffnet worden.", .german, values: ["2024-06-16"])
        check("Er sagte, dass der Zug am ⟦Dienstag⟧DATE entgleist ist.", .german, values: ["2024-06-18"])
        // with another participle it is a state, which holds now or ahead
        check("Das Museum ist am ⟦Montag⟧DATE geschlossen.", .german, values: ["2024-06-24"])
        check("Die Ausstellung ist noch bis ⟦30. September⟧DATE geöffnet.", .german, values: ["2024-09-30"])
        check("Er sagte, dass die Straße bis ⟦Freitag⟧DATE gesperrt ist.", .german, values: ["2024-06-21"])
    }

    func testAForwardInInAPastClauseIsTheStretchItHappenedIn() {
        // in a past or perfect clause `in N Jahren` cannot lie ahead: how long, not when
        check("Ich habe so etwas ⟦in 35 Jahren⟧DURATION nicht erlebt.", .german, values: ["P35Y"])
        check("Er hat ⟦in zehn Jahren⟧DURATION kein Spiel verpasst.", .german, values: ["P10Y"])
        check("The company doubled its sales ⟦in five years⟧DURATION.", .english, values: ["P5Y"])
        // ahead in a present or future clause
        check("Das Werk soll ⟦in zwei Jahren⟧DATE eröffnet werden.", .german, values: ["2026"])
        check("The plant will open ⟦in two years⟧DATE.", .english, values: ["2026"])
        // `nächste` is `next`, no rank; after a bound the shift keeps its `in`
        check("Die nächste Anpassung sei frühestens ⟦in zwei Jahren⟧DATE geplant.", .german, values: ["2026"])
        // a weekday after a shift by months or more is a day of its own
        check(
            "Stocks fell the most ⟦in a decade⟧DURATION on ⟦Monday⟧DATE.", .english, values: ["P10Y", "2024-06-17"])
    }

    func testAnEnglishRelativeClauseInThePresentHasItsOwnTense() {
        // ahead of the reference, though the main clause is past (its date more than two months off)
        check(
            "Persimmon, which reports results on ⟦Sept. 6⟧DATE, was up 1.8%.", .english, values: ["2024-09-06"])
        check("The firm, which opened in ⟦September⟧DATE, was sold.", .english, values: ["2023-09"])
    }

    func testAYearEarlierAfterTheQuarterUnderDiscussionIsThatQuarterAYearBefore() {
        // `the quarter` names the quarter under discussion again, and the day that ends it moves nothing
        let reference = ReferenceTime(year: 1989, month: 11, day: 2)
        XCTAssertEqual(
            expressions(
                "Acme reported sales of $5 million for the quarter ended Sept. 29, up from $3 million a year earlier.",
                .english, reference: reference
            ).map(\.value), ["1989-Q3", "1989-09-29", "1988-Q3"])
    }

    func testADatedUpdateLabelIsTheReferenceOfItsParagraph() {
        // web text: what an update says counts from the update's day, until the paragraph ends
        check(
            "Der Router startet ⟦jede Nacht⟧SET neu.\n\nUpdate vom ⟦27.6⟧DATE.: Läuft seit ⟦Mittwochabend⟧TIME stabil."
                + "\n\nAm ⟦Montag⟧DATE kommt der Techniker.", .german,
            values: ["XXXX-XX-XXTNI", "2024-06-27", "2024-06-26TEV", "2024-06-24"])
    }

    func testAPostsHeaderLineWithItsDateIsTheReferenceOfWhatFollows() {
        // a line that ends in a full date (and its clock time) heads a post: what follows counts from it, over its
        // paragraphs, up to the next such line
        check(
            "Reply from bob, ⟦Mar 17 2024⟧DATE:\nSame here.\n\nThe patch came out ⟦Friday⟧DATE.\n\n"
                + "Antwort von a » Di ⟦12. Nov 2024⟧DATE, ⟦18:42⟧TIME\nBei mir seit ⟦Montag⟧DATE.", .english,
            values: ["2024-03-17", "2024-03-15", "2024-11-12", "2024-11-12T18:42", "2024-11-11"])
        // (not a date inside a line of text)
        check(
            "The patch of ⟦Mar 17 2024⟧DATE came out. It broke on ⟦Friday⟧DATE.", .english,
            values: ["2024-03-17", "2024-06-14"])
    }

    func testJenerPointsBackToTheDateMentionedLast() {
        // `an jenem Sonntag` is the Sunday of the day told of (13 August 1961 was one), not last Sunday;
        // `an jenem Abend` that day's evening
        check(
            "Sie vergaß den ⟦13. August 1961⟧DATE nie. An ⟦jenem Sonntag⟧DATE fuhr sie zur Arbeit. An ⟦jenem Abend⟧TIME "
                + "weinte sie.", .german, values: ["1961-08-13", "1961-08-13", "1961-08-13TEV"])
        check(
            "Am ⟦Donnerstag, 10. August 1961⟧DATE begann es. An ⟦jenem Sonntag⟧DATE kam die Mauer.", .german,
            values: ["1961-08-10", "1961-08-13"])
    }

    func testASinceBeforeADateOfItsOwnPlacesNoOtherDate() {
        // `seit 2019` dates itself; the future of `wird` places the month
        check(
            "Die Bank wird nach Ansicht vieler Ökonomen im ⟦Juli⟧DATE erstmals seit ⟦2019⟧DATE die Zinsen senken.",
            .german,
            values: ["2024-07", "2019"])
        check(
            "The bank will cut rates in ⟦October⟧DATE for the first time since ⟦2019⟧DATE, analysts at two banks expect.",
            .english, values: ["2024-10", "2019"])
        // `seit dem Unfall` still places what follows in the past
        check("Seit dem Unfall am ⟦Montag⟧DATE ist die Straße gesperrt.", .german, values: ["2024-06-17"])
        check(
            "Die Polizei ermittelt. Seit dem Unfall am ⟦Montag⟧DATE gilt ein Tempolimit.", .german,
            values: ["2024-06-17"])
    }

    func testAnAuxiliaryInAnotherClauseMakesNoPerfect() {
        // `ist` belongs to the relative clause; the sentence ends in the infinitive after `kann`
        check(
            "Wer nicht einverstanden ist, kann bis zum ⟦30. Juni⟧DATE kündigen.", .german, values: ["2024-06-30"])
        check("Am ⟦Montag⟧DATE ist er nach Berlin gefahren.", .german, values: ["2024-06-17"])
        // `ist … zu sehen` ends in an infinitive with its `zu`: no perfect
        check("Die Ausstellung ist noch bis ⟦Samstag⟧DATE zu sehen.", .german, values: ["2024-06-22"])
        // a colon ends the auxiliary's clause: what follows ends in the infinitive after `kann`
        check(
            "Die Tabellenführung ist in Gefahr: Leverkusen kann am ⟦Sonntag⟧DATE heranrücken.", .german,
            values: ["2024-06-23"])
        // commas around an apposition (after a name or a noun) part no clauses: the perfect holds across them
        check(
            "Das Gericht hat den Bürgermeister, Richard Greiner, am ⟦Donnerstag⟧DATE verurteilt.", .german,
            values: ["2024-06-13"])
    }

    func testADeadlineSetByADemandLiesAhead() {
        // the demand is past, its deadline ahead (reference: Wednesday 19 June 2024)
        check("Die Fraktion forderte einen Bericht bis ⟦Ende Juli⟧DATE.", .german, values: ["2024-07"])
        check("The committee demanded the files by ⟦Friday⟧DATE.", .english, values: ["2024-06-21"])
        // a stretch that ended is past
        check("Er blieb bis ⟦Freitag⟧DATE in Rom.", .german, values: ["2024-06-14"])
        // a deadline in a sentence without a tense cue lies ahead (nearer back than ahead: the nearest would be
        // last December)
        check("Kunden können bis zum ⟦31. Dezember⟧DATE kündigen.", .german, values: ["2024-12-31"])
        check("The offer runs until ⟦Dec. 31⟧DATE.", .english, values: ["2024-12-31"])
        check("The bill funds the government through ⟦Dec. 31⟧DATE.", .english, values: ["2024-12-31"])
        // a vote's count is no plan: `to four` is no infinitive
        check("The committee voted by seven votes to four on ⟦Tuesday⟧DATE.", .english, values: ["2024-06-18"])
        check("The committee voted on ⟦Tuesday⟧DATE to approve the plan.", .english, values: ["2024-06-18"])
        // `back in` looks behind, whatever plan the sentence tells of
        check("The repair was supposed to be done back in ⟦July⟧DATE.", .english, values: ["2023-07"])
        check("She will be back in action ⟦in six weeks⟧DATE.", .english, values: ["2024-07-31"])
        // a participle after a present `is` is a passive of the present, not a past (the nearer Sept. 3)
        check("She faces prison when she is sentenced on ⟦Sept. 3⟧DATE.", .english, values: ["2024-09-03"])
        // a participle after a linking verb is a state, not a past
        check(
            "The minister told reporters that schools would remain closed until ⟦Friday⟧DATE.", .english,
            values: ["2024-06-21"])
    }

    func testAModalWithAPerfectInfinitiveTellsOfThePast() {
        // reported or supposed past: `soll … zugestochen haben`; a plain modal looks ahead
        check("Am ⟦Abend des 14. März⟧TIME soll der Mann zugestochen haben.", .german, values: ["2024-03-14TEV"])
        check("Er soll am ⟦Montag⟧DATE nach Berlin gereist sein.", .german, values: ["2024-06-17"])
        check("Er soll am ⟦Montag⟧DATE nach Berlin reisen.", .german, values: ["2024-06-24"])
        // (a participle after the modal's own infinitive and `und` is a second verb, not its perfect infinitive)
        check(
            "Die Arbeiten sollen ⟦Anfang September⟧DATE beginnen und ⟦Ende 2026⟧DATE abgeschlossen sein.", .german,
            values: ["2024-09", "2026"])
    }

    func testKonjunktivOfAVerbWhoseStemEndsInTIsNoPreterite() {
        // `erwarte`, `befürchte`, `vertrete` are present or Konjunktiv I; `erwartete`, `machte` preterites
        check("Er erwarte, dass sich beide noch vor ⟦Ostern⟧DATE einigen.", .german, values: ["2025-04-20"])
        check("Sie befürchte, dass es am ⟦Freitag⟧DATE regnet.", .german, values: ["2024-06-21"])
        check("Er machte am ⟦Montag⟧DATE Urlaub.", .german, values: ["2024-06-17"])
        check("Er arbeitete am ⟦Montag⟧DATE im Büro.", .german, values: ["2024-06-17"])
        // an infinitive whose stem ends in -tret is none either
        check("Sie wird im ⟦Oktober⟧DATE zurücktreten.", .german, values: ["2024-10"])
    }

    func testASubordinateClauseHasItsOwnTense() {
        // a present in the dass- or relative clause, not the past of the main clause beyond its comma
        check(
            "Der Kanzler hat versprochen, dass der Haushalt bis ⟦Ende Oktober⟧DATE steht.", .german,
            values: ["2024-10"])
        check("Sie versprach, dass das Gesetz im ⟦Oktober⟧DATE kommt.", .german, values: ["2024-10"])
        check("Er nannte den Termin, der im ⟦Oktober⟧DATE liegt.", .german, values: ["2024-10"])
        // the clause's own past or perfect, and the main clause's tense where the date stands in it
        check("Sie sagte, dass das Gesetz im ⟦Oktober⟧DATE kam.", .german, values: ["2023-10"])
        check("Sie sagte, dass sie im ⟦Oktober⟧DATE gekündigt hat.", .german, values: ["2023-10"])
        check("Im ⟦Oktober⟧DATE versprach sie, dass das Gesetz kommt.", .german, values: ["2023-10"])
        // a perfect whose participle has a separable or inseparable prefix
        check("Sie erklärte, dass die Wahl im ⟦Oktober⟧DATE stattgefunden hat.", .german, values: ["2023-10"])
        check("Er sagte, dass er das Haus im ⟦Oktober⟧DATE verkauft hat.", .german, values: ["2023-10"])
        // kündigte … an, zu + infinitive: announced, so ahead
        check("Der Minister kündigte an, im ⟦Oktober⟧DATE nach Paris zu reisen.", .german, values: ["2024-10"])
    }

    func testGermanReportedSpeechHasItsOwnTense() {
        // after `sagte,` (or `sagte er,`): Konjunktiv I or present is now or ahead, a perfect is past
        check(
            "Der Minister, der am ⟦Dienstag⟧DATE in Kiew war, sagte, die Hilfe komme am ⟦Freitag⟧DATE.", .german,
            values: ["2024-06-18", "2024-06-21"])
        check("Er sagte, die Firma habe im ⟦Mai⟧DATE Insolvenz angemeldet.", .german, values: ["2024-05"])
        check("Am ⟦Montag⟧DATE sei er in Berlin gewesen, sagte er.", .german, values: ["2024-06-17"])
        check("Sagte der Minister, der am ⟦Montag⟧DATE kam.", .german, values: ["2024-06-17"])
        // before its frame too: the present holds at the report or after it, a perfect lies before
        check("Die Warnung gilt bis ⟦Sonntag⟧DATE, teilte das Amt mit.", .german, values: ["2024-06-23"])
        check("Die Lage hat sich am ⟦Montag⟧DATE beruhigt, sagte er.", .german, values: ["2024-06-17"])
    }

    func testAnEnglishThatClauseInThePresentHasItsOwnTense() {
        check(
            "The chancellor promised in ⟦January⟧DATE that the budget is ready by ⟦October⟧DATE.", .english,
            values: ["2024-01", "2024-10"])
        // its own past
        check("The company said that sales rose in ⟦October⟧DATE.", .english, values: ["2023-10"])
    }

    func testADaySomethingIsCalledForLiesAhead() {
        // `für` + a day: what is called or planned for it lies ahead of the calling; a participle before its
        // noun is an adjective, and the sentence's tense places the day
        check("Die Gewerkschaft hat für ⟦Donnerstag⟧DATE zu einem Streik aufgerufen.", .german, values: ["2024-06-20"])
        check("Die für ⟦Montag⟧DATE geplante Sitzung fiel aus.", .german, values: ["2024-06-17"])
        // an article after the day opens the object
        check("Die Bahn hat für ⟦Freitag⟧DATE einen Ersatzfahrplan angekündigt.", .german, values: ["2024-06-21"])
    }

    func testEnglishPastAndFuture() {
        check("The minister said on ⟦Monday⟧DATE that he would stay.", .english, values: ["2024-06-17"])
        check("The minister will travel to Paris on ⟦Monday⟧DATE.", .english, values: ["2024-06-24"])
        check("Officials visited the site on ⟦Friday⟧DATE.", .english, values: ["2024-06-14"])
        check("The team is going to announce it on ⟦Friday⟧DATE.", .english, values: ["2024-06-21"])
        check("The festival opens on ⟦March 2⟧DATE.", .english, values: ["2025-03-02"])
        check("The festival opened on ⟦March 2⟧DATE.", .english, values: ["2024-03-02"])
    }

    func testEnglishExpectationLooksAhead() {
        // the clause's `expect` wins over a past beyond the comma
        check(
            "Analysts expect a cut in ⟦April⟧DATE, a note published by the bank showed.", .english,
            values: ["2025-04"])
        // what someone was expected, asked or told to do lies after the asking
        check("She said she expected the first ships to dock in ⟦April⟧DATE.", .english, values: ["2025-04"])
        check("The council urged the firm to finish the work by ⟦March⟧DATE.", .english, values: ["2025-03"])
        // what is deferred lies ahead, as a deferral does (`postponed until Tuesday`)
        check("Parliament voted to delay the reform bill until ⟦March⟧DATE.", .english, values: ["2025-03"])
        // what is expected now lies ahead, past a perfect beyond the comma; not what was expected, or than expected
        check(
            "The Met Office has issued a warning, with gusts expected on ⟦Saturday⟧DATE.", .english,
            values: ["2024-06-22"])
        check("Sales rose more than expected in ⟦May⟧DATE.", .english, values: ["2024-05"])
        // a forecaster's `sees` too; the figure a forecast is compared with lies behind
        check(
            "The official sees unemployment at 4.5% by ⟦the fourth quarter⟧DATE, up from 4.4% in ⟦March⟧DATE.",
            .english, values: ["2024-Q4", "2024-03"])
        // (not a `to` before a noun, nor a past without such a verb)
        check("He drove the ships to the port in ⟦April⟧DATE.", .english, values: ["2024-04"])
        // (nor the noun after its determiner: the verb before it gives the tense)
        check("The firm lowered its forecast in ⟦May⟧DATE.", .english, values: ["2024-05"])
    }

    func testEnglishPossibilityLooksAhead() {
        check(
            "Inflation fell, raising hopes that the bank could cut rates as soon as ⟦April⟧DATE.", .english,
            values: ["2025-04"])
        check("Prices may rise again in ⟦May⟧DATE, analysts said.", .english, values: ["2025-05"])
        // not a possibility in the past
        check("He could have left in ⟦April⟧DATE.", .english, values: ["2024-04"])
        // what came before lies behind, whatever the sentence expects
        check(
            "The firm expects higher sales, up from its previous estimate in ⟦April⟧DATE.", .english,
            values: ["2024-04"])
        // an obligation or expectation looks ahead too
        check(
            "Forecasters said the rain should ease by ⟦Monday afternoon⟧TIME.", .english, values: ["2024-06-24TAF"])
        // `might not` is still possible
        check(
            "The firm warned that some areas might not be reconnected until ⟦Monday⟧DATE.", .english,
            values: ["2024-06-24"])
        check(
            "Die Preise dürften im ⟦Mai⟧DATE wieder steigen, sagten Analysten.", .german, values: ["2025-05"])
        check("Die EZB könnte die Zinsen im ⟦April⟧DATE senken.", .german, values: ["2025-04"])
    }

    func testEnglishPlansAndPassiveInfinitivesLookAhead() {
        // a plan before an infinitive and a passive infinitive are no past tense, "would" reports a future
        check("Talks are set to resume on ⟦Monday⟧DATE in Belfast.", .english, values: ["2024-06-24"])
        check("The accord is supposed to conclude by ⟦March⟧DATE.", .english, values: ["2025-03"])
        check("A dividend is to be paid in ⟦January⟧DATE.", .english, values: ["2025-01"])
        check("She said she would fly to Rome on ⟦Tuesday⟧DATE.", .english, values: ["2024-06-25"])
        check("The rules were published on ⟦Tuesday⟧DATE.", .english, values: ["2024-06-18"])
        // a past commitment after the date dates the committing; before it, what was committed to
        check("At a hearing in ⟦March⟧DATE, she pledged to enforce the rules.", .english, values: ["2024-03"])
        check("She pledged to enforce the rules in ⟦March⟧DATE.", .english, values: ["2025-03"])
        check("In ⟦March⟧DATE, the plant is expected to open.", .english, values: ["2025-03"])
    }

    func testTheExpressionsOwnClauseGivesTheTense() {
        // a cue beyond a comma loses to one in the expression's clause, however near
        check(
            "The talks, which are expected to end by ⟦March⟧DATE, invited the union.", .english, values: ["2025-03"])
        check(
            "Die Gespräche, die bis ⟦März⟧DATE dauern sollen, begannen ⟦gestern⟧DATE.", .german,
            values: ["2025-03", "2024-06-18"])
        // without a cue in its own clause the nearest one still counts
        check("On ⟦Monday⟧DATE, the board approved the plan.", .english, values: ["2024-06-17"])
    }

    func testIrregularEnglishPastForms() {
        check("Exports grew in ⟦October⟧DATE.", .english, values: ["2023-10"])
        check("The index rose on ⟦Friday⟧DATE.", .english, values: ["2024-06-14"])
    }

    func testCommitmentsBeforeAnInfinitiveLookAhead() {
        // what is agreed, promised or decided to happen lies after the commitment, past or not
        check("The company agreed to buy the unit in ⟦February⟧DATE.", .english, values: ["2025-02"])
        check("It announced an agreement to acquire the bank in ⟦January⟧DATE.", .english, values: ["2025-01"])
        check("Die Firma vereinbarte, die Bank im ⟦Januar⟧DATE zu übernehmen.", .german, values: ["2025-01"])
        check("Er versprach, die Steuern im ⟦März⟧DATE zu senken.", .german, values: ["2025-03"])
        check("Er kündigte an, im ⟦Oktober⟧DATE zurückzutreten.", .german, values: ["2024-10"])
        // the perfect of the commitment's own clause tells of the past, whatever the clause after its comma says
        check("Sie haben im ⟦Oktober⟧DATE angekündigt, Stellen zu streichen.", .german, values: ["2023-10"])
        check("Er hat im ⟦Oktober⟧DATE gesagt, er werde zurücktreten.", .german, values: ["2023-10"])
        // a commitment already in the past, and an attempt, stay in the past
        check("The firm had agreed to sell it in ⟦May⟧DATE.", .english, values: ["2024-05"])
        check("Er versuchte, im ⟦März⟧DATE zu fliehen.", .german, values: ["2024-03"])
    }

    func testAQuotationWrittenWithTwoMarksKeepsItsOwnTense() {
        // wire copy writes quotation marks as `` and '': the quotation's tense counts, not the reporting verb's
        check("``The team lands on ⟦Thursday⟧DATE,'' the minister said.", .english, values: ["2024-06-20"])
        check("''Wir reisen am ⟦Montag⟧DATE ab'', sagte er.", .german, values: ["2024-06-24"])
        check("He said on ⟦Monday⟧DATE that the team had landed.", .english, values: ["2024-06-17"])
    }

    func testALabelDatingWhatItsColonOpensTakesNoTenseFromIt() {
        check(
            "Update, ⟦Sept. 3⟧DATE: After the patch, I noticed the phone running warm.", .english,
            values: ["2024-09-03"])
    }

    func testAnAdjectiveBeforeItsNounIsNoPastTense() {
        // after an article or preposition and before a noun, -te/-ten (German) and -ed (English) make adjectives
        check("Mit ernsthaften Verhandlungen beginnt man im ⟦Dezember⟧DATE.", .german, values: ["2024-12"])
        check("Er kaufte im ⟦Dezember⟧DATE ein Haus.", .german, values: ["2023-12"])
        check("The revised plan starts in ⟦December⟧DATE.", .english, values: ["2024-12"])
    }

    func testAStartingPointLiesInThePast() {
        // since/seit name where something began: before the reference, whatever the main verb's tense
        check(
            "Police have searched for him since shortly after the ⟦Oct. 23⟧DATE shooting.", .english,
            values: ["2023-10-23"])
        check("Sie wird seit ⟦Montag⟧DATE vermisst.", .german, values: ["2024-06-17"])
        check("The office is closed since ⟦Friday⟧DATE.", .english, values: ["2024-06-14"])
    }

    func testAThingDatedWithVomIsPast() {
        // `der Bericht vom …` dates a document that exists: the date lies behind, whatever the verb's tense
        check("Das Urteil vom ⟦3. Oktober⟧DATE ist rechtskräftig.", .german, values: ["2023-10-03"])
        check("Laut dem Bericht vom ⟦Montag⟧DATE fehlen 800 Millionen.", .german, values: ["2024-06-17"])
        // a stretch from … to, or `vom` opening the clause, is no such date
        check("Vom ⟦3. Oktober⟧DATE an gilt das Gesetz.", .german, values: ["2024-10-03"])
    }

    func testGermanStrongPreteritesWithPrefixesAndInThePlural() {
        // strong verbs have no -te: their preterite forms are listed, found with a verb prefix and in the plural
        check("In der Stadt brach am ⟦Montag⟧DATE ein Brand aus.", .german, values: ["2024-06-17"])
        check("Der Bus geriet am ⟦Sonntag⟧DATE ins Rutschen.", .german, values: ["2024-06-16"])
        check("Die Feier, die am ⟦Samstag⟧DATE stattfand, war ein Erfolg.", .german, values: ["2024-06-15"])
        check("Am ⟦Freitag⟧DATE nahmen viele Bürger teil.", .german, values: ["2024-06-14"])
        check("Der Chef verließ die Firma im ⟦Dezember⟧DATE.", .german, values: ["2023-12"])
        // a prefixed plural that is also a participle or adjective is no preterite
        check("Am ⟦Freitag⟧DATE spielen zwei ganz verschieden starke Teams.", .german, values: ["2024-06-21"])
        check("Der Vertrag wird am ⟦Freitag⟧DATE unterschrieben.", .german, values: ["2024-06-21"])
    }

    func testReportedSpeechPerfect() {
        // Konjunktiv I and II of sein with a participle report a past event
        check("Die Gäste seien am ⟦Samstag⟧DATE angekommen.", .german, values: ["2024-06-15"])
        check("Er wäre am ⟦Montag⟧DATE fast gestürzt.", .german, values: ["2024-06-17"])
        // without a participle they say nothing about the past
        check("Er sei am ⟦Freitag⟧DATE verhindert, sagt sie.", .german, values: ["2024-06-21"])
    }

    func testMoreIrregularEnglishPastForms() {
        check("The firm laid off workers in ⟦October⟧DATE.", .english, values: ["2023-10"])
        check("The bill underwent changes on ⟦Thursday⟧DATE.", .english, values: ["2024-06-13"])
        check("Prices sprang back on ⟦Friday⟧DATE.", .english, values: ["2024-06-14"])
    }

    func testAPastThatIsAlsoTheBaseFormIsPastAfterANameOrHe() {
        // `hit`, `cut`: a third person's present would end in -s
        check("Storm Lia hit the coast on ⟦Monday⟧DATE.", .english, values: ["2024-06-17"])
        check("He cut the ribbon on ⟦Friday⟧DATE.", .english, values: ["2024-06-14"])
        // a noun (`a rate cut`) or an infinitive is no past
        check("Markets expect a rate cut on ⟦Friday⟧DATE.", .english, values: ["2024-06-21"])
        check("The storm is set to hit the coast on ⟦Friday⟧DATE.", .english, values: ["2024-06-21"])
    }

    func testDeferralsLookAhead() {
        // what is postponed to a date is put off until a time ahead, in a past-tense sentence too
        check("The court postponed until ⟦Tuesday⟧DATE its ruling.", .english, values: ["2024-06-25"])
        check("Die Sitzung wurde auf ⟦Dienstag⟧DATE vertagt.", .german, values: ["2024-06-25"])
        check("The court ruled on ⟦Tuesday⟧DATE.", .english, values: ["2024-06-18"])
        // the deadline a deferral sets, its object between them
        check("The court adjourned the hearing until ⟦Tuesday⟧DATE.", .english, values: ["2024-06-25"])
        check("Das Gericht vertagte die Verhandlung bis ⟦Dienstag⟧DATE.", .german, values: ["2024-06-25"])
        check("Er wartete bis ⟦Dienstag⟧DATE.", .german, values: ["2024-06-18"])
        // `auf` names the date deferred to; `im Dezember` when the deferring was done
        check("Die Regierung hat die Wahl auf ⟦Dezember⟧DATE verschoben.", .german, values: ["2024-12"])
        check("Die Regierung hatte die Wahl im ⟦Dezember⟧DATE verschoben.", .german, values: ["2023-12"])
    }

    func testPlansInReportedSpeechLookAhead() {
        // the Konjunktiv I of a modal or plan looks ahead, as its present does, after a past frame with its date
        check(
            "Der Kanzler sagte am ⟦Mittwoch⟧DATE, er wolle im ⟦Mai⟧DATE erneut kandidieren.", .german,
            values: ["2024-06-19", "2025-05"])
        check("Er sagte, er plane im ⟦März⟧DATE eine Reise.", .german, values: ["2025-03"])
        // with a perfect infinitive it reports the past
        check("Der Zeuge sagte, der Täter solle am ⟦Freitag⟧DATE geschossen haben.", .german, values: ["2024-06-14"])
    }

    func testSchedulesLookAhead() {
        check("The hearing is scheduled for ⟦Thursday⟧DATE.", .english, values: ["2024-06-20"])
        check("A vote was set for ⟦Monday⟧DATE, he said.", .english, values: ["2024-06-17"])
        check("Die Anhörung ist für ⟦Donnerstag⟧DATE angesetzt.", .german, values: ["2024-06-20"])
    }

    func testAModalWithAStateAheadIsNoReportOfThePast() {
        // `soll … sein` with a participle of state is a target ahead; with one of motion or change a report of the past
        check("⟦Mitte Juli⟧DATE soll die Baustelle abgeschlossen sein.", .german, values: ["2024-07"])
        check("Der Täter soll am ⟦Montag⟧DATE nach München gefahren sein.", .german, values: ["2024-06-17"])
    }

    func testShortStrongPreteritePluralsArePast() {
        check("Am ⟦Rosenmontag⟧DATE zogen Hunderttausende durch Köln.", .german, values: ["2024-02-12"])
        check("Sie sahen am ⟦Montag⟧DATE den Film.", .german, values: ["2024-06-17"])
    }

    func testAnEnglishPastLikeItsBaseFormAfterASingularNounIsPast() {
        check("The company cut 500 jobs on ⟦Friday⟧DATE.", .english, values: ["2024-06-14"])
        check("The earthquake hit on ⟦Sunday⟧DATE.", .english, values: ["2024-06-16"])
        // after a plural it may be the present
        check("Many firms cut jobs on ⟦Fridays⟧SET.", .english, values: ["XXXX-WXX-5"])
    }

    func testAnEventsStartOrEndInAPhraseIsASchedule() {
        // a separable verb whose particle closes the clause, or stands before the verb closing it
        check("Das Konzert findet am ⟦5. März⟧DATE statt.", .german, values: ["2025-03-05"])
        check("Die Frist läuft am ⟦31. Jänner⟧DATE ab.", .german, values: ["2025-01-31"])
        check("Er sagte, dass das Gesetz am ⟦1. Januar⟧DATE in Kraft tritt.", .german, values: ["2025-01-01"])
        check("Die Frist, die am ⟦31. Jänner⟧DATE abläuft, gilt für alle.", .german, values: ["2025-01-31"])
        // the same verb with another particle, or none, is no schedule; the past is past
        check("Das Gespräch geht am ⟦5. März⟧DATE um Geld.", .german, values: ["2024-03-05"])
        check("Das Konzert fand am ⟦5. März⟧DATE statt.", .german, values: ["2024-03-05"])
        check("The law takes effect on ⟦Jan. 1⟧DATE.", .english, values: ["2025-01-01"])
        check("The rule comes into force on ⟦January 1⟧DATE.", .english, values: ["2025-01-01"])
        check("The meeting did not take place on ⟦March 3⟧DATE.", .english, values: ["2024-03-03"])
    }

    func testMonthWithoutYearFollowsTense() {
        check("Er besuchte Kiew im ⟦Dezember⟧DATE.", .german, values: ["2023-12"])
        check("Er wird Kiew im ⟦Januar⟧DATE besuchen.", .german, values: ["2025-01"])
    }

    func testCoordinatedWeekdaysFollowTheFirst() {
        // Past tense, but the second weekday follows the first one.
        check(
            "Er wurde am ⟦Dienstag⟧DATE und ⟦Mittwoch⟧DATE in Seoul erwartet.", .german,
            values: ["2024-06-18", "2024-06-19"])
        check(
            "He will be in Seoul on ⟦Thursday⟧DATE and ⟦Friday⟧DATE.", .english, values: ["2024-06-20", "2024-06-21"])
    }

    func testCoordinatedWeekdaysOneOrTwoDaysBeforeComeFirst() {
        // news names the latest day first: the second lies before the first
        check(
            "Die Ministerin äußerte sich am ⟦Montag⟧DATE und ⟦Sonntag⟧DATE dazu.", .german,
            values: ["2024-06-17", "2024-06-16"])
        check(
            "He spoke on ⟦Tuesday⟧DATE and ⟦Monday⟧DATE about the plan.", .english,
            values: ["2024-06-18", "2024-06-17"])
        // further back than two days the second still follows
        check(
            "Die Messe wird am ⟦Freitag⟧DATE und ⟦Montag⟧DATE öffnen.", .german, values: ["2024-06-21", "2024-06-24"])
    }

    func testANounInLYIsNoAdverbBeforeAPast() {
        // (`rally` is no adverb like `newly`: the past after it is the verb, reference Wednesday 19 June 2024)
        check("⟦Monday⟧DATE's rally erased ⟦last week⟧DATE's losses.", .english, values: ["2024-06-17", "2024-W24"])
        check("A newly elected council meets on ⟦Monday⟧DATE.", .english, values: ["2024-06-24"])
    }

    func testTenseCues() {
        let d = Document(text: "Gestern kommentierte er den Plan.", language: .german)
        let v = TokenView(d, language: .german, lexicon: .german)
        XCTAssertEqual(TenseCues.tense(near: 0..<1, sentence: d.sentences[0].tokens, view: v, language: .german), .past)
        let e = Document(text: "They will decide.", language: .english)
        let w = TokenView(e, language: .english, lexicon: .english)
        XCTAssertEqual(
            TenseCues.tense(near: 0..<1, sentence: e.sentences[0].tokens, view: w, language: .english), .future)
    }
}

final class GermanModalTenseTests: XCTestCase {
    /// A present modal with an infinitive points ahead, even when the infinitive ends in -ten
    /// like a preterite (beraten, arbeiten, warten).
    func testModalsPointAheadOverInfinitivesInTen() throws {
        let reference = ReferenceTime(iso: "2024-06-18")!
        let registry = AnalyzerRegistry([DatesAnalyzer.registration])
        for (text, expected) in [
            ("Der Bundestag soll am 19. Juni abschließend beraten.", "2024-06-19"),
            ("Die Kommission will am Montag darüber beraten.", "2024-06-24"),
            ("Der Ausschuss muss am Freitag warten.", "2024-06-21"),
            ("Der Ausschuss tagte am Freitag.", "2024-06-14"),
        ] {
            let document = Document(text: text, language: .german, reference: reference)
            try registry.run(["dates"], on: document)
            let json = try DocumentJSON.encode(try XCTUnwrap(document.layer(named: "dates")), of: document)
            XCTAssertEqual(json.arrayValue?.first?["value"]?.stringValue, expected, text)
        }
    }
}

final class NearDateTests: DatesTestCase {
    /// News: a day and month within two months of the reference is that one, whatever the tense;
    /// further off, the tense decides (reference Wed 19 June 2024).
    func testDatesNearTheReferenceIgnoreAMisleadingTense() {
        // "soll" reports the past here; 14 June is five days ago, not next year.
        check("Am ⟦14. Juni⟧DATE soll er das Geld genommen haben.", .german, values: ["2024-06-14"])
        check("He said the vote would be held on ⟦July 2⟧DATE.", .english, values: ["2024-07-02"])
        // far from the reference the tense still decides
        check(
            "Er wird ⟦am 3. März⟧DATE kommen.".replacingOccurrences(of: "⟦am ", with: "am ⟦"), .german,
            values: ["2025-03-03"])
        check(
            "Sie kam ⟦am 3. November⟧DATE.".replacingOccurrences(of: "⟦am ", with: "am ⟦"), .german,
            values: ["2023-11-03"])
        // an assistant still looks ahead
        check("⟦14. Juni⟧DATE", .german, values: ["2025-06-14"], mode: .colloquial)
        // a month without a tense cue is the nearest one (in February, October is last October)
        check(
            "Die Zahlen für ⟦Oktober⟧DATE und ⟦April⟧DATE liegen vor.", .german, values: ["2023-10", "2024-04"],
            reference: ReferenceTime(iso: "2024-02-10")!)
        // so is a day and month without a cue (in October, 2 January is next January's)
        let october = ReferenceTime(iso: "2024-10-20")!
        check("The rule takes effect ⟦Jan. 2⟧DATE.", .english, values: ["2025-01-02"], reference: october)
        check("Die Regel gilt ab ⟦2. Januar⟧DATE.", .german, values: ["2025-01-02"], reference: october)
        check("Die Messe öffnet am ⟦2. April⟧DATE.", .german, values: ["2025-04-02"], reference: october)
    }
}
