import Testing
@testable import ArticleKit

/// What counts as a word for the article's length and the parsers' sizing of lines.
@Suite("Word count")
struct WordCountTests {
    @Test("Words across spaces, tabs and punctuation; a non-ASCII scalar is a word byte")
    func wordsAcrossSpacesAndPunctuation() {
        // The dash is a word; `l’altro` one, `l'altro` two.
        #expect(WordCount.of("  uno, due;tre\tquattro —  cinque l’altro  ") == 7)
        #expect(WordCount.of("l'altro 40.000") == 4)
        #expect(WordCount.of("") == 0)
        #expect(WordCount.of(" \t ") == 0)
        #expect(WordCount.of("fine") == 1)
    }

    @Test("Long texts: words across the counter's 255-byte blocks, counted as one by one")
    func longTexts() {
        #expect(WordCount.of(String(repeating: "a ", count: 1000)) == 1000)
        #expect(WordCount.of(String(repeating: "x", count: 600)) == 1)
        let pattern = Array("Città, 40.000 l'anno — perché? ".utf8)
        for length in stride(from: 0, to: 1200, by: 7) {
            let bytes = (0..<length).map { pattern[($0 * 5) % pattern.count] }
            var naive = 0
            for (i, byte) in bytes.enumerated() where Bytes.isWordByte(byte) && (i == 0 || !Bytes.isWordByte(bytes[i - 1])) {
                naive += 1
            }
            #expect(bytes.withUnsafeBufferPointer { WordCount.of($0, 0, $0.count) } == naive, "\(length)")
        }
    }
}
