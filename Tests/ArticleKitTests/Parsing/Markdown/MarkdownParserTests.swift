import Testing
@testable import ArticleKit

@Suite("Markdown through libcmark")
struct MarkdownParserTests {
    static func load(_ name: String) throws -> Article {
        try ArticleLoader.parse(bytes: try fixtureBytes("markdown/" + name), path: name)
    }

    @Test func frontMatterGivesTitleDateAndAuthor() throws {
        let a = try Self.load("front-matter.md")
        #expect(a.format == .markdown)
        #expect(a.title?.text == "Il ritorno dei tram a Torino")
        #expect(a.source.string(in: a.title!.span) == "title: \"Il ritorno dei tram a Torino\"")
        #expect(a.date == "2024-03-12")
        #expect(a.author == "Giulia Rossi")
        #expect(a.language == .italian)
        let metadata = a.dropped.filter { $0.reason == .metadata }
        #expect(metadata.count == 1)
        #expect(metadata.first?.span.firstLine == 1)
        #expect(metadata.first?.span.lastLine == 8)
        // The H1 repeats the front matter title: recorded, not shown twice.
        #expect(a.dropped.contains { $0.reason == .repeatedTitle && $0.span.firstLine == 10 })
    }

    @Test func headingsOpenSectionsWithTheirLevels() throws {
        let a = try Self.load("front-matter.md")
        // The opening paragraph, with no byline under it, is the text's first (an untitled
        // section before the first heading), not the lede.
        #expect(a.lede == nil)
        #expect(a.sections.first?.blocks.map(\.text) == ["La città rimette in servizio tre linee storiche, con un investimento di 40 milioni di euro e nuove fermate."])
        #expect(a.sections.map(\.title) == [nil, "Le linee", "Le voci"])
        #expect(a.sections.dropFirst().map(\.level) == [2, 2])
        #expect(a.source.string(in: a.sections[1].heading!.span) == "## Le linee")
    }

    @Test func nestedListsKeepMarkersAndLevels() throws {
        let a = try Self.load("front-matter.md")
        let items = a.sections[1].blocks.filter { $0.kind == .list }
        #expect(items.map(\.text) == [
            "Linea 4, da Falchera a Mirafiori", "tratto nord, entro giugno", "tratto sud, entro dicembre",
            "Linea 9, lungo il Po", "Linea 16, la circolare", "progettazione", "cantieri",
        ])
        #expect(items.map(\.level) == [0, 1, 1, 0, 0, 0, 0])
        #expect(items.map { $0.marker ?? "" } == ["-", "-", "-", "-", "*", "1.", "2."])
        // A list item's span starts at its marker.
        for item in items {
            #expect(a.source.string(in: item.span).hasPrefix(item.marker!))
        }
        #expect(a.source.string(in: items[1]) == "- tratto nord, **entro giugno**")
    }

    @Test func quotesAndCode() throws {
        let a = try Self.load("front-matter.md")
        let blocks = a.sections[2].blocks
        #expect(blocks.map(\.kind) == [.quote, .quote, .code])
        #expect(blocks[0].text == "«Il tram è il mezzo più amato dai torinesi», ha detto l'assessora.")
        #expect(blocks[0].level == 0)
        #expect(blocks[1].text == "Citazione nella citazione.")
        #expect(blocks[1].level == 1)
        #expect(a.source.string(in: blocks[0].span).hasPrefix("> «Il tram"))
        #expect(blocks[2].text == "curl https://example.org/orari")
        #expect(a.source.string(in: blocks[2].span) == "```sh\ncurl https://example.org/orari\n```")
    }

    @Test func setextHeadingsAndCRLF() throws {
        let a = try Self.load("setext-crlf.md")
        #expect(a.title?.text == "Setext title")
        #expect(a.source.string(in: a.title!.span) == "Setext title\r\n============")
        // The opening paragraph is the text's first: no byline sets it apart as a lede.
        #expect(a.lede == nil)
        let opening = try #require(a.sections.first?.blocks.first)
        #expect(opening.text == "A first paragraph with code and emphasis over two lines.")
        #expect(a.source.string(in: opening.span) == "A first paragraph with `code` and *emphasis*\r\nover two lines.")
        #expect(a.sections.map(\.title) == [nil, "Second level"])
        #expect(a.sections.last?.level == 2)
        #expect(a.sections.last?.blocks.map(\.text) == ["The end."])
    }

    @Test func everySpanIsInsideTheTextWithMatchingLines() throws {
        for name in ["front-matter.md", "setext-crlf.md"] {
            let a = try Self.load(name)
            for (_, span) in allSpans(a) {
                #expect(span.start >= 0 && span.start <= span.end && span.end <= a.source.utf8.count)
                #expect(span.firstLine == a.source.lineNumber(forOffset: span.start))
                #expect(span.lastLine == a.source.lineNumber(forOffset: Swift.max(span.start, span.end - 1)))
            }
        }
    }

    @Test func thousandsOfNestedQuotesDoNotCrash() {
        let depth = 5000
        let text = String(repeating: ">", count: depth) + " deep inside\n"
        let a = MarkdownParser.parse(SourceText(text))
        let quote = FlatArticle(a).blocks.last
        #expect(quote?.kind == .quote)
        #expect(quote?.text == "deep inside")
        #expect(quote?.level == depth - 1)
    }

    @Test func thousandsOfNestedListsDoNotCrash() {
        let depth = 2000
        var text = ""
        for level in 0..<depth { text += String(repeating: "  ", count: level) + "- item \(level)\n" }
        let a = MarkdownParser.parse(SourceText(text))
        let items = FlatArticle(a).blocks.filter { $0.kind == .list }
        #expect(items.count == depth)
        #expect(items.last?.level == depth - 1)
        #expect(items.last?.text == "item \(depth - 1)")
    }

    @Test func contentWithoutExtensionIsSniffed() throws {
        let bytes = Array("# Notes\n\nSome **bold** words.\n\n## More\n\nText.\n".utf8)
        let a = try ArticleLoader.parse(bytes: bytes, path: "notes")
        #expect(a.format == .markdown)
        #expect(a.title?.text == "Notes")
        #expect(FormatSniffer.format(forPath: "a/b/Post.MD") == .markdown)
        #expect(FormatSniffer.format(forPath: "notes") == nil)
        #expect(FormatSniffer.format(forPath: ".profile") == nil)
    }
}

