import Testing
@testable import ArticleKit

@Suite("Dates, names, aliases and sources")
struct DateAndNameTests {
    func facts(_ body: String) -> Facts {
        FactExtractor.extract(parse("Titolo\n\n" + body + "\n"))
    }

    @Test func dates() {
        let it = facts("Il governo ha deciso martedì 24 novembre 2026 di rinviare, come previsto nel 2025 e a marzo 2027, con scadenza 2026-12-01 o il 3/4/2027. La commissione aveva già discusso del tema.")
        // A year alone (nel 2025) is no calendar date.
        #expect(it.dates.map(\.iso) == ["2026-11-24", "2027-03", "2026-12-01", "2027-04-03"])
        #expect(it.dates.first?.text == "martedì 24 novembre 2026")
        let en = facts("The council met on Tuesday, November 24, 2026 and again on 3rd December 2026, the meeting said. The members of the council agreed with the mayor.")
        #expect(en.dates.map(\.iso) == ["2026-11-24", "2026-12-03"])
        #expect(en.dates.first?.text == "Tuesday, November 24, 2026")
    }

    @Test func sentenceInitialCapitalsAreNotNamesByThemselves() {
        let f = facts("Recentemente la situazione è cambiata. Tuttavia Questo accordo non basta. Infatti il governo tace.")
        #expect(f.people.isEmpty && f.places.isEmpty && f.organizations.isEmpty)
    }

    @Test func surnamesAndDeclaredAliasesJoinTheirFullName() {
        let f = facts("Vladimir Putin ha incontrato Kim Jong-un a Mosca. Putin ha detto che l’intesa regge, e Kim ha sorriso. L’Agenzia di spionaggio di Seul, nota come Nis, ha fornito stime sulle perdite. Il Nis ha riferito che le truppe sono stanche.")
        let putin = f.people.first { $0.name == "Vladimir Putin" }
        #expect(putin?.aliases == ["Putin"])
        #expect(putin?.mentions.count == 2)
        #expect(f.people.first { $0.name == "Kim Jong-un" }?.aliases == ["Kim"])
        let nis = f.organizations.first { $0.name == "Agenzia di spionaggio di Seul" }
        #expect(nis?.aliases == ["Nis"])
        #expect(nis?.mentions.count == 3)
        // Seul inside the agency's name is no place of its own (the corpus keys' rule: Lecce of Asl di Lecce).
        #expect(f.places.map(\.name).sorted() == ["Mosca"])
        #expect(f.sources.map(\.name) == ["Vladimir Putin", "Agenzia di spionaggio di Seul"])
        #expect(f.sources.last?.claims.map(\.text) == ["stime sulle perdite", "le truppe sono stanche"])
    }

    @Test func lowerCaseOrganisationsAndMetonyms() {
        let f = facts("Il ministero della Difesa sudcoreano ha ammesso che Pyongyang ha inviato armi a Mosca. Il ministero ha anche avvertito che il Cremlino tace. Secondo Kiev, le perdite sono gravi.")
        let ministry = f.organizations.first { $0.name == "ministero della Difesa sudcoreano" }
        #expect(ministry?.mentions.count == 2)
        #expect(f.organizations.contains { $0.name == "Cremlino" })
        #expect(f.places.map(\.name) == ["Pyongyang", "Mosca", "Kiev"])
        #expect(f.sources.map(\.name) == ["ministero della Difesa sudcoreano", "Kiev"])
        #expect(f.sources.first?.claims.map(\.text) == ["Pyongyang ha inviato armi a Mosca", "il Cremlino tace"])
        #expect(f.sources.last?.claims.map(\.text) == ["le perdite sono gravi"])
    }

    @Test func englishSources() {
        let f = facts("According to the Commerce Department, the plant qualifies for grants. South Korea's trade ministry said on Wednesday that Seoul would offer credits. Prices will rise, Commerce Secretary Gina Raimondo said.")
        #expect(f.sources.map(\.name) == ["Commerce Department", "South Korea's trade ministry", "Gina Raimondo"])
        #expect(f.sources.map { $0.claims.first?.text } == ["the plant qualifies for grants", "Seoul would offer credits", "Prices will rise"])
    }
}
