import Testing
@testable import ArticleKit

/// The one table of month names: complete per language, never naming two months with one
/// word, and read the same by the facts' dates and the article's stated date.
@Suite("Month names")
struct MonthNamesTests {
    @Test(arguments: [Language.italian, .english, .german, .french, .spanish])
    func twelveMonthsEachNamed(language: Language) {
        let rows = MonthNames.table[language] ?? []
        #expect(rows.count == 12)
        #expect(Set(MonthNames.names(language).values) == Set(1...12))
    }

    @Test func noWordNamesTwoMonths() {
        var seen: [String: Int] = [:]
        for language in MonthNames.table.keys {
            for (word, month) in MonthNames.names(language).merging(MonthNames.abbreviations(language), uniquingKeysWith: { a, _ in a }) {
                #expect(seen[word].map { $0 == month } ?? true, "\(word) is month \(seen[word] ?? 0) and \(month)")
                seen[word] = month
            }
        }
        #expect(MonthNames.all.count == seen.count)
    }

    @Test("A German spelling in the table (Maerz) is read both as a fact and as the stated date")
    func bothReadersShareTheTable() {
        let text = "Berlin, 24. Maerz 2004 – Der Rat hat am Dienstag den Haushalt beschlossen, sagte der Sprecher der Stadt."
        #expect(StatedDate.find(in: text, language: .german) == "2004-03-24")
        let article = PlainTextParser.parse(SourceText("Haushalt beschlossen\n\n" + text + " Die Mitglieder des Rates stimmten zu.\n"))
        #expect(article.language == .german)
        #expect(FactExtractor.extract(article).dates.map(\.iso).contains("2004-03-24"))
    }
}
