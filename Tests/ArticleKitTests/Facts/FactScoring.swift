import Foundation
@testable import ArticleKit

/// An annotated fixture's expected facts, as written in `Fixtures/facts/NAME.expected.json`.
struct ExpectedFacts: Decodable {
    struct ExpectedFigure: Decodable {
        var value: Double
        var qualifier: String
        var counts: String?
        var unit: String?
    }
    var figures: [ExpectedFigure]
    var dates: [String]
    var people: [String]
    var places: [String]
    var organizations: [String]
    var sources: [String]
}

/// True, false and missed facts of one category.
struct Score: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    /// What went wrong, for the test log.
    var misses: [String] = []

    var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }

    static func + (a: Score, b: Score) -> Score {
        Score(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
              falseNegatives: a.falseNegatives + b.falseNegatives, misses: a.misses + b.misses)
    }

    var description: String {
        String(format: "P %.2f  R %.2f  (%d right, %d wrong, %d missed)", precision, recall, truePositives, falsePositives, falseNegatives)
    }
}

/// Compares extracted facts with expected ones, category by category, one-to-one.
enum FactScoring {
    static let categories = ["figures", "dates", "people", "places", "organizations", "sources"]

    static func norm(_ s: String) -> String { Gazetteer.key(s) }

    /// Greedy one-to-one matching of found items against expected ones.
    static func score<F, E>(_ found: [F], _ expected: [E], label: (F) -> String, expectedLabel: (E) -> String,
                            matches: (F, E) -> Bool) -> Score {
        var s = Score()
        var used = Array(repeating: false, count: expected.count)
        for f in found {
            if let j = expected.indices.first(where: { !used[$0] && matches(f, expected[$0]) }) {
                used[j] = true
                s.truePositives += 1
            } else {
                s.falsePositives += 1
                s.misses.append("wrong: \(label(f))")
            }
        }
        for j in expected.indices where !used[j] {
            s.falseNegatives += 1
            s.misses.append("missed: \(expectedLabel(expected[j]))")
        }
        return s
    }

    static func scores(_ facts: Facts, _ expected: ExpectedFacts) -> [String: Score] {
        func names(_ e: Entity) -> [String] { ([e.name] + e.aliases).map(norm) }
        func entities(_ list: [Entity], _ want: [String]) -> Score {
            score(list, want, label: { $0.name }, expectedLabel: { $0 }) { names($0).contains(norm($1)) }
        }
        let all = facts.people + facts.places + facts.organizations
        return [
            "figures": score(facts.figures, expected.figures,
                             label: { "\($0.text) = \($0.value) \($0.qualifier.rawValue) \($0.counts ?? $0.unit ?? "-")" },
                             expectedLabel: { "\($0.value) \($0.qualifier) \($0.counts ?? $0.unit ?? "-")" }) { f, e in
                abs(f.value - e.value) <= abs(e.value) * 1e-9 && f.qualifier.rawValue == e.qualifier
                    && f.unit == e.unit && f.counts.map(norm) == e.counts.map(norm)
            },
            "dates": score(facts.dates, expected.dates, label: { "\($0.text) = \($0.iso)" }, expectedLabel: { $0 }) { $0.iso == $1 },
            "people": entities(facts.people, expected.people),
            "places": entities(facts.places, expected.places),
            "organizations": entities(facts.organizations, expected.organizations),
            "sources": score(facts.sources, expected.sources, label: { $0.name }, expectedLabel: { $0 }) { source, want in
                let entity = all.first { $0.name == source.name }
                return (entity.map(names) ?? [norm(source.name)]).contains(norm(want))
            },
        ]
    }
}
