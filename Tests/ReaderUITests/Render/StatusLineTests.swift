import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Status line")
struct StatusLineTests {
    @Test("A message too long for the line is cut, never dropped", arguments: [100, 60, 40])
    func longMessageIsCut(width: Int) throws {
        var s = try Fixture.reader(Size(width: width, height: 20))
        s.message = "Your reading state was damaged and has been moved aside to reading-state.json.damaged-20261126; starting afresh"
        let status = s.screen.line(19)
        #expect(status.contains("Your reading state"))
        #expect(status.contains("…"))
        #expect(status.contains("%"))
    }
}
