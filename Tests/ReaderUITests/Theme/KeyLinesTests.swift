import Testing
@testable import ReaderUI

@Suite("Lines of keys in a theme file")
struct KeyLinesTests {
    let lines = KeyLines("""
        # a comment with = and [brackets]
        name = "x # not a comment"   # a comment
        [palette]
        base = "#002b36"
        [styles]
        text = { fg = "#839496", bg = "base" }   # trailing
        "pane-title" = { bold = true, fg = "a,b" , underline = true }
        quote.fg = "green"

        [styles.heading]
        bold = true
        fg = "blue"
        """)

    @Test("Top keys, tables, inline-table fields, quoted and dotted keys")
    func positions() {
        #expect(lines.line(of: ["name"]) == 2)
        #expect(lines.line(of: ["palette", "base"]) == 4)
        #expect(lines.line(of: ["styles"]) == 5)
        #expect(lines.line(of: ["styles", "text", "bg"]) == 6)
        #expect(lines.line(of: ["styles", "pane-title", "underline"]) == 7)
        #expect(lines.line(of: ["styles", "quote", "fg"]) == 8)
        #expect(lines.line(of: ["styles", "heading"]) == 10)
        #expect(lines.line(of: ["styles", "heading", "fg"]) == 12)
    }

    @Test("An unknown path falls back to its nearest table, then to line 1")
    func fallback() {
        #expect(lines.line(of: ["styles", "nothing", "fg"]) == 5)
        #expect(lines.line(of: ["nowhere"]) == 1)
    }

    @Test("Escapes in quoted keys are decoded as TOML decodes them")
    func escapes() {
        #expect(KeyLines.unescape(#"a\u001bb\"c\\d\tx"#) == "a\u{1B}b\"c\\d\tx")
        #expect(KeyLines.unescape(#"\U0001F600"#) == "😀")
    }
}
