import Dispatch
import GRDB

/// Bringing the index up to date with a scan: what changed, in batches prepared ahead of the
/// one writer, each batch one transaction.
extension LibraryIndex {
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
}