extension SourceText {
    /// The text behind a block, for assertions.
    func string(in block: Block) -> String { string(in: block.span) }
}

@Suite("Markdown edge cases")
struct MarkdownEdgeCaseTests {
    @Test func unclosedFrontMatterIsNotMetadata() {
        let a = MarkdownParser.parse(SourceText("---\ntitle: Nope\n\nJust text.\n"))
        #expect(a.title == nil || a.title?.text != "Nope")
        #expect(!a.dropped.contains { $0.reason == .metadata })
        #expect(FlatArticle(a).blocks.contains { $0.text == "Just text." })
    }

    @Test func frontMatterOnlyAndEmptyDocuments() {
        let a = MarkdownParser.parse(SourceText("---\ntitle: Solo\nauthor: 'O''Brien'\n---\n"))
        #expect(a.title?.text == "Solo")
        #expect(a.author == "O'Brien")
        #expect(a.sections.isEmpty)
        let empty = MarkdownParser.parse(SourceText(""))
        #expect(empty.title == nil && empty.sections.isEmpty && empty.words == 0)
    }

    @Test func furnitureInHTMLBlocksIsDroppedAndRecorded() {
        let a = MarkdownParser.parse(SourceText("# T\n\n<div class=\"ad\">Buy now</div>\n\nText after.\n"))
        #expect(a.dropped.map(\.text) == ["Buy now"])
        #expect(a.dropped.map(\.reason) == [.advertisement])
        #expect(FlatArticle(a).blocks.map(\.text) == ["T", "Text after."])
    }

    @Test func secondParagraphOfAnItemHasNoMarker() {
        let a = MarkdownParser.parse(SourceText("- first\n\n  more of the first\n- second\n"))
        let items = FlatArticle(a).blocks.filter { $0.kind == .list }
        #expect(items.map(\.text) == ["first", "more of the first", "second"])
        #expect(items.map(\.marker) == ["-", nil, "-"])
    }

    @Test func utf8SpansAreByteExact() {
        let text = "# Città\n\n> «Perché?» chiese l’uomo.\n\n- caffè ☕ e più\n"
        let a = MarkdownParser.parse(SourceText(text))
        let source = a.source
        #expect(source.string(in: a.title!.span) == "# Città")
        let blocks = FlatArticle(a).blocks
        #expect(source.string(in: blocks[1].span) == "> «Perché?» chiese l’uomo.")
        #expect(source.string(in: blocks[2].span) == "- caffè ☕ e più")
    }

    @Test func aHeadingOfAParagraphsLengthIsAParagraph() {
        let a = MarkdownParser.parse(SourceText("""
            ###### As part of a replication project of articles in the journal, this fall I assigned students in my course to replicate papers and test how robust they are.

            ###### **The Assignment**

            ###### Each student chose a paper.
            """))
        #expect(a.title == nil)
        #expect(a.sections.compactMap(\.heading?.text) == ["The Assignment", "Each student chose a paper."])
        #expect(a.sections.first?.blocks.map(\.kind) == [.paragraph])
    }
}
