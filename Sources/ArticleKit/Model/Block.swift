/// One piece of an article as the reader shows it: a title, a paragraph, a list item…
/// Every block knows its exact place in the original text.
public struct Block: Hashable, Sendable {
    /// What kind of block this is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case title
        case lede
        case heading
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

    public init(kind: Kind, text: String, span: SourceSpan, level: Int = 0, marker: String? = nil) {
        self.kind = kind
        self.text = text
        self.span = span
        self.level = level
        self.marker = marker
    }

    /// A `.table` block: its text is the cells joined (see `Table.text`).
    public init(table: Table, span: SourceSpan) {
        self.init(kind: .table, text: table.text, span: span)
        self.table = table
    }
}
