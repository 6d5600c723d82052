/// HTML written inside a Markdown file (`<table>…</table>`, `<p align="center">…</p>`,
/// `<figure>…<figcaption>…</figcaption></figure>`, `<div class="note">…</div>`): a reader sees
/// it rendered, so its text is the document's text, read by the HTML parser's own walk.
/// Tables become table blocks, paragraphs, headings, lists and quotes blocks of their kinds,
/// and what the HTML walk calls furniture (captions, scripts, `aside`, forms) is dropped with
/// its reason. A block that holds no text (`<!--more-->`, `<br>`, an image) is dropped whole,
/// as markup.
///
/// All the HTML blocks of a file are read as one page: the file's bytes with everything
/// outside them blanked (line ends kept), so offsets and lines are the file's own and a
/// `<div>` opened in one block and closed in another, Markdown between, stays one element.
enum MarkdownHTMLBlocks {
    /// The blocks (in the HTML walk's order) and dropped blocks the HTML blocks at `spans`
    /// (each with its literal) hold.
    /// `spans` are in source order and do not overlap.
    static func read(_ spans: [(span: SourceSpan, literal: String)], in source: SourceText) -> (blocks: [Block], dropped: [DroppedBlock]) {
        guard !spans.isEmpty else { return ([], []) }
        var bytes = [UInt8](repeating: 0x20, count: source.utf8.count)
        for (i, b) in source.utf8.enumerated() where b == 0x0A || b == 0x0D { bytes[i] = b }
        for (span, _) in spans {
            for i in span.start..<span.end { bytes[i] = source.utf8[i] }
        }
        let masked = SourceText(utf8: bytes)
        let document = HTMLDocument(source: masked)
        var body: HTMLNode?
        HTMLWalk.walk(from: document.root, includeRoot: true) { node in
            guard node.isElement, body == nil else { return false }
            if node.name == "body" { body = node }
            return node.name == "html"
        }
        var walk = HTMLContentWalk(document: document, article: body ?? document.root, posts: [])
        walk.run()
        // Which HTML blocks gave a block or a dropped block: the others are dropped whole.
        var used = [Bool](repeating: false, count: spans.count)
        func mark(_ s: SourceSpan) {
            // The first HTML block ending after `s` starts, then those it runs into.
            var low = 0, high = spans.count
            while low < high {
                let mid = (low + high) / 2
                if spans[mid].span.end <= s.start { low = mid + 1 } else { high = mid }
            }
            var k = low
            while k < spans.count, spans[k].span.start < Swift.max(s.end, s.start + 1) {
                used[k] = true
                k += 1
            }
        }
        walk.blocks.forEach { mark($0.span) }
        walk.dropped.forEach { mark($0.span) }
        let blocks = walk.blocks
        var dropped = walk.dropped
        for (k, (span, literal)) in spans.enumerated() where !used[k] {
            let text = ArticleAssembler.collapse(literal)
            if !text.isEmpty { dropped.append(DroppedBlock(reason: .pageFurniture, text: text, span: span)) }
        }
        return (blocks, dropped)
    }

    /// The Markdown blocks and the HTML blocks' blocks in source order; the HTML ones keep
    /// their own order (a table's caption before the table, though inside it).
    static func merge(_ markdown: [Block], _ html: [Block]) -> [Block] {
        guard !html.isEmpty else { return markdown }
        var out: [Block] = []
        out.reserveCapacity(markdown.count + html.count)
        var i = 0, j = 0
        while i < markdown.count || j < html.count {
            if j < html.count, i == markdown.count || html[j].span.start < markdown[i].span.start {
                out.append(html[j])
                j += 1
            } else {
                out.append(markdown[i])
                i += 1
            }
        }
        return out
    }
}
