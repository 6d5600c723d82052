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
            source: source, words: state.words)
    }
}

/// The working state of one plain-text parse.
struct PlainTextParse {
    let source: SourceText
    let lines: [SourceLine]
    var title: Block?
    var lede: Block?
    var blocks: [Block] = []
    var sections: [Section] = []
    var dropped: [DroppedBlock] = []
    var words = 0
    private var titleKey: [UInt8] = []
    private var scratch: [UInt8] = []

    /// A heading is at most this many words…
    static let headingMaxWords = 10
    /// …and this many bytes.
    static let headingMaxBytes = 120

    init(source: SourceText) {
        self.source = source
        self.lines = Bytes.lines(source)
    }

    mutating func run() {
        let groups = paragraphGroups()
        guard let first = groups.first else { return }
        let titleLine = lines[first.lowerBound]
        title = makeBlock(.title, lines: first.lowerBound..<first.lowerBound + 1)
        titleKey = collapsed(titleLine.trimmedStart, titleLine.trimmedEnd)

        for (index, group) in groups.enumerated() {
            let range = index == 0 ? group.lowerBound + 1..<group.upperBound : group
            if !range.isEmpty { readGroup(range) }
        }
        // A heading with nothing after it is a paragraph that happens to be short.
        if let last = blocks.last, last.kind == .heading { blocks[blocks.count - 1].kind = .paragraph }
        if let firstBlock = blocks.first, firstBlock.kind == .paragraph, Self.readsAsSummary(firstBlock.text) {
            var block = blocks.removeFirst()
            block.kind = .lede
            lede = block
        }
        assembleSections()
    }

