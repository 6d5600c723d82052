import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Counts in words: singular for one")
struct PluralTests {
    @Test("1 match, 1 section, 1 word, 1 fact on screen and in messages")
    func singulars() throws {
        let article = try Fixture.article(text: "Titolo\n\nUnica\n")
        var s = Reader.start(document: ReaderDocument(article: article), size: Size(width: 100, height: 30)).0
        s = Reader.update(s, .factsLoaded(Fixture.facts(article, [(.places, "Unica", "Unica")]))).0
        #expect(s.document.sectionCount == 1)
        let typing = s.pressing(.char("/")).0.typing("unica")
        #expect(typing.screen.line(29).contains("1 match "))
        let toc = s.pressing(.char("t")).0.screen.text
        #expect(toc.contains("Contents · 1 section"))
        #expect(toc.contains("1 word · 1 fact"))
        #expect(s.pressing(.char("2")).0.message == "There is no section 2 (1 section)")
        var counted = s
        counted.search = SearchState(query: "unica", matches: typing.search?.matches ?? [], current: nil)
        #expect(counted.screen.line(29).contains("1 match"))
        #expect(!counted.screen.text.contains("1 matches"))
    }

    @Test func countedNouns() {
        #expect(TextFit.counted(1, "hit") == "1 hit")
        #expect(TextFit.counted(12_500, "word") == "12,500 words")
        #expect(TextFit.counted(0, "match", "matches") == "0 matches")
    }
}
