import ArticleKit
import Testing
@testable import ReaderUI

/// Whole screens at the four reference sizes, compared with Golden/*.txt (text and roles).
@Suite("Golden screens")
struct GoldenScreenTests {
    static let sizes = [Size(width: 160, height: 48), Size(width: 100, height: 30), Size(width: 60, height: 20), Size(width: 20, height: 6)]

    @Test("Opening screen", arguments: sizes)
    func opening(size: Size) throws {
        Golden.check(try Fixture.reader(size).screen, "open-\(size.width)x\(size.height)")
    }

    @Test("Third section after ] ]", arguments: sizes)
    func thirdSection(size: Size) throws {
        Golden.check(try Fixture.reader(size).pressing(.char("]"), .char("]")).0.screen, "section3-\(size.width)x\(size.height)")
    }

    @Test("Search hits and the counter after /torino Enter n", arguments: sizes)
    func search(size: Size) throws {
        let s = try Fixture.reader(size).pressing(.char("/")).0.typing("torino").pressing(.enter, .char("n")).0
        Golden.check(s.screen, "search-\(size.width)x\(size.height)")
    }

    @Test("Table of contents", arguments: sizes)
    func contents(size: Size) throws {
        Golden.check(try Fixture.reader(size).pressing(.char("2"), .char("t")).0.screen, "toc-\(size.width)x\(size.height)")
    }

    @Test("Help overlay (at 20x6 the tab row beside it is cleared)", arguments: [sizes[0], sizes[2], sizes[3]])
    func help(size: Size) throws {
        Golden.check(try Fixture.reader(size).pressing(.char("?")).0.screen, "help-\(size.width)x\(size.height)")
    }

    @Test("A fact's mention highlighted in article and source", arguments: [sizes[0], sizes[1]])
    func factMention(size: Size) throws {
        var s = try Fixture.reader(size).pressing(.tab, .tab).0
        let idx = try #require(s.facts.items.firstIndex { $0.label == "Politecnico di Torino" })
        for _ in 0..<idx { s = s.pressing(.char("j")).0 }
        Golden.check(s.pressing(.enter).0.screen, "fact-\(size.width)x\(size.height)")
    }

    @Test("Narrow panes: facts and source one at a time")
    func narrowPanes() throws {
        let s = try Fixture.reader(Size(width: 60, height: 20))
        Golden.check(s.pressing(.tab).0.screen, "narrow-source-60x20")
        Golden.check(s.pressing(.tab, .tab).0.screen, "narrow-facts-60x20")
    }

    @Test("Below 20x6 only a notice is drawn")
    func tooSmall() throws {
        Golden.check(try Fixture.reader(Size(width: 19, height: 4)).screen, "too-small-19x4")
    }

    @Test("Hostile text: controls, bidi overrides, CJK and emoji stay in their columns")
    func hostile() throws {
        let text = """
            Titolo \u{1B}[2J con \u{202E}inversione

            Un lede con 漢字 e 😀 e caffe\u{301}.

            Sezione \u{7}uno

            Paragrafo con \u{1B}]0;titolo\u{7} sequenze, 한국어 e 👍🏽, poi \u{85} e fine. \
            Una riga lunga abbastanza da andare a capo più volte nella colonna stretta.

            """
        let a = try Fixture.article(text: text, path: "evil\u{1B}[31m.txt")
        for size in [Size(width: 100, height: 30), Size(width: 60, height: 20)] {
            let s = Reader.start(document: ReaderDocument(article: a), size: size).0
            let screen = s.screen
            #expect(!screen.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) || (0x202A...0x202E).contains($0.value) } })
            Golden.check(screen, "hostile-\(size.width)x\(size.height)")
        }
    }
}
