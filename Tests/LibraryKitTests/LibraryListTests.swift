import ArticleKit
import Testing
@testable import LibraryKit

@Suite("The list the library view shows")
struct LibraryListTests {
    static func entry(_ path: String, title: String, date: String?, words: Int, status: LibraryEntry.Status = .ready) -> LibraryEntry {
        LibraryEntry(path: path, key: "/lib/" + path, format: .text, status: status, title: title, date: date,
                     dateSource: .stated, author: nil, language: .italian, words: words, facts: 3, size: 10, modified: 0)
    }

    static let sample = LibraryList(entries: [
        entry("notizie/perché-il-caffè.txt", title: "Perché il caffè costa di più", date: "2026-01-10", words: 900),
        entry("harbour.md", title: "Harbour wind farm approved", date: "2026-11-24", words: 300),
        entry("appunti.md", title: "Appunti senza data", date: nil, words: 120),
        entry("Zattere.html", title: "zattere sul Po", date: "2025-06-01", words: 500),
    ])

    @Test func statedDatesSortBeforeFilesDays() {
        var touched = Self.entry("nuovo.txt", title: "Nuovo", date: "2026-12-01", words: 10)
        touched.dateSource = .file
        var older = Self.entry("vecchio.txt", title: "Vecchio", date: "2020-01-01", words: 10)
        older.dateSource = .file
        let list = LibraryList(entries: Self.sample.visible(sort: .title) + [touched, older])
        // The file's day is newer than every stated date, and still comes after them.
        #expect(list.visible(sort: .date).map(\.title) == [
            "Harbour wind farm approved", "Perché il caffè costa di più", "zattere sul Po", "Nuovo", "Vecchio",
            "Appunti senza data",
        ])
    }

    @Test func sortsByTitleDateAndLength() {
        let list = Self.sample
        #expect(list.visible(sort: .title).map(\.title) == [
            "Appunti senza data", "Harbour wind farm approved", "Perché il caffè costa di più", "zattere sul Po",
        ])
        #expect(list.visible(sort: .date).map(\.date) == ["2026-11-24", "2026-01-10", "2025-06-01", nil])
        #expect(list.visible(sort: .length).map(\.words) == [120, 300, 500, 900])
        #expect(LibraryList.Sort.title.next == .date)
        #expect(LibraryList.Sort.length.next == .title)
    }

    @Test func filterMatchesTitlesAndPathsIgnoringCaseAndAccents() {
        let list = Self.sample
        #expect(list.visible(sort: .title, filter: "CAFFE").map(\.path) == ["notizie/perché-il-caffè.txt"])
        #expect(list.visible(sort: .title, filter: "notizie").count == 1)
        #expect(list.visible(sort: .title, filter: "wind harbour").map(\.title) == ["Harbour wind farm approved"])
        #expect(list.visible(sort: .title, filter: "wind caffè").isEmpty)
        #expect(list.visible(sort: .title, filter: "  ").count == 4)
    }

    /// `"wind farm"` typed as in the library search used to look for the quote marks and show
    /// nothing; a quoted phrase is one term, without its quotes, and must appear whole.
    @Test func filterReadsAQuotedPhraseAsOneTerm() {
        let list = Self.sample
        #expect(list.visible(sort: .title, filter: "\"wind farm\"").map(\.title) == ["Harbour wind farm approved"])
        #expect(list.visible(sort: .title, filter: "\"farm wind\"").isEmpty)
        #expect(list.visible(sort: .title, filter: "harbour \"wind far").map(\.title) == ["Harbour wind farm approved"])
        #expect(list.visible(sort: .title, filter: "\"").count == 4)
        #expect(LibraryList.filterTerms("po \"il caffè\" costa") == ["po", "il caffè", "costa"])
        #expect(LibraryList.filterTerms("po «il caffè» “costa poco”") == ["po", "il caffè", "costa poco"])
    }

    @Test func updatesFillThePendingEntriesAndTrackProgress() {
        var list = LibraryList()
        let pending = (0..<3).map { i in
            LibraryEntry(pending: ScannedFile(path: "a/\(i).txt", key: "/a/\(i).txt", format: .text, size: 1, modified: 0))
        }
        list.apply(.listed(entries: pending, problems: []))
        #expect(list.isLoading)
        #expect(list.progressLine == "read 0 / 3")
        #expect(list.visible(sort: .title).map(\.title) == ["0.txt", "1.txt", "2.txt"])
        var read = pending[1]
        read.status = .ready
        read.title = "Un titolo vero"
        list.apply(.read(entries: [read], done: 1, total: 3))
        #expect(list.progressLine == "read 1 / 3")
        #expect(list.entry(forKey: "/a/1.txt")?.title == "Un titolo vero")
        #expect(list.visible(sort: .title, filter: "titolo").count == 1)
        list.apply(.read(entries: [], done: 3, total: 3))
        #expect(list.progressLine == "read 3 / 3")
        var counted = read
        counted.facts = 7
        list.apply(.counted(entries: [counted], done: 1, total: 3))
        #expect(list.progressLine == "facts 1 / 3")
        #expect(list.entry(forKey: "/a/1.txt")?.facts == 7)
        list.apply(.finished(LibraryLoadSummary(files: 3, fromCache: 0, read: 3, failed: 0)))
        #expect(!list.isLoading)
        #expect(list.progressLine == nil)
    }

    @Test func cachedListIsReplacedByTheScannedOne() {
        var list = LibraryList()
        list.apply(.cached(entries: [Self.entry("old.md", title: "Old", date: nil, words: 1), Self.entry("gone.md", title: "Gone", date: nil, words: 1)]))
        #expect(list.visible(sort: .title).map(\.title) == ["Gone", "Old"])
        #expect(list.isLoading)
        list.apply(.listed(entries: [Self.entry("old.md", title: "Old", date: nil, words: 1)], problems: []))
        #expect(list.visible(sort: .title).map(\.title) == ["Old"])
        #expect(list.progressLine == nil)  // nothing to read
    }

    @Test func progressUsesThousandsSeparators() {
        #expect(LibraryList.grouped(3200) == "3,200")
        #expect(LibraryList.grouped(10_000) == "10,000")
        #expect(LibraryList.grouped(999) == "999")
        #expect(LibraryList.grouped(1_234_567) == "1,234,567")
    }
}
