import Testing
@testable import ReaderUI

@Suite("The cell grid")
struct ScreenTests {
    @Test("Wide characters take two cells; the second is a continuation")
    func wide() {
        var s = Screen(width: 6, height: 1)
        let end = s.put("a漢b", x: 0, y: 0, role: .text)
        #expect(end == 4)
        #expect(s[1, 0].text == "漢")
        #expect(s[2, 0].isContinuation)
        #expect(s.line(0) == "a漢b")
    }

    @Test("A wide character that would straddle the edge becomes a space")
    func edge() {
        var s = Screen(width: 3, height: 1)
        s.put("ab漢", x: 0, y: 0, role: .heading)
        #expect(s.line(0) == "ab")
        #expect(s[2, 0].text == " ")
        #expect(s[2, 0].role == .heading)
    }

    @Test("Control characters reach the grid only as placeholders, in the control role")
    func controls() {
        var s = Screen(width: 12, height: 1)
        s.put("a\u{1B}[2Jb", x: 0, y: 0, role: .text)
        #expect(s.line(0) == "a^[[2Jb")
        #expect(s[1, 0].role == .control)
        #expect(s[2, 0].role == .control)
        #expect(s[3, 0].role == .text)
        #expect(!s.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwrite() {
        var s = Screen(width: 4, height: 1)
        s.put("漢字", x: 0, y: 0, role: .text)
        s.put("x", x: 1, y: 0, role: .text)
        #expect(s.line(0) == " x字")
    }

    @Test("Text is clipped at maxX and outside rows are ignored")
    func clipping() {
        var s = Screen(width: 10, height: 2)
        s.put("abcdefgh", x: 2, y: 0, role: .text, maxX: 5)
        s.put("zzz", x: 0, y: 5, role: .text)
        #expect(s.line(0) == "  abc")
        #expect(s.line(1) == "")
    }
}
