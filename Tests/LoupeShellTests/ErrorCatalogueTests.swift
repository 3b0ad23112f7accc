import Foundation
import LoupeKit
import LoupeShell
import XCTest

/// Every error comes from a catalogue, every code means one error, and docs/errors.md is the
/// catalogues' list.
final class ErrorCatalogueTests: XCTestCase {
    /// The package's folder, found from this file; nil where the sources are not at hand.
    static let packageRoot: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) ? root : nil
    }()

    func testCodesAreUniqueAndWellFormed() {
        let entries = ErrorReference.entries
        for code in ["E001", "E205", "E301", "E701"] {
            XCTAssertTrue(entries.contains { $0.code == code }, "\(code) is listed")
        }
        var seen: [String: String] = [:]
        for entry in entries {
            XCTAssertNotNil(entry.code.wholeMatch(of: /E[0-9]{3}/), "\(entry.code) is not E followed by three digits")
            if let other = seen.updateValue(entry.summary, forKey: entry.code) {
                XCTFail("\(entry.code) is used twice: '\(other)' and '\(entry.summary)'")
            }
            for text in [entry.summary, entry.hint] {
                XCTAssertFalse(text.isEmpty || text.contains("\n"), "\(entry.code): summary and hint are one line each")
            }
        }
        XCTAssertEqual(ErrorReference.catalogues.count, Loupe.errorCatalogues.count + 1, "and the shell's catalogue")
    }

    func testAnErrorCarriesItsEntrysCodeAndHint() {
        let error = LoupeError.fileNotFound("x.txt")
        XCTAssertEqual(error.code, CoreErrors.fileNotFound.rawValue)
        XCTAssertEqual(error.hint, CoreErrors.fileNotFound.explanation.hint)
        XCTAssertEqual(
            error.description,
            "[E101] no such file: x.txt — check the path; relative paths start from the current folder")
    }

    func testDocsErrorsIsTheGeneratedList() throws {
        guard let root = Self.packageRoot else { throw XCTSkip("the package's sources are not at hand") }
        let text = try String(contentsOf: root.appendingPathComponent("docs/errors.md"), encoding: .utf8)
        XCTAssertTrue(
            text == ErrorReference.markdown() + "\n",
            "docs/errors.md is not the catalogues' list: "
                + "regenerate it with `swift run loupe errors --markdown > docs/errors.md`")
    }

    /// In the sources: a `LoupeError` is made only in a catalogue file (`…Errors.swift`), no code
    /// is written out elsewhere, and every code a catalogue file declares is listed (a catalogue
    /// missing from `Loupe.errorCatalogues` would be missing from docs/errors.md too).
    func testErrorsAreMadeOnlyInCatalogues() throws {
        guard let root = Self.packageRoot else { throw XCTSkip("the package's sources are not at hand") }
        var declared: Set<String> = []
        for folder in ["Sources", "Plugins", "examples"].map(root.appendingPathComponent) {
            let files =
                FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL } ?? []
            for file in files where file.pathExtension == "swift" && !file.path.contains("/Tests/") {
                let name = file.path.dropFirst(root.path.count + 1)
                let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                    .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                guard !file.lastPathComponent.hasSuffix("Errors.swift") else {
                    let cases = lines.compactMap { $0.firstMatch(of: /case \w+ = "(E[0-9]{3})"/) }
                    declared.formUnion(cases.map { String($0.1) })
                    continue
                }
                for line in lines {
                    XCTAssertFalse(line.contains("LoupeError("), "\(name): a LoupeError made elsewhere: " + line)
                    XCTAssertFalse(line.contains(/"E[0-9]{3}"/), "\(name): an error code outside a catalogue: " + line)
                }
            }
        }
        let listed = Set(ErrorReference.entries.map(\.code))
        XCTAssertEqual(
            declared.subtracting(listed).sorted(), [],
            "declared in a catalogue file but not listed: is its catalogue in Loupe.errorCatalogues?")
        XCTAssertEqual(listed.subtracting(declared).sorted(), [], "listed but declared in no …Errors.swift file")
    }
}
