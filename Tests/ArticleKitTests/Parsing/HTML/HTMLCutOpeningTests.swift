import Testing
@testable import ArticleKit

@Suite("An HTML page's opening cut short with an ellipsis")
struct HTMLCutOpeningTests {
    @Test func aFirstParagraphEndingInAnEllipsisIsTextNotTheLede() {
        let a = HTMLParser.parse(SourceText("""
            <html><body><article><h1>Raleigh brigade launches Adopt-A-Shelter</h1>
            <p>From the folks that brought you CityCamp Raleigh…</p>
            <p>Citizens interested in maintaining their favorite bus shelter now have a helping hand.</p>
            </article></body></html>
            """))
        #expect(a.lede == nil)
        #expect(a.sections.flatMap(\.blocks).first?.text == "From the folks that brought you CityCamp Raleigh…")
    }

    @Test func aFirstParagraphEndingASentenceIsStillTheLede() {
        let a = HTMLParser.parse(SourceText("""
            <html><body><article><h1>Raleigh brigade launches Adopt-A-Shelter</h1>
            <p>The city's bus shelters can now be adopted online, through a new application.</p>
            <p>Citizens interested in maintaining their favorite bus shelter now have a helping hand.</p>
            </article></body></html>
            """))
        #expect(a.lede?.text == "The city's bus shelters can now be adopted online, through a new application.")
    }
}
