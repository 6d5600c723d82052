import Testing
@testable import ArticleKit

@Suite("HTML listing pages")
struct HTMLListingTests {
    static func parse(_ html: String) -> Article { HTMLParser.parse(SourceText(html)) }

    static let cards = """
        <html lang="fr"><head><title>Posts — Le blog</title></head><body>
        <header><a href="/">Le blog</a><nav><a href="/">Accueil</a></nav></header>
        <main>
          <h1>Posts</h1>
          <div class="grid">
            <article><a href="/un/"><h2>Le carnaval de Colmar</h2><time>March 2014</time>
              <p>Un soleil de printemps, une pluie de confettis et des tambours dans les rues.</p></a></article>
            <article><a href="/deux/"><h2>La cavalcade de Strasbourg</h2><time datetime="2014-04-12">12 avril</time>
              <p>Le carnaval de Strasbourg rassemble des carnavaliers venus des trois frontières.</p></a></article>
            <article><a href="/trois/"><h2>Le Tour Alsace</h2><time>August 2014</time>
              <p>Une course cycliste internationale dans les plaines, les vignobles et les montagnes.</p></a></article>
          </div>
          <ul class="pagination"><li><a href="/page/2/">2</a></li></ul>
        </main>
        <div>Les aventures d'un wackes alsacien</div>
        <footer><p>© Le blog</p></footer></body></html>
        """

    @Test func everyPostIsASectionUnderItsHeadingWithItsDate() {
        let a = Self.parse(Self.cards)
        #expect(a.title?.text == "Posts")
        #expect(a.sections.map(\.title) == ["Le carnaval de Colmar", "La cavalcade de Strasbourg", "Le Tour Alsace"])
        #expect(a.sections.map(\.date) == ["2014-03", "2014-04-12", "2014-08"])
        #expect(a.sections.allSatisfy { $0.blocks.count == 1 && $0.blocks[0].kind == .paragraph })
        #expect(a.sections[1].blocks[0].text.hasPrefix("Le carnaval de Strasbourg"))
        // The dates are the posts', not the page's, and they are not kept as text.
        #expect(a.date == nil)
        #expect(a.dropped.filter { $0.reason == .byline }.map(\.text) == ["March 2014", "12 avril", "August 2014"])
    }

    @Test func linkedHeadingCardsWithLabelsAndReadMoreLinks() {
        let a = Self.parse("""
            <html><head><meta property="og:title" content="Posts"></head><body>
            <header><h1>Posts</h1></header>
            <main><section>
              <div class="card"><span>Posts</span><h1><a href="/a/">Unsere Aktionen</a></h1>
                <div><p>Hier findest Du Informationen über durchgeführte und geplante Aktionen.</p></div>
                <a href="/a/">weiterlesen</a></div>
              <div class="card"><span>Posts</span><h1><a href="/b/">Wo Du uns findest</a></h1>
                <div><p>Du findest uns auf verschiedenen Plattformen oder auch bei Treffen.</p></div>
                <a href="/b/">weiterlesen</a></div>
            </section></main></body></html>
            """)
        #expect(a.title?.text == "Posts")
        #expect(a.sections.map(\.title) == ["Unsere Aktionen", "Wo Du uns findest"])
        #expect(a.sections.map(\.level) == [2, 2])
        #expect(a.sections.map { $0.blocks.map(\.text) } == [
            ["Hier findest Du Informationen über durchgeführte und geplante Aktionen."],
            ["Du findest uns auf verschiedenen Plattformen oder auch bei Treffen."],
        ])
        #expect(a.dropped.filter { $0.reason == .relatedLink }.map(\.text) == ["weiterlesen", "weiterlesen"])
        #expect(a.dropped.filter { $0.reason == .byline }.map(\.text) == ["Posts", "Posts"])
    }

    @Test func anArticleWithAFewLinkedHeadingsAsideIsNoListing() {
        let prose = String(repeating: "The council met on Tuesday and voted on the harbour plan after a long debate. ", count: 12)
        let a = Self.parse("""
            <html><body><div id="content"><h1>Harbour plan approved</h1><p>\(prose)</p><p>\(prose)</p></div>
            <div><div><h3><a href="/x/">Older news</a></h3></div><div><h3><a href="/y/">More news</a></h3></div></div>
            </body></html>
            """)
        #expect(a.title?.text == "Harbour plan approved")
        #expect(a.sections.allSatisfy { $0.heading == nil && $0.date == nil })
        #expect(a.sections.flatMap(\.blocks).count == 2)
    }

    @Test func textOutsideTheArticleIsListedAsDropped() {
        let a = Self.parse(Self.cards)
        let furniture = a.dropped.filter { $0.reason == .pageFurniture }.map(\.text)
        #expect(furniture.contains("Le blog Accueil"))
        #expect(furniture.contains("2"))
        #expect(furniture.contains("Les aventures d'un wackes alsacien"))
        #expect(furniture.contains("© Le blog"))
        #expect(a.dropped.contains { $0.reason == .metadata && $0.text == "Posts — Le blog" })
        for d in a.dropped {
            #expect(!a.allBlocks.contains { $0.span.start < d.span.end && d.span.start < $0.span.end })
        }
    }
}
