import Foundation
import Testing
@testable import leggio_eval

@Suite("spaCy's names as a reader would list them")
struct PeerNamesTests {
    @Test func leadingTheAndPossessivesAreCut() {
        #expect(PeerNames.cleaned("the European Union") == "European Union")
        #expect(PeerNames.cleaned("The  Fed") == "Fed")
        #expect(PeerNames.cleaned("David Lehrer's") == "David Lehrer")
        #expect(PeerNames.cleaned("Charlie Trotter’s") == "Charlie Trotter")
        #expect(PeerNames.cleaned("The") == "The")
        #expect(PeerNames.cleaned("Theresa May") == "Theresa May")
    }

    @Test func eachNameOnceWhateverItsCase() {
        #expect(PeerNames.grouped(["Brussels", "BRUSSELS", "the Kremlin", "Kremlin"]) == [["Brussels"], ["Kremlin"]])
    }

    @Test func surnamesAndFirstNamesJoinTheFullNameOnlyForPeople() {
        let people = PeerNames.grouped(["Putin", "Vladimir Putin", "Kim Jong-un", "Kim", "Vladimir", "Powell"], partsOfNames: true)
        #expect(people == [["Vladimir Putin", "Putin", "Vladimir"], ["Kim Jong-un", "Kim"], ["Powell"]])
        #expect(PeerNames.grouped(["York", "New York"]) == [["York"], ["New York"]])
    }

    @Test func scoredByTheSameRulesAsLeggio() throws {
        let key = try JSONDecoder().decode(CorpusKey.FactKey.self, from: Data("""
            {"people": [["Vladimir Putin", "Putin"], "Angela Merkel"], "places": ["Brussels"], "organisations": ["European Union"]}
            """.utf8))
        let peer = PeerDocument(id: "a", people: ["Vladimir Putin", "Putin", "Obama"], places: ["Brussels", "Moscow"],
                                organisations: ["the European Union"])
        let score = FactScore(peer: peer, key: key)
        let people = try #require(score.counts[.people])
        #expect((people.matched, people.found, people.keyed) == (1, 2, 2))
        #expect(people.wrong == ["Obama"] && people.missed == ["Angela Merkel"])
        #expect(score.counts[.places]?.matched == 1 && score.counts[.places]?.found == 2)
        #expect(score.counts[.organisations]?.matched == 1)
        #expect(score.counts[.sources] == nil)
    }
}
