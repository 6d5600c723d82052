import ArticleKit
import Testing
@testable import ReaderUI

/// Search hits in the source panel's dropped lines, which no block shows: looked for word by
/// word, as the article's matches are.
@Suite("Source panel search hits")
struct SourcePaneSearchTests {
    /// The words drawn as search hits on the screen's rows that hold `marker`.
    func hitWords(_ screen: Screen, onRowsWith marker: String) -> [String] {
        var words: [String] = []
        for y in 0..<screen.height where screen.line(y).contains(marker) {
            var word = ""
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.role == .searchHit { word += cell.text } else if !word.isEmpty { words.append(word); word = "" }
            }
            if !word.isEmpty { words.append(word) }
        }
        return words
    }

    @Test func aLibraryHitsWordsAreFoundInDroppedLinesOneByOne() throws {
        let text = """
            Il porto apre le nuove banchine

            Condividi su facebook

            Il porto di Genova apre le nuove banchine per le navi da carico, dopo tre anni di lavori e una spesa di 40 milioni.

            Le prime navi arriveranno a marzo, ha detto il presidente dell'autorità portuale.
            """
        let article = try Fixture.article(text: text)
        #expect(article.dropped.contains { $0.text.contains("facebook") })
        var (s, _) = Reader.start(document: ReaderDocument(article: article), size: Size(width: 160, height: 30))
        s = Reader.update(s, .factsLoaded(Facts())).0
        s = Reader.update(s, .showHit(section: 0, query: "facebook porto", terms: ["facebook", "porto"])).0
        #expect(s.search?.matches.isEmpty == false)
        #expect(hitWords(s.screen, onRowsWith: "Condividi") == ["facebook"])
    }
}
