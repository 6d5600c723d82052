import Testing
@testable import ReaderUI

@Suite("Every mode's keys are in a key map the help lists")
struct HelpKeyMapTests {
    static func listed(_ lines: [HelpOverlay.Line], _ map: KeyMap, _ describe: (Action) -> String) -> [String] {
        map.bindings.compactMap { b in
            let keys = b.keys.map(\.description).joined(separator: " ")
            return lines.contains { $0.keys == keys && $0.text == describe(b.action) } ? nil : keys
        }
    }

    @Test("The reader's help lists the contents, prompt, bookmark list and help keys")
    func reader() {
        let lines = HelpOverlay.lines()
        #expect(Self.listed(lines, .tableOfContents, KeyMap.tocDescription).isEmpty)
        #expect(Self.listed(lines, .prompt, KeyMap.promptDescription).isEmpty)
        #expect(Self.listed(lines, .bookmarks, KeyMap.bookmarkDescription).isEmpty)
        #expect(Self.listed(lines, .help, KeyMap.helpDescription).isEmpty)
    }

    @Test("The library's help lists the list, filter, search prompt, hits and help keys")
    func library() {
        let lines = LibraryHelp.lines()
        #expect(Self.listed(lines, .library, KeyMap.libraryDescription).isEmpty)
        #expect(Self.listed(lines, .libraryFilter, KeyMap.filterDescription).isEmpty)
        #expect(Self.listed(lines, .librarySearchPrompt, KeyMap.searchPromptDescription).isEmpty)
        #expect(Self.listed(lines, .librarySearch, KeyMap.searchDescription).isEmpty)
        #expect(Self.listed(lines, .help, KeyMap.helpDescription).isEmpty)
    }

    @Test("Help scrolls by KeyMap.help and closes on q, Esc, ? or a click")
    func helpComponent() {
        let h = HelpState(lines: 100, size: Size(width: 80, height: 20))
        #expect(Help.update(h, .key(.char("G"))).0.top == 100 - h.visible)
        #expect(Help.update(h, .key(.char("k"))).0.top == 0)
        for key in [Key.char("q"), .escape, .char("?")] { #expect(Help.update(h, .key(key)).1 == [.close]) }
        #expect(Help.update(h, .mouse(MouseEvent(.click, x: 1, y: 1))).1 == [.close])
    }

    @Test("Contents: Enter goes to the selected section, a click outside closes")
    func contentsComponent() {
        let c = ContentsState(entries: 6, current: 2, size: Size(width: 100, height: 30))
        let (down, none) = Contents.update(c, .key(.char("j")))
        #expect(down.selected == 3 && none.isEmpty)
        #expect(Contents.update(down, .key(.enter)).1 == [.goTo(section: 3)])
        #expect(Contents.update(c, .mouse(MouseEvent(.click, x: 0, y: 0))).1 == [.close])
    }
}
