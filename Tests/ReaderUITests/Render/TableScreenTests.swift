import ArticleKit
import Testing
@testable import ReaderUI

/// Tables in the reader: aligned columns, the header rule, the `…` cut and sideways scrolling.
@Suite("Tables on screen")
struct TableScreenTests {
    static let markdown = """
        # Reati e pene

        Le pene previste per alcuni reati del codice penale, con le multe e le note.

        | Articolo | Reato | Pena minima | Pena massima | Multa massima | Note |
        |:---------|:------|------------:|-------------:|--------------:|:-----|
        | Art. 558 bis | Costrizione al matrimonio | 1 | 5 | — | Legge 69/2019 (Codice rosso) |
        | Art. 612 ter | Diffusione illecita di immagini | 1 | 6 | 15.000 € | Detto anche revenge porn |
        | Art. 640 | Truffa | 0,5 | 3 | 1.032 € | Procedibile a querela |

        Dopo la tabella il testo continua.

        """

    static func reader(_ size: Size) throws -> ReaderState {
        let a = try Fixture.article(text: markdown, path: "pene.md")
        return Reader.update(Reader.start(document: ReaderDocument(article: a), size: size).0, .factsLoaded(Facts())).0
    }

    @Test("A table at 160x48 and 60x20, and scrolled sideways at 60x20")
    func goldenScreens() throws {
        Golden.check(try Self.reader(Size(width: 160, height: 48)).screen, "table-160x48")
        let narrow = try Self.reader(Size(width: 60, height: 20))
        Golden.check(narrow.screen, "table-60x20")
        Golden.check(narrow.pressing(.right, .right).0.screen, "table-right-60x20")
    }

    @Test func arrowsShiftTheTableInViewWithinItsWidth() throws {
        let s = try Self.reader(Size(width: 60, height: 20))
        let table = try #require(s.document.blocks.firstIndex { $0.kind == .table })
        #expect(s.pressing(.right).0.tableShift == TableShift(block: table, columns: 8))
        #expect(s.pressing(.right, .left).0.tableShift == TableShift(block: table, columns: 0))
        let far = s.pressing(.right, .right, .right, .right, .right, .right, .right, .right, .right, .right, .right, .right).0
        let widths = try #require(s.articleLayout.tableColumns[table])
        #expect(far.tableShift?.columns == TableText.totalWidth(widths) - s.articleLayout.width)
        // A table that fits does not move.
        let small = try Fixture.article(text: "# Due\n\n| A | B |\n|---|---|\n| 1 | 2 |\n", path: "due.md")
        let fits = Reader.start(document: ReaderDocument(article: small), size: Size(width: 60, height: 20)).0.pressing(.right).0
        #expect(fits.tableShift == nil)
        #expect(fits.message == "This table fits the pane")
    }

    @Test func aMatchInACellShowsTheCellAndItsSpan() throws {
        let s = try Self.reader(Size(width: 60, height: 20)).pressing(.char("/")).0.typing("revenge").pressing(.enter).0
        let a = s.document.article
        #expect(a.source.string(in: try #require(s.focusSpan)) == "Detto anche revenge porn")
        // The table was shifted so the match is in view.
        #expect(s.screen.text.contains("revenge"))
    }

    @Test("Enter on a fact named in a wide table's far column slides the table to show it", arguments: [Size(width: 100, height: 30), Size(width: 60, height: 20)])
    func aFactInAFarCellShowsTheCell(size: Size) throws {
        let a = try Fixture.article(text: Self.markdown, path: "pene.md")
        let facts = Fixture.facts(a, [(.sources, "Codice rosso", "Codice rosso")])
        var s = Reader.update(Reader.start(document: ReaderDocument(article: a), size: size).0, .factsLoaded(facts)).0
        func articleText(_ s: ReaderState) -> String {
            guard let r = s.geometry.panes[.article] else { return "" }
            return (r.y..<r.maxY).map { y in (r.x..<r.maxX).map { s.screen[$0, y].text }.joined() }.joined(separator: "\n")
        }
        #expect(!articleText(s).contains("Codice rosso"), "the Note column starts out of view")
        for _ in 0..<3 where s.focus != .facts { s = s.pressing(.tab).0 }
        #expect(s.focus == .facts)
        s = s.pressing(.enter).0
        let table = try #require(s.document.blocks.firstIndex { $0.kind == .table })
        #expect(s.tableShift?.block == table && (s.tableShift?.columns ?? 0) > 0)
        #expect(articleText(s).contains("Codice rosso"), "\(s.screen.text)")
        #expect(s.message?.hasPrefix("Codice rosso: mention 1/1") == true, "\(s.message ?? "")")
    }
}
