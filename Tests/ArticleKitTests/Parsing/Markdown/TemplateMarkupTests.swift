import Testing
@testable import ArticleKit

@Suite("A site generator's markup in Markdown")
struct TemplateMarkupTests {
    func texts(_ a: Article) -> [String] { a.sections.flatMap(\.blocks).map(\.text) }

    /// Each word of each block maps to exactly the bytes that show it.
    func expectExactMaps(_ a: Article) {
        for block in FlatArticle(a).blocks {
            for range in TextMapParsingTests.words(block.text) {
                let word = String(decoding: Array(block.text.utf8)[range], as: UTF8.self)
                let span = block.span(ofTextRange: range, in: a.source)
                #expect(a.source.string(in: span) == word, "\(word) ← \(a.source.string(in: span))")
            }
        }
    }

    @Test func anAttributeListAfterASpanIsNoText() {
        let a = MarkdownParser.parse(SourceText("""
            Die Ergebnisse findet ihr **-> [hier](http://gau.de/2018.pdf){:target="_blank"} <-**

            Partner der FPMNS : [ALMNS](https://www.aleaumns.com/){:target="_blank"}.

            Ein **rotes**{: .rot} Wort und `code{:x}` bleiben.

            [Inscription formation continue](https://framaforms.org/x){: .btn .btn--warning}{: .align-center}
            """))
        #expect(texts(a) == ["Die Ergebnisse findet ihr -> hier <-", "Partner der FPMNS : ALMNS.", "Ein rotes Wort und code{:x} bleiben."])
        // A link set as a button by its attribute list stays a call to action, not text.
        #expect(a.dropped.map(\.text) == ["Inscription formation continue"])
        expectExactMaps(a)
    }

    @Test func aShortcodeOverSeveralLinesIsNoTextAndAFigureGivesItsCaption() throws {
        let source = SourceText("""
            Das Wetter wird gut sein.

            {{< figure src="/fotos/2021/thumbnail.jpg"
                caption="Luftbild des Pfarrgartens (© 2021 Microsoft, Maxar)"
            >}}

            Die Einladung findet Ihr hier.
            {{< figure src="/halle.jpg" title="Die \\"neue\\" Halle" >}}

            {{% notice info %}}Bitte pünktlich sein.{{% /notice %}}

            Der Bericht {{< ref "archiv.md" >}} liegt im Archiv.
            """)
        let a = MarkdownParser.parse(source)
        #expect(texts(a) == ["Das Wetter wird gut sein.", "Die Einladung findet Ihr hier.", "Bitte pünktlich sein.", "Der Bericht liegt im Archiv."])
        #expect(a.sections.flatMap(\.blocks).allSatisfy { $0.kind == .paragraph })
        #expect(a.dropped.map(\.reason) == [.caption, .caption, .pageFurniture, .pageFurniture, .pageFurniture])
        #expect(a.dropped.map(\.text) == ["Luftbild des Pfarrgartens (© 2021 Microsoft, Maxar)", "Die \"neue\" Halle",
                                          "{{% notice info %}}", "{{% /notice %}}", "{{< ref \"archiv.md\" >}}"])
        let figure = try #require(a.dropped.first)
        #expect(source.string(in: figure.span).hasPrefix("{{< figure src="))
        #expect(source.string(in: figure.span).hasSuffix(">}}"))
        expectExactMaps(a)
    }

    @Test func aLiquidValueInsideATagOrALinksAddressLeavesItWhole() {
        let a = MarkdownParser.parse(SourceText("""
            Wir wünschen allen weiterhin Gut Schuß!

            <span class="image fit"><img src="{{ "/images/meister-2.jpg" | absolute_url }}" alt="" /></span>
            <span class="image fit"><img src="{{ "/images/meister-3.jpg" | absolute_url }}" alt="" /></span>

            Das [Programm]({{ site.baseurl }}/programm.pdf) steht fest.

            <img src="{{ page.poster | prepend: site.baseurl }}" alt="{{ page.title }}">
            """))
        #expect(texts(a) == ["Wir wünschen allen weiterhin Gut Schuß!", "Das Programm steht fest."])
        // An HTML block is listed as written, its Liquid values too.
        #expect(a.dropped.map(\.text) == ["<img src=\"{{ page.poster | prepend: site.baseurl }}\" alt=\"{{ page.title }}\">"])
        expectExactMaps(a)
    }

    @Test func markupInCodeIsLeftAsWritten() {
        let a = MarkdownParser.parse(SourceText("""
            So schreibt man eine Abbildung:

            ```
            {{< figure src="a.jpg" caption="Bild" >}}
            [hier](url){:target="_blank"}
            ```

                {{< youtube abc >}}
            """))
        #expect(texts(a) == ["So schreibt man eine Abbildung:", "{{< figure src=\"a.jpg\" caption=\"Bild\" >}}\n[hier](url){:target=\"_blank\"}",
                             "{{< youtube abc >}}"])
        #expect(a.dropped.isEmpty)
    }
}
