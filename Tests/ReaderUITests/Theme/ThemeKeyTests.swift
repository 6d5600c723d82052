import Testing
@testable import ReaderUI

@Suite("T cycles themes")
struct ThemeKeyTests {
    @Test("T asks for the next theme, names it in the status line, and wraps round")
    func cycling() throws {
        var s = try ThemeFixture.reader(Size(width: 100, height: 30))
        s.themes = ThemeCycle(names: ["default", "dark", "light"], current: "default")
        let (one, effects) = s.pressing(.char("T"))
        #expect(effects == [.applyTheme("dark")])
        #expect(one.themes.current == "dark")
        #expect(one.message == "Theme 2/3: dark")
        #expect(Reader.render(one).line(29).contains("Theme 2/3: dark"))
        let (three, all) = one.pressing(.char("T"), .char("T"))
        #expect(all == [.applyTheme("light"), .applyTheme("default")])
        #expect(three.themes.current == "default")
    }

    @Test("With one theme (NO_COLOR), T says so and asks for nothing")
    func single() throws {
        var s = try ThemeFixture.reader(Size(width: 100, height: 30))
        s.themes = ThemeCycle(names: ["mono"], current: "mono")
        let (after, effects) = s.pressing(.char("T"))
        #expect(effects.isEmpty)
        #expect(after.message?.contains("No other theme") == true)
    }

    @Test("The help overlay lists T, as it is generated from the key map")
    func help() throws {
        #expect(HelpOverlay.lines().contains { $0.keys == "T" && $0.text == Action.nextTheme.description })
    }
}
