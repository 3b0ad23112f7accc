import Foundation
import LoupeKit
import XCTest

/// Asserts that every marked span in `marked` is exactly one token of the kind named by its
/// label: `"am ⟦19.⟧ordinal Juni"`.
public func assertTokenKinds(_ marked: String, file: StaticString = #filePath, line: UInt = #line) {
    let sample = MarkedText(marked)
    let tokens = Tokenizer.tokenize(sample.text)
    let text = Array(sample.text.utf8)
    for mark in sample.marks {
        guard let token = tokens.first(where: { $0.span == mark.span }) else {
            let overlapping = tokens.filter { $0.span.overlaps(mark.span) }
                .map { String(decoding: text[$0.span.start..<$0.span.end], as: UTF8.self) }
            XCTFail("'\(mark.text)' is not one token; got \(overlapping)", file: file, line: line)
            continue
        }
        if !mark.label.isEmpty {
            XCTAssertEqual(token.kind.name, mark.label, "kind of '\(mark.text)'", file: file, line: line)
        }
    }
}

/// Asserts that the sentences of the text are exactly the marked spans:
/// `"⟦Er kam am 19. Juni.⟧ ⟦Dann ging er.⟧"`.
public func assertSentences(_ marked: String, file: StaticString = #filePath, line: UInt = #line) {
    let sample = MarkedText(marked)
    let document = Document(text: sample.text)
    let found = document.sentences.map { document.string(for: $0.span) }
    XCTAssertEqual(found, sample.marks.map(\.text), file: file, line: line)
}

/// The texts of a text's tokens.
public func tokenTexts(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokenize(bytes).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
}

/// The folder of the shared evaluation data (`../shared/data` next to the package, or
/// `LOUPE_SHARED_DATA`), or nil when it is absent: tests that need it skip.
public func sharedDataFolder() -> URL? {
    if let env = ProcessInfo.processInfo.environment["LOUPE_SHARED_DATA"] {
        let url = URL(fileURLWithPath: env)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
    let url = packageRoot().deletingLastPathComponent().appendingPathComponent("shared/data")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}

/// A file under the shared data folder, or an XCTSkip when it is absent.
public func sharedDataFile(_ relativePath: String) throws -> URL {
    guard let folder = sharedDataFolder() else { throw XCTSkip("../shared/data is not here (users do not have it)") }
    let url = folder.appendingPathComponent(relativePath)
    guard FileManager.default.fileExists(atPath: url.path) else {
        throw XCTSkip("\(relativePath) is not in ../shared/data")
    }
    return url
}

/// The package's root folder (where Package.swift is).
public func packageRoot(from file: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: file)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}
