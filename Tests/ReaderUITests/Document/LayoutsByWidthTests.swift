import Testing
@testable import ReaderUI

/// The one cache of layouts by width the article pane and the source panel share.
@Suite("Layouts by width")
struct LayoutsByWidthTests {
    struct Wrapped: WidthLayout, Equatable {
        var width: Int
        var made: Int
    }

    @Test("A width met before takes its earlier layout; a new one is made once; the current width makes nothing")
    func reusesEarlierLayouts() {
        var made = 0
        let make = { (w: Int) -> Wrapped in made += 1; return Wrapped(width: w, made: made) }
        var cache = LayoutsByWidth(Wrapped(width: 80, made: 0))
        let same = cache.fit(width: 80, make: make)
        #expect(!same)
        let narrower = cache.fit(width: 60, make: make)
        #expect(narrower && cache.current == Wrapped(width: 60, made: 1))
        let back = cache.fit(width: 80, make: make)
        #expect(back && cache.current == Wrapped(width: 80, made: 0))
        cache.fit(width: 60, make: make)
        #expect(cache.current == Wrapped(width: 60, made: 1))
        #expect(made == 1)
    }

    @Test("Past the widths it keeps, the cache starts over rather than growing")
    func startsOver() {
        var made = 0
        let make = { (w: Int) -> Wrapped in made += 1; return Wrapped(width: w, made: made) }
        var cache = LayoutsByWidth(Wrapped(width: 100, made: 0))
        for w in 1...(LayoutsByWidth<Wrapped>.kept + 1) { cache.fit(width: w, make: make) }
        #expect(made == LayoutsByWidth<Wrapped>.kept + 1)
        cache.fit(width: 100, make: make)
        #expect(made == LayoutsByWidth<Wrapped>.kept + 2)
    }

    @Test("The reader's article and source panel keep their layouts through hiding and showing a pane")
    func readerTogglesWithoutWrappingAgain() throws {
        let s = try Fixture.reader(Size(width: 100, height: 30))
        let hidden = s.pressing(.char("f")).0
        #expect(hidden.articleLayout.width != s.articleLayout.width)
        let back = hidden.pressing(.char("f")).0
        #expect(back.articleLayout.width == s.articleLayout.width)
        #expect(back.articleLayout.lines == s.articleLayout.lines)
        #expect(back.sourcePanel.layout.rows == s.sourcePanel.layout.rows)
        #expect(back.heldAnchor == nil)
    }
}
