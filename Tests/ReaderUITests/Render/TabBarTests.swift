import Testing
@testable import ReaderUI

/// The narrow arrangement's tab row: every pane keeps a tab, labels shorten to fit.
@Suite("Tab row")
struct TabBarTests {
    @Test("Full labels when they fit, shorter ones at 20 columns; no tab dropped", arguments: [(20, 6, " Art │ Src │ Facts │"), (30, 8, " Article │ Source │ Facts │")])
    func everyTabShows(width: Int, height: Int, row: String) throws {
        let s = try Fixture.reader(Size(width: width, height: height))
        #expect(s.focusablePanes == [.article, .source, .facts])
        #expect(s.screen.line(0) == row)
        // Each tab's columns hold its label, inside the row.
        for (pane, range) in s.tabBar.hitRanges {
            #expect(range.upperBound <= width)
            let label = (range.lowerBound..<range.upperBound).map { s.screen[$0, 0].text }.joined()
            #expect(pane.tabLabels.contains(TextFit.trimmed(label)), "\(label)")
        }
    }

    @Test func aClickOnTheShortFactsTabFocusesTheFacts() throws {
        let s = try Fixture.reader(Size(width: 20, height: 6))
        let facts = try #require(s.tabBar.hitRanges.first { $0.0 == .facts }?.1)
        let clicked = Reader.update(s, .mouse(MouseEvent(.click, x: facts.lowerBound + 2, y: 0))).0
        #expect(clicked.focus == .facts)
        #expect(clicked.screen.line(1).hasPrefix(" Figures"))
    }
}
