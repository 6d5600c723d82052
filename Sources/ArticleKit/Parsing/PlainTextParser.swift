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
    /// An advertisement label that announces what follows (`Sponsored By ...`) was dropped.
    var adAnnounced = false

    /// A heading is at most this many words…
    static let headingMaxWords = 10
    /// …or this many where lines are paragraphs (not hard-wrapped, where a line of a
    /// paragraph has as many) and some text stands above it (a long line right under the
    /// title is its deck): `Trasporti fermi in tutta Italia: disagi per lo sciopero del 22
    /// settembre`. Longer, it reads as a sentence that lost its full stop.
    static let longHeadingMaxWords = 12
    /// …and this many bytes.
    static let headingMaxBytes = 120

    init(source: SourceText) {
        self.source = source
        self.lines = Bytes.lines(source)
        self.layout = LineLayout.detect(lines, in: source.utf8)
        self.duplicate = Self.duplicates(lines, source.utf8)
        // On the bytes: a multi-byte letter cut at byte 3000 ends the last word either way.
        self.language = source.utf8.withUnsafeBufferPointer {
            LanguageDetector.detect(bytes: UnsafeBufferPointer(rebasing: $0.prefix(3000)))
        }
        self.furniture = lines.map(furnitureReason)
    }

    mutating func run() {
        let groups = paragraphGroups()
        guard !groups.isEmpty else { return }
        readHead()
        for group in groups where group.upperBound > bodyStart {
            readGroup(Swift.max(group.lowerBound, bodyStart)..<group.upperBound)
        }
        // A heading with nothing after it is a paragraph that happens to be short.
        if let last = blocks.last, last.kind == .heading { blocks[blocks.count - 1].kind = .paragraph }
        if let first = blocks.first, first.kind == .paragraph, Self.readsAsSummary(first.text), standsApart(first) {
            var block = blocks.removeFirst()
            block.kind = .lede
            lede = block
        }
        sections = ArticleAssembler.sections(of: blocks)
    }

    /// A first paragraph is a standfirst, not the article's first paragraph, when a byline, date
    /// or caption line separates it from the text, or a heading follows it.
    func standsApart(_ first: Block) -> Bool {
        guard blocks.count > 1 else { return false }
        let next = blocks[1]
        if next.kind == .heading { return true }
        return dropped.contains { $0.span.start >= first.span.end && $0.span.end <= next.span.start }
    }

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

    /// Drops the leftover lines of a group and turns the kept runs into blocks.
    mutating func readGroup(_ group: Range<Int>) {
        var runStart: Int?
        var kept: [Range<Int>] = []
        for i in group {
            if let reason = bodyDropReason(i) {
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
        // A line alone in its group stands alone, and so does a last line that dropped lines
        // (a caption, a credit) separate from the text above it.
        for run in kept {
            let standsAlone = run.count == 1 && (kept.count == 1 || run.upperBound == group.upperBound)
            readRun(run, standsAlone: standsAlone)
        }
    }

    /// Why a body line is dropped: the line rules, plus short date lines (`Sep 27, 2014`,
    /// `venerdì 12 marzo 2021`) and the teaser headlines of a related-stories list.
    /// A byline or date line before the second paragraph (under a deck) gives the stated date.
    mutating func bodyDropReason(_ i: Int) -> DroppedBlock.Reason? {
        let reason = bodyLineReason(i)
        if reason == .byline, statedDate == nil, blocks.count <= 1 {
            statedDate = StatedDate.find(in: lineText(i), language: language)
        }
        return reason
    }

    private mutating func bodyLineReason(_ i: Int) -> DroppedBlock.Reason? {
        let line = lines[i]
        if let reason = dropReason(line) {
            inRelatedList = reason == .relatedLink && wordCount(line) <= 5
            if reason == .copyright { afterCopyright = true }
            // `Sponsored By ...`, `Anzeige:`: a label that announces the block under it.
            adAnnounced = reason == .advertisement && (endsCut(line) || lastByte(line) == UInt8(ascii: ":"))
            return reason
        }
        if adAnnounced {
            // The announced block: one line, or in a hard-wrapped text its lines to the blank line.
            if case .wrapped = layout, i + 1 < lines.count, !lines[i + 1].isBlank {} else { adAnnounced = false }
            return .advertisement
        }
        if inRelatedList {
            // A teaser cut short (`…attends the 56th annual...`) is a link, however long.
            if !isProse(i) || endsCut(line), wordCount(line) <= 25 { return .relatedLink }
            inRelatedList = false
        }
        if isInTeaserRun(i) { return .relatedLink }
        // A short date line, or before any text a date line of up to 8 words that opens with
        // its date (`date 2020-10-24 By Express News Service`, where the page gave no title).
        if wordCount(line) <= 6 || (blocks.isEmpty && opensWithDate(line)), isDateLine(i, language: language) != nil { return .byline }
        if afterCopyright, wordCount(line) <= 12, !isProse(i), i > lastProseLine() { return .pageFurniture }
        return nil
    }

    /// The line opens with a digit or a scraper's date label (`date`, `data`, `datum`, `fecha`).
    func opensWithDate(_ line: SourceLine) -> Bool {
        let b = source.utf8, s = line.trimmedStart
        guard line.trimmedEnd - s >= 5 else { return false }
        if b[s] >= 0x30 && b[s] <= 0x39 { return true }
        let head = String(decoding: b[s..<Swift.min(line.trimmedEnd, s + 6)], as: UTF8.self).lowercased()
        return ["date ", "data ", "datum ", "fecha "].contains { head.hasPrefix($0) }
    }

    /// The line ends with an ellipsis (`...`, `. . .` or `…`): text cut short.
    func endsCut(_ line: SourceLine) -> Bool {
        let b = source.utf8, s = line.trimmedStart, e = line.trimmedEnd
        if e - s >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, b[e - 1] == 0xA6 { return true }
        if e - s >= 5, b[e - 5] == 0x2E, b[e - 4] == 0x20, b[e - 3] == 0x2E, b[e - 2] == 0x20, b[e - 1] == 0x2E { return true }
        return e - s >= 3 && b[e - 3] == 0x2E && b[e - 2] == 0x2E && b[e - 1] == 0x2E
    }

    /// Three or more lines in a row each cut short with an ellipsis are teasers of other
    /// articles (`Meteo Natale 2025: dopo giorni segnati da piogge…`), not the article's text.
    func isInTeaserRun(_ i: Int) -> Bool {
        guard endsCut(lines[i]) else { return false }
        var start = i, end = i + 1
        while start > 0, start > i - 3, !lines[start - 1].isBlank, endsCut(lines[start - 1]) { start -= 1 }
        while end < lines.count, end < i + 3, !lines[end].isBlank, endsCut(lines[end]) { end += 1 }
        return end - start >= 3
    }

    /// The last line of prose in the document (-1 when there is none), found once.
    mutating func lastProseLine() -> Int {
        if let known = lastProse { return known }
        let found = lines.indices.last { !lines[$0].isBlank && isProse($0) } ?? -1
        lastProse = found
        return found
    }

    func dropReason(_ line: SourceLine) -> DroppedBlock.Reason? {
        if isRepeatedTitle(line) || isCutTitle(line) { return .repeatedTitle }
        if duplicate[line.number - 1] != 0 { return .caption }
        return furniture[line.number - 1]
    }

    /// A rule of symbols or a line the boilerplate vocabulary recognises.
    func furnitureReason(_ line: SourceLine) -> DroppedBlock.Reason? {
        let length = line.trimmedEnd - line.trimmedStart
        guard length <= Boilerplate.maxBytes, length > 0 else { return nil }
        if isRule(line) { return .pageFurniture }
        return source.utf8.withUnsafeBufferPointer {
            Boilerplate.reason(forLine: UnsafeBufferPointer(rebasing: $0[line.trimmedStart..<line.trimmedEnd]))
        }
    }

    /// A line of symbols only (`=-=-=-=`, `__________`, `* * *`): a rule, not text.
    func isRule(_ line: SourceLine) -> Bool {
        source.utf8[line.trimmedStart..<line.trimmedEnd].allSatisfy { b in
            b < 0x80 && !(b >= 0x30 && b <= 0x39) && !(b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
        }
    }

    /// The title printed again but cut short, with a dash or an ellipsis where it was cut
    /// (`Terremoto al Centro Italia: scossa avvertita nettamente dalla popolazione –`): at
    /// least half of the title and 20 bytes.
    func isCutTitle(_ line: SourceLine) -> Bool {
        let key = titleKey
        guard key.count >= 20, line.trimmedEnd - line.trimmedStart < key.count + 8 else { return false }
        // Read only a line that opens as the title does and ends in a cut mark (`.` `-` `–` `—` `…`).
        let b = source.utf8
        guard b[line.trimmedStart] == key[0], [0x2E, 0x2D, 0x93, 0x94, 0xA6].contains(b[line.trimmedEnd - 1]) else { return false }
        var cut = collapsed(line.trimmedStart, line.trimmedEnd)
        var marked = false
        while let last = cut.last {
            if last == 0x20 || last == 0x2E || last == 0x2D { cut.removeLast(); marked = marked || last != 0x20; continue }
            // – — …
            if cut.count >= 3, cut[cut.count - 3] == 0xE2, cut[cut.count - 2] == 0x80, [0x93, 0x94, 0xA6].contains(last) {
                cut.removeLast(3); marked = true; continue
            }
            break
        }
        return marked && cut.count * 2 >= key.count && cut.count < key.count && key.starts(with: cut)
    }

    /// A line that is the title, once or several times over (runs of spaces count as one).
    func isRepeatedTitle(_ line: SourceLine) -> Bool {
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
    mutating func readRun(_ run: Range<Int>, standsAlone: Bool) {
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
            } else if isHeadingLike(line), (standsAlone && !opensWithQuote(line)) || opensSection(at: i, in: run) {
                blocks.append(makeBlock(.heading, lines: i..<i + 1, level: 2))
                i += 1
            } else {
                var j = i + 1
                // A list may interrupt a paragraph only after a line ending in a colon.
                while j < run.upperBound, quoteDepth(lines[j]) == 0,
                      listMarker(lines[j]) == nil || lastByte(lines[j - 1]) != UInt8(ascii: ":"),
                      continues(lines[j - 1], into: lines[j]) { j += 1 }
                // Only `>` lines are block quotes: a paragraph in quotation marks is a paragraph.
                blocks.append(makeBlock(.paragraph, lines: i..<j))
                i = j
            }
        }
    }

    // MARK: Line shapes

    /// Whether the line after `line` carries on its paragraph, by the document's layout.
    func continues(_ line: SourceLine, into next: SourceLine) -> Bool {
        switch layout {
        case .wrapped(let width):
            return !(endsSentence(line) && lineWidth(line) * 4 < width * 3)
        case .lineBreaks:
            return !endsSentence(line) && startsLowercaseOrDigit(next)
        }
    }

    /// A heading-like line inside a run of lines: it starts a paragraph and a longer line of
    /// prose follows it in the same run.
    func opensSection(at i: Int, in run: Range<Int>) -> Bool {
        guard i + 1 < run.upperBound, i == run.lowerBound || endsSentence(lines[i - 1]) else { return false }
        let next = lines[i + 1]
        // In a hard-wrapped text the next line may be short enough to look like a heading
        // itself; it is text when it runs to the wrap width.
        var nextIsText = !isHeadingLike(next)
        if case .wrapped(let width) = layout, lineWidth(next) >= width - 20 { nextIsText = true }
        return quoteDepth(next) == 0 && listMarker(next) == nil && nextIsText && !startsLowercaseOrDigit(next)
            && lineWidth(next) > lineWidth(lines[i])
    }

    func lineWidth(_ line: SourceLine) -> Int {
        source.utf8.withUnsafeBufferPointer { LineLayout.width($0, line.trimmedStart, line.trimmedEnd) }
    }

    /// The line ends with sentence or clause punctuation (closing quotes and brackets included).
    func endsSentence(_ line: SourceLine) -> Bool {
        let b = source.utf8
        let e = line.trimmedEnd
        guard e > line.trimmedStart else { return true }
        if ".!?:;\")".utf8.contains(b[e - 1]) { return true }
        // …  »  ”  ’
        if e - line.trimmedStart >= 2, b[e - 2] == 0xC2, b[e - 1] == 0xBB { return true }
        if e - line.trimmedStart >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, [0xA6, 0x9D, 0x99].contains(b[e - 1]) { return true }
        return false
    }

    func startsLowercaseOrDigit(_ line: SourceLine) -> Bool {
        guard line.trimmedEnd > line.trimmedStart else { return false }
        let first = source.utf8[line.trimmedStart]
        return first >= 0x30 && first <= 0x39 || startsLowercase(line)
    }

    func startsLowercase(_ line: SourceLine) -> Bool {
        guard line.trimmedEnd > line.trimmedStart else { return false }
        let first = source.utf8[line.trimmedStart]
        if first < 0x80 { return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") }
        return text(line.trimmedStart, Swift.min(line.trimmedEnd, line.trimmedStart + 4)).first?.isLowercase ?? false
    }

    func lastByte(_ line: SourceLine) -> UInt8 {
        line.trimmedEnd > line.trimmedStart ? source.utf8[line.trimmedEnd - 1] : 0
    }

    /// Number of `>` markers opening the line.
    func quoteDepth(_ line: SourceLine) -> Int {
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
    func listMarker(_ line: SourceLine) -> String? {
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
    func contentStart(_ line: SourceLine, kind: Block.Kind) -> Int {
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
    func isHeadingLike(_ line: SourceLine) -> Bool {
        let s = line.trimmedStart, e = line.trimmedEnd
        guard e - s <= Self.headingMaxBytes, listMarker(line) == nil else { return false }
        let b = source.utf8
        let last = b[e - 1]
        // A question may be a heading (`Wie kannst Du mitwirken?`); a sentence may not, but a
        // place or a time may end in an abbreviation (`Schaumburg, Ill.`, `Top News in the A.M.`).
        if ".!:;,".utf8.contains(last), !endsInAbbreviation(line) { return false }
        if e - s >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, b[e - 1] == 0xA6 { return false }  // …
        let wordCount = source.utf8.withUnsafeBufferPointer { WordCount.of($0, s, e) }
        var maxWords = Self.headingMaxWords
        if layout == .lineBreaks, blocks.contains(where: { $0.kind != .heading }) { maxWords = Self.longHeadingMaxWords }
        guard wordCount >= 1, wordCount <= maxWords else { return false }
        // A heading may be a quotation (`“Les flammes sortaient du toit”`): its first letter
        // counts, and a full stop inside the closing mark makes it a sentence.
        if ".!:;,".utf8.contains(lastByteBeforeQuotes(line)), !endsInAbbreviation(line) { return false }
        var start = s + quoteOpenerLength(line)
        while start < e, b[start] == 0x20 { start += 1 }
        guard start < e else { return false }
        let first = b[start]
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") { return true }
        if first >= 0x80, let c = text(start, Swift.min(e, start + 4)).first { return c.isUppercase }
        return false
    }

    /// The line's last word is a capitalised abbreviation: `Ill.`, `N.J.`, `A.M.` (at most
    /// four letters, or letters each followed by a full stop).
    func endsInAbbreviation(_ line: SourceLine) -> Bool {
        let b = source.utf8
        guard lastByte(line) == UInt8(ascii: "."), line.trimmedEnd - line.trimmedStart >= 4 else { return false }
        var start = line.trimmedEnd - 1
        while start > line.trimmedStart, b[start - 1] != 0x20 { start -= 1 }
        let word = Array(b[start..<line.trimmedEnd - 1])
        guard start > line.trimmedStart, let first = word.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
              word.allSatisfy({ $0 == 0x2E || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }) else { return false }
        return word.contains(0x2E) || word.count <= 3
    }

    /// Bytes of the quotation mark opening the line (`"` `“` `‘` `„` `«`), 0 when there is none.
    func quoteOpenerLength(_ line: SourceLine) -> Int {
        let b = source.utf8, s = line.trimmedStart, e = line.trimmedEnd
        if e > s, b[s] == UInt8(ascii: "\"") { return 1 }
        if e - s >= 3, b[s] == 0xE2, b[s + 1] == 0x80, [0x9C, 0x98, 0x9E].contains(b[s + 2]) { return 3 }
        if e - s >= 2, b[s] == 0xC2, b[s + 1] == 0xAB { return 2 }
        return 0
    }

    /// A line in quotation marks standing alone is a quotation, not a heading (`«Siamo
    /// pronti»`); as the first line of a run of text it may head it.
    func opensWithQuote(_ line: SourceLine) -> Bool { quoteOpenerLength(line) > 0 }

    /// A paragraph that reads as a summary: one or a few sentences of moderate length.
    static func readsAsSummary(_ text: String) -> Bool {
        let count = WordCount.of(text)
        guard count >= 8, count <= 120 else { return false }
        let utf8 = text.utf8
        return sentenceEnds.contains { utf8.count >= $0.count && utf8.suffix($0.count).elementsEqual($0) }
    }

    static let sentenceEnds: [[UInt8]] = [".", "!", "?", "…", "»", "”", "\""].map { Array($0.utf8) }

    // MARK: Building text

    /// A block of the lines `range`: markers removed, lines joined by one space, runs of
    /// spaces collapsed; its map is exact (a join maps to the line break and markers it replaced).
    mutating func makeBlock(_ kind: Block.Kind, lines range: Range<Int>, level: Int = 0, marker: String? = nil) -> Block {
        builder.reset()
        let bytes = source.utf8
        // The text's words are the lines' words (a join or a collapsed run is one space), less
        // any a marker held.
        var blockWords = 0
        bytes.withUnsafeBufferPointer { b in
            var previousEnd = 0
            for i in range {
                let line = lines[i]
                let start = i == range.lowerBound || kind == .quote ? contentStart(line, kind: kind) : line.trimmedStart
                if !builder.isEmpty { builder.replace(CollectionOfOne(0x20), source: previousEnd..<start) }
                Self.appendCollapsed(b, start, line.trimmedEnd, into: &builder)
                blockWords += start == line.trimmedStart ? line.words : WordCount.of(b, start, line.trimmedEnd)
                previousEnd = line.trimmedEnd
            }
        }
        let first = lines[range.lowerBound], last = lines[range.upperBound - 1]
        words += blockWords
        let (text, map) = builder.finish()
        return Block(
            kind: kind, text: text,
            span: SourceSpan(start: first.start, end: last.end, firstLine: first.number, lastLine: last.number),
            level: level, marker: marker, map: map)
    }

    /// `appendCollapsed` into a text map builder: the words copied, each run of spaces and
    /// tabs one space standing for the run.
    static func appendCollapsed(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into builder: inout TextMapBuilder) {
        var i = start
        while i < end {
            // Words and the single spaces between them are copied in one piece: each space
            // stands for itself, so the map is the one a copy per word would build.
            var j = i
            while j < end, !Bytes.isSpace(b[j]) || (b[j] == 0x20 && j + 1 < end && !Bytes.isSpace(b[j + 1])) { j += 1 }
            builder.copy(b, i, j)
            guard j < end else { break }
            let s = j
            while j < end, Bytes.isSpace(b[j]) { j += 1 }
            if j < end { builder.replace(CollectionOfOne(0x20), source: s..<j) }
            i = j
        }
    }

    func collapsed(_ start: Int, _ end: Int) -> [UInt8] {
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

    func text(_ start: Int, _ end: Int) -> String {
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
