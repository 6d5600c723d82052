import ArticleKit
import Testing
@testable import ReaderUI

/// Below 20x6 only the "Too small" notice is drawn: `q` quits as it says, and no other key
/// or click reaches the screen hidden under it.
@Suite("App: input while too small")
struct TooSmallInputTests {
    let tiny = Size(width: 15, height: 5)
    let normal = Size(width: 100, height: 30)

    @Test("In the library, keys before q do nothing and q quits")
    func library() {
        let list = App.update(AppFixture.library(normal), .input(.resize(tiny))).0
        let (typed, effects) = list.pressing(.char("/"), .char("j"), .char("o"), .enter)
        #expect(effects.isEmpty)
        #expect(!typed.library.isFiltering && typed.library.selected == 0 && typed.library.sort == list.library.sort)
        #expect(typed.view == .library && typed.openingTitle == nil)
        #expect(typed.pressing(.char("q")).1.quits)
        let back = App.update(typed, .input(.resize(normal))).0
        #expect(back.screen.line(normal.height - 1).contains("? help"))
        #expect(!back.library.isFiltering && back.library.filter.isEmpty)
    }

    @Test("In an article, q quits at once and saves the position; other keys and clicks are ignored")
    func reader() throws {
        var (s, effects) = App.start(roots: ["articles"], rootsLabel: "articles", size: normal)
        (s, effects) = App.open(s, path: AppFixture.samples + "/biblioteca-torino.txt", key: "k")
        s = try s.answering(effects).0
        s = App.update(s, .input(.resize(tiny))).0
        let before = try #require(s.reader)
        let (moved, none) = s.pressing(.char("j"), .char("]"), .char("t"), .char("/"), .char("h"))
        #expect(none.isEmpty && moved.view == .reader)
        #expect(moved.reader?.articleTop == before.articleTop && moved.reader?.mode == before.mode)
        #expect(App.update(moved, .input(.mouse(MouseEvent(.click, x: 1, y: 1)))).1.isEmpty)
        let (_, quit) = moved.pressing(.char("q"))
        #expect(quit.quits)
        #expect(quit.savedPositions.count == 1)
    }
}
