import Testing
@testable import ArticleKit

@Suite("A bold paragraph written as a subheading")
struct HTMLBoldHeadingTests {
    static func parse(_ body: String) -> Article {
        HTMLParser.parse(SourceText("<html><body><article><h1>Unsere Aktionen</h1>\(body)</article></body></html>"))
    }

    static let text = "<p>Wir sind dabei, Themen und Aufgaben einzusammeln, für die wir Gruppen gründen wollen.</p>"

    @Test func anAllBoldShortParagraphOverTextIsAHeading() {
        let a = Self.parse("<p>Hier findest Du Informationen.</p><p><strong>Wie kannst Du mitwirken?</strong></p>\(Self.text)")
        #expect(a.sections.compactMap(\.title) == ["Wie kannst Du mitwirken?"])
        #expect(a.sections.last?.heading?.level == 2)
        #expect(a.source.string(in: a.sections.last!.heading!.span) == "<p><strong>Wie kannst Du mitwirken?</strong></p>")
        // Italic inside bold is still all bold; the level goes under the page's deepest heading.
        let nested = Self.parse("<h2>Ergebnisse</h2>\(Self.text)<p><b><i>Eine Gara da fare e da rifare</i></b></p>\(Self.text)")
        #expect(nested.sections.compactMap(\.title) == ["Ergebnisse", "Eine Gara da fare e da rifare"])
        #expect(nested.sections.last?.heading?.level == 3)
    }

    @Test func boldThatIsNotAHeadingStaysAParagraph() {
        // Part bold; a bold sentence; bold at the end; two bold lines in a row; a long bold line.
        for body in [
            "<p><strong>Georg Piazza,</strong> del Team La Sportiva, vince.</p>\(Self.text)",
            "<p><strong>Die Anmeldung ist geschlossen.</strong></p>\(Self.text)",
            "\(Self.text)<p><strong>Wie kannst Du mitwirken?</strong></p>",
            "<p><b>Erste Zeile</b></p><p><b>Zweite Zeile</b></p>\(Self.text)",
            "<p><b>Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn</b></p>\(Self.text)",
        ] {
            #expect(Self.parse(body).sections.allSatisfy { $0.heading == nil }, "\(body)")
        }
    }
}
