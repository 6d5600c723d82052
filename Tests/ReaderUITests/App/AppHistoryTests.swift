import ArticleKit
import LibraryKit
import Testing
@testable import ReaderUI

@Suite("App: opening articles, going back, history, positions")
struct AppHistoryTests {
    let size = Size(width: 100, height: 30)

    /// The list with the cursor on the article whose file is `name`.
    func on(_ name: String, _ s: AppState) -> AppState {
        var t = s.pressing(.char("g")).0
        while t.library.selectedEntry?.fileName != name, t.library.selected < t.library.rows.count - 1 { t = t.pressing(.char("j")).0 }
        return t
    }

    func open(_ name: String, _ s: AppState, position: ReadingPosition? = nil) throws -> AppState {
        let (t, effects) = on(name, s).pressing(.enter)
        #expect(effects.openRequests.count == 1)
        #expect(t.openingTitle != nil)
        #expect(t.screen.line(t.size.height - 1).contains("Opening "))
        return try t.answering(effects, position: position).0
    }

    @Test("Enter opens; q, h and Backspace go back to the list and save the position; q in the list quits")
    func backToList() throws {
        let list = AppFixture.library(size)
        let r = try open("biblioteca-torino.txt", list).pressing(.char("]"), .char("]")).0
        #expect(r.view == .reader && r.reader?.currentSection == 2)
        for key in [Key.char("q"), .char("h"), .backspace] {
            let (back, effects) = r.pressing(key)
            #expect(back.view == .library, "\(key)")
            #expect(effects.savedPositions.count == 1, "\(key)")
            #expect(effects.savedPositions.first?.key == "/library/articles/biblioteca-torino.txt")
            #expect(back.library.selectedEntry?.fileName == "biblioteca-torino.txt")
            #expect(!effects.quits)
        }
        let (_, quit) = r.pressing(.char("q"), .char("q"))
        #expect(quit.quits)
        // Q quits from the article at once, saving first.
        let (_, direct) = r.pressing(.char("Q"))
        #expect(direct.savedPositions.count == 1 && direct.quits)
    }

    @Test("Reopening lands at the saved position")
    func savedPosition() throws {
        let list = AppFixture.library(size)
        let r = try open("biblioteca-torino.txt", list).pressing(.char("3"), .char("j"), .char("j")).0
        let (_, effects) = r.pressing(.char("q"))
        let saved = try #require(effects.savedPositions.first)
        // A new session: the same article opened with that position.
        let again = try open("biblioteca-torino.txt", AppFixture.library(size),
                             position: ReadingPosition(offset: saved.offset, line: 1, savedAt: 0))
        // The same block at the top (a blank row above it may be skipped).
        #expect(again.reader?.readingBlock == r.reader?.readingBlock)
        #expect(abs((again.reader?.articleTop ?? 0) - (r.reader?.articleTop ?? 0)) <= 1)
        #expect(again.reader?.currentSection == 2)
        #expect(again.screen.line(29).contains("Back where you left it"))
    }

    @Test("Positions survive a different window size (they are offsets in the text)")
    func positionAcrossSizes() throws {
        let r = try open("biblioteca-torino.txt", AppFixture.library(Size(width: 160, height: 48))).pressing(.char("4")).0
        let (_, effects) = r.pressing(.char("q"))
        let saved = try #require(effects.savedPositions.first)
        let small = try open("biblioteca-torino.txt", AppFixture.library(Size(width: 60, height: 20)),
                             position: ReadingPosition(offset: saved.offset, line: 1, savedAt: 0))
        #expect(small.reader?.currentSection == 3)
    }

    @Test("H pressed again before the article arrives steps further back, not to the same one")
    func quickHistoryKeys() throws {
        var s = try open("biblioteca-torino.txt", AppFixture.library(size))
        s = s.pressing(.char("q")).0
        s = try open("harbour-wind-farm.txt", s)
        s = s.pressing(.char("q")).0
        s = try open("mercato-porta-palazzo.html", s)
        let (t, effects) = s.pressing(.char("H"), .char("H"))
        #expect(effects.openRequests.last?.key == "/library/articles/biblioteca-torino.txt")
        let arrived = try t.answering([effects.openRequests.last.map(AppCmd.openArticle)!]).0
        #expect(arrived.historyIndex == 0 && arrived.reader?.document.name == "biblioteca-torino.txt")
        // One more H from the first article: nothing earlier.
        #expect(arrived.pressing(.char("H")).0.reader?.message?.contains("No earlier article") == true)
    }

