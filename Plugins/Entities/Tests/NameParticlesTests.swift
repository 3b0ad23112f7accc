import XCTest
@testable import LoupeEntities
import LoupeCore

/// Surnames with a particle in lower case (`NameParticles`), on sentences written for these tests.
final class NameParticlesTests: XCTestCase {
    func relabel(_ line: String, _ entities: [(Range<Int>, NERLabel)]) -> [String] {
        relabelled(line, entities) { found, text in
            NameParticles.apply(found, tokenCount: line.split(separator: " ").count, text: text)
        }
    }

    func testAParticleJoinsTheSurname() {
        XCTAssertEqual(
            relabel("Pieter van der Merwe und Ana dos Reis kamen", [(0..<1, .per), (3..<4, .loc), (5..<6, .per)]),
            ["Pieter van der Merwe=PER", "Ana dos Reis=PER"])
    }

    func testArticlesAndPrepositionsAreNoParticles() {
        XCTAssertEqual(
            relabel(
                "Ina Roth von der CDU und Ina Roth der Stadt Kassel",
                [(0..<2, .per), (4..<5, .org), (6..<8, .per), (10..<11, .loc)]),
            ["Ina Roth=PER", "CDU=ORG", "Ina Roth=PER", "Kassel=LOC"])
    }
}
