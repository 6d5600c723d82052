import Testing
@testable import ArticleKit

@Suite("HTML through libxml2")
struct HTMLParserTests {
    static func load(_ name: String) throws -> Article {
        try ArticleLoader.parse(bytes: try fixtureBytes("html/" + name), path: name)
    }

    @Test func titleDateAuthorFromMarkupAndMetaTags() throws {
        let a = try Self.load("article.html")
        #expect(a.format == .html)
        #expect(a.title?.text == "Harbour wind farm approved")
        #expect(a.source.string(in: a.title!.span) == "<h1>Harbour wind farm approved</h1>")
        #expect(a.author == "Sam Carter")
        #expect(a.date == "2024-05-02T09:00:00Z")
        #expect(a.language == .english)
    }

    @Test func characterReferencesAreDecoded() throws {
        let a = try Self.load("article.html")
        #expect(a.lede?.text == "The council approved & funded the wind farm on Tuesday\u{A0}night, after “two years” of debate.")
    }

    @Test func headingsBecomeSectionsAndBlocksKeepTheirKinds() throws {
        let a = try Self.load("article.html")
        #expect(a.sections.map(\.title) == ["What happens next", "The phases"])
        #expect(a.sections.map(\.level) == [2, 3])
        #expect(a.sections[0].blocks.map(\.text) == [
            "Construction starts in June and will employ 120 people.",
            "It will take two years to finish the 14 turbines.",
        ])
        let phases = a.sections[1].blocks
        #expect(phases.map(\.kind) == [.list, .list, .list, .list, .list, .quote, .code])
        #expect(phases.map(\.level) == [0, 1, 0, 0, 0, 0, 0])
        #expect(phases.compactMap(\.marker) == ["-", "-", "-", "3.", "4."])
        #expect(phases[6].text == "turbines = 14\n  capacity = \"84 MW\"")
    }

    @Test func spansPointAtTheMarkup() throws {
        let a = try Self.load("article.html")
        let blocks = a.sections.flatMap(\.blocks)
        #expect(a.source.string(in: blocks[0].span) == "<p>Construction starts in June and will employ 120 people.")
        #expect(a.source.string(in: blocks[1].span) == "<p\n  class=\"multi-line-tag\">It will take\ntwo years to finish the 14 turbines.</p>")
        #expect(blocks[1].span.firstLine == 22 && blocks[1].span.lastLine == 24)
        #expect(a.source.string(in: blocks[2].span) == "<li>Phase one")
        #expect(a.source.string(in: blocks[3].span) == "<li>Survey of the seabed</li>")
        #expect(a.source.string(in: a.sections[1].heading!.span) == "<h3>The phases</h3>")
        for (_, span) in allSpans(a) {
            #expect(span.firstLine == a.source.lineNumber(forOffset: span.start))
            #expect(span.lastLine == a.source.lineNumber(forOffset: Swift.max(span.start, span.end - 1)))
        }
    }

    @Test func furnitureIsDroppedAndRecorded() throws {
        let a = try Self.load("article.html")
        let dropped = a.dropped.map { "\($0.reason.rawValue): \($0.text)" }
        #expect(dropped == [
            "metadata: Harbour wind farm approved | The Gazette",
            "page-furniture: Home News",
            "share-links: Share on X Share by email",
            "page-furniture: Get our newsletter",
            "page-furniture: Popular: other stories",
            "page-furniture: © The Gazette",
        ])
        #expect(a.source.string(in: a.dropped[2].span).hasPrefix("<div class=\"share-buttons\">"))
        #expect(a.source.string(in: a.dropped[2].span).hasSuffix("</div>"))
        let all = FlatArticle(a).blocks.map(\.text).joined(separator: " ")
        #expect(!all.contains("not article text"))
        #expect(!all.contains("color"))
    }

    @Test func withoutArticleTheElementWithMostParagraphTextWins() throws {
        let a = try Self.load("no-article.html")
        #expect(a.title?.text == "Notizie dal quartiere")
        #expect(a.date == "2023-11-20")
        let texts = FlatArticle(a).blocks.map(\.text)
        #expect(texts.contains("La nuova biblioteca di quartiere"))
        #expect(texts.contains { $0.hasPrefix("Il comune ha stanziato 2 milioni") })
        #expect(!texts.contains { $0.contains("Archivio") || $0.contains("Pubblicità") })
        #expect(a.dropped.contains { $0.reason == .cookieNotice && $0.text == "Questo sito usa i cookie." })
        #expect(a.language == .italian)
    }

    @Test func declaredWindows1252IsHonoured() throws {
        let a = try Self.load("windows-1252.html")
        #expect(a.encoding == .windows1252)
        #expect(a.title?.text == "Caffè e città: l’inverno più freddo")
        #expect(a.sections.flatMap(\.blocks).first?.text == "Perché il caffè costa di più? Il prezzo è salito a 1,20 € in città – “un record”, dicono i baristi.")
        #expect(a.source.string(in: a.title!.span) == "<h1>Caffè e città: l’inverno più freddo</h1>")
    }

    @Test func brokenMarkupIsRecovered() {
        let a = HTMLParser.parse(SourceText("<p>One <b>two <i>three</b> four<p>five &copy; <div>six"))
        #expect(FlatArticle(a).blocks.map(\.text) == ["One two three four", "five © six"] || FlatArticle(a).blocks.map(\.text) == ["One two three four", "five ©", "six"])
    }

    @Test func thousandsOfNestedElementsDoNotCrash() {
        let depth = 5000
        let html = "<html><body><article>" + String(repeating: "<div><blockquote>", count: depth) + "<p>deep text</p>"
        let a = HTMLParser.parse(SourceText(html))
        let last = FlatArticle(a).blocks.last
        #expect(last?.text == "deep text")
        #expect(last?.kind == .quote)
        #expect(last?.level == depth - 1)
        #expect(a.source.string(in: last!.span) == "<p>deep text</p>")
    }
}