    @Test("H and L step back and forward through the articles opened; L in the list returns")
    func history() throws {
        let list = AppFixture.library(size)
        var s = try open("biblioteca-torino.txt", list)
        s = s.pressing(.char("q")).0
        s = try open("harbour-wind-farm.txt", s)
        s = s.pressing(.char("h")).0
        s = try open("mercato-porta-palazzo.html", s)
        #expect(s.history.map { $0.key.split(separator: "/").last! } == ["biblioteca-torino.txt", "harbour-wind-farm.txt", "mercato-porta-palazzo.html"])
        var (t, effects) = s.pressing(.char("H"))
        #expect(effects.savedPositions.count == 1)
        #expect(effects.openRequests.first?.key == "/library/articles/harbour-wind-farm.txt")
        t = try t.answering(effects).0
        #expect(t.historyIndex == 1 && t.reader?.document.name == "harbour-wind-farm.txt")
        (t, effects) = t.pressing(.char("H"))
        t = try t.answering(effects).0
        #expect(t.historyIndex == 0)
        // Nothing before the first.
        let first = t.pressing(.char("H"))
        #expect(first.1.openRequests.isEmpty && first.0.reader?.message?.contains("No earlier article") == true)
        (t, effects) = t.pressing(.char("L"))
        t = try t.answering(effects).0
        #expect(t.historyIndex == 1)
        // Back to the list and L returns to the article, as it was, without reading it again.
        let list2 = t.pressing(.char("q")).0
        let (again, none) = list2.pressing(.char("L"))
        #expect(again.view == .reader && none.openRequests.isEmpty)
        // Opening a new article from the middle drops the forward history.
        let fresh = try open("reading-the-tide-tables.md", list2)
        #expect(fresh.history.count == 3 && fresh.historyIndex == 2)
        #expect(fresh.history.last?.key == "/library/articles/reading-the-tide-tables.md")
    }

    @Test("A late answer for an article no longer wanted is ignored; a failure is shown")
    func staleAndFailed() throws {
        let list = AppFixture.library(size)
        let (first, e1) = on("biblioteca-torino.txt", list).pressing(.enter)
        let (second, e2) = on("harbour-wind-farm.txt", first).pressing(.enter)
        let late = try second.answering(e1).0
        #expect(late.view == .library)
        let done = try late.answering(e2).0
        #expect(done.reader?.document.name == "harbour-wind-farm.txt")
        let (third, e3) = on("mercato-porta-palazzo.html", done.pressing(.char("q")).0).pressing(.enter)
        let failed = App.update(third, .articleFailed(request: e3.openRequests[0].id, message: "Cannot open it: gone")).0
        #expect(failed.view == .library && failed.opening == nil)
        #expect(failed.screen.line(29).contains("Cannot open it: gone"))
    }

    @Test("S from the reader searches the library; Esc returns to the article")
    func searchFromReader() throws {
        let r = try open("biblioteca-torino.txt", AppFixture.library(size))
        let (s, effects) = r.pressing(.char("S"))
        #expect(s.view == .search)
        #expect(effects.contains { if case .updateIndex = $0 { true } else { false } })
        #expect(s.pressing(.escape).0.view == .reader)
    }

    @Test("m bookmarks the reading position; ' lists bookmarks and Enter goes to one")
    func bookmarks() throws {
        let r = try open("biblioteca-torino.txt", AppFixture.library(size)).pressing(.char("3")).0
        let (marked, effects) = r.pressing(.char("m"))
        guard case .addBookmark(let key, let offset, _, let label)? = effects.first else {
            Issue.record("no bookmark effect: \(effects)")
            return
        }
        #expect(key == "/library/articles/biblioteca-torino.txt")
        #expect(label == "I numeri della riapertura")
        #expect(marked.reader?.message?.hasPrefix("Bookmarked line") == true)
        let away = marked.pressing(.char("g")).0
        let list = away.pressing(.char("'")).0
        #expect(list.bookmarks.isOpen)
        #expect(list.screen.text.contains("I numeri della riapertura"))
        let back = list.pressing(.enter).0
        #expect(!back.bookmarks.isOpen)
        #expect(back.reader?.currentSection == 2)
        #expect(back.reader?.readingOffset?.offset == offset)
        #expect(r.pressing(.char("'")).0.reader?.message == "No bookmarks in this article: m adds one")
    }

