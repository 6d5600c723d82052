import Foundation
import Testing
@testable import ArticleKit
@testable import LibraryKit

/// A temporary library folder and index for one test.
struct TemporaryLibrary {
    let folder: String
    let indexPath: String

    init() throws {
        folder = LibraryScanner.canonicalPath(NSTemporaryDirectory()) + "/leggio-search-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/articles", withIntermediateDirectories: true)
        indexPath = folder + "/cache/index.sqlite"
    }

    var root: String { folder + "/articles" }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
    }

    func remove(_ name: String) throws { try FileManager.default.removeItem(atPath: root + "/" + name) }

    /// The folder's files, from the scanner.
    func files() throws -> [ScannedFile] {
        LibraryScanner.scan([root]).files
    }

    @discardableResult
    func update(_ index: LibraryIndex) throws -> IndexUpdate {
        try index.update(files: files(), roots: [root])
    }
}

@Suite("The library index")
struct LibraryIndexTests {
    static let kursk = """
        Perdite nordcoreane al fronte del Kursk

        Secondo l'agenzia di Seul, circa 11.000 soldati nordcoreani sono stati inviati al fronte.

        Le cifre

        Il ministero ha spiegato perché le perdite sono alte: oltre 2.700 feriti.
        """
    static let passing = """
        Notizie dal mondo in breve

        Una raccolta delle notizie della settimana da tutto il mondo, con brevi aggiornamenti.

        Economia

        I mercati sono rimasti stabili. Una breve nota: si parla anche di Kursk in un rapporto.
        """
    static let english = """
        The city library reopens after three years

        The city library has reopened after a restoration that took three years and cost millions.

        What changed

        The reading rooms are larger and the archive is now digital.
        """

    func fixture() throws -> (TemporaryLibrary, LibraryIndex) {
        let lib = try TemporaryLibrary()
        try lib.write("kursk.txt", Self.kursk)
        try lib.write("passing.txt", Self.passing)
        try lib.write("library.txt", Self.english)
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        return (lib, index)
    }

    @Test("After a build the write-ahead log is cut back to a few pages, and the index still answers")
    func logIsCutBackAfterABuild() throws {
        let lib = try TemporaryLibrary()
        for i in 0..<300 {
            try lib.write("article-\(i).txt", "Articolo numero \(i) sulla riapertura\n\n" + String(repeating: "La biblioteca civica riapre le sale di lettura \(i). ", count: 60))
        }
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        let log = try FileManager.default.attributesOfItem(atPath: lib.indexPath + "-wal")[.size] as? Int ?? 0
        #expect(log <= 64 * 1024, "the WAL holds \(log) bytes")
        #expect(try index.search(SearchQuery.parse("riapertura"), limit: 5).count == 5)
    }

    @Test func titleMatchBeatsAPassingMention() throws {
        let (_, index) = try fixture()
        let hits = try index.search(SearchQuery.parse("kursk"))
        #expect(hits.count == 2)
        #expect(hits.first?.path.hasSuffix("kursk.txt") == true)
        #expect(hits.first?.section == 0)
        #expect(hits.last?.path.hasSuffix("passing.txt") == true)
        #expect(hits.last?.heading == "Economia")
        #expect(hits[0].score > hits[1].score)
    }

    @Test("Words in the title and late in the lede: the snippet shows the lede around them, not the title again")
    func snippetComesFromTheText() throws {
        let lib = try TemporaryLibrary()
        try lib.write("porto.txt", """
            Il porto di Genova riapre ai traghetti

            Dopo due anni di lavori sulle banchine e sui moli, l'autorità portuale ha annunciato che il porto di Genova riapre ai traghetti da lunedì.

            I lavori

            Le gru nuove sono arrivate a settembre.
            """)
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        let hit = try #require(try index.search(SearchQuery.parse("porto genova")).first)
        #expect(hit.section == 0)
        #expect(hit.snippet.contains("annunciato"), "\(hit.snippet)")
        let only = try #require(try index.search(SearchQuery.parse("genova")).first)
        #expect(only.snippet.contains("annunciato"), "\(only.snippet)")
    }

    @Test func accentsFoldBothWays() throws {
        let (_, index) = try fixture()
        let hits = try index.search(SearchQuery.parse("perche"))
        #expect(hits.map(\.heading) == ["Le cifre"])
        #expect(hits.first?.snippetRuns.contains { $0.matched && $0.text == "perché" } == true)
        #expect(try index.search(SearchQuery.parse("perché")).count == 1)
    }

