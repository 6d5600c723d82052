import ArticleKit

/// One article of the library as the list shows it: title, date, language, length and the
/// number of facts, with the file it came from. Entries start `pending` (only the file is
/// known) and become `ready` once read, or `failed` with the reason.
public struct LibraryEntry: Hashable, Sendable {
    /// Where the entry is in its life.
    public enum Status: Hashable, Sendable {
        /// Listed but not read yet: the title is the file name.
        case pending
        case ready
        /// The file could not be read; the message says why, in one line.
        case failed(String)
    }

    /// Where the date came from: a date the document states is the article's; a file's
    /// modification day only looks like one, so the list marks it (`~`, dimmed) and sorts it
    /// after every stated date.
    public enum DateSource: String, Hashable, Sendable {
        /// Stated by the document: front matter, meta tags, `<time>`, JSON-LD, the title, a
        /// byline or date line, or the first full date in the text.
        case stated
        /// The file's modification time, when the text states none.
        case file
    }

    /// The path as shown to the user (the root as given, then the path below it).
    public var path: String
    /// Canonical absolute path: the key for the cache and for reading positions.
    public var key: String
    public var format: DocumentFormat
    public var status: Status
    /// The article's title, or the file name while pending or when the text has none.
    public var title: String
    /// `YYYY-MM-DD` when it could be read as a date, else the text as written.
    public var date: String?
    public var dateSource: DateSource
    public var author: String?
    public var language: Language
    public var words: Int
    /// Facts found by `FactExtractor`; nil until read.
    public var facts: Int?
    public var size: Int
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    public var readingMinutes: Int { ReadingTime.minutes(words: words) }

    public var isPending: Bool { status == .pending }

    /// The message when the file could not be read.
    public var error: String? {
        if case .failed(let message) = status { return message }
        return nil
    }

    /// The file name: the last component of the path.
    public var fileName: String { Self.lastComponent(path) }

    static func lastComponent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        let name = path[path.utf8.index(after: slash)...]
        return name.isEmpty ? path : String(name)
    }

    /// A pending entry for a scanned file.
    public init(pending file: ScannedFile) {
        path = file.path
        key = file.key
        format = file.format ?? .text
        status = .pending
        title = Self.lastComponent(file.path)
        date = EntryDate.day(fromNanoseconds: file.modified)
        dateSource = .file
        author = nil
        language = .unknown
        words = 0
        facts = nil
        size = file.size
        modified = file.modified
    }

    public init(path: String, key: String, format: DocumentFormat, status: Status, title: String, date: String?,
                dateSource: DateSource, author: String?, language: Language, words: Int, facts: Int?,
                size: Int, modified: Int64) {
        self.path = path
        self.key = key
        self.format = format
        self.status = status
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.author = author
        self.language = language
        self.words = words
        self.facts = facts
        self.size = size
        self.modified = modified
    }
}

extension LibraryEntry: Identifiable {
    /// The canonical path: stable while the entry goes from pending to read.
    public var id: String { key }
}
