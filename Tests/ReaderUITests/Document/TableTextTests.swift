import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Tables as text: columns, cuts and plain output")
struct TableTextTests {
    @Test func plainOutputPrintsTablesWholeAndAligned() throws {
        let a = try Fixture.article(text: TableScreenTests.markdown, path: "pene.md")
        let lines = PlainText.render(ReaderDocument(article: a), width: 60).split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Articolo") })
        #expect(lines[start..<(start + 5)].map(String.init) == [
            "Articolo      Reato                            Pena minima  Pena massima  Multa massima  Note",
            String(repeating: "─", count: 117),
            "Art. 558 bis  Costrizione al matrimonio        1            5             —              Legge 69/2019 (Codice rosso)",
            "Art. 612 ter  Diffusione illecita di immagini  1            6             15.000 €       Detto anche revenge porn",
            "Art. 640      Truffa                           0,5          3             1.032 €        Procedibile a querela",
        ])
    }

    @Test func windowsAreCutWithEllipsesAndMarksFollowTheirCells() {
        let table = Table(rows: [
            Table.Row(cells: [cell("uno"), cell("due"), cell("tre")], isHeader: true),
            Table.Row(cells: [cell("quattro"), cell("cinque"), cell("sei")]),
        ])
        let widths = TableText.widths(table, limit: nil)
        #expect(widths == [7, 6, 3])
        let row = TableText.glyphs(table, row: 1, widths: widths)
        #expect(TableText.string(row).text == "quattro  cinque  sei")
        #expect(TableText.string(TableText.window(row, from: 0, width: 12)).text == "quattro  ci…")
        #expect(TableText.string(TableText.window(row, from: 9, width: 11)).text == "…inque  sei")
        // "cinque" is bytes 20..<26 of the table's text; in the window it starts after the cut.
        let text = Array(table.text.utf8)
        #expect(String(decoding: text[20..<26], as: UTF8.self) == "cinque")
        let shown = TableText.string(TableText.window(row, from: 9, width: 11), marking: [21..<24])
        #expect(shown.marks == [3..<6])
        // A column limit cuts a long cell with an ellipsis.
        let narrow = TableText.widths(table, limit: 4)
        #expect(TableText.string(TableText.glyphs(table, row: 1, widths: narrow)).text == "qua…  cin…  sei")
    }

    private func cell(_ text: String) -> Table.Cell {
        Table.Cell(text: text, span: SourceSpan(start: 0, end: 0, firstLine: 1, lastLine: 1))
    }
}
