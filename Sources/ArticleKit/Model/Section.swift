/// A run of blocks under one heading. The text before the first heading is an untitled section.
public struct Section: Hashable, Sendable {
    /// The heading that opens the section; nil for the untitled opening section.
    public var heading: Block?
    /// Paragraphs, list items, quotes and code, in order.
    public var blocks: [Block]
    /// Covers the heading and every block of the section.
    public var span: SourceSpan
    /// The date the section states for itself, ISO (`2014-12`, `2015-01-26`): on a listing page
    /// each post is a section and this is the post's date. Nil when it states none.
    public var date: String?

    public init(heading: Block?, blocks: [Block], span: SourceSpan, date: String? = nil) {
        self.heading = heading
        self.blocks = blocks
        self.span = span
        self.date = date
    }

    /// Heading level, 1 when untitled.
    public var level: Int { heading?.level ?? 1 }

    /// The heading's text, or nil.
    public var title: String? { heading?.text }
}
