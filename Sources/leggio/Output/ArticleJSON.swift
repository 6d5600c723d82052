import ArticleKit

/// The JSON shape of `leggio dump --json`, documented in the README.
struct ArticleJSON: Encodable {
    struct Span: Encodable {
        var start, end, firstLine, lastLine: Int
        init(_ s: SourceSpan) { (start, end, firstLine, lastLine) = (s.start, s.end, s.firstLine, s.lastLine) }
    }
    struct BlockJSON: Encodable {
        var kind: String
        var text: String
        var span: Span
        var level: Int?
        var marker: String?
        /// A table's rows: each with its header flag and cells (text and span).
        var rows: [RowJSON]?
        init(_ b: Block) {
            kind = b.kind.rawValue
            text = b.text
            span = Span(b.span)
            level = b.kind == .list || b.kind == .quote || b.kind == .heading || b.kind == .subheading ? b.level : nil
            marker = b.marker
            rows = b.table?.rows.map { row in
                RowJSON(header: row.isHeader, cells: row.cells.map { CellJSON(text: $0.text, span: Span($0.span)) })
            }
        }
    }
    struct RowJSON: Encodable {
        var header: Bool
        var cells: [CellJSON]
    }
    struct CellJSON: Encodable {
        var text: String
        var span: Span
    }
    struct SectionJSON: Encodable {
        var heading: String?
        var level: Int
        var span: Span
        var headingSpan: Span?
        var date: String?
        var blocks: [BlockJSON]
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(heading, forKey: .heading)  // null when untitled, as documented
            try c.encode(level, forKey: .level)
            try c.encode(span, forKey: .span)
            try c.encodeIfPresent(headingSpan, forKey: .headingSpan)
            try c.encodeIfPresent(date, forKey: .date)
            try c.encode(blocks, forKey: .blocks)
        }
        enum CodingKeys: String, CodingKey { case heading, level, span, headingSpan, date, blocks }
    }
    struct DroppedJSON: Encodable {
        var reason: String
        var text: String
        var span: Span
    }

    var path: String?
    var format: String
    var encoding: String
    var language: String
    var title: String?
    var titleSpan: Span?
    var lede: String?
    var ledeSpan: Span?
    var author: String?
    var date: String?
    var words: Int
    var readingMinutes: Int
    var lines: Int
    var sections: [SectionJSON]
    var dropped: [DroppedJSON]

    init(_ a: Article) {
        path = a.path
        format = a.format.rawValue
        encoding = a.encoding.rawValue
        language = a.language.rawValue
        title = a.title?.text
        titleSpan = a.title.map { Span($0.span) }
        lede = a.lede?.text
        ledeSpan = a.lede.map { Span($0.span) }
        author = a.author
        date = a.date
        words = a.words
        readingMinutes = a.readingMinutes
        lines = a.source.lineCount
        sections = a.sections.map {
            SectionJSON(heading: $0.title, level: $0.level, span: Span($0.span),
                        headingSpan: $0.heading.map { Span($0.span) }, date: $0.date, blocks: $0.blocks.map(BlockJSON.init))
        }
        dropped = a.dropped.map { DroppedJSON(reason: $0.reason.rawValue, text: $0.text, span: Span($0.span)) }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(format, forKey: .format)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(language, forKey: .language)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(titleSpan, forKey: .titleSpan)
        try c.encode(lede, forKey: .lede)
        try c.encodeIfPresent(ledeSpan, forKey: .ledeSpan)
        try c.encodeIfPresent(author, forKey: .author)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encode(words, forKey: .words)
        try c.encode(readingMinutes, forKey: .readingMinutes)
        try c.encode(lines, forKey: .lines)
        try c.encode(sections, forKey: .sections)
        try c.encode(dropped, forKey: .dropped)
    }
    enum CodingKeys: String, CodingKey {
        case path, format, encoding, language, title, titleSpan, lede, ledeSpan, author, date
        case words, readingMinutes, lines, sections, dropped
    }
}
