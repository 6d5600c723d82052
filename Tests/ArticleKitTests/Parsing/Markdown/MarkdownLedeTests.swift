import Testing
@testable import ArticleKit

/// Which block of a Markdown document is its lede: the front matter's summary, or an opening
/// paragraph that a byline sets apart; never a README's or a post's first paragraph as such.
@Suite("Markdown lede")
struct MarkdownLedeTests {

    @Test("An opening paragraph running into the text or into the first section is the text's, not the lede")
    func openingParagraphIsText() {
        let readme = MarkdownParser.parse(SourceText("""
            # Introduction

            This is a set of data published as part of the project "Free them all".

            ## Data

            The files are in CSV format, comma separated and encoded in UTF-8.
            """))
        #expect(readme.lede == nil)
        #expect(readme.sections.first?.blocks.first?.text == "This is a set of data published as part of the project \"Free them all\".")
        let post = MarkdownParser.parse(SourceText("""
            ---
            title: "Half precision in a C library"
            date: 2024-08-31
            ---

            C23 defines new floating-point types, such as `_Float16`, for the half-precision format.

            The project aimed to implement the new math functions for these types in the library.
            """))
        #expect(post.lede == nil)
        #expect(post.sections.first?.blocks.count == 2)
    }

    @Test("A byline under the opening paragraph sets it apart as the lede; a front matter summary is the lede")
    func ledeSetApart() {
        let log = MarkdownParser.parse(SourceText("""
            # 2022-05-10 Triage Log

            A good week: several performance improvements, many around macro expansion. Only one regression.

            Triage done by **@pnkfelix**.

            ## Regressions

            One regression of note, in the parser.
            """))
        #expect(log.lede?.text == "A good week: several performance improvements, many around macro expansion. Only one regression.")
        let summary = MarkdownParser.parse(SourceText("""
            +++
            title = "Raising the minimum platform versions"
            description = "Modernizing platform support"
            +++

            As of the next release, the minimum supported versions of the platforms will be raised.
            """))
        #expect(summary.lede?.text == "Modernizing platform support")
        #expect(summary.sections.first?.blocks.first?.text.hasPrefix("As of the next release") == true)
    }
}
