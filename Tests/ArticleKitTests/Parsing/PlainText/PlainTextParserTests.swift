import Testing
@testable import ArticleKit

@Suite("Plain-text articles")
struct PlainTextParserTests {
    static let english = """
        City council approves new cycling lanes across the centre

        The city council has approved a network of protected cycling lanes, a plan that will \
        cost about 8 million pounds and take two years to complete.
        City council approves new cycling lanes across the centre

        The vote came after a long debate in which opposition councillors
        argued that the plan would harm local shops. The mayor said the lanes
        would make the centre safer for everyone.

        Share this article

        What the plan includes

        The network covers 14 miles of roads. The main changes are:

        - protected lanes on the ring road;
        - new crossings near
          three primary schools;
        * cycle parking at the station.

        Read more: Why cities are betting on bikes

        > The lanes are the biggest change to our streets in a generation,
        > the transport officer wrote.

        Opposition councillors argued that the plan would be delayed for years by legal challenges

        Next steps

        Work will start in the spring.
        """

    @Test func englishStructure() {
        let a = parse(Self.english)
        #expect(a.language == .english)
        #expect(a.title?.text == "City council approves new cycling lanes across the centre")
        #expect(a.lede?.text.hasSuffix("take two years to complete.") == true)
        #expect(a.sections.map(\.title) == [nil, "What the plan includes", "Next steps"])
        #expect(a.dropped.map(\.reason) == [.repeatedTitle, .shareLinks, .relatedLink])
    }

    @Test func hardWrappedLinesAreJoined() {
        let a = parse(Self.english)
        let first = a.sections[0].blocks[0]
        #expect(first.kind == .paragraph)
        #expect(first.text.hasPrefix("The vote came after a long debate in which opposition councillors argued that"))
        #expect(first.span.firstLine == 6 && first.span.lastLine == 8)
    }

    @Test func listsAfterAColonWithContinuationLines() {
        let blocks = parse(Self.english).sections[1].blocks
        #expect(blocks.map(\.kind) == [.paragraph, .list, .list, .list, .quote, .paragraph])
        #expect(blocks[1].marker == "-")
        #expect(blocks[2].text == "new crossings near three primary schools;")
        #expect(blocks[2].span.lastLine == blocks[2].span.firstLine + 1)
        #expect(blocks[3].marker == "*")
        #expect(blocks[4].text == "The lanes are the biggest change to our streets in a generation, the transport officer wrote.")
    }

    @Test func aLongHeadingLikeSentenceStaysAParagraph() {
        let blocks = parse(Self.english).sections[1].blocks
        #expect(blocks[5].text.hasPrefix("Opposition councillors argued"))
        #expect(blocks[5].kind == .paragraph)
    }

    @Test func spansAreExact() {
        let a = parse(Self.english)
        for (_, span) in allSpans(a) {
            let lines = (span.firstLine...span.lastLine).map { a.source.line($0) }.joined(separator: "\n")
            #expect(a.source.string(in: span) == lines)
        }
    }

    @Test func crlfAndCROnlyGiveTheSameStructure() {
        let lf = parse(Self.english)
        for ending in ["\r\n", "\r"] {
            let other = parse(Self.english.replacingOccurrences(of: "\n", with: ending))
            #expect(other.sections.map(\.title) == lf.sections.map(\.title))
            #expect(FlatArticle(other).blocks.map(\.text) == FlatArticle(lf).blocks.map(\.text))
            #expect(FlatArticle(other).blocks.map(\.span.firstLine) == FlatArticle(lf).blocks.map(\.span.firstLine))
            for (_, span) in allSpans(other) {
                let lines = (span.firstLine...span.lastLine).map { other.source.line($0) }.joined(separator: ending)
                #expect(other.source.string(in: span) == lines)
            }
        }
    }

