import Foundation
import Testing
@testable import ReaderUI

/// A reader screen (60x20, after a search) drawn in each shipped theme as text with escape
/// sequences, compared with Golden/themes/NAME.ans: `cat` one in a terminal to see the theme.
/// Set LEGGIO_RECORD_GOLDEN=1 to re-record them.
@Suite("Theme screenshots")
struct ThemeScreenshotTests {
    static let folder = ThemeFixture.packageRoot.appendingPathComponent("Tests/ReaderUITests/Golden/themes")

    @Test("Each shipped theme's screenshot", arguments: ThemeFixture.shippedNames)
    func screenshot(name: String) throws {
        let theme = try ThemeFixture.load(name).theme
        let state = try ThemeFixture.searched(Size(width: 60, height: 20))
        let depth: ColorDepth = name == "mono" ? .none : .full256
        let actual = ThemePreview.render(Reader.render(state), theme: theme, depth: depth) + "\n"
        let url = Self.folder.appendingPathComponent(name + ".ans")
        if ProcessInfo.processInfo.environment["LEGGIO_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(e.count == a.count)
        for (i, (x, y)) in zip(e, a).enumerated() where x != y {
            Issue.record("\(name).ans line \(i + 1) differs:\n  expected: \(x.debugDescription)\n  actual:   \(y.debugDescription)")
            break
        }
    }

    @Test("The one-line preview shows the theme's colours at the depth asked, and none at .none")
    func previewLine() throws {
        let dark = try ThemeFixture.load("dark").theme
        let line = ThemePreview.line(dark, depth: .full256)
        #expect(line.contains("38;5;252"))   // body text #d0d0d0
        #expect(line.contains("48;5;234"))   // background #1c1c1c
        #expect(line.hasSuffix("\u{1B}[0m"))
        let plain = ThemePreview.line(dark, depth: .none)
        #expect(!plain.contains("38;5") && !plain.contains("48;5"))
        #expect(ThemePreview.line(.standard(color: true), depth: .eight).contains("\u{1B}[0;1;33m Title "))
    }

    @Test("SGR codes for the 16, the 256 and attributes")
    func sgr() {
        #expect(ResolvedStyle(foreground: 1, background: 12, attributes: [.bold, .underline]).sgr == "\u{1B}[0;1;4;31;104m")
        #expect(ResolvedStyle(foreground: 208, background: nil, attributes: [.italic, .reverse, .dim]).sgr == "\u{1B}[0;2;3;7;38;5;208m")
        #expect(ResolvedStyle().sgr == "\u{1B}[0m")
    }
}
