import Testing
@testable import ArticleKit

/// Which paragraph of a scraped plain-text page is its lede (standfirst), in the shapes seen
/// in the real corpus (written here in short, not copied from it).
@Suite("Plain-text lede")
struct PlainTextLedeTests {

    @Test("The deck under the title is the lede, with or without a full stop; a byline is not")
    func deckUnderTitle() {
        let deck = parsePlain("""
            Scaffolding at risk of collapse after a car crash in the old town
            About thirty volunteers shore up the damaged frame – nobody was hurt
            16.11.25, 15:00 Uhr
            Sunday, 16 November 2025, 15:00
            A car hit the scaffolding of a five-storey house on Sunday afternoon, and the volunteers worked until late at night.
            The police have opened an inquiry into the cause of the crash and the street stays closed until Tuesday.
            """)
        #expect(deck.title?.text == "Scaffolding at risk of collapse after a car crash in the old town")
        #expect(deck.lede?.text == "About thirty volunteers shore up the damaged frame – nobody was hurt")
        #expect(deck.dropped.map(\.text) == ["16.11.25, 15:00 Uhr", "Sunday, 16 November 2025, 15:00"])
        #expect(deck.sections.flatMap(\.blocks).first?.text.hasPrefix("A car hit") == true)
        // A title printed twice, then its deck.
        let twice = parsePlain("""
            Giant hail is tied to climate change for the first time

            Giant hail is tied to climate change for the first time

            Three universities studied the storm that struck the coast on 30 August 2022

            A marine heatwave and the warming climate fed the storm that dropped hailstones of up to 12 cm, the study finds.
            """)
        #expect(twice.title?.text == "Giant hail is tied to climate change for the first time")
        #expect(twice.lede?.text == "Three universities studied the storm that struck the coast on 30 August 2022")
        // A byline under the title is too short to be a deck.
        let byline = parsePlain("""
            Firefighters brace for a mid-week heatwave across the south

            Yahoo News and agencies

            Firefighters are bracing for a mid-week heatwave that will increase the fire danger as they continue to battle blazes.
            """)
        #expect(byline.lede == nil)
        #expect(byline.dropped.map(\.reason) == [.byline])
        // A heading right above its paragraph is the first section's, not a deck; nor is a
        // line of lower-case keywords.
        let heading = parsePlain("""
            Earthquake in Italy: where the strong shock was felt

            A shock of magnitude 2.9 in the province of Rome
            A significant seismic event struck the province of Rome at 3:42, and many residents felt it clearly.
            Details of the earthquake near Rome
            The shock was located in the south-east of the province, between two small towns on the hills.
            """)
        #expect(heading.lede == nil)
        #expect(heading.sections.first.map { [$0.heading].compactMap { $0 } + $0.blocks }?.first?.text == "A shock of magnitude 2.9 in the province of Rome")
        let keywords = parsePlain("""
            Transport strike: trains stopped and long queues for commuters

            transport strike 22 september trains stopped guaranteed services

            This morning, Monday 22 September, the national transport strike began, with trains stopped across the region.
            """)
        #expect(keywords.lede == nil)
    }

    @Test("A short first paragraph before a heading is the lede; a long one is the text's first")
    func paragraphBeforeHeading() {
        let short = parsePlain("""
            Premier League manager reaction after the opening Saturday

            A round-up of the post-match reaction following the opening Saturday of the new season.

            Arsenal

            The manager was pleased with the way his side started, and said the new players had settled in quickly.
            """)
        #expect(short.lede?.text == "A round-up of the post-match reaction following the opening Saturday of the new season.")
        let long = parsePlain("""
            The train strike in the north

            For twenty-four hours, from nine in the evening on the 25th to the same hour the next day, railway workers are on a national strike. Several unions take part, asking for better working conditions and higher pay. Their representatives stressed how much this protest matters to staff who have long asked for attention to questions central to their work.

            Impact on travellers

            According to the railway companies, the strike will have a significant impact on services across the region.
            """)
        #expect(long.lede == nil)
        #expect(long.sections.first?.blocks.first?.text.hasPrefix("For twenty-four hours") == true)
    }

    @Test("A byline, caption or rule under the first paragraph sets it apart as the lede; an advertisement label does not")
    func paragraphSetApart() {
        let rule = parsePlain("""
            RAID ON A USERS' MEETING

            There was a raid on a users' meeting downtown on Friday. What follows are accounts of the people who were there.

            =-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=

            This is my own statement of what happened during the raid, as well as I can remember the words that were said.
            """)
        #expect(rule.lede?.text.hasPrefix("There was a raid") == true)
        let advert = parsePlain("""
            europa press
            Madrid
            The council of ministers has approved a decree that sets aside 774 million euros for the towns hit by the storm.
            Advertisement
            During the press conference after the meeting, the spokeswoman said the money would reach the towns within a month.
            """)
        #expect(advert.lede == nil)
    }

    @Test("In a text of one paragraph a line, a first paragraph a blank line sets apart is the lede")
    func blankLineSetsApart() {
        let paragraphs = """
            The council has approved new grants for families and firms across the region, worth 40 million euros in all.
            Schools, firms and shops in the small towns come first in the plan, the president said at the press conference on Monday.
            The document now goes to the assembly's committees on Europe and on the budget for their opinion before the final vote.
            The council also named a new director of the regional department for the economy, who takes office next month.
            """
        let apart = parsePlain("New grants for families and firms\n\n" + paragraphs.replacingOccurrences(
            of: "euros in all.\n", with: "euros in all.\n\n"))
        #expect(apart.lede?.text.hasPrefix("The council has approved") == true)
        #expect(apart.sections.flatMap(\.blocks).count == 3)
        // Set apart so, it may end without a full stop.
        let unstopped = parsePlain(paragraphs.replacingOccurrences(
            of: "across the region, worth 40 million euros in all.\n", with: "across the region. Another 40 million euros go to the towns\n\n"))
        #expect(unstopped.lede?.text.hasPrefix("The council has approved") == true)
        // With no blank line under it, the first paragraph is the text's own.
        let together = parsePlain("New grants for families and firms\n\n" + paragraphs)
        #expect(together.lede == nil)
        // In a text of blank-line paragraphs, a blank line sets nothing apart.
        let blankLines = parsePlain("New grants for families and firms\n\n" + paragraphs.replacingOccurrences(of: "\n", with: "\n\n"))
        #expect(blankLines.lede == nil)
    }
}
