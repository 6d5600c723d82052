import Testing
@testable import ArticleKit

/// The date a plain-text page states for itself, chosen among the dates around its title and
/// at the start of its text, in the shapes seen in the real corpus (written here in short).
@Suite("Plain-text stated date")
struct PlainTextDateTests {

    @Test("A date line above the title wins over a date inside a longer line of furniture")
    func dateLineBeatsDateInFurniture() {
        let a = parsePlain("""
            Rivista online (registrata presso il tribunale il 7 marzo 2008) | Info: redazione@example.org

            mercoledì 30 luglio 2025

            Un viaggio tra le sale del nuovo museo della città

            Nel cuore della città vecchia si è appena aperto un nuovo museo, da cui partire per scoprire la sua storia millenaria.
            """)
        #expect(a.date == "2025-07-30")
    }

    @Test("A full date wins over an earlier month and year among the lines around the title")
    func fullDateBeatsEarlierMonth() {
        let a = parsePlain("""
            Sitzung – März 2021

            Sitzung vom 02.03.2021

            Aus der Halle

            Nachdem im Januar die Sitzung so gut wie keine Neuigkeiten brachte, gibt es für die Märzsitzung um so mehr zu berichten.
            """)
        #expect(a.date == "2021-03-02")
    }

    @Test("A month and year in the title is what the article is about, not its date; a full date in the title is")
    func titleMonthIsNoDate() {
        let month = parsePlain("""
            Aktuelles aus dem Stadtrat Halle vom August 2016
            Die erste Sitzung nach der Sommerpause steht an, und die Räte müssen eine pralle Tagesordnung abarbeiten.
            """)
        #expect(month.date == nil)
        let full = parsePlain("""
            Stadtrat Halle: Sitzung vom 24. August 2016
            Die erste Sitzung nach der Sommerpause steht an, und die Räte müssen eine pralle Tagesordnung abarbeiten.
            """)
        #expect(full.date == "2016-08-24")
    }

    @Test("A dateline opening the first paragraph states the date when the head states none")
    func datelineOpeningTheText() {
        let a = parsePlain("""
            [16/04/2014 12:03:39] Carquefou (France) (AFP) Au lendemain de l’annonce de la fermeture du site, les salariés ont bloqué l’entrée de l’usine.
            La fermeture de l’usine supprimerait 337 emplois, selon la direction du groupe.
            """)
        #expect(a.date == "2014-04-16")
        // A date deep in a paragraph is what the article talks about.
        let deep = parsePlain("""
            Les salariés ont bloqué l’entrée de l’usine avec des palettes et un grand feu, puis ont parlé du 16 avril 2014.
            La fermeture de l’usine supprimerait 337 emplois, selon la direction du groupe.
            """)
        #expect(deep.date == nil)
    }
}
