import Testing
@testable import ArticleKit

/// How the layout of a plain-text document is decided from its lines.
@Suite("Plain-text line layout")
struct LineLayoutTests {
    static let wrappedText = """
        The council and the bridge

        The council of the town approved the new budget on Tuesday after
        a long debate about the roads and the schools of the north side.
        Councillor Maria Rossi, who chairs the finance committee, said
        The bridge over the river will be repaired first, and then the
        roads of the old town will follow in the spring of next year.

        The work on the bridge will take two years and most of the money
        the town has for the roads, according to the engineers of the
        Regional Agency for Roads and Bridges, who presented their model
        The agency has studied the floods of the river over the last one
        hundred years and found that the old piers can no longer hold.

        The full report of the agency is on its site:
        https://www.example.org/agency/reports/2025/bridges/river-crossing-of-the-old-town/full-report-with-all-annexes.pdf

        Residents of the old town have asked for a second crossing for
        the years of the work, since the nearest bridge is far upstream.
        Mayor Paolo Bianchi said that the council will consider a light
        Temporary bridge for bicycles and people on foot, if the budget
        of the next year leaves enough money after the work on the roads.

        The council will vote on the budget of the next year in December,
        after the public meetings in the four districts of the town, and
        the first contracts for the bridge will be signed in January.
        """

    @Test("A hard-wrapped text stays wrapped with one line its wrap could not cut")
    func oneOverlongLineKeepsTheWrap() {
        let lines = Bytes.lines(SourceText(Self.wrappedText))
        #expect(LineLayout.detect(lines, in: Array(Self.wrappedText.utf8)) != .lineBreaks)
        let paragraphs = parsePlain(Self.wrappedText).sections.flatMap(\.blocks).filter { $0.kind == .paragraph }
        #expect(paragraphs.first?.span.firstLine == 3)
        #expect(paragraphs.first?.span.lastLine == 7)
    }

    @Test("A short text with a line past the widest wrap is read line by line")
    func shortTextWithAnOverlongLineIsLineBreaks() {
        let text = """
            The council of the town approved the new budget on Tuesday after
            a long debate about the roads and the schools of the north side.
            https://www.example.org/agency/reports/2025/bridges/river-crossing-of-the-old-town/full-report-with-all-annexes.pdf
            The bridge over the river will be repaired first, and then the
            roads of the old town will follow in the spring of next year.
            """
        #expect(LineLayout.detect(Bytes.lines(SourceText(text)), in: Array(text.utf8)) == .lineBreaks)
    }
}
