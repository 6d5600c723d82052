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
}
