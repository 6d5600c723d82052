import ArticleKit
import Testing
@testable import LibraryKit

@Suite("Locating matched words through the blocks' text maps")
struct MatchLocatorMapTests {
    static let page = """
        <html><head><title>Il mercato</title></head><body><article>
        <h1>Il mercato</h1>
        <p class="torino">Al caf&#233; di   Torino si parla del mercato:
        <b>Torino</b> lo aspetta da anni, e il caf&eacute; resta aperto.</p>
        <aside class="share">Condividi Torino</aside>
        </article></body></html>
        """

    @Test func wordsShownInTheTextMapToTheirMarkup() throws {
        let article = try ArticleLoader.parse(bytes: Array(Self.page.utf8), path: "mercato.html")
        let whole = article.source.span(start: 0, end: article.source.utf8.count)
        let cafe = MatchLocator.spans(of: [.word("cafe")], in: FlatArticle(article), within: whole)
        #expect(cafe.map { article.source.string(in: $0) } == ["caf&#233;", "caf&eacute;"])
        // Only the words the article shows: not the class attribute, not the dropped aside.
        let torino = MatchLocator.spans(of: [.word("torino")], in: FlatArticle(article), within: whole)
        #expect(torino.map { article.source.string(in: $0) } == ["Torino", "Torino"])
        #expect(torino.allSatisfy { $0.firstLine == 3 || $0.firstLine == 4 })
        // A phrase across a collapsed run of blanks covers the blanks.
        let phrase = MatchLocator.spans(of: [.phrase("di torino")], in: FlatArticle(article), within: whole)
        #expect(phrase.map { article.source.string(in: $0) } == ["di   Torino"])
    }
}

@Suite("Long sections: snippets and matches read a piece at a time")
struct LongSectionMatchTests {
    @Test func theSnippetIsCutAroundTheFirstMatchManyPiecesIn() throws {
        let text = String(repeating: "nulla di nuovo ", count: 20_000) + "una cometa luminosa " + String(repeating: "e poi cometa ", count: 10)
        let snippet = try #require(SnippetWindow.around([.word("cometa")], in: text))
        #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…"))
        #expect(snippet.contains("una \u{1}cometa\u{2} luminosa"), "\(snippet)")
        #expect(snippet.count < 200)
        #expect(SnippetWindow.around([.word("giove")], in: text) == nil)
        #expect(SnippetWindow.around([.phrase("Cometa luminosa")], in: text)?.contains("\u{1}cometa luminosa\u{2}") == true)
    }

    @Test func matchesInALongSectionStopAtTheLimitInTextOrder() throws {
        let article = try ArticleLoader.parse(bytes: Array(("Titolo\n\n" + String(repeating: "parola e ", count: 30_000) + "\n").utf8), path: "a.txt")
        let whole = article.source.span(start: 0, end: article.source.utf8.count)
        let spans = MatchLocator.spans(of: [.word("parola")], in: FlatArticle(article), within: whole, limit: 100)
        #expect(spans.count == 100)
        #expect(spans.map(\.start) == spans.map(\.start).sorted())
        #expect(spans.first.map { article.source.string(in: $0) } == "parola")
        #expect(spans.first?.start == "Titolo\n\n".utf8.count)
        #expect(MatchLocator.spans(of: [.word("parola")], in: FlatArticle(article), within: whole).count == MatchLocator.maximum)
    }

    @Test func aPhraseAcrossTheCutBetweenTwoPiecesIsFoundOnce() throws {
        // "stella cadente" starts 6 bytes before the first piece's nominal end (65,536).
        let filler = String(repeating: "abc ", count: (TextPieces.size - 6) / 4)
        let text = filler + "..stella cadente e " + String(repeating: "abc ", count: 2_000) + "stella cadente."
        let article = try ArticleLoader.parse(bytes: Array(("Titolo\n\n" + text + "\n").utf8), path: "a.txt")
        let whole = article.source.span(start: 0, end: article.source.utf8.count)
        let spans = MatchLocator.spans(of: [.phrase("stella cadente")], in: FlatArticle(article), within: whole)
        #expect(spans.map { article.source.string(in: $0) } == ["stella cadente", "stella cadente"])
        // Every "abc" once, none twice from the overlap between the pieces.
        let abc = MatchLocator.spans(of: [.word("abc")], in: FlatArticle(article), within: whole, limit: 100_000)
        #expect(abc.count == (TextPieces.size - 6) / 4 + 2_000)
        #expect(Set(abc.map(\.start)).count == abc.count)
        let snippet = try #require(SnippetWindow.around([.phrase("stella cadente")], in: text))
        #expect(snippet.contains("\u{1}stella cadente\u{2}"), "\(snippet)")
    }
}
