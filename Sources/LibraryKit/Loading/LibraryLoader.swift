import ArticleKit
import Dispatch
import Foundation

/// Opens folders as a library without blocking: lists every file at once (complete entries
/// from the metadata cache, pending ones for the rest), then reads the pending files on
/// several threads and reports them in batches, then saves the cache.
///
/// `load(_:options:onUpdate:)` runs on the calling thread until done; `updates(_:options:)`
/// runs it on a background thread and hands the updates out as an `AsyncStream`, which a
/// terminal UI can fold into its state as they arrive.
public enum LibraryLoader {
    /// Opens the library, calling `onUpdate` (from the calling thread or the reading threads,
    /// one call at a time) with `listed`, then `read` batches, then `finished`.
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
            let remembered = cache.entries.values.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
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

        let shared = ReadingBatches(total: pending.count, interval: options.updateInterval, onUpdate: onUpdate)
        if !pending.isEmpty {
            let workers = Swift.max(1, Swift.min(options.workers, pending.count))
            let next = Counter()
            let countFacts = options.countFacts
            let files = pending.map(\.file)
            let results = ResultSlots(count: files.count)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while !isCancelled() {
                    let i = next.increment()
                    guard i < files.count else { break }
                    let entry = EntryReader.read(files[i], countFacts: countFacts)
                    results.set(i, entry)
                    shared.add(entry)
                }
            }
            shared.flush()
            for (i, slot) in pending.enumerated() {
                if let entry = results.get(i) { entries[slot.index] = entry }
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
            let cancelled = Flag()
            continuation.onTermination = { _ in cancelled.set() }
            let thread = Thread {
                load(roots, options: options, isCancelled: { cancelled.isSet }) { update in
                    continuation.yield(update)
                }
                continuation.finish()
            }
            thread.name = "leggio library loader"
            thread.start()
        }
    }

    /// Opens the library and returns every entry once all are read (for `leggio list`).
    public static func loadAll(_ roots: [String], options: LibraryOptions = LibraryOptions()) -> (entries: [LibraryEntry], problems: [ScanProblem]) {
        let problems = ProblemBox()
        let entries = load(roots, options: options) { update in
            if case .listed(_, let found) = update { problems.set(found) }
        }
        return (entries, problems.value)
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
private final class ReadingBatches: @unchecked Sendable {
    private let lock = NSLock()
    private var batch: [LibraryEntry] = []
    private var done = 0
    private let total: Int
    private let interval: UInt64
    private var last = DispatchTime.now().uptimeNanoseconds
    private let onUpdate: @Sendable (LibraryUpdate) -> Void

    init(total: Int, interval: Int, onUpdate: @escaping @Sendable (LibraryUpdate) -> Void) {
        self.total = total
        self.interval = UInt64(interval) * 1_000_000
        self.onUpdate = onUpdate
    }

    func add(_ entry: LibraryEntry) {
        lock.lock()
        defer { lock.unlock() }
        batch.append(entry)
        done += 1
        let now = DispatchTime.now().uptimeNanoseconds
        if now - last >= interval {
            last = now
            emit()
        }
    }

    func flush() {
        lock.lock()
        defer { lock.unlock() }
        if !batch.isEmpty { emit() }
    }

    /// Called with the lock held, so updates never overlap.
    private func emit() {
        onUpdate(.read(entries: batch, done: done, total: total))
        batch.removeAll(keepingCapacity: true)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [LibraryEntry?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ entry: LibraryEntry) {
        lock.lock()
        slots[i] = entry
        lock.unlock()
    }
    func get(_ i: Int) -> LibraryEntry? {
        lock.lock()
        defer { lock.unlock() }
        return slots[i]
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

private final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [ScanProblem] = []
    func set(_ p: [ScanProblem]) {
        lock.lock()
        problems = p
        lock.unlock()
    }
    var value: [ScanProblem] {
        lock.lock()
        defer { lock.unlock() }
        return problems
    }
}
