import Testing
@testable import ArticleKit

/// Token soup, deterministic from a seed: whatever the parsers make of it, they must not crash
/// and every span must lie inside the text with the right first line.
@Suite("Random markup")
struct RandomMarkupTests {
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    static let html = ["<p>", "</p>", "<div>", "</div>", "<ul>", "<li>", "</li>", "</ul>", "<ol start=3>", "<h1>", "</h1>",
                       "<h2 class=x>", "</h2>", "<article>", "</article>", "<nav>", "</nav>", "<script>", "</script>", "<!--",
                       "-->", "<pre>", "</pre>", "<blockquote>", "</blockquote>", "<table><tr><td>", "</td></tr></table>",
                       "<br>", "<b>", "</b>", "text ", "città ", "&amp;", "&#8220;", "\n", "\r\n", " ", "<", ">", "\"",
                       "<p title='a > b'>", "<title>", "</title>", "<header>", "</header>", "<main>", "<div class=share>",
                       "<![CDATA[", "]]>", "<!DOCTYPE html>", "<P>", "</P>"]
    static let markdown = ["# ", "## ", "- ", "* ", "1. ", "> ", "```", "~~~", "    ", "\n", "\n\n", "\r\n", "---", "===",
                           "text ", "città ", "**", "_", "[a](b)", "<div>", "</div>", "title: x\n", "\t", "  ", "`", "\\", "+ ", "2) "]

    static func check(_ a: Article) -> Bool {
        let n = a.source.utf8.count
        for s in FlatArticle(a).blocks.map(\.span) + a.dropped.map(\.span) + a.sections.map(\.span) {
            guard s.start >= 0, s.start <= s.end, s.end <= n, s.firstLine == a.source.lineNumber(forOffset: s.start) else { return false }
        }
        return true
    }

    @Test func spansStayInsideWhateverTheInput() {
        var rng = Seeded(state: 20_261_126)
        for _ in 0..<1500 {
            var h = "", m = Bool.random(using: &rng) ? "---\n" : ""
            for _ in 0..<Int.random(in: 0..<50, using: &rng) { h += Self.html.randomElement(using: &rng)! }
            for _ in 0..<Int.random(in: 0..<50, using: &rng) { m += Self.markdown.randomElement(using: &rng)! }
            let a = HTMLParser.parse(SourceText(h))
            #expect(Self.check(a), "\(h.debugDescription)")
            let b = MarkdownParser.parse(SourceText(m))
            #expect(Self.check(b), "\(m.debugDescription)")
        }
    }
}
