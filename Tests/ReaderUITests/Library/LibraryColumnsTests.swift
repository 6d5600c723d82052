import ArticleKit
import LibraryKit
import Testing
@testable import ReaderUI

@Suite("Library columns: stated dates and files' days")
struct LibraryColumnsTests {
    static func entry(date: String?, source: LibraryEntry.DateSource) -> LibraryEntry {
        LibraryEntry(path: "/l/a.txt", key: "/l/a.txt", format: .text, status: .ready, title: "Un articolo",
                     date: date, dateSource: source, author: nil, language: .italian, words: 300, facts: 2,
                     size: 2_000, modified: 0)
    }

    @Test func aFilesDayIsMarkedAndDimmedAStatedDateIsNot() {
        let columns = LibraryColumns(width: 120)
        let file = Self.entry(date: "2026-11-26", source: .file)
        let stated = Self.entry(date: "2014-09-28", source: .stated)
        #expect(columns.cells(file)[1].0 == "~2026-11-26")
        #expect(columns.cells(stated)[1].0 == "2014-09-28")
        #expect(DisplayWidth.of(columns.cells(file)[1].0) <= columns.date)
        #expect(columns.role(ofColumn: 1, file, titleRole: .text) == .dropped)
        #expect(columns.role(ofColumn: 1, stated, titleRole: .text) == .text)
        #expect(columns.role(ofColumn: 2, stated, titleRole: .text) == .dropped)
        #expect(columns.cells(Self.entry(date: nil, source: .file))[1].0 == "–")
    }
}
