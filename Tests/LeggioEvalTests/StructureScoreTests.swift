import Testing
import ArticleKit
@testable import leggio_eval

@Suite("Paragraphs counted as the key counts them")
struct StructureScoreTests {
    @Test func theKeyedLedeIsLeftOutNotTheParsedOne() {
        // Parse and key agree on the lede: the body paragraphs as they are.
        #expect(StructureScore.paragraphs(body: 5, parsedLede: true, keyedLede: true) == 5)
        #expect(StructureScore.paragraphs(body: 5, parsedLede: false, keyedLede: false) == 5)
        // The parse took a lede the key does not name: it is one of the key's paragraphs.
        #expect(StructureScore.paragraphs(body: 5, parsedLede: true, keyedLede: false) == 6)
        // The key names a lede the parse kept as its first paragraph.
        #expect(StructureScore.paragraphs(body: 5, parsedLede: false, keyedLede: true) == 4)
        #expect(StructureScore.paragraphs(body: 0, parsedLede: false, keyedLede: true) == 0)
    }
}

@Suite("Markdown keys read as the document shows them")
struct MarkdownKeyTextTests {
    @Test func inlineMarkupIsTakenOut() {
        #expect(TextMatch.markdownShown("Script MIT (`mit.sh`)") == "Script MIT (mit.sh)")
        #expect(TextMatch.markdownShown("Triage done by **@pnkfelix**.") == "Triage done by @pnkfelix.")
        #expect(TextMatch.markdownShown("Revision range: [468492c2..c51871c4](https://perf.rust-lang.org/?start=4&end=c)")
            == "Revision range: 468492c2..c51871c4")
        #expect(TextMatch.markdownShown("*a* and _b_ see <https://x.org/a_b_c> <br />") == "a and b see https://x.org/a_b_c ")
    }

    @Test func wordsWithMarksInsideAreLeftAlone() {
        #expect(TextMatch.markdownShown("snake_case_name and 2*3*4") == "snake_case_name and 2*3*4")
        #expect(TextMatch.markdownShown("\\*not emphasis\\*") == "*not emphasis*")
    }
}

@Suite("Words a reader sees on a page")
struct VisibleWordsTests {
    @Test func inlineTagsDoNotSplitAWord() {
        let page = "<html><body><header><a href=\"/\">Mister Wackes d'Als<span class=\"a-coeur\">a</span>ce</a></header><main><h1>Posts</h1><p>Le <b>carnaval</b> de Colmar.</p></main></body></html>"
        let article = HTMLParser.parse(SourceText(page))
        #expect(TextMatch.words(StructureScore.visibleText(article)).contains("alsace"))
        #expect(StructureScore.coverage(article: article) == 1)
    }

    @Test func numericReferencesWithoutTheirSemicolonAreNoWords() {
        let page = "<html><body><main><h1>Eventi</h1><p>Mail &#8226 Facebook &#x2022 Twitter</p></main></body></html>"
        let article = HTMLParser.parse(SourceText(page))
        #expect(!TextMatch.words(StructureScore.visibleText(article)).contains("8226"))
        #expect(StructureScore.coverage(article: article) == 1)
    }

    @Test func markdownReferenceLabelsAndCharacterReferencesAreNoWords() {
        let article = MarkdownParser.parse(SourceText("# Plan\n\nSee [the notes][n2] and&nbsp;the &bdquo;plan&ldquo; here.\n\n[n2]: https://example.org/notes\n"))
        let words = TextMatch.words(StructureScore.visibleText(article))
        #expect(!words.contains("n2"))
        #expect(!words.contains("nbsp"))
        #expect(!words.contains("bdquo"))
    }

    @Test func orderedListNumbersAreMarkersNotWords() {
        let article = MarkdownParser.parse(SourceText("# Plan\n\nThe steps:\n\n1. Setup headers\n2. Add operations\n   1. nested step\n"))
        #expect(!TextMatch.words(StructureScore.visibleText(article)).contains("2"))
        #expect(StructureScore.coverage(article: article) == 1)
    }

    @Test func aSiteGeneratorsMarkupShowsNoWordsButAFiguresCaption() {
        let article = MarkdownParser.parse(SourceText("""
            # Plan

            Die Ergebnisse [hier](http://a.de/x.pdf){:target="_blank"} lesen.

            {{< figure src="/fotos/luftbild.jpg"
                caption="Luftbild des Pfarrgartens"
            >}}

            {{% notice info %}}Pünktlich sein.{{% /notice %}}
            """))
        let words = TextMatch.words(StructureScore.visibleText(article))
        #expect(!words.contains("target") && !words.contains("blank"))
        #expect(!words.contains("fotos") && !words.contains("notice"))
        #expect(words.contains("luftbild") && words.contains("pfarrgartens") && words.contains("pünktlich"))
    }
}
