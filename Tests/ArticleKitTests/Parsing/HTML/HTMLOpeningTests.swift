import Testing
@testable import ArticleKit

/// An HTML page's lede is the standfirst it marks; an unmarked opening paragraph is text.
@Suite("An HTML page's opening paragraph")
struct HTMLOpeningTests {
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

    @Test func anUnmarkedFirstParagraphIsTextAndAMarkedOneTheLede() {
        let opening = "The city's bus shelters can now be adopted online, through a new application."
        let page = { (attributes: String) in
            HTMLParser.parse(SourceText("""
                <html><body><article><h1>Raleigh brigade launches Adopt-A-Shelter</h1>
                <p\(attributes)>\(opening)</p>
                <p>Citizens interested in maintaining their favorite bus shelter now have a helping hand.</p>
                </article></body></html>
                """))
        }
        let unmarked = page("")
        #expect(unmarked.lede == nil)
        #expect(unmarked.sections.flatMap(\.blocks).first?.text == opening)
        #expect(page(" class=\"standfirst\"").lede?.text == opening)
    }
}
