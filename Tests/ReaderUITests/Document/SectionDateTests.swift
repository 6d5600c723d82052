import ArticleKit
import Testing
@testable import ReaderUI

@Suite("A listing's posts show their dates")
struct SectionDateTests {
    static let listing = HTMLParser.parse(SourceText("""
        <html><body><main><h1>Posts</h1><div>
        <article><h2><a href="/a/">Le carnaval de Colmar</a></h2><time datetime="2014-03-08">8 mars</time>
          <p>Un soleil de printemps, une pluie de confettis et des tambours dans les rues.</p></article>
        <article><h2><a href="/b/">Le Tour Alsace</a></h2>
          <p>Une course cycliste internationale dans les plaines, les vignobles et les montagnes.</p></article>
        </div></main></body></html>
        """))

    @Test func theDateRowFollowsTheHeadingInTheLayout() throws {
        let document = ReaderDocument(article: Self.listing)
        let layout = ArticleLayout(document: document, width: 60)
        let dated = layout.lines.filter { $0.decoration == .sectionDate }
        #expect(dated.count == 1)
        let row = try #require(layout.lines.firstIndex { $0.decoration == .sectionDate })
        #expect(document.blocks[Int(layout.lines[row - 1].block)].text == "Le carnaval de Colmar")
        #expect(document.sectionDate(ofBlock: Int(dated[0].block)) == "2014-03-08")
    }

    @Test func plainOutputPrintsTheDateUnderTheHeadingsRule() throws {
        let lines = PlainText.render(ReaderDocument(article: Self.listing), width: 60)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let i = try #require(lines.firstIndex(of: "§1 Le carnaval de Colmar"))
        #expect(lines[i + 1].allSatisfy { $0 == "─" })
        #expect(lines[i + 2] == "2014-03-08")
        let j = try #require(lines.firstIndex(of: "§2 Le Tour Alsace"))
        #expect(lines[j + 2] == "")
    }
}
