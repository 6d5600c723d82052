import ArticleKit
import Dispatch
import Foundation

/// Opens folders as a library without blocking: lists every file at once (complete entries
/// from the metadata cache, pending ones for the rest), then reads the pending files on
/// several threads and reports them in batches, then counts their facts in a second pass,
/// then saves the cache.
///
/// `load(_:options:onUpdate:)` runs on the calling thread until done; `updates(_:options:)`
/// runs it on a background thread and hands the updates out as an `AsyncStream`, which a
/// terminal UI can fold into its state as they arrive.
public enum LibraryLoader {
    /// Opens the library, calling `onUpdate` (from the calling thread or the reading threads,
    /// one call at a time) with `cached`, `listed`, `read` batches, `counted` batches, `finished`.
    /// `isCancelled` is polled between files; once it returns true reading stops early.
    @discardableResult
    public static func load(
        _ roots: [String], options: LibraryOptions = LibraryOptions(),
        isCancelled: @escaping @Sendable () -> Bool = { false },
        onUpdate: @escaping @Sendable (LibraryUpdate) -> Void
    ) -> [LibraryEntry] {
        let cachePath = MetadataCache.path(forRoots: roots, in: options.cacheFolder)
        var cache = options.useCache ? MetadataCache.load(from: cachePath) : MetadataCache()
        if !cache.entries.isEmpty {
            // Show what the cache remembers before the scan (tens of milliseconds on a big folder).
            let remembered = cache.entries.values.sorted { $0.path < $1.path }
            onUpdate(.cached(entries: remembered))
        }
        let scan = LibraryScanner.scan(roots, includeHidden: options.includeHidden)

        var entries: [LibraryEntry] = []
        entries.reserveCapacity(scan.files.count)
        var pending: [(index: Int, file: ScannedFile)] = []
        var fromCache = 0
        for file in scan.files {
            if let cached = cache.entry(for: file), !options.countFacts || cached.facts != nil {
                entries.append(cached)
                fromCache += 1
            } else {
                // A file without an extension is an article only if it is text.
                if file.format == nil, !looksLikeText(file.path) { continue }
                pending.append((entries.count, file))
                entries.append(LibraryEntry(pending: file))
            }
        }
        onUpdate(.listed(entries: entries, problems: scan.problems))

        // First pass: every file read (title, date, language, length); second pass: facts.
        // The list is complete and sortable long before the slower fact extraction is done.
        // Without `listFirst` the first pass counts the facts too and the second finds nothing.
        let factsAtOnce = options.countFacts && !options.listFirst
        let files = pending.map(\.file)
        let read = runInParallel(files.count, workers: options.workers, isCancelled: isCancelled,
                                 batches: ReadingBatches(total: files.count, interval: options.updateInterval) { batch, done, total in
                                     onUpdate(.read(entries: batch, done: done, total: total))
                                 }) { i in
            EntryReader.read(files[i], countFacts: factsAtOnce)
        }
        for (i, slot) in pending.enumerated() {
            if let entry = read[i] { entries[slot.index] = entry }
        }
        if options.countFacts, !isCancelled() {
            let toCount = pending.map(\.index).filter { entries[$0].status == .ready && entries[$0].facts == nil }
            let snapshot = toCount.map { entries[$0] }
            let counted = runInParallel(snapshot.count, workers: options.workers, isCancelled: isCancelled,
                                        batches: ReadingBatches(total: snapshot.count, interval: options.updateInterval) { batch, done, total in
                                            onUpdate(.counted(entries: batch, done: done, total: total))
                                        }) { i in
                EntryReader.countingFacts(snapshot[i])
            }
            for (i, index) in toCount.enumerated() {
                if let entry = counted[i] { entries[index] = entry }
            }
        }

        var failed = 0
        for entry in entries where entry.error != nil { failed += 1 }
        var cacheError: String?
        // Save only when something changed: a file read, or a cached file gone.
        if options.useCache, !isCancelled(), !pending.isEmpty || cache.entries.count != fromCache {
            for entry in entries { cache.store(entry) }
            cache.retain(keys: Set(entries.map(\.key)))
            do { try cache.save(to: cachePath) } catch { cacheError = error.description }
        }
        onUpdate(.finished(LibraryLoadSummary(files: entries.count, fromCache: fromCache, read: pending.count,
                                              failed: failed, cacheError: cacheError)))
        return entries
    }