    /// Runs of non-blank lines, as ranges of indices into `lines`.
    private func paragraphGroups() -> [Range<Int>] {
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

    /// Drops the leftover lines of a group and turns the kept runs into blocks.
    private mutating func readGroup(_ group: Range<Int>) {
        var runStart: Int?
        var kept: [Range<Int>] = []
        for i in group {
            if let reason = dropReason(lines[i]) {
                if let s = runStart { kept.append(s..<i); runStart = nil }
                let line = lines[i]
                dropped.append(DroppedBlock(
                    reason: reason, text: text(line.trimmedStart, line.trimmedEnd),
                    span: SourceSpan(start: line.start, end: line.end, firstLine: line.number, lastLine: line.number)))
            } else if runStart == nil {
                runStart = i
            }
        }
        if let s = runStart { kept.append(s..<group.upperBound) }
        let standsAlone = kept.count == 1 && kept[0].count == 1
        for run in kept { readRun(run, standsAlone: standsAlone) }
    }

    private func dropReason(_ line: SourceLine) -> DroppedBlock.Reason? {
        if isRepeatedTitle(line) { return .repeatedTitle }
        let length = line.trimmedEnd - line.trimmedStart
        guard length <= Boilerplate.maxBytes, length > 0 else { return nil }
        // Only lines that could be boilerplate are lowered into strings.
        return Boilerplate.reason(forLine: text(line.trimmedStart, line.trimmedEnd))
    }

    /// A line that is the title, once or several times over (runs of spaces count as one).
    private func isRepeatedTitle(_ line: SourceLine) -> Bool {
        let key = titleKey
        guard !key.isEmpty, line.trimmedEnd - line.trimmedStart >= key.count else { return false }
        return source.utf8.withUnsafeBufferPointer { b in
            var i = line.trimmedStart
            var j = 0
            while i < line.trimmedEnd {
                if j == key.count {
                    // One copy matched: only spaces may separate it from the next.
                    guard Bytes.isSpace(b[i]) else { return false }
                    while i < line.trimmedEnd, Bytes.isSpace(b[i]) { i += 1 }
                    j = 0
                    continue
                }
                if Bytes.isSpace(b[i]) {
                    guard key[j] == 0x20 else { return false }
                    while i < line.trimmedEnd, Bytes.isSpace(b[i]) { i += 1 }
                } else {
                    guard b[i] == key[j] else { return false }
                    i += 1
                }
                j += 1
            }
            return j == key.count
        }
    }

    /// Splits a run of kept lines into quotes, list items and paragraphs.
    private mutating func readRun(_ run: Range<Int>, standsAlone: Bool) {
        var i = run.lowerBound
        while i < run.upperBound {
            let line = lines[i]
            if quoteDepth(line) > 0 {
                var j = i + 1
                while j < run.upperBound, quoteDepth(lines[j]) > 0 { j += 1 }
                blocks.append(makeBlock(.quote, lines: i..<j, level: quoteDepth(line) - 1))
                i = j
            } else if let marker = listMarker(line) {
                var j = i + 1
                while j < run.upperBound, listMarker(lines[j]) == nil, quoteDepth(lines[j]) == 0 { j += 1 }
                blocks.append(makeBlock(.list, lines: i..<j, level: line.indent / 2, marker: marker))
                i = j
            } else {
                var j = i + 1
                // A list may interrupt a paragraph only after a line ending in a colon.
                while j < run.upperBound, quoteDepth(lines[j]) == 0,
                      listMarker(lines[j]) == nil || lastByte(lines[j - 1]) != UInt8(ascii: ":") { j += 1 }
                if standsAlone, j - i == 1, isHeadingLike(line) {
                    blocks.append(makeBlock(.heading, lines: i..<j, level: 2))
                } else {
                    // Only `>` lines are block quotes: a paragraph in quotation marks is a paragraph.
                    blocks.append(makeBlock(.paragraph, lines: i..<j))
                }
                i = j
            }
        }
    }

    private mutating func assembleSections() {
        var current: (heading: Block?, blocks: [Block])?
        func close(_ c: (heading: Block?, blocks: [Block])?, into sections: inout [Section]) {
            guard let c else { return }
            let spans = (c.heading.map { [$0.span] } ?? []) + c.blocks.map(\.span)
            guard let first = spans.first else { return }
            sections.append(Section(heading: c.heading, blocks: c.blocks, span: spans.dropFirst().reduce(first) { $0.union($1) }))
        }
        for block in blocks {
            if block.kind == .heading {
                close(current, into: &sections)
                current = (block, [])
            } else if current == nil {
                current = (nil, [block])
            } else {
                current!.blocks.append(block)
            }
        }
        close(current, into: &sections)
    }

    // MARK: Line shapes

    private func lastByte(_ line: SourceLine) -> UInt8 {
        line.trimmedEnd > line.trimmedStart ? source.utf8[line.trimmedEnd - 1] : 0
    }

    /// Number of `>` markers opening the line.
    private func quoteDepth(_ line: SourceLine) -> Int {
        var depth = 0
        var i = line.trimmedStart
        let b = source.utf8
        while i < line.trimmedEnd, b[i] == UInt8(ascii: ">") || (depth > 0 && b[i] == 0x20) {
            if b[i] == UInt8(ascii: ">") { depth += 1 }
            i += 1
        }
        return depth
    }

    /// The list marker opening the line (`-`, `*`, `•`, `1.`, `1)`), if any.
    private func listMarker(_ line: SourceLine) -> String? {
        let b = source.utf8
        let s = line.trimmedStart, e = line.trimmedEnd
        guard e - s >= 3 else { return nil }
        if (b[s] == UInt8(ascii: "-") || b[s] == UInt8(ascii: "*")) && b[s + 1] == 0x20 {
            return String(UnicodeScalar(b[s]))
        }
        if e - s >= 4, b[s] == 0xE2, b[s + 1] == 0x80, b[s + 2] == 0xA2, b[s + 3] == 0x20 { return "•" }
        var i = s
        while i < e, i - s < 3, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        if i > s, i + 1 < e, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")"), b[i + 1] == 0x20 {
            return text(s, i + 1)
        }
        return nil
    }

