/// Page furniture in a Markdown document's body: a web page saved as Markdown keeps its share
/// widget, copyright line, newsletter or cookie notice, read-also link and photo credit as
/// paragraphs. A paragraph or list item whose shown text is one such line, as the plain-text
/// parser's line rules read it (`Boilerplate`, the same vocabulary), is dropped with its
/// reason; markup is already gone from the text (`**Leggi anche:** [Il piano](url)` reads
/// `Leggi anche: Il piano`). A list item that is a bare address stays: in Markdown a list
/// of links is the text's own references (`- https://github.com/…/pull/93567`), where a page
/// scraped to text leaves an embed's address.
///
/// A paragraph of several lines is read line by line too (`MarkdownLines`): its first or last
/// lines may be furniture set on lines of their own (`Photo: …` over the text, a copyright
/// line under it), and a site generator's tag (`{% include gallery %}`, `{{< figure … >}}`) is
/// never text, nor is a kramdown attribute list (`{: .notice}`). A line ending in a colon whose lines below are all dropped labels them (`Ein
/// paar Einblicke in die Aktion:` over a gallery) and goes with them.
enum MarkdownFurniture {
    /// Words of a paragraph that make it prose: a furniture heading over one (`## Update`
    /// over the update's text) is the article's own heading.
    static let proseMinWords = 40

    /// True when the section under the heading at `index` holds a paragraph of prose.
    static func sectionHoldsProse(_ blocks: [Block], after index: Int) -> Bool {
        let level = blocks[index].level
        for block in blocks[(index + 1)...] {
            if block.kind == .heading, block.level <= level { return false }
            if block.kind == .paragraph, WordCount.of(block.text) >= proseMinWords { return true }
        }
        return false
    }

    /// Words of a label line, at most.
    static let labelMaxWords = 12

    /// Moves the furniture blocks of `blocks`, and the furniture lines opening or closing a
    /// paragraph (`lines`: each multi-line paragraph's lines, by its span's start), to `dropped`;
    /// a heading that is furniture (`Share this:`) goes with its whole section.
    static func drop(_ blocks: inout [Block], lines: [Int: [String]], source: SourceText, into dropped: inout [DroppedBlock]) {
        var kept: [Block] = []
        kept.reserveCapacity(blocks.count)
        /// The level and reason of a furniture heading whose section is being dropped.
        var section: (level: Int, reason: DroppedBlock.Reason)?
        for (index, block) in blocks.enumerated() {
            if block.kind == .heading {
                if let open = section, block.level > open.level {
                    dropped.append(DroppedBlock(reason: open.reason, text: block.text, span: block.span))
                    continue
                }
                section = nil
                if let reason = headingReason(block.text), !sectionHoldsProse(blocks, after: index) {
                    dropped.append(DroppedBlock(reason: reason, text: block.text, span: block.span))
                    section = (block.level, reason)
                    continue
                }
            } else if let open = section {
                dropped.append(DroppedBlock(reason: reason(block.text) ?? open.reason, text: block.text, span: block.span))
                continue
            }
            if block.kind == .paragraph, let parts = lines[block.span.start] {
                // Read line by line only: a line of prose and a copyright line under it, read
                // together, would read as a copyright line.
                kept += trim(block, parts, source: source, dropped: &dropped)
            } else if block.kind == .paragraph || (block.kind == .list && !isAddress(block.text)), let reason = reason(block.text) {
                dropped.append(DroppedBlock(reason: reason, text: block.text, span: block.span))
            } else {
                kept.append(block)
            }
        }
        blocks = kept
    }

    /// Why a line or block is dropped: a site generator's tag or a button, else the
    /// boilerplate vocabulary.
    static func reason(_ text: String) -> DroppedBlock.Reason? {
        isTemplateTag(text) || isButton(text) ? .pageFurniture : Boilerplate.reason(forLine: text)
    }

    /// Reasons a heading opens a section of page furniture: `Share this:` over share links,
    /// `Related posts` over links, `Comments` over the comments, `Newsletter` over a form.
    static let sectionReasons: Set<DroppedBlock.Reason> = [.shareLinks, .relatedLink, .newsletter, .pageFurniture, .cookieNotice, .advertisement]
    /// Words of such a heading, at most.
    static let sectionHeadingMaxWords = 6

