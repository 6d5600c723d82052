import Testing
@testable import ArticleKit

@Suite("A Markdown document's authors and date under its title")
struct MarkdownTitleBlockTests {
    @Test func authorsAndADateUnderTheTitleAreItsByline() {
        let a = MarkdownParser.parse(SourceText("""
            Analyse descriptive du mix cultural de la Bretagne
            ================
            Aziliz Joseph dit Pagny, Inès Bezie et Loïc Henry
            2025-06-12

            ## Introduction

            Ce document présente la répartition des cultures en Bretagne.
            """))
        #expect(a.dropped.map(\.reason) == [.byline])
        #expect(a.dropped.first?.text == "Aziliz Joseph dit Pagny, Inès Bezie et Loïc Henry 2025-06-12")
        #expect(a.date == "2025-06-12")
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Ce document présente la répartition des cultures en Bretagne."])
    }

    @Test func anOpeningSentenceWithADateIsText() {
        let a = MarkdownParser.parse(SourceText("""
            # Release notes

            The release of 2025-06-12 fixes two crashes.

            More text.
            """))
        #expect(a.dropped.isEmpty)
        #expect(a.sections.flatMap(\.blocks).count == 2)
    }

    /// A date line states a date and ends no sentence: a short opening sentence holding a
    /// date (six words or fewer) is the text's first, not a byline.
    @Test func aShortOpeningSentenceWithADateIsText() {
        let a = MarkdownParser.parse(SourceText("""
            # Release notes

            Shipped on 3 May 2024.

            More text follows here.
            """))
        #expect(a.dropped.isEmpty)
        #expect(a.sections.flatMap(\.blocks).map(\.text) == ["Shipped on 3 May 2024.", "More text follows here."])
    }
}
