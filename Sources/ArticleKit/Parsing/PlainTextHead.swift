/// The top of a scraped plain-text page: which line is the title, and what sits around it.
///
/// Scrapers keep whatever stood above the article (menus, weather widgets, category labels,
/// breadcrumbs), and between the title and the text (bylines, date lines, reading times,
/// captions). The title is the title-like line closest above the first line of prose: a line
/// of 3–30 words that no boilerplate rule drops, that is not a date line, a list item or a
/// caption printed twice, and not a sentence of more than 12 words. A title broken over two
/// lines (the second starting in lower case) is joined. Lines above the title are dropped as
/// page furniture; short lines between the title and the text as bylines. The date the page
/// states comes from those lines, else from the title, else from a short line at the end.
extension PlainTextParse {
    /// Lines looked at for the title.
    static let headWindow = 80
    /// Short lines after the title dropped as bylines, at most.
    static let maxBylines = 6

    mutating func readHead() {
        let language = LanguageDetector.detect(String(decoding: source.utf8.prefix(3000), as: UTF8.self))
        let window = 0..<Swift.min(lines.count, Self.headWindow)
        let prose = window.first { !lines[$0].isBlank && isProse(lines[$0]) }
        var candidates: [Range<Int>] = []
        var i = 0
        let end = prose ?? window.upperBound
        while i < end {
            guard !lines[i].isBlank, isTitleCandidate(i, language: language) else { i += 1; continue }
            var upper = i + 1
            if upper < end, !lines[upper].isBlank, !endsSentence(lines[i]), startsLowercase(lines[upper]),
               wordCount(lines[i]) + wordCount(lines[upper]) <= 30 { upper += 1 }
            candidates.append(i..<upper)
            i = upper
        }
        // The first line is where a title traditionally stands: it is one, however short, when
        // no title-like line sits closer to the text, or when the text has no prose line.
        let firstLine = lines.indices.first { !lines[$0].isBlank }.flatMap { i in
            isProse(lines[i]) || dropReason(lines[i]) != nil || wordCount(lines[i]) > 30
                || listMarker(lines[i]) != nil ? nil : i..<i + 1
        }
        let closest = prose == nil ? nil : candidates.last
        guard let chosen = closest ?? firstLine ?? candidates.first else { return }
        title = makeBlock(.title, lines: chosen)
        titleKey = collapsed(lines[chosen.lowerBound].trimmedStart, lines[chosen.upperBound - 1].trimmedEnd)

        var furnitureDate: String?
        for k in 0..<chosen.lowerBound where !lines[k].isBlank {
            let reason = dropReason(lines[k]) ?? .pageFurniture
            drop(k, reason)
            if furnitureDate == nil { furnitureDate = StatedDate.find(in: lineText(k), language: language) }
        }
        var k = chosen.upperBound
        var bylines = 0
        while k < lines.count, k < end || prose == nil, bylines < Self.maxBylines {
            if lines[k].isBlank { k += 1; continue }
            let date = isDateLine(k, language: language)
            if let reason = dropReason(lines[k]) {
                drop(k, reason)
            } else if date != nil || (prose != nil && wordCount(lines[k]) <= 4) {
                drop(k, .byline)
            } else {
                break
            }
            if statedDate == nil { statedDate = date ?? StatedDate.find(in: lineText(k), language: language) }
            bylines += 1
            k += 1
        }
        bodyStart = k
        if statedDate == nil { statedDate = furnitureDate ?? StatedDate.find(in: title?.text ?? "", language: language) }
    }

    /// Whether line `i` could be the title.
    func isTitleCandidate(_ i: Int, language: Language) -> Bool {
        let line = lines[i]
        guard duplicate[i] == 0, listMarker(line) == nil, quoteDepth(line) == 0,
              line.trimmedEnd - line.trimmedStart <= 300 else { return false }
        let words = wordCount(line)
        guard words >= 3, words <= 30, !(words > 12 && lastByte(line) == UInt8(ascii: ".")) else { return false }
        guard Boilerplate.reason(forLine: lineText(i)) == nil, isDateLine(i, language: language) == nil else { return false }
        let b = source.utf8
        if b[line.trimmedStart] == 0xE2, b[line.trimmedStart + 1] == 0x80, b[line.trimmedStart + 2] == 0xA2 { return false }  // •
        return true
    }

    /// A line of running prose: a sentence of 10 words or more, or any line of 25.
    func isProse(_ line: SourceLine) -> Bool {
        let words = wordCount(line)
        return words >= 25 || (words >= 10 && endsSentence(line))
    }

    /// The date on a short line that is mostly a date (`Monday, January 26, 2026`,
    /// `Giovedì 1 Settembre 2016, 11:31`, `date 2020-10-24 By Express News Service`).
    func isDateLine(_ i: Int, language: Language) -> String? {
        guard wordCount(lines[i]) <= 8 else { return nil }
        return StatedDate.find(in: lineText(i), language: language)
    }

    func wordCount(_ line: SourceLine) -> Int {
        source.utf8.withUnsafeBufferPointer { Bytes.countWords($0, line.trimmedStart, line.trimmedEnd) }
    }

    func lineText(_ i: Int) -> String { text(lines[i].trimmedStart, lines[i].trimmedEnd) }

    mutating func drop(_ i: Int, _ reason: DroppedBlock.Reason) {
        let line = lines[i]
        dropped.append(DroppedBlock(
            reason: reason, text: lineText(i),
            span: SourceSpan(start: line.start, end: line.end, firstLine: line.number, lastLine: line.number)))
    }

    /// Marks captions printed twice: two equal lines in a row (both copies), or a line equal to
    /// the one above it across a blank line (the second copy). Lines of fewer than 3 words are
    /// left alone.
    static func duplicates(_ lines: [SourceLine], _ bytes: [UInt8]) -> [UInt8] {
        var marks = [UInt8](repeating: 0, count: lines.count)
        var previous: (index: Int, key: ArraySlice<UInt8>)?
        bytes.withUnsafeBufferPointer { b in
            for (i, line) in lines.enumerated() where !line.isBlank {
                let key = bytes[line.trimmedStart..<line.trimmedEnd]
                if let p = previous, p.key == key, Bytes.countWords(b, line.trimmedStart, line.trimmedEnd) >= 3 {
                    if p.index == i - 1 { marks[p.index] = 1; marks[i] = 1 } else { marks[i] = 2 }
                }
                previous = (i, key)
            }
        }
        return marks
    }
}