    /// Why a heading and the section under it (down to the next heading of its level or
    /// higher) are page furniture, or nil.
    static func headingReason(_ text: String) -> DroppedBlock.Reason? {
        guard WordCount.of(text) <= sectionHeadingMaxWords, let reason = Boilerplate.reason(forLine: text),
              sectionReasons.contains(reason) else { return nil }
        return reason
    }

    /// A link styled as a button by a kramdown attribute list (`[Inscription](url){: .btn
    /// .btn--warning}`): a call to action, not text.
    static func isButton(_ text: String) -> Bool {
        guard text.hasSuffix("}"), let open = text.range(of: "{:") else { return false }
        let attributes = text[open.lowerBound...].lowercased()
        return WordCount.of(String(text[..<open.lowerBound])) <= labelMaxWords
            && (attributes.contains(".btn") || attributes.contains(".button"))
    }

    /// Drops the furniture lines at the start and end of a paragraph of several lines; what is
    /// left (if anything) is the paragraph. A furniture line opening the paragraph must not run
    /// on into the next line (which then starts in lower case); the text above a closing one
    /// must end a sentence: a line of wrapped prose that happens to start `Read more` is text.
    static func trim(_ block: Block, _ parts: [String], source: SourceText, dropped: inout [DroppedBlock]) -> [Block] {
        let n = parts.count
        guard n >= 2, n == block.span.lastLine - block.span.firstLine + 1 else { return [block] }
        let reasons = parts.map(reason)
        var start = 0
        while start < n, reasons[start] != nil, isTemplateTag(parts[start]) || start + 1 == n || !startsLowercase(parts[start + 1]) {
            start += 1
        }
        var end = n
        while end > start, reasons[end - 1] != nil, end - 1 == start || endsSentence(parts[end - 2]) || isTemplateTag(parts[end - 1]) {
            end -= 1
        }
        // A label over the dropped lines: `Ein paar Einblicke in die Aktion:`.
        if end < n, end > start, parts[end - 1].hasSuffix(":"), WordCount.of(parts[end - 1]) <= labelMaxWords { end -= 1 }
        guard start > 0 || end < n else { return [block] }
        func lineSpan(_ k: Int) -> SourceSpan {
            let range = source.lineRange(block.span.firstLine + k)
            let s = Swift.max(range.lowerBound, block.span.start), e = Swift.min(range.upperBound, block.span.end)
            return source.span(start: s, end: trimBack(source, e, floor: s))
        }
        for k in Array(0..<start) + Array(end..<n) {
            dropped.append(DroppedBlock(reason: reasons[k] ?? .pageFurniture, text: parts[k], span: lineSpan(k)))
        }
        guard end > start else { return [] }
        let text = ArticleAssembler.collapse(parts[start..<end].joined(separator: " "))
        let span = source.span(start: lineSpan(start).start, end: lineSpan(end - 1).end)
        return [Block(kind: .paragraph, text: text, span: span,
                      map: TextAligner.map(text, in: source, range: span.start..<span.end, syntax: .markdown))]
    }

    /// A site generator's tag on its own: Liquid (`{% include gallery layout="half" %}`) or a
    /// Hugo shortcode or template value (`{{< youtube id >}}`, `{{ page.title }}`).
    /// A kramdown attribute list is markup too (`{: .notice}`, `{:toc}`), and so is the
    /// contents placeholder it makes of the list item above it (`* TOC` / `{:toc}`).
    static func isTemplateTag(_ text: String) -> Bool {
        (text.hasPrefix("{%") && text.hasSuffix("%}")) || (text.hasPrefix("{{") && text.hasSuffix("}}"))
            || MarkdownImages.isAttributeList(text.utf8) || text.hasSuffix("{:toc}")
    }

    /// Text with no space that starts as a web address does.
    static func isAddress(_ text: String) -> Bool {
        !text.contains(" ") && ["http://", "https://", "www."].contains { text.lowercased().hasPrefix($0) }
    }

    static func startsLowercase(_ text: String) -> Bool { text.first?.isLowercase ?? false }

    /// Ends as a sentence or a label does (closing quotes and brackets looked through).
    static func endsSentence(_ text: String) -> Bool {
        var t = Substring(text)
        while let last = t.last, "\"'”’»)]*_".contains(last) { t = t.dropLast() }
        guard let last = t.last else { return false }
        return ".!?:…".contains(last)
    }

    static func trimBack(_ source: SourceText, _ offset: Int, floor: Int) -> Int {
        var e = offset
        while e > floor, [0x20, 0x09, 0x0A, 0x0D].contains(source.utf8[e - 1]) { e -= 1 }
        return e
    }
}
