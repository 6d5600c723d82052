import Testing
@testable import ReaderUI

@Suite("Colour pairs for curses")
struct TerminalStylesTests {
    @Test("Roles with the same colours share a pair; roles without colour use pair 0")
    func sharing() throws {
        let theme = Theme.standard(color: true)
        let styles = TerminalStyles(theme: theme, colors: 256, maxPairs: 256)
        let colored = Set(Role.allCases.map { theme.appearance($0) }.filter { $0.foreground != nil || $0.background != nil }
            .map { TerminalStyles.Pair(foreground: $0.foreground.map { ColorReduction.index(of: $0, at: .full256)! } ?? -1,
                                       background: $0.background.map { ColorReduction.index(of: $0, at: .full256)! } ?? -1) })
        #expect(styles.pairs.count == colored.count)
        #expect(Set(styles.pairs) == colored)
        #expect(styles.style(.text).pair == 0)
        #expect(styles.style(.title).pair == styles.style(.groupHeader).pair)
        #expect(styles.style(.title).attributes == [.bold])
        let p = styles.pairs[styles.style(.searchHit).pair - 1]
        #expect(p == TerminalStyles.Pair(foreground: 0, background: 3))
    }

    @Test("Pairs stay within COLOR_PAIRS; roles left over keep attributes and are reversed when they had a background")
    func limit() throws {
        let theme = try ThemeFixture.load("dark").theme
        let full = TerminalStyles(theme: theme, colors: 256, maxPairs: 1000)
        #expect(full.pairs.count > 8)
        let tight = TerminalStyles(theme: theme, colors: 256, maxPairs: 8)
        #expect(tight.pairs.count == 7)
        #expect(tight.roles.allSatisfy { $0.pair <= 7 })
        let dropped = Role.allCases.filter { tight.style($0).pair == 0 }
        #expect(!dropped.isEmpty)
        for role in dropped where theme.appearance(role).background != theme.appearance(.text).background {
            #expect(tight.style(role).attributes.contains(.reverse), "\(RoleName.of(role))")
        }
    }

    @Test("Colours are reduced to what the terminal has; no colour support gives attributes only")
    func depths() throws {
        let theme = try ThemeFixture.load("solarized-dark").theme
        for (colors, limit) in [(256, 256), (16, 16), (8, 8)] {
            let styles = TerminalStyles(theme: theme, colors: colors, maxPairs: 64)
            #expect(styles.pairs.allSatisfy { $0.foreground < limit && $0.background < limit }, "\(colors)")
        }
        let none = TerminalStyles(theme: theme, colors: 0, maxPairs: 64)
        #expect(none.depth == .none)
        #expect(none.pairs.isEmpty)
        #expect(none.style(.searchHit).attributes.contains(.reverse))
        #expect(!none.style(.text).attributes.contains(.reverse))
    }

    @Test("A bar whose background merges into the text's at 8 colours is reversed")
    func mergedBackground() throws {
        let dark = try ThemeFixture.load("dark").theme
        let eight = dark.resolved(at: .eight)
        #expect(eight[Int(Role.text.rawValue)] == ResolvedStyle(foreground: 7, background: 0))
        #expect(eight[Int(Role.status.rawValue)] == ResolvedStyle(foreground: 7, background: 0, attributes: [.reverse]))
        // At 256 the greys stay apart and nothing is reversed.
        #expect(!dark.resolved(at: .full256)[Int(Role.status.rawValue)].attributes.contains(.reverse))
    }

    @Test("Without use_default_colors, white on black stands in for the terminal's colours")
    func noDefaultColors() {
        let styles = TerminalStyles(theme: .standard(color: true), colors: 8, maxPairs: 64, defaultColors: false)
        #expect(styles.pairs.allSatisfy { $0.foreground >= 0 && $0.background >= 0 })
        #expect(styles.pairs[styles.style(.title).pair - 1] == TerminalStyles.Pair(foreground: 3, background: 0))
    }
}
