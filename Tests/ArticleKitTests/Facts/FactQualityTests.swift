import Foundation
import Testing
@testable import ArticleKit

/// Precision and recall of fact extraction over the annotated fixtures in `Fixtures/facts/`,
/// per category; both must stay at or above 0.9. The seed article is measured the same way.
@Suite("Fact extraction quality")
struct FactQualityTests {
    static let italian = ["it-gas-algeria", "it-alluvione-emilia", "it-vertice-nato"]
    static let english = ["en-chip-plant", "en-flood-pakistan", "en-rail-strike"]
    /// Written after the extractor was tuned on the fixtures above. Their first score, before any
    /// change, was figures R 0.75, places R 0.71, organisations P 0.62 R 0.50, sources R 0.64; the
    /// extractor was then improved on them too, so they are no longer truly held out.
    static let heldOut = ["it-porto-genova", "en-heatwave-spain"]

    static func load(_ name: String, text: String? = nil) throws -> (Article, ExpectedFacts) {
        let article = try ArticleLoader.parse(bytes: try fixtureBytes(text ?? "facts/\(name).txt"), path: name)
        let expected = try JSONDecoder().decode(ExpectedFacts.self, from: Data(try fixtureBytes("facts/\(name).expected.json")))
        return (article, expected)
    }

    static func report(_ title: String, _ names: [String]) throws -> [String: Score] {
        var total: [String: Score] = [:]
        for name in names {
            let (article, expected) = try load(name)
            let scores = FactScoring.scores(FactExtractor.extract(article), expected)
            for (category, score) in scores {
                total[category] = (total[category] ?? Score()) + score
                for miss in score.misses { print("  \(name) \(category) \(miss)") }
            }
        }
        print("\(title):")
        for category in FactScoring.categories { print("  \(category.padding(toLength: 14, withPad: " ", startingAt: 0)) \(total[category]!)") }
        return total
    }

    @Test func precisionAndRecallOnTheFixtures() throws {
        _ = try Self.report("Italian fixtures", Self.italian)
        _ = try Self.report("English fixtures", Self.english)
        _ = try Self.report("Later fixtures", Self.heldOut)
        let total = try Self.report("All fixtures", Self.italian + Self.english + Self.heldOut)
        for category in FactScoring.categories {
            let score = try #require(total[category])
            #expect(score.precision >= 0.9, "precision of \(category): \(score)")
            // Places: the entries added to the hand list for these fixtures (Mar Ligure, Pireo,
            // Mediterraneo, Nord Africa, Britain) went with it (issue 11); the open data lacks them.
            #expect(score.recall >= (category == "places" ? 0.85 : 0.9), "recall of \(category): \(score)")
        }
    }

    @Test func precisionAndRecallOnTheSeed() throws {
        let (article, expected) = try Self.load("seed", text: "parsing/seed.txt")
        let scores = FactScoring.scores(FactExtractor.extract(article), expected)
        print("Seed article:")
        for category in FactScoring.categories {
            let score = try #require(scores[category])
            print("  \(category.padding(toLength: 14, withPad: " ", startingAt: 0)) \(score)")
            for miss in score.misses { print("    \(miss)") }
            #expect(score.precision >= 0.9, "precision of \(category) on the seed: \(score)")
            #expect(score.recall >= 0.9, "recall of \(category) on the seed: \(score)")
        }
    }
}
