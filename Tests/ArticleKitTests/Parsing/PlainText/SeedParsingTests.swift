import Testing
@testable import ArticleKit

@Suite("The seed article")
struct SeedParsingTests {
    let article: Article

    init() throws {
        article = try ArticleLoader.parse(bytes: try fixtureBytes("parsing/seed.txt"), path: "seed.txt")
    }

    @Test func titleAndLede() {
        #expect(article.title?.text == "La Corea del Nord intensifica il supporto alla Russia con forniture militari e truppe")
        #expect(article.title?.span.firstLine == 1)
        #expect(article.lede?.text.hasPrefix("La Corea del Nord intensifica il supporto militare alla Russia, inviando") == true)
        #expect(article.lede?.span.firstLine == 3)
        #expect(article.lede?.span.lastLine == 3)
    }

    @Test func exactlyFourSections() {
        #expect(article.sections.map(\.title) == [
            nil,
            "La cooperazione tra Corea del Nord e Russia",
            "Le perdite nordcoreane al fronte",
            "Le implicazioni per la sicurezza globale",
        ])
        #expect(article.sections.map { $0.blocks.count } == [1, 2, 2, 2])
        #expect(article.sections.allSatisfy { $0.blocks.allSatisfy { $0.kind == .paragraph } })
    }

    @Test func repeatedTitleCaptionIsDroppedAndRecorded() {
        #expect(article.dropped.count == 1)
        #expect(article.dropped.first?.reason == .repeatedTitle)
        #expect(article.dropped.first?.span.firstLine == 4)
    }

    @Test func metadata() {
        #expect(article.language == .italian)
        #expect(article.encoding == .utf8)
        #expect(article.format == .text)
        #expect((540...580).contains(article.words))
        #expect(article.readingMinutes == 3)
        #expect(article.source.lineCount == 24)
    }

    @Test func spansCutBackToTheOriginalLines() {
        for (_, span) in allSpans(article) {
            let cut = article.source.string(in: span)
            let lines = (span.firstLine...span.lastLine).map { article.source.line($0) }.joined(separator: "\n")
            #expect(cut == lines)
        }
        for section in article.sections {
            #expect(section.blocks.allSatisfy { section.span.contains($0.span) })
        }
    }

    @Test func sectionLookupByOffset() {
        let third = article.sections[2]
        #expect(article.sectionIndex(containing: third.blocks[1].span.start + 5) == 2)
        #expect(article.sectionIndex(containing: 0) == nil)
    }
}
