import CCmarkGFM

/// Parses Markdown with libcmark-gfm (GitHub's CommonMark, with its table, strikethrough,
/// autolink and task list extensions) into an `Article`. Headings open sections, list items,
/// block quotes, code and tables become blocks, and a leading YAML (`---`) or TOML (`+++`)
/// front matter block gives title, date, author and a summary as the lede (the body's first
/// paragraph is the lede only when a byline sets it apart: `Triage done by @pnkfelix`). The date is the
/// front matter's, else the day in its permalink (`path = "2023/09/25/…"`), else a full date
/// in the title or opening one of the first blocks (`DocumentDate`). cmark's source positions (1-based lines,
/// 1-based byte columns) become spans in the decoded text. The tree is walked with cmark's
/// iterator, never recursively, so thousands of nested lists or quotes cannot exhaust the stack.
public enum MarkdownParser {
    /// Parses decoded text into an `Article`.
    public static func parse(_ source: SourceText, path: String? = nil, encoding: TextEncoding = .utf8) -> Article {
        var assembler = ArticleAssembler()
        let frontMatter = FrontMatter.read(source)
        var titleFromFrontMatter: String?
        var statedDate: String?
        var permalinkDate: String?
        if let fm = frontMatter {
            assembler.dropped.append(DroppedBlock(reason: .metadata, text: fm.text, span: fm.span))
            assembler.author = fm.fields["author"] ?? fm.fields["authors"] ?? fm.fields["by"]
            statedDate = Self.dateKeys.lazy.compactMap { fm.fields[$0] }.first
            permalinkDate = Self.pathKeys.lazy.compactMap { fm.fields[$0].flatMap(DocumentDate.inPath) }.first
            if let title = fm.fields["title"], !title.isEmpty, let span = fm.fieldSpans["title"] {
                titleFromFrontMatter = ArticleAssembler.collapse(title)
                assembler.title = Block(kind: .title, text: titleFromFrontMatter!, span: span, level: 1,
                                        map: TextAligner.map(titleFromFrontMatter!, in: source, range: span.start..<span.end, syntax: .plain))
            }
            if let key = Self.summaryKeys.first(where: { !(fm.fields[$0] ?? "").isEmpty }), let span = fm.fieldSpans[key] {
                let summary = ArticleAssembler.collapse(fm.fields[key]!)
                assembler.lede = Block(kind: .lede, text: summary, span: span,
                                       map: TextAligner.map(summary, in: source, range: span.start..<span.end, syntax: .plain))
            }
        }
        var walk = MarkdownWalk(source: source, bodyStart: frontMatter?.bodyStart ?? 0,
                                lineOffset: frontMatter?.lineCount ?? 0)
        walk.run()
        assembler.dropped.append(contentsOf: walk.dropped)
        let html = MarkdownHTMLBlocks.read(walk.htmlBlocks, in: source)
        assembler.dropped.append(contentsOf: html.dropped)
        var blocks = MarkdownHTMLBlocks.merge(walk.blocks, html.blocks)
        assembler.dropped += LinkReferences.dropped(source, bodyStart: frontMatter?.bodyStart ?? 0,
                                                    covered: blocks.map(\.span) + assembler.dropped.map(\.span))
        walk.templateMarkup.dropButtons(&blocks, source: source, into: &assembler.dropped)
        // Before the title is chosen: a share line above the first heading is no text.
        MarkdownFurniture.drop(&blocks, lines: walk.paragraphLines, source: source, into: &assembler.dropped)
        if let first = blocks.first, first.kind == .heading {
            if let fmTitle = titleFromFrontMatter {
                // A first heading repeating the front matter title is the title written twice.
                if first.text.lowercased() == fmTitle.lowercased() {
                    assembler.dropped.append(DroppedBlock(reason: .repeatedTitle, text: first.text, span: first.span))
                    blocks.removeFirst()
                }
            } else {
                var title = blocks.removeFirst()
                title.kind = .title
                assembler.title = title
            }
        }
        let language = LanguageDetector.detect(blocks.prefix(40).map(\.text).joined(separator: " "))
        // Authors and a date under the title (Pandoc, R Markdown) are the byline.
        let bylineDate = MarkdownTitleBlock.drop(&blocks, lines: walk.paragraphLines, language: language, into: &assembler.dropped)
        // A credit to a handle above the first heading is the post's byline.
        let firstHeading = blocks.firstIndex { $0.kind == .heading } ?? blocks.count
        var creditUnderFirst = false
        for i in (0..<firstHeading).reversed() where blocks[i].kind == .paragraph && HandleCredit.isCredit(blocks[i].text) {
            assembler.dropped.append(DroppedBlock(reason: .byline, text: blocks[i].text, span: blocks[i].span))
            blocks.remove(at: i)
            if i == 1 { creditUnderFirst = true }
        }
        // The lede is the front matter's summary; else the first paragraph (when it reads as a
        // summary, as `ArticleAssembler.build` decides) only when a byline sets it apart from
        // the text. A post's or a README's opening paragraph, running on into the text or into
        // its first section, is the text's own.
        // An excerpt separator (`<!--more-->`) under the opening paragraphs marks them as the
        // post's summary, as blog engines show it in their lists.
        assembler.ledeFromOpening = creditUnderFirst || MarkdownLede.excerptSeparated(blocks, htmlBlocks: walk.htmlBlocks)
        // A front matter summary that the first paragraph repeats is that paragraph.
        if let summary = assembler.lede, let first = blocks.first, first.kind == .paragraph, MarkdownLede.repeats(summary.text, first.text) {
            var lede = blocks.removeFirst()
            lede.kind = .lede
            assembler.lede = lede
        }
        assembler.blocks = blocks
        assembler.dropped.sort { $0.span.start < $1.span.start }
        assembler.date = statedDate.flatMap { DocumentDate.metadata($0, language: language) ?? $0 } ?? permalinkDate
            ?? DocumentDate.inTitle(assembler.title, language: language) ?? bylineDate
            ?? DocumentDate.opening(blocks, language: language)
        return assembler.build(source: source, path: path, format: .markdown, encoding: encoding)
    }

