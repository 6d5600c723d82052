import Testing
@testable import ArticleKit

@Suite("Data files of sections")
struct SectionedListTests {
    @Test func entriesComeUnderTheSectionAboveThem() {
        let sections = SectionedList.sections("# a header\nbefore\n[one]\n  a \n\n# a comment\nb\n[two words]\n[three]\nc\n")
        #expect(sections.map(\.name) == [nil, "one", "two words", "three"])
        #expect(sections.map(\.entries) == [["before"], ["a", "b"], [], ["c"]])
    }

    @Test func crlfLineEndsReadAsLineEnds() {
        let lf = "# a header\nbefore\n[one]\n  a \n\nb\n[two]\nc\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(SectionedList.sections(crlf).map(\.name) == SectionedList.sections(lf).map(\.name))
        #expect(SectionedList.sections(crlf).map(\.entries) == [["before"], ["a", "b"], ["c"]])
    }
}
