import Testing
@testable import ArticleKit

/// Organisation names beyond a capitalised run: heads that make a body of the name with them (issue 11).
@Suite("Organisation names")
struct OrganizationNamesTests {
    func organizations(_ body: String, _ language: Language) -> [String] {
        FactRecallTests.excerpt(body, language).organizations.map(\.name)
    }

    /// A German compound made on a body's head, with a name after it, is that body.
    @Test func aGermanCompoundOnABodysHeadNamesTheBody() {
        let orgs = organizations("Die Stadtverwaltung Lindbrück hat den Antrag geprüft, und die Grundschule Oberhain bekommt ein neues Dach.", .german)
        #expect(orgs.contains("Stadtverwaltung Lindbrück"), "\(orgs)")
        #expect(orgs.contains("Grundschule Oberhain"), "\(orgs)")
    }

    /// A broadcaster is named by its medium, in any of the languages.
    @Test func aBroadcasterIsNamedByItsMedium() {
        let orgs = organizations("Il segnale di Radio Valtellina arriva forte di sera, come quello di Televisión Norteña.", .italian)
        #expect(orgs.contains("Radio Valtellina"), "\(orgs)")
        #expect(orgs.contains("Televisión Norteña"), "\(orgs)")
        // A known place in brackets after it is where it is, not its other name.
        let f = FactRecallTests.excerpt("La stazione più ricevuta resta Radio Valtellina (Bulgaria), con un segnale buono di sera.", .italian)
        #expect(f.places.map(\.name).contains("Bulgaria"), "\(f.places.map(\.name))")
        #expect(f.organizations.first { $0.name == "Radio Valtellina" }?.aliases == [], "\(f.organizations.map { ($0.name, $0.aliases) })")
    }
}
