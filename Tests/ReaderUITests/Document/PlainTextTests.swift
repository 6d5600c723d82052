import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Plain-text output")
struct PlainTextTests {
    @Test("Headings stand out: numbered as sections and underlined; the title underlined twice")
    func headings() throws {
        let text = PlainText.render(ReaderDocument(article: try Fixture.sample("biblioteca-torino.txt")), width: 80)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "A Torino riapre la biblioteca civica dopo tre anni di lavori")
        #expect(lines[1] == String(repeating: "═", count: lines[0].count))
        let i = try #require(lines.firstIndex(of: "§3 I numeri della riapertura"))
        #expect(lines[i + 1] == String(repeating: "─", count: lines[i].count))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test("A long heading wraps with its number, and its rule is as wide as its widest row")
    func longHeading() throws {
        let article = try Fixture.article(text: "Titolo\n\nUn paragrafo di testo qualsiasi.\n\nUna Intestazione Piuttosto Lunga Che Non Sta Tutta\n\nTesto.\n")
        let text = PlainText.render(ReaderDocument(article: article), width: 30)
        let lines = text.split(separator: "\n").map(String.init)
        let i = try #require(lines.firstIndex { $0.hasPrefix("§") })
        #expect(lines[i].hasPrefix("§2 Una Intestazione"))
        #expect(lines[i + 1].first != "─")
        let rule = try #require(lines.first { $0.hasPrefix("─") })
        #expect(rule.count == max(lines[i].count, lines[i + 1].count))
        #expect(lines.allSatisfy { $0.count <= 28 })
    }
}
