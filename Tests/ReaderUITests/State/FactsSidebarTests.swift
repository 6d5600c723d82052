import ArticleKit
import Testing
@testable import ReaderUI

/// The sidebar's own state: no list until the facts arrive, the selection kept on the list,
/// a group's first fact shown under its header.
@Suite("Facts sidebar state")
struct FactsSidebarTests {
    /// Two people and a place: rows are People header, 2 people, Places header, 1 place.
    func loaded() throws -> FactsSidebar {
        let a = try Fixture.sample("biblioteca-torino.txt")
        var sidebar = FactsSidebar()
        sidebar.load(Fixture.facts(a, [(.people, "Marco Bellini", "Marco Bellini"),
                                       (.people, "Rosanna Purchia", "Rosanna Purchia"),
                                       (.places, "Torino", "Torino")]))
        return sidebar
    }

    @Test func noListWhileExtractingAndMovesDoNothing() {
        var sidebar = FactsSidebar()
        #expect(sidebar.list == nil && sidebar.items.isEmpty)
        sidebar.move(by: 3, height: 5)
        sidebar.scroll(by: 3, height: 5)
        #expect(sidebar.selected == 0 && sidebar.top == 0)
    }

    @Test func movingStopsAtTheEndsAndRevealsTheGroupHeader() throws {
        var sidebar = try loaded()
        #expect(sidebar.items.map(\.label) == ["Marco Bellini", "Rosanna Purchia", "Torino"])
        sidebar.move(by: 100, height: 2)
        #expect(sidebar.selected == 2)
        // Torino is row 4; two rows tall, the view shows its header (row 3) and it.
        #expect(sidebar.top == 3)
        sidebar.move(by: -1, height: 2)
        #expect(sidebar.selected == 1 && sidebar.top == 2)
        sidebar.move(by: -100, height: 2)
        // The first fact comes into view with the People header above it.
        #expect(sidebar.selected == 0 && sidebar.top == 0)
    }

    @Test func aClickOnAHeaderSelectsNothingAndTheWheelStopsAtTheLastPage() throws {
        var sidebar = try loaded()
        sidebar.click(row: 2)
        #expect(sidebar.selected == 1)
        sidebar.click(row: 3)
        #expect(sidebar.selected == 1)
        sidebar.scroll(by: 10, height: 2)
        #expect(sidebar.top == 3)
        #expect(sidebar.selected == 1)
    }
}
