/// One piece of an article as the reader shows it: a title, a paragraph, a list item…
/// Every block knows its exact place in the original text.
public struct Block: Hashable, Sendable {
    /// What kind of block this is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case title
        case lede
        case heading
        /// A heading inside a section that opens none: the headings of a listing post's
        /// excerpt, which are the excerpt's text rather than the page's outline.
        case subheading
        case paragraph
        /// One item of a list; `marker` holds its bullet or number.
        case list
        case quote
        case code
        /// A data table; `table` holds its rows and cells, `text` its cells joined.
        case table
    }

    public var kind: Kind
    /// The text as the reader shows it: hard-wrapped lines joined, list markers and
    /// quote markers removed, whitespace collapsed.
    public var text: String
    /// Where the block came from in the decoded text.
    public var span: SourceSpan
    /// Heading level (1 is the top) for headings; nesting depth (0 is the top) for list items
    /// and quotes.
    public var level: Int
    /// The list marker as written (`-`, `*`, `•`, `1.`) for list items.
    public var marker: String?
    /// The rows and cells of a `.table` block; nil for every other kind.
    public var table: Table?
    /// Where each part of `text` came from in the source (see `TextMap`).
    public var map: TextMap

    /// A block; without a `map` the whole text stands for the whole span.
    public init(kind: Kind, text: String, span: SourceSpan, level: Int = 0, marker: String? = nil, map: TextMap? = nil) {
        self.kind = kind
        self.text = text
        self.span = span
        self.level = level
        self.marker = marker
        self.map = map ?? .whole(textLength: text.utf8.count, source: span.start..<span.end)
    }

    /// A `.table` block: its text is the cells joined (see `Table.text`), its map the cells'
    /// maps joined (see `Table.map`).
    public init(table: Table, span: SourceSpan) {
        self.init(kind: .table, text: table.text, span: span, map: table.map)
        self.table = table
    }

    /// The source bytes behind `range` of `text`, as a span with its lines.
    public func span(ofTextRange range: Range<Int>, in source: SourceText) -> SourceSpan {
        guard let r = map.sourceRange(ofText: range) else { return span(ofTextRange: range) }
        return source.span(start: r.lowerBound, end: r.upperBound)
    }

    /// The part of `text` that shows `span` of the source, or nil when none of it shows.
    public func textRange(ofSource span: SourceSpan) -> Range<Int>? {
        map.textRange(ofSource: span.start..<span.end)
    }
}
