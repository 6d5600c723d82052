import Testing
@testable import ArticleKit

@Suite("Markdown: GitHub tables, strikethrough, autolinks, task lists")
struct MarkdownExtensionTests {
    static let tableText = """
        # Pene

        Le pene previste.

        | Articolo | Minimo | Massimo |
        |:---------|-------:|--------:|
        | Art. 558 bis | 7 | 8 |
        | Art. 612 `ter` | 1 | **6** |

        Dopo la tabella.

        """

    @Test func pipeTableIsOneTableBlockWithCellsAndSpans() throws {
        let source = SourceText(Self.tableText)
        let a = MarkdownParser.parse(source)
        let blocks = a.sections.flatMap(\.blocks)
        #expect(blocks.map(\.kind) == [.paragraph, .table, .paragraph])
        let block = try #require(blocks.first { $0.kind == .table })
        let table = try #require(block.table)
        #expect(table.rows.map(\.isHeader) == [true, false, false])
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Articolo", "Minimo", "Massimo"], ["Art. 558 bis", "7", "8"], ["Art. 612 ter", "1", "6"],
        ])
        // Every cell's span is its exact bytes in the file.
        #expect(table.rows.map { $0.cells.map { source.string(in: $0.span) } } == [
            ["Articolo", "Minimo", "Massimo"], ["Art. 558 bis", "7", "8"], ["Art. 612 `ter`", "1", "**6**"],
        ])
        #expect(table.rows[2].cells[0].span.firstLine == 8)
        #expect(source.string(in: block.span).hasPrefix("| Articolo"))
        #expect(source.string(in: block.span).hasSuffix("| **6** |"))
        // The block's text joins the cells; a range in it maps back to its cell.
        #expect(block.text == "Articolo\tMinimo\tMassimo\nArt. 558 bis\t7\t8\nArt. 612 ter\t1\t6")
        let at = Array(block.text.utf8).firstIndex(of: UInt8(ascii: "5"))!
        #expect(source.string(in: block.span(ofTextRange: at..<(at + 3))) == "Art. 558 bis")
        // Table words count in the article.
        #expect(a.words == 1 + 3 + 3 + 5 + 5 + 3)
    }

    @Test func strikethroughAutolinksAndTaskLists() {
        let text = """
            Il piano ~~vecchio~~ nuovo, su www.example.org oggi.

            - [x] fatto
            - [ ] da fare
            - semplice

            """
        let source = SourceText(text)
        let a = MarkdownParser.parse(source)
        let blocks = a.sections.flatMap(\.blocks)
        let body = ([a.lede].compactMap { $0 } + blocks)
        #expect(body.first?.text == "Il piano vecchio nuovo, su www.example.org oggi.")
        let items = body.filter { $0.kind == .list }
        #expect(items.map(\.text) == ["fatto", "da fare", "semplice"])
        #expect(items.map(\.marker) == ["[x]", "[ ]", "-"])
        #expect(source.string(in: items[0].span) == "- [x] fatto")
    }
}
