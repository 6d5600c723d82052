import ArticleKit
import Dispatch
import Foundation
import GRDB
import GRDBSQLite

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

    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(10)
        // Keep the WAL file, as it is, when the last connection closes: the next opening finds
        // it not empty, and GRDB need not write (and sync) a transaction to make one, in every
        // `leggio search`. (A size limit would truncate it to nothing.) It holds at most about
        // what the largest batch of a build wrote.
        config.prepareDatabase { db in
            var persist: Int32 = 1
            sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
            // Building the index writes and merges FTS5 segments: larger pages (for a new file)
            // and a cache of up to 32 MB (filled only as pages are read) mean fewer writes.
            try db.execute(sql: "PRAGMA page_size = 8192; PRAGMA cache_size = -32000")
        }
        return config
    }

    static func open(_ path: String) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration())
        // Reading the version needs no write lock (and no disk sync): the usual case.
        if try pool.read({ db in try checkedVersion(db) }) == 0 {
            try pool.write { db in
                guard try checkedVersion(db) == 0 else { return }  // made meanwhile by another process
                try createTables(db)
            }
        }
        // Touch the FTS tables so a damaged file fails here, not in the middle of a search.
        _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM section_text WHERE rowid = 0") }
        return pool
    }

    static func createTables(_ db: Database) throws {
        // FTS5 merges segments eight at a time, not four: less rewriting while building,
        // and queries measured as fast.
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS documents(
                id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,
                mtime INTEGER NOT NULL, hash INTEGER NOT NULL, title TEXT NOT NULL,
                format TEXT NOT NULL, language TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS sections(
                doc INTEGER NOT NULL, idx INTEGER NOT NULL, heading TEXT,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                firstLine INTEGER NOT NULL, lastLine INTEGER NOT NULL,
                PRIMARY KEY(doc, idx)) WITHOUT ROWID;
            CREATE VIRTUAL TABLE IF NOT EXISTS section_text USING fts5(
                title, heading, body, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE IF NOT EXISTS section_facts USING fts5(
                people, places, orgs, sources, tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO section_text(section_text, rank) VALUES('automerge', 8);
            INSERT INTO section_facts(section_facts, rank) VALUES('automerge', 8);
            PRAGMA user_version = \(schemaVersion);
            """)
    }

    /// The schema version of an index file: 0 when new, else `schemaVersion` (another throws).
    static func checkedVersion(_ db: Database) throws -> Int {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if version != 0 && version != schemaVersion { throw OutdatedIndex() }
        return version
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    // MARK: Updating

    /// Brings the index up to date with scanned `files` (kept by their canonical path, `key`):
    /// new and changed files are indexed (a file is read again only when its size or time
    /// changed, and indexed again only when its content hash changed), and indexed files under
    /// `roots` (canonical paths) that are no longer in `files` are removed.
    /// `progress` is called with (done, total) after each batch.
    @discardableResult
    public func update(files: [ScannedFile], roots: [String],
                       progress: (@Sendable (Int, Int) -> Void)? = nil) throws(LibraryIndexError) -> IndexUpdate {
        // A damaged file is moved aside and the whole update runs again on a new one.
        try healing { pool in try performUpdate(files: files, roots: roots, progress: progress, pool: pool) }
    }

    private func performUpdate(files: [ScannedFile], roots: [String],
                               progress: (@Sendable (Int, Int) -> Void)?, pool: any DatabaseWriter) throws -> IndexUpdate {
        var summary = IndexUpdate()
        // What the index holds (a whole-table scan costs less than an index search for the
        // usual roots, which hold most of it); what the scan did not find under the roots is gone.
        let known = try pool.read { db in
            var known: [PathKey: (size: Int, modified: Int64, hash: Int64)] = [:]
            known.reserveCapacity(files.count)
            let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash FROM documents")
            while let row = try rows.next() { known[PathKey(row[0])] = (row[1], row[2], row[3]) }
            return known
        }
        var stale: [ScannedFile] = []
        var found = 0
        for file in files {
            guard let k = known[PathKey(file.key)] else {
                stale.append(file)
                continue
            }
            found += 1
            if k.size == file.size, k.modified == file.modified { summary.unchanged += 1 } else { stale.append(file) }
        }
        var gone: [String] = []
        if found < known.count, !roots.isEmpty {
            let present = Set(files.map { PathKey($0.key) })
            gone = known.keys.filter { !present.contains($0) }.map(\.path).filter { path in roots.contains { Self.isInside(path, $0) } }
        }
        if !gone.isEmpty {
            try pool.write { db in
                for path in gone { try Self.delete(path: path, in: db) }
            }
            summary.removed = gone.count
        }

        // Batches are read and parsed on worker threads while an earlier batch is written,
        // each in one transaction: FTS5 writes a segment per transaction, so fewer and larger
        // ones mean less merging.
        // The first batch is small, so that the writer starts soon.
        var batches: [[ScannedFile]] = []
        var from = 0
        while from < stale.count {
            let end = min(from + (batches.isEmpty ? 256 : 1_024), stale.count)
            batches.append(Array(stale[from..<end]))
            from = end
        }
        var done = 0
        // One batch at a time on all cores, in order.
        let preparer = DispatchQueue(label: "leggio.index.prepare")
        func start(_ i: Int) -> Future<[Prepared]>? {
            guard i < batches.count else { return nil }
            var hashes: [String: Int64] = [:]
            for file in batches[i] { if let k = known[PathKey(file.key)] { hashes[file.key] = k.hash } }
            return Self.startPreparing(batches[i], knownHashes: hashes, on: preparer)
        }
        // Two batches ahead, so that the workers never wait for the writer to take one.
        var pending = (0..<2).compactMap(start)
        for (i, batch) in batches.enumerated() {
            let prepared = pending.removeFirst().value
            if let more = start(i + 2) { pending.append(more) }
            try pool.write { db in
                for item in prepared {
                    switch item {
                    case .failed(let path, let reason):
                        summary.failed[path] = reason
                        if try Self.delete(path: path, in: db) { summary.removed += 1 }
                    case .touched(let file):
                        try db.execute(sql: "UPDATE documents SET size = ?, mtime = ? WHERE path = ?",
                                       arguments: [file.size, file.modified, file.key])
                        summary.unchanged += 1
                    case .document(let doc):
                        let existed = try Self.delete(path: doc.file.key, in: db)
                        try Self.insert(doc, in: db)
                        if existed { summary.changed += 1 } else { summary.added += 1 }
                    }
                }
            }
            done += batch.count
            progress?(done, stale.count)
        }
        if !batches.isEmpty || !gone.isEmpty { try Self.shrinkLog(pool) }
        return summary
    }

    /// After an update that wrote, the write-ahead log is copied into the database and cut back
    /// (it grew to about the largest batch: 8 MB beside a 4.5 MB index after 600 files), then
    /// one small write leaves it not empty, as `configuration()` wants for the next opening.
    static func shrinkLog(_ pool: any DatabaseWriter) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            try db.execute(sql: "PRAGMA user_version = \(version)")
        }
    }

    enum Prepared: Sendable {
        case document(IndexedDocument)
        /// Same content, new size or time.
        case touched(ScannedFile)
        case failed(String, String)
    }

    /// Starts preparing a batch on `queue`; `wait()` gives the result.
    static func startPreparing(_ files: [ScannedFile], knownHashes: [String: Int64], on queue: DispatchQueue) -> Future<[Prepared]> {
        let pending = Future<[Prepared]>()
        queue.async {
            pending.fulfill(prepare(files, knownHashes: knownHashes))
        }
        return pending
    }

    /// Reads, parses and extracts facts for a batch on all cores, on threads of its own that
    /// give way to the writer (see `givingWayToTheWriter`) and end with the batch.
    static func prepare(_ files: [ScannedFile], knownHashes: [String: Int64]) -> [Prepared] {
        let results = Locked([Prepared?](repeating: nil, count: files.count))
        let next = Locked(0)
        let done = DispatchGroup()
        for _ in 0..<max(1, ProcessInfo.processInfo.activeProcessorCount) {
            done.enter()
            Thread {
                givingWayToTheWriter()
                while let i = next.withLock({ n -> Int? in
                    guard n < files.count else { return nil }
                    n += 1
                    return n - 1
                }) {
                    let file = files[i]
                    let item: Prepared
                    do {
                        let bytes = try FileReader.read(file.key)
                        let hash = IndexedDocument.contentHash(bytes)
                        if knownHashes[file.key] == hash {
                            item = .touched(file)
                        } else {
                            item = .document(try IndexedDocument(file: file, bytes: bytes, hash: hash))
                        }
                    } catch {
                        item = .failed(file.key, "\(error)")
                    }
                    results.withLock { $0[i] = item }
                }
                done.leave()
            }.start()
        }
        done.wait()
        return results.current.compactMap { $0 }
    }

    /// Lowers the calling thread's priority (its nice value, per thread on Linux): the thread
    /// that writes the index is a build's critical path (it waited for a core while two
    /// workers ran), and giving it way took a cold build of 10,000 articles from about 2.0 to
    /// 1.9 s. Only `prepare`'s own threads call it: a raised nice value cannot be taken back.
    static func givingWayToTheWriter() {
        #if os(Linux)
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 5)
        #endif
    }

    @discardableResult
    static func delete(path: String, in db: Database) throws -> Bool {
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE path = ?"), arguments: [path]) else {
            return false
        }
        let rows = SectionRowID.rows(of: id...id)
        try db.execute(sql: "DELETE FROM section_text WHERE rowid BETWEEN ? AND ?", arguments: [rows.lowerBound, rows.upperBound])
        try db.execute(sql: "DELETE FROM section_facts WHERE rowid BETWEEN ? AND ?", arguments: [rows.lowerBound, rows.upperBound])
        try db.execute(sql: "DELETE FROM sections WHERE doc = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
        return true
    }

    static func insert(_ doc: IndexedDocument, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO documents(path, size, mtime, hash, title, format, language) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [doc.file.key, doc.file.size, doc.file.modified, doc.hash, doc.title, doc.format, doc.language])
        let id = db.lastInsertedRowID
        let sectionInsert = try db.cachedStatement(sql: """
            INSERT INTO sections(doc, idx, heading, start, "end", firstLine, lastLine) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let textInsert = try db.cachedStatement(sql: "INSERT INTO section_text(rowid, title, heading, body) VALUES (?, ?, ?, ?)")
        let factsInsert = try db.cachedStatement(sql: "INSERT INTO section_facts(rowid, people, places, orgs, sources) VALUES (?, ?, ?, ?, ?)")
        for row in doc.sections {
            let rowid = SectionRowID.make(document: id, section: row.index)
            try sectionInsert.execute(arguments: [id, row.index, row.heading, row.span.start, row.span.end,
                                                  row.span.firstLine, row.span.lastLine])
            try textInsert.execute(arguments: [rowid, row.title, row.heading ?? "", row.body])
            if !(row.people.isEmpty && row.places.isEmpty && row.orgs.isEmpty && row.sources.isEmpty) {
                try factsInsert.execute(arguments: [rowid, row.people, row.places, row.orgs, row.sources])
            }
        }
    }

    /// True when `path` is `root` or inside it.
    static func isInside(_ path: String, _ root: String) -> Bool {
        if path == root { return true }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix)
    }

    /// An SQL condition on `documents.path` that holds for the roots and everything inside
    /// them: a root is its own path, and the paths inside `root/` sort between "root/" and
    /// "root0" ("0" follows "/").
    static func pathsUnder(_ roots: [String]) -> (condition: String, arguments: [DatabaseValue]) {
        var each: [String] = []
        var arguments: [DatabaseValue] = []
        for range in roots.flatMap(pathRanges) {
            each.append(range.isPoint ? "path = ?" : "(path >= ? AND path < ?)")
            arguments += range.isPoint ? [range.low.databaseValue] : [range.low.databaseValue, range.high.databaseValue]
        }
        return ("(" + each.joined(separator: " OR ") + ")", arguments)
    }

    /// The paths a root covers, as ranges in the byte order SQLite compares text in: the root
    /// itself, and [root/, root0).
    struct PathRange {
        var low: String
        /// Exclusive, except for a point (`low == high`).
        var high: String
        var isPoint: Bool { low == high }
    }

    static func pathRanges(_ root: String) -> [PathRange] {
        let inside = root.hasSuffix("/") ? root : root + "/"
        let end = String(inside.dropLast()) + "0"
        return inside == root ? [PathRange(low: inside, high: end)] : [PathRange(low: root, high: root), PathRange(low: inside, high: end)]
    }

    /// True when the index holds an article outside `roots`. Answered from the path index by
    /// looking into each gap between the roots' ranges, so it costs a few seeks, however
    /// large the library (counting the paths inside took 8 ms at 10,000 articles).
    static func hasPaths(outside roots: [String], in db: Database) throws -> Bool {
        func below(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
        /// Whether some path lies after `bound` (past it when `inclusive`) and before `limit`.
        func anyPath(after bound: (String, inclusive: Bool)?, before limit: String?) throws -> Bool {
            var conditions: [String] = []
            var arguments: [DatabaseValue] = []
            if let bound {
                conditions.append(bound.inclusive ? "path > ?" : "path >= ?")
                arguments.append(bound.0.databaseValue)
            }
            if let limit {
                conditions.append("path < ?")
                arguments.append(limit.databaseValue)
            }
            let sql = "SELECT EXISTS(SELECT 1 FROM documents WHERE " + (conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")) + ")"
            return try Bool.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) == true
        }
        // Every path up to `covered` (and including it when `inclusive`) is inside a range.
        var covered: (String, inclusive: Bool)?
        for range in roots.flatMap(pathRanges).sorted(by: { below($0.low, $1.low) }) {
            if try anyPath(after: covered, before: range.low) { return true }
            if let c = covered, below(range.high, c.0) { continue }
            if let c = covered, range.high.utf8.elementsEqual(c.0.utf8) {
                covered = (c.0, c.inclusive || range.isPoint)
            } else {
                covered = (range.high, range.isPoint)
            }
        }
        return try anyPath(after: covered, before: nil)
    }

    /// Number of articles indexed.
    public func documentCount() throws(LibraryIndexError) -> Int {
        try healing { pool in try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") ?? 0 } }
    }
}

/// An index file of another schema version.
struct OutdatedIndex: Error {}

/// A path compared as bytes, as the file system and SQLite compare it (a `String` compares
/// canonically equivalent forms as equal: `café` composed and decomposed are two files).
struct PathKey: Hashable {
    let path: String

    init(_ path: String) { self.path = path }

    static func == (a: PathKey, b: PathKey) -> Bool { a.path.utf8.elementsEqual(b.path.utf8) }

    func hash(into hasher: inout Hasher) {
        var copy = path
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
