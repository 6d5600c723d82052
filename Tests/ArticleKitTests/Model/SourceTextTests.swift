import Testing
@testable import ArticleKit

@Suite("Line index")
struct SourceTextTests {
    @Test func lineEndingsLFCRLFCRAndMixed() {
        let t = SourceText("uno\r\ndue\rtre\nquattro")
        #expect(t.lineCount == 4)
        #expect((1...4).map { t.line($0) } == ["uno", "due", "tre", "quattro"])
        #expect(t.lineNumber(forOffset: 0) == 1)
        #expect(t.lineNumber(forOffset: 5) == 2)
        #expect(t.lineNumber(forOffset: 9) == 3)
        #expect(t.lineNumber(forOffset: 13) == 4)
    }

    @Test func finalNewlineOpensNoEmptyLine() {
        #expect(SourceText("a\nb\n").lineCount == 2)
        #expect(SourceText("a\nb").lineCount == 2)
        #expect(SourceText("a\n\n").lineCount == 2)
        #expect(SourceText("").lineCount == 0)
    }

    @Test func spanForRange() {
        let t = SourceText("uno\ndue\ntre")
        let s = t.span(start: 4, end: 11)
        #expect(s.firstLine == 2 && s.lastLine == 3)
        #expect(t.string(in: s) == "due\ntre")
    }

    @Test("Line breaks are found at every offset, also past runs of eight bytes without one")
    func lineBreaksAtEveryOffset() {
        for length in 0..<40 {
            for breakAt in 0..<length {
                for ending in ["\n", "\r\n", "\r"] {
                    let text = String(repeating: "a", count: breakAt) + ending + String(repeating: "è", count: length - breakAt)
                    let t = SourceText(text)
                    let expected = text.utf8.count == breakAt + ending.utf8.count ? 1 : 2
                    #expect(t.lineCount == expected, "\(length) \(breakAt) \(ending.debugDescription)")
                    #expect(t.line(1) == String(repeating: "a", count: breakAt))
                }
            }
        }
    }
}
