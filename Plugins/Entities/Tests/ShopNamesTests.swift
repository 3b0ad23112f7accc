import XCTest
@testable import LoupeEntities
import LoupeCore

/// Shops and small firms named by their owner's possessive (`ShopNames`), on sentences written for these
/// tests.
final class ShopNamesTests: XCTestCase {
    func shops(_ line: String, _ entities: [(Range<Int>, NERLabel)], _ language: Language = .english) -> [String] {
        ruled([line], language, entities, by: ShopNames.apply)
    }

    func testAPossessiveThatEndsThePhraseNamesTheBusiness() {
        XCTAssertEqual(
            shops("We had lunch at Marlowe 's and dinner at Casa Verde 's .", [(4..<5, .per), (9..<11, .loc)]),
            ["Marlowe 's=ORG", "Casa Verde 's=LOC"])
    }

    func testAPossessiveWithATradeNamesTheBusiness() {
        XCTAssertEqual(
            shops("Try Luigi 's Pizzeria or Hal 's Auto Repair downtown", [(1..<2, .per), (5..<6, .per)]),
            ["Luigi 's Pizzeria=ORG", "Hal 's Auto Repair=ORG"])
    }

    func testAPossessiveThatOwnsANounStaysOut() {
        // a noun, a number, a bracket or a name after it; German; other names
        XCTAssertEqual(
            shops(
                "Obama 's plan and Canada 's 1997 budget met Smith 's ( angry ) Labour",
                [(0..<1, .per), (4..<5, .loc), (9..<10, .per), (14..<15, .org)]),
            ["Obama=PER", "Canada=LOC", "Smith=PER", "Labour=ORG"])
        XCTAssertEqual(shops("Wir waren bei Marlowe 's .", [(3..<4, .per)], .german), ["Marlowe=PER"])
        XCTAssertEqual(shops("the Danish 's .", [(1..<2, .oth)]), ["Danish=OTH"])
    }
}
