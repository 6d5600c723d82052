import ArticleKit
import Testing
@testable import ReaderUI

@Suite("A mention's place in its block's text")
struct ReaderLocateTests {
    @Test func aMentionMapsThroughTheBlocksTextMap() throws {
        let page = "<html><body><article><h1>Titolo</h1><p>Il caf&#233; Torino e il caf&#233;\n   della piazza, caff&egrave; per tutti.</p></article></body></html>"
        let article = try ArticleLoader.parse(bytes: Array(page.utf8), path: "x.html")
        let block = try #require(FlatArticle(article).blocks.first { $0.text.hasPrefix("Il café") })
        let source = article.source.text
        // The second "caf&#233;": the text search the reader used to do found the first.
        let second = try #require(source.ranges(of: "caf&#233;").last)
        let start = source.utf8.distance(from: source.startIndex, to: second.lowerBound)
        let mention = Mention(text: "café", span: article.source.span(start: start, end: start + 9), section: 0)
        let range = try #require(ReaderState.locate(mention, in: block))
        let text = Array(block.text.utf8)
        #expect(String(decoding: text[range], as: UTF8.self) == "café")
        #expect(range.lowerBound == "Il café Torino e il ".utf8.count)
        // A span over markup alone shows no text.
        let tag = try #require(source.range(of: "<p>"))
        let at = source.utf8.distance(from: source.startIndex, to: tag.lowerBound)
        #expect(ReaderState.locate(Mention(text: "", span: article.source.span(start: at + 1, end: at + 2), section: 0), in: block) == nil)
    }
}
