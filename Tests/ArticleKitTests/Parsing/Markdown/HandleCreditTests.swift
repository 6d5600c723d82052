import Testing
@testable import ArticleKit

@Suite("A Markdown post's credit to a handle")
struct HandleCreditTests {
    static let log = """
        # 2022-05-10 Triage Log

        A good week: several performance improvements, many around macro expansion. Only one regression.

        Triage done by **@pnkfelix**.
        Revision range: [468492c2..c51871c4](https://perf.rust-lang.org/?start=468492c2)

        ## Regressions

        Reviewed by @someone in the thread, with no change found.
        """

    @Test func aCreditAboveTheFirstHeadingIsABylineDropped() {
        let a = MarkdownParser.parse(SourceText(Self.log))
        #expect(a.dropped.filter { $0.reason == .byline }.map(\.text) == ["Triage done by @pnkfelix. Revision range: 468492c2..c51871c4"])
        #expect(!([a.lede].compactMap { $0 } + a.sections.flatMap(\.blocks)).contains { $0.text.hasPrefix("Triage") })
        // Under a heading it is the text's own words.
        #expect(a.sections.last?.blocks.first?.text.hasPrefix("Reviewed by @someone") == true)
    }

    @Test func onlyShortLinesCreditingAHandle() {
        #expect(HandleCredit.isCredit("Written by @alice"))
        #expect(!HandleCredit.isCredit("Written by Alice"))
        #expect(!HandleCredit.isCredit("Ping me at standby@example.org"))
        #expect(!HandleCredit.isCredit("This change was proposed by @alice after a long discussion in the issue tracker about the build times of the compiler"))
    }
}
