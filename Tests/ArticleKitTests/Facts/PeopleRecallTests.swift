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

    @Test func lowerCaseParticlesAfterAGivenNameOpenTheSurname() {
        // Two particles (von der, van der, de la), or one only a surname takes (ter), after a given
        // name; a hyphenated given name counts when each part is one (Anna-Lena).
        let en = facts("The plan was backed yesterday by Ursula von der Leyen and by Hans van der Berg, while Anna-Lena ter Horst voted against it.", .english)
        for name in ["Ursula von der Leyen", "Hans van der Berg", "Anna-Lena ter Horst"] { #expect(people(en).contains(name), "\(name) in \(people(en))") }
        // A body after the particles is not the surname: the biologist and her university.
        let es = facts("El equipo de la bióloga Ana Pérez de la Universidad de Granada y José de la Cruz lo han confirmado.", .spanish)
        #expect(people(es).contains("Ana Pérez") && people(es).contains("José de la Cruz"), "\(people(es))")
        #expect(es.organizations.map(\.name).contains("Universidad de Granada"), "\(es.organizations.map(\.name))")
    }

    @Test func aRoleOrItsAbbreviationBeforeASurnameMakesAPerson() {
        // A title's abbreviation and its dot (Dr., Mr., Mons.) announce the name as the title does.
        let en = facts("The report was written by Dr. Smithers and read by Mr. Burns at the plant.", .english)
        for name in ["Smithers", "Burns"] { #expect(people(en).contains(name), "\(name) in \(people(en))") }
        // Clergy, the courts, kin: roles before a surname alone.
        let it = facts("In aula l'arcivescovo Delpini ha incontrato il magistrato Tarantola, poi Mons. Ravasi ha salutato lo zio Peppino.", .italian)
        for name in ["Delpini", "Tarantola", "Ravasi", "Peppino"] { #expect(people(it).contains(name), "\(name) in \(people(it))") }
    }

    @Test func aNameAfterTheComplementOfAnOfficeIsThePerson() {
        // ministre de la Culture Catherine Pégard: the office's complement, then the person; the
        // office alone (la ministre du Travail, …) names no one.
        let f = facts("Jeudi, la ministre de la Culture Catherine Pégard a rencontré la ministre du Travail, qui a parlé.", .french)
        #expect(people(f) == ["Catherine Pégard"], "\(people(f))")
    }

    @Test func aRoleCompoundBeforeANameMakesAPerson() {
        // A title after a hyphen (Vereins-Präsident), and in German a compound ending in one
        // (Mitorganisator), announce the person even when the given name is not in the name data.
        let de = facts("Am Abend stellte Mitorganisator Donatus Krämer die Fragen, und Vereins-Präsident Uli Brenner schwieg.", .german)
        for name in ["Donatus Krämer", "Uli Brenner"] { #expect(people(de).contains(name), "\(name) in \(people(de))") }
        // An office and its adjective before the complement: la secrétaire générale de la CGT Sophie Binet.
        let fr = facts("Dimanche, la secrétaire générale de la CGT Sophie Binet a prévenu les salariés.", .french)
        #expect(people(fr).contains("Sophie Binet"), "\(people(fr))")
    }

    @Test func aGivenNameBeforeTheWordOfAPlaceOrAPrizeIsNoPerson() {
        // Charles County, Albert Park, James Beard Award: the last word names a place, a prize, a team.
        let f = facts("Police swarmed Albert Park on Monday while deputies in Charles County waited; the James Beard Award went to Maria Lopez and the Go Security Team helped.", .english)
        for name in ["Albert Park", "Charles County", "James Beard Award", "Go Security Team"] {
            #expect(!people(f).contains(name), "\(name) in \(people(f))")
        }
        #expect(people(f).contains("Maria Lopez"), "\(people(f))")
    }

    @Test func aGivenNameBeforeTheWordOfAVenueOrAnHonourIsNoPerson() {
        // A centre, a theatre, a library, a hotel, a memorial, a scholarship, a championship.
        let f = facts("The gala moved from the Marian Anderson Theater to the Anna Jarvis Center, and Maria Lopez won the Henry Luce Scholarship.", .english)
        for name in ["Marian Anderson Theater", "Anna Jarvis Center", "Henry Luce Scholarship"] {
            #expect(!people(f).contains(name), "\(name) in \(people(f))")
        }
        #expect(people(f).contains("Maria Lopez"), "\(people(f))")
    }

    @Test func aNameGivenToABuildingIsNoPerson() {
        // The building's noun in lower case before the name (it, fr), or after it in English.
        let it = facts("La partita si è giocata allo stadio Giuseppe Meazza, mentre il concerto di Mario Rossi era al teatro Carlo Felice.", .italian)
        #expect(people(it) == ["Mario Rossi"], "\(people(it))")
        let fr = facts("La rencontre a eu lieu au lycée Victor Hugo, puis au stade Pierre Mauroy avec Marie Dupont.", .french)
        #expect(people(fr) == ["Marie Dupont"], "\(people(fr))")
        let en = facts("Fans waited at the Charles de Gaulle airport for John Smith on Monday.", .english)
        #expect(people(en) == ["John Smith"], "\(people(en))")
    }

    @Test func aGivenNameRightAfterAnArticleNamesAThing() {
        // A ship, a phrase: an article before the name and no noun after it.
        let it = facts("Dopo il naufragio dell'Andrea Doria, Mario Rossi ha raccontato la traversata ai giornalisti.", .italian)
        #expect(people(it) == ["Mario Rossi"], "\(people(it))")
        let en = facts("They survived by the Grace of God, John Smith said on Monday.", .english)
        #expect(people(en) == ["John Smith"], "\(people(en))")
        // Before a noun the name is the person's; after a feminine article, a woman's.
        let en2 = facts("Critics of the Donald Trump plan met on Monday in the city.", .english)
        #expect(people(en2) == ["Donald Trump"], "\(people(en2))")
        let it2 = facts("La gara è stata un testa a testa con la Stefanie Manivoz fino all'arrivo in città.", .italian)
        #expect(people(it2) == ["Stefanie Manivoz"], "\(people(it2))")
    }
}