    @Test func phraseAndPrefix() throws {
        let (_, index) = try fixture()
        #expect(try index.search(SearchQuery.parse("\"city library\"")).count >= 1)
        #expect(try index.search(SearchQuery.parse("\"library city\"")).isEmpty)
        let prefix = try index.search(SearchQuery.parse("nordcorean*"))
        #expect(prefix.count == 1 && prefix[0].path.hasSuffix("kursk.txt"))
        #expect(try index.search(SearchQuery.parse("kursk -mercati")).count == 1)
        #expect(try index.search(SearchQuery.parse("mercati OR archive")).count == 2)
    }

    @Test func factFiltersNarrowToArticlesWhoseFactsMatch() throws {
        let lib = try TemporaryLibrary()
        try lib.write("seed.txt", """
            Kim Jong-un e Vladimir Putin rafforzano l'alleanza

            Il ministero della Difesa sudcoreano ha ammesso che Pyongyang ha inviato circa 200 pezzi di artiglieria a Mosca.

            Le perdite al fronte

            Secondo l'agenzia, circa 11.000 soldati sono stati inviati al fronte del Kursk, dove Kim Jong-un ha promesso altri aiuti.
            """)
        try lib.write("other.txt", """
            Una mostra sul fronte del Novecento

            La mostra racconta il fronte della prima guerra mondiale attraverso lettere e fotografie dei soldati.
            """)
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        // Words alone find both; the person filter keeps the article that names him.
        #expect(try index.search(SearchQuery.parse("fronte")).count == 2)
        let kim = try index.search(SearchQuery.parse("person:\"Kim Jong-un\" fronte"))
        #expect(kim.map { ($0.path as NSString).lastPathComponent } == ["seed.txt"])
        // A filter alone points at the sections that mention the fact.
        let kursk = try index.search(SearchQuery.parse("place:kursk"))
        #expect(kursk.map(\.heading) == ["Le perdite al fronte"])
        #expect(try index.search(SearchQuery.parse("org:ministero source:difesa")).count == 1)
        #expect(try index.search(SearchQuery.parse("person:Novecento")).isEmpty)
    }

    @Test func incrementalUpdates() throws {
        let (lib, index) = try fixture()
        #expect(try lib.update(index) == IndexUpdate(unchanged: 3))
        try lib.write("library.txt", Self.english.replacingOccurrences(of: "digital", with: "searchable"))
        try lib.remove("passing.txt")
        try lib.write("new.txt", "Un nuovo articolo\n\nParla di astronomia e di comete luminose nel cielo d'inverno.")
        let summary = try lib.update(index)
        #expect(summary.added == 1 && summary.changed == 1 && summary.removed == 1 && summary.unchanged == 1)
        #expect(try index.search(SearchQuery.parse("digital")).isEmpty)
        #expect(try index.search(SearchQuery.parse("searchable")).count == 1)
        #expect(try index.search(SearchQuery.parse("mercati")).isEmpty)
        #expect(try index.search(SearchQuery.parse("comete")).count == 1)
        #expect(try index.documentCount() == 3)
    }

    @Test func searchIsLimitedToTheGivenFolders() throws {
        let (lib, index) = try fixture()
        #expect(try index.search(SearchQuery.parse("kursk"), under: [lib.root]).count == 2)
        #expect(try index.search(SearchQuery.parse("kursk"), under: [lib.root + "/kursk.txt"]).count == 1)
        #expect(try index.search(SearchQuery.parse("kursk"), under: ["/elsewhere"]).isEmpty)
    }

    @Test func aFolderWhoseNameExtendsTheRootsIsOutsideIt() throws {
        let lib = try TemporaryLibrary()
        try lib.write("kursk.txt", Self.kursk)
        let sibling = lib.root + "-old"
        try FileManager.default.createDirectory(atPath: sibling, withIntermediateDirectories: true)
        try Self.passing.write(toFile: sibling + "/passing.txt", atomically: true, encoding: .utf8)
        let index = try LibraryIndex(path: lib.indexPath)
        try index.update(files: LibraryScanner.scan([lib.root, sibling]).files, roots: [lib.root, sibling])
        let hits = try index.search(SearchQuery.parse("kursk"), under: [lib.root])
        #expect(hits.map(\.path) == [lib.root + "/kursk.txt"])
        // Updating one root leaves the other's articles in the index.
        try lib.update(index)
        #expect(try index.search(SearchQuery.parse("kursk"), under: [sibling]).map(\.path) == [sibling + "/passing.txt"])
    }

