import Testing
@testable import ArticleKit

@Suite("Link reference definitions are listed as dropped metadata")
struct LinkReferencesTests {
    @Test func definitionsAreDroppedWithTheirSpans() throws {
        let source = SourceText("""
            # Requisiti

            I requisiti sono sulla [pagina delle piattaforme][platform-support] e nella [PR].

            [PR]: https://github.com/rust-lang/rust/pull/95026
              [platform-support]: https://doc.rust-lang.org/platform-support.html "Platform support"
            """)
        let a = MarkdownParser.parse(source)
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["I requisiti sono sulla pagina delle piattaforme e nella PR."])
        #expect(a.dropped.map(\.reason) == [.metadata, .metadata])
        let second = try #require(a.dropped.last)
        #expect(second.text == "[platform-support]: https://doc.rust-lang.org/platform-support.html \"Platform support\"")
        #expect(source.string(in: second.span) == second.text)
        #expect(second.span.firstLine == 6)
    }

    @Test func onlyLinesCmarkLeftOutAreRead() {
        // Not a definition for cmark (text after the target): a paragraph, kept as text.
        let a = MarkdownParser.parse(SourceText("[Nota]: il testo prosegue qui."))
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["[Nota]: il testo prosegue qui."])
        #expect(a.dropped.isEmpty)
    }

    @Test func definitionShapes() {
        #expect(LinkReferences.isDefinition("[1]: https://example.org"))
        #expect(!LinkReferences.isDefinition("[^1]: Una nota a piè di pagina."))
        #expect(!LinkReferences.isDefinition("    [1]: https://example.org"))
        #expect(!LinkReferences.isDefinition("[1]:"))
    }
}
