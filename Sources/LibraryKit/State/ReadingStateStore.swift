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
public final class ReadingStateStore: @unchecked Sendable {
    /// The schema this version of Leggio writes.
    public static let schemaVersion = 1
    public static let fileName = "reading-state.json"

    /// The file the store reads and writes.
    public let path: String
    private let lock = NSLock()
    private var articles: [String: ArticleReadingState] = [:]
    /// False when the file on disk belongs to a newer Leggio and must not be overwritten.
    private var writable = true
    private var _notices: [String] = []

    /// Messages for the user about the state file (moved aside, read-only), oldest first.
    public var notices: [String] {
        lock.lock()
        defer { lock.unlock() }
        return _notices
    }

    /// Opens the store in `folder` (default `$XDG_STATE_HOME/leggio`).
    public init(folder: String = StateDirectory.state) {
        path = folder + "/" + Self.fileName
        load()
    }

    private func load() {
        let bytes: [UInt8]?
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            writable = false
            _notices.append("\(error.description); reading positions will not be saved this time")
            return
        }
        guard let bytes, !bytes.isEmpty else { return }
        struct Version: Decodable { var schema: Int }
        let data = Data(bytes)
        guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
            moveAside("is damaged")
            return
        }
        if version.schema > Self.schemaVersion {
            writable = false
            _notices.append("\(path) was written by a newer Leggio (schema \(version.schema)); reading positions are kept but not saved")
        }
        guard let file = try? JSONDecoder().decode(ReadingStateFile.self, from: data) else {
            if writable { moveAside("is damaged") }
            return
        }
        articles = file.articles
    }

    private func moveAside(_ why: String) {
        let stamp = Int(Date().timeIntervalSince1970)
        let aside = "\(path).damaged-\(stamp)"
        if rename(path, aside) == 0 {
            _notices.append("\(path) \(why); moved aside to \(aside) and starting afresh")
        } else {
            writable = false
            _notices.append("\(path) \(why) and could not be moved aside; reading positions will not be saved")
        }
    }

    // MARK: Reading

    public func state(for key: String) -> ArticleReadingState {
        lock.lock()
        defer { lock.unlock() }
        return articles[key] ?? ArticleReadingState()
    }

    /// The saved position in an article, if any.
    public func position(for key: String) -> ReadingPosition? { state(for: key).position }

    /// The article's bookmarks, in the order they were made.
    public func bookmarks(for key: String) -> [Bookmark] { state(for: key).bookmarks }

    /// Every bookmark of every article, by article key.
    public func allBookmarks() -> [(key: String, bookmark: Bookmark)] {
        lock.lock()
        defer { lock.unlock() }
        return articles.keys.sorted().flatMap { key in articles[key]!.bookmarks.map { (key, $0) } }
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
        lock.lock()
        defer { lock.unlock() }
        // Another Leggio may have saved other articles since: start from the file as it is now,
        // so only this article's state is replaced.
        if writable, let bytes = try? AtomicFile.read(path),
           let onDisk = try? JSONDecoder().decode(ReadingStateFile.self, from: Data(bytes)),
           onDisk.schema == Self.schemaVersion {
            articles = onDisk.articles
        }
        var state = articles[key] ?? ArticleReadingState()
        body(&state)
        articles[key] = state.position == nil && state.bookmarks.isEmpty ? nil : state
        guard writable else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data: Data
        do {
            data = try encoder.encode(ReadingStateFile(schema: Self.schemaVersion, articles: articles))
        } catch {
            throw .writeFailed(path: path, reason: "\(error)")
        }
        try AtomicFile.write([UInt8](data), to: path)
    }
}
