import Testing
@testable import ArticleKit

/// Organisation names beyond a capitalised run: heads that make a body of the name with them,
/// where a name ends, and one body's short form (issue 11).
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

    /// French and Spanish heads of public offices, courts and assemblies make a body of the name with them.
    @Test func frenchAndSpanishHeadsNameABody() {
        let es = organizations("El Juzgado de Instrucción de Soria ha recibido el informe que la Consejería de Sanidad envió ayer.", .spanish)
        #expect(es.contains { $0.hasPrefix("Juzgado de Instrucción") }, "\(es)")
        #expect(es.contains("Consejería de Sanidad"), "\(es)")
        let fr = organizations("Le dossier a été transmis mardi à la Préfecture du Morbihan par les pompiers.", .french)
        #expect(fr.contains("Préfecture du Morbihan"), "\(fr)")
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

    /// Italian national bodies and the press's broadcasters come from the hand list, whole
    /// (`Camera dei deputati`, not `Camera`).
    @Test func nationalBodiesAndBroadcastersAreListed() {
        let orgs = organizations("Il decreto è passato alla Camera dei deputati e poi al Consiglio dei ministri, secondo quanto riferisce Deutsche Welle.", .italian)
        for name in ["Camera dei deputati", "Consiglio dei ministri", "Deutsche Welle"] { #expect(orgs.contains(name), "\(name) in \(orgs)") }
    }

    /// Offices of the Italian state written in lower case head a body with the place they serve.
    @Test func lowerCaseItalianOfficesHeadABody() {
        let orgs = organizations("La prefettura di Brindisi ha convocato il tavolo, e la questura di Lecce ha rafforzato i controlli.", .italian)
        #expect(orgs.contains("prefettura di Brindisi"), "\(orgs)")
        #expect(orgs.contains("questura di Lecce"), "\(orgs)")
    }

    /// An English deliberative body's name goes on with `on` and its subject.
    @Test func aCommitteeIsNamedWithWhatItIsOn() {
        let orgs = organizations("The bill was sent to the Senate Committee on Appropriations last week, and a vote is expected soon.", .english)
        #expect(orgs.contains("Senate Committee on Appropriations"), "\(orgs)")
    }

    /// A Spanish or French body's name goes on over `de` and an article (`de los Servicios`).
    @Test func aSpanishBodysNameGoesOnOverDeAndAnArticle() {
        let orgs = organizations("Agentes de la Unidad Central de los Servicios Internos de la Guardia Civil detuvieron ayer a dos hombres en el puerto.", .spanish)
        #expect(orgs.contains("Unidad Central de los Servicios Internos de la Guardia Civil"), "\(orgs)")
    }

    /// Cultural, educational and custodial bodies are named by their head word.
    @Test func galleriesLibrariesAndJailsAreBodies() {
        let it = organizations("Il convegno si è tenuto ieri alla Biblioteca Marciana, con il sostegno della Galleria Borghese.", .italian)
        #expect(it.contains("Biblioteca Marciana"), "\(it)")
        #expect(it.contains("Galleria Borghese"), "\(it)")
        let en = organizations("He was booked into the Brookvale County Jail on Friday and released on bail.", .english)
        #expect(en.contains("Brookvale County Jail"), "\(en)")
    }

    /// A listed body takes no `di` phrase naming another body or a lone lower-case word.
    @Test func aListedBodyEndsWhereAnotherBodysPhraseBegins() {
        let orgs = organizations("La tabella riporta il codice Istat del Comune di residenza e il codice Istat di ciascuno dei quartieri censiti.", .italian)
        #expect(orgs.contains("Istat"), "\(orgs)")
        #expect(!orgs.contains { $0.hasPrefix("Istat ") }, "\(orgs)")
    }

    /// A place, then a connector and a body's head, are the place and the body; `per` and an
    /// article go on into the body's name.
    @Test func aBodyAfterAPlaceStartsAtItsHead() {
        let f = FactRecallTests.excerpt("Si tratta di Federico Lasco, attuale dirigente a Roma dell'Agenzia per la Coesione territoriale, con una lunga esperienza.", .italian)
        let orgs = f.organizations.map(\.name)
        #expect(orgs.contains("Agenzia per la Coesione territoriale"), "\(orgs)")
        #expect(!orgs.contains { $0.hasPrefix("Roma") }, "\(orgs)")
        #expect(f.places.map(\.name).contains("Roma"), "\(f.places.map(\.name))")
        let ministry = organizations("Lo schema è stato condiviso con il ministero per il Sud e con la Regione.", .italian)
        #expect(ministry.contains("ministero per il Sud"), "\(ministry)")
        let hospital = organizations("The minister said a loan was secured to construct a new hospital for the Eastern Regional. The work starts soon.", .english)
        #expect(!hospital.contains { $0.hasPrefix("hospital for") }, "\(hospital)")
    }

    /// The first word of one organisation named in full is its short form, not a second body.
    @Test func anOrganisationsFirstWordAloneIsItsShortForm() {
        let f = FactRecallTests.excerpt("Union Lindbrück rettet sich in der Bundesliga, der VfL Bochum muss in die Relegation. Union führte, kassierte den Ausgleich und durfte doch noch jubeln, gegen Hannover 96.", .german)
        let union = f.organizations.first { $0.name == "Union Lindbrück" }
        #expect(union?.aliases == ["Union"], "\(f.organizations.map { ($0.name, $0.aliases) })")
        #expect(!f.organizations.map(\.name).contains("Union"), "\(f.organizations.map(\.name))")
        // A fund of the company is a body of its own.
        let en = FactRecallTests.excerpt("The startup Quillbank raised money last year. The Quillbank Vision Fund led the round, and Quillbank said it was pleased.", .english)
        let orgs = en.organizations.map(\.name)
        #expect(orgs.contains("Quillbank") && orgs.contains("Quillbank Vision Fund"), "\(orgs)")
    }
}
