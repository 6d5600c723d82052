/// Where the reader left an article: a byte offset into its decoded text (stable across
/// window sizes, unlike a screen row) and the 1-based line holding it.
public struct ReadingPosition: Codable, Hashable, Sendable {
    public var offset: Int
    public var line: Int
    /// Seconds since 1970 when it was saved.
    public var savedAt: Double

    public init(offset: Int, line: Int, savedAt: Double) {
        self.offset = offset
        self.line = line
        self.savedAt = savedAt
    }
}

/// A position the reader marked (`m`), with a label (usually the words there).
public struct Bookmark: Codable, Hashable, Sendable {
    public var offset: Int
    public var line: Int
    public var label: String
    /// Seconds since 1970 when it was made.
    public var createdAt: Double

    public init(offset: Int, line: Int, label: String, createdAt: Double) {
        self.offset = offset
        self.line = line
        self.label = label
        self.createdAt = createdAt
    }
}

/// Everything remembered about one article.
public struct ArticleReadingState: Codable, Hashable, Sendable {
    public var position: ReadingPosition?
    public var bookmarks: [Bookmark]

    public init(position: ReadingPosition? = nil, bookmarks: [Bookmark] = []) {
        self.position = position
        self.bookmarks = bookmarks
    }
}

/// The file's shape on disk: a schema version and the articles by canonical path.
struct ReadingStateFile: Codable {
    var schema: Int
    var articles: [String: ArticleReadingState]
}
