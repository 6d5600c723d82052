import ArticleKit
import Foundation
import GRDB

/// The library's full-text index: SQLite FTS5 (unicode61, diacritics removed) over every
/// section of every article, plus the facts named in each section. A cache: it is rebuilt
/// when damaged, and deleting it loses nothing. Safe to share between processes (WAL).
public final class LibraryIndex: Sendable {
    /// Bumped whenever the tables change, or what the parser makes of a file does (7: HTML
    /// listings read as one section per post, HTML text outside the article dropped), so an
    /// index of another version is rebuilt.
    public static let schemaVersion = 7

    public let path: String
    /// The database, replaced when a damaged file is moved aside and built again.
    let store: IndexStore

    /// The database as it stands (the same one until a heal replaces it).
    var pool: any DatabaseWriter { store.writer }

    /// Set when the index had to be rebuilt (on opening or after a damaged read or write),
    /// or when it lives in memory, with the reason, for a notice.
    public var notice: String? { store.notice }

    /// True when the index was found damaged and started again from nothing: it must be
    /// brought up to date before a search can find anything.
    public var wasRebuilt: Bool { store.rebuilt }

    /// `$XDG_CACHE_HOME/leggio/index.sqlite`, default `~/.cache/leggio/index.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return base + "/leggio/index.sqlite"
    }

    /// Opens (or creates) the index at `path`; a damaged or outdated one is moved aside and
    /// rebuilt. A folder or file that cannot be written throws `cannotCreate` or `cannotWrite`.
    public init(path: String = LibraryIndex.defaultPath()) throws(LibraryIndexError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: folder, reason: IndexFault.reason(error))
        }
        do {
            store = IndexStore(try Self.open(path))
        } catch {
            // A file that cannot be written is left alone; anything else is started again.
            if case .cannotWrite = IndexFault(error, path: path) { throw IndexFault(error, path: path).error(path: path, error) }
            // Damaged, not a database, or an old schema: start again from nothing.
            let aside = Self.moveAside(path, keep: !(error is OutdatedIndex))
            do {
                store = IndexStore(try Self.open(path))
            } catch {
                throw IndexFault(error, path: path).error(path: path, error)
            }
            store.notice = error is OutdatedIndex
                ? "the search index was made by another version of leggio and is built again"
                : Self.damagedNotice(aside)
            store.rebuilt = true
        }
    }

    /// An index in memory, for a search that cannot write its file (a full disk, a read-only
    /// cache): built from the files each time, lost at exit. `reason` becomes its notice.
    public init(inMemoryBecause reason: String) throws(LibraryIndexError) {
        path = ":memory:"
        do {
            let queue = try DatabaseQueue(configuration: Self.configuration())
            try queue.write { db in try Self.createTables(db) }
            store = IndexStore(queue)
        } catch {
            throw .database(IndexFault.reason(error))
        }
        store.notice = reason
    }

    /// Number of articles indexed.
    public func documentCount() throws(LibraryIndexError) -> Int {
        try healing { pool in try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") ?? 0 } }
    }
}
