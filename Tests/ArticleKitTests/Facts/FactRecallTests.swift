import Testing
@testable import ArticleKit

/// Forms the corpus's dev documents showed missed or mislabelled, in short excerpts shaped like
/// them: streets, clubs named after towns, speakers after inverted verbs or named by a common
/// noun, a figure stated twice.
@Suite("Facts found on real articles")
struct FactRecallTests {
    /// A paragraph of plain prose in each language, so that the excerpt's language is known
    /// (read by the other suites of excerpts too).
    static let prose: [Language: String] = [
        .italian: "Il governo ha detto che i dati sono stati pubblicati oggi e che la situazione resta complessa per tutti i cittadini della regione.",
        .english: "The government said the figures were published today and the ministers agreed with the report on the state of the region.",
        .french: "Le gouvernement a dit que les données ont été publiées aujourd'hui et que la situation reste complexe pour tous les habitants de la région.",
        .german: "Die Regierung hat gesagt, dass die Zahlen heute veröffentlicht wurden und dass die Lage für alle Bürger der Region schwierig bleibt.",
        .spanish: "El gobierno ha dicho que los datos se publicaron hoy y que la situación sigue siendo compleja para todos los habitantes de la región.",
    ]

    /// The facts of `body` in an article of `language`: after a title and that language's prose
    /// paragraph (read by the other suites of excerpts too).
    static func excerpt(_ body: String, _ language: Language) -> Facts {
        let article = parse("Titolo\n\n" + prose[language, default: ""] + "\n\n" + body + "\n")
        #expect(article.language == language)
        return FactExtractor.extract(article)
    }

    func facts(_ body: String, _ language: Language) -> Facts { Self.excerpt(body, language) }

    @Test func aFigureRestatedWithFewerWordsIsListedOnce() {
        let f = facts("Il cantiere durerà tre anni di lavori secondo il Comune. Dopo tre anni la strada sarà riaperta e i residenti potranno tornare.", .italian)
        #expect(f.figures.map(\.text) == ["tre anni di lavori"])
        // One fact, with both places it is stated.
        #expect(f.figures.first?.mentions.map(\.text) == ["tre anni di lavori", "tre anni"])
    }

    @Test func aNumberBeforeAModalOrAClockTimeIsNoFigure() {
        let en = facts("The release notes say that Rust 1.16 will drop the old targets, and the team said the change was agreed.", .english)
        #expect(!en.figures.map(\.text).contains { $0.hasSuffix("will") }, "\(en.figures.map(\.text))")
        let fr = facts("Les pompiers ont été mobilisés à partir de 2 heures ce matin et ils sont toujours sur place avec les secours.", .french)
        #expect(!fr.figures.map(\.text).contains("2 heures"), "\(fr.figures.map(\.text))")
    }

