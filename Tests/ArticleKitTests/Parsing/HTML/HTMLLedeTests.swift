import Testing
@testable import ArticleKit

@Suite("A standfirst the page marks")
struct HTMLLedeTests {
    static func parse(_ body: String) -> Article {
        HTMLParser.parse(SourceText("<html><body><article><h1>Il grande potenziale dei dati</h1>\(body)</article></body></html>"))
    }

    static let text = "<p>In occasione del ritrovo dei mappatori italiani a Bologna pubblico l’articolo di Alessio.</p>"

    @Test func anElementNamingAStandfirstHoldsTheLede() {
        // Too short to read as a summary, and no sentence: only the class says it is the lede.
        for body in [
            "<p class=\"lead\">Strumenti di dialogo</p>\(Self.text)",
            "<div class=\"article__chapo\"><p>Strumenti di dialogo</p></div>\(Self.text)",
            "<h2 class=\"post-subtitle\">Strumenti di dialogo</h2>\(Self.text)",
            "<p><span class=\"sommario\">Strumenti di dialogo</span></p>\(Self.text)",
        ] {
            let a = Self.parse(body)
            #expect(a.lede?.text == "Strumenti di dialogo", "\(body)")
            #expect(a.sections.flatMap(\.blocks).count == 1, "\(body)")
        }
        let a = Self.parse("<p class=\"lead\">Strumenti di dialogo</p>\(Self.text)")
        #expect(a.source.string(in: a.lede!.span) == "<p class=\"lead\">Strumenti di dialogo</p>")
    }

    @Test func aShortItalicParagraphUnderTheTitleIsTheLede() {
        let a = Self.parse("<p><em>Strumenti di dialogo su temi ambientali e non</em></p>\(Self.text)")
        #expect(a.lede?.text == "Strumenti di dialogo su temi ambientali e non")
        #expect(a.lede?.kind == .lede)
    }

    @Test func otherOpeningsAreNoLede() {
        for body in [
            // Part italic; italic paragraphs in a row (an italic text); italic and alone; too short.
            "<p><em>Strumenti di dialogo</em> su temi ambientali e non</p>\(Self.text)",
            "<p><em>Strumenti di dialogo su temi ambientali</em></p><p><i>Un altro paragrafo in corsivo qui</i></p>\(Self.text)",
            "<p><em>Strumenti di dialogo su temi ambientali e non</em></p>",
            "<p><em>luca</em></p>\(Self.text)",
            // A class word that only contains a standfirst word is not one (`leading`, `leaderboard`).
            "<p class=\"leading-tight\">Strumenti di dialogo</p>\(Self.text)",
        ] {
            #expect(Self.parse(body).lede == nil, "\(body)")
        }
    }

    static func page(_ main: String) -> Article {
        HTMLParser.parse(SourceText("<html><body><main>\(main)</main></body></html>"))
    }

    static let cards = "<div class=\"page-content\"><h2>Événements à venir</h2><p>Présentation de nos classes PTSI et ATS, de 17h à 20h.</p></div>"

    @Test func aParagraphUnderTheTitleInAHeadingGroupIsTheLede() {
        let a = Self.page("<div class=\"page-hero\"><div class=\"hero-badge\">Agenda</div><h1>Actualités &amp; Événements</h1>"
            + "<p>Les dates importantes de l'année</p></div>\(Self.cards)")
        #expect(a.title?.text == "Actualités & Événements")
        #expect(a.lede?.text == "Les dates importantes de l'année")
        // The label above the title is dropped as page furniture.
        #expect(a.dropped.contains { $0.text == "Agenda" && $0.reason == .pageFurniture })
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Présentation de nos classes PTSI et ATS, de 17h à 20h."])
    }

    @Test func aParagraphUnderTheTitleInTheArticlesBodyIsNoLede() {
        // The h1's parent holds the whole text: its first paragraph is the text's.
        let body = "<h1>Actualités</h1><p>Les dates importantes de l'année</p>"
            + (1...4).map { "<p>Paragraphe \($0) du texte de la page.</p>" }.joined()
        #expect(Self.page(body).lede == nil)
        // A label of more than three words above the title stays.
        let label = Self.page("<div><p>Une ligne de quatre mots</p><h1>Actualités</h1><p>Les dates importantes de l'année</p></div>\(Self.cards)")
        #expect(label.sections.first?.blocks.first?.text == "Une ligne de quatre mots")
    }
}
