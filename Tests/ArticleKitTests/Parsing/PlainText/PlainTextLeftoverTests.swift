import Testing
@testable import ArticleKit

/// Scraped pages' leftovers around the text, and where the title is, in plain text.
@Suite("Plain text: teasers, footers, headings and titles")
struct PlainTextLeftoverTests {
    let prose = "The council approved the new budget on Tuesday after a long debate about the roads, the schools and the parks of the town."
    let more = "Work on the first roads will start in the spring, the mayor said, and the schools will follow in the autumn of next year."

    @Test("Three teasers in a row cut with an ellipsis are related links")
    func teaserRun() {
        let a = parse("""
            Council approves the budget

            \(prose)
            Bonus edilizi 2025: I bonus edilizi restano uno degli strumenti principali a disposizione delle…
            Meteo Natale 2025: dopo giorni segnati da piogge insistenti e particolarmente abbondanti, soprattutto…
            Concorso atleti Polizia di Stato 2026: è stato ufficialmente indetto il concorso per...
            """)
        #expect(a.sections.flatMap(\.blocks).map(\.text) == [prose])
        #expect(a.dropped.filter { $0.reason == .relatedLink }.count == 3)
    }

    @Test("One line cut with an ellipsis stays text")
    func oneCutLine() {
        let a = parse("Council approves the budget\n\n\(prose)\n\nAnd then the mayor said that it was only the beginning...")
        #expect(a.sections.flatMap(\.blocks).count == 2)
    }

    @Test("A teaser cut short stays in the related list it follows")
    func cutTeaserInRelatedList() {
        let a = parse("""
            Council approves the budget

            \(prose)

            More like this

            UK Launches Major North Sea Offshore Wind Plan With Europe

            British Energy Secretary Ed Miliband during a visit to the new offshore wind farm off the coast of...
            """)
        #expect(a.sections.flatMap(\.blocks).map(\.text) == [prose])
    }

    @Test("Short lines after the copyright line and the last prose are the page's footer")
    func footerAfterCopyright() {
        let a = parse("Council approves the budget\n\n\(prose)\n\n© 2025, Daily Post | All Rights Reserved.\nWP Radio\nOFFLINE LIVE")
        #expect(a.sections.flatMap(\.blocks).map(\.text) == [prose])
        #expect(a.dropped.map(\.reason) == [.copyright, .pageFurniture, .pageFurniture])
    }

    @Test("Text after a photo's copyright credit stays")
    func textAfterCredit() {
        let a = parse("Council approves the budget\n\n\(prose)\n\n© Reuters\nThe vote\n\n\(prose)")
        #expect(a.sections.compactMap(\.title) == ["The vote"])
        #expect(a.dropped.map(\.reason) == [.copyright])
    }

    @Test("A quotation heads the text under it; standing alone it is a quotation")
    func quotedHeading() {
        let a = parse("Titre\n\nPour Noël, six personnes ont été hébergées dans un gîte au Bono, rue Pasteur.\n“Les flammes sortaient du toit”\nLe deuxième adjoint au maire, Alain Brulé, était sur place et a tout vu ce jour-là.")
        #expect(a.sections.compactMap(\.title) == ["“Les flammes sortaient du toit”"])
    }

    @Test("A heading-like line after a dropped caption stands alone")
    func headingAfterCaption() {
        let a = parse("Il museo riapre\n\n\(prose)\n\nLa necropoli vista dall'alto – foto: MiC\nI nuovi musei autonomi\n\n\(prose)")
        #expect(a.sections.compactMap(\.title) == ["I nuovi musei autonomi"])
        #expect(a.dropped.map(\.reason) == [.caption])
    }

    @Test("A one-sentence first line one blank line above the text is its first paragraph")
    func firstSentenceIsNoTitle() {
        let a = parse("A man was arrested after he led police on a chase that ended in a crash on Friday.\n\n\(prose)\n\n\(prose)")
        #expect(a.title == nil)
        let b = parse("venerdì 12 marzo 2021\n\nCatania, l’ex sindaco e la giunta a processo per il buco nel bilancio del comune.\n\n\n\n\(prose)")
        #expect(b.title?.text == "Catania, l’ex sindaco e la giunta a processo per il buco nel bilancio del comune.")
    }

    @Test("A title that says more than its date is a title; a date line is not")
    func titleAroundADate() {
        let a = parse("Aktuelles aus dem Stadtrat Halle vom August 2016\n\(prose)\n\(more)")
        #expect(a.title?.text == "Aktuelles aus dem Stadtrat Halle vom August 2016")
        let b = parse("Datum: Sonntag, 16. November 2025, 15 Uhr\n\n\(prose) \(more)\n\n\(more)")
        #expect(b.title == nil)
        #expect(b.date == "2025-11-16")
    }

