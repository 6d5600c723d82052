import ArticleKit
import Testing
@testable import ReaderUI

/// Tabs in the source panel reach the next multiple of 8 columns from the text's first
/// column, as less shows them, and highlights still land on their bytes.
@Suite("Source panel tabs")
struct SourcePaneTabTests {
    static let text = """
        Il porto apre le nuove banchine

        Uno\tdue\ttre porti, con dodici nuove gru per le navi da carico.

        Le prime navi arriveranno a marzo, ha detto il presidente dell'autorità portuale.

        """

    /// The row of the source panel showing `words`, and the column where they start.
    func row(_ screen: Screen, _ words: String) -> (y: Int, x: Int)? {
        for y in 0..<screen.height {
            let cells = (0..<screen.width).map { screen[$0, y] }
            // The source panel's rows start with a line number; its text follows the gutter.
            let line = cells.map(\.text).joined()
            // The last occurrence: side by side, the article comes first on the row.
            guard let r = line.range(of: words, options: .backwards), cells.contains(where: { $0.role == .lineNumber }) else { continue }
            return (y, line.distance(from: line.startIndex, to: r.lowerBound))
        }
        return nil
    }

    @Test("A tab is drawn as spaces to the next stop, highlighted with its paragraph; a hit after it lands on its word",
          arguments: [Size(width: 100, height: 30), Size(width: 160, height: 48)])
    func tabsExpand(size: Size) throws {
        let article = try Fixture.article(text: Self.text)
        var (s, _) = Reader.start(document: ReaderDocument(article: article), size: size)
        s = Reader.update(s, .factsLoaded(Facts())).0
        s = s.pressing(.char("/")).0.typing("tre").pressing(.enter).0
        let screen = s.screen
        let (y, x) = try #require(row(screen, "Uno"))
        #expect(!screen.line(y).contains("^I"))
        let shown = (x..<(x + 20)).map { screen[$0, y].text }.joined()
        #expect(shown == "Uno     due     tre ")
        // The tab's spaces belong to the focused paragraph; the hit is drawn on `tre`.
        #expect(((x + 3)..<(x + 8)).allSatisfy { screen[$0, y].role == .sourceFocus })
        #expect(((x + 16)..<(x + 19)).allSatisfy { screen[$0, y].role == .searchHit })
        #expect(screen[x + 19, y].role == .sourceFocus)
    }

    @Test("The source layout wraps with tabs at their expanded width")
    func wrapsExpanded() {
        let w = { (text: String, width: Int) -> [String] in
            Wrapper.wrap(text, width: width, keepLeadingSpaces: true, expandTabs: true).map {
                String(decoding: Array(text.utf8)[$0], as: UTF8.self)
            }
        }
        #expect(w("abcdefg\tx", 9) == ["abcdefg\tx"])
        #expect(w("abcdefg\tx", 8) == ["abcdefg", "x"])
        #expect(w("a\tb\tc d", 19) == ["a\tb\tc d"])
        #expect(w("a\tb\tc de", 19) == ["a\tb\tc", "de"])
        #expect(w("\tindented", 20) == ["\tindented"])
        // Without expansion a tab is a two-column control (`^I`).
        #expect(Wrapper.wrap("abcdefg\tx", width: 9).count == 2)
    }
}
