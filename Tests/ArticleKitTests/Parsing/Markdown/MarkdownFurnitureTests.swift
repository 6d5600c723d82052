import Testing
@testable import ArticleKit

@Suite("A Markdown page's furniture")
struct MarkdownFurnitureTests {
    static let page = """
        Condividi su Facebook Condividi su Twitter

        # Il mercato coperto riapre dopo i lavori

        Foto: Archivio comunale

        Il mercato coperto di piazza Galimberti riapre lunedì, dopo due anni di lavori sul tetto e sugli impianti.

        **Leggi anche:** [Il piano dei parcheggi](https://example.org/parcheggi)

        - I banchi tornano 48, come prima dei lavori.
        - Read more: [the council's notes](https://example.org/notes)

        Gli orari restano quelli di prima: dalle 7 alle 14, il sabato fino alle 19.

        © Riproduzione riservata
        """

    @Test func furnitureParagraphsAndItemsAreDroppedWithTheirReasons() {
        let a = MarkdownParser.parse(SourceText(Self.page))
        let reasons = Dictionary(a.dropped.map { ($0.text, $0.reason) }, uniquingKeysWith: { first, _ in first })
        #expect(reasons["Condividi su Facebook Condividi su Twitter"] == .shareLinks)
        #expect(reasons["Foto: Archivio comunale"] == .caption)
        #expect(reasons["Leggi anche: Il piano dei parcheggi"] == .relatedLink)
        #expect(reasons["Read more: the council's notes"] == .relatedLink)
        #expect(reasons["© Riproduzione riservata"] == .copyright)
        // The share line above the heading no longer keeps the heading from being the title.
        #expect(a.title?.text == "Il mercato coperto riapre dopo i lavori")
        let kept = a.sections.flatMap(\.blocks).map(\.text)
        #expect(kept == [
            "Il mercato coperto di piazza Galimberti riapre lunedì, dopo due anni di lavori sul tetto e sugli impianti.",
            "I banchi tornano 48, come prima dei lavori.",
            "Gli orari restano quelli di prima: dalle 7 alle 14, il sabato fino alle 19.",
        ])
    }

    @Test func aFurnitureHeadingOverProseIsTheArticlesOwn() {
        let md = """
            # Il mercato coperto riapre

            Il mercato coperto di piazza Galimberti riapre lunedì, dopo due anni di lavori.

            ## Update

            Il comune ha comunicato che l'apertura slitta di una settimana: i lavori sul tetto e sugli impianti elettrici non sono finiti, e i banchi torneranno solo dopo il collaudo dei vigili del fuoco, previsto per il lunedì successivo, come ha detto l'assessore.

            ## Share this:

            - [Facebook](https://example.org/f)
            """
        let a = MarkdownParser.parse(SourceText(md))
        let kept = FlatArticle(a).blocks.map(\.text)
        #expect(kept.contains("Update"))
        #expect(kept.contains { $0.hasPrefix("Il comune ha comunicato") })
        #expect(!kept.contains("Share this:"))
    }

    @Test func proseThatMentionsTheWordsIsKept() {
        let a = MarkdownParser.parse(SourceText("""
            # Notes

            We share the data under a licence that lets anyone reuse it, credit given.

            - https://github.com/llvm/llvm-project/pull/93567
            - https://github.com/llvm/llvm-project/pull/98376

            You can read more about the method in the second chapter, where each step is explained with an example.
            """))
        #expect(a.dropped.isEmpty)
        #expect(a.sections.flatMap(\.blocks).count == 4)
    }

    @Test func furnitureLinesOpeningOrClosingAParagraphAreDroppedLineByLine() {
        let source = SourceText("""
            # Festa in piazza

            Foto: Archivio comunale
            La piazza si è riempita già dal mattino, con le bancarelle e la banda.
            © Riproduzione riservata

            Ein paar Einblicke in die Aktion:
            {% include gallery layout="half" %}
            """)
        let a = MarkdownParser.parse(source)
        #expect(a.dropped.map(\.reason) == [.caption, .copyright, .pageFurniture, .pageFurniture])
        #expect(a.dropped.map { $0.span.firstLine } == [3, 5, 7, 8])
        let kept = a.sections.flatMap(\.blocks)
        #expect(kept.map(\.text) == ["La piazza si è riempita già dal mattino, con le bancarelle e la banda."])
        // The paragraph left keeps its own line's bytes as its span.
        #expect(kept.first.map { source.string(in: $0.span) } == "La piazza si è riempita già dal mattino, con le bancarelle e la banda.")
    }

    @Test func wrappedProseIsNotReadLineByLine() {
        let a = MarkdownParser.parse(SourceText("""
            # Notes

            The method is described in the second chapter, and you can
            read more about it in the appendix, where each step is shown
            with an example.
            """))
        #expect(a.dropped.isEmpty)
        #expect(a.sections.flatMap(\.blocks).count == 1)
    }

    @Test func aFurnitureHeadingGoesWithItsSection() {
        let a = MarkdownParser.parse(SourceText("""
            # Is the AER replicable?

            Most of the papers replicated well, and two thirds were robust.

            ### Share this:

            * [Click to share on X](https://example.org/?share=twitter)
            * [Click to share on Facebook](https://example.org/?share=facebook)

            Like Loading...

            ## Method

            Each student chose a paper.
            """))
        #expect(a.sections.compactMap(\.heading?.text) == ["Method"])
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Most of the papers replicated well, and two thirds were robust.", "Each student chose a paper."])
        #expect(a.dropped.map(\.text) == ["Share this:", "Click to share on X", "Click to share on Facebook", "Like Loading..."])
    }

    @Test func aButtonLinkIsFurniture() {
        let a = MarkdownParser.parse(SourceText("""
            Notre formulaire en ligne est accessible ci-dessous.

            [Inscription formation continue](https://example.org/form){: .btn .btn--warning}{: .align-center}
            """))
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Notre formulaire en ligne est accessible ci-dessous."])
        #expect(a.dropped.map(\.reason) == [.pageFurniture])
    }
}
