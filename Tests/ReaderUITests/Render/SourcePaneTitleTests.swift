import ArticleKit
import Testing
@testable import ReaderUI

/// The source panel's title names the lines the reader can see: the highlighted span's while
/// it is in view, the lines in view once the panel is scrolled away from it.
@Suite("Source panel title")
struct SourcePaneTitleTests {
    /// The line numbers in the title (`line 3` or `lines 9–13`), from the row holding "Source ·".
    func titleLines(_ screen: Screen) -> [Int] {
        guard let row = (0..<screen.height).map(screen.line).first(where: { $0.contains("Source · ") }),
              let part = row.components(separatedBy: "Source · ").last?.components(separatedBy: " of ").first else { return [] }
        return part.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    @Test("Scrolled with j while focused, the title follows the lines in view",
          arguments: [Size(width: 100, height: 30), Size(width: 80, height: 24)])
    func followsTheScroll(size: Size) throws {
        var s = try Fixture.reader(size)
        while s.focus != .source { s = s.pressing(.tab).0 }
        let focus = try #require(s.focusSpan)
        #expect(titleLines(s.screen).first == focus.firstLine)
        for _ in 0..<10 { s = s.pressing(.char("j")).0 }
        let panel = s.sourcePanel
        #expect(panel.top > 0)
        let rows = Array(panel.layout.rows[panel.top...].filter { !$0.isLabel })
        let first = Int(try #require(rows.first).line)
        #expect(first > focus.lastLine)
        let shown = titleLines(s.screen)
        #expect(shown.first == first, "\(shown)")
        #expect(shown.count == 2 && shown[1] >= first, "\(shown)")
    }
}
