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
            #expect(!FlatArticle(a).blocks.contains { $0.span.start < d.span.end && d.span.start < $0.span.end })
        }
    }

    @Test func aNotePrintedInEveryPostIsTheSitesNotTheirText() {
        let note = "<blockquote><p><em>Alcune informazioni provengono da discussioni della community.</em></p></blockquote>"
        let a = Self.parse(Self.cards.replacingOccurrences(of: "\n      <p>", with: "\n      " + note + "<p>"))
        #expect(a.sections.count == 3)
        #expect(a.sections.allSatisfy { $0.blocks.count == 1 && $0.blocks[0].kind == .paragraph })
        #expect(a.dropped.filter { $0.text.hasPrefix("Alcune informazioni") }.map(\.reason) == [.pageFurniture, .pageFurniture, .pageFurniture])
    }
}

@Suite("HTML listing pages: cards")
struct HTMLListingCardTests {
    @Test func cardsWithUnlinkedHeadingsAcrossTwoRowsAndAButtonLink() {
        func card(_ title: String, _ day: String, _ slug: String) -> String {
            """
            <div class="card"><a href="/\(slug).html"><img src="/\(slug).jpg"></a>
            <div class="card-body"><h5 class="card-title">\(title)</h5><p class="card-text">\(day)</p>
            <a href="/\(slug).html" class="btn">Leer</a></div></div>
            """
        }
        let a = HTMLParser.parse(SourceText("""
            <html lang="es"><head><meta property="article:published_time" content="2020-01-01"></head><body><div id="main">
            <div class="deck">\(card("Matlab para Ingenieros", "12/02/2018", "a"))\(card("Concurso de Grúas", "17/10/2017", "b"))</div>
            <div class="deck">\(card("Curso SAP2000 profesional", "21/02/2017", "c"))</div>
            </div></body></html>
            """))
        #expect(a.sections.map(\.title) == ["Matlab para Ingenieros", "Concurso de Grúas", "Curso SAP2000 profesional"])
        #expect(a.sections.map(\.date) == ["2018-02-12", "2017-10-17", "2017-02-21"])
        // A listing states no date of its own, whatever its template's meta tags say.
        #expect(a.date == nil)
    }

    @Test func headingsInsideAnExcerptAreItsSubheadings() {
        let post = { (t: String) in
            "<div><h1><a href=\"/\(t)/\">\(t)</a></h1><p>Il radioascolto non richiede investimenti importanti per iniziare.</p><h2 id=\"x\">Prima di comprare</h2><p>La domanda da porsi.</p></div>"
        }
        let a = HTMLParser.parse(SourceText("<html><body><main><section>\(post("Uno"))\(post("Due"))</section></main></body></html>"))
        #expect(a.sections.map(\.title) == ["Uno", "Due"])
        // Kept in the post's section as a sub-heading: no section of its own, no paragraph.
        #expect(a.sections[0].blocks.map(\.kind) == [.paragraph, .subheading, .paragraph])
        #expect(a.sections[0].blocks[1].text == "Prima di comprare")
        #expect(a.sections[0].blocks[1].level == 2)
    }

    @Test func sectionsCitingOtherPagesInTheirTextAreNoListing() {
        let section = { (t: String) in
            "<section><h2>\(t)</h2><p>The council met on Tuesday and, as <a href=\"https://example.org/report\">the report</a> says, voted on the harbour plan after a long debate.</p></section>"
        }
        let a = HTMLParser.parse(SourceText("""
            <html><body><article><h1>Harbour plan</h1><p>By Ann Lee, 3 May 2024</p>\(section("One"))\(section("Two"))\(section("Three"))</article></body></html>
            """))
        #expect(a.date == "2024-05-03")
        #expect(a.sections.map(\.title) == ["One", "Two", "Three"])
    }
}
