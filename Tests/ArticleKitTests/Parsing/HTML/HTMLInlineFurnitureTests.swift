import Testing
@testable import ArticleKit

@Suite("Icons and meta lines inside an HTML article")
struct HTMLInlineFurnitureTests {
    static let page = """
        <html><body><article>
        <header><h1>Il potenziale dei dati geografici</h1>
        <p class="post-meta"><time datetime="2015-11-22">2015 Nov 22</time> • <i class="fa fa-refresh" aria-hidden="true"></i> 2016 Apr 1
        • <span itemprop="author">Alessio Biancalana, Stefano Sabatini</span> • <span class="reading-time"><i class="fa fa-clock-o"></i> 5 min</span></p>
        </header>
        <p>In occasione del ritrovo dei mappatori <svg class="icon"><path d="M0 0h8v8H0z"/></svg> italiani a Bologna, pubblichiamo l'articolo.</p>
        <p>Il rilascio dei dati sul consumo di suolo ha responsabilizzato chi li usa.</p>
        </article></body></html>
        """

    @Test func anEmptyIconDoesNotCutAParagraphInTwo() {
        let a = HTMLParser.parse(SourceText(Self.page))
        let texts = ([a.lede].compactMap { $0 } + a.sections.flatMap(\.blocks)).map(\.text)
        #expect(texts == [
            "In occasione del ritrovo dei mappatori italiani a Bologna, pubblichiamo l'articolo.",
            "Il rilascio dei dati sul consumo di suolo ha responsabilizzato chi li usa.",
        ])
    }

    @Test func aMetaLineOfAParagraphsLengthIsMetadata() {
        let a = HTMLParser.parse(SourceText(Self.page))
        let meta = a.dropped.filter { $0.reason == .metadata }.map(\.text)
        #expect(meta.contains("2015 Nov 22 • 2016 Apr 1 • Alessio Biancalana, Stefano Sabatini • 5 min"))
    }
}
