import LibraryKit
import Testing
@testable import ReaderUI

@Suite("Bookmark list as a component")
struct BookmarkListTests {
    static func mark(_ offset: Int, line: Int) -> Bookmark {
        Bookmark(offset: offset, line: line, label: "line \(line)", createdAt: 0)
    }

    let list = BookmarkListState(marks: [mark(300, line: 9), mark(100, line: 3), mark(200, line: 6)])

    @Test("Kept in offset order; the list opens on the last one at or above the reading position")
    func opens() {
        #expect(list.marks.map(\.offset) == [100, 200, 300])
        let shown = BookmarkList.update(list, .show(near: 250)).0
        #expect(shown.isOpen && shown.selected == 1)
        #expect(BookmarkList.update(list, .show(near: 50)).0.selected == 0)
        #expect(!BookmarkList.update(BookmarkListState(), .show(near: 0)).0.isOpen)
    }

    @Test("Keys from KeyMap.bookmarks: j moves, Enter goes (and closes), d deletes, the last one gone closes")
    func keys() {
        var s = BookmarkList.update(list, .show(near: 0)).0
        s = BookmarkList.update(s, .key(.char("j"))).0
        let (gone, go) = BookmarkList.update(s, .key(.enter))
        #expect(!gone.isOpen && go == [.go(list.marks[1], number: 2, count: 3)])
        let (fewer, removed) = BookmarkList.update(s, .key(.char("d")))
        #expect(removed == [.removed(list.marks[1])] && fewer.marks.count == 2 && fewer.isOpen)
        var one = BookmarkListState(marks: [Self.mark(10, line: 1)])
        one = BookmarkList.update(one, .show(near: 10)).0
        #expect(!BookmarkList.update(one, .key(.delete)).0.isOpen)
        #expect(!BookmarkList.update(s, .key(.char("'"))).0.isOpen)
        #expect(BookmarkList.update(s, .key(.char("x"))).1.isEmpty)
    }

    /// At 40 columns the list showed `line 1  Il Papa è felice di av`, cut mid-word with no sign.
    @Test("A label wider than the box is cut with …")
    func longLabelIsCut() throws {
        var s = BookmarkListState(marks: [Bookmark(offset: 0, line: 1, label: "Il Papa è felice di avere ripreso le udienze generali", createdAt: 0)])
        s = BookmarkList.update(s, .show(near: 0)).0
        var screen = Screen(width: 40, height: 10)
        _ = BookmarkOverlay.draw(s, size: Size(width: 40, height: 10), into: &screen)
        let row = try #require((0..<10).map { screen.line($0) }.first { $0.contains("line 1") })
        #expect(row.contains("line 1  Il Papa è felice di a… │"), "\(row)")
    }

    @Test("Adding at an offset already marked replaces that bookmark")
    func add() {
        let s = BookmarkList.update(list, .add(Self.mark(200, line: 7))).0
        #expect(s.marks.map(\.line) == [3, 7, 9])
    }
}
