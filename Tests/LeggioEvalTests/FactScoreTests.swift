import Foundation
import Testing
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
}
