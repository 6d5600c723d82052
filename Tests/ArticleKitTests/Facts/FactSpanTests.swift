import Testing
@testable import ArticleKit

/// Every mention carries the exact span of its words in the source, and the right section.
@Suite("Fact spans and sections")
struct FactSpanTests {
    static let fixtures = ["parsing/seed.txt"] + (FactQualityTests.italian + FactQualityTests.english + FactQualityTests.heldOut).map { "facts/\($0).txt" }

    static func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")  // "\r\n" is one Character
    }

    static func mentions(_ f: Facts) -> [Mention] {
        f.figures.map(\.mention) + f.dates.map(\.mention) + (f.people + f.places + f.organizations).flatMap(\.mentions)
            + f.sources.flatMap(\.claims)
    }

    @Test(arguments: fixtures)
    func spansCutBackToTheMentionedWords(_ fixture: String) throws {
        let article = try ArticleLoader.parse(bytes: try fixtureBytes(fixture), path: fixture)
        let facts = FactExtractor.extract(article)
        #expect(!facts.isEmpty)
        for m in Self.mentions(facts) {
            #expect(Self.collapsed(article.source.string(in: m.span)) == m.text, "\(m.text) at \(m.span)")
            #expect(m.section == (article.sectionIndex(containing: m.span.start) ?? 0))
            #expect(article.source.span(start: m.span.start, end: m.span.end) == m.span)
        }
        for figure in facts.figures { #expect(figure.text == figure.mention.text) }
        for date in facts.dates { #expect(date.text == date.mention.text) }
    }

    @Test func aMentionAcrossAHardWrapKeepsItsSourceSpan() {
        let text = """
            Titolo di prova sulla Corea del Nord

            Il ministero della Difesa sudcoreano ha ammesso che Pyongyang ha inviato circa
            11.000 soldati a Mosca, secondo quanto riferito.
            """
        let article = parse(text)
        let facts = FactExtractor.extract(article)
        let figure = try? #require(facts.figures.first)
        #expect(figure?.text == "circa 11.000 soldati")
        #expect(figure?.value == 11000)
        #expect(figure?.mention.span.firstLine == 3)
        #expect(figure?.mention.span.lastLine == 4)
        #expect(figure.map { article.source.string(in: $0.mention.span) } == "circa\n11.000 soldati")
    }

    @Test func titleAndLedeAreSectionZero() throws {
        let article = try ArticleLoader.parse(bytes: try fixtureBytes("parsing/seed.txt"))
        let facts = FactExtractor.extract(article)
        let korea = try #require(facts.places.first { $0.name == "Corea del Nord" })
        #expect(korea.mentions.first?.span.firstLine == 1)
        #expect(korea.mentions.first?.section == 0)
        #expect(Set(korea.mentions.map(\.section)) == [0, 1, 2, 3])
    }
}