    @Test func mixedLineEndingsAndNoFinalNewline() {
        let a = parse("Titolo della prova\r\n\r\nPrimo paragrafo della prova, abbastanza lungo per essere un sommario.\n\nFine\rdel testo")
        #expect(a.title?.text == "Titolo della prova")
        #expect(a.sections.first?.blocks.map(\.text) == [
            "Primo paragrafo della prova, abbastanza lungo per essere un sommario.", "Fine del testo",
        ])
    }

    @Test func emptyAndBlankArticles() {
        for text in ["", "\n\n  \n", "\u{FEFF}"] {
            let a = parse(text)
            #expect(a.title == nil)
            #expect(a.sections.isEmpty)
            #expect(a.words == 0)
        }
    }

    @Test func oneVeryLongLine() {
        let line = String(repeating: "parola ", count: 200_000)
        let a = parse("Titolo\n\n" + line)
        #expect(a.sections.count == 1)
        #expect(a.words == 200_001)
        #expect(a.sections[0].blocks[0].span.end == a.source.utf8.count)
    }

    @Test func titleRepeatedSeveralTimesOver() {
        let a = parse("Il titolo\n\nIl titolo Il titolo   Il titolo\n\nTesto.")
        #expect(a.dropped.map(\.reason) == [.repeatedTitle])
        // A line that merely starts with the title is kept.
        let b = parse("Il titolo\n\nIl titolo e altro ancora.")
        #expect(b.dropped.isEmpty)
    }

    @Test func boilerplateIsDroppedOnlyWhenClearlyBoilerplate() {
        let a = parse("""
            Titolo

            Leggi anche: un altro articolo

            Questo sito utilizza cookie tecnici e di profilazione. Accetta per continuare.

            Iscriviti alla newsletter

            Pubblicità

            Condividi | Stampa | Email

            Share prices fell sharply on Monday after the announcement.
            """)
        #expect(a.dropped.map(\.reason) == [.relatedLink, .cookieNotice, .newsletter, .advertisement, .shareLinks])
        #expect(FlatArticle(a).blocks.last?.text == "Share prices fell sharply on Monday after the announcement.")
    }

    @Test func headingsNeedToStandAloneAndLookLikeHeadings() {
        let a = parse("""
            Titolo

            Primo paragrafo di testo che apre l'articolo e ne riassume il contenuto.

            una riga corta, minuscola

            Riga che finisce con i due punti:

            Vera intestazione

            Testo della sezione.
            Riga breve attaccata
            """)
        #expect(a.sections.map(\.title) == [nil, "Vera intestazione"])
        // No byline or heading sets the first paragraph apart, so it is not a standfirst; and a
        // line after a full stop opens a paragraph of its own (the text has no wrapping).
        #expect(a.lede == nil)
        #expect(a.sections[0].blocks.count == 3)
        #expect(a.sections[1].blocks.map(\.text) == ["Testo della sezione.", "Riga breve attaccata"])
    }

    @Test("Only > lines are block quotes, not paragraphs or short lines in quotation marks")
    func quotationParagraphs() {
        let a = parse("Titolo\n\n“Una frase tra virgolette, detta da qualcuno.”\n\n«Un'altra citazione»\n\n\"Siamo pronti\"\n\n> Una vera citazione.\n\nTesto normale.")
        #expect(FlatArticle(a).blocks.dropFirst().map(\.kind) == [.paragraph, .paragraph, .paragraph, .quote, .paragraph])
    }

    @Test func numberedListsAndNesting() {
        let a = parse("Titolo\n\n1. primo\n2) secondo\n  - annidato\n3. terzo")
        let blocks = a.sections[0].blocks
        #expect(blocks.map(\.marker) == ["1.", "2)", "-", "3."])
        #expect(blocks.map(\.level) == [0, 0, 1, 0])
        #expect(blocks.map(\.text) == ["primo", "secondo", "annidato", "terzo"])
    }

    @Test func languageDetection() {
        #expect(LanguageDetector.detect("Il governo ha deciso che la riforma non sarà approvata prima della fine dell'anno, e per questo la protesta continua.") == .italian)
        #expect(LanguageDetector.detect("The government has decided that the reform will not be approved before the end of the year, and the protest goes on.") == .english)
        #expect(LanguageDetector.detect("12345 67890") == .unknown)
        #expect(LanguageDetector.detect("東京は日本の首都です") == .unknown)
    }

    @Test("In a hard-wrapped text a line cut by the wrap opens a paragraph, not a section")
    func wrappedLineIsNoHeading() {
        let a = parse("""
            Council approves the cycling lanes

            The council met on Tuesday evening to discuss the plan for the new
            cycling lanes across the centre of the town, and after a long debate
            the plan was approved by a large majority of the members present.

            Similarly, shortly before the elections the transport commissioner
            Jane Miller denied that the lanes would be built in three stages over
            two years, starting with the roads near the schools of the town.

            Next steps
            The first stage will start in the spring, and the officer said that
            the roads near the station would follow in the autumn of next year
            if the money is found in time for the works to begin on schedule.
            """)
        #expect(a.sections.compactMap(\.title) == ["Next steps"])
        #expect(FlatArticle(a).blocks.contains { $0.kind == .paragraph && $0.text.hasPrefix("Similarly, shortly before the elections the transport commissioner Jane") })
    }
}
