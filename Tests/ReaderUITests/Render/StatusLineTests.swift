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

    /// With the contents or the help open, the line said `? help · / search · … · q quit`,
    /// though there `q` closes the overlay and `/` does nothing.
    @Test("With an overlay open the hint names its keys, not the reader's")
    func overlayKeys() throws {
        let s = try Fixture.reader(Size(width: 160, height: 48))
        let reading = s.screen.line(47)
        #expect(reading.contains("q quit"))
        let contents = s.pressing(.char("t")).0.screen.line(47)
        #expect(contents.contains("CONTENTS │ Enter jumps · Esc closes"), "\(contents)")
        #expect(!contents.contains("q quit"))
        let help = s.pressing(.char("?")).0.screen.line(47)
        #expect(help.contains("HELP │ j k scroll · Esc closes"), "\(help)")
        #expect(!help.contains("q quit"))
    }

    /// At 40 columns `/biblioteca civica di Torino ha riaperto le porte dopo un lungo` showed
    /// its first 39 columns only: the words being typed were off the row.
    @Test("A query longer than the prompt's row shows its end after …, in every prompt")
    func longQueryShowsItsEnd() throws {
        let query = "biblioteca civica di Torino ha riaperto le porte dopo un lungo"
        let reader = try Fixture.reader(Size(width: 40, height: 10)).pressing(.char("/")).0.typing(query)
        let line = reader.screen.line(9)
        #expect(line.hasPrefix("/…") && line.contains("le porte dopo un lungo"), "\(line)")
        #expect(DisplayWidth.of(line) <= 40)
        #expect(reader.screen.cursor?.x ?? 0 <= 39)
        let size = Size(width: 40, height: 12)
        let search = AppFixture.library(size).pressing(.char("S")).0.typing(query)
        #expect(search.screen.line(1).hasPrefix("Search: …") && search.screen.line(1).contains("dopo un lungo"), "\(search.screen.line(1))")
        let filter = AppFixture.library(size).pressing(.char("/")).0.typing(query)
        #expect(filter.screen.line(11).hasPrefix("/…") && filter.screen.line(11).contains("dopo un lungo"), "\(filter.screen.line(11))")
    }

    /// A long heading is cut with `…` to the room the file name leaves it (the mode gives way
    /// first); it
    /// used to count as 40 columns, push the file name and mode off, then run to the
    /// percentage uncut (`§2/4 Registro pubblico … con  │ 59%` at 80 columns).
    @Test("A long section heading is cut with … and keeps the file name", arguments: [80, 100])
    func longHeadingIsCut(width: Int) {
        let line = StatusLine(name: "md-it-ondata-amianto-lombardia.md", section: 1, sectionCount: 4,
                              sectionTitle: "Registro pubblico degli edifici industriali ed ad uso abitativo con presenza di amianto",
                              percent: 59, mode: "READING", prompt: nil, search: nil, message: nil)
        var screen = Screen(width: width, height: 1)
        _ = line.draw(in: Rect(x: 0, y: 0, width: width, height: 1), into: &screen)
        let text = screen.line(0)
        #expect(text.hasPrefix(" md-it-ondata-amianto-lombardia.md │ §2/4 Registro pubblico"))
        #expect(text.hasSuffix("… │ 59%"))
        #expect(DisplayWidth.of(text) <= width)
    }

    /// On the narrowest screen the section is still cut with `…` before the percentage.
    @Test("At 20 columns the section is cut with …")
    func narrowSectionIsCut() {
        let line = StatusLine(name: "biblioteca-torino.txt", section: 0, sectionCount: 4, sectionTitle: "(untitled)",
                              percent: 2, mode: "READING", prompt: nil, search: nil, message: nil)
        var screen = Screen(width: 20, height: 1)
        _ = line.draw(in: Rect(x: 0, y: 0, width: 20, height: 1), into: &screen)
        #expect(screen.line(0) == " §1/4 (untitle… │ 2%")
    }

    /// A match counter and the percentage fill 20 columns: they open the line with a space,
    /// not with a separator that has nothing on its left.
    @Test("At 20 columns a line of counter and percentage opens without a separator")
    func narrowCounterHasNoLoneSeparator() {
        var search = SearchState(query: "porto", matches: (0..<12).map { Match(block: $0, start: 0, end: 5) })
        search.current = 0
        let line = StatusLine(name: "biblioteca-torino.txt", section: 2, sectionCount: 4, sectionTitle: "Il porto",
                              percent: 45, mode: "READING", prompt: nil, search: search, message: nil)
        var screen = Screen(width: 20, height: 1)
        _ = line.draw(in: Rect(x: 0, y: 0, width: 20, height: 1), into: &screen)
        #expect(screen.line(0) == "    match 1/12 │ 45%")
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
