/// Page furniture in a Markdown document's body: a web page saved as Markdown keeps its share
/// widget, copyright line, newsletter or cookie notice, read-also link and photo credit as
/// paragraphs. A paragraph or list item whose shown text is one such line, as the plain-text
/// parser's line rules read it (`Boilerplate`, the same vocabulary), is dropped with its
/// reason; markup is already gone from the text (`**Leggi anche:** [Il piano](url)` reads
/// `Leggi anche: Il piano`). A list item that is a bare address stays: in Markdown a list
/// of links is the text's own references (`- https://github.com/…/pull/93567`), where a page
/// scraped to text leaves an embed's address.
enum MarkdownFurniture {
    /// Moves the furniture blocks of `blocks` to `dropped`.
    static func drop(_ blocks: inout [Block], into dropped: inout [DroppedBlock]) {
        blocks.removeAll { block in
            guard block.kind == .paragraph || (block.kind == .list && !isAddress(block.text)),
                  let reason = Boilerplate.reason(forLine: block.text) else { return false }
            dropped.append(DroppedBlock(reason: reason, text: block.text, span: block.span))
            return true
        }
    }

    /// Text with no space that starts as a web address does.
    static func isAddress(_ text: String) -> Bool {
        !text.contains(" ") && ["http://", "https://", "www."].contains { text.lowercased().hasPrefix($0) }
    }
}
