import Testing
@testable import ArticleKit

@Suite("Stated dates in it/en/de/fr/es")
struct DateFormsTests {
    @Test(arguments: [
        ("Aktualisiert am 28. September 2014", Language.german, "2014-09-28"),
        ("Berlin, 24. März 2004 – Der Rat", .german, "2004-03-24"),
        ("Roma, 24 marzo 2025", .italian, "2025-03-24"),
        ("Posted on April 16, 2012", .english, "2012-04-16"),
        ("Sep 24 2014", .english, "2014-09-24"),
        ("Publié le 3 janvier 2020", .french, "2020-01-03"),
        ("le 1er janvier 2020 à Paris", .french, "2020-01-01"),
        ("Madrid, 20 de septiembre de 2019", .spanish, "2019-09-20"),
        ("Stand: 16.04.2012", .german, "2012-04-16"),
        ("16/04/2012", .italian, "2012-04-16"),
        ("04/16/2012", .english, "2012-04-16"),
        ("2012-04-16T10:00:00Z", .english, "2012-04-16"),
        ("Aktuelles vom Januar 2015", .german, "2015-01"),
        ("enero de 2015", .spanish, "2015-01"),
        ("sabato 14 novembre 2026, ore 10", .italian, "2026-11-14"),
        ("1° gennaio 2021", .italian, "2021-01-01"),
        ("Aggiornato il 31.03.2021", .italian, "2021-03-31"),
        ("Updated Tuesday, November 24, 2026", .english, "2026-11-24"),
        ("on the 10th of July 2020", .english, "2020-07-10"),
        ("24th November 2026", .english, "2026-11-24"),
    ])
    func theFormsPagesWrite(text: String, language: Language, iso: String) {
        #expect(StatedDate.find(in: text, language: language) == iso)
    }

    @Test func aFullDateWinsOverAnEarlierMonthAndTheFirstFullDateWins() {
        #expect(StatedDate.find(in: "Archiv März 2004: Sitzung vom 24. März 2004 und 1. April 2004", language: .german) == "2004-03-24")
        #expect(StatedDate.find(in: "Le 3 janvier 2020, puis le 5 février 2020", language: .french) == "2020-01-03")
    }

    @Test func wordsThatOnlyLookLikeMonthsAndDatesWithoutAYearAreNoDates() {
        #expect(StatedDate.find(in: "we may 2020 agree", language: .english) == nil)
        #expect(StatedDate.find(in: "il 24 marzo, alle 10", language: .italian) == nil)
        #expect(StatedDate.find(in: "Seite 12.04 von 2012", language: .german) == nil)
        #expect(StatedDate.find(in: "am 30.02.2020", language: .german) == nil)
        #expect(DateForms.all(in: "1999 e 2024", language: .italian).isEmpty)
    }

    @Test func offsetsPointAtTheDate() {
        let found = DateForms.all(in: "Müller, 28. September 2014", language: .german)
        #expect(found == [DateForms.Found(offset: 9, iso: "2014-09-28")])
    }

    @Test func tokensReadASCIIFromItsBytesAsTheOtherCharacters() {
        // ASCII is read from its bytes, the rest by Character: words lower-cased, capitals and
        // UTF-8 offsets as the Unicode properties give them (a CR LF is one space).
        let t = DateForms.tokens("Lunedì 3 MARZO 2026,\r\nore 12:00 – É")
        #expect(t.map(\.text) == ["lunedì", "3", "marzo", "2026", ",", "ore", "12", ":", "00", "–", "é"])
        #expect(t.map(\.start) == [0, 8, 10, 16, 20, 23, 27, 29, 30, 33, 37])
        #expect(t.map(\.isCapitalized) == [true, false, true, false, false, false, false, false, false, false, true])
        // A letter with a combining mark is one Character, read as before, in the same word.
        let cafe = DateForms.tokens("Cafe\u{301} 2020")
        #expect(cafe.map(\.text) == ["cafe\u{301}", "2020"])
        #expect(cafe.map(\.end) == [6, 11])
    }
}
