import Testing
@testable import ReaderUI

@Suite("Theme files")
struct ThemeParserTests {
    @Test("A theme written before the newer roles keeps its own colours there")
    func newerRolesFollowTheirElders() throws {
        let file = try ThemeParser.parse("""
            [styles]
            text = { fg = "#202020", bg = "#fafafa" }
            heading = { fg = "#004080", bold = true }
            border = { fg = "#808080" }
            """, file: "old.toml", name: "old")
        let theme = file.theme
        #expect(theme.appearance(.heading2) == theme.appearance(.heading))
        #expect(theme.appearance(.heading3) == theme.appearance(.heading))
        #expect(theme.appearance(.borderFocused) == theme.appearance(.border))
        for role in [Role.factFigure, .factDate, .factPerson, .factPlace, .factOrganisation, .factSource] {
            #expect(theme.appearance(role) == theme.appearance(.text), "\(RoleName.of(role))")
        }
        // Still reported as left out, for `leggio themes --check`.
        #expect(file.missingRoles.contains(.heading2) && file.missingRoles.contains(.factPerson))
        // A role with no elder looks as in the default theme, on the theme's own text colours.
        #expect(theme.appearance(.searchHit).background == Theme.standard(color: true).appearance(.searchHit).background)
    }
}