    /// Opens the library on a background thread; the stream ends after `finished`.
    /// Dropping the stream stops the reading.
    public static func updates(_ roots: [String], options: LibraryOptions = LibraryOptions()) -> AsyncStream<LibraryUpdate> {
        AsyncStream(bufferingPolicy: .unbounded) { continuation in
            let cancelled = Locked(false)
            continuation.onTermination = { _ in cancelled.withLock { $0 = true } }
            let thread = Thread {
                load(roots, options: options, isCancelled: { cancelled.current }) { update in
                    continuation.yield(update)
                }
                continuation.finish()
            }
            thread.name = "leggio library loader"
            thread.start()
        }
    }

    /// Opens the library and returns every entry once all are read (for `leggio list`), each
    /// file parsed once, its facts counted in the same pass.
    public static func loadAll(_ roots: [String], options: LibraryOptions = LibraryOptions()) -> (entries: [LibraryEntry], problems: [ScanProblem]) {
        let problems = Locked<[ScanProblem]>([])
        var once = options
        once.listFirst = false
        let entries = load(roots, options: once) { update in
            if case .listed(_, let found) = update { problems.withLock { $0 = found } }
        }
        return (entries, problems.current)
    }

    /// Runs `work` for indices `0..<count` on `workers` threads, reporting each result to
    /// `batches`; returns the results by index (nil where cancelled before it ran).
    private static func runInParallel(
        _ count: Int, workers: Int, isCancelled: @escaping @Sendable () -> Bool, batches: ReadingBatches,
        _ work: @escaping @Sendable (Int) -> LibraryEntry
    ) -> [LibraryEntry?] {
        guard count > 0 else { return [] }
        let next = Locked(0)
        let results = Locked([LibraryEntry?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(workers, count))) { _ in
            while !isCancelled() {
                let i = next.withLock { n in
                    n += 1
                    return n - 1
                }
                guard i < count else { break }
                let entry = work(i)
                results.withLock { $0[i] = entry }
                batches.add(entry)
            }
        }
        batches.flush()
        return results.current
    }

    /// True when the start of a file is text, not binary data.
    static func looksLikeText(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return !TextDecoder.isBinary([UInt8](head))
    }
}

// MARK: Shared state of the reading threads

/// Collects read entries and hands them out in batches, no more often than the interval.
private final class ReadingBatches: Sendable {
    private struct Pending {
        var batch: [LibraryEntry] = []
        var done = 0
        var last = DispatchTime.now().uptimeNanoseconds
    }

    private let pending = Locked(Pending())
    private let total: Int
    private let interval: UInt64
    private let emitBatch: @Sendable ([LibraryEntry], Int, Int) -> Void

    init(total: Int, interval: Int, emit: @escaping @Sendable ([LibraryEntry], Int, Int) -> Void) {
        self.total = total
        self.interval = UInt64(interval) * 1_000_000
        self.emitBatch = emit
    }

    func add(_ entry: LibraryEntry) {
        pending.withLock { p in
            p.batch.append(entry)
            p.done += 1
            let now = DispatchTime.now().uptimeNanoseconds
            if now - p.last >= interval {
                p.last = now
                emit(&p)
            }
        }
    }

    func flush() {
        pending.withLock { p in
            if !p.batch.isEmpty { emit(&p) }
        }
    }

    /// Called with the lock held, so updates never overlap.
    private func emit(_ p: inout Pending) {
        emitBatch(p.batch, p.done, total)
        p.batch.removeAll(keepingCapacity: true)
    }
}