@Suite("HTML edge cases")
struct HTMLEdgeCaseTests {
    @Test func deeplyNestedListsAndTablesDoNotCrash() {
        let depth = 3000
        let lists = "<article>" + String(repeating: "<ul><li>level", count: depth)
        let a = HTMLParser.parse(SourceText(lists))
        let items = FlatArticle(a).blocks.filter { $0.kind == .list }
        #expect(items.count == depth)
        #expect(items.last?.level == depth - 1)
        let tables = "<body>" + String(repeating: "<table><tr><td>", count: depth) + "<p>in the middle of it all</p>"
        let b = HTMLParser.parse(SourceText(tables))
        #expect(FlatArticle(b).blocks.map(\.text) == ["in the middle of it all"])
    }

    @Test func quotedAngleBracketsAndCommentsDoNotConfuseTheSpans() {
        let html = "<body><!-- <p>not a tag</p> --><article><p title=\"a > b\">One</p>\n<script>if (a < b) { x = '<p>'; }</script><p>Two</p></article>"
        let a = HTMLParser.parse(SourceText(html))
        let blocks = FlatArticle(a).blocks
        #expect(blocks.map(\.text) == ["One", "Two"])
        #expect(a.source.string(in: blocks[0].span) == "<p title=\"a > b\">One</p>")
        #expect(a.source.string(in: blocks[1].span) == "<p>Two</p>")
    }

    @Test func aBodyAfterTheClosingHtmlTagIsRead() throws {
        let html = "<!DOCTYPE html>\n<html><head><title>Page</title></head></html>\n<body><h1>Headline</h1>\n<p>First paragraph.</p>\n<p>Second paragraph.</p></body></html>"
        let a = HTMLParser.parse(SourceText(html))
        #expect(a.title?.text == "Headline")
        let blocks = FlatArticle(a).blocks
        try #require(blocks.map(\.text) == ["Headline", "First paragraph.", "Second paragraph."])
        #expect(a.source.string(in: blocks[2].span) == "<p>Second paragraph.</p>")
        for block in blocks {
            let range = 0..<block.text.utf8.count
            #expect(a.source.string(in: block.span(ofTextRange: range, in: a.source)).contains(block.text))
        }
    }

