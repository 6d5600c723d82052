import Testing
@testable import ArticleKit

/// A person named with the body they belong to in one capitalised run is two names.
@Suite("A person and their body in one run")
struct PersonAffiliationTests {
    func facts(_ body: String, _ language: Language) -> Facts { FactRecallTests.excerpt(body, language) }

    @Test func aPersonBeforeTheirUniversityOrFoundationIsAPersonAndABody() {
        let it = facts("Il bando è stato presentato ieri dal professor Mario Bianchi dell'Università di Pisa e da Giulia Verdi della Fondazione Cariplo, davanti a tutti.", .italian)
        let people = it.people.map(\.name)
        let bodies = it.organizations.map(\.name)
        for name in ["Mario Bianchi", "Giulia Verdi"] { #expect(people.contains(name), "\(name) in \(people)") }
        #expect(bodies.contains("Università di Pisa") && bodies.contains("Fondazione Cariplo"), "\(bodies)")
        #expect(!bodies.contains { $0.hasPrefix("Mario") || $0.hasPrefix("Giulia") }, "\(bodies)")
    }

    @Test func aCandidateBeforeTheirPartyIsAPerson() {
        let en = facts("Among the contestants are four women, and Elizabeth Isa of Change Advocacy Party is the youngest of them.", .english)
        #expect(en.people.map(\.name).contains("Elizabeth Isa"), "\(en.people.map(\.name))")
        #expect(en.organizations.map(\.name).contains("Change Advocacy Party"), "\(en.organizations.map(\.name))")
    }

    @Test func aBodyNamedAfterAPersonStaysOneBody() {
        // The body's head word comes first: the person's name is part of its name.
        let es = facts("El estudio lo firmó la Universidad Pablo de Olavide de Sevilla junto con otros centros.", .spanish)
        #expect(es.people.isEmpty, "\(es.people.map(\.name))")
    }
}
