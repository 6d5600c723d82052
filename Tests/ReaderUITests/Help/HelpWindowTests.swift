import Testing
@testable import ReaderUI

@Suite("Help window")
struct HelpWindowTests {
    @Test("Scrolled to the end, a taller screen shows the lines above instead of empty rows")
    func resizeFills() throws {
        let end = try Fixture.reader(Size(width: 60, height: 12)).pressing(.char("?"), .char("G")).0
        let h = try #require(end.help)
        #expect(h.top == h.lines - h.visible)
        let tall = try #require(Reader.update(end, .resize(Size(width: 100, height: 40))).0.help)
        #expect(tall.visible > h.visible)
        #expect(tall.top == max(0, tall.lines - tall.visible))
    }
}