    @Test func shardedRankingGivesTheSameHitsAsOneShard() throws {
        let lib = try TemporaryLibrary()
        for i in 0..<40 {
            // Differing lengths and counts of the word, so the scores differ.
            let extra = String(repeating: " Kursk resta al centro del rapporto.", count: i % 5)
            try lib.write("article\(i).txt", Self.kursk + extra + String(repeating: " Una frase di contorno.", count: i % 7))
        }
        try lib.write("passing.txt", Self.passing)
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        for text in ["kursk", "\"ministero ha spiegato\"", "fer*", "soldati -mercati", "place:Kursk"] {
            let query = try SearchQuery.parse(text)
            let one = try index.search(query, limit: 15, under: [lib.root], shardingFrom: .max)
            let sharded = try index.search(query, limit: 15, under: [lib.root], shardingFrom: 1)
            #expect(!one.isEmpty, "\(text)")
            #expect(one.map(\.path) == sharded.map(\.path), "\(text)")
            #expect(one.map(\.score) == sharded.map(\.score), "\(text)")
        }
    }

    @Test("An article outside the roots is found from the path index, gaps between roots included")
    func pathsOutsideRoots() throws {
        let lib = try TemporaryLibrary()
        let index = try LibraryIndex(path: lib.indexPath)
        func outside(_ roots: [String]) throws -> Bool {
            try index.pool.read { db in try LibraryIndex.hasPaths(outside: roots, in: db) }
        }
        #expect(try outside(["/lib"]) == false)  // nothing indexed yet
        try index.pool.write { db in
            for path in ["/lib/a.txt", "/lib/sub/b.txt", "/lib-old/c.txt", "/other/d.txt", "/libz.txt"] {
                try db.execute(sql: "INSERT INTO documents(path, size, mtime, hash, title, format, language) VALUES (?, 0, 0, 0, '', 'text', 'it')",
                               arguments: [path])
            }
        }
        #expect(try outside(["/lib"]))
        #expect(try outside(["/lib", "/other", "/libz.txt"]))  // /lib-old sorts between "/lib" and "/lib/"
        #expect(try outside(["/lib", "/lib-old", "/other", "/libz.txt"]) == false)
        #expect(try outside(["/other", "/lib/sub/b.txt", "/libz.txt", "/lib-old", "/lib/a.txt"]) == false)
        #expect(try outside(["/lib/sub", "/lib", "/lib-old/", "/other", "/libz.txt"]) == false)  // nested and slashed roots
        #expect(try outside(["/"]) == false)
        #expect(try outside(["/lib/a.txt"]))
        #expect(try outside(["/zzz"]))
    }

    @Test func shardsCoverEveryArticleIdOnce() {
        #expect(SearchPlan.shards(firstID: 3, lastID: 10_002, count: 10_000, cores: 2, minimum: 2_000) == [3...5002, 5003...10_002])
        #expect(SearchPlan.shards(firstID: 1, lastID: 10_000, count: 10_000, cores: 3, minimum: 2_000) == [1...3334, 3335...6668, 6669...10_000])
        #expect(SearchPlan.shards(firstID: 1, lastID: 10_000, count: 10_000, cores: 8, minimum: 2_000).count == 4)
        #expect(SearchPlan.shards(firstID: 3, lastID: 10_002, count: 10_000, cores: 2, minimum: 20_000) == [3...10_002])
        #expect(SearchPlan.shards(firstID: 0, lastID: 0, count: 0, cores: 2, minimum: 0) == [0...0])
    }

