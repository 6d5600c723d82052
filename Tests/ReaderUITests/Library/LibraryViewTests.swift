import ArticleKit
import LibraryKit
import Testing
@testable import ReaderUI

@Suite("Library list: keys and loader updates")
struct LibraryViewTests {
    let size = Size(width: 100, height: 30)

    func titles(_ s: AppState) -> [String] { s.library.rows.map(\.title) }

    @Test("Rows sorted by title; o cycles title, date, length")
    func sorting() {
        let s = AppFixture.library(size)
        #expect(titles(s).first == "A Torino riapre la biblioteca civica dopo tre anni di lavori")
        // Accents ignored: "Perché" sorts among the P's, "zz-pending" last.
        #expect(titles(s).last == "zz-pending.txt")
        let byDate = s.pressing(.char("o")).0
        #expect(byDate.library.sort == .date)
        #expect(byDate.library.rows.first?.date == "2027-03-02")
        #expect(byDate.library.rows.last?.date == nil)
        #expect(byDate.library.message == "Sorted by date")
        let byLength = byDate.pressing(.char("o")).0
        #expect(byLength.library.sort == .length)
        #expect(byLength.library.rows.map(\.words) == byLength.library.rows.map(\.words).sorted())
        #expect(byLength.pressing(.char("o")).0.library.sort == .title)
    }

    @Test("The selection follows its article when the order changes")
    func selectionKept() {
        let s = AppFixture.library(size).pressing(.char("j"), .char("j")).0
        let chosen = s.library.selectedEntry?.key
        let sorted = s.pressing(.char("o")).0
        #expect(sorted.library.selectedEntry?.key == chosen)
    }

    @Test("/ filters as you type, ignoring case and accents; Enter keeps it; Esc clears it")
    func filtering() {
        var s = AppFixture.library(size).pressing(.char("/")).0
        #expect(s.library.isFiltering)
        s = s.typing("CITTA")
        #expect(titles(s) == ["Perché la città è più verde: 12.500 alberi in dieci anni"])
        s = s.pressing(.backspace, .backspace, .backspace, .backspace, .backspace).0.typing("harbour")
        // Titles and paths both count.
        #expect(titles(s).count == 2)
        s = s.pressing(.enter).0
        #expect(!s.library.isFiltering && s.library.filter == "harbour")
        #expect(s.screen.line(0).contains("2 of 7 articles"))
        // j moves in the filtered list; a letter no longer types.
        s = s.pressing(.char("j")).0
        #expect(s.library.filter == "harbour" && s.library.selected == 1)
        s = s.pressing(.escape).0
        #expect(s.library.filter.isEmpty && s.library.rows.count == 7)
        let none = AppFixture.library(size).pressing(.char("/")).0.typing("nessuno").pressing(.enter).0
        #expect(none.library.rows.isEmpty)
        #expect(none.screen.text.contains("No title or path holds \"nessuno\""))
    }

    @Test("/ with a filter set opens the prompt holding it: typing replaces it, Backspace edits it")
    func refiltering() {
        let kept = AppFixture.library(size).pressing(.char("/")).0.typing("harbour").pressing(.enter).0
        let reopened = kept.pressing(.char("/")).0
        #expect(reopened.library.isFiltering && reopened.library.filter == "harbour")
        let line = reopened.screen.line(29)
        #expect(line.hasPrefix("/harbour"))
        #expect(reopened.screen.cells[29 * 100 + 1].role == .selection)
        let replaced = reopened.typing("citta")
        #expect(replaced.library.filter == "citta")
        #expect(titles(replaced) == ["Perché la città è più verde: 12.500 alberi in dieci anni"])
        let edited = reopened.pressing(.backspace).0.typing("s")
        #expect(edited.library.filter == "harbous")
        #expect(edited.screen.cells[29 * 100 + 1].role == .prompt)
        // Enter straight away keeps it as it was.
        #expect(reopened.pressing(.enter).0.library.filter == "harbour")
    }

    @Test("A first opening keeps the selection on the first row while titles come in")
    func firstOpening() {
        let names = ["a.txt", "b.txt", "c.txt", "d.txt"]
        let pending = names.map { AppFixture.entry($0, $0, date: nil, language: .unknown, words: 0, facts: nil, status: .pending) }
        var (s, _) = App.start(roots: ["articles"], rootsLabel: "articles", size: size)
        s = App.update(s, .library(.loaded(.listed(entries: pending, problems: [])))).0
        #expect(s.library.selectedEntry?.title == "a.txt")
        // a.txt turns out to be titled "Zebra": it sorts last, the selection stays on row 1.
        let read = [AppFixture.entry("a.txt", "Zebra", date: nil, language: .english, words: 10, facts: nil),
                    AppFixture.entry("c.txt", "Alpaca", date: nil, language: .english, words: 10, facts: nil)]
        s = App.update(s, .library(.loaded(.read(entries: read, done: 2, total: 4)))).0
        #expect(s.library.selected == 0)
        #expect(s.library.selectedEntry?.title == "Alpaca")
        #expect(s.screen.line(2).contains("Alpaca"))
        // Once the person moves, the chosen article is followed.
        s = s.pressing(.char("j")).0
        let chosen = s.library.selectedEntry?.key
        s = App.update(s, .library(.loaded(.read(entries: [AppFixture.entry("b.txt", "Aardvark", date: nil, language: .english, words: 10, facts: nil)], done: 3, total: 4)))).0
        #expect(s.library.selectedEntry?.key == chosen)
    }

