import Testing
@testable import ArticleKit

/// The detector's stop-word table and word scan, against the lists they are built from.
@Suite("Language detection by stop words")
struct LanguageDetectorTests {
    @Test("Every stop word is found with the languages that list it, other words are not")
    func stopWordTable() {
        let languages = LanguageDetector.languages
        for (i, language) in languages.enumerated() {
            for word in LanguageDetector.stopWords[language] ?? [] {
                let mask = LanguageDetector.table.mask(FNV1a.hash(word.utf8))
                #expect(mask & (1 << i) != 0, "\(word)")
                let listing = languages.indices.filter { LanguageDetector.stopWords[languages[$0]]?.contains(word) ?? false }
                #expect(mask == listing.reduce(0) { $0 | 1 << $1 }, "\(word)")
            }
        }
        for word in ["casa", "house", "haus", "zz", "l'annuncio", "quello"] {
            #expect(LanguageDetector.table.mask(FNV1a.hash(word.utf8)) == 0, "\(word)")
        }
    }

    @Test("Words are counted up to the limit; capitals and apostrophes count as the lists read them")
    func counting() {
        var text = "Il governo, DELLA città: l'accordo è per tutti! "
        var copy = text
        let (scores, total) = copy.withUTF8 { LanguageDetector.count(bytes: $0) }
        #expect(total == 8)
        #expect(scores[0] == 4)  // il, della, è, per
        text = String(repeating: "the cat sat ", count: 200)
        copy = text
        let (many, read) = copy.withUTF8 { LanguageDetector.count(bytes: $0) }
        #expect(read == LanguageDetector.maxWords)
        #expect(many[1] == LanguageDetector.maxWords / 3 + 1)
    }
}
