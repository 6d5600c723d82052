/// The date a web page states for itself, as ISO (an ISO timestamp is kept as written), and the
/// date lines around its text. In order: the meta tags (`article:published_time`, `date`,
/// Dublin Core…), JSON-LD's `datePublished`, a `<time>` in the article, a byline or date line
/// the parser dropped inside the article (`class="byline"`, `post-meta`, `Posted on …`; not
/// two or more under its first heading, which date its parts), a
/// `<time>` elsewhere on the page, the title, then a full date opening one of the first three
/// blocks (`Tuesday 15 October 2019 by …`). A listing page states none of its own: its posts'
/// dates are theirs, and a listing template's meta date is no article's.
enum HTMLStatedDate {
    /// Dropped date lines under the first heading that make them the dates of the article's parts.
    static let partDateLines = 2
    /// A date line: a paragraph of at most this many words that holds a date and is no sentence.
    static let dateLineWords = 8

    /// Short paragraphs that are only a date (`March 12, 2026`, `Tuesday 15 October 2019 by
    /// Bradley M. Kuhn`) among the first five and last three blocks, dropped as bylines.
    static func dropDateLines(_ blocks: inout [Block], dropped: inout [DroppedBlock], language: Language) {
        let edge = Set(blocks.indices.prefix(5)).union(blocks.indices.suffix(3))
        for i in blocks.indices.reversed() where edge.contains(i) && isDateLine(blocks[i], language: language) {
            dropped.append(DroppedBlock(reason: .byline, text: blocks[i].text, span: blocks[i].span))
            blocks.remove(at: i)
        }
    }

    static func isDateLine(_ block: Block, language: Language) -> Bool {
        guard block.kind == .paragraph, WordCount.of(block.text) <= dateLineWords, !block.text.hasSuffix(".") else { return false }
        return StatedDate.find(in: block.text, language: language) != nil
    }

    /// The article's date, from the sources in the order above.
    static func choose(meta: HTMLMetadata, dropped: [DroppedBlock], within root: SourceSpan?, title: Block?,
                       blocks: [Block], listing: Bool, language: Language) -> String? {
        // A listing is no article: its posts have dates (its template's meta tags often one too).
        if listing { return nil }
        for value in [meta.metaDate, meta.linkedDataDate] {
            if let date = value.flatMap({ DocumentDate.metadata($0, language: language) }) { return date }
        }
        if let date = meta.articleTime.flatMap({ DocumentDate.metadata($0, language: language) }) { return date }
        var dated: [(start: Int, date: String)] = []
        for d in dropped where d.reason == .byline || d.reason == .metadata {
            guard root.map({ $0.start <= d.span.start && d.span.end <= $0.end }) ?? true else { continue }
            if let date = StatedDate.find(in: d.text, language: language) { dated.append((d.span.start, date)) }
        }
        // Two date lines or more under the article's first heading date its parts (an agenda's
        // cards, `12 Février 2026` over each event), not the page: only those above it count.
        let firstHeading = blocks.first { $0.kind == .heading }?.span.start ?? Int.max
        if dated.filter({ $0.start > firstHeading }).count >= Self.partDateLines { dated.removeAll { $0.start > firstHeading } }
        if let date = dated.first?.date { return date }
        if let date = meta.pageTime.flatMap({ DocumentDate.metadata($0, language: language) }) { return date }
        if let date = DocumentDate.inTitle(title, language: language) { return date }
        if let date = DocumentDate.opening(blocks, language: language) { return date }
        return nil
    }
}
