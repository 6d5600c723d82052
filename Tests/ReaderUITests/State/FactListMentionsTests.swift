import Testing
import ArticleKit
@testable import ReaderUI

/// A figure or date stated more than once is one row of the sidebar holding every mention, so
/// Enter on it steps through each place it is stated, as for a name.
@Suite("Fact list: mentions of figures and dates")
struct FactListMentionsTests {
    @Test func aRepeatedFigureAndDateKeepEveryMention() throws {
        let text = "Il cantiere\n\nIl cantiere durerà tre anni di lavori e aprirà il 12 marzo 2025, ha detto il sindaco ai cittadini.\n\n"
            + "Dopo tre anni la strada sarà riaperta: dal 12 marzo 2025 i residenti potranno tornare nelle loro case.\n"
        let list = FactList(FactExtractor.extract(try Fixture.article(text: text)))
        let figure = try #require(list.items.first { $0.group == .figures })
        #expect(figure.mentions.count == 2, "\(figure.mentions.map(\.text))")
        let date = try #require(list.items.first { $0.group == .dates })
        #expect(date.mentions.count == 2, "\(date.mentions.map(\.text))")
    }
}
