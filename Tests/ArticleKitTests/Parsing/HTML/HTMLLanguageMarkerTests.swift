import Testing
@testable import ArticleKit

@Suite("qTranslate language markers left in a page")
struct HTMLLanguageMarkerTests {
    @Test func aParagraphThatIsOnlyAMarkerIsDropped() {
        let a = HTMLParser.parse(SourceText("<html><body><article><h1>Sciacchetrail</h1><p>[:it]</p><p>Georg Piazza vince ancora.</p><p>[:]</p></article></body></html>"))
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Georg Piazza vince ancora."])
        #expect(a.dropped.filter { $0.reason == .pageFurniture }.map(\.text) == ["[:it]", "[:]"])
    }

    @Test func bracketedTextStays() {
        for text in ["[:it] Per il secondo anno", "[:italiano e inglese]", "[nota]"] {
            #expect(!HTMLParser.isLanguageMarker(text), "\(text)")
        }
    }
}
