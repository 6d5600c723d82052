/// How a plain-text document breaks its lines, decided once from the whole document, because
/// scrapers and editors write three different shapes and a line break means something
/// different in each:
///
/// - **hard-wrapped** (`wrapped(width)`): lines were cut at a fixed width (60–100 columns), so
///   a line break inside a paragraph is only wrapping. Detected when the longest lines cluster
///   at a width of at most 100 columns and most lines that continue into the next line come
///   close to that width. Lines are joined; a paragraph ends at a blank line, or after a line
///   that ends a sentence well short of the width. A heading inside a run of lines is shorter
///   than three quarters of the width: a longer line without punctuation was cut by the wrap.
/// - **one line per paragraph** (`lineBreaks`): anything else. Every line break ends a
///   paragraph (scrapers often write paragraphs of 200–900 characters with no blank line
///   between them), except where a sentence is visibly cut: a line without closing
///   punctuation followed by one starting in lower case.
///
/// Blank-line documents fall in either shape and read the same in both, since their
/// paragraphs are single lines or wrapped lines.
enum LineLayout: Equatable {
    case wrapped(width: Int)
    case lineBreaks

    /// Widest wrap that still counts as hard wrapping.
    static let maxWrapWidth = 100

    /// Decides the layout from the non-blank lines' widths in characters.
    static func detect(_ lines: [SourceLine], in bytes: [UInt8]) -> LineLayout {
        var widths: [Int] = []
        var continuing: [Int] = []  // widths of lines followed by a non-blank line
        widths.reserveCapacity(lines.count)
        bytes.withUnsafeBufferPointer { b in
            for (i, line) in lines.enumerated() where !line.isBlank {
                let w = width(b, line.trimmedStart, line.trimmedEnd) + line.indent
                widths.append(w)
                if i + 1 < lines.count, !lines[i + 1].isBlank { continuing.append(w) }
            }
        }
        guard widths.count >= 4, continuing.count >= 2 else { return .lineBreaks }
        let sorted = widths.sorted()
        let wrap = sorted[(sorted.count * 9) / 10 - (sorted.count >= 10 ? 0 : 1)]
        guard wrap >= 40, wrap <= maxWrapWidth, sorted.last! <= maxWrapWidth + 10 else { return .lineBreaks }
        let full = continuing.filter { $0 >= wrap - 20 }.count
        return full * 10 >= continuing.count * 6 ? .wrapped(width: wrap) : .lineBreaks
    }

    /// Characters in a byte range (UTF-8 continuation bytes not counted).
    static func width(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var n = 0
        for i in start..<end where b[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
