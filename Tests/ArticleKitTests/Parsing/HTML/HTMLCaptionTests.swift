import Testing
@testable import ArticleKit

@Suite("Photo captions in a page")
struct HTMLCaptionTests {
    static func parse(_ figure: String) -> Article {
        HTMLParser.parse(SourceText("""
            <html><body><article><h1>Il porto</h1><p>Il consiglio ha approvato il piano del porto dopo due anni di discussione.</p>
            \(figure)<p>I lavori cominciano a giugno e daranno lavoro a 120 persone.</p></article></body></html>
            """))
    }

    @Test func aPhotosFigcaptionIsDroppedAsACaption() {
        let a = Self.parse("<figure><img src=\"porto.jpg\"><figcaption>Il porto all'alba. Foto Ansa</figcaption></figure>")
        #expect(a.dropped.filter { $0.reason == .caption }.map(\.text) == ["Il porto all'alba. Foto Ansa"])
        #expect(!a.sections.flatMap(\.blocks).contains { $0.text.contains("all'alba") })
    }

    @Test func aTablesFigcaptionStays() {
        let a = Self.parse("<figure><figcaption>Tabella 1. Arrivi per mese</figcaption><table><tr><th>Mese</th><th>Navi</th></tr><tr><td>Gennaio</td><td>12</td></tr><tr><td>Febbraio</td><td>15</td></tr></table></figure>")
        #expect(a.dropped.allSatisfy { $0.reason != .caption })
        #expect(a.sections.flatMap(\.blocks).contains { $0.text == "Tabella 1. Arrivi per mese" })
    }
}
