import Testing
@testable import ArticleKit

@Suite("Images and their captions in Markdown")
struct MarkdownImagesTests {
    @Test func imagesAloneAndTheEmphasisedCaptionUnderThemAreDropped() {
        let a = MarkdownParser.parse(SourceText("""
            # Il mercato

            Il mercato coperto riapre lunedì, dopo due anni di lavori sul tetto.

            ![Il mercato coperto visto da piazza Galimberti](mercato.jpg)

            *Foto: Archivio comunale*

            [![Build](https://ci.example.org/badge.svg)](https://ci.example.org) ![Licenza MIT](mit.svg)

            ![La pianta del mercato](pianta.png)
            _La pianta del mercato, con i 48 banchi_
            {: .center}

            Gli orari restano quelli di prima: dalle 7 alle 14.

            *Un'opinione in corsivo che segue il testo resta testo.*
            """))
        #expect(a.sections.flatMap(\.blocks).map(\.text) == [
            "Il mercato coperto riapre lunedì, dopo due anni di lavori sul tetto.",
            "Gli orari restano quelli di prima: dalle 7 alle 14.",
            "Un'opinione in corsivo che segue il testo resta testo.",
        ])
        #expect(a.dropped.map(\.reason) == [.caption, .caption, .caption, .caption])
        #expect(a.dropped.map(\.text) == [
            "Il mercato coperto visto da piazza Galimberti", "Foto: Archivio comunale", "Build Licenza MIT",
            "La pianta del mercato La pianta del mercato, con i 48 banchi {: .center}",
        ])
    }

    @Test func aParagraphInItalicsBesideAnImageIsText() {
        let md = "# Titolo\n\n![](foto.jpg) *Il mercato coperto di piazza Galimberti riapre lunedì, dopo due anni di lavori sul tetto e sugli impianti elettrici: i banchi tornano quarantotto, come prima dei lavori, e gli orari restano quelli di sempre, dalle sette alle quattordici, il sabato fino alle diciannove, ha detto l'assessore al commercio.*\n"
        let a = MarkdownParser.parse(SourceText(md))
        #expect(FlatArticle(a).blocks.contains { $0.text.contains("Il mercato coperto") })
    }

    @Test func anImageInsideProseKeepsTheParagraph() {
        let a = MarkdownParser.parse(SourceText("""
            Premi l'icona ![ingranaggio](gear.png) per aprire le impostazioni del programma.
            """))
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Premi l'icona ingranaggio per aprire le impostazioni del programma."])
    }

    @Test func kramdownAttributeListsAreMarkup() {
        let a = MarkdownParser.parse(SourceText("""
            # Guida

            * TOC
            {:toc}

            Il primo paragrafo della guida, con le istruzioni.
            {: .lead}

            {: .notice}
            """))
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Il primo paragrafo della guida, con le istruzioni."])
        #expect(a.dropped.map(\.text) == ["TOC {:toc}", "{: .lead}", "{: .notice}"])
        #expect(a.dropped.allSatisfy { $0.reason == .pageFurniture })
    }
}