    /// Bytes where the marker and the space after it end, for list and quote lines.
    private func contentStart(_ line: SourceLine, kind: Block.Kind) -> Int {
        let b = source.utf8
        var i = line.trimmedStart
        switch kind {
        case .list:
            if let marker = listMarker(line) { i += marker.utf8.count }
        case .quote:
            while i < line.trimmedEnd, b[i] == UInt8(ascii: ">") || b[i] == 0x20 { i += 1 }
            return i
        default:
            return i
        }
        while i < line.trimmedEnd, Bytes.isSpace(b[i]) { i += 1 }
        return i
    }

    /// A short line standing alone that reads as a heading: a few words, starting with a
    /// capital or a digit, with no closing punctuation.
    private func isHeadingLike(_ line: SourceLine) -> Bool {
        let s = line.trimmedStart, e = line.trimmedEnd
        guard e - s <= Self.headingMaxBytes, listMarker(line) == nil else { return false }
        let b = source.utf8
        let last = b[e - 1]
        if ".!?:;,".utf8.contains(last) { return false }
        if e - s >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, b[e - 1] == 0xA6 { return false }  // …
        let wordCount = source.utf8.withUnsafeBufferPointer { Bytes.countWords($0, s, e) }
        guard wordCount >= 1, wordCount <= Self.headingMaxWords else { return false }
        let first = b[s]
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") { return true }
        if first >= 0x80, let c = text(s, Swift.min(e, s + 4)).first { return c.isUppercase }
        return false
    }

    /// A paragraph that reads as a summary: one or a few sentences of moderate length.
    static func readsAsSummary(_ text: String) -> Bool {
        let count = Bytes.countWords(text)
        guard count >= 8, count <= 120 else { return false }
        let utf8 = text.utf8
        return sentenceEnds.contains { utf8.count >= $0.count && utf8.suffix($0.count).elementsEqual($0) }
    }

    static let sentenceEnds: [[UInt8]] = [".", "!", "?", "…", "»", "”", "\""].map { Array($0.utf8) }

    // MARK: Building text

    private mutating func makeBlock(_ kind: Block.Kind, lines range: Range<Int>, level: Int = 0, marker: String? = nil) -> Block {
        scratch.removeAll(keepingCapacity: true)
        for i in range {
            let line = lines[i]
            let start = i == range.lowerBound || kind == .quote ? contentStart(line, kind: kind) : line.trimmedStart
            if !scratch.isEmpty { scratch.append(0x20) }
            appendCollapsed(start, line.trimmedEnd)
        }
        let first = lines[range.lowerBound], last = lines[range.upperBound - 1]
        words += scratch.withUnsafeBufferPointer { Bytes.countWords($0, 0, $0.count) }
        return Block(
            kind: kind, text: String(decoding: scratch, as: UTF8.self),
            span: SourceSpan(start: first.start, end: last.end, firstLine: first.number, lastLine: last.number),
            level: level, marker: marker)
    }

    private mutating func appendCollapsed(_ start: Int, _ end: Int) {
        Self.appendCollapsed(source.utf8, start, end, into: &scratch)
    }

    private func collapsed(_ start: Int, _ end: Int) -> [UInt8] {
        var out: [UInt8] = []
        Self.appendCollapsed(source.utf8, start, end, into: &out)
        return out
    }

    /// Appends bytes with every run of spaces and tabs made one space.
    static func appendCollapsed(_ bytes: [UInt8], _ start: Int, _ end: Int, into out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { b in
            var i = start
            while i < end {
                var j = i
                while j < end, !Bytes.isSpace(b[j]) { j += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                guard j < end else { break }
                while j < end, Bytes.isSpace(b[j]) { j += 1 }
                if j < end { out.append(0x20) }
                i = j
            }
        }
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: source.utf8[start..<end], as: UTF8.self)
    }

    /// The opening of the kept text as UTF-8, for language detection.
    func sampleForLanguage() -> [UInt8] {
        var sample: [UInt8] = []
        for block in [title, lede].compactMap({ $0 }) + blocks {
            sample.append(contentsOf: block.text.utf8)
            sample.append(0x20)
            if sample.count > 3000 { break }
        }
        return sample
    }
}
