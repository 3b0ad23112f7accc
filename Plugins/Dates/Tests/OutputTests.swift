import XCTest
import LoupeCore
@testable import LoupeDates
@testable import LoupeDatesTools

final class OutputTests: DatesTestCase {
    func layer(_ text: String, _ language: Language, ref: String = "2024-06-18", mode: DatesMode = .news) -> (
        Document, DatesLayer
    ) {
        let reference = ReferenceTime(iso: ref)!
        let d = Document(text: text, language: language, reference: reference)
        let context = AnalysisContext(
            language: language, reference: reference, options: AnalyzerOptions(["mode": mode.rawValue]))
        return (d, try! DatesAnalyzer().analyze(d, context: context) as! DatesLayer)
    }

    func testJSONFollowsTheContract() throws {
        // (to an assistant `am Dienstag` said on a Tuesday is next week's)
        let (d, l) = layer("Öffnung vom 19. bis 20. Juni, am Dienstag.", .german, mode: .colloquial)
        let json = try JSONValueEncoder(userInfo: [.loupeDocument: d]).encode(l).serialized(pretty: false)
        XCTAssertEqual(
            json,
            #"[{"start":12,"end":28,"text":"19. bis 20. Juni","type":"DATE","value":"2024-06-19","range":{"begin":"2024-06-19","end":"2024-06-20"}},{"start":33,"end":41,"text":"Dienstag","type":"DATE","value":"2024-06-25"}]"#
        )
        // TimeML's mod and quant: "Anfang Mai" START, "etwa drei Jahre" APPROX, "jeden Montag" a SET of every Monday.
        let (e, m) = layer("Anfang Mai, seit etwa drei Jahren und jeden Montag.", .german)
        let tml = try JSONValueEncoder(userInfo: [.loupeDocument: e]).encode(m).serialized(pretty: false)
        XCTAssertEqual(
            tml,
            #"[{"start":0,"end":10,"text":"Anfang Mai","type":"DATE","value":"2024-05","mod":"START","range":{"begin":"2024-05-01","end":"2024-05-10"}},{"start":17,"end":33,"text":"etwa drei Jahren","type":"DURATION","value":"P3Y","mod":"APPROX"},{"start":38,"end":50,"text":"jeden Montag","type":"SET","value":"XXXX-WXX-1","quant":"EVERY"}]"#
        )
    }

    func testTableShowsDatesInWords() {
        let (d, l) = layer("Er kommt am Dienstag.", .german)
        let de = l.render(in: d, options: AnalyzerOptions()).plainText
        XCTAssertTrue(de.contains("Di 18. Juni 2024"), de)
        let (e, m) = layer("He arrives on Tuesday.", .english)
        let en = m.render(in: e, options: AnalyzerOptions()).plainText
        XCTAssertTrue(en.contains("Tue 18 June 2024"), en)
        XCTAssertTrue(en.contains("expression") && en.contains("value"), en)
    }

    func testTimeMLExport() {
        let (d, l) = layer("Am Dienstag & danach: fast ein Vierteljahrhundert.", .german)
        let xml = TimeML.export(document: d, layer: l)
        XCTAssertTrue(
            xml.contains(#"<DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-18" functionInDocument="CREATION_TIME">"#),
            xml)
        XCTAssertTrue(
            xml.contains(
                #"<TEXT>Am <TIMEX3 tid="t1" type="DATE" value="2024-06-18">Dienstag</TIMEX3> &amp; danach: <TIMEX3 tid="t2" type="DURATION" value="P25Y" mod="LESS_THAN">fast ein Vierteljahrhundert</TIMEX3>.</TEXT>"#
            ), xml)
    }

    func testSurvivesOddInput() {
        for text in ["", "   ", "🙂🙂 am 👍 Montag", "e\u{301}te\u{301} 2024", "שלום 12:00", "\n\n"] {
            let (d, l) = layer(text, .german)
            for e in l.expressions { XCTAssertTrue(e.span.end <= d.utf8.count && e.span.start < e.span.end) }
        }
    }

    func testEvaluationScoring() {
        let ref = ReferenceTime(iso: "2013-02-12T04:30:00-02:00")!
        let ok = DatesEvaluation.judge(
            id: "a", text: "morgen", language: .german, reference: ref,
            expected: ["type": "value", "value": "2013-02-13T00:00:00-02:00", "grain": "day"])
        XCTAssertTrue(ok.ok, ok.got)
        let wrong = DatesEvaluation.judge(
            id: "b", text: "gestern", language: .german, reference: ref,
            expected: ["type": "value", "value": "2013-02-13T00:00:00-02:00", "grain": "day"])
        XCTAssertFalse(wrong.ok)
        let interval = DatesEvaluation.judge(
            id: "c", text: "13 bis 15 Juli", language: .german, reference: ref,
            expected: [
                "type": "interval", "from": "2013-07-13T00:00:00-02:00", "to": "2013-07-16T00:00:00-02:00",
                "grain": "day",
            ],
            mode: .colloquial)
        XCTAssertTrue(interval.ok, interval.got)
        let negative = DatesEvaluation.judge(
            id: "d", text: "ein Angebot", language: .german, reference: ref, expected: nil)
        XCTAssertTrue(negative.ok)
    }
}
