import Foundation
import Testing
@testable import ArticleKit

@Suite("The HTML samples of the sample library")
struct SampleHTMLTests {
    static func sample(_ name: String) throws -> Article {
        let folder = try #require(SampleLibrary.path)
        return try ArticleLoader.load(path: folder + "/" + name)
    }

    @Test func sampleLibraryShipsAllThreeFormats() {
        let names = SampleLibrary.fileNames
        #expect(names.filter { $0.hasSuffix(".txt") }.count >= 2)
        #expect(names.filter { $0.hasSuffix(".md") }.count >= 2)
        #expect(names.filter { $0.hasSuffix(".html") }.count >= 2)
    }

    @Test func articlePageKeepsTheArticleAndRecordsTheFurniture() throws {
        let a = try Self.sample("harbour-council-vote.html")
        #expect(a.title?.text == "Aberdeen council backs the wind farm cable route")
        #expect(a.author == "Ewan Baxter")
        #expect(a.date == "2026-11-26T08:30:00Z")
        #expect(a.lede?.text.hasPrefix("Aberdeen City Council has approved the route") == true)
        #expect(a.sections.compactMap(\.title) == ["Concerns about the beach", "What comes next"])
        // The page's <title> first: read for metadata, left out of the text.
        #expect(a.dropped.map(\.reason) == [.metadata, .pageFurniture, .cookieNotice, .metadata, .shareLinks, .relatedLink, .newsletter, .pageFurniture, .pageFurniture])
        let text = FlatArticle(a).blocks.map(\.text).joined(separator: "\n")
        #expect(!text.contains("dataLayer"))
        #expect(!text.contains("Most read"))
        #expect(text.contains("£250,000"))
    }

    @Test func windows1252PageWithoutArticleElement() throws {
        let a = try Self.sample("mercato-porta-palazzo.html")
        #expect(a.encoding == .windows1252)
        #expect(a.language == .italian)
        #expect(a.title?.text == "Il mercato coperto di Porta Palazzo riapre dopo i lavori")
        #expect(a.date == "2026-09-19")
        #expect(a.sections.flatMap(\.blocks).first?.text.contains("il più grande mercato all’aperto d’Europa") == true)
        #expect(a.sections.flatMap(\.blocks).filter { $0.kind == .list }.count == 3)
        #expect(a.dropped.contains { $0.reason == .repeatedTitle })
        #expect(a.dropped.contains { $0.reason == .pageFurniture && $0.text == "Prima pagina Cronaca Cultura" })
    }

    @Test(arguments: ["harbour-council-vote.html", "mercato-porta-palazzo.html"])
    func everySpanOpensOnATag(_ name: String) throws {
        let a = try Self.sample(name)
        for block in FlatArticle(a).blocks {
            let cut = a.source.string(in: block.span)
            #expect(cut.hasPrefix("<"), "\(block.kind) \(block.text)")
            #expect(block.span.firstLine == a.source.lineNumber(forOffset: block.span.start))
        }
        // Blocks come in source order and never overlap.
        let spans = a.sections.flatMap { s in (s.heading.map { [$0] } ?? []) + s.blocks }.map(\.span)
        for (x, y) in zip(spans, spans.dropFirst()) { #expect(x.end <= y.start) }
    }
}