    @Test func unreadableAndBinaryFilesAreReportedNotFatal() throws {
        let (lib, index) = try fixture()
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: URL(fileURLWithPath: lib.root + "/image.txt"))
        let summary = try lib.update(index)
        #expect(summary.failed.count == 1)
        #expect(summary.failed.values.first?.contains("binary") == true)
    }

    @Test func aDamagedIndexIsRebuilt() throws {
        let lib = try TemporaryLibrary()
        try lib.write("kursk.txt", Self.kursk)
        try FileManager.default.createDirectory(atPath: lib.folder + "/cache", withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: lib.indexPath))
        let index = try LibraryIndex(path: lib.indexPath)
        #expect(index.notice?.hasPrefix("the search index was damaged and has been rebuilt") == true)
        try lib.update(index)
        #expect(try index.search(SearchQuery.parse("kursk")).count == 1)
    }

    @Test("An article id is never given again, so a hit read after a change cannot name another file")
    func idsAreNotReused() throws {
        let lib = try TemporaryLibrary()
        try lib.write("a.txt", Self.kursk)
        try lib.write("b.txt", Self.passing)
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        func id(_ name: String) throws -> Int64? {
            try index.pool.read { try Int64.fetchOne($0, sql: "SELECT id FROM documents WHERE path = ?", arguments: [lib.root + "/" + name]) }
        }
        let b = try #require(try id("b.txt"))
        try lib.remove("b.txt")
        try lib.write("c.txt", Self.english)
        try lib.update(index)
        let c = try #require(try id("c.txt"))
        #expect(c > b)
    }

    @Test func anIndexOfAnotherVersionIsBuiltAgainWithItsOwnNotice() throws {
        let lib = try TemporaryLibrary()
        try lib.write("kursk.txt", Self.kursk)
        do {
            let old = try LibraryIndex(path: lib.indexPath)
            try old.pool.write { try $0.execute(sql: "PRAGMA user_version = \(LibraryIndex.schemaVersion - 1)") }
        }
        let index = try LibraryIndex(path: lib.indexPath)
        #expect(index.notice == "the search index was made by another version of leggio and is built again")
        try lib.update(index)
        #expect(try index.search(SearchQuery.parse("kursk")).count == 1)
    }

    @Test("A file that keeps failing changes nothing; two names equal only as Unicode are two files")
    func failuresAndByteDistinctNames() throws {
        let lib = try TemporaryLibrary()
        try lib.write("kursk.txt", Self.kursk)
        try Data([0, 1, 2, 3]).write(to: URL(fileURLWithPath: lib.root + "/image"))
        let index = try LibraryIndex(path: lib.indexPath)
        let first = try lib.update(index)
        #expect(first.failed.count == 1 && first.added == 1)
        let again = try lib.update(index)
        #expect(again.failed.count == 1 && !again.changedIndex)
        // "café" composed and decomposed: two files on Linux, two articles in the index.
        try lib.write("caf\u{E9}.txt", Self.passing)
        try lib.write("cafe\u{301}.txt", Self.passing.replacingOccurrences(of: "Kursk", with: "Zanzibar"))
        try lib.write("old.txt", Self.english)
        #expect(try lib.update(index).added == 3)
        try lib.remove("old.txt")
        let after = try lib.update(index)
        #expect(after.removed == 1 && after.changed == 0)
        #expect(try index.search(SearchQuery.parse("library reopens")).isEmpty)
        #expect(try index.search(SearchQuery.parse("zanzibar")).count == 1)
    }

    @Test func twoIndexesOnOneFileUpdateAtOnce() async throws {
        let lib = try TemporaryLibrary()
        for i in 0..<60 {
            try lib.write("a\(i).txt", "Articolo numero \(i)\n\nTesto dell'articolo \(i) sulle comete e sui pianeti lontani.")
        }
        let files = try lib.files()
        let first = try LibraryIndex(path: lib.indexPath)
        let second = try LibraryIndex(path: lib.indexPath)
        async let a = Task.detached { try first.update(files: files, roots: [lib.root]) }.value
        async let b = Task.detached { try second.update(files: files, roots: [lib.root]) }.value
        _ = try await (a, b)
        #expect(try first.documentCount() == 60)
        #expect(try second.search(SearchQuery.parse("comete"), limit: 100).count == 60)
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(LibraryIndex.defaultPath(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/h"]) == "/x/cache/leggio/index.sqlite")
        #expect(LibraryIndex.defaultPath(environment: ["HOME": "/h"]) == "/h/.cache/leggio/index.sqlite")
        #expect(LibraryIndex.defaultPath(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == "/h/.cache/leggio/index.sqlite")
    }
}

@Suite("Locating matched words")
struct MatchLocatorTests {
    @Test func spansOfWordsPhrasesAndPrefixes() throws {
        let text = "Titolo\n\nLa Corea del Nord e i nordcoreani: perché la Corea\ndel Nord insiste.\n"
        let article = try ArticleLoader.parse(bytes: Array(text.utf8))
        let whole = article.source.span(start: 0, end: article.source.utf8.count)
        let q = try SearchQuery.parse("\"corea del nord\" perche nordcorean*")
        let spans = MatchLocator.spans(of: q.highlightTerms, in: article.source, within: whole)
        #expect(spans.map { article.source.string(in: $0) } == ["Corea del Nord", "nordcoreani", "perché", "Corea\ndel Nord"])
        #expect(spans.last?.firstLine == 3 && spans.last?.lastLine == 4)
        // A word does not match inside a longer word.
        let corea = MatchLocator.spans(of: [.word("corea")], in: article.source, within: whole)
        #expect(corea.count == 2)
    }
}
