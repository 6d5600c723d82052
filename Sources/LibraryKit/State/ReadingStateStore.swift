import Foundation

/// Reading positions and bookmarks, per article (by canonical path), kept in
/// `reading-state.json` under `StateDirectory.state`. Every change is written atomically
/// (temporary file, fsync, rename), so a crash or kill never leaves a torn file. The file
/// carries a schema version: a damaged file is moved aside (`…damaged-<time>`) and one from
/// a newer Leggio is left untouched; either way the store starts usable and says so in
/// `notices`, never crashing. Two Leggios open at once do not undo each other: each change
/// rereads the file and replaces only the article it is about.
///
/// Articles are keyed by canonical path (`LibraryEntry.key`, or `LibraryScanner.canonicalPath`
/// for a file opened on its own).
public final class ReadingStateStore: Sendable {
    /// The schema this version of Leggio writes.
    public static let schemaVersion = 1
    public static let fileName = "reading-state.json"

    /// The file the store reads and writes.
    public let path: String
    /// What the store holds, changed under its lock.
    private struct Contents: Sendable {
        var articles: [String: ArticleReadingState] = [:]
        /// False when the file on disk belongs to a newer Leggio and must not be overwritten.
        var writable = true
        var notices: [String] = []
    }

    private let contents: Locked<Contents>

    /// Messages for the user about the state file (moved aside, read-only), oldest first.
    public var notices: [String] {
        contents.withLock { $0.notices }
    }

    /// Opens the store in `folder` (default `$XDG_STATE_HOME/leggio`).
    public init(folder: String = StateDirectory.state) {
        path = folder + "/" + Self.fileName
        // Left by a writer killed between writing and renaming: never read, only in the way.
        AtomicFile.removeStale(for: path)
        var loaded = Contents()
        Self.load(path, into: &loaded)
        contents = Locked(loaded)
    }

    private static func load(_ path: String, into c: inout Contents) {
        let bytes: [UInt8]?
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            c.writable = false
            c.notices.append("\(error.description); reading positions will not be saved this time")
            return
        }
        guard let bytes, !bytes.isEmpty else { return }
        struct Version: Decodable { var schema: Int }
        let data = Data(bytes)
        guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
            moveAside(path, "is damaged", &c)
            return
        }
        if version.schema > Self.schemaVersion {
            c.writable = false
            c.notices.append("\(path) was written by a newer Leggio (schema \(version.schema)); reading positions are kept but not saved")
        }
        guard let file = try? JSONDecoder().decode(ReadingStateFile.self, from: data) else {
            if c.writable { moveAside(path, "is damaged", &c) }
            return
        }
        c.articles = file.articles
    }

    private static func moveAside(_ path: String, _ why: String, _ c: inout Contents) {
        let stamp = Int(Date().timeIntervalSince1970)
        let aside = "\(path).damaged-\(stamp)"
        if rename(path, aside) == 0 {
            c.notices.append("\(path) \(why); moved aside to \(aside) and starting afresh")
        } else {
            c.writable = false
            c.notices.append("\(path) \(why) and could not be moved aside; reading positions will not be saved")
        }
    }

    // MARK: Reading

    public func state(for key: String) -> ArticleReadingState {
        contents.withLock { $0.articles[key] ?? ArticleReadingState() }
    }

    /// The saved position in an article, if any.
    public func position(for key: String) -> ReadingPosition? { state(for: key).position }

    /// The article's bookmarks, in the order they were made.
    public func bookmarks(for key: String) -> [Bookmark] { state(for: key).bookmarks }

    /// The article whose reading position was saved last (the one last read), if any.
    public var lastRead: String? {
        contents.withLock { c in
            c.articles.compactMap { key, state in state.position.map { (key, $0.savedAt) } }
                .max { ($0.1, $1.0) < ($1.1, $0.0) }?.0
        }
    }

    /// Every bookmark of every article, by article key.
    public func allBookmarks() -> [(key: String, bookmark: Bookmark)] {
        contents.withLock { c in
            c.articles.keys.sorted().flatMap { key in c.articles[key]!.bookmarks.map { (key, $0) } }
        }
    }

    // MARK: Changing (each change is saved at once)

    public func setPosition(_ position: ReadingPosition, for key: String) throws(LibraryError) {
        try change(key) { $0.position = position }
    }

    public func addBookmark(_ bookmark: Bookmark, for key: String) throws(LibraryError) {
        try change(key) { state in
            if !state.bookmarks.contains(where: { $0.offset == bookmark.offset }) { state.bookmarks.append(bookmark) }
        }
    }

    public func removeBookmark(at offset: Int, for key: String) throws(LibraryError) {
        try change(key) { $0.bookmarks.removeAll { $0.offset == offset } }
    }

    private func change(_ key: String, _ body: (inout ArticleReadingState) -> Void) throws(LibraryError) {
        try contents.withLock { (c: inout Contents) throws(LibraryError) in
            // Another Leggio may have saved other articles since: start from the file as it is
            // now, so only this article's state is replaced.
            if c.writable, let bytes = try? AtomicFile.read(path),
               let onDisk = try? JSONDecoder().decode(ReadingStateFile.self, from: Data(bytes)),
               onDisk.schema == Self.schemaVersion {
                c.articles = onDisk.articles
            }
            var state = c.articles[key] ?? ArticleReadingState()
            body(&state)
            c.articles[key] = state.position == nil && state.bookmarks.isEmpty ? nil : state
            guard c.writable else { return }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            let data: Data
            do {
                data = try encoder.encode(ReadingStateFile(schema: Self.schemaVersion, articles: c.articles))
            } catch {
                throw .writeFailed(path: path, reason: "\(error)")
            }
            try AtomicFile.write([UInt8](data), to: path)
        }
    }
}