    @Test("A title that names its date is a title, not a date line")
    func titleWithItsDate() {
        let a = parse("StrictlyVC: September 1, 2017\n\n\(prose)")
        #expect(a.title?.text == "StrictlyVC: September 1, 2017")
        #expect(a.date == "2017-09-01")
    }

    @Test("A title printed twice above its deck is the title")
    func titleTwiceAboveDeck() {
        let a = parse("""
            Buscar

            Atribuyen por primera vez una tormenta de granizo gigante al cambio climático

            Atribuyen por primera vez una tormenta de granizo gigante al cambio climático

            Las universidades estudian la tormenta producida el 30 de agosto de 2022 en Girona

            La combinación de una ola de calor marina y el cambio climático contribuyeron decisivamente a la tormenta, según el estudio publicado hoy.
            """)
        #expect(a.title?.text == "Atribuyen por primera vez una tormenta de granizo gigante al cambio climático")
        #expect(a.dropped.contains { $0.reason == .repeatedTitle })
    }

    @Test("Where lines are paragraphs, a heading inside the text may run to 12 words; under the title it is a deck")
    func longHeading() {
        let a = parse("""
            Carapaz disarma i rivoluzionari
            Da un piccolo paesino sperduto nelle Ande alla vittoria di una delle corse più importanti del ciclismo mondiale.
            Trasporti fermi in tutta Italia: disagi per lo sciopero del 22 settembre
            Eccoci arrivati al momento clou del Giro d'Italia, l'ultima e decisiva tappa di montagna, e ce n'è tanta da fare.
            """)
        #expect(a.sections.compactMap(\.title) == ["Trasporti fermi in tutta Italia: disagi per lo sciopero del 22 settembre"])
        let deck = parse("""
            Carapaz disarma i rivoluzionari

            Trasporti fermi in tutta Italia: disagi per lo sciopero del 22 settembre

            Eccoci arrivati al momento clou del Giro d'Italia, l'ultima e decisiva tappa di montagna, e ce n'è tanta da fare.
            """)
        #expect(deck.sections.compactMap(\.title).isEmpty)
    }

    @Test("The title printed again cut short is the repeated title")
    func cutTitle() {
        let a = parse("Terremoto al Centro Italia: scossa avvertita dalla popolazione. Primi dati\n\nTerremoto al Centro Italia: scossa avvertita dalla popolazione –\n\n\(prose)")
        #expect(a.dropped.map(\.reason) == [.repeatedTitle])
        #expect(a.sections.compactMap(\.title).isEmpty)
    }

    @Test("A sponsor label ending in an ellipsis announces the advertisement under it")
    func announcedAdvertisement() {
        let a = parse("Top news\n\n\(prose)\n\nSponsored By . . .\n\nStudio Science is a design consultancy that builds brands for the world’s leading companies.\n\n\(more)")
        #expect(a.dropped.map(\.reason) == [.advertisement, .advertisement])
        #expect(FlatArticle(a).blocks.map(\.text) == ["Top news", prose, more])
        // A bare label (no ellipsis, no colon) leaves the text under it alone.
        let b = parse("Top news\n\n\(prose)\n\nAdvertisement\n\nStudio Science is a design consultancy that builds brands for the world’s leading companies.")
        #expect(b.dropped.map(\.reason) == [.advertisement])
    }

    @Test("A heading may end in an abbreviation")
    func abbreviationHeading() {
        let a = parse("Restaurant openings\n\n\(prose)\nSchaumburg, Ill.\n\(prose)\nEdison, N.J.\n\(prose)")
        #expect(a.sections.compactMap(\.title) == ["Schaumburg, Ill.", "Edison, N.J."])
        let sentence = parse("Restaurant openings\n\n\(prose)\nThe chef has opened his newest restaurant.\n\(prose)")
        #expect(sentence.sections.compactMap(\.title).isEmpty)
    }

    @Test("Before any text, a date line that opens with its date is a byline")
    func scraperDateMarker() {
        let a = parse("date 2020-10-24 By Express News Service\n\n\(prose) \(more)\n\n\(more)")
        #expect(a.dropped.map(\.reason) == [.byline])
        #expect(a.date == "2020-10-24")
    }

