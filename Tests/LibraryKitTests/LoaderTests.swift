import ArticleKit
import Foundation
import Testing
@testable import LibraryKit

@Suite("Opening a library")
struct LoaderTests {
    /// Collects the updates of one opening.
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var updates: [LibraryUpdate] = []
        func add(_ u: LibraryUpdate) { lock.lock(); updates.append(u); lock.unlock() }
        var listed: [LibraryEntry] {
            for u in updates { if case .listed(let e, _) = u { return e } }
            return []
        }
        var cached: [LibraryEntry]? {
            for u in updates { if case .cached(let e) = u { return e } }
            return nil
        }
        var summary: LibraryLoadSummary? {
            for u in updates { if case .finished(let s) = u { return s } }
            return nil
        }
        var readCount: Int {
            updates.reduce(0) { n, u in if case .read(let e, _, _) = u { return n + e.count } else { return n } }
        }
    }

    func options(_ cache: TemporaryFolder) -> LibraryOptions {
        var o = LibraryOptions()
        o.cacheFolder = cache.path
        return o
    }

    func open(_ folder: TemporaryFolder, _ cache: TemporaryFolder) -> ([LibraryEntry], Recorder) {
        let recorder = Recorder()
        let entries = LibraryLoader.load([folder.path], options: options(cache)) { recorder.add($0) }
        return (entries, recorder)
    }

    @Test func listsAtOnceThenFillsIn() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("one.txt", seedShaped)
        try folder.write("two.md", "---\ntitle: Due\ndate: 2024-06-01\nauthor: Ada\n---\n\nText of the second article.\n")
        let (entries, recorder) = open(folder, cache)
        guard case .listed = recorder.updates.first, case .finished = recorder.updates.last else {
            Issue.record("updates out of order: \(recorder.updates)")
            return
        }
        #expect(recorder.listed.map(\.status) == [.pending, .pending])
        // Every file is read before any facts are counted.
        let kinds = recorder.updates.map { u -> String in
            switch u {
            case .cached: "cached"
            case .listed: "listed"
            case .read: "read"
            case .counted: "counted"
            case .finished: "finished"
            }
        }
        #expect(kinds.first == "listed" && kinds.last == "finished")
        #expect(kinds.lastIndex(of: "read")! < kinds.firstIndex(of: "counted")!)
        #expect(recorder.listed.map(\.title) == ["one.txt", "two.md"])
        #expect(recorder.readCount == 2)
        #expect(entries.map(\.status) == [.ready, .ready])
        #expect(entries[0].title == "La nuova biblioteca civica apre a Torino con dodicimila volumi")
        #expect(entries[0].language == .italian)
        #expect(entries[0].words > 50)
        #expect(entries[0].readingMinutes == 1)
        #expect(entries[1].title == "Due")
        #expect(entries[1].date == "2024-06-01")
        #expect(entries[1].dateSource == .stated)
        #expect(entries[1].author == "Ada")
        #expect(entries[1].format == .markdown)
    }

    @Test func factsAreCounted() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("one.txt", seedShaped)
        let (entries, _) = open(folder, cache)
        let article = try ArticleLoader.load(path: folder.path + "/one.txt")
        #expect(entries[0].facts == FactExtractor.extract(article).count)
        #expect((entries[0].facts ?? 0) > 0)
    }

    @Test func withoutListFirstEachFileIsParsedOnceWithTheSameEntries() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder(), cache2 = try TemporaryFolder()
        try folder.write("one.txt", seedShaped)
        try folder.write("undated.txt", "Un titolo\n\nIl 4 luglio 2021 la sala era piena, dice Mario Rossi.\n")
        let (twoPasses, _) = open(folder, cache)
        var o = options(cache2)
        o.listFirst = false
        let recorder = Recorder()
        let onePass = LibraryLoader.load([folder.path], options: o) { recorder.add($0) }
        let counted = recorder.updates.filter { if case .counted = $0 { true } else { false } }
        #expect(counted.isEmpty)
        #expect(recorder.readCount == 2)
        #expect(onePass.map(\.facts) == twoPasses.map(\.facts))
        #expect(onePass.map(\.date) == twoPasses.map(\.date))
        #expect(onePass.map(\.dateSource) == twoPasses.map(\.dateSource))
        #expect(onePass[1].date == "2021-07-04" && onePass[1].dateSource == .stated)
        #expect((onePass[0].facts ?? 0) > 0)
    }

    /// Sets a file's access and modification times.
    func setModified(_ path: String, seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test func dateFromTheTextElseFromTheFile() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("dated.txt", seedShaped)
        try folder.write("undated.txt", "Un titolo\n\nNessuna data qui, solo parole semplici.\n")
        setModified(folder.path + "/undated.txt", seconds: 1_625_400_000)  // 2021-07-04 12:00 UTC
        let (entries, _) = open(folder, cache)
        #expect(entries[0].date == "2025-03-03")
        #expect(entries[0].dateSource == .stated)
        #expect(entries[1].date == EntryDate.day(fromNanoseconds: 1_625_400_000 * 1_000_000_000))
        #expect(entries[1].dateSource == .file)
    }

    @Test func aTextDateAfterTheFileWasSavedIsNotItsDate() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("a.txt", "The harbour opens\n\nThe new quays open to ships on March 2, 2027, the port said on 12 May 2021 when the works began.\n")
        // Saved 2021-07-04 12:00 UTC: March 2027 is an event ahead, 12 May 2021 the first date behind.
        setModified(folder.path + "/a.txt", seconds: 1_625_400_000)
        let (entries, _) = open(folder, cache)
        #expect(entries[0].date == "2021-05-12")
        #expect(entries[0].dateSource == .stated)
    }

    @Test func secondOpeningComesFromTheCacheAndNoticesChanges() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("a.txt", seedShaped)
        try folder.write("b.md", "# Bee\n\nText.\n")
        try folder.write("c.md", "# Sea\n\nText.\n")
        let (first, r1) = open(folder, cache)
        #expect(r1.summary?.read == 3)
        #expect(r1.summary?.fromCache == 0)

        let (second, r2) = open(folder, cache)
        // The remembered list comes first, before the folder is scanned.
        guard case .cached = r2.updates.first else {
            Issue.record("no cached list first: \(r2.updates)")
            return
        }
        #expect(r2.cached == first)
        #expect(r2.summary?.read == 0)
        #expect(r2.summary?.fromCache == 3)
        #expect(r2.listed == first)  // complete at once
        #expect(second == first)

        // Change one file (size and time), delete another.
        try folder.write("b.md", "# Bee, revised\n\nLonger text than before.\n")
        try FileManager.default.removeItem(atPath: folder.path + "/c.md")
        let (third, r3) = open(folder, cache)
        #expect(r3.cached?.count == 3)  // as remembered…
        #expect(r3.listed.count == 2)  // …then as found
        #expect(r3.listed.map(\.status) == [.ready, .pending])
        #expect(r3.summary?.read == 1)
        #expect(r3.summary?.fromCache == 1)
        #expect(third.map(\.title) == [first[0].title, "Bee, revised"])
        let cached = MetadataCache.load(from: MetadataCache.path(forRoots: [folder.path], in: cache.path))
        #expect(cached.entries.count == 2)
    }

    @Test func damagedCacheIsIgnored() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("a.txt", seedShaped)
        let cachePath = MetadataCache.path(forRoots: [folder.path], in: cache.path)
        try cache.write(String(cachePath.dropFirst(cache.path.count + 1)), "leggio-library-cache\t\(MetadataCache.formatVersion)\ngarbage\tline\n\u{0}\u{1}")
        let (entries, recorder) = open(folder, cache)
        #expect(entries.first?.status == .ready)
        #expect(recorder.summary?.read == 1)
    }

    @Test func filesThatCannotBeReadAreListedWithTheirError() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("fine.txt", seedShaped)
        let binary = folder.path + "/zeros.txt"
        try Data(repeating: 0, count: 64).write(to: URL(fileURLWithPath: binary))
        let (entries, recorder) = open(folder, cache)
        #expect(entries.map(\.fileName) == ["fine.txt", "zeros.txt"])
        #expect(entries[1].error == "\(binary): looks like a binary file, not text; not opened")
        #expect(recorder.summary?.failed == 1)
    }

    @Test(.disabled(if: getuid() == 0, "root may read every file"))
    func unreadableFilesAreListedWithTheirError() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("fine.txt", seedShaped)
        let locked = try folder.write("locked.md", "# Locked\n")
        chmod(locked, 0o000)
        let (entries, recorder) = open(folder, cache)
        #expect(entries.count == 2)
        #expect(entries[1].error == "\(locked): permission denied")
        #expect(entries[1].title == "locked.md")
        #expect(recorder.summary?.failed == 1)
        // Failed entries are not cached: they are tried again next time.
        chmod(locked, 0o644)
        let (again, _) = open(folder, cache)
        #expect(again[1].status == .ready)
        #expect(again[1].title == "Locked")
    }

    @Test func binaryFilesWithoutExtensionAreNotArticles() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        try folder.write("NOTES", "Just some notes\n\nWritten as plain text.\n")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]).write(to: URL(fileURLWithPath: folder.path + "/program"))
        let (entries, _) = open(folder, cache)
        #expect(entries.map(\.fileName) == ["NOTES"])
    }

    @Test func mixedFormatsAreReadOnSeveralThreads() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        for i in 0..<40 {
            switch i % 3 {
            case 0: try folder.write("n\(i).txt", seedShaped)
            case 1: try folder.write("n\(i).md", "---\ntitle: Nota \(i)\n---\n\n- uno\n  - due\n\n> tre\n")
            default: try folder.write("n\(i).html", "<title>Pagina \(i)</title><article><p>Testo della pagina \(i).</p></article>")
            }
        }
        var o = options(cache)
        o.workers = 4
        let entries = LibraryLoader.load([folder.path], options: o) { _ in }
        #expect(entries.count == 40)
        #expect(entries.allSatisfy { $0.status == .ready })
        for entry in entries {
            let i = Int(entry.fileName.dropFirst().prefix { $0.isNumber })!
            switch i % 3 {
            case 0: #expect(entry.format == .text)
            case 1: #expect(entry.title == "Nota \(i)")
            default: #expect(entry.title == "Pagina \(i)")
            }
        }
    }

    @Test func asyncStreamDeliversTheSameUpdates() async throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        for i in 0..<30 { try folder.write("n\(i).txt", seedShaped) }
        var listed = 0, read = 0, counted = 0, finished = false
        for await update in LibraryLoader.updates([folder.path], options: options(cache)) {
            switch update {
            case .cached: Issue.record("nothing was cached yet")
            case .listed(let e, _): listed = e.count
            case .read(let e, let done, let total):
                read += e.count
                #expect(done == read && total == 30)
            case .counted(let e, let done, let total):
                counted += e.count
                #expect(done == counted && total == 30)
            case .finished: finished = true
            }
        }
        #expect(listed == 30 && read == 30 && counted == 30 && finished)
    }
}

@Suite("Starting a library for the reader")
struct LibraryStartTests {
    @Test func startRunsInTheBackgroundAndFinishes() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        for i in 0..<10 { try folder.write("a\(i).txt", seedShaped) }
        var options = LibraryOptions()
        options.cacheFolder = cache.path
        let recorder = LoaderTests.Recorder()
        let loading = LibraryLoader.start([folder.path], options: options) { recorder.add($0) }
        var waited = 0
        while !loading.isFinished, waited < 10_000 {
            usleep(10_000)
            waited += 10
        }
        #expect(loading.isFinished)
        #expect(recorder.summary?.files == 10)
    }

    @Test func cancellingStopsReading() throws {
        let folder = try TemporaryFolder(), cache = try TemporaryFolder()
        for i in 0..<200 { try folder.write("a\(i).txt", seedShaped) }
        var options = LibraryOptions()
        options.cacheFolder = cache.path
        options.workers = 1
        let recorder = LoaderTests.Recorder()
        let loading = LibraryLoader.start([folder.path], options: options) { update in
            recorder.add(update)
        }
        loading.cancel()
        while !loading.isFinished { usleep(5_000) }
        let read = recorder.readCount
        #expect(read < 200)
        // A cancelled opening saves no cache.
        #expect(MetadataCache.load(from: MetadataCache.path(forRoots: [folder.path], in: cache.path)).entries.isEmpty)
    }

    @Test func emptyFolderFallsBackToTheSamples() throws {
        let empty = try TemporaryFolder()
        try empty.write("picture.jpg", "not an article")
        let samples = "/samples"
        #expect(LibraryLoader.roots(for: [empty.path], samples: samples) == ([samples], true))
        let full = try TemporaryFolder()
        try full.write("deep/inside/a.md", "# A\n")
        #expect(LibraryLoader.roots(for: [full.path], samples: samples) == ([full.path], false))
        #expect(LibraryLoader.roots(for: ["/no/such/place"], samples: samples) == (["/no/such/place"], false))
        #expect(LibraryScanner.scan([full.path], limit: 1).files.count == 1)
    }
}
