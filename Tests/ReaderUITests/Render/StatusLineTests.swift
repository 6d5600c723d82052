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

@Suite("Joined emoji")
struct JoinedEmojiTests {
    @Test("A zero-width-joined family is drawn as its parts, each in its own wide cell")
    func zwjSequenceIsSplit() {
        var glyphs: [Glyph] = []
        Sanitizer.forEachGlyph("a👨\u{200D}👩\u{200D}👧b") { g, _ in glyphs.append(g) }
        #expect(glyphs.map(\.text) == ["a", "👨", "👩", "👧", "b"])
        #expect(glyphs.map(\.width) == [1, 2, 2, 2, 1])
        #expect(DisplayWidth.of("a👨\u{200D}👩\u{200D}👧b") == 8)
        #expect(!Sanitizer.clean("👨\u{200D}👩").unicodeScalars.contains("\u{200D}"))
    }
}
