import Foundation
import Testing
@testable import ReaderUI

@Suite("Theme file errors")
struct ThemeErrorTests {
    @Test("A TOML syntax error carries its file, line and column")
    func syntax() {
        let e = ThemeFixture.error("name = \"x\"\n[styles]\ntext = { fg = \"red\"\ntitle = {}\n", file: "bad.toml")
        guard case .syntax(let file, let line, _, _) = e else {
            Issue.record("expected a syntax error, got \(String(describing: e))")
            return
        }
        #expect(file == "bad.toml")
        #expect(line == 3)
        #expect(e?.description.hasPrefix("bad.toml:3:") == true)
    }

    @Test("An unknown role names its line and the role it probably meant")
    func unknownRole() {
        let e = ThemeFixture.error("""
            # comment
            [styles]
            text = {}
            title = { bold = true }
            serch-hit = { reverse = true }
            """)
        #expect(e == .unknownRole(file: "t.toml", line: 5, name: "serch-hit", suggestion: "search-hit"))
        #expect(e?.description.contains("t.toml:5: unknown role \"serch-hit\" (did you mean \"search-hit\"?)") == true)
        #expect(ThemeError.unknownRole(file: "/a/b/t.toml", line: 5, name: "x", suggestion: nil).summary == "t.toml:5: unknown role \"x\"")
        #expect(ThemeError.unreadable(file: "/a/b/t.toml", reason: "no such file").summary == "t.toml: no such file")
    }

    @Test("An unknown colour names its line, key and value, in inline tables and [styles.x] tables alike")
    func unknownColor() {
        #expect(ThemeFixture.error("[styles]\ntext = {}\n\nheading = { fg = \"cyan\", bg = \"purple\" }\n")
            == .unknownColor(file: "t.toml", line: 4, key: "heading.bg", value: "purple"))
        #expect(ThemeFixture.error("[styles]\n[styles.title]\nbold = true\nfg = \"#12345\"\n")
            == .unknownColor(file: "t.toml", line: 4, key: "title.fg", value: "#12345"))
        #expect(ThemeFixture.error("[styles]\ntext = { fg = 300 }\n")
            == .unknownColor(file: "t.toml", line: 2, key: "text.fg", value: "300"))
        #expect(ThemeFixture.error("[palette]\nbase = \"#00\"\n[styles]\ntext = {}\n")
            == .unknownColor(file: "t.toml", line: 2, key: "palette.base", value: "#00"))
    }

    @Test("A value of the wrong type names its line and what was expected")
    func wrongType() {
        let e = ThemeFixture.error("name = \"t\"\n[styles]\ntext = {}\ntitle = { bold = \"yes\" }\n")
        #expect(e == .wrongType(file: "t.toml", line: 4, key: "title.bold", expected: "true or false", found: "the string \"yes\""))
        #expect(ThemeFixture.error("[styles]\ntext = \"red\"\n")?.line == 2)
        #expect(ThemeFixture.error("name = 3\n[styles]\n")?.line == 1)
        if case .wrongType(_, let line, let key, _, _) = ThemeFixture.error("[styles]\nquote = { fg = true }\n") {
            #expect(line == 2)
            #expect(key == "quote.fg")
        } else {
            Issue.record("fg = true should be a type error")
        }
    }

    @Test("Unknown keys, at the top or in a style, are errors with lines")
    func unknownKeys() {
        #expect(ThemeFixture.error("name = \"t\"\ncolour = \"red\"\n[styles]\n")?.line == 2)
        let e = ThemeFixture.error("[styles]\ntext = {}\ntitle = { fg = \"red\", blink = true }\n")
        guard case .unknownKey(_, 3, "title.blink", let allowed) = e else {
            Issue.record("expected an unknown key on line 3, got \(String(describing: e))")
            return
        }
        #expect(allowed.contains("underline"))
    }

    @Test("A file without [styles] is an error; a partial one is usable and reports what it left out")
    func missingStyles() throws {
        #expect(ThemeFixture.error("name = \"t\"\n") != nil)
        let file = try ThemeParser.parse("[styles]\ntext = { fg = \"white\", bg = \"blue\" }\ntitle = { fg = \"yellow\" }\n", file: "t", name: "partial")
        #expect(file.missingRoles.count == Role.allCases.count - 2)
        #expect(!file.missingRoles.contains(.title))
        // Left-out roles look as in the default, in the text's colours where it has none.
        #expect(file.theme.appearance(.status) == Appearance(.white, on: .blue, reverse: true))
        #expect(file.theme.appearance(.searchHit) == Appearance(.black, on: .yellow))
        #expect(file.theme.appearance(.heading) == Appearance(.cyan, on: .blue, bold: true))
        // Left-out colours in a given role come from the text.
        #expect(file.theme.appearance(.title) == Appearance(.yellow, on: .blue))
        #expect(file.theme.name == "partial")
    }

    @Test("Palette names, integers and `default` are colours")
    func paletteAndDefault() throws {
        let file = try ThemeParser.parse("""
            [palette]
            paper = "#fdf6e3"
            [styles]
            text = { fg = 235, bg = "paper" }
            title = { fg = "Paper", bg = "default" }
            """, file: "t", name: "t")
        #expect(file.theme.appearance(.text) == Appearance(.indexed(235), on: .rgb(0xfd, 0xf6, 0xe3)))
        #expect(file.theme.appearance(.title) == Appearance(.rgb(0xfd, 0xf6, 0xe3), on: nil))
    }

    @Test("A file's control characters never reach the terminal through an error message")
    func sanitized() {
        let e = ThemeFixture.error("[styles]\n\"\\u001b[2Jx\" = {}\ntext = { fg = \"\\u001b]0;title\\u0007\" }\n", file: "evil\u{1B}.toml")
        #expect(e?.line == 2)
        for text in [e?.description ?? "", e?.summary ?? ""] {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text.debugDescription)")
            #expect(text.contains("^["))
        }
    }
}
