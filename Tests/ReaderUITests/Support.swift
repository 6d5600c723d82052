import ArticleKit
import Foundation
import Testing
@testable import ReaderUI

/// Fixtures and helpers shared by the reader's tests.
enum Fixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) throws -> Article {
        try ArticleLoader.load(path: packageRoot.appendingPathComponent("Sources/ArticleKit/Resources/Samples/\(name)").path)
    }

    static func article(text: String, path: String = "memo.txt") throws -> Article {
        try ArticleLoader.parse(bytes: Array(text.utf8), path: path)
    }

    /// Facts built by hand for a fixture: each (group, label, words) finds every occurrence of
    /// the words in the source and records it as a mention, as the extractor would.
    static func facts(_ article: Article, _ entries: [(FactList.Group, String, String)]) -> Facts {
        var facts = Facts()
        for (group, label, words) in entries {
            let mentions = TextFolding.occurrences(of: Array(words.utf8), in: article.source.utf8).map { start in
                let span = article.source.span(start: start, end: start + words.utf8.count)
                return Mention(text: words, span: span, section: article.sectionIndex(containing: start) ?? 0)
            }
            guard let first = mentions.first else { continue }
            switch group {
            case .figures: facts.figures.append(Figure(text: label, value: 0, qualifier: .exact, counts: nil, unit: nil, mention: first))
            case .dates: facts.dates.append(DateFact(text: label, iso: "", mention: first))
            case .people: facts.people.append(Entity(kind: .person, name: label, aliases: [], mentions: mentions))
            case .places: facts.places.append(Entity(kind: .place, name: label, aliases: [], mentions: mentions))
            case .organizations: facts.organizations.append(Entity(kind: .organization, name: label, aliases: [], mentions: mentions))
            case .sources: facts.sources.append(CitedSource(name: label, claims: mentions))
            }
        }
        return facts
    }

    static func bibliotecaFacts(_ a: Article) -> Facts {
        facts(a, [
            (.figures, "40.000 nuovi volumi", "40.000 nuovi volumi"),
            (.figures, "circa 12 milioni di euro", "circa 12 milioni di euro"),
            (.figures, "più di 600.000 volumi", "più di 600.000 volumi"),
            (.figures, "12.500 ingressi", "12.500 ingressi"),
            (.dates, "Sabato 14 novembre 2026", "Sabato 14 novembre 2026"),
            (.people, "Stefano Lo Russo", "Stefano Lo Russo"),
            (.people, "Rosanna Purchia", "Rosanna Purchia"),
            (.people, "Marco Bellini", "Marco Bellini"),
            (.places, "Torino", "Torino"),
            (.organizations, "Politecnico di Torino", "Politecnico di Torino"),
            (.organizations, "Regione Piemonte", "Regione Piemonte"),
        ])
    }

    /// A reader on the biblioteca sample with its hand-made facts loaded.
    static func reader(_ size: Size, sample: String = "biblioteca-torino.txt") throws -> ReaderState {
        let a = try Fixture.sample(sample)
        var (s, effects) = Reader.start(document: ReaderDocument(article: a), size: size)
        #expect(effects == [.loadFacts])
        s = Reader.update(s, .factsLoaded(sample == "biblioteca-torino.txt" ? bibliotecaFacts(a) : Facts())).0
        return s
    }
}

extension ReaderState {
    /// Feeds keys through `update`, collecting effects.
    func pressing(_ keys: Key...) -> (ReaderState, [ReaderCmd]) {
        var s = self
        var all: [ReaderCmd] = []
        for k in keys {
            let (n, e) = Reader.update(s, .key(k))
            s = n
            all += e
        }
        return (s, all)
    }

    func typing(_ text: String) -> ReaderState {
        var s = self
        for c in text { s = Reader.update(s, .key(.char(c))).0 }
        return s
    }

    var screen: Screen { Reader.render(self) }

    /// The help overlay's state, while it is open.
    var help: HelpState? {
        if case .help(let h) = mode { h } else { nil }
    }

    /// The table of contents' state, while it is open.
    var contents: ContentsState? {
        if case .tableOfContents(let c) = mode { c } else { nil }
    }
}
