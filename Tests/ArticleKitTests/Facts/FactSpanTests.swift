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

    /// Each mention's span shows exactly its text: markup and references inside it are read as
    /// the page shows them, and it starts and ends on shown bytes, not on markup around them.
    static func expectExactSpans(_ article: Article, _ facts: Facts) {
        let bytes = Array(article.source.utf8)
        for m in mentions(facts) {
            let raw = article.source.string(in: m.span)
            let shown = collapsed(TextMapParsingTests.shown(raw, format: article.format))
            #expect(shown == m.text.replacingOccurrences(of: "…", with: "") || m.text.hasSuffix("…"), "\(m.text) ← \(raw)")
            #expect(bytes[m.span.start] != UInt8(ascii: "<") && bytes[m.span.end - 1] != UInt8(ascii: ">"), "\(m.text) ← \(raw)")
        }
    }

    @Test func htmlMentionsMapThroughReferencesAndTagsToTheirBytes() throws {
        let html = """
            <html><head><title>Harbour plan</title></head><body><article>
            <h1>Harbour plan approved</h1>
            <p>The council met in Aberdeen on Monday. Councillor <b>Se&aacute;n</b> O&#8217;Neill said the plan would
            cost &pound;4.5bn over ten years, and the Fish &amp; Chips Company said it would hire 300 workers.</p>
            <p>Later, Mayor Anna <em>Ri</em>ccardi said the harbour would open in 2027.</p>
            </article></body></html>
            """
        let article = try ArticleLoader.parse(bytes: Array(html.utf8), path: "harbour.html")
        let facts = FactExtractor.extract(article)
        let source = { (span: SourceSpan) in article.source.string(in: span) }
        let pound = try #require(facts.figures.first { $0.text == "£4.5bn" })
        #expect(source(pound.mention.span) == "&pound;4.5bn")
        let oneill = try #require(facts.people.first { $0.name == "Seán O’Neill" })
        #expect(oneill.mentions.map { source($0.span) } == ["Se&aacute;n</b> O&#8217;Neill"])
        let riccardi = try #require(facts.people.first { $0.name == "Anna Riccardi" })
        #expect(riccardi.mentions.map { source($0.span) } == ["Anna <em>Ri</em>ccardi"])
        let company = try #require(facts.organizations.first { $0.name == "Fish & Chips Company" })
        #expect(company.mentions.map { source($0.span) } == ["Fish &amp; Chips Company"])
        Self.expectExactSpans(article, facts)
    }

    @Test func markdownMentionsLeaveEmphasisMarksAroundThemOut() throws {
        let md = """
            # Il nuovo mercato

            Il sindaco **Mario** Rossi ha detto a Torino che *il mercato* costerà 3 milioni di euro e che
            _Giulia Bianchi_ lo dirigerà dal 2026.
            """
        let article = try ArticleLoader.parse(bytes: Array(md.utf8), path: "mercato.md")
        let facts = FactExtractor.extract(article)
        let source = { (span: SourceSpan) in article.source.string(in: span) }
        let rossi = try #require(facts.people.first { $0.name == "Mario Rossi" })
        #expect(rossi.mentions.map { source($0.span) } == ["Mario** Rossi"])
        let bianchi = try #require(facts.people.first { $0.name == "Giulia Bianchi" })
        #expect(bianchi.mentions.map { source($0.span) } == ["Giulia Bianchi"])
        let cost = try #require(facts.figures.first { $0.value == 3_000_000 })
        #expect(source(cost.mention.span) == "3 milioni di euro")
        Self.expectExactSpans(article, facts)
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
        Self.expectExactSpans(article, facts)
    }
}