    @Test func streetsArePlacesWithTheirWord() {
        let it = facts("I ladri sono entrati in un garage di via Losanna e poi sono fuggiti verso piazza San Pietro e via della Conciliazione. Nel corso della notte la polizia ha cercato le auto.", .italian)
        let itPlaces = it.places.map(\.name)
        for street in ["via Losanna", "piazza San Pietro", "via della Conciliazione"] { #expect(itPlaces.contains(street), "\(street) in \(itPlaces)") }
        #expect(!itPlaces.contains { $0.hasPrefix("corso") }, "\(itPlaces)")
        let fr = facts("Le feu a pris dans une maison de la rue Pasteur, et les pompiers sont venus de la caserne voisine avec leurs engins.", .french)
        #expect(fr.places.map(\.name).contains("rue Pasteur"), "\(fr.places.map(\.name))")
        let en = facts("The car crashed near Social Street and Mill Avenue before the driver fled down 18th Street toward State Highway 60, police said.", .english)
        let enPlaces = en.places.map(\.name)
        for street in ["Social Street", "Mill Avenue", "18th Street", "State Highway 60"] { #expect(enPlaces.contains(street), "\(street) in \(enPlaces)") }
        let de = facts("Das Gerüst an der Viktoriastraße ist eingestürzt, die Briller Straße wurde von der Feuerwehr für den Verkehr gesperrt.", .german)
        let dePlaces = de.places.map(\.name)
        for street in ["Viktoriastraße", "Briller Straße"] { #expect(dePlaces.contains(street), "\(street) in \(dePlaces)") }
    }

    @Test func clubsNamedAfterTownsAreOrganisations() {
        let de = facts("Union Berlin rettet sich in der Bundesliga, der VfL Bochum muss in die Relegation. Hertha spielt noch gegen Hannover 96 und hofft auf einen Sieg.", .german)
        let deOrgs = de.organizations.map(\.name)
        for club in ["VfL Bochum", "Hannover 96"] { #expect(deOrgs.contains(club), "\(club) in \(deOrgs)") }
        #expect(!de.places.map(\.name).contains("Bochum"), "\(de.places.map(\.name))")
        let en = facts("Manchester City opened their Premier League title defence with a 5-0 win over Tottenham, and the fans of Leeds United cheered the result.", .english)
        let enOrgs = en.organizations.map(\.name)
        for club in ["Manchester City", "Tottenham", "Leeds United"] { #expect(enOrgs.contains(club), "\(club) in \(enOrgs)") }
        // Not in an article about anything else: a war against Russia is fought against the place.
        let war = facts("The government said the war against Russia would go on through the winter, and the ministers agreed with the plan.", .english)
        #expect(war.places.map(\.name).contains("Russia"), "\(war.places.map(\.name))")
    }

    @Test func aGermanNounBeforeVonIsNoPartOfTheName() {
        let f = facts("Union jubelte, als Janik Haberer den Nachschuss des vergebenen Strafstoßes von Kevin Volland verwandelte. Der Trainer Nenad Bjelica war sehr froh über das Ergebnis.", .german)
        #expect(f.people.map(\.name).contains("Kevin Volland"), "\(f.people.map(\.name))")
        #expect(!f.organizations.map(\.name).contains("Der"), "\(f.organizations.map(\.name))")
    }

    @Test func speakersAfterInvertedVerbs() {
        let en = facts("“He is moving in the right direction and we should give him the necessary support,” said Sandy Onor (PDP, Cross River).", .english)
        #expect(en.sources.map(\.name).contains("Sandy Onor"), "\(en.sources.map(\.name))")
        let it = facts("Gli assessori regionali Enrico Bussalino e Federico Riboldi erano presenti. Si offriranno risposte concrete ai bisogni locali - ha aggiunto Bussalino - e si contribuirà allo sviluppo.", .italian)
        #expect(it.sources.map(\.name).contains("Enrico Bussalino"), "\(it.sources.map(\.name))")
        let fr = facts("« On a appris la fermeture par la presse », se désole Grégory Dubos, secrétaire syndical. « Il n'y a aucune raison que ce site ferme », a répété de son côté Michel Laboureur.", .french)
        let frSources = fr.sources.map(\.name)
        for name in ["Grégory Dubos", "Michel Laboureur"] { #expect(frSources.contains(name), "\(name) in \(frSources)") }
        let office = facts("Les plans sociaux menacent des milliers d'emplois, a indiqué jeudi la secrétaire générale du syndicat, Sophie Binet, devant la presse.", .french)
        #expect(office.sources.map(\.name).contains("Sophie Binet"), "\(office.sources.map(\.name))")
    }

    @Test func speakersNamedByACommonNoun() {
        let en = facts("The suspect fled on foot after the crash, police said. According to analysts, the market will recover next year.", .english)
        let enSources = en.sources.map(\.name)
        for name in ["police", "analysts"] { #expect(enSources.contains(name), "\(name) in \(enSources)") }
        let it = facts("I sindacati hanno spiegato che lo sciopero durerà tutto il giorno e che i treni garantiti saranno pochi.", .italian)
        #expect(it.sources.map(\.name).contains("sindacati"), "\(it.sources.map(\.name))")
        // A noun in a prepositional phrase is not the one speaking.
        let scene = facts("A spokesman for the police said the road was closed for the night after the crash on the bridge.", .english)
        #expect(!scene.sources.map(\.name).contains("police"), "\(scene.sources.map(\.name))")
    }

    @Test func aBodyNamedBeforeAnEnglishHeadOrCitedIsAnOrganisation() {
        let en = facts("Tempe police said the driver fled, and the Trump administration promised help. The mayor told CNBC the city would recover, according to Bloomberg.", .english)
        let orgs = en.organizations.map(\.name)
        for body in ["Tempe police", "Trump administration", "CNBC", "Bloomberg"] { #expect(orgs.contains(body), "\(body) in \(orgs)") }
        #expect(!en.places.map(\.name).contains("Tempe"), "\(en.places.map(\.name))")
    }

    @Test func aSpeakerAfterAnArticleOrAnOfficeInApposition() {
        let it = facts("La vendemmia riapre la sfida per la leadership mondiale con la Francia, sottolinea la Coldiretti. “È un primo passo – ha dichiarato il presidente della Regione, Renato Schifani – per lo schema di accordo.”", .italian)
        let sources = it.sources.map(\.name)
        for name in ["Coldiretti", "Renato Schifani"] { #expect(sources.contains(name), "\(name) in \(sources)") }
    }

    @Test func aMonthsAbbreviationBesideANumberIsNoPlace() {
        let en = facts("The hospital in Sydney will open on Nov 12, the minister said, and the works started on 3 Nov last year.", .english)
        #expect(!en.places.map(\.name).contains("Nov"), "\(en.places.map(\.name))")
    }

    @Test func aNumberAfterTheNounItNumbersOrBeforeAVerbIsNoFigure() {
        let en = facts("Flight 370 left from Gate 12 and the report in Section 3 shows that 12 charts were wrong, and 3 people died.", .english)
        let enFigures = en.figures.map(\.text)
        #expect(enFigures.contains("12 charts") && enFigures.contains("3 people"), "\(enFigures)")
        #expect(!enFigures.contains { $0.hasPrefix("370") || $0.hasPrefix("3 shows") }, "\(enFigures)")
        let it = facts("Il comma 2 parla di 3 anni di lavori, secondo l'articolo 18 e il decreto n. 45 che riguarda 30 agenti.", .italian)
        let itFigures = it.figures.map(\.text)
        #expect(itFigures.contains("30 agenti"), "\(itFigures)")
        #expect(!itFigures.contains { $0.hasPrefix("2 ") || $0.hasPrefix("18") || $0.hasPrefix("45") }, "\(itFigures)")
    }

    @Test func aSecondOfPhraseWithAPluralArticleStaysInTheName() {
        let it = facts("I dati sugli esercizi di gioco sono pubblicati dall'Agenzia delle Dogane e dei Monopoli ogni anno, insieme con quelli del Comune di Roma e dell'Italia.", .italian)
        #expect(it.organizations.map(\.name).contains("Agenzia delle Dogane e dei Monopoli"), "\(it.organizations.map(\.name))")
    }
}
