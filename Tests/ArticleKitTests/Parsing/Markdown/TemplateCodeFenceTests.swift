import Testing
@testable import ArticleKit

@Suite("Code between a site generator's highlight tags")
struct TemplateCodeFenceTests {
    @Test func liquidAndHugoHighlightBlocksAreCodeWithTheirLinesAsWritten() throws {
        let source = SourceText("""
            ---
            title: Un esempio
            ---

            Ecco il codice:
            {% highlight ruby %}
            # saluta
            def saluta
              puts 'ciao'
            end
            {% endhighlight %}

            E in Go:

            {{< highlight go >}}
            // main

            func main() {}
            {{< /highlight >}}
            """)
        let a = MarkdownParser.parse(source)
        let blocks = a.sections.flatMap(\.blocks)
        #expect(a.sections.allSatisfy { $0.heading == nil })
        #expect(blocks.map(\.kind) == [.paragraph, .code, .paragraph, .code])
        #expect(blocks[0].text == "Ecco il codice:")
        #expect(blocks[1].text == "# saluta\ndef saluta\n  puts 'ciao'\nend")
        #expect(source.string(in: blocks[1].span) == "# saluta\ndef saluta\n  puts 'ciao'\nend")
        #expect(blocks[3].text == "// main\n\nfunc main() {}")
        let tags = a.dropped.filter { $0.reason == .pageFurniture }.map(\.text)
        #expect(tags == ["{% highlight ruby %}", "{% endhighlight %}", "{{< highlight go >}}", "{{< /highlight >}}"])
        let opening = try #require(a.dropped.first { $0.text == "{% highlight ruby %}" })
        #expect(source.string(in: opening.span) == "{% highlight ruby %}")
    }

    @Test func anUnclosedTagIsLeftAsItWas() {
        let a = MarkdownParser.parse(SourceText("""
            {% highlight ruby %}

            Il testo continua senza chiudere il blocco.
            """))
        #expect(a.sections.flatMap(\.blocks).map(\.kind) == [.paragraph])
        #expect(a.dropped.map(\.text) == ["{% highlight ruby %}"])
    }
}
