import Testing
@testable import ArticleKit

/// The top of scraped pages and the leftovers in their bodies, in the shapes seen in the real
/// corpus (written here in short, not copied from it).
@Suite("Plain-text head and leftovers")
struct PlainTextHeadTests {

    @Test("A line of 16 words or more under a title of half as many is its deck, even under a title of 4 or 5 words")
    func longDeckUnderShortTitle() {
        let a = parse("""
            A guide to the feasts

            Where and when to taste the typical products of every region, visiting villages, squares and places of art

            Typical products are known all over the world, and every region holds feasts where they can be tasted and bought.
            """)
        #expect(a.title?.text == "A guide to the feasts")
        #expect(a.lede?.text.hasPrefix("Where and when to taste") == true)
    }

    @Test("A title followed by its deck or a byline is the title, not the line closest to the text")
    func titleBeforeDeck() {
        let deck = parsePlain("""
            Firefighters brace for a mid-week heatwave across the south

            Our reporters look at the week ahead for crews on the fire line

            Firefighters are bracing for a mid-week heatwave that will increase the fire danger as they continue to battle blazes.
            """)
        #expect(deck.title?.text == "Firefighters brace for a mid-week heatwave across the south")
        // A short category line above a title stays furniture.
        let category = parsePlain("""
            Italia e Estero

            Il consiglio comunale approva il nuovo piano per le piste ciclabili

            Il consiglio comunale ha approvato ieri sera una rete di piste ciclabili protette nel centro.
            """)
        #expect(category.title?.text == "Il consiglio comunale approva il nuovo piano per le piste ciclabili")
        #expect(category.dropped.first?.reason == .pageFurniture)
    }

    @Test("A line opened by a scraper's date marker is a date line, not a title, however many words follow")
    func dateMarker() {
        let marker = parsePlain("""
             date 2026-03-02 Publicado por Nuria Fernández Soria Creado: Actualizado:

            La Guardia Civil ha detenido a un vecino del pueblo por causar daños a varios vehículos aparcados en la plaza.

            El detenido pasará a disposición judicial en los próximos días, según fuentes de la Subdelegación.
            """)
        #expect(marker.title == nil)
        #expect(marker.date == "2026-03-02")
        #expect(marker.dropped.map(\.reason) == [.byline])
        #expect(marker.sections.flatMap(\.blocks).count == 2)
        // The text run on after the marker is a paragraph.
        let runOn = parsePlain("""
             date 2020-10-15 A MAN has been charged with criminal damage in connection with a police incident in the city centre.

            Police were called shortly after 3pm yesterday to the street, following a report of a disturbance.
            """)
        #expect(runOn.sections.flatMap(\.blocks).first?.text.hasPrefix("date 2020-10-15 A MAN") == true)
    }

    @Test("Lines ending in a comma or colon, bare dates and questions")
    func titleShapes() {
        let greeting = parsePlain("""
            Gemeinderatsitzung im März

            Liebe Bürgerinnen und Bürger,

            in der Sitzung vom 2. März hat der Gemeinderat über die neue Grundschule beraten und entschieden.
            """)
        #expect(greeting.title?.text == "Gemeinderatsitzung im März")
        // A name, a dash, then the month it is about: a title, over a date line and a note.
        let dashed = parsePlain("""
            Gemeinderatsitzung – März 2021

            Gemeinderatssitzung vom 02.03.2021

            (in der Mehrzweckhalle Hausen)

            Liebe Bürgerinnen und Bürger,

            Nachdem im Januar die Sitzung so gut wie keine nennenswerten Themen hatte, war die Tagesordnung diesmal lang.
            """)
        #expect(dashed.title?.text == "Gemeinderatsitzung – März 2021")
        #expect(dashed.date == "2021-03-02")
        #expect(dashed.sections.first?.blocks.first?.text == "Liebe Bürgerinnen und Bürger,")
        let question = parsePlain("""
            Tag Archives: INEC

            Will the chairman serve for another five years?

            The Senate yesterday confirmed the reappointment of the chairman of the electoral commission for a second term.
            """)
        #expect(question.title?.text == "Will the chairman serve for another five years?")
        let dated = parsePlain("June 1, 2020\n\nThe company said on Monday that most of its employees would keep working from home until the end of the year.")
        #expect(dated.title == nil)
        #expect(dated.date == "2020-06-01")
    }

    @Test("Date lines, rules and the teasers under a related-stories line are dropped from the body")
    func bodyLeftovers() {
        let a = parsePlain("""
            Eastern Region to get new regional hospital

            The minister said on Wednesday that the government was sourcing funding for a new hospital in the region.

            =-=-=-=-=-=-=-=-=-=

            The hospital will have three hundred beds and will serve the whole of the eastern region, the minister added.

            Sep 27, 2014

            You may like

            Road robbery: police arrest one, hunt for four others

            Kotoko stun Hearts to clinch the cup in Accra
            """)
        #expect(FlatArticle(a).blocks.filter { $0.kind == .paragraph || $0.kind == .lede }.count == 2)
        #expect(a.dropped.map(\.reason) == [.pageFurniture, .byline, .relatedLink, .relatedLink, .relatedLink])
    }

    @Test("In a hard-wrapped text, the title stands alone above the first wrapped paragraph")
    func wrappedTitle() {
        let a = parsePlain("""
            Jason, this was written for a newsletter about ten years ago.
            -Michael

            Fonts of Youth

            When I was a boy of about eleven, my father had been laid off from
            his machinist's job at a plant in Michigan where we had just moved.
            This would have been in the late sixties, and skilled trade work was
            not easy to come by, so he decided to look for work at local printers.
            """)
        #expect(a.title?.text == "Fonts of Youth")
    }

    @Test("A title is joined with a second line in lower case, but not with a byline under it")
    func titleAndBylineUnderIt() {
        let prose = "La Mostra del Cinema di Venezia è arrivata alla sua settantanovesima edizione, e il direttore ne ha parlato a lungo."
        let a = parsePlain("Venezia 79, il direttore e i Leoni americani\ndi Mario Rossi\n\(prose)")
        #expect(a.title?.text == "Venezia 79, il direttore e i Leoni americani")
        #expect(a.dropped.map(\.reason) == [.byline])
        let b = parsePlain("Venezia 79, il direttore e i Leoni americani\nalla Mostra del Cinema\n\(prose)")
        #expect(b.title?.text == "Venezia 79, il direttore e i Leoni americani alla Mostra del Cinema")
    }
}
