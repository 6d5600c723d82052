import Testing
@testable import ArticleKit

@Suite("The Markdown samples of the sample library")
struct SampleMarkdownTests {
    static func sample(_ name: String) throws -> Article {
        let folder = try #require(SampleLibrary.path)
        return try ArticleLoader.load(path: folder + "/" + name)
    }

    @Test func italianNoteWithFrontMatter() throws {
        let a = try Self.sample("sensori-po.md")
        #expect(a.title?.text == "Una rete di sensori per misurare la salute del Po")
        #expect(a.author == "Chiara Ferraris")
        #expect(a.date == "2026-10-08")
        #expect(a.language == .italian)
        // The opening paragraph is the text's (an untitled section): no byline sets it apart.
        #expect(a.lede == nil)
        #expect(a.sections.map(\.title) == [nil, "Che cosa misurano", "I primi risultati", "Dati aperti"])
        let items = a.sections[1].blocks.filter { $0.kind == .list }
        #expect(items.map(\.level) == [0, 0, 1, 1, 0])
        #expect(a.sections[2].blocks.last?.kind == .quote)
        #expect(a.sections[3].blocks.contains { $0.kind == .code && $0.text.hasPrefix("stazione,ora") })
    }

    @Test func englishSetextArticle() throws {
        let a = try Self.sample("reading-the-tide-tables.md")
        #expect(a.title?.text == "Reading the tide tables before the new harbour opens")
        #expect(a.language == .english)
        #expect(a.sections.map(\.title) == [nil, "Why the tables changed", "What pilots need to know", "Sources"])
        let steps = a.sections[2].blocks.filter { $0.kind == .list }
        #expect(steps.map { $0.marker ?? "" } == ["1.", "2.", "-", "-", "3."])
        for block in FlatArticle(a).blocks {
            #expect(a.source.string(in: block.span).contains(block.text.split(separator: " ").first ?? ""))
        }
    }
}
