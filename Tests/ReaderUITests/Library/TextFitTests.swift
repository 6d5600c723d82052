import ArticleKit
import LibraryKit
import Testing
@testable import ReaderUI

@Suite("Numbers in narrow columns, text cut to a width")
struct TextFitTests {
    @Test func countsAndReadingTimes() {
        #expect(TextFit.compact(317) == "317")
        #expect(TextFit.compact(99_999) == "99,999")
        #expect(TextFit.compact(812_345) == "812k")
        #expect(TextFit.compact(8_093_333) == "8.0M")
        #expect(TextFit.compact(8_193_333) == "8.1M")
        #expect(TextFit.readingTime(minutes: 2) == "2 min")
        #expect(TextFit.readingTime(minutes: 59) == "59 min")
        #expect(TextFit.readingTime(minutes: 90) == "2 h")
        #expect(TextFit.readingTime(minutes: 35_189) == "586 h")
    }

    /// A cut that fell just after a space drew `may meeting …` (seen in the contents at 40x12).
    @Test("The ellipsis follows the last character kept, never a space")
    func ellipsisAfterTheWord() {
        #expect(TextFit.fit("may meeting news", 13) == "may meeting…")
        #expect(TextFit.fit("may meeting news", 12) == "may meeting…")
        #expect(TextFit.fit("may meeting news", 16) == "may meeting news")
        #expect(TextFit.fit("città di Torino", 6) == "città…")
        #expect(TextFit.fit("ab", 1) == "…")
    }

    @Test("A huge article's row keeps its numbers whole in the library's columns")
    func hugeArticleRow() {
        let columns = LibraryColumns(width: 160)
        let entry = LibraryEntry(path: "/l/big.txt", key: "/l/big.txt", format: .text, status: .ready, title: "Un articolo enorme",
                                 date: "2026-11-26", dateSource: .stated, author: nil, language: .italian, words: 8_093_333, facts: 1_234,
                                 size: 50_000_000, modified: 0)
        let cells = columns.cells(entry)
        for (text, width, _) in cells.dropFirst() where width > 0 {
            #expect(DisplayWidth.of(text) <= width, "\(text) in \(width)")
        }
    }
}
