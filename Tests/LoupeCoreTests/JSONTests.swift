import LoupeCore
import XCTest

final class JSONTests: XCTestCase {
    func testOffsetsAreCodePointsAndTextMatches() throws {
        let text = "Zoë 👍🏽 sagte: „Größe“ in Köln."
        let document = Document(text: text)
        let registry = AnalyzerRegistry(CoreAnalyzers.all)
        try registry.run(["tokens"], on: document)
        let json = try DocumentJSON.encode(document, layers: ["tokens"])
        guard case let .array(tokens)? = json["tokens"] else { return XCTFail("no tokens array") }
        let scalars = Array(text.unicodeScalars)
        XCTAssertFalse(tokens.isEmpty)
        for token in tokens {
            guard case let .int(start)? = token["start"], case let .int(end)? = token["end"], case let .string(t)? = token["text"] else {
                return XCTFail("bad token \(token)")
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            XCTAssertEqual(String(view), t)
        }
    }

    func testKeysKeepContractOrder() throws {
        let document = Document(text: "Das ist ein Satz.", id: "a.txt", reference: ReferenceTime(iso: "2024-06-18"))
        let registry = AnalyzerRegistry(CoreAnalyzers.all)
        try registry.run(["stats"], on: document)
        let json = try DocumentJSON.encode(document, layers: ["stats"]).serialized()
        XCTAssertTrue(json.hasPrefix(#"{"id":"a.txt","language":"de","ref":"2024-06-18","stats":{"characters":17,"tokens":5,"#), json)
    }

    func testSerialisationEscapes() {
        let value = JSONValue.object([("a", .string("\"q\"\n\\ \u{01}")), ("b", .double(0.12345)), ("c", .array([.null, .bool(true), .int(-3)]))])
        XCTAssertEqual(value.serialized(), #"{"a":"\"q\"\n\\ \u0001","b":0.1235,"c":[null,true,-3]}"#)
    }
}

final class ReferenceTimeTests: XCTestCase {
    func testParsesDatesAndDateTimes() {
        XCTAssertEqual(ReferenceTime(iso: "2024-06-18")?.description, "2024-06-18")
        let t = ReferenceTime(iso: "2013-02-12T04:30:00-02:00")
        XCTAssertEqual(t?.hour, 4)
        XCTAssertEqual(t?.utcOffset, -7200)
        XCTAssertEqual(t?.description, "2013-02-12T04:30:00-02:00")
        XCTAssertEqual(ReferenceTime(iso: "2024-06-18T14:30Z")?.utcOffset, 0)
    }

    func testRejectsMalformedAndImpossible() {
        for bad in ["", "2024", "18.06.2024", "2024-02-30", "2023-02-29", "2024-13-01", "2024-06-18T25:00", "2024-06-18Tx", "2024-06-18 junk"] {
            XCTAssertNil(ReferenceTime(iso: bad), bad)
        }
        XCTAssertNotNil(ReferenceTime(iso: "2024-02-29"))
    }

    /// Written one layer at a time, the document's JSON is the same text as the whole tree's.
    func testLayerByLayerSerialisationIsTheSameText() throws {
        let registry = AnalyzerRegistry(CoreAnalyzers.all)
        let document = Document(text: "Ein Satz über Berlin. \"Zitat\" und Ä, ö, 👍.\n\nNoch ein Absatz.", id: "d\u{1}1")
        try registry.run(["tokens", "sentences", "stats"], on: document)
        document.recordFailure(LoupeError.noDocument(), analyzer: "x")
        for pretty in [false, true] {
            XCTAssertEqual(try DocumentJSON.serialized(document, layers: ["tokens", "sentences", "stats", "missing"], pretty: pretty),
                           try DocumentJSON.encode(document, layers: ["tokens", "sentences", "stats", "missing"]).serialized(pretty: pretty))
        }
    }
}