    /// Front matter keys holding the date, in order (keys are lower-cased when read).
    static let dateKeys = ["date", "published", "pubdate", "publishdate", "created"]
    /// Keys whose value may carry the day in a permalink.
    static let pathKeys = ["path", "permalink", "url", "slug", "aliases"]
    /// Keys holding the summary shown as the lede.
    static let summaryKeys = ["summary", "description", "subtitle", "excerpt", "lead", "teaser", "abstract", "standfirst"]
}

/// The state of one walk over cmark's tree.
struct MarkdownWalk {
    let source: SourceText
    /// Where the text given to cmark starts in `source`, and how many lines come before it.
    let bodyStart: Int
    let lineOffset: Int
    var blocks: [Block] = []
    var dropped: [DroppedBlock] = []
    /// The shown text of each line of a paragraph of several lines outside any list or quote,
    /// by the paragraph's span start (`MarkdownFurniture` reads them one by one).
    var paragraphLines: [Int: [String]] = [:]
    /// The HTML blocks, in source order, for `MarkdownHTMLBlocks`.
    var htmlBlocks: [(span: SourceSpan, literal: String)] = []

    /// An open container: a list, a list item or a block quote.
    private struct Frame {
        var type: cmark_node_type
        var start: Int
        /// For items: the marker as written; for lists: the next ordinal.
        var marker: String?
        /// True once a block has been emitted inside this container.
        var used = false
    }
    private var stack: [Frame] = []
    private var lists = 0
    private var quotes = 0
    /// The leaf block collecting inline text, if any.
    private var text: [UInt8] = []
    private var inLeaf = false
    /// Where in `text` each soft or hard line break of the leaf falls.
    private var breaks: [Int] = []
    /// What the leaf's words are: an image's description (`![alt](src)`), emphasised text,
    /// plain text (`MarkdownImages` reads them).
    private var leafWords = MarkdownImages.LeafWords()
    private var imageDepth = 0, emphasisDepth = 0
    /// True when the last block read was a paragraph of images only (dropped as a caption).
    private var afterImage = false
    /// The table being read, row by row.
    private var tableRows: [Table.Row] = []

