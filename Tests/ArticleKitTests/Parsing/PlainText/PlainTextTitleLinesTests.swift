import Testing
@testable import ArticleKit

/// Titles a plain text names with a label, and titles set in capitals broken over a blank
/// line (written here in short, in the shapes of the corpus).
@Suite("Plain-text title lines: labels and titles in capitals")
struct PlainTextTitleLinesTests {
    let wrapped = """
        The council approved the new budget on Tuesday after a long debate about the
        roads, the schools and the parks of the town, and the mayor thanked all the
        members for their patience during the long evening of the vote in the hall.
        """

    @Test("A title in capitals carried over a blank line by a preposition is one title")
    func titleInCapitalsOverBlankLine() {
        let a = parsePlain("""
            TUTTO PRONTO PER L'EDIZIONE 2009

            DELLA CONFERENZA ITALIANA SOFTWARE LIBERO

            \(wrapped)

            \(wrapped)
            """)
        #expect(a.title?.text == "TUTTO PRONTO PER L'EDIZIONE 2009 DELLA CONFERENZA ITALIANA SOFTWARE LIBERO")
        #expect(a.sections.allSatisfy { $0.heading == nil })
        // A second line in capitals that opens with no preposition stays apart.
        let b = parsePlain("TUTTO PRONTO PER L'EDIZIONE 2009\n\nIL PROGRAMMA DELLA CONFERENZA\n\n\(wrapped)\n\n\(wrapped)")
        #expect(b.title?.text == "TUTTO PRONTO PER L'EDIZIONE 2009")
    }

    @Test("A line a title label opens is the title, without its label; a deck label under it opens the lede")
    func labelledTitle() {
        let a = parsePlain("""
            Title: m68k, s390, sh are dropping stable keywords
            Author: Andreas K. Huettel <dilfridge@gentoo.org>
            Posted: 2013-09-22

            \(wrapped)
            """)
        #expect(a.title?.text == "m68k, s390, sh are dropping stable keywords")
        let b = parsePlain("""
            Newsgroup: news.admin.policy
            Subject: A story about a bulletin board

            \(wrapped)

            (front page - page A1)
            Headline:  Police say they were taking a byte out of crime

            subhead:  * Man was arrested for having pictures
            on his computer bulletin board

            \(wrapped)

            Headline:  COMPUTER
            subhead: * No jail time, no probation and a small
            fine for the owner of the board

            \(wrapped)
            """)
        #expect(b.title?.text == "Police say they were taking a byte out of crime")
        #expect(b.lede?.text == "Man was arrested for having pictures on his computer bulletin board")
        // The note above the labelled story is the poster's; the jump page's labels are the page's.
        #expect(b.dropped.contains { $0.text == "Headline:  COMPUTER" && $0.reason == .pageFurniture })
        #expect(b.sections.flatMap(\.blocks).count == 2)
    }

    @Test("An outdented heading right under the title heads a section; it is no byline")
    func outdentedHeadingUnderTitle() {
        let text = (0..<3).map { _ in """
               Ever since I got started in computing in 1981, I was certainly aware
               of telecommunication services such as bulletin board systems and the
               commercial time sharing services, but modems were expensive and slow.
            """ }
        let a = parsePlain("  The Modem World\n\n  In The Beginning . . .\n\n" + text.joined(separator: "\n\n") + "\n\n  Return to the Scene\n\n" + text[0])
        #expect(a.title?.text == "The Modem World")
        #expect(a.sections.compactMap { $0.heading?.text } == ["In The Beginning . . .", "Return to the Scene"])
    }

    @Test("A title that names its author after a comma ends at the comma; the rest is a byline")
    func authorAfterComma() {
        let a = parsePlain("The Modem World, by Charles P. Hobbs of the Blue Cafe\n\n\(wrapped)\n\n\(wrapped)")
        #expect(a.title?.text == "The Modem World")
        #expect(a.dropped.contains { $0.text == "by Charles P. Hobbs of the Blue Cafe" && $0.reason == .byline })
        let b = parsePlain("Council approves the budget, by a narrow margin\n\n\(wrapped)\n\n\(wrapped)")
        #expect(b.title?.text == "Council approves the budget, by a narrow margin")
    }
}
