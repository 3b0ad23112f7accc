import Foundation
import LoupeKit
import XCTest

/// The analyzer conformance kit: every analyzer — built-in, declarative, external, scaffolded —
/// is run through the same checks on texts that break naive code.
///
/// - It runs on German and English news, empty text, only whitespace, emoji sequences and
///   combining marks, right-to-left scripts, a 20,000-letter token, and stray quotation marks,
///   with the language detected and forced to each of de and en.
/// - Every JSON object with `start`/`end` must lie inside the text (code points, start ≤ end),
///   and its `text`, when given, must equal the text at those offsets (so no span cuts a
///   character in two).
/// - The layer must adopt every capability its descriptor `provides`, and the spans of the
///   capabilities it adopts must lie inside the text, on character boundaries.
/// - Output must be stable: a second run on a fresh document gives the same JSON.
/// - Rendering for the terminal must not fail.
public enum AnalyzerConformance {
    public static let texts: [(name: String, text: String)] = [
        (
            "german news",
            "Der russische Präsident Wladimir Putin traf am 19. Juni in Pjöngjang ein. „Wir werden siegen“, sagte er. Die NATO kritisierte den Besuch scharf."
        ),
        (
            "english news",
            "President Joe Biden met Chancellor Olaf Scholz in Berlin on Tuesday. \"We stand together,\" Biden said. Critics were not impressed."
        ),
        ("empty", ""),
        ("whitespace", " \n\t\n  "),
        ("emoji and combining marks", "Cafe\u{301} 👍🏽 👨‍👩‍👧 🇩🇪 Zoë said: “Ok” ✅ n\u{303}o\u{308}"),
        ("right to left", "مرحبا بالعالم. שלום עולם! Putin sagte „Ja“ (كذا)."),
        (
            "very long token",
            String(repeating: "a", count: 20_000) + " und " + String(repeating: "Ü", count: 5_000) + "."
        ),
        ("stray quotes", "„ “ » « \" ' ‚ ‘ ” ( ] [ ) …"),
    ]

    /// Runs the checks for each named analyzer; failures are reported through XCTest.
    public static func check(
        _ names: [String], in registry: AnalyzerRegistry,
        options: AnalyzerOptions = AnalyzerOptions(),
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        for name in names {
            let descriptor = try registry.descriptor(named: name)
            for (label, text) in texts {
                for language in [nil, Language.german, Language.english] {
                    if let language, !descriptor.languages.isEmpty, !descriptor.languages.contains(language) {
                        continue
                    }
                    let context = "\(name) on \(label) (\(language?.rawValue ?? "auto"))"
                    guard let first = run(name, registry, text, language, options, context, file, line),
                        let second = run(name, registry, text, language, options, context, file, line)
                    else { continue }
                    XCTAssertEqual(first, second, "\(context): output is not stable", file: file, line: line)
                }
            }
        }
    }

    private static func run(
        _ name: String, _ registry: AnalyzerRegistry, _ text: String, _ language: Language?,
        _ options: AnalyzerOptions, _ context: String, _ file: StaticString, _ line: UInt
    ) -> String? {
        let document = Document(
            text: text, id: "conformance", language: language, reference: ReferenceTime(iso: "2024-06-18"))
        do {
            try registry.run([name], on: document, options: options)
        } catch let error as LoupeError where error.code == "E004" {
            return nil  // the language was detected as one the analyzer does not support
        } catch {
            XCTFail("\(context): \(error)", file: file, line: line)
            return nil
        }
        guard let layer = document.layer(named: name) else {
            XCTFail("\(context): no layer", file: file, line: line)
            return nil
        }
        _ = layer.render(in: document, options: options.scoped(to: name)).plainText
        if let descriptor = try? registry.descriptor(named: name) {
            checkCapabilities(descriptor.provides, layer, document, context, file, line)
        }
        let json: JSONValue
        do { json = try DocumentJSON.encode(layer, of: document) } catch {
            XCTFail("\(context): encoding failed: \(error)", file: file, line: line)
            return nil
        }
        let scalars = Array(text.unicodeScalars)
        checkSpans(json, scalars, context, file, line)
        return json.serialized()
    }

    private static func checkCapabilities(
        _ provides: [LayerCapability], _ layer: any Layer, _ document: Document,
        _ context: String, _ file: StaticString, _ line: UInt
    ) {
        for capability in provides where !capability.isAdopted(by: layer) {
            XCTFail("\(context): provides \(capability) but its layer does not adopt it", file: file, line: line)
        }
        var spans: [Span] = []
        if let layer = layer as? any LabeledSpans { spans += layer.labeledItems.map(\.span) }
        if let layer = layer as? any AttributedItems {
            spans += layer.attributedItems.flatMap { [$0.span] + [$0.speaker?.span, $0.cue].compactMap { $0 } }
        }
        if let layer = layer as? any TimedItems { spans += layer.timedItems.map(\.span) }
        if let layer = layer as? any ScoredItems { spans += layer.sentenceScores.map(\.span) }
        if let layer = layer as? any PlainSpans { spans += layer.plainSpans }
        let bytes = document.utf8
        func boundary(_ offset: Int) -> Bool {
            offset == bytes.count || (offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
        }
        for span in spans where span.start < 0 || !boundary(span.start) || !boundary(span.end) {
            XCTFail(
                "\(context): capability span \(span.start)..<\(span.end) outside the text or inside a character "
                    + "(\(bytes.count) bytes)", file: file, line: line)
        }
    }

    private static func checkSpans(
        _ value: JSONValue, _ scalars: [Unicode.Scalar], _ context: String,
        _ file: StaticString, _ line: UInt
    ) {
        switch value {
        case let .array(items):
            for item in items { checkSpans(item, scalars, context, file, line) }
        case let .object(pairs):
            if let start = value["start"]?.intValue, let end = value["end"]?.intValue {
                guard 0 <= start, start <= end, end <= scalars.count else {
                    XCTFail(
                        "\(context): span \(start)..<\(end) outside the text (\(scalars.count) code points)",
                        file: file, line: line)
                    return
                }
                if let text = value["text"]?.stringValue {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[start..<end])
                    XCTAssertEqual(
                        String(view), text, "\(context): span text differs from the text at its offsets", file: file,
                        line: line)
                }
            }
            for (_, item) in pairs { checkSpans(item, scalars, context, file, line) }
        default:
            break
        }
    }
}
