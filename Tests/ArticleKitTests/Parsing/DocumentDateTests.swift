import Testing
@testable import ArticleKit

@Suite("A full date opening one of the first blocks")
struct DocumentDateTests {
    @Test func theByteCheckPassesAYearOrAnISODateAmongTheFirstWords() {
        #expect(DocumentDate.openingMayHoldFullDate("[16/04/2014 12:03:39] Carquefou (AFP) Au lendemain"))
        #expect(DocumentDate.openingMayHoldFullDate("Roma, 24 marzo 2025 – La giunta"))
        #expect(DocumentDate.openingMayHoldFullDate("4567-01-02 Roma"))
        #expect(DocumentDate.openingMayHoldFullDate("Roma, 120145 persone"))
    }

    @Test func theByteCheckSkipsNumbersThatAreNoYearAndYearsPastTheEighthWord() {
        #expect(!DocumentDate.openingMayHoldFullDate("La Commissione europea ha dichiarato che circa 4567.000 soldati"))
        #expect(!DocumentDate.openingMayHoldFullDate("Nel 1492.000 casi, l’anno scorso"))
        #expect(!DocumentDate.openingMayHoldFullDate("uno due tre quattro cinque sei sette otto 24 marzo 2025"))
        #expect(!DocumentDate.openingMayHoldFullDate(""))
    }

    /// The check only skips work: wherever the first eight words hold a full date, it passes.
    @Test(arguments: [
        "[16/04/2014 12:03:39] Carquefou (AFP) Au lendemain",
        "Tuesday 15 October 2019 by Jane Doe",
        "20 de septiembre de 2019. La tormenta",
        "uno   due tre quattro cinque sei sette 24 marzo 2025",
        "uno due tre quattro cinque sei sette otto 24 marzo 2025",
        "Stand: 16.04.2012 – ein Bericht",
        "Berlin, 24. März 2004 – Der Rat",
        "Città\u{301} 3 gennaio 2020 ore 10",
        "« Paris » 1er janvier 2020 à midi",
        "2012-04-16T10:00:00Z",
    ])
    func theByteCheckPassesEveryOpeningDate(text: String) {
        let words = text.split(separator: " ", maxSplits: DocumentDate.openingWords, omittingEmptySubsequences: true)
            .prefix(DocumentDate.openingWords).joined(separator: " ")
        for language in [Language.italian, .english, .german, .french, .spanish] {
            if let found = DateForms.first(in: words, language: language), found.isFullDate {
                #expect(DocumentDate.openingMayHoldFullDate(text), "\(text) holds \(found.iso)")
            }
        }
    }
}