    @Test func aStrayQuoteInATagDoesNotHideTheTagsAfterIt() throws {
        // A quote opens a value only after `=`: here `1.0"` is an unquoted value.
        let html = "<html><head><meta name=\"viewport\" content=\"width=device-width\", initial-scale=1.0\">\n<title>Page</title></head>\n<body><h1>Headline</h1>\n<p>First paragraph.</p>\n<p title=a=\"b>Second paragraph.</p></body></html>"
        let tags = HTMLTagScanner.scan(SourceText(html))
        #expect(tags.map(\.name) == ["html", "head", "meta", "title", "title", "head", "body", "h1", "h1", "p", "p", "p", "p", "body", "html"])
        let a = HTMLParser.parse(SourceText(html))
        let blocks = FlatArticle(a).blocks
        try #require(blocks.map(\.text) == ["Headline", "First paragraph.", "Second paragraph."])
        #expect(a.source.string(in: blocks[1].span) == "<p>First paragraph.</p>")
        #expect(blocks[1].span.firstLine == 4)
    }

    @Test func aSlashEndingAnUnquotedValueDoesNotCloseTheTag() throws {
        // `href=/>` is the value `/`: the link is open until `</a>`, so the menu's end tag, not
        // the link's, ends the menu.
        let html = "<html><body><nav><a class=menu href=/>Home</a> <a href=/chi/>Chi siamo</a></nav>\n<article><h1>Titolo</h1><p>Un paragrafo di testo.</p></article></body></html>"
        let tags = HTMLTagScanner.scan(SourceText(html))
        #expect(tags.filter { $0.name == "a" }.map(\.selfClosing) == [false, false, false, false])
        let doc = HTMLDocument(source: SourceText(html))
        let nav = try #require(doc.elements.first { $0.name == "nav" })
        #expect(doc.span(nav).map { doc.source.string(in: $0) }?.hasSuffix("Chi siamo</a></nav>") == true)
    }

    @Test func emptyAndTextOnlyInput() {
        #expect(FlatArticle(HTMLParser.parse(SourceText(""))).blocks.isEmpty)
        let a = HTMLParser.parse(SourceText("just words, no tags at all"))
        #expect(FlatArticle(a).blocks.map(\.text) == ["just words, no tags at all"])
    }

    @Test func declaredUTF8WithBadBytesIsLossyNotWindows1252() throws {
        var bytes = Array("<meta charset=\"utf-8\"><p>caff".utf8)
        bytes.append(0xE8)  // Latin-1 è in a page that says UTF-8
        bytes += Array("</p>".utf8)
        let a = try HTMLParser.parse(bytes: bytes)
        #expect(a.encoding == .utf8Lossy)
        #expect(FlatArticle(a).blocks.last?.text == "caff\u{FFFD}")
    }
}

@Suite("HTML text outside paragraphs")
struct HTMLLooseTextTests {
    @Test func looseTextSpansStopBeforeTheEnclosingEndTag() {
        let html = "<article><div><p>One</p>Loose text <b>bold</b>\n</div>\n<div>Second<br>line</div><h2>Head</h2>tail words</article>"
        let a = HTMLParser.parse(SourceText(html))
        let cuts = FlatArticle(a).blocks.map { a.source.string(in: $0.span) }
        #expect(FlatArticle(a).blocks.map(\.text) == ["One", "Loose text bold", "Second line", "Head", "tail words"])
        #expect(cuts == ["<p>One</p>", "Loose text <b>bold</b>", "<div>Second<br>line</div>", "<h2>Head</h2>", "tail words"])
    }
}
