import Testing
@testable import ArticleKit

@Suite("Text maps")
struct TextMapTests {
    /// "ab c" from "ab  \n c": "ab" copied, the space standing for three blanks, "c" copied.
    let map = TextMap(runs: [
        .init(text: 0, source: 10, textLength: 2, sourceLength: 2),
        .init(text: 2, source: 12, textLength: 1, sourceLength: 4),
        .init(text: 3, source: 16, textLength: 1, sourceLength: 1),
    ])

    @Test func textToSource() {
        #expect(map.sourceRange(ofText: 0..<2) == 10..<12)
        #expect(map.sourceRange(ofText: 1..<2) == 11..<12)
        #expect(map.sourceRange(ofText: 2..<3) == 12..<16)
        #expect(map.sourceRange(ofText: 1..<4) == 11..<17)
        #expect(map.sourceRange(ofText: 3..<3) == 16..<16)
    }

    @Test func sourceToText() {
        #expect(map.textRange(ofSource: 10..<12) == 0..<2)
        #expect(map.textRange(ofSource: 13..<14) == 2..<3)
        #expect(map.textRange(ofSource: 16..<17) == 3..<4)
        #expect(map.textRange(ofSource: 0..<10) == nil)
        #expect(map.textRange(ofSource: 17..<30) == nil)
        #expect(map.textRange(ofSource: 5..<30) == 0..<4)
    }

    @Test func bytesNoRunCoversShowNothing() {
        // "a" at 0, markup at 1..<5, "b" at 5.
        let gap = TextMap(runs: [
            .init(text: 0, source: 0, textLength: 1, sourceLength: 1),
            .init(text: 1, source: 5, textLength: 1, sourceLength: 1),
        ])
        #expect(gap.textRange(ofSource: 1..<5) == nil)
        #expect(gap.textRange(ofSource: 2..<6) == 1..<2)
        #expect(gap.textRange(ofSource: 0..<3) == 0..<1)
        #expect(gap.sourceRange(ofText: 0..<2) == 0..<6)
    }

    @Test func builderMergesCopiedRuns() {
        var b = TextMapBuilder()
        let source = Array("uno due  tre".utf8)
        source.withUnsafeBufferPointer { b.copyCollapsing($0, 0, $0.count) }
        let (text, map) = b.finish()
        #expect(text == "uno due tre")
        // "uno due" is one copied run; the collapsed blanks one run; "tre" one more.
        #expect(map.runs.count == 3)
        #expect(map.sourceRange(ofText: 7..<8) == 7..<9)
        #expect(map.sourceRange(ofText: 8..<11) == 9..<12)
    }
}
