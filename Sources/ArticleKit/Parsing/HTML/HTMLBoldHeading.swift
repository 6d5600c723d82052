/// Pages written in an editor without heading styles mark their subheadings as a paragraph in
/// bold (`<p><strong>Wie kannst Du mitwirken?</strong></p>`, `<p><b><i>…</i></b></p>`). Such a
/// paragraph is a heading when it reads as one: all its words bold, short, not ending a
/// sentence (a question mark may end a heading), and followed by text in the same post (a
/// bold line at the end, or in a run of bold lines, is emphasis, not a section's heading).
enum HTMLBoldHeading {
    /// Words a bold heading has at most.
    static let maxWords = 12

    /// Turns the bold paragraphs (by span start, from `HTMLContentWalk.boldParagraphs`) that
    /// read as headings into headings, one level under the page's deepest heading (2 at least).
    static func promote(_ blocks: inout [Block], owners: [Int?], bold: Set<Int>, title: String?) {
        guard !bold.isEmpty else { return }
        let deepest = blocks.filter { $0.kind == .heading }.map(\.level).max() ?? 1
        let level = Swift.min(6, Swift.max(2, deepest + 1))
        let titleText = title.map { ArticleAssembler.collapse($0).lowercased() }
        for i in blocks.indices where blocks[i].kind == .paragraph && bold.contains(blocks[i].span.start) {
            guard i + 1 < blocks.count, owners[i + 1] == owners[i] else { continue }
            let next = blocks[i + 1]
            guard next.kind != .heading, !bold.contains(next.span.start),
                  i == 0 || !bold.contains(blocks[i - 1].span.start) else { continue }
            guard readsAsHeading(blocks[i].text), blocks[i].text.lowercased() != titleText else { continue }
            blocks[i].kind = .heading
            blocks[i].level = level
        }
    }

    /// Short, and not ending as a sentence or a clause does (`.`, `!`, `…`, `,`, `;`).
    static func readsAsHeading(_ text: String) -> Bool {
        let words = WordCount.of(text)
        guard words >= 1, words <= maxWords, let last = text.last else { return false }
        return !".!…,;".contains(last)
    }
}
