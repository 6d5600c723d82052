import Foundation
import Testing
@testable import ReaderUI

@Suite("Shipped themes")
struct ShippedThemeTests {
    @Test("Each shipped theme loads and styles every role", arguments: ThemeFixture.shippedNames)
    func coversEveryRole(name: String) throws {
        let file = try ThemeFixture.load(name)
        #expect(file.missingRoles.isEmpty, "\(name) leaves out \(file.missingRoles.map(RoleName.of))")
        #expect(file.theme.name == name)
        #expect(!file.theme.summary.isEmpty)
    }

    @Test("default.toml is the built-in default, so a missing file changes nothing")
    func defaultMatchesBuiltIn() throws {
        let file = try ThemeFixture.load("default").theme
        let builtIn = Theme.standard(color: true)
        for role in Role.allCases {
            #expect(file.appearance(role) == builtIn.appearance(role), "\(RoleName.of(role))")
        }
    }

    @Test("mono has no colour at all")
    func monoHasNoColor() throws {
        #expect(!(try ThemeFixture.load("mono").theme.hasColor))
    }

    @Test("Every role a screen tells apart stays apart in each theme, even without colour",
          arguments: ThemeFixture.shippedNames)
    func distinctHighlights(name: String) throws {
        let theme = try ThemeFixture.load(name).theme
        for depth in [ColorDepth.full256, .sixteen, .eight, .none] {
            let styles = theme.resolved(at: depth)
            func style(_ r: Role) -> ResolvedStyle { styles[Int(r.rawValue)] }
            for role in [Role.searchHit, .currentHit, .sourceFocus, .factFocus, .selection, .status, .paneTitleFocused] {
                #expect(style(role) != style(.text), "\(name) at \(depth): \(RoleName.of(role)) looks like text")
            }
            #expect(style(.currentHit) != style(.searchHit), "\(name) at \(depth): the current hit looks like the others")
        }
    }

    /// WCAG contrast of the body text and the highlights, with the colours as a 256-colour
    /// terminal shows them (named colours as xterm paints them).
    @Test("Running text is legible at 4.5:1 (WCAG AA), every other role at 3:1 (accents, borders, dimmed text)",
          arguments: ThemeFixture.shippedNames.filter { $0 != "default" && $0 != "mono" })
    func contrast(name: String) throws {
        let theme = try ThemeFixture.load(name).theme
        let styles = theme.resolved(at: .full256)
        let strong: [Role] = [.text, .lede, .source, .searchHit, .currentHit, .sourceFocus, .factFocus, .selection,
                              .status, .prompt, .overlay]
        let weak = Role.allCases.filter { !strong.contains($0) }
        for (roles, minimum) in [(strong, 4.5), (weak, 3.0)] {
            for role in roles {
                let s = styles[Int(role.rawValue)]
                guard let f = s.foreground, let b = s.background else {
                    Issue.record("\(name): \(RoleName.of(role)) has no exact colours")
                    continue
                }
                let ratio = Contrast.ratio(f, b)
                #expect(ratio >= minimum, "\(name): \(RoleName.of(role)) contrast \(ratio)")
            }
        }
    }
}

/// WCAG 2 relative luminance and contrast ratio of two palette entries.
enum Contrast {
    static func luminance(_ index: Int) -> Double {
        let c = ColorReduction.rgb(ofIndex: UInt8(index))
        func channel(_ v: Int) -> Double {
            let s = Double(v) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }

    static func ratio(_ a: Int, _ b: Int) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
