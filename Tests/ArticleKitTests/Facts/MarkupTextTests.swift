import Testing
@testable import ArticleKit

@Suite("Facts of HTML articles read as the page shows them")
struct MarkupTextTests {
    @Test func referencesDecodedAndTagsDropped() {
        #expect(MarkupText.readable("&pound;4.5bn") == "£4.5bn")
        #expect(MarkupText.readable("&#163;250,000 and &#xA3;3") == "£250,000 and £3")
        #expect(MarkupText.readable("take about 18 months.</") == "take about 18 months.")
        #expect(MarkupText.readable("the <em>Torry</em> Community&nbsp;Council") == "the Torry Community Council")
        #expect(MarkupText.readable("AT&T & co; &unknownname; &") == "AT&T & co; &unknownname; &")
        #expect(MarkupText.readable("plain text") == "plain text")
    }

    @Test("The sample page's facts carry no markup; their spans still point at it")
    func samplePage() throws {
        let path = try #require(SampleLibrary.path) + "/harbour-council-vote.html"
        let article = try ArticleLoader.load(path: path)
        let facts = FactExtractor.extract(article)
        let texts = facts.figures.map(\.text) + facts.sources.flatMap { $0.claims.map(\.text) }
        #expect(facts.figures.map(\.text).contains("£4.5bn"))
        #expect(!texts.contains { $0.contains("&") || $0.contains("<") })
        let pound = try #require(facts.figures.first { $0.text == "£4.5bn" })
        #expect(article.source.string(in: pound.mention.span) == "&pound;4.5bn")
    }
}
