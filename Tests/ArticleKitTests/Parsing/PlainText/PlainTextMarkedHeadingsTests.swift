import Testing
@testable import ArticleKit

/// Headings a plain text marks: a numbered line repeating the contents.
@Suite("Plain-text marked headings")
struct PlainTextMarkedHeadingsTests {
    let para = """
        The council approved the new budget on Tuesday after a long debate about the
        roads, the schools and the parks of the town, and the mayor thanked all the
        members for their patience during the long evening of the vote in the hall.
        """

    func headings(_ a: Article) -> [String] { a.sections.compactMap { $0.heading?.text } }

    @Test("A short line alone in underscores is a heading, shown without them; a sentence or furniture so set is not")
    func emphasised() {
        let a = parsePlain("Council approves the budget\n\n\(para)\n\n_The Akron Anomaly_\n\n\(para)\n\n_X-rated material_\n\n\(para)")
        #expect(headings(a) == ["The Akron Anomaly", "X-rated material"])
        let b = parsePlain("Council approves the budget\n\n\(para)\n\n_This is the end._\n\n\(para)\n\n_Advertisement_\n\n\(para)")
        #expect(headings(b).isEmpty)
    }

    @Test("A numbered line alone that repeats an entry of the contents above is a heading")
    func contentsEntry() {
        let a = parsePlain("""
            Software Libero: FSFE Newsletter

            \(para)

            1. Il 25esimo compleanno di GNU a Berlino, Germania
            2. La più piccola unità di libertà: un Fellow
            3. Eventi della Fellowship in Europa

            1. Il 25esimo compleanno di GNU a Berlino, Germania

            \(para)

            2. La più piccola unità di libertà: un Fellow

            \(para)
            """)
        #expect(headings(a) == ["1. Il 25esimo compleanno di GNU a Berlino, Germania", "2. La più piccola unità di libertà: un Fellow"])
        // A numbered line alone that repeats nothing stays a list item.
        let b = parsePlain("Council approves the budget\n\n\(para)\n\n1. Il 25esimo compleanno di GNU a Berlino\n\n\(para)")
        #expect(headings(b).isEmpty)
    }
}
