/// How a plain-text document breaks its lines, decided once from the whole document, because
/// scrapers and editors write three different shapes and a line break means something
/// different in each:
///
/// - **hard-wrapped** (`wrapped(width)`): lines were cut at a fixed width (60–100 columns), so
///   a line break inside a paragraph is only wrapping. Detected when the longest lines cluster
///   at a width of at most 100 columns (a line the wrap could not cut, such as an address,
///   may stand out: one in 50) and most lines that continue into the next line come close to
///   that width. Lines are joined; a paragraph ends at a blank line, or after a line
///   that ends a sentence well short of the width. A heading inside a run of lines is shorter
///   than three quarters of the width: a longer line without punctuation was cut by the wrap.
///   When the wrap is greedy (a line was broken only where the next word did not fit, as
///   editors and `fmt -g`-style tools do; told by the lines that end no sentence: at most 5%
///   of them have room for the next line's first word), a line that ends a sentence with room
///   for the next word also ends its paragraph: that break was the writer's. Hand-wrapped
///   text, with ragged line ends, does not get this rule.
/// - **one line per paragraph** (`lineBreaks`): anything else. Every line break ends a
///   paragraph (scrapers often write paragraphs of 200–900 characters with no blank line
///   between them), except where a sentence is visibly cut: a line without closing
///   punctuation followed by one starting in lower case.
///
/// Blank-line documents fall in either shape and read the same in both, since their
/// paragraphs are single lines or wrapped lines.
enum LineLayout: Equatable {
    case wrapped(width: Int, greedy: Bool)
    case lineBreaks

    /// Widest wrap that still counts as hard wrapping.
    static let maxWrapWidth = 100
    /// Share in percent of the continuing lines that end no sentence and have room for the
    /// next line's first word, at most, for the wrap to count as greedy.
    static let maxRoomyPercent = 5

    /// Lines wider than the widest wrap (by more than 10 columns) a hard-wrapped text may hold,
    /// at most: none in a text of under 20 lines, else one in 50 and at least one. A wrapped
    /// text keeps the odd line its wrap could not cut (an address, a header, a signature);
    /// where lines are paragraphs, many lines run far past 110 columns.
    static func allowedOverlongLines(_ count: Int) -> Int {
        count < 20 ? 0 : Swift.max(1, count / 50)
    }

    /// Decides the layout from the non-blank lines' widths in characters.
    static func detect(_ lines: [SourceLine], in bytes: [UInt8]) -> LineLayout {
        var widths: [Int] = []
        var continuing: [Int] = []  // widths of lines followed by a non-blank line
        // Per continuing line that ends no sentence: its width plus a space and the next
        // line's first word (what the line would be had the wrap not broken it).
        var unbroken: [Int] = []
        widths.reserveCapacity(lines.count)
        bytes.withUnsafeBufferPointer { b in
            for (i, line) in lines.enumerated() where !line.isBlank {
                let w = width(b, line.trimmedStart, line.trimmedEnd) + line.indent
                widths.append(w)
                if i + 1 < lines.count, !lines[i + 1].isBlank {
                    continuing.append(w)
                    if !endsSentence(b, line.trimmedStart, line.trimmedEnd) {
                        unbroken.append(w + 1 + firstWordWidth(b, lines[i + 1].trimmedStart, lines[i + 1].trimmedEnd))
                    }
                }
            }
        }
        guard widths.count >= 4, continuing.count >= 2 else { return .lineBreaks }
        let sorted = widths.sorted()
        let wrap = sorted[(sorted.count * 9) / 10 - (sorted.count >= 10 ? 0 : 1)]
        let overlong = sorted.count - (sorted.lastIndex { $0 <= maxWrapWidth + 10 }.map { $0 + 1 } ?? 0)
        guard wrap >= 40, wrap <= maxWrapWidth, overlong <= allowedOverlongLines(sorted.count) else { return .lineBreaks }
        let full = continuing.filter { $0 >= wrap - 20 }.count
        guard full * 10 >= continuing.count * 6 else { return .lineBreaks }
        let roomy = unbroken.filter { $0 <= wrap }.count
        return .wrapped(width: wrap, greedy: !unbroken.isEmpty && roomy * 100 <= unbroken.count * maxRoomyPercent)
    }

    /// Share in percent of the lines of paragraphs (runs of two lines or more) that must share
    /// one indent for it to be the text's indent.
    static let sharedIndentPercent = 80

    /// The indent in columns that the lines of the text's paragraphs share (the lines of runs
    /// of two lines or more, first lines included), or 0 when no indent is shared by 80% of
    /// them: a line standing alone to the left of it is set apart as a heading.
    static func textIndent(_ lines: [SourceLine]) -> Int {
        var counts: [Int: Int] = [:]
        var total = 0
        for (i, line) in lines.enumerated() where !line.isBlank {
            let inRun = (i > 0 && !lines[i - 1].isBlank) || (i + 1 < lines.count && !lines[i + 1].isBlank)
            guard inRun else { continue }
            counts[line.indent, default: 0] += 1
            total += 1
        }
        guard let (indent, n) = counts.max(by: { $0.value < $1.value }), total > 0,
              n * 100 >= total * sharedIndentPercent else { return 0 }
        return indent
    }

    /// The line (bytes `start..<end`, trimmed) ends with sentence or clause punctuation,
    /// closing quotes and brackets included (`.!?:;")`, `…`, `»`, `”`, `’`); an empty line does.
    static func endsSentence(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end > start else { return true }
        if ".!?:;\")".utf8.contains(b[end - 1]) { return true }
        if end - start >= 2, b[end - 2] == 0xC2, b[end - 1] == 0xBB { return true }
        if end - start >= 3, b[end - 3] == 0xE2, b[end - 2] == 0x80, [0xA6, 0x9D, 0x99].contains(b[end - 1]) { return true }
        return false
    }

    /// Characters of the first word of the bytes `start..<end` (trimmed).
    static func firstWordWidth(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = start
        while e < end, !Bytes.isSpace(b[e]) { e += 1 }
        return width(b, start, e)
    }

    /// Characters in a byte range (UTF-8 continuation bytes not counted).
    static func width(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var n = 0
        for i in start..<end where b[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
