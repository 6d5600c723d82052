import Foundation
import GRDB
import GRDBSQLite

/// Opening the index file: the connection's settings, the tables, and the schema version
/// that decides whether a file is used or built again.
extension LibraryIndex {
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
}

/// An index file of another schema version.
struct OutdatedIndex: Error {}
