/// The lines under a document's title naming its authors and date, as Pandoc and R Markdown
/// write them (`Aziliz Joseph dit Pagny, Inès Bezie et Loïc Henry` / `2025-06-12`), or a
/// date line alone: the document's byline, not its text. The date is the document's.
enum MarkdownTitleBlock {
    /// Lines of a title block, at most: authors, affiliation, date.
    static let maxLines = 3
    /// Words of an author line, and of the date line, at most.
    static let maxWords = 12
    static let dateLineWords = 6

    /// Drops the first block when it is such a paragraph (`lines`: each multi-line
    /// paragraph's lines, by its span's start) and returns the date it states.
    static func drop(_ blocks: inout [Block], lines: [Int: [String]], language: Language,
                     into dropped: inout [DroppedBlock]) -> String? {
        guard let first = blocks.first, first.kind == .paragraph else { return nil }
        let parts = lines[first.span.start] ?? [first.text]
        // A date line ends no sentence: `Shipped on 3 May 2024.` alone is the text's first line.
        guard parts.count <= maxLines, let last = parts.last, WordCount.of(last) <= dateLineWords, !MarkdownFurniture.endsSentence(last),
              parts.dropLast().allSatisfy({ WordCount.of($0) <= maxWords && !MarkdownFurniture.endsSentence($0) }),
              let date = StatedDate.find(in: last, language: language) else { return nil }
        dropped.append(DroppedBlock(reason: .byline, text: first.text, span: first.span))
        blocks.removeFirst()
        return date
    }
}
