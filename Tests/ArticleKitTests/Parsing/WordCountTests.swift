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
}
