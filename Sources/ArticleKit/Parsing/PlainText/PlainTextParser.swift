/// Parses plain-text articles in the scraped shape of the seed: a title line, a summary
/// paragraph, leftovers of the web page, paragraphs separated by blank lines and short heading
/// lines that open sections. Works over the UTF-8 bytes; every block keeps its exact span.
public enum PlainTextParser {
    /// Parses decoded text into an `Article`.
    public static func parse(_ source: SourceText, path: String? = nil, encoding: TextEncoding = .utf8) -> Article {
        var state = PlainTextParse(source: source)
        state.run()
        let language = state.sampleForLanguage().withUnsafeBufferPointer { LanguageDetector.detect(bytes: $0) }
        return Article(
            path: path, format: .text, encoding: encoding, language: language,
            title: state.title, lede: state.lede, sections: state.sections, dropped: state.dropped,
            date: state.statedDate, source: source, words: state.words)
    }
}

/// The working state of one plain-text parse.
struct PlainTextParse {
    let source: SourceText
    var lines: [SourceLine]
    /// Whether line breaks inside a run of lines are wrapping or paragraph breaks.
    let layout: LineLayout
    /// The indent the lines of the text's paragraphs share (`LineLayout.textIndent`), 0 for none.
    let textIndent: Int
    var title: Block?
    var lede: Block?
    var blocks: [Block] = []
    var sections: [Section] = []
    var dropped: [DroppedBlock] = []
    var words = 0
    /// The date the document states for itself (a date line, a byline, the title), ISO.
    var statedDate: String?
    /// Where the body starts: lines before it are the title and the page furniture around it.
    var bodyStart = 0
    /// Per line: 1 for a caption printed twice on consecutive lines (both copies), 2 for a later
    /// copy of the line above it after a blank line, 0 otherwise.
    var duplicate: [UInt8] = []
    /// Per line: what the boilerplate rules say of it alone, decided once (the head and the
    /// body both ask).
    var furniture: [DroppedBlock.Reason?] = []
    var titleKey: [UInt8] = []
    /// The words of `titleKey`, counted once when the title is chosen.
    var titleWords = 0
    var builder = TextMapBuilder()
    /// The language of the document's opening, for reading dates.
    let language: Language
    /// After a `You may like` or `Related news` line: the teaser headlines under it are dropped
    /// until a line of prose.
    var inRelatedList = false
    /// A copyright line was dropped in the body: short lines after the last line of prose are
    /// then the page's footer (`WP Radio`, `OFFLINE LIVE`).
    var afterCopyright = false
    var lastProse: Int?
    /// The last line of the text before the page's footer (`Int.max` when there is no footer).
    var footer: Int?
    /// An advertisement label that announces what follows (`Sponsored By ...`) was dropped.
    var adAnnounced = false
    /// The title came from a label (`Headline:`): later label lines are the page's.
    var titleLabelled = false
    /// The numbered list lines of the text, by their bytes (`findContentsEntries`), found when first asked.
    var contentsEntries: [ArraySlice<UInt8>: Int]?


    init(source: SourceText) {
        self.source = source
        self.lines = Bytes.lines(source)
        self.layout = LineLayout.detect(lines, in: source.utf8)
        self.textIndent = LineLayout.textIndent(lines)
        self.duplicate = Self.duplicates(lines, source.utf8)
        // On the bytes: a multi-byte letter cut at byte 3000 ends the last word either way.
        self.language = source.utf8.withUnsafeBufferPointer {
            LanguageDetector.detect(bytes: UnsafeBufferPointer(rebasing: $0.prefix(3000)))
        }
        self.furniture = lines.map(furnitureReason)
        markMail()
    }

    mutating func run() {
        let groups = paragraphGroups()
        guard !groups.isEmpty else { return }
        readHead()
        if let date = mailHeaderDate() { statedDate = date }
        for group in groups where group.upperBound > bodyStart {
            readGroup(Swift.max(group.lowerBound, bodyStart)..<group.upperBound)
        }
        // A heading with nothing after it is a paragraph that happens to be short.
        if let last = blocks.last, last.kind == .heading { blocks[blocks.count - 1].kind = .paragraph }
        dropLabelHeadings()
        // A dateline opening one of the first paragraphs (`[16/04/2014 12:03:39] Carquefou
        // (AFP) Au lendemain…`) states the date when the head states none, as in HTML and Markdown.
        if statedDate == nil { statedDate = DocumentDate.opening(blocks, language: language) }
        if lede == nil, let first = blocks.first, first.kind == .paragraph,
           Self.readsAsSummary(first.text) ? standsApart(first) : Self.readsAsSummary(first.text, sentence: false) && blankLineSetsApart(first) {
            var block = blocks.removeFirst()
            block.kind = .lede
            lede = block
        }
        sections = ArticleAssembler.sections(of: blocks)
    }

