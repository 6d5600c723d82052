import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Heading levels")
struct HeadingLevelTests {
    /// The role of the first cell of the row showing `text` in the article pane.
    static func role(of text: String, on screen: Screen) -> Role? {
        for y in 0..<screen.height {
            let line = screen.line(y)
            guard let range = line.range(of: text) else { continue }
            let x = DisplayWidth.of(line[..<range.lowerBound])
            return screen[x, y].role
        }
        return nil
    }

    @Test("Markdown headings are styled by depth below the article's top level")
    func markdownLevels() throws {
        let markdown = """
            # Notes on the library

            Opening words of the article.

            ## Opening hours

            The library opens at nine.

            ### On Sundays

            Closed in the morning.

            #### In August

            Closed all month.
            """
        let article = try Fixture.article(text: markdown, path: "notes.md")
        let (state, _) = Reader.start(document: ReaderDocument(article: article), size: Size(width: 100, height: 30))
        let screen = state.screen
        #expect(Self.role(of: "Opening hours", on: screen) == .heading)
        #expect(Self.role(of: "On Sundays", on: screen) == .heading2)
        #expect(Self.role(of: "In August", on: screen) == .heading3)
    }

    @Test("A listing post's excerpt heading is styled as a sub-heading, with no section number")
    func listingSubheading() throws {
        let post = { (t: String) in
            "<div><h1><a href=\"/\(t)/\">\(t)</a></h1><p>Il radioascolto non richiede investimenti importanti.</p><h2 id=\"x\">Prima di comprare \(t)</h2><p>La domanda da porsi.</p></div>"
        }
        let article = try Fixture.article(text: "<html><body><main>\(post("Uno"))\(post("Due"))</main></body></html>", path: "posts.html")
        let document = ReaderDocument(article: article)
        let (state, _) = Reader.start(document: document, size: Size(width: 100, height: 30))
        #expect(Self.role(of: "Uno", on: state.screen) == .heading)
        #expect(Self.role(of: "Prima di comprare Uno", on: state.screen) == .heading3)
        #expect(document.sectionCount == 2)
        #expect(!PlainText.render(document).contains("§2 Prima"))
    }

    @Test("A plain-text article's headings are all top-level")
    func plainTextHeadings() throws {
        let state = try Fixture.reader(Size(width: 160, height: 48))
        #expect(Self.role(of: "I numeri della riapertura", on: state.screen) == .heading)
    }
}
