import Testing
@testable import ArticleKit

/// People the dev documents of the corpus showed missed, in short excerpts shaped like them
/// (issue 11): given names from the whole of the name data, surname particles, roles.
@Suite("People found on real articles")
struct PeopleRecallTests {
    func facts(_ body: String, _ language: Language) -> Facts { FactRecallTests.excerpt(body, language) }

    func people(_ f: Facts) -> [String] { f.people.map(\.name) }

    @Test func givenNamesOfEveryCountryOfTheNameTableCount() {
        // Goran, Zoran, Jørgen: names of the Balkans and Scandinavia in the name table.
        let f = facts("Ieri sera Goran Pandev ha lasciato il club, e con lui anche Jørgen Strand e Zoran Tošić.", .italian)
        for name in ["Goran Pandev", "Jørgen Strand", "Zoran Tošić"] { #expect(people(f).contains(name), "\(name) in \(people(f))") }
        // A name of those countries that is also a common word is left out (`Even`, Norwegian).
        let g = FactExtractor.standard.gazetteer
        #expect(!g.givenNames.contains("even") && !g.givenNames.contains("era"))
    }
}
