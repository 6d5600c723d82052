import Testing
@testable import ArticleKit

@Suite("HTML tables: data tables become table blocks, layout tables stay prose")
struct HTMLTableTests {
    static func page(_ body: String) -> (Article, SourceText) {
        let source = SourceText("<html><head><title>Risultati</title></head><body><article>\n<h1>Risultati della gara</h1>\n" + body + "\n</article></body></html>\n")
        return (HTMLParser.parse(source), source)
    }

    static func blocks(_ a: Article) -> [Block] { [a.lede].compactMap { $0 } + a.sections.flatMap(\.blocks) }

    @Test func headerCellsMakeADataTableWithCellSpans() throws {
        let (a, source) = Self.page("""
            <p>La classifica finale della gara di domenica, con i tempi dei primi arrivati al traguardo.</p>
            <table><caption>Tabella 1.</caption>
            <thead><tr><th>Nome</th><th>Tempo</th></tr></thead>
            <tbody><tr><td>Anna &amp; Bea</td><td>1:02</td></tr>
            <tr><td>Carlo</td><td>1:05</td></tr></tbody></table>
            <p>Dopo la tabella.</p>
            """)
        let blocks = Self.blocks(a)
        #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .table, .paragraph])
        #expect(blocks[1].text == "Tabella 1.")
        let table = try #require(blocks[2].table)
        #expect(table.rows.map(\.isHeader) == [true, false, false])
        #expect(table.rows.map { $0.cells.map(\.text) } == [["Nome", "Tempo"], ["Anna & Bea", "1:02"], ["Carlo", "1:05"]])
        #expect(source.string(in: table.rows[1].cells[0].span) == "<td>Anna &amp; Bea</td>")
        #expect(source.string(in: blocks[2].span).hasPrefix("<table>"))
        #expect(source.string(in: blocks[2].span).hasSuffix("</table>"))
        // Only the page's <title>, read for metadata.
        #expect(a.dropped.map(\.reason) == [.metadata])
    }

    @Test func rowsAndColumnsOfShortCellsWithoutHeaderCellsAreData() throws {
        let (a, _) = Self.page("""
            <table width="100%"><tr><td>Adam</td><td>Shutes</td><td>44 / 115</td></tr>
            <tr><td>Bruce</td><td>Pierce</td><td>98 / 115</td></tr></table>
            """)
        let table = try #require(Self.blocks(a).first { $0.kind == .table }?.table)
        #expect(table.rows.map(\.isHeader) == [false, false])
        #expect(table.columnCount == 3)
        // A first row of <th> alone is a header row without <thead>.
        let (b, _) = Self.page("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")
        #expect(Self.blocks(b).first { $0.kind == .table }?.table?.rows.map(\.isHeader) == [true, false])
    }

    @Test func layoutTablesStayProse() {
        let paragraph = "Il consiglio comunale ha approvato il bilancio dopo una lunga discussione in aula."
        // A single-cell table holding the page, nested tables, and cells holding paragraphs.
        for body in [
            "<table><tr><td>\(paragraph)</td></tr></table>",
            "<table><tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td><td>menu</td></tr><tr><td>x</td><td>y</td></tr></table>",
            "<table><tr><td><p>\(paragraph)</p></td><td><p>\(paragraph)</p></td></tr><tr><td>x</td><td>y</td></tr></table>",
            "<table><tr><td>\(String(repeating: paragraph + " ", count: 3))</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
        ] {
            let (a, _) = Self.page(body)
            let blocks = Self.blocks(a)
            #expect(!blocks.contains { $0.kind == .table }, "\(body)")
            #expect(blocks.contains { $0.text.contains("Il consiglio comunale") || $0.text == "a" || $0.text.contains("menu") }, "\(body)")
        }
    }

    @Test func listsInCellsUnderHeaderCellsAreData() throws {
        let (a, _) = Self.page("""
            <table><thead><tr><td></td><th>Telepresence</th><th>mirrord</th></tr></thead>
            <tbody><tr><th>Cómo usar</th><td><ul><li>CLI</li><li>Docker Desktop</li></ul></td><td><ul><li>CLI</li></ul></td></tr></tbody></table>
            """)
        let table = try #require(Self.blocks(a).first { $0.kind == .table }?.table)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["", "Telepresence", "mirrord"], ["Cómo usar", "CLI Docker Desktop", "CLI"]])
        // Without header cells, boxes of lists are a layout.
        let (b, _) = Self.page("<table><tr><td><ul><li>Home</li><li>News</li></ul></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>")
        #expect(!Self.blocks(b).contains { $0.kind == .table })
    }
}