    /// Code between a site generator's highlight tags, made fenced code for cmark.
    let templateCode: TemplateCodeFence
    /// Shortcodes, attribute lists and Liquid values in tags, overwritten for cmark.
    let templateMarkup: TemplateMarkup

    init(source: SourceText, bodyStart: Int, lineOffset: Int) {
        self.source = source
        self.bodyStart = bodyStart
        self.lineOffset = lineOffset
        templateCode = TemplateCodeFence.find(source, bodyStart: bodyStart)
        templateMarkup = TemplateMarkup.find(source, bodyStart: bodyStart, fed: templateCode.fed, code: templateCode)
        dropped = templateCode.tags + templateMarkup.dropped
    }

    mutating func run() {
        let count = source.utf8.count - bodyStart
        guard count > 0 else { return }
        _ = GFMExtensions.registered
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS) else { return }
        defer { cmark_parser_free(parser) }
        for name in GFMExtensions.names {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        (templateMarkup.fed ?? source.utf8).withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { chars in
                cmark_parser_feed(parser, chars + bodyStart, count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(document) }
        guard let iter = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            let type = cmark_node_get_type(node)
            if type == GFMExtensions.table || type == GFMExtensions.row || type == GFMExtensions.cell {
                table(node, type: type, entering: entering)
                continue
            }
            switch type {
            case CMARK_NODE_BLOCK_QUOTE:
                if entering {
                    stack.append(Frame(type: type, start: startOffset(node)))
                    quotes += 1
                } else {
                    stack.removeLast()
                    quotes -= 1
                }
            case CMARK_NODE_LIST:
                if entering {
                    stack.append(Frame(type: type, start: startOffset(node)))
                    lists += 1
                } else {
                    stack.removeLast()
                    lists -= 1
                }
            case CMARK_NODE_ITEM:
                if entering {
                    let start = startOffset(node)
                    var marker = marker(at: start)
                    if String(cString: cmark_node_get_type_string(node)) == "tasklist" {
                        marker = cmark_gfm_extensions_get_tasklist_item_checked(node) ? "[x]" : "[ ]"
                    }
                    stack.append(Frame(type: type, start: start, marker: marker))
                } else {
                    stack.removeLast()
                }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if entering {
                    text.removeAll(keepingCapacity: true)
                    breaks.removeAll(keepingCapacity: true)
                    leafWords = MarkdownImages.LeafWords()
                    inLeaf = true
                } else {
                    inLeaf = false
                    let collapsed = ArticleAssembler.collapse(String(decoding: text, as: UTF8.self))
                    let wasAfterImage = afterImage
                    afterImage = false
                    if type == CMARK_NODE_PARAGRAPH, let reason = MarkdownImages.caption(leafWords, text: collapsed, afterImage: wasAfterImage) {
                        if !collapsed.isEmpty { dropped.append(DroppedBlock(reason: reason, text: collapsed, span: span(node))) }
                        afterImage = leafWords.image
                    } else if !collapsed.isEmpty {
                        // cmark-gfm places blocks exactly (line and byte column), but its inline
                        // positions drift on continuation lines (after quote markers and list
                        // indentation): the leaf's text is aligned over the leaf's span instead.
                        let leaf = span(node)
                        emit(node, text: collapsed, map: TextAligner.map(collapsed, in: source, range: leaf.start..<leaf.end, syntax: .markdown),
                             heading: type == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : nil)
                        if type == CMARK_NODE_PARAGRAPH, !breaks.isEmpty, let last = blocks.last, last.kind == .paragraph {
                            paragraphLines[last.span.start] = lines()
                        }
                    }
                }
            case CMARK_NODE_CODE_BLOCK:
                afterImage = false
                var literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                while literal.last == "\n" || literal.last == "\r\n" { literal.removeLast() }
                if literal.isEmpty {
                    break
                } else if let code = templateCode.code[span(node).start] {
                    let inner = source.span(start: code.lowerBound, end: MarkdownFurniture.trimBack(source, code.upperBound, floor: code.lowerBound))
                    emit(node, text: literal, map: TextAligner.map(literal, in: source, range: code, syntax: .plain, collapsed: false), code: true, span: inner)
                } else {
                    emit(node, text: literal, map: codeMap(literal, node), code: true)
                }
            case CMARK_NODE_HTML_BLOCK:
                var literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                afterImage = false
                var s = span(node)
                // cmark-gfm ends some HTML blocks (a comment: `<!--more-->`) before they start:
                // the block runs over as many lines as its literal.
                if s.end <= s.start {
                    let lines = literal.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } - (literal.hasSuffix("\n") ? 1 : 0)
                    let last = Swift.min(source.lineCount, s.firstLine + Swift.max(0, lines))
                    s = source.span(start: s.start, end: MarkdownFurniture.trimBack(source, source.lineRange(last).upperBound, floor: s.start))
                }
                // A Liquid value overwritten for cmark inside a tag is shown as written.
                if let fed = templateMarkup.fed, s.end > s.start, fed[s.start..<s.end] != source.utf8[s.start..<s.end] {
                    literal = source.string(in: s)
                }
                if s.end > s.start, s.start >= (htmlBlocks.last?.span.end ?? 0) { htmlBlocks.append((s, literal)) }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if inLeaf, let literal = cmark_node_get_literal(node) {
                    let before = text.count
                    var p = literal
                    while p.pointee != 0 {
                        text.append(UInt8(bitPattern: p.pointee))
                        p += 1
                    }
                    leafWords.add(text[before...], image: imageDepth > 0, emphasis: emphasisDepth > 0)
                }
            case CMARK_NODE_IMAGE:
                if entering { leafWords.image = true }
                imageDepth += entering ? 1 : -1
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                emphasisDepth += entering ? 1 : -1
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if inLeaf {
                    breaks.append(text.count)
                    text.append(0x20)
                }
            default:
                break  // emphasis, links, images: their text children carry the words
            }
        }
    }

    /// The leaf's text cut at its line breaks, each line collapsed.
    private func lines() -> [String] {
        var out: [String] = []
        var start = 0
        for end in breaks + [text.count] {
            out.append(ArticleAssembler.collapse(String(decoding: text[start..<end], as: UTF8.self)))
            start = Swift.min(end + 1, text.count)
        }
        return out
    }

    /// Reads a GitHub table: each cell's inline text and span, each row's header flag; the
    /// whole table becomes one `.table` block.
    private mutating func table(_ node: OpaquePointer, type: cmark_node_type, entering: Bool) {
        if type == GFMExtensions.table {
            afterImage = false
            if entering {
                tableRows = []
            } else if tableRows.contains(where: { !$0.cells.isEmpty }) {
                blocks.append(Block(table: Table(rows: tableRows), span: span(node)))
            }
        } else if type == GFMExtensions.row {
            if entering { tableRows.append(Table.Row(cells: [], isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)) }
        } else if entering {
            text.removeAll(keepingCapacity: true)
            inLeaf = true
        } else {
            inLeaf = false
            // cmark-gfm starts a cell just after its pipe: the blanks before the text are left out.
            var cellSpan = span(node)
            let b = source.utf8
            while cellSpan.start < cellSpan.end, b[cellSpan.start] == 0x20 || b[cellSpan.start] == 0x09 { cellSpan.start += 1 }
            let cellText = ArticleAssembler.collapse(String(decoding: text, as: UTF8.self))
            let cell = Table.Cell(text: cellText, span: cellSpan,
                                  map: TextAligner.map(cellText, in: source, range: cellSpan.start..<cellSpan.end, syntax: .markdown))
            if !tableRows.isEmpty { tableRows[tableRows.count - 1].cells.append(cell) }
        }
    }

    /// Records a finished leaf block, its kind decided by the nearest container.
    private mutating func emit(_ node: OpaquePointer, text: String, map: TextMap, heading: Int? = nil, code: Bool = false, span given: SourceSpan? = nil) {
        var span = given ?? span(node)
        let container = stack.lastIndex { $0.type == CMARK_NODE_ITEM || $0.type == CMARK_NODE_BLOCK_QUOTE }
        var kind: Block.Kind
        var level = 0
        var marker: String?
        if let c = container {
            // The first block of a container is shown from the container's marker on.
            if !stack[c].used { span = source.span(start: stack[c].start, end: span.end) }
            if stack[c].type == CMARK_NODE_ITEM {
                kind = .list
                level = Swift.max(0, lists - 1)
                if !stack[c].used { marker = stack[c].marker }
            } else {
                kind = .quote
                level = Swift.max(0, quotes - 1)
            }
            stack[c].used = true
            if code { kind = .code }
        } else if let heading, WordCount.of(text) <= MarkdownLede.headingMaxWords {
            kind = .heading
            level = heading
        } else {
            kind = code ? .code : .paragraph
        }
        blocks.append(Block(kind: kind, text: text, span: span, level: level, marker: marker, map: map))
    }

    /// A code block's map: its literal over its lines, a fence's opening line left out.
    private func codeMap(_ literal: String, _ node: OpaquePointer) -> TextMap {
        var range = span(node).start..<span(node).end
        let b = source.utf8
        if range.count >= 3, b[range.lowerBound] == UInt8(ascii: "`") || b[range.lowerBound] == UInt8(ascii: "~") {
            let fenceLine = source.lineNumber(forOffset: range.lowerBound)
            if fenceLine < source.lineCount { range = Swift.min(range.upperBound, source.lineStarts[fenceLine])..<range.upperBound }
        }
        return TextAligner.map(literal, in: source, range: range, syntax: .plain, collapsed: false)
    }

    /// The list marker written at an item's start (`-`, `*`, `+`, `1.`, `2)`).
    private func marker(at offset: Int) -> String? {
        let b = source.utf8
        var i = offset
        while i < b.count, b[i] != 0x20, b[i] != 0x09, b[i] != 0x0A, b[i] != 0x0D, i - offset < 10 { i += 1 }
        return i > offset ? String(decoding: b[offset..<i], as: UTF8.self) : nil
    }

    // MARK: Positions

    /// Byte offset of a cmark position (1-based line of the body, 1-based byte column).
    private func offset(line: Int32, column: Int32, end: Bool) -> Int {
        let n = Swift.min(Swift.max(Int(line), 1) + lineOffset, source.lineCount)
        guard n >= 1 else { return bodyStart }
        let range = source.lineRange(n)
        let col = Int(column)
        if col <= 0 { return end ? range.upperBound : range.lowerBound }
        let o = range.lowerBound + col - (end ? 0 : 1)
        return Swift.min(Swift.max(o, range.lowerBound), range.upperBound)
    }

    private func startOffset(_ node: OpaquePointer) -> Int {
        offset(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node), end: false)
    }

    /// The node's span; its end is clamped to the end of its last line.
    private func span(_ node: OpaquePointer) -> SourceSpan {
        let start = startOffset(node)
        var endLine = cmark_node_get_end_line(node)
        var endColumn = cmark_node_get_end_column(node)
        // cmark sometimes ends a block at column 0 of the following (blank) line.
        if endColumn == 0, endLine > cmark_node_get_start_line(node) {
            endLine -= 1
            endColumn = 0
        }
        var end = offset(line: endLine, column: endColumn, end: true)
        if end < start { end = start }
        // Trailing blanks are not part of the block.
        let b = source.utf8
        while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0A || b[end - 1] == 0x0D { end -= 1 }
        return source.span(start: start, end: end)
    }
}

/// The GitHub extensions Leggio reads, registered once per process, and the node types of tables.
enum GFMExtensions {
    static let names = ["table", "strikethrough", "autolink", "tasklist"]
    /// Registering is not thread-safe in libcmark-gfm: a lazily built global runs it once.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()
    static var table: cmark_node_type { leggio_node_table() }
    static var row: cmark_node_type { leggio_node_table_row() }
    static var cell: cmark_node_type { leggio_node_table_cell() }
}
