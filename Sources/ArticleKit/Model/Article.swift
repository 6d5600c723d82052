/// A parsed article: its structure, where every piece came from, and the whole decoded text
/// (what the source panel shows).
public struct Article: Sendable {
    /// The file it was read from, as given; nil for text parsed from memory.
    public var path: String?
    public var format: DocumentFormat
    public var encoding: TextEncoding
    public var language: Language
    public var title: Block?
    public var lede: Block?
    public var sections: [Section]
    public var dropped: [DroppedBlock]
    /// Metadata found in the document (front matter, meta tags), when present.
    public var author: String?
    public var date: String?
    /// The decoded text, kept whole; every span points into its UTF-8.
    public var source: SourceText
    /// Words in the kept text (title, lede, headings, blocks).
    public var words: Int

    public init(
        path: String?, format: DocumentFormat, encoding: TextEncoding, language: Language,
        title: Block?, lede: Block?, sections: [Section], dropped: [DroppedBlock],
        author: String? = nil, date: String? = nil, source: SourceText, words: Int
    ) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.language = language
        self.title = title
        self.lede = lede
        self.sections = sections
        self.dropped = dropped
        self.author = author
        self.date = date
        self.source = source
        self.words = words
    }

    /// Minutes to read at 230 words a minute, rounded up; 0 for an empty article.
    public var readingMinutes: Int { ReadingTime.minutes(words: words) }

    /// The index of the section holding a byte offset, or nil when it falls outside all sections
    /// (title, lede and dropped text before the first section).
    public func sectionIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sections.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sections[mid].span
            if offset < span.start { high = mid - 1 } else if offset >= span.end { low = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// Reading time from a word count.
public enum ReadingTime {
    /// Words a minute for an ordinary adult reader of prose.
    public static let wordsPerMinute = 230

    public static func minutes(words: Int) -> Int {
        words <= 0 ? 0 : (words + wordsPerMinute - 1) / wordsPerMinute
    }
}
