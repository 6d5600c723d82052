/// The top of a scraped plain-text page: which line is the title, and what sits around it.
///
/// Scrapers keep whatever stood above the article (menus, weather widgets, category labels,
/// breadcrumbs), and between the title and the text (bylines, date lines, reading times,
/// captions). The title is the title-like line closest above the first line of prose: a line
/// of 3–30 words that no boilerplate rule drops, that is not a date line, a list item or a
/// caption printed twice, and not a sentence of more than 12 words. A title broken over two
/// lines (the second starting in lower case, and not a byline such as `di Mario Rossi`) is
/// joined, and so is a title in capitals carried over a blank line by a preposition (`…EDIZIONE
/// 2009` / `DELLA CONFERENZA…`). A line a title label opens (`Headline:  …`) is the title
/// before any other, and a deck label under it (`subhead:`) opens the lede (`PlainTextTitleLines`).
/// Lines above the title are dropped as page furniture; a title-like line of 8 words or
/// more right under the title is its deck, the lede; short lines between the title (or deck)
/// and the text are dropped as bylines, unless outdented from the text as its headings are. The date the page states comes from those lines, else from the
/// title, else from a short line at the end.
extension PlainTextParse {
    /// Lines looked at for the title.
    static let headWindow = 80
    /// Bytes of a first line that can be the title, at most.
    static let longestFirstLine = 1_000
    /// What separates a name from its date on a first line that is a title.
    static let nameDateSeparators = [": ", " – ", " — ", " - "]
    /// Short lines after the title dropped as bylines, at most.
    static let maxBylines = 6

    mutating func readHead() {
        let window = 0..<Swift.min(lines.count, Self.headWindow)
        let prose = window.first { !lines[$0].isBlank && isProse($0) && dropReason(lines[$0]) == nil }
        var candidates: [Range<Int>] = []
        var i = 0
        let end = prose ?? window.upperBound
        while i < end {
            guard !lines[i].isBlank, isTitleCandidate(i, language: language) else { i += 1; continue }
            var upper = i + 1
            // A byline under the title (`di Filippo Zoratti`) starts in lower case too, but is not its end.
            if upper < end, !lines[upper].isBlank, !endsSentence(lines[i]), startsLowercase(lines[upper]),
               furniture[upper] == nil, wordCount(lines[i]) + wordCount(lines[upper]) <= 30 { upper += 1 }
            // A title in capitals carried over a blank line by a preposition (`…EDIZIONE 2009` / `DELLA CONFERENZA…`).
            if upper == i + 1, upper + 1 < end, lines[upper].isBlank, !lines[upper + 1].isBlank,
               continuesTitleInCapitals(i, upper + 1) { upper += 2 }
            candidates.append(i..<upper)
            i = upper
        }
        // The first line is where a title traditionally stands: it is one, however short, when
        // no title-like line sits closer to the text, or when the text has no prose line; never
        // one of more than `longestFirstLine` bytes (a file that is one 200 MB word).
        let firstLine = lines.indices.first { !lines[$0].isBlank }.flatMap { i in
            isProse(i) || dropReason(lines[i]) != nil || wordCount(lines[i]) > 30
                || (wordCount(lines[i]) > 12 && hasInnerSentenceEnd(lines[i]))
                || lines[i].trimmedEnd - lines[i].trimmedStart > Self.longestFirstLine
                || listMarker(lines[i]) != nil || opensWithDateMarker(lines[i]) || (isDatedLabel(i) && !namesItsDate(i, separators: Self.nameDateSeparators)) ? nil : i..<i + 1
        }
        // A line a title label opens (`Headline:  …`) is the title, whatever else the head holds.
        let labelled = labelledTitle(in: window)
        let closest = prose == nil || labelled != nil ? nil : titleBeforeDeck(candidates)
        let labelledLine: Range<Int>? = labelled.map { $0.line..<$0.line + 1 }
        guard let chosen = labelledLine ?? closest?.title ?? firstLine ?? candidates.first ?? singleSentence(prose) else {
            // With no title, the date lines of the head say the date, a full one before a
            // month (`Sitzung – März 2021` above `Sitzung vom 02.03.2021`), as around a title.
            var headDate = HeadDate()
            for i in window where !lines[i].isBlank {
                headDate.offer(isDateLine(i, language: language), onDateLine: true)
            }
            statedDate = headDate.best
            return
        }
        // A title that names its author after a comma (`The Modem World, by Charles P. Hobbs`)
        // ends at the comma; the rest is its byline.
        let author = labelled == nil && chosen.count == 1 ? authorAfterComma(chosen.lowerBound) : nil
        title = makeBlock(.title, lines: chosen, from: labelled?.start, to: author?.comma)
        titleLabelled = labelled != nil
        titleKey = collapsed(labelled?.start ?? lines[chosen.lowerBound].trimmedStart, author?.comma ?? lines[chosen.upperBound - 1].trimmedEnd)
        titleWords = titleKey.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }

        var furnitureDate = HeadDate()
        for k in 0..<chosen.lowerBound where !lines[k].isBlank {
            let reason = dropReason(lines[k]) ?? .pageFurniture
            drop(k, reason)
            furnitureDate.offer(StatedDate.find(in: lineText(k), language: language), onDateLine: wordCount(lines[k]) <= HeadDate.dateLineWords)
        }
        // The byline after the title, in source order after the lines above it.
        if let author {
            let line = lines[chosen.lowerBound]
            dropped.append(DroppedBlock(reason: .byline, text: text(author.byline, line.trimmedEnd),
                                        span: SourceSpan(start: author.byline, end: line.end, firstLine: line.number, lastLine: line.number)))
        }
        var bylineDate = HeadDate()
        var k = chosen.upperBound
        // Under a labelled title, a labelled deck (`subhead:  * …`) is the standfirst.
        if labelled != nil, let deck = labelledDeck(after: chosen.lowerBound) {
            lede = makeBlock(.lede, lines: deck.lines, from: deck.start)
            k = deck.lines.upperBound
        }
        var bylines = 0
        while k < lines.count, k < end || prose == nil, bylines < Self.maxBylines {
            if lines[k].isBlank { k += 1; continue }
            // The deck, unless the line rules drop it (the title printed again, cut short).
            if let deck = closest?.deck, k == deck.lowerBound, dropReason(lines[k]) == nil {
                lede = makeBlock(.lede, lines: deck)
                k = deck.upperBound
                continue
            }
            let date = isDateLine(k, language: language)
            // A short line is a byline, unless it ends in a comma: a salutation opening the
            // text (`Liebe Bürgerinnen und Bürger,`).
            if let reason = dropReason(lines[k]) {
                drop(k, reason)
            } else if date != nil || (prose != nil && (wordCount(lines[k]) <= 4 || isStamp(lines[k]))
                                        && lastByte(lines[k]) != UInt8(ascii: ",") && !isOutdentedHeading(lines[k])) {
                drop(k, .byline)
            } else {
                break
            }
            bylineDate.offer(date ?? StatedDate.find(in: lineText(k), language: language), onDateLine: date != nil)
            bylines += 1
            k += 1
        }
        bodyStart = k
        // Bylines first, then the furniture above the title, then a full date in the title (a
        // month alone in a title names what it is about: `Stadtrat Halle vom August 2016`).
        bylineDate.offer(furnitureDate.best, onDateLine: furnitureDate.isOnDateLine)
        bylineDate.offer(StatedDate.find(in: title?.text ?? "", language: language).flatMap { $0.utf8.count >= 10 ? $0 : nil }, onDateLine: false)
        if statedDate == nil { statedDate = bylineDate.best }
    }

    /// The candidate closest above the text, or the one before it when the two stand next to
    /// each other and the first is not a short label: a title followed by its deck (`Our
    /// Festival Outlookers take one last glance…`) or a byline (`Yahoo News Australia and
    /// agencies`), where a category line above a title (`Italia e Estero`) is shorter.
    /// The line under the title is its deck, the standfirst, when it has `deckWords` words or
    /// more (a byline has fewer): the key's lede is exactly that line.
    func titleBeforeDeck(_ candidates: [Range<Int>]) -> (title: Range<Int>, deck: Range<Int>?)? {
        guard let last = candidates.last else { return nil }
        guard candidates.count >= 2 else { return (last, nil) }
        let before = candidates[candidates.count - 2]
        let between = before.upperBound..<last.lowerBound
        // The first printed again under itself (a title set twice) still stands next to the last.
        guard between.allSatisfy({ lines[$0].isBlank || isRepeat(of: before, at: $0) }) else { return (last, nil) }
        let first = wordCount(lines[before.lowerBound]), second = wordCount(lines[last.lowerBound])
        // A line of `deckWords`·2 words or more under one of half as many, 4 or more (not a
        // label), is the standfirst under its title (`Le 100 Feste del gusto` / `Guida alle
        // sagre e fiere dei prodotti tipici italiani in tutte le regioni: …`).
        let deckUnder = first >= 4 && second >= 2 * Self.deckWords && second >= 2 * first && isDeck(last)
        guard first >= 6 || first >= second || deckUnder else { return (last, nil) }
        return (before, isDeck(last) ? last : nil)
    }

    /// Whether the lines `c` under the title are its deck: `deckWords` words or more (a byline
    /// has fewer), opening with a capital (a line of lower-case keywords is an image's alt
    /// text), and not right above a line of prose, as the first heading of a one-per-line text
    /// stands above its paragraph (`Scossa sismica di magnitudo 2.9 in provincia di Roma`).
    func isDeck(_ c: Range<Int>) -> Bool {
        guard c.reduce(0, { $0 + wordCount(lines[$1]) }) >= Self.deckWords, !startsLowercase(lines[c.lowerBound]),
              lastByteBeforeQuotes(lines[c.upperBound - 1]) != UInt8(ascii: ".") else { return false }
        return c.upperBound == lines.count || lines[c.upperBound].isBlank || !isProse(c.upperBound)
    }

    /// Words a deck under the title has at least (as many as a summary paragraph).
    static let deckWords = 8

    /// Line `i` is a later copy of the one-line candidate `c` (equal bytes).
    func isRepeat(of c: Range<Int>, at i: Int) -> Bool {
        guard c.count == 1, duplicate[i] != 0 else { return false }
        let a = lines[c.lowerBound], b = lines[i]
        return source.utf8[a.trimmedStart..<a.trimmedEnd] == source.utf8[b.trimmedStart..<b.trimmedEnd]
    }

    /// With no title-like line at all, a first line of prose that is one short sentence
    /// standing alone above a longer paragraph (`Catania, l’ex sindaco Enzo Bianco e la giunta
    /// a processo per il buco nel bilancio del comune.`), set apart as a title is: page
    /// furniture above it, or a wider gap below it than one blank line. A sentence opening the
    /// document one blank line above the next is its first paragraph (the scraper kept no title).
    func singleSentence(_ prose: Int?) -> Range<Int>? {
        guard let i = prose, wordCount(lines[i]) <= 25, !hasInnerSentenceEnd(lines[i]),
              i + 1 < lines.count, lines[i + 1].isBlank,
              let next = lines[(i + 1)...].firstIndex(where: { !$0.isBlank }),
              wordCount(lines[next]) > wordCount(lines[i]) else { return nil }
        let opensDocument = !lines[..<i].contains { !$0.isBlank }
        guard !opensDocument || next - i > 2 else { return nil }
        return i..<i + 1
    }

    /// Whether line `i` could be the title.
    func isTitleCandidate(_ i: Int, language: Language) -> Bool {
        let line = lines[i]
        guard duplicate[i] == 0, listMarker(line) == nil, quoteDepth(line) == 0,
              line.trimmedEnd - line.trimmedStart <= 300 else { return false }
        let words = wordCount(line)
        guard words >= 3, words <= 30, !(words > 12 && lastByte(line) == UInt8(ascii: ".")),
              wordsWithLetters(line) >= 2 else { return false }
        // A title does not end in a comma or colon (`Liebe Bürgerinnen und Bürger,`, `Menu
        // principale:`), nor hold two sentences, nor is it one line of a wrapped paragraph.
        guard !",;:".utf8.contains(lastByte(line)), !(words > 12 && hasInnerSentenceEnd(line)) else { return false }
        if case .wrapped = layout, !standsAlone(i) { return false }
        guard furniture[i] == nil, !isDatedLabel(i), !opensWithDateMarker(line) else { return false }
        let b = source.utf8
        if b[line.trimmedStart] == 0xE2, b[line.trimmedStart + 1] == 0x80, b[line.trimmedStart + 2] == 0xA2 { return false }  // •
        return true
    }

    /// A date line that cannot be a title: mostly its date (at most five words with letters:
    /// `Datum: Sonntag, 16. November 2025, 15 Uhr`), and not a name before a colon and a date.
    /// `Aktuelles aus dem Stadtrat Halle vom August 2016` says more than its date: a title.
    func isDatedLabel(_ i: Int) -> Bool {
        isDateLine(i, language: language) != nil && !namesItsDate(i) && wordsWithLetters(lines[i]) <= 5
    }

    /// A line that gives a name, a colon, then a date is a title that carries its date
    /// (`StrictlyVC: September 1, 2017`, `Restaurant Openings Report: Week Of October 19,
    /// 2014`), not a date line; bylines (`Published: …`) are dropped by the vocabulary first.
    /// On the first line a dash separates them too (`Gemeinderatsitzung – März 2021`); above a
    /// title, a name, a dash and a date is an issue line (`The Jersey Law Review - February 2004`).
    func namesItsDate(_ i: Int, separators: [String] = [": "]) -> Bool {
        let text = lineText(i)
        guard let colon = separators.lazy.compactMap({ text.range(of: $0) }).first else { return false }
        let name = String(text[..<colon.lowerBound])
        return name.contains { $0.isLetter } && StatedDate.find(in: name, language: language) == nil
    }

    /// A line of running prose: a sentence of 10 words or more ending in a full stop, a line
    /// of 20 ending a sentence another way, or any line of 40. A title may end in `?`, `!` or a
    /// closing quotation mark (`…Valle d'Aosta”`) and run to 30 words. In a hard-wrapped
    /// document a line is prose when its paragraph is: two lines or more, 30 words or more.
    func isProse(_ i: Int) -> Bool {
        if case .wrapped = layout {
            // Bounded both ways, so that a paragraph of a million lines costs no more.
            var start = i
            while start > 0, i - start < 50, !lines[start - 1].isBlank { start -= 1 }
            var words = 0, count = 0, k = start
            while k < lines.count, !lines[k].isBlank, words < 30 || count < 2 {
                words += wordCount(lines[k])
                count += 1
                k += 1
            }
            return count >= 2 && words >= 30
        }
        let line = lines[i]
        let words = wordCount(line)
        if words >= 40 { return true }
        let last = lastByteBeforeQuotes(line)
        if words >= 10, last == UInt8(ascii: ".") { return true }
        return words >= 20 && (".!?;:".utf8.contains(last) || last == 0xA6)  // 0xA6 ends …
    }

    /// The last byte before closing quotation marks and brackets.
    func lastByteBeforeQuotes(_ line: SourceLine) -> UInt8 {
        let b = source.utf8
        var e = line.trimmedEnd
        while e > line.trimmedStart {
            if "\")'".utf8.contains(b[e - 1]) { e -= 1; continue }
            if e - line.trimmedStart >= 2, b[e - 2] == 0xC2, b[e - 1] == 0xBB { e -= 2; continue }  // »
            if e - line.trimmedStart >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, [0x9D, 0x99].contains(b[e - 1]) { e -= 3; continue }  // ” ’
            break
        }
        return e > line.trimmedStart ? b[e - 1] : 0
    }

    /// A sentence ends inside the line: `. `, `! ` or `? ` followed by a capital letter.
    func hasInnerSentenceEnd(_ line: SourceLine) -> Bool {
        let b = source.utf8
        var i = line.trimmedStart + 1
        while i + 2 < line.trimmedEnd {
            if ".!?".utf8.contains(b[i]), b[i + 1] == 0x20, b[i + 2] >= UInt8(ascii: "A"), b[i + 2] <= UInt8(ascii: "Z"),
               b[i - 1] >= UInt8(ascii: "a"), b[i - 1] <= UInt8(ascii: "z") { return true }
            i += 1
        }
        return false
    }

    /// A short line of figures with at most one word of letters: a time stamp
    /// (`16.11.25, 15:00 Uhr`) or a counter, not text.
    func isStamp(_ line: SourceLine) -> Bool {
        wordCount(line) <= 8 && wordsWithLetters(line) <= 1
    }

    /// Words that start with a letter (`16.11.25, 15:00 Uhr` has one).
    func wordsWithLetters(_ line: SourceLine) -> Int {
        let b = source.utf8
        var count = 0
        var atStart = true
        for i in line.trimmedStart..<line.trimmedEnd {
            if Bytes.isSpace(b[i]) { atStart = true; continue }
            if atStart, b[i] >= 0x80 || (b[i] | 0x20 >= 0x61 && b[i] | 0x20 <= 0x7A) { count += 1 }
            atStart = false
        }
        return count
    }

    /// A line with a blank line (or the edge of the document) above and below it.
    func standsAlone(_ i: Int) -> Bool {
        (i == 0 || lines[i - 1].isBlank) && (i + 1 == lines.count || lines[i + 1].isBlank)
    }

    /// The date on a short line that is mostly a date (`Monday, January 26, 2026`,
    /// `Giovedì 1 Settembre 2016, 11:31`, `date 2020-10-24 By Express News Service`).
    func isDateLine(_ i: Int, language: Language) -> String? {
        guard wordCount(lines[i]) <= HeadDate.dateLineWords else { return nil }
        return StatedDate.find(in: lineText(i), language: language)
    }

    func wordCount(_ line: SourceLine) -> Int { line.words }

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
                if let p = previous, p.key == key, WordCount.of(b, line.trimmedStart, line.trimmedEnd) >= 3 {
                    if p.index == i - 1 { marks[p.index] = 1; marks[i] = 1 } else { marks[i] = 2 }
                }
                previous = (i, key)
            }
        }
        return marks
    }
}