    @Test("d in the bookmark list deletes the selected bookmark, and the store is told")
    func deleteBookmark() throws {
        let r = try open("biblioteca-torino.txt", AppFixture.library(size))
        let two = r.pressing(.char("2")).0.pressing(.char("m")).0.pressing(.char("3")).0.pressing(.char("m")).0
        let list = two.pressing(.char("'")).0
        #expect(list.bookmarks.marks.count == 2)
        let moved = list.pressing(.char("j")).0
        let (fewer, effects) = moved.pressing(.char("d"))
        guard case .removeBookmark(let key, let offset)? = effects.first else {
            Issue.record("no removal effect: \(effects)")
            return
        }
        #expect(key == "/library/articles/biblioteca-torino.txt")
        #expect(offset == list.bookmarks.marks[1].offset)
        #expect(fewer.bookmarks.marks.map(\.offset) == [list.bookmarks.marks[0].offset])
        #expect(fewer.bookmarks.isOpen && fewer.bookmarks.selected == 0)
        #expect(fewer.reader?.message?.hasPrefix("Removed the bookmark at line") == true)
        // The last one gone, the list closes.
        let none = fewer.pressing(.char("d")).0
        #expect(none.bookmarks.marks.isEmpty && !none.bookmarks.isOpen)
    }

    @Test("' opens the list on the bookmark at or above the reading position; m twice on one line says so")
    func bookmarkListStartsHere() throws {
        let r = try open("biblioteca-torino.txt", AppFixture.library(size))
        let two = r.pressing(.char("2")).0.pressing(.char("m")).0.pressing(.char("3")).0.pressing(.char("m")).0
        #expect(two.bookmarks.marks.count == 2)
        #expect(two.pressing(.char("'")).0.bookmarks.selected == 1)
        var listed = two.pressing(.char("'")).0
        listed.reader?.message = nil
        #expect(listed.screen.line(29).contains("BOOKMARKS"))
        #expect(listed.pressing(.escape).0.screen.line(29).contains("READING"))
        #expect(two.pressing(.char("2")).0.pressing(.char("'")).0.bookmarks.selected == 0)
        let again = two.pressing(.char("m"))
        #expect(again.1.isEmpty)
        #expect(again.0.bookmarks.marks.count == 2)
        #expect(again.0.reader?.message?.contains("already bookmarked") == true)
    }

    @Test("A one-off message does not greet the article again after h and back")
    func messageDoesNotOutliveTheVisit() throws {
        let r = try open("biblioteca-torino.txt", AppFixture.library(size)).pressing(.char("L")).0
        #expect(r.reader?.message?.hasPrefix("No later article") == true)
        let list = r.pressing(.char("h")).0
        #expect(list.view == .library)
        #expect(list.reader?.message == nil)
    }

    @Test("Resizing reaches the list, the search and the open reader")
    func resize() throws {
        let r = try open("biblioteca-torino.txt", AppFixture.library(size))
        let small = App.update(r, .input(.resize(Size(width: 60, height: 20)))).0
        #expect(small.reader?.size == Size(width: 60, height: 20))
        #expect(small.library.size == Size(width: 60, height: 20))
        #expect(small.pressing(.char("q")).0.screen.height == 20)
    }

    @Test("Help in the reader lists the library keys")
    func readerHelp() throws {
        let r = try open("biblioteca-torino.txt", AppFixture.library(Size(width: 100, height: 60))).pressing(.char("?")).0
        let text = r.screen.text
        #expect(text.contains("back to the library list"))
        #expect(text.contains("search the whole library"))
        #expect(text.contains("previous article opened"))
    }
}
