import Testing
@testable import ArticleKit

@Suite("A headline in a page header dropped as furniture")
struct HTMLPageTitleTests {
    static func page(title: String, header: String) -> Article {
        HTMLParser.parse(SourceText("""
            <html><head><title>\(title)</title></head><body>
            <header class="header-section">\(header)<span>Posted on March 5, 2024</span></header>
            <main><p>Los seres humanos somos pronosticadores natos que tendemos a anticiparnos a los acontecimientos.</p></main>
            </body></html>
            """))
    }

    @Test func theHeadersH1WhenTheTitleNamesItWithTheSitesName() {
        let a = Self.page(title: "Naturaleza de la predicción | Andrés Peña Montalvo", header: "<h1>Naturaleza de la predicción</h1>")
        #expect(a.title?.text == "Naturaleza de la predicción")
        #expect(a.source.string(in: a.title!.span) == "<h1>Naturaleza de la predicción</h1>")
    }

    @Test func aLogoOrAnotherH1IsNotTheHeadline() {
        // The site's logo links home; an h1 the title does not name is not the headline.
        let logo = Self.page(title: "Andrés Peña Montalvo | Blog", header: "<h1><a href=\"/\">Andrés Peña Montalvo</a></h1>")
        #expect(logo.title?.text == "Andrés Peña Montalvo | Blog")
        let other = Self.page(title: "Naturaleza de la predicción | Blog", header: "<h1>Blog</h1>")
        #expect(other.title?.text == "Naturaleza de la predicción | Blog")
    }
}
