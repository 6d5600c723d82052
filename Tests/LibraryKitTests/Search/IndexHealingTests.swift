import Foundation
import GRDB
import Testing
@testable import LibraryKit

@Suite("The index heals: damaged files rebuilt, unwritable ones said in words")
struct IndexHealingTests {
    @Test func aCorruptionFoundWhileWorkingMovesTheFileAsideAndRunsAgain() throws {
        let lib = try TemporaryLibrary()
        try lib.write("kursk.txt", LibraryIndexTests.kursk)
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        #expect(index.notice == nil && !index.wasRebuilt)
        var calls = 0
        let answer = try index.healing { _ in
            calls += 1
            if calls == 1 { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed") }
            return "answered"
        }
        #expect(answer == "answered" && calls == 2)
        #expect(index.wasRebuilt)
        #expect(index.notice?.hasPrefix("the search index was damaged and has been rebuilt") == true)
        #expect(FileManager.default.fileExists(atPath: lib.indexPath + ".damaged"))
        // The new file is empty until brought up to date; then the query answers.
        #expect(try index.search(SearchQuery.parse("kursk")).isEmpty)
        try lib.update(index)
        #expect(try index.search(SearchQuery.parse("kursk")).count == 1)
    }

    @Test func aFileCutToHalfIsRebuiltAndTheQueryAnswers() throws {
        let lib = try TemporaryLibrary()
        for i in 0..<200 { try lib.write("a\(i).txt", LibraryIndexTests.kursk + "\nParola\(i) finale.\n") }
        do {
            let index = try LibraryIndex(path: lib.indexPath)
            try lib.update(index)
            try index.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: lib.indexPath)[.size] as? Int)
        #expect(truncate(lib.indexPath, off_t(size / 2)) == 0)
        let index = try LibraryIndex(path: lib.indexPath)
        _ = try? index.search(SearchQuery.parse("parola150"))
        try lib.update(index)
        #expect(index.wasRebuilt)
        #expect(try index.search(SearchQuery.parse("parola150")).count == 1)
    }

    @Test func aCacheThatCannotBeMadeIsSaidInWordsAndAMemoryIndexAnswers() throws {
        let lib = try TemporaryLibrary()
        try lib.write("kursk.txt", LibraryIndexTests.kursk)
        // A regular file where the cache folder should be: no folder can be made under it.
        try Data("x".utf8).write(to: URL(fileURLWithPath: lib.folder + "/blocked"))
        #expect {
            _ = try LibraryIndex(path: lib.folder + "/blocked/leggio/index.sqlite")
        } throws: { error in
            (error as? LibraryIndexError)?.isUnwritable == true
                && (error as? LibraryIndexError)?.description.contains("cannot create the search index") == true
        }
        let memory = try LibraryIndex(inMemoryBecause: "cannot write")
        #expect(memory.notice == "cannot write")
        try lib.update(memory)
        #expect(try memory.search(SearchQuery.parse("kursk")).count == 1)
    }

    @Test func faultsAreToldApart() {
        #expect(IndexFault(DatabaseError(resultCode: .SQLITE_NOTADB), path: "x") == .corrupt)
        #expect(IndexFault(DatabaseError(resultCode: .SQLITE_FULL), path: "x") == .cannotWrite("no space left on device"))
        #expect(IndexFault(DatabaseError(resultCode: .SQLITE_READONLY), path: "x") == .cannotWrite("the file or its folder is read-only"))
        #expect(IndexFault(DatabaseError(resultCode: .SQLITE_BUSY), path: "x") == .other)
    }

    @Test func aLongSectionOfManyMatchesGetsAShortSnippetCutAroundTheFirst() throws {
        let lib = try TemporaryLibrary()
        try lib.write("long.txt", "Titolo\n\nInizio del testo e poi " + String(repeating: "parola lunga ", count: 5_000) + "\n")
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        let hit = try #require(try index.search(SearchQuery.parse("parola")).first)
        #expect(hit.snippet.hasPrefix("…") || hit.snippet.hasPrefix("Inizio"))
        #expect(hit.snippet.contains("\u{1}parola\u{2}"))
        #expect(hit.snippet.count < 300 && hit.snippet.hasSuffix("…"))
        #expect(SnippetWindow.cut("a b c d e f g h \u{1}x\u{2} i j", words: 8) == "…g h \u{1}x\u{2} i j")
        #expect(SnippetWindow.cut("no match here") == nil)
    }

    @Test func anArticleOfMoreThan1024SectionsHasARowForEach() throws {
        let lib = try TemporaryLibrary()
        let text = (0..<1_500).map { "# Capitolo \($0)\n\nparagrafo voce\($0)\n" }.joined(separator: "\n")
        try lib.write("long.md", text)
        let index = try LibraryIndex(path: lib.indexPath)
        try lib.update(index)
        let hits = try index.search(SearchQuery.parse("voce1400"))
        #expect(hits.count == 1)
        #expect(hits.first?.heading == "Capitolo 1400")
        #expect(hits.first?.snippet.count ?? 1_000 < 200)
        #expect(SectionRowID.section(SectionRowID.make(document: 7, section: 1_400)) == 1_400)
        #expect(SectionRowID.document(SectionRowID.make(document: 7, section: 1_400)) == 7)
    }
}
