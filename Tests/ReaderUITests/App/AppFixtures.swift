import ArticleKit
import Foundation
@testable import LibraryKit
@testable import ReaderUI

/// Library entries, search hits and app states built by hand for the library tests, so the
/// golden screens do not move when the fact extractor or the parsers improve.
enum AppFixture {
    static let samples = Fixture.packageRoot.appendingPathComponent("Sources/ArticleKit/Resources/Samples").path

    static func entry(_ file: String, _ title: String, date: String?, language: Language, words: Int, facts: Int?,
                      status: LibraryEntry.Status = .ready) -> LibraryEntry {
        LibraryEntry(path: "articles/" + file, key: "/library/articles/" + file, format: .text, status: status,
                     title: title, date: date, dateSource: status == .pending ? .file : .stated, author: nil, language: language, words: words,
                     facts: facts, size: words * 6, modified: 0)
    }

    /// Seven articles: Italian and English, one still being read, one unreadable.
    static let entries: [LibraryEntry] = [
        entry("biblioteca-torino.txt", "A Torino riapre la biblioteca civica dopo tre anni di lavori", date: "2026-11-14", language: .italian, words: 317, facts: 23),
        entry("harbour-wind-farm.txt", "Scotland approves its largest offshore wind farm off the Aberdeen coast", date: "2026-11-24", language: .english, words: 264, facts: 27),
        entry("mercato-porta-palazzo.html", "Il mercato coperto di Porta Palazzo riapre dopo i lavori", date: "2026-09-19", language: .italian, words: 136, facts: 11),
        entry("reading-the-tide-tables.md", "Reading the tide tables before the new harbour opens", date: "2027-03-02", language: .english, words: 1_880, facts: 15),
        entry("città-più-verde.md", "Perché la città è più verde: 12.500 alberi in dieci anni", date: nil, language: .italian, words: 642, facts: 8),
        entry("zz-pending.txt", "zz-pending.txt", date: "2026-11-26", language: .unknown, words: 0, facts: nil, status: .pending),
        entry("broken.html", "broken.html", date: "2026-11-20", language: .unknown, words: 0, facts: nil, status: .failed("permission denied")),
    ]

    /// The library view on `entries`, loaded (or still loading, with progress).
    static func library(_ size: Size, loading: Bool = false) -> AppState {
        var (s, _) = App.start(roots: ["articles"], rootsLabel: "articles", size: size)
        s = App.update(s, .library(.loaded(.listed(entries: entries, problems: [])))).0
        if loading {
            s = App.update(s, .library(.loaded(.read(entries: [], done: 3_200, total: 10_000)))).0
        } else {
            s = App.update(s, .library(.loaded(.finished(LibraryLoadSummary(files: entries.count, fromCache: 0, read: entries.count, failed: 1))))).0
        }
        return s
    }

    static func hit(_ title: String, section: Int, heading: String?, snippet: String, path: String) -> SearchHit {
        SearchHit(path: path, title: title, section: section, heading: heading, snippet: snippet, score: 1,
                  sectionSpan: SourceSpan(start: 0, end: 10, firstLine: 1, lastLine: 1))
    }

    static let hits: [SearchHit] = [
        hit("A Torino riapre la biblioteca civica dopo tre anni di lavori", section: 0, heading: nil,
            snippet: "La biblioteca civica di \u{1}Torino\u{2} riapre al pubblico dopo un restauro durato tre anni, con 40.000 nuovi volumi, sale studio ampliate e un archivio digitale…",
            path: "/library/articles/biblioteca-torino.txt"),
        hit("Una rete di sensori per misurare la salute del Po", section: 1, heading: "I primi risultati",
            snippet: "…Nella prima estate di misure, la temperatura media a \u{1}Torino\u{2} è stata di 24,6 gradi…",
            path: "/library/articles/sensori-po.md"),
        hit("A Torino riapre la biblioteca civica dopo tre anni di lavori", section: 2, heading: "I numeri della riapertura",
            snippet: "…Il Politecnico di \u{1}Torino\u{2} ha curato la digitalizzazione di 15.000 manoscritti,\nche saranno consultabili online…",
            path: "/library/articles/biblioteca-torino.txt"),
    ]
}

extension AppState {
    /// Feeds keys through `App.update`, collecting effects.
    func pressing(_ keys: Key...) -> (AppState, [AppCmd]) {
        var s = self
        var all: [AppCmd] = []
        for k in keys {
            let (n, e) = App.update(s, .input(.key(k)))
            s = n
            all += e
        }
        return (s, all)
    }

    func typing(_ text: String) -> AppState {
        var s = self
        for c in text { s = App.update(s, .input(.key(.char(c)))).0 }
        return s
    }

    var screen: Screen { App.render(self) }

    /// Answers the first `openArticle` among `effects` by reading the real sample file named
    /// by the request's path (its last component), with a saved position if given.
    func answering(_ effects: [AppCmd], position: ReadingPosition? = nil) throws -> (AppState, [AppCmd]) {
        for case .openArticle(let request) in effects {
            let name = request.path.split(separator: "/").last.map(String.init) ?? request.path
            let article = try ArticleLoader.load(path: AppFixture.samples + "/" + name)
            return App.update(self, .articleOpened(ArticleOpening(request: request, article: article, position: position)))
        }
        return (self, [])
    }
}

extension Array where Element == AppCmd {
    var openRequests: [ArticleRequest] {
        compactMap { if case .openArticle(let r) = $0 { r } else { nil } }
    }

    var savedPositions: [(key: String, offset: Int)] {
        compactMap { if case .savePosition(let k, let o, _) = $0 { (k, o) } else { nil } }
    }

    var searches: [(id: Int, query: SearchQuery)] {
        compactMap { if case .search(let id, let q, _) = $0 { (id, q) } else { nil } }
    }

    var quits: Bool { contains { if case .quit = $0 { true } else { false } } }
}
