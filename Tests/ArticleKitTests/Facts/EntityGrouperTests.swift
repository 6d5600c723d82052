import Testing
@testable import ArticleKit

/// Grouping name candidates into entities (issue 11): a bare organisation word is a body by its
/// capital only where the capital says something.
@Suite("Entity grouping")
struct EntityGrouperTests {
    func organizations(_ body: String, _ language: Language) -> [String] {
        FactRecallTests.excerpt(body, language).organizations.map(\.name)
    }

    @Test func aBareBodyWordAtASentenceStartIsNoBody() {
        let orgs = organizations("The call came in at night. Police were sent to the house on Elm Street, and the neighbours watched.", .english)
        #expect(!orgs.contains("Police"), "\(orgs)")
    }

    @Test func aBareBodyWordInGermanIsNoBody() {
        let orgs = organizations("Wie die Polizei in Potsdam mitteilte, wurde bei dem Unfall niemand verletzt.", .german)
        #expect(!orgs.contains("Polizei"), "\(orgs)")
    }

    @Test func aBareBodyWordInsideAnItalianSentenceIsTheBody() {
        let orgs = organizations("Il piano è stato approvato ieri dalla Regione, che lo finanzia per intero.", .italian)
        #expect(orgs.contains("Regione"), "\(orgs)")
    }

    @Test func aBareBodyWordThatSpeaksIsTheBody() {
        let orgs = organizations("Gli imputati sono tre. La Procura contesta il falso ideologico per i verbali del 2019.", .italian)
        #expect(orgs.contains("Procura"), "\(orgs)")
    }

    @Test func aBareBodyWordAloneInATableCellIsALabel() {
        let md = "# Dati\n\nIl file elenca i luoghi censiti nel registro regionale.\n\n| campo | descrizione |\n| --- | --- |\n| cod_reg | Codice regionale ISTAT del Comune |\n| indirizzo | Via e numero |\n"
        let orgs = FactExtractor.extract(parse(md)).organizations.map(\.name)
        #expect(!orgs.contains("Comune"), "\(orgs)")
    }
}
