import Testing
@testable import ArticleKit

/// Which lines of a plain-text body head sections.
@Suite("Plain-text headings")
struct PlainTextHeadingsTests {
    static func wrapped(headingIndent: String) -> String {
        """
         The Modem Years

           Ever since I started in computing in 1981 I knew of the services
           called bulletin boards, and of the time sharing services such as
           the big ones of the day, and even of this mysterious thing called
           the network of news groups that the universities ran together.

           However, modems at the time were expensive and slow, so I never
           had any experience with one until the middle of the year 1985,
           at a meeting of the users group in a computer store of the town.

        \(headingIndent)The boards come back!!!

           Around February 1987 I got back into the scene when I bought my
           own modem and connected it to the small computer I had at home,
           a setup that was not the best but that did enable my long awaited
           return to calling the boards of the town every single evening.
        """
    }

    @Test("In a hard-wrapped text with indented paragraphs, a short line standing out to the left is a heading whatever it ends with")
    func outdentedLineIsAHeading() {
        let a = parsePlain(Self.wrapped(headingIndent: " "))
        #expect(a.sections.compactMap(\.heading?.text) == ["The boards come back!!!"])
        #expect(a.sections.flatMap(\.blocks).filter { $0.kind == .paragraph }.count == 3)
    }

    @Test("At the text's own indent, the same line is a paragraph")
    func lineAtTheTextIndentIsAParagraph() {
        let a = parsePlain(Self.wrapped(headingIndent: "   "))
        #expect(a.sections.compactMap(\.heading?.text).isEmpty)
        #expect(a.sections.flatMap(\.blocks).filter { $0.kind == .paragraph }.count == 4)
    }
}
