@testable import LoupeCore
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
            guard case let .int(start)? = token["start"], case let .int(end)? = token["end"],
                case let .string(t)? = token["text"]
            else {
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
        XCTAssertTrue(
            json.hasPrefix(#"{"id":"a.txt","language":"de","ref":"2024-06-18","stats":{"characters":17,"tokens":5,"#),
            json)
    }

    func testSerialisationEscapes() {
        let value = JSONValue.object([
            ("a", .string("\"q\"\n\\ \u{01}")), ("b", .double(0.12345)), ("c", .array([.null, .bool(true), .int(-3)])),
        ])
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
        for bad in [
            "", "2024", "18.06.2024", "2024-02-30", "2023-02-29", "2024-13-01", "2024-06-18T25:00", "2024-06-18Tx",
            "2024-06-18 junk",
        ] {
            XCTAssertNil(ReferenceTime(iso: bad), bad)
        }
        XCTAssertNotNil(ReferenceTime(iso: "2024-02-29"))
    }

    /// Written as a stream, the document's JSON is the same text as the whole tree's.
    func testStreamedSerialisationIsTheSameText() throws {
        let registry = AnalyzerRegistry(CoreAnalyzers.all)
        let document = Document(text: "Ein Satz über Berlin. \"Zitat\" und Ä, ö, 👍.\n\nNoch ein Absatz.", id: "d\u{1}1")
        try registry.run(["tokens", "sentences", "stats"], on: document)
        document.recordFailure(LoupeError.noDocument(), analyzer: "x")
        for pretty in [false, true] {
            XCTAssertEqual(
                try DocumentJSON.serialized(
                    document, layers: ["tokens", "sentences", "stats", "missing"], pretty: pretty),
                try DocumentJSON.encode(document, layers: ["tokens", "sentences", "stats", "missing"]).serialized(
                    pretty: pretty))
        }
    }

    /// The text encoder writes what the tree encoder and `serialized` write for the shapes
    /// `Encodable` allows: nested and shared containers, empty ones, nil, super-encoders, escapes,
    /// numbers — compact and pretty, indented, and when handed on in tiny pieces.
    func testTextEncoderMatchesTheTreeForEveryContainerShape() throws {
        struct Inner: Encodable { var a: Int?; var b: [String] }
        struct Shapes: Encodable {
            enum Keys: String, CodingKey { case plain, nested, list, empty, none, inner, sup, doubles, emptyList, deep }
            enum More: String, CodingKey { case x, y }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode("q\"\\\n\u{1}é", forKey: .plain)
                var nested = c.nestedContainer(keyedBy: More.self, forKey: .nested)
                try nested.encode(1, forKey: .x)
                var list = c.nestedUnkeyedContainer(forKey: .list)
                try list.encode(true)
                try list.encodeNil()
                var innerList = list.nestedUnkeyedContainer()
                try innerList.encode(2.5)
                var innerObject = list.nestedContainer(keyedBy: More.self)
                try innerObject.encode(-7, forKey: .y)
                _ = c.nestedContainer(keyedBy: More.self, forKey: .empty)
                try c.encodeNil(forKey: .none)
                try c.encode([Inner(a: nil, b: []), Inner(a: 3, b: ["x", "y"])], forKey: .inner)
                try JSONValue.string("via super").encode(to: c.superEncoder(forKey: .sup))
                try c.encode([0.1, 1.0, 1e20, -0.00004], forKey: .doubles)
                try c.encode([Int](), forKey: .emptyList)
                try c.encode([[["a": 1]]], forKey: .deep)
                // A second keyed container from the same encoder continues the object.
                var again = encoder.container(keyedBy: More.self)
                try again.encode("shared", forKey: .x)
            }
        }
        let tree = try JSONValueEncoder().encode(Shapes())
        for pretty in [false, true] {
            for indent in pretty ? [0, 2] : [0] {
                let expected = try JSONTextEncoder.text(tree, pretty: pretty, indent: indent)
                XCTAssertEqual(try JSONTextEncoder.text(Shapes(), pretty: pretty, indent: indent), expected)
                var pieces: [String] = []
                let encoder = JSONTextEncoder(pretty: pretty, indent: indent, chunkBytes: 8) { pieces.append($0) }
                try encoder.encode(Shapes())
                XCTAssertGreaterThan(pieces.count, 3, "handed on in pieces")
                XCTAssertEqual(pieces.joined(), expected)
            }
        }
        // The text itself, written out: the tree and the stream share one writer, so they are
        // held to it, not only to each other.
        XCTAssertEqual(
            tree.serialized(),
            #"{"plain":"q\"\\\n\u0001é","nested":{"x":1},"list":[true,null,[2.5],{"y":-7}],"empty":{},"none":null,"#
                + #""inner":[{"b":[]},{"a":3,"b":["x","y"]}],"sup":"via super","doubles":[0.1,1,1e+20,0],"#
                + #""emptyList":[],"deep":[[{"a":1}]],"x":"shared"}"#)
        XCTAssertEqual(try JSONTextEncoder.text(Inner(a: nil, b: [])), #"{"b":[]}"#)
        XCTAssertEqual(try JSONTextEncoder.text([String: Int]()), "{}")
        XCTAssertEqual(try JSONTextEncoder.text(Int.min), String(Int.min))
        XCTAssertEqual(
            JSONValue.double(1e20).serialized(), "1e+20", "large numbers do not overflow the fixed-point form")
    }

    /// A sink that fails (a full disk) makes `encode` throw, after the pieces before it.
    func testTextEncoderReportsAFailingSink() {
        struct Full: Error {}
        let encoder = JSONTextEncoder(chunkBytes: 4) { _ in throw Full() }
        XCTAssertThrowsError(try encoder.encode(Array(repeating: "word", count: 100))) { XCTAssertTrue($0 is Full) }
    }
}