    /// A heading with another heading right under it has no text of its own: it is a label
    /// the page set above the text (a section or place name, a byline, a related headline:
    /// `Premier League - Moyes fears…` / `Manchester United 1-1 Southampton`), dropped as
    /// page furniture. The heading nearest the text stays.
    mutating func dropLabelHeadings() {
        var k = 0
        var labels = false
        while k + 1 < blocks.count {
            if blocks[k].kind == .heading, blocks[k + 1].kind == .heading {
                let label = blocks.remove(at: k)
                words -= WordCount.of(label.text)
                dropped.append(DroppedBlock(reason: .pageFurniture, text: label.text, span: label.span))
                labels = true
            } else {
                k += 1
            }
        }
        if labels { dropped.sort { $0.span.start < $1.span.start } }
    }

    /// A first paragraph is a standfirst, not the article's first paragraph, when a byline, date
    /// or caption line (or a rule) separates it from the text (an advertisement label or a
    /// related link, which pages put between any two paragraphs, does not), or a heading follows it and it is short (a
    /// standfirst runs a few lines; a longer paragraph before the first heading is the text's own).
    func standsApart(_ first: Block) -> Bool {
        guard blocks.count > 1 else { return false }
        let next = blocks[1]
        if next.kind == .heading { return WordCount.of(first.text) <= Self.standfirstWords }
        if blankLineSetsApart(first) { return true }
        return dropped.contains {
            !Self.interruptions.contains($0.reason) && $0.span.start >= first.span.end && $0.span.end <= next.span.start
        }
    }

    /// In a text of one paragraph a line, a first paragraph that a blank line separates from
    /// the paragraphs under it, which follow each other with none (`standfirstRun` of them),
    /// is set apart as a standfirst is: the page printed its summary in a box of its own.
    func blankLineSetsApart(_ first: Block) -> Bool {
        guard blocks.count > Self.standfirstRun else { return false }
        let next = blocks[1]
        // Line numbers count from 1: the lines between are at indices lastLine..<firstLine - 1.
        guard first.span.lastLine < next.span.firstLine - 1,
              lines[first.span.lastLine..<next.span.firstLine - 1].contains(where: \.isBlank) else { return false }
        return (1..<Self.standfirstRun).allSatisfy { k in
            blocks[k].kind == .paragraph && blocks[k + 1].kind == .paragraph
                && blocks[k + 1].span.firstLine == blocks[k].span.lastLine + 1
        }
    }

    /// Paragraphs one a line under a first paragraph set apart by a blank line, at least, for
    /// it to be the standfirst (fewer show no layout to stand apart from).
    static let standfirstRun = 3

    /// What pages insert between two paragraphs of the text, so that it sets no standfirst apart.
    static let interruptions: Set<DroppedBlock.Reason> = [.advertisement, .relatedLink, .newsletter, .shareLinks, .cookieNotice]

    /// Runs of non-blank lines, as ranges of indices into `lines`.
    func paragraphGroups() -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start: Int?
        for (i, line) in lines.enumerated() {
            if line.isBlank {
                if let s = start { groups.append(s..<i); start = nil }
            } else if start == nil {
                start = i
            }
        }
        if let s = start { groups.append(s..<lines.count) }
        return groups
    }

    /// Words a standfirst followed by a heading has at most.
    static let standfirstWords = 50

    /// A paragraph that reads as a summary: one or a few sentences of moderate length. Set
    /// apart by the layout alone, it may end without a full stop (`sentence: false`), as a
    /// standfirst in a box of its own often does.
    static func readsAsSummary(_ text: String, sentence: Bool = true) -> Bool {
        let count = WordCount.of(text)
        guard count >= 8, count <= 120 else { return false }
        guard sentence else { return true }
        let utf8 = text.utf8
        return sentenceEnds.contains { utf8.count >= $0.count && utf8.suffix($0.count).elementsEqual($0) }
    }

    static let sentenceEnds: [[UInt8]] = [".", "!", "?", "…", "»", "”", "\""].map { Array($0.utf8) }
}