    /// A folder the scan could not list used to leave no trace on screen (only `leggio list`
    /// said so, on standard error): its reason is the status row's message now.
    @Test("A folder that cannot be listed is named on the status row until a key is pressed")
    func unreadableFolder() {
        let pending = [AppFixture.entry("a.txt", "a.txt", date: nil, language: .unknown, words: 0, facts: nil, status: .pending)]
        let problems = [ScanProblem(path: "articles/locked", message: "articles/locked: cannot list this folder: Permission denied"),
                        ScanProblem(path: "articles/other", message: "articles/other: cannot list this folder: Permission denied")]
        var (s, _) = App.start(roots: ["articles"], rootsLabel: "articles", size: size)
        s = App.update(s, .library(.loaded(.listed(entries: pending, problems: problems)))).0
        #expect(s.library.message == "Not listed: articles/locked: cannot list this folder: Permission denied (and 1 more)")
        #expect(s.screen.line(size.height - 1).contains("Not listed: articles/locked"))
        #expect(s.pressing(.char("j")).0.library.message == nil)
        s = App.update(App.start(roots: ["articles"], rootsLabel: "articles", size: size).0,
                       .library(.loaded(.listed(entries: pending, problems: [])))).0
        #expect(s.library.message == nil)
    }

    @Test("The title row gives up the sort order, then the count, before the library's name", arguments: [20, 30, 100])
    func narrowTitleRow(width: Int) {
        let s = AppFixture.library(Size(width: width, height: 8))
        let row = s.screen.line(0)
        #expect(DisplayWidth.of(row) <= width)
        #expect(row.hasPrefix(" Library · "))
        #expect(!row.hasSuffix("·") && !row.hasSuffix("· "))
        if width >= 100 { #expect(row.contains("articles") && row.contains("by title")) }
    }

    @Test("The article last read is selected once it is listed, and follows the order; a key pressed first wins")
    func lastReadSelected() {
        let names = ["a.txt", "b.txt", "c.txt", "d.txt"]
        let pending = names.map { AppFixture.entry($0, $0, date: nil, language: .unknown, words: 0, facts: nil, status: .pending) }
        var (s, _) = App.start(roots: ["articles"], rootsLabel: "articles", size: size)
        s = App.update(s, .library(.prefer(key: "/library/articles/c.txt"))).0
        #expect(s.library.selected == 0)
        s = App.update(s, .library(.loaded(.listed(entries: pending, problems: [])))).0
        #expect(s.library.selectedEntry?.key == "/library/articles/c.txt")
        #expect(s.screen.line(4).hasPrefix("›c.txt"), "\(s.screen.text)")
        // Titles arrive and the order changes: the selection stays on it.
        let read = [AppFixture.entry("c.txt", "Zebra", date: nil, language: .english, words: 10, facts: nil)]
        s = App.update(s, .library(.loaded(.read(entries: read, done: 1, total: 4)))).0
        #expect(s.library.selectedEntry?.title == "Zebra")
        // Moved before the list arrived: the person's choice stays.
        var (moved, _) = App.start(roots: ["articles"], rootsLabel: "articles", size: size)
        moved = App.update(moved, .library(.loaded(.listed(entries: pending, problems: [])))).0
        moved = moved.pressing(.char("j")).0
        moved = App.update(moved, .library(.prefer(key: "/library/articles/d.txt"))).0
        #expect(moved.library.selectedEntry?.key == "/library/articles/b.txt")
    }

    @Test("j k, page keys, g G move the selection and scroll")
    func moving() {
        var entries: [LibraryEntry] = []
        for i in 0..<100 {
            entries.append(AppFixture.entry("a\(i).txt", "Article \(1000 + i)", date: nil, language: .english, words: i, facts: 0))
        }
        var (s, _) = App.start(roots: ["x"], rootsLabel: "x", size: Size(width: 60, height: 20))
        s = App.update(s, .library(.loaded(.listed(entries: entries, problems: [])))).0
        #expect(s.library.listRows == 16)
        s = s.pressing(.char("G")).0
        #expect(s.library.selected == 99 && s.library.top == 84)
        s = s.pressing(.char("g"), .char(" ")).0
        #expect(s.library.selected == 15 && s.library.top == 15)
        s = s.pressing(.char("k")).0
        #expect(s.library.selected == 14 && s.library.top == 14)
        #expect(s.screen.line(2).contains("Article 1014"))
    }

    @Test("Enter on an unreadable file says why instead of opening it")
    func unreadable() {
        let s = AppFixture.library(size)
        var t = s
        while t.library.selectedEntry?.fileName != "broken.html" { t = t.pressing(.char("j")).0 }
        let (after, effects) = t.pressing(.enter)
        #expect(effects.openRequests.isEmpty)
        #expect(after.library.message == "Cannot open broken.html: permission denied")
        #expect(after.screen.text.contains("articles/broken.html · permission denied"))
    }

    @Test("The reason for an unreadable file is shown without the path its message opens with")
    func unreadableReasonWithoutPath() {
        let bad = AppFixture.entry("bin.txt", "bin.txt", date: nil, language: .unknown, words: 0, facts: nil,
                                   status: .failed("articles/bin.txt: looks like a binary file, not text; not opened"))
        var (s, _) = App.start(roots: ["articles"], rootsLabel: "articles", size: size)
        s = App.update(s, .library(.loaded(.listed(entries: [bad], problems: [])))).0
        let after = s.pressing(.enter).0
        #expect(after.library.message == "Cannot open bin.txt: looks like a binary file, not text; not opened")
        #expect(after.screen.text.contains("articles/bin.txt · looks like a binary file"))
    }

    @Test("Progress while loading; pending rows fill in as files are read")
    func loading() {
        let s = AppFixture.library(size, loading: true)
        #expect(s.screen.line(29).contains("read 3,200 / 10,000"))
        var read = AppFixture.entries[5]
        read.status = .ready
        read.title = "Zucchero e sale: il porto di Genova"
        read.words = 420
        read.facts = 5
        let t = App.update(s, .library(.loaded(.read(entries: [read], done: 3_201, total: 10_000)))).0
        #expect(t.library.rows.contains { $0.title == "Zucchero e sale: il porto di Genova" })
        #expect(t.screen.line(29).contains("read 3,201 / 10,000"))
    }

    @Test("An empty folder opens the sample library, and says so")
    func sampleFallback() {
        var (s, effects) = App.start(roots: ["empty"], rootsLabel: "empty", size: size, samplePath: "/samples")
        #expect(effects.count == 1)
        s = App.update(s, .library(.loaded(.listed(entries: [], problems: [])))).0
        let (t, more) = App.update(s, .library(.loaded(.finished(LibraryLoadSummary(files: 0, fromCache: 0, read: 0, failed: 0)))))
        guard case .loadLibrary(let roots)? = more.first else {
            Issue.record("expected the sample library to be loaded, got \(more)")
            return
        }
        #expect(roots == ["/samples"])
        #expect(t.library.notice == "Showing the sample library: no articles in empty")
        #expect(t.screen.line(29).contains("Showing the sample library: no articles in empty"))
        #expect(t.screen.line(0).contains("Library · sample library"))
    }

    @Test("A folder that cannot be listed stays, with its reason, instead of the sample library")
    func unlistedFolderIsNotCalledEmpty() {
        var (s, _) = App.start(roots: ["locked"], rootsLabel: "locked", size: size, samplePath: "/samples")
        let problem = ScanProblem(path: "locked", message: "locked: cannot list this folder: Permission denied", isUnlistedFolder: true)
        s = App.update(s, .library(.loaded(.listed(entries: [], problems: [problem])))).0
        let (t, more) = App.update(s, .library(.loaded(.finished(LibraryLoadSummary(files: 0, fromCache: 0, read: 0, failed: 0)))))
        #expect(!more.contains { if case .loadLibrary = $0 { true } else { false } })
        #expect(t.library.notice == nil)
        #expect(t.screen.line(0).contains("Library · locked"))
        #expect(t.screen.line(29).contains("Not listed: locked: cannot list this folder: Permission denied"))
    }

    @Test("The real sample library through the loader")
    func realSamples() {
        var options = LibraryOptions()
        options.useCache = false
        let (entries, _) = LibraryLoader.loadAll([AppFixture.samples], options: options)
        var (s, _) = App.start(roots: [AppFixture.samples], rootsLabel: "samples", size: size)
        s = App.update(s, .library(.loaded(.listed(entries: entries, problems: [])))).0
        #expect(s.library.rows.count == SampleLibrary.fileNames.count)
        #expect(s.screen.line(2).hasPrefix("›A Torino riapre la biblioteca civica"))
        #expect(s.pressing(.char("/")).0.typing("porta").library.rows.map(\.fileName) == ["mercato-porta-palazzo.html"])
    }

    @Test("q quits from the list; ? shows the library's keys")
    func quitAndHelp() {
        let s = AppFixture.library(size)
        #expect(s.pressing(.char("q")).1.quits)
        let help = s.pressing(.char("?")).0
        #expect(help.screen.text.contains("sort by title, date, length"))
        #expect(help.screen.text.contains("search the whole library"))
        #expect(help.pressing(.escape).0.library.help == nil)
    }
}