    @Test("Past the last prose, among the page's end furniture, short unpunctuated lines are furniture")
    func footerAfterTheText() {
        let a = parse("Council approves the budget\n\n\(prose)\n\nShare on Facebook\n\nSubscription options\n\nfrom $4.99\n\nWeather Widget Pro")
        #expect(FlatArticle(a).blocks.map(\.text) == ["Council approves the budget", prose])
        #expect(a.dropped.map(\.reason) == [.shareLinks, .pageFurniture, .pageFurniture, .pageFurniture])
        // A closing sentence stays, and without furniture after the text short lines stay too.
        let b = parse("Council approves the budget\n\n\(prose)\n\nStay tuned.\n\nShare on Facebook")
        #expect(FlatArticle(b).blocks.map(\.text) == ["Council approves the budget", prose, "Stay tuned."])
        let c = parse("Council approves the budget\n\n\(prose)\n\nThe roads\n\nWork starts in May")
        #expect(c.dropped.isEmpty)
        // A heading with a short sentence under it is still text.
        let d = parse("Council approves the budget\n\n\(prose)\n\nNext steps\n\nWork starts in May.\n\nShare on Facebook")
        #expect(d.sections.compactMap(\.title) == ["Next steps"])
        // Teaser headlines of up to 25 words, between rules under a latest-news label, are more of it.
        let e = parse("Council approves the budget\n\n\(prose)\n\nShare on Facebook\n\n-\n\n"
                      + "The opposition asks the minister to resign after the messages about the contracts of the new hospital came out\n\n-\n\n"
                      + "Storm warning for the whole coast until Sunday, with winds of up to 120 kilometres an hour")
        #expect(FlatArticle(e).blocks.map(\.text) == ["Council approves the budget", prose])
    }

    @Test("A line starting in lower case under a dropped line without closing punctuation is the rest of it")
    func continuationOfADroppedLine() {
        let a = parse("Council approves the budget\n\n\(prose)\nSign up for our newsletter to get the news of the council\nand of the town every morning!\n\(more)")
        #expect(FlatArticle(a).blocks.map(\.text) == ["Council approves the budget", prose, more])
        #expect(a.dropped.map(\.reason) == [.newsletter, .newsletter])
        // After a full stop a lower-case line is the text's own.
        let b = parse("Council approves the budget\n\n\(prose)\nSign up for our newsletter today.\nand then the mayor spoke to the council about the roads and the schools.")
        #expect(b.dropped.map(\.reason) == [.newsletter])
    }

    @Test("A line of lower-case words without punctuation set apart from the text is an image's alt text")
    func imageKeywords() {
        let a = parse("Council approves the budget\n\n\(prose)\n\ncouncil budget vote town hall roads schools\n\n\(more)")
        #expect(a.dropped.map(\.reason) == [.caption])
        #expect(a.dropped.first?.text == "council budget vote town hall roads schools")
        // The unpunctuated line right under it is the image's caption.
        let d = parse("Council approves the budget\n\n\(prose)\n\nimage\nThe new town hall seen from the square (west side)\n\n\(more)")
        #expect(d.dropped.map(\.reason) == [.caption, .caption])
        #expect(d.sections.compactMap(\.title).isEmpty)
        // A brand in lower case, a line with punctuation, and a line carried on stay text.
        let b = parse("Council approves the budget\n\n\(prose)\n\niPhone sales rise in the town\n\nand then, the mayor said\n\n\(more)")
        #expect(b.dropped.isEmpty)
        let c = parse("Council approves the budget\n\nThe council approved the new budget on Tuesday after a long debate about the\nroads and the schools of the town")
        #expect(c.dropped.isEmpty)
    }

    @Test("A date line with its weekday and time is a byline; a short sentence with a date is text")
    func dateLineWithWeekdayAndTime() {
        let a = parse("Notizie\n\(prose)\nMartes, 3 de marzo 2020, 10:45\n\(more)")
        #expect(a.dropped.map(\.reason) == [.byline])
        let b = parse("Notizie\n\(prose)\nIl 3 marzo 2020 è nato il nuovo parco.\n\(more)")
        #expect(b.dropped.isEmpty)
    }

    @Test("In the body, a caption printed twice across a blank line over a credit loses both copies; without the credit the first stays")
    func captionTwiceOverCredit() {
        let text = """
            Crash at a crossing with a fire engine

            Three people were hurt, two of them firefighters, when a car and a fire engine collided at a crossing on Sunday.

            The damaged car at the crossing after the crash

            The damaged car at the crossing after the crash

            Foto: Polizeiinspektion Schwerin

            The car could not be driven after the crash and was towed away, the police said in the evening.
            """
        let credited = parsePlain(text)
        #expect(credited.dropped.map(\.reason) == [.caption, .caption, .caption])
        #expect(!credited.sections.flatMap(\.blocks).contains { $0.text.hasPrefix("The damaged car") })
        let uncredited = parsePlain(text.replacingOccurrences(of: "Foto: Polizeiinspektion Schwerin\n\n", with: ""))
        #expect(uncredited.dropped.count == 1)
        // A title printed twice over a photo credit keeps its first copy as the title.
        let title = parsePlain("Crash at a crossing with a fire engine\n\n" + text)
        #expect(title.title?.text == "Crash at a crossing with a fire engine")
    }
}
