/// A run of kept lines split into blocks: quotes, list items, headings and paragraphs, with
/// line breaks read by the document's layout.
extension PlainTextParse {
    /// Splits a run of kept lines into quotes, list items and paragraphs.
    mutating func readRun(_ run: Range<Int>, standsAlone: Bool) {
        var i = run.lowerBound
        while i < run.upperBound {
            let line = lines[i]
            if standsAlone, repeatsContentsEntry(i) {
                // A numbered line alone that repeats an entry of the contents heads its section.
                blocks.append(makeBlock(.heading, lines: i..<i + 1, level: 2))
                i += 1
            } else if standsAlone, let inner = emphasisedHeading(line) {
                // A short line alone set in underscores heads a section (`_The Akron Anomaly_`).
                blocks.append(makeBlock(.heading, lines: i..<i + 1, level: 2, from: inner.lowerBound, to: inner.upperBound))
                i += 1
            } else if quoteDepth(line) > 0 {
                var j = i + 1
                while j < run.upperBound, quoteDepth(lines[j]) > 0 { j += 1 }
                blocks.append(makeBlock(.quote, lines: i..<j, level: quoteDepth(line) - 1))
                i = j
            } else if let marker = listMarker(line) {
                var j = i + 1
                while j < run.upperBound, listMarker(lines[j]) == nil, quoteDepth(lines[j]) == 0,
                      itemContinues(lines[j - 1], into: lines[j]) { j += 1 }
                var item = makeBlock(.list, lines: i..<j, level: line.indent / 2, marker: marker)
                if isLoneParagraphItem(i..<j) { item.kind = .paragraph; item.marker = nil; item.level = 0 }
                blocks.append(item)
                i = j
            } else if let end = unmarkedListEnd(from: i, in: run) {
                for k in i..<end { blocks.append(makeBlock(.list, lines: k..<k + 1)) }
                i = end
            } else if standsAlone ? (isHeadingLike(line) || isOutdentedHeading(line)) && !opensWithQuote(line)
                                  : isHeadingLike(line, inRun: true) && opensSection(at: i, in: run) {
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

    /// Whether the line after a list item's line carries on the item. Where lines are wrapped
    /// an item runs to the next marker, quote or blank line; where lines are paragraphs a line
    /// break ends the item as it ends a paragraph (`- Albert Park police stalemate: …` /
    /// `Nicholas uses a wheelchair…` is a link and then the text again), unless the sentence is
    /// visibly cut.
    func itemContinues(_ line: SourceLine, into next: SourceLine) -> Bool {
        if case .wrapped = layout { return true }
        return continues(line, into: next)
    }

    /// Words of a list item that reads as a paragraph of its own, at least.
    static let loneItemParagraphWords = 30

    /// A list item with no other item above or below it (blank lines aside) that runs to
    /// several sentences (`- Lunedì 30 settembre, la Lombardia è stata teatro di … . L'agitazione
    /// …`) is a paragraph whose marker the page or scraper left: a list has two items at
    /// least, and its items are not paragraphs of 30 words and more.
    func isLoneParagraphItem(_ item: Range<Int>) -> Bool {
        var words = 0
        for k in item { words += lines[k].words }
        guard words >= Self.loneItemParagraphWords, endsSentence(lines[item.upperBound - 1]),
              item.contains(where: { hasInnerSentenceEnd(lines[$0]) }) else { return false }
        var above = item.lowerBound - 1
        while above >= 0, lines[above].isBlank { above -= 1 }
        var below = item.upperBound
        while below < lines.count, lines[below].isBlank { below += 1 }
        if above >= 0, listMarker(lines[above]) != nil || isListContinuation(above) { return false }
        if below < lines.count, listMarker(lines[below]) != nil { return false }
        return true
    }

    /// The line carries on a list item above it: the nearest line with a marker over it is
    /// reached through non-blank lines only.
    func isListContinuation(_ k: Int) -> Bool {
        var j = k
        while j >= 0, !lines[j].isBlank {
            if listMarker(lines[j]) != nil { return true }
            j -= 1
        }
        return false
    }

    /// Lines in a row that make a list without markers, at least.
    static let unmarkedListMinItems = 3
    /// Words of an item of a list without markers, at most.
    static let unmarkedItemMaxWords = 12

    /// Where lines are paragraphs, three or more short lines in a row that end no sentence
    /// (`Juventus – Allegri (confermato)` / `Napoli – Ancelotti (nuovo)` / …) are the items of
    /// a list the page drew without bullets: a paragraph there runs to a sentence, a heading
    /// has its text under it. Returns the end of the list starting at `i`, or nil.
    func unmarkedListEnd(from i: Int, in run: Range<Int>) -> Int? {
        guard layout == .lineBreaks, run.upperBound - i >= Self.unmarkedListMinItems else { return nil }
        var j = i
        while j < run.upperBound, isUnmarkedItem(lines[j]) { j += 1 }
        return j - i >= Self.unmarkedListMinItems ? j : nil
    }

    /// A short line that could be an item of a list without markers: up to 12 words, no
    /// sentence end inside or at its end (`.`, `!`, `?`, `:` before any closing quotes).
    func isUnmarkedItem(_ line: SourceLine) -> Bool {
        let words = wordCount(line)
        guard words >= 1, words <= Self.unmarkedItemMaxWords, quoteDepth(line) == 0, listMarker(line) == nil else { return false }
        let last = lastByteBeforeQuotes(line)
        return !".!?:".utf8.contains(last) && last != 0xA6 && !hasInnerSentenceEnd(line)
    }

    /// Whether the line after `line` carries on its paragraph, by the document's layout.
    /// In a hard-wrapped text a paragraph ends after a line that ends a sentence well short
    /// of the width, or, where the wrap is greedy, short enough that the next line's first
    /// word would have fit on it: such a wrap breaks a line only where the next word does not
    /// fit, so that break was the writer's (`width` is the 90th percentile of the line
    /// widths, at most the wrap's own).
    func continues(_ line: SourceLine, into next: SourceLine) -> Bool {
        switch layout {
        case .wrapped(let width, let greedy):
            guard endsSentence(line) else { return true }
            let w = lineWidth(line)
            return !(w * 4 < width * 3 || (greedy && line.indent + w + 1 + firstWordWidth(next) <= width))
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
        if case .wrapped(let width, _) = layout, lineWidth(lines[i]) * 4 >= width * 3 { return false }
        let next = lines[i + 1]
        // In a hard-wrapped text the next line may be short enough to look like a heading
        // itself; it is text when it runs to the wrap width.
        var nextIsText = !isHeadingLike(next)
        if case .wrapped(let width, _) = layout, lineWidth(next) >= width - 20 { nextIsText = true }
        return quoteDepth(next) == 0 && listMarker(next) == nil && nextIsText && !startsLowercaseOrDigit(next)
            && lineWidth(next) > lineWidth(lines[i])
    }
}
