import Testing
@testable import ArticleKit

/// How a run of kept lines splits into list items and paragraphs.
@Suite("Plain-text runs")
struct PlainTextRunsTests {
    static func blocks(_ a: Article) -> [Block] { a.sections.flatMap(\.blocks) }

    @Test("Where lines are paragraphs, a list item ends at its line break, as a paragraph does")
    func listItemEndsAtItsLineWhereLinesAreParagraphs() {
        let a = parsePlain("""
            Man charged after the park stand-off appears in court
            A man whose comments caused the evacuation of several office buildings appeared in court on Thursday morning.
            The charge carries a maximum penalty of three months in prison or a fine of two thousand dollars.
            - Police hunt for the bank robber of the north shore
            - Park stand-off: man arrested, roads closed, buildings evacuated
            He was seen being carried off by police towards a patrol car on Princes Street at about two in the afternoon.
            """)
        let blocks = Self.blocks(a)
        #expect(blocks.map(\.kind).suffix(3) == [.list, .list, .paragraph])
        #expect(blocks.last?.text.hasPrefix("He was seen") == true)
        #expect(blocks.dropLast().last?.text == "Park stand-off: man arrested, roads closed, buildings evacuated")
    }

    @Test("Where lines are paragraphs, a list item runs on into a line that visibly carries its sentence")
    func listItemCarriesOnACutSentence() {
        let a = parsePlain("""
            Council approves the budget for the coming year
            The council approved the new budget on Tuesday evening after a long debate about the roads, the bridge and the schools of the town.
            - The roads of the old town will be repaired in the spring, once the winter is over and the contracts are signed, and
            the schools of the north side will follow in the autumn of next year, when the pupils are back from their holidays.
            - The bridge will wait for the next budget, the mayor said, because its repair will take most of the money the town has.
            """)
        let items = Self.blocks(a).filter { $0.kind == .list }
        #expect(items.count == 2)
        #expect(items.first?.text.hasSuffix("back from their holidays.") == true)
    }

    @Test("A list item alone that runs to several sentences is a paragraph with a stray marker")
    func loneLongItemIsAParagraph() {
        let a = parsePlain("""
            Train strike in the region, high turnout and delays for commuters

            - On Monday the region saw a large strike of the trains, called by two unions, that caused long delays for commuters. The strike started at night and lasted until the evening of the same day.

            The protest hit the whole regional network, the suburban lines and the airport links, the unions said.
            """)
        let first = Self.blocks(a).first
        #expect(first?.kind == .paragraph)
        #expect(first?.marker == nil)
        #expect(first?.text.hasPrefix("On Monday the region") == true)
    }

    @Test("Long items next to each other, or a short item alone, stay list items")
    func itemsWithNeighboursOrShortStayItems() {
        let long = parsePlain("""
            Train strike in the region, high turnout and delays for commuters

            - On Monday the region saw a large strike of the trains, called by two unions, that caused long delays for commuters. The strike started at night and lasted until the evening of the same day.

            - On Tuesday the buses of the city stopped for four hours in the morning, called by a third union. The lines to the hospital and the schools ran as on a Sunday.

            The protest hit the whole regional network, the suburban lines and the airport links, the unions said.
            """)
        #expect(Self.blocks(long).map(\.kind).prefix(2) == [.list, .list])
        let short = parsePlain("""
            Train strike in the region, high turnout and delays for commuters

            - Transport news of the region

            The protest hit the whole regional network, the suburban lines and the airport links, the unions said.
            """)
        #expect(Self.blocks(short).first?.kind == .list)
    }
}
