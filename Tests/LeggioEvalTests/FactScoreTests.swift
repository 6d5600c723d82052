import Foundation
import Testing
import ArticleKit
@testable import leggio_eval

@Suite("Facts scored against a key")
struct FactScoreTests {
    /// A found source takes the keyed form it equals before one that only holds it, whatever
    /// the order the sources were found in.
    @Test func anEqualFormIsTakenBeforeOneThatHoldsIt() {
        let keyed = [CorpusKey.NameGroup(forms: ["Bloomberg survey of economists"]), CorpusKey.NameGroup(forms: ["economists"])]
        let count = FactScore.names([["economists"], ["Bloomberg"]], keyed, wholeWords: true)
        #expect(count.matched == 2)
        #expect(count.wrong.isEmpty)
        #expect(count.missed.isEmpty)
    }

    @Test func withoutWholeWordsOnlyEqualFormsMatch() {
        let count = FactScore.names([["Bloomberg"], ["economists"]], [CorpusKey.NameGroup(forms: ["Bloomberg survey"])])
        #expect(count.matched == 0)
        #expect(count.wrong == ["Bloomberg", "economists"])
        #expect(count.missed == ["Bloomberg survey"])
    }

    /// A keyed source naming a person with their body's title is that person's.
    @Test func aSourceHoldingAPersonAndABodyIsThePersons() throws {
        let json = #"{"people": [["Thomas Oates", "Oates"]], "organisations": ["Woonsocket police"], "sources": ["Woonsocket Police Chief Thomas Oates", "Oates"]}"#
        let key = try JSONDecoder().decode(CorpusKey.FactKey.self, from: Data(json.utf8))
        #expect(FactScore.sourceGroups(key).map(\.forms) == [["Woonsocket Police Chief Thomas Oates", "Oates"]])
    }

    /// An acronym keyed apart from the name it abbreviates is one organisation with it: the
    /// extractor's entity with both forms matches once, and nothing is missed.
    @Test func anAcronymKeyedApartFromItsNameIsOneOrganisation() throws {
        let json = #"{"organisations": ["Food and Drug Administration", "FDA", "Bureau of Meteorology", "BoM", "NASA"]}"#
        let key = try JSONDecoder().decode(CorpusKey.FactKey.self, from: Data(json.utf8))
        #expect(FactScore.organizationGroups(key.organisations).map(\.forms)
                == [["Food and Drug Administration", "FDA"], ["Bureau of Meteorology", "BoM"], ["NASA"]])
        var facts = Facts()
        facts.organizations = [Entity(kind: .organization, name: "Food and Drug Administration", aliases: ["FDA"], mentions: [])]
        let count = FactScore(facts: facts, key: key).counts[.organisations]!
        #expect(count.matched == 1)
        #expect(count.missed == ["Bureau of Meteorology", "NASA"])
    }
}
