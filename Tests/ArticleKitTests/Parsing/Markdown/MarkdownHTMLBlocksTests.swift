import Testing
@testable import ArticleKit

@Suite("HTML blocks inside Markdown are read as HTML")
struct MarkdownHTMLBlocksTests {
    static func kept(_ a: Article) -> [Block] { [a.lede].compactMap { $0 } + a.sections.flatMap(\.blocks) }

    @Test func anHTMLTableIsATableBlockAfterItsCaption() throws {
        let source = SourceText("""
            # Comparación

            Las tres herramientas, lado a lado.

            <table>
            <caption>Comparativa</caption>
            <thead><tr><td></td><th>Gefyra</th><th>mirrord</th></tr></thead>
            <tbody><tr><th>Root local</th><td>Sí</td><td>No</td></tr></tbody>
            </table>

            ## Conclusión

            Depende del proyecto.
            """)
        let a = MarkdownParser.parse(source)
        let blocks = Self.kept(a)
        #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .table, .paragraph])
        #expect(a.sections.compactMap(\.heading?.text) == ["Conclusión"])
        #expect(blocks[1].text == "Comparativa")
        let table = try #require(blocks[2].table)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["", "Gefyra", "mirrord"], ["Root local", "Sí", "No"]])
        #expect(source.string(in: blocks[2].span).hasPrefix("<table>"))
        #expect(source.string(in: table.rows[1].cells[1].span) == "<td>Sí</td>")
        #expect(!a.dropped.contains { $0.text.contains("Gefyra") })
    }

    @Test func textInHTMLIsKeptAndAFigureCaptionDroppedAsOne() throws {
        let source = SourceText("""
            # Il parco

            <p align="center">Il parco riapre lunedì dopo due anni di lavori.</p>

            <figure>
              <img src="parco.jpg" alt="">
              <figcaption>Il parco visto dall'alto. Foto di Anna Rossi</figcaption>
            </figure>

            <!--more-->

            Gli orari restano quelli di prima.
            """)
        let a = MarkdownParser.parse(source)
        let texts = a.sections.flatMap(\.blocks).map(\.text)
        // The paragraph over `<!--more-->` is the post's summary.
        #expect(texts == ["Gli orari restano quelli di prima."])
        let paragraph = try #require(a.lede)
        #expect(paragraph.text == "Il parco riapre lunedì dopo due anni di lavori.")
        #expect(source.string(in: paragraph.span) == "<p align=\"center\">Il parco riapre lunedì dopo due anni di lavori.</p>")
        #expect(a.dropped.map(\.reason) == [.caption, .pageFurniture])
        #expect(a.dropped.map(\.text) == ["Il parco visto dall'alto. Foto di Anna Rossi", "<!--more-->"])
    }

    @Test func aDivAroundMarkdownLeavesTheMarkdownAlone() {
        let a = MarkdownParser.parse(SourceText("""
            # Nota

            <div class="note" markdown="1">

            Il testo **in Markdown** dentro il riquadro.

            </div>
            """))
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Il testo in Markdown dentro il riquadro."])
        #expect(a.dropped.map(\.text) == ["<div class=\"note\" markdown=\"1\">", "</div>"])
    }
}
