import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Facts sidebar")
struct FactsPaneTests {
    @Test("A name cut to the sidebar's width ends with …, and keeps its count", arguments: [Size(width: 60, height: 20), Size(width: 100, height: 30), Size(width: 160, height: 48)])
    func cutNames(size: Size) throws {
        let a = try Fixture.sample("biblioteca-torino.txt")
        let long = "Agenzia di spionaggio di Seul per la sicurezza nazionale e le informazioni estere"
        let facts = Fixture.facts(a, [(.organizations, long, "Torino"), (.people, "Marco Bellini", "Marco Bellini")])
        var s = Reader.start(document: ReaderDocument(article: a), size: size).0
        s = Reader.update(s, .factsLoaded(facts)).0
        if s.geometry.arrangement == .narrow { s = s.pressing(.tab, .tab).0 }
        let lines = s.screen.text.split(separator: "\n").map(String.init)
        let row = try #require(lines.first { $0.contains("Agenzia di spionaggio") })
        let trimmed = row.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        #expect(trimmed.contains("… ×7"), "\(row)")
        #expect(!row.contains(long))
        #expect(lines.contains { $0.contains("Marco Bellini") && !$0.contains("…") })
    }

    @Test func factsOfAHugeArticleSayWhichPartWasRead() throws {
        let a = try Fixture.sample("biblioteca-torino.txt")
        var facts = Fixture.facts(a, [(.people, "Marco Bellini", "Marco Bellini")])
        facts.unreadBytes = 200_000_000
        var s = Reader.start(document: ReaderDocument(article: a), size: Size(width: 160, height: 48)).0
        s = Reader.update(s, .factsLoaded(facts)).0
        let lines = s.screen.text.split(separator: "\n").map(String.init)
        let note = try #require(lines.firstIndex { $0.contains("From the first 8 MiB") })
        let name = try #require(lines.firstIndex { $0.contains("Marco Bellini") })
        #expect(note < name)
        facts.unreadBytes = 0
        s = Reader.update(s, .factsLoaded(facts)).0
        #expect(!s.screen.text.contains("From the first"))
    }
}
