/// A run of kept lines split into blocks: quotes, list items, headings and paragraphs, with
/// line breaks read by the document's layout.
extension PlainTextParse {
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
        // In a hard-wrapped text a line that runs to three quarters of the width without
        // closing punctuation was cut by the wrap (`Similarly, shortly before the elections
        // last year Inland Revenue`), as `continues` reads it: it opens a paragraph, not a section.
        if case .wrapped(let width) = layout, lineWidth(lines[i]) * 4 >= width * 3 { return false }
        let next = lines[i + 1]
        // In a hard-wrapped text the next line may be short enough to look like a heading
        // itself; it is text when it runs to the wrap width.
        var nextIsText = !isHeadingLike(next)
        if case .wrapped(let width) = layout, lineWidth(next) >= width - 20 { nextIsText = true }
        return quoteDepth(next) == 0 && listMarker(next) == nil && nextIsText && !startsLowercaseOrDigit(next)
            && lineWidth(next) > lineWidth(lines[i])
    }
}
