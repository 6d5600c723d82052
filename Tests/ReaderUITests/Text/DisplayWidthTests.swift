import Testing
@testable import ReaderUI

@Suite("Display width and sanitizing")
struct DisplayWidthTests {
    @Test("ASCII and accented Latin take one column")
    func latin() {
        #expect(DisplayWidth.of("perché città") == 12)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // decomposed é
    }

    @Test("CJK ideographs, kana, Hangul and fullwidth forms take two columns")
    func cjk() {
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("ひらがな") == 8)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    @Test("Emoji, with skin tones and flags, take two columns; ZWJ sequences two per part")
    func emoji() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        // Drawn as their parts (a cell holds one wide character), so two columns each.
        #expect(DisplayWidth.of("👩‍👩‍👧") == 6)
        #expect(DisplayWidth.of("🇮🇹") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("☺") == 1)
    }

    @Test("Control characters become visible placeholders")
    func controls() {
        #expect(Sanitizer.clean("a\u{1B}[31mb") == "a^[[31mb")
        #expect(Sanitizer.clean("x\u{7F}y") == "x^?y")
        #expect(Sanitizer.clean("\u{85}") == "<U+0085>")
        #expect(Sanitizer.clean("abc\u{202E}def") == "abc<U+202E>def")
        #expect(Sanitizer.clean("\u{2067}x\u{2069}") == "<U+2067>x<U+2069>")
        #expect(Sanitizer.clean("a\r\nb") == "a^M^Jb")
        #expect(Sanitizer.clean("tab\there") == "tab^Ihere")
        #expect(DisplayWidth.of("\u{1B}") == 2)
        #expect(DisplayWidth.of("\u{202E}") == 8)
    }

    @Test("Invisible format characters are dropped; stray marks sit on a dotted circle")
    func formatAndMarks() {
        #expect(Sanitizer.clean("a\u{200B}b\u{FEFF}") == "ab")
        #expect(Sanitizer.clean("\u{301}") == "\u{25CC}\u{301}")
        #expect(DisplayWidth.of("\u{301}x") == 2)
    }

    @Test("A cluster keeps at most three combining marks")
    func zalgo() {
        let zalgo = "a" + String(repeating: "\u{301}", count: 20)
        var glyphs: [Glyph] = []
        Sanitizer.forEachGlyph(zalgo) { g, _ in glyphs.append(g) }
        #expect(glyphs.count == 1)
        #expect(glyphs[0].width == 1)
        #expect(glyphs[0].text.unicodeScalars.count == 1 + Sanitizer.maxMarks)
    }
}
