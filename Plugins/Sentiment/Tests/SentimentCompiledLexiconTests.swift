import Foundation
import LoupeCore
import XCTest
@testable import LoupeSentiment

final class SentimentCompiledLexiconTests: XCTestCase {
    func shipped() throws -> Data {
        let url = try XCTUnwrap(
            BuiltinLexicon.url(CompiledLexicon.name, CompiledLexicon.ext, CompiledLexicon.folder),
            "Resources/compiled/sentiment.lexicon is missing: run scripts/build-sentiment-lexicon.sh")
        return try Data(contentsOf: url)
    }

    /// The shipped file is derived data: rebuilding it from the shipped sources gives the same bytes.
    func testShippedFileIsInSyncWithItsSources() throws {
        let sources = try LexiconSources.bundled()
        let rebuilt = try CompiledLexicon.encode(try BuiltinLexicon.build(from: sources), digest: sources.digest)
        XCTAssertTrue(
            rebuilt == (try shipped()),
            "stale: run scripts/build-sentiment-lexicon.sh (and bump generatorVersion if the code changed)")
    }

    /// Reading loses nothing: the decoded lexicon encodes to the same bytes and looks words up
    /// as the one built from the sources does.
    func testDecodingIsLossless() throws {
        let sources = try LexiconSources.bundled()
        let data = try shipped()
        let decoded = try CompiledLexicon.decode(data, digest: sources.digest)
        XCTAssertTrue(try CompiledLexicon.encode(decoded, digest: sources.digest) == data)
        let built = try BuiltinLexicon.build(from: sources)
        func lookUp(_ lexicon: SentimentLexicon, _ word: String, german: Bool) -> String {
            let language = german ? lexicon.german : lexicon.english
            guard let entry = language.entry(TokenKey.hash(word, folding: .all)) else { return "-" }
            let lemma = entry.lemma < 0 ? "" : language.lemmas[Int(entry.lemma)]
            return "\(entry.valence) \(entry.booster) \(entry.roles.rawValue) \(lemma)"
        }
        for (word, german) in [
            ("Sanktionen", true), ("gelobt", true), ("nicht", true), ("sehr", true), ("undermining", false),
            ("good", false), ("not", false), ("zzzunknown", false),
        ] {
            XCTAssertEqual(lookUp(decoded, word, german: german), lookUp(built, word, german: german), word)
        }
        XCTAssertNotNil(
            decoded.german.entry(TokenKey.hash("Sanktionen", folding: .all)), "generated forms are in the file")
    }

    /// A file built from other sources, or a damaged one, is refused (the analyzer then builds
    /// from the sources).
    func testStaleOrDamagedFilesAreRefused() throws {
        let sources = try LexiconSources.bundled()
        let data = try shipped()
        var changed = sources
        changed.germanNews.append(contentsOf: Array("Zwiebelkuchen\t3\n".utf8))
        XCTAssertNotEqual(changed.digest, sources.digest)
        XCTAssertThrowsError(try CompiledLexicon.decode(data, digest: changed.digest))
        var withoutAfinn = sources
        withoutAfinn.afinn = nil
        XCTAssertNotEqual(withoutAfinn.digest, sources.digest)
        XCTAssertThrowsError(try CompiledLexicon.decode(data.prefix(data.count - 1), digest: sources.digest))
        XCTAssertThrowsError(try CompiledLexicon.decode(data + Data([0]), digest: sources.digest))
        XCTAssertThrowsError(try CompiledLexicon.decode(Data("LOUPESNT".utf8), digest: sources.digest))
    }
}
