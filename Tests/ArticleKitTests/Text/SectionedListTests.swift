import Testing
@testable import ArticleKit

@Suite("Data files of sections")
struct SectionedListTests {
    @Test func entriesComeUnderTheSectionAboveThem() {
        let sections = SectionedList.sections("# a header\nbefore\n[one]\n  a \n\n# a comment\nb\n[two words]\n[three]\nc\n")
        #expect(sections.map(\.name) == [nil, "one", "two words", "three"])
        #expect(sections.map(\.entries) == [["before"], ["a", "b"], [], ["c"]])
    }
}
