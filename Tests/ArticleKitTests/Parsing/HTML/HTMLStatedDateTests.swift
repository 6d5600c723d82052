import Testing
@testable import ArticleKit

@Suite("The date a web page states")
struct HTMLStatedDateTests {
    static func parse(_ html: String) -> Article { HTMLParser.parse(SourceText(html)) }
    static let prose = "<p>The council met on Tuesday and voted on the harbour plan after a long and careful debate.</p>"

    @Test("Date lines under the first heading, two or more, date the article's parts, not the page")
    func dateLinesOfCardsAreNotThePagesDate() {
        func card(_ date: String) -> String {
            "<div class=\"actu-card\"><div class=\"actu-date\">\(date)</div><p>Réunion d'information sur les classes.</p></div>"
        }
        let cards = Self.parse("<html><body><main><h1>Actualités</h1><h2>Événements à venir</h2>\(card("12 Février 2026"))\(card("7 Mars 2026"))\(Self.prose)</main></body></html>")
        #expect(cards.date == nil)
        // One date line under the first heading (a post's `Posted on` line at its end) is the page's.
        let one = Self.parse("<html><body><main><h1>Actualités</h1><h2>Événements</h2>\(Self.prose)<p class=\"post-meta\">Posted on March 9, 2024</p></main></body></html>")
        #expect(one.date == "2024-03-09")
        // And a date line above the first heading still dates the page.
        let above = Self.parse("<html><body><main><h1>Actualités</h1><p class=\"post-meta\">Posted on March 9, 2024</p><h2>Événements</h2>\(card("12 Février 2026"))\(card("7 Mars 2026"))</main></body></html>")
        #expect(above.date == "2024-03-09")
    }

    @Test func metaTagsComeFirstAndKeepTheirTime() {
        let a = Self.parse("""
            <html><head><meta property="og:article:published_time" content="2024-03-05T00:00:00-04:00"></head>
            <body><article><h1>Title</h1><p class="post-meta">Posted on March 9, 2024</p>\(Self.prose)</article></body></html>
            """)
        #expect(a.date == "2024-03-05T00:00:00-04:00")
    }

    @Test("A container named meta-… holding the text is not metadata: only a short one is")
    func longMetaContainerKeepsItsText() {
        let body = String(repeating: "Questa è una frase lunga del corpo dell'articolo. ", count: 10)
        let a = Self.parse("<html><body><article><h1>Titolo</h1><div class=\"meta-content\"><p>\(body)</p></div></article></body></html>")
        #expect(a.words > 80)
        #expect(!a.dropped.contains { $0.reason == .metadata && $0.text.hasPrefix("Questa") })
        let b = Self.parse("<html><body><article><h1>Titolo</h1><div class=\"meta-content\">12 marzo 2021</div>\(Self.prose)</article></body></html>")
        #expect(b.dropped.contains { $0.reason == .metadata || $0.reason == .byline })
    }

    @Test func linkedDataDatePublished() {
        let a = Self.parse("""
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished" : "2019-10-15T09:11:00Z"}</script></head>
            <body><article><h1>Title</h1>\(Self.prose)</article></body></html>
            """)
        #expect(a.date == "2019-10-15T09:11:00Z")
    }

    @Test func aTimeInTheArticleIsReadAsADate() {
        let a = Self.parse("<html><body><article><h1>Title</h1><p><time>28. September 2014</time></p>\(Self.prose)</article></body></html>")
        #expect(a.date == "2014-09-28")
        // The line holding only the date is a date line, not text.
        #expect(a.dropped.contains { $0.reason == .byline && $0.text == "28. September 2014" })
        #expect(!FlatArticle(a).blocks.contains { $0.text == "28. September 2014" })
    }

    @Test func aMetadataLineInTheArticle() {
        let a = Self.parse("""
            <html><body><div class="post"><h1>Midnight Ride</h1>\(Self.prose)\(Self.prose)
            <p class="post-meta">Sep 27, 2014</p></div></body></html>
            """)
        #expect(a.date == "2014-09-27")
        #expect(a.dropped.contains { $0.reason == .metadata && $0.text == "Sep 27, 2014" })
    }

    @Test func aBylineWithADateUnderTheTitle() {
        let a = Self.parse("""
            <html><body><div id="post"><h1>On Recent Events</h1><p>Tuesday 15 October 2019 by Bradley M. Kuhn</p>
            \(Self.prose)\(Self.prose)</div></body></html>
            """)
        #expect(a.date == "2019-10-15")
        #expect(a.sections.flatMap(\.blocks).allSatisfy { !$0.text.contains("Bradley") })
    }

    @Test func theFirstFullDateOpeningAnEarlyBlock() {
        let a = Self.parse("""
            <html lang="es"><body><article><h1>La tormenta</h1>
            <p>20 de septiembre de 2019. La tormenta de granizo afectó a la provincia de Girona durante toda la tarde.</p>
            \(Self.prose)</article></body></html>
            """)
        #expect(a.date == "2019-09-20")
    }

    @Test func aDateDeepInTheTextIsNotTheArticles() {
        let a = Self.parse("""
            <html><body><article><h1>Title</h1>\(Self.prose)\(Self.prose)\(Self.prose)
            <p>The first meeting was held on 3 May 2001 in the old town hall by the river.</p></article></body></html>
            """)
        #expect(a.date == nil)
    }

    @Test func aMonthInTheTitleIsNotADateButAFullDateIs() {
        #expect(Self.parse("<html><body><article><h1>Stadtrat vom August 2016</h1>\(Self.prose)</article></body></html>").date == nil)
        #expect(Self.parse("<html><body><article><h1>Report of April 16, 2012</h1>\(Self.prose)</article></body></html>").date == "2012-04-16")
    }
}
