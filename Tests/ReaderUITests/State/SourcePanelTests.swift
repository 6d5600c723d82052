import ArticleKit
import Testing
@testable import ReaderUI

/// The source panel's own state: a span brought a third of the way down, scrolling kept to
/// the last page, each width its own wrap.
@Suite("Source panel state")
struct SourcePanelTests {
    @Test func aSpanOutOfViewComesAThirdOfTheWayDown() throws {
        let a = try Fixture.sample("biblioteca-torino.txt")
        var panel = SourcePanel(article: a, width: 40)
        let start = a.source.lineRange(31).lowerBound
        let span = a.source.span(start: start, end: start + 5)
        panel.show(span, rows: 9, in: a.source)
        let row = panel.layout.row(forOffset: start, in: a.source)
        #expect(panel.top == row - 3)
        // Already in view: it stays.
        panel.show(a.source.span(start: start + 1, end: start + 2), rows: 9, in: a.source)
        #expect(panel.top == row - 3)
    }

    @Test func scrollingStopsAtTheLastPageAndEachWidthHasItsWrap() throws {
        let a = try Fixture.sample("biblioteca-torino.txt")
        var panel = SourcePanel(article: a, width: 40)
        panel.scroll(by: Int.max, rows: 10)
        #expect(panel.top == panel.layout.rows.count - 10)
        panel.scroll(by: -3, rows: 10)
        #expect(panel.top == panel.layout.rows.count - 13)
        let narrow = panel.layout.rows.count
        panel.fit(width: 80, article: a)
        #expect(panel.layout.width == 80 && panel.layout.rows.count < narrow)
        panel.fit(width: 40, article: a)
        #expect(panel.layout.rows.count == narrow)
    }
}
