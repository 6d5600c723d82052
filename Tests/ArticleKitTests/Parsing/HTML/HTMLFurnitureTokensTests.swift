import Testing
@testable import ArticleKit

@Suite("Tag lists, captions, author boxes and comments named by their class")
struct HTMLFurnitureTokensTests {
    static let page = """
        <html><body><article class="post tag-news category-politica">
        <h1>Il mercato riapre</h1>
        <p>Il mercato coperto riapre lunedì, dopo due anni di lavori sul tetto e sugli impianti.</p>
        <div class="wp-caption"><img src="m.jpg"><p class="wp-caption-text">Il mercato visto dalla piazza</p></div>
        <p>Gli orari restano quelli di prima: dalle 7 alle 14, il sabato fino alle 19.</p>
        <ul class="pa0"><li><a href="/tags/mercati/">Mercati</a></li><li><a href="/tags/lavori/">Lavori</a></li></ul>
        <p>Tags: <a href="/x/uno" rel="tag">uno</a>, <a href="/x/due" rel="tag">due</a></p>
        <div class="profile"><h2>About Anna Rossi</h2><p>Anna Rossi writes about the city.</p></div>
        <div id="comments" class="comments-area"><p>Bello! Finalmente.</p></div>
        </article></body></html>
        """

    @Test func furnitureIsDroppedAndThePostWithTagClassesIsKept() {
        let a = HTMLParser.parse(SourceText(Self.page))
        #expect(a.title?.text == "Il mercato riapre")
        let texts = ([a.lede].compactMap { $0 } + a.sections.flatMap(\.blocks)).map(\.text)
        #expect(texts == [
            "Il mercato coperto riapre lunedì, dopo due anni di lavori sul tetto e sugli impianti.",
            "Gli orari restano quelli di prima: dalle 7 alle 14, il sabato fino alle 19.",
        ])
        #expect(a.sections.allSatisfy { $0.heading == nil })
        let reasons = Dictionary(a.dropped.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["Il mercato visto dalla piazza"] == .caption)
        #expect(reasons["Mercati Lavori"] == .pageFurniture)
        #expect(reasons["Tags: uno, due"] == .pageFurniture)
        #expect(reasons["About Anna Rossi Anna Rossi writes about the city."] == .byline)
    }

    @Test func aListOfOtherLinksIsText() {
        let a = HTMLParser.parse(SourceText("""
            <html><body><article><h1>Fonti</h1>
            <ul><li><a href="/tags/dati/">Dati</a></li><li><a href="https://example.org/report.pdf">Il rapporto</a></li></ul>
            </article></body></html>
            """))
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Dati", "Il rapporto"])
    }
}
