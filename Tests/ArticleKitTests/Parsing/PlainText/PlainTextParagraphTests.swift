import Testing
@testable import ArticleKit

/// How the body's lines become paragraphs, list items and headings in each layout.
@Suite("Plain-text paragraphs")
struct PlainTextParagraphTests {
    static func kinds(_ a: Article) -> [Block.Kind] { a.sections.flatMap(\.blocks).map(\.kind) }

    @Test("Where lines are paragraphs, three or more short lines without sentence ends are a list")
    func unmarkedListItems() {
        let a = parsePlain("""
            Coaches for next season at the clubs of the league
            Eleven days before the end of the season, this is where the clubs stand with the coaches who will lead them next year, as far as the clubs have said:
            Ravens – Miller (confirmed)
            Hawks – Jones (new)
            Falcons – to be decided
            Owls – Brown (confirmed)
            The remaining clubs will announce their choice after the last match of the season, when the board of each club has met and voted on the contracts.
            """)
        #expect(Self.kinds(a) == [.paragraph, .list, .list, .list, .list, .paragraph])
        #expect(a.sections.flatMap(\.blocks)[2].text == "Hawks – Jones (new)")
        #expect(a.sections.flatMap(\.blocks)[2].marker == nil)
    }

    @Test("Where lines are paragraphs, a line of up to 15 words between sentences heads a section, unless a sentence ends inside it")
    func longHeadingBetweenParagraphs() {
        let a = parsePlain("""
            Council approves the budget
            The council approved the new budget on Tuesday after a long debate about the roads and the schools of the town.
            Hard road for the last stage of the plan, the bridge the toughest part
            Work on the bridge will start in the spring, the mayor said, and the schools will follow in the autumn of next year.
            The bridge is old. Its repair will take two years and most of the money the town has
            The engineers presented their model of the floods of the river, based on the records of the last hundred years.
            """)
        #expect(a.sections.compactMap(\.heading?.text) == ["Hard road for the last stage of the plan, the bridge the toughest part"])
        #expect(a.sections.flatMap(\.blocks).contains { $0.kind == .paragraph && $0.text.hasPrefix("The bridge is old.") })
    }

    @Test("Two short lines are not a list, and neither are short sentences")
    func shortSentencesStayParagraphs() {
        let a = parsePlain("""
            Coaches for next season at the clubs of the league
            Eleven days before the end of the season, this is where the clubs stand with the coaches who will lead them next year.
            The Ravens stay.
            The Hawks change.
            The Falcons wait.
            The remaining clubs will announce their choice after the last match of the season, when the board of each club has met.
            """)
        #expect(!Self.kinds(a).contains(.list))
    }

    @Test("In a hard-wrapped text a sentence end where the next word would have fit ends the paragraph")
    func wrappedParagraphEndsWhereTheNextWordFits() {
        let a = parsePlain("""
            Two officers arrested at the port of the city

            Agents of the internal affairs unit have arrested two officers
            who worked at the vehicle checkpoint of the port, accused of
            laundering the money of a drug trafficking ring in the area.
            The arrests follow months of work on the men's assets.
            The operation carried out yesterday at noon included searches
            of several homes in the city owned by the two officers.
            """)
        let paragraphs = a.sections.flatMap(\.blocks).filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.span.firstLine) == [3, 7])
        #expect(paragraphs.first?.text.hasSuffix("the men's assets.") == true)
    }

    @Test("A related-links list ends at a line that ends in a full stop")
    func relatedListEndsAtASentence() {
        let a = parsePlain("""
            The council met on Tuesday

            The council discussed the plan for the school and the new filters for its classrooms, which a member proposed.
            Read more

            The motion was adopted.

            Flood model

            The engineers presented their model of the floods of the river, based on the records of the last hundred years.
            """)
        #expect(a.sections.compactMap(\.title) == ["Flood model"])
        #expect(a.sections.flatMap(\.blocks).contains { $0.text == "The motion was adopted." })
    }

    @Test("A heading with another heading right under it is a label of the page, dropped")
    func headingOverHeadingIsALabel() {
        let a = parsePlain("""
            Council approves the budget

            The council approved the budget for next year on Tuesday, after a debate that lasted most of the day.

            World news

            Budget and schools

            The largest share of the money goes to the schools of the town, which will get new roofs and heating.
            """)
        #expect(a.sections.compactMap(\.title) == ["Budget and schools"])
        #expect(a.dropped.map(\.text) == ["World news"])
    }

    @Test("Under a byline, a short unpunctuated line is its second line, not a heading")
    func bylineSecondLine() {
        let a = parsePlain("""
            Council approves the budget

            The council approved the budget for next year on Tuesday, after a debate that lasted most of the day.

            By Jane Doe
            Herald staff writer

            The largest share of the money goes to the schools of the town, which will get new roofs and heating.
            """)
        #expect(a.sections.compactMap(\.title).isEmpty)
        #expect(a.dropped.map(\.reason) == [.byline, .byline])
    }

    @Test("A short line holding the whole title among a few other words is the title again")
    func lineHoldingTheTitle() {
        let a = parsePlain("""
            Top festivals of the summer in North America

            Our writers look back at the season of festivals and rank the ten that had the best lines of headliners this year.

            01 headliner photo Top festivals of the summer in North America

            The first place goes to the festival by the lake, which had three stages and the best weather of all.
            """)
        #expect(a.dropped.map(\.reason) == [.repeatedTitle])
        #expect(!FlatArticle(a).blocks.contains { $0.text.hasPrefix("01 headliner") })
    }

    @Test("A short line wholly in brackets is a note of the page; brackets inside a line are text")
    func bracketedNotes() {
        let a = parsePlain("""
            Council approves the budget

            The council approved the budget for next year on Tuesday, after a debate that lasted most of the day.

            (in the town hall)

            (Two members) voted against the plan (both from the opposition)
            """)
        #expect(a.dropped.map(\.text) == ["(in the town hall)"])
        #expect(a.dropped.map(\.reason) == [.pageFurniture])
        #expect(FlatArticle(a).blocks.contains { $0.text.hasPrefix("(Two members) voted") })
    }

    @Test("With no title, the head's full date line wins over a month and year above it")
    func fullDateLineWithoutATitle() {
        let a = parsePlain("""
            Sitzung – März 2021

            Sitzung vom 02.03.2021

            Liebe Bürgerinnen und Bürger,

            nachdem im Januar die Sitzung so gut wie keine nennenswerten Beschlüsse hervorbrachte, war es diesmal anders.
            """)
        #expect(a.date == "2021-03-02")
    }
}
