import Testing
@testable import ReaderUI

@Suite("T cycles themes")
struct ThemeKeyTests {
    /// The app with the biblioteca sample open in the reader, stepping through `themes`.
    static func app(_ size: Size, themes: ThemeCycle) throws -> AppState {
        var s = AppState(size: size, roots: ["articles"], rootsLabel: "articles")
        s.reader = try ThemeFixture.reader(size)
        s.readerKey = "/articles/biblioteca-torino.txt"
        s.view = .reader
        s.themes = themes
        return s
    }

    static func applied(_ cmds: [AppCmd]) -> [String] {
        cmds.compactMap { if case .applyTheme(let name) = $0 { name } else { nil } }
    }

    @Test("T in the reader asks its owner for the next theme")
    func readerAsks() throws {
        #expect(try ThemeFixture.reader(Size(width: 100, height: 30)).pressing(.char("T")).1 == [.nextTheme])
    }

    @Test("T asks for the next theme, names it in the status line, and wraps round")
    func cycling() throws {
        let s = try Self.app(Size(width: 100, height: 30), themes: ThemeCycle(names: ["default", "dark", "light"], current: "default"))
        let (one, cmds) = s.pressing(.char("T"))
        #expect(Self.applied(cmds) == ["dark"] && cmds.count == 1)
        #expect(one.themes.current == "dark")
        #expect(one.reader?.message == "Theme 2/3: dark")
        #expect(App.render(one).line(29).contains("Theme 2/3: dark"))
        let (three, all) = one.pressing(.char("T"), .char("T"))
        #expect(Self.applied(all) == ["light", "default"])
        #expect(three.themes.current == "default")
    }

    @Test("With one theme (NO_COLOR), T says so and asks for nothing")
    func single() throws {
        let s = try Self.app(Size(width: 100, height: 30), themes: ThemeCycle(names: ["mono"], current: "mono"))
        let (after, cmds) = s.pressing(.char("T"))
        #expect(cmds.isEmpty)
        #expect(after.reader?.message?.contains("No other theme") == true)
    }

    @Test("The help overlay lists T, as it is generated from the key map")
    func help() throws {
        #expect(HelpOverlay.lines().contains { $0.keys == "T" && $0.text == Action.nextTheme.description })
    }
}
