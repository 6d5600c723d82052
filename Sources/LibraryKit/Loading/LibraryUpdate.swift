/// What the library loader reports while it opens a folder, in this order: `cached` (only
/// when the cache knows the folder), one `listed`, any number of `read`, then (when facts are
/// counted) any number of `counted`, one `finished`.
public enum LibraryUpdate: Sendable {
    /// The list as the metadata cache remembers it, before the folder is scanned: shown at
    /// once on a second opening. The `listed` that follows replaces it (files added, changed
    /// or deleted since are noticed there).
    case cached(entries: [LibraryEntry])
    /// Every file found, at once: entries known from the cache are complete, the rest are
    /// `pending` (file name as title) until read. Problems are folders or links that could not
    /// be followed.
    case listed(entries: [LibraryEntry], problems: [ScanProblem])
    /// Entries read since the last update (each replaces the pending entry with the same
    /// `key`), and how many of the files that needed reading are done.
    case read(entries: [LibraryEntry], done: Int, total: Int)
    /// Entries whose facts were counted since the last update (the second pass, after every
    /// file was read, so titles, dates and lengths are all known first); each replaces the
    /// entry with the same `key`. A date taken from the text may come with it.
    case counted(entries: [LibraryEntry], done: Int, total: Int)
    /// All files read (or reading was cancelled), with the figures of this opening.
    case finished(LibraryLoadSummary)
}

/// Figures from one opening of a library.
public struct LibraryLoadSummary: Sendable, Hashable {
    /// Files listed.
    public var files: Int
    /// Entries taken from the cache without reading the file.
    public var fromCache: Int
    /// Files read (parsed) in this opening.
    public var read: Int
    /// Files that could not be read.
    public var failed: Int
    /// Why the cache could not be saved, if it could not.
    public var cacheError: String?

    public init(files: Int, fromCache: Int, read: Int, failed: Int, cacheError: String? = nil) {
        self.files = files
        self.fromCache = fromCache
        self.read = read
        self.failed = failed
        self.cacheError = cacheError
    }
}

/// How to open a library.
public struct LibraryOptions: Sendable {
    /// Enter hidden folders and list hidden files.
    public var includeHidden = false
    /// Count facts with `FactExtractor` for the facts column.
    public var countFacts = true
    /// Report every file read before counting facts, in a second pass that parses each file
    /// again, so that a list on screen is complete long before facts are. Off, each file is
    /// parsed once with its facts (for callers that want only the final list).
    public var listFirst = true
    /// Use and update the metadata cache.
    public var useCache = true
    /// The folder holding cache files; `StateDirectory.cache` by default.
    public var cacheFolder: String = StateDirectory.cache
    /// Threads reading files; the number of processors by default.
    public var workers: Int = LibraryOptions.processorCount
    /// Longest wait between two `read` updates, in milliseconds.
    public var updateInterval = 50

    public init() {}

    public static var processorCount: Int {
        #if canImport(Glibc)
        return Swift.max(1, Int(Glibc.sysconf(Int32(Glibc._SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif
