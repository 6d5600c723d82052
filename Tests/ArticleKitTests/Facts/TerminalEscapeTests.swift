import Testing
@testable import ArticleKit

@Suite("Terminal escapes and their remnants are no facts")
struct TerminalEscapeTests {
    func length(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { TerminalEscape.length($0, at: 0, end: $0.count) }
    }

    @Test func sequencesAndRemnantsAreMeasured() {
        #expect(length("\u{1B}[1;31mRoma") == 7)
        #expect(length("\u{1B}]0;Finestra\u{07} testo") == 13)
        #expect(length("[31mTesto") == 4)
        #expect(length("[0m rimasto") == 3)
        #expect(length("[K e") == 2)
        #expect(length("]0;Ufficio Centrale\nRoma") == 19)
    }

    @Test func bracketsOfOrdinaryTextAreNoEscapes() {
        #expect(length("[Hillary]") == nil)
        #expect(length("[3m] di altezza") == nil)
        #expect(length("[1] nota") == nil)
        #expect(length("[0,1]") == nil)
        #expect(length("] e poi") == nil)
    }

    @Test func remnantsMakeNoFigureNorOrganisation() {
        let text = "Titolo della notizia\n\nSi è saputo che \u{1B}[1;31m12 soldati\u{1B}[0m sono arrivati a \u{1B}[32mRoma\u{1B}[0m. "
            + "Il testo [31m resta. Poi ]0;Ufficio Centrale\nIl sindaco Mario Rossi ha parlato con 30 persone [0m ieri.\n"
        let f = FactExtractor.extract(parse(text))
        #expect(Set(f.figures.map(\.value)) == [12, 30])
        #expect(f.organizations.isEmpty)
        #expect(f.places.map(\.name) == ["Roma"])
        #expect(f.people.map(\.name) == ["Mario Rossi"])
    }
}
