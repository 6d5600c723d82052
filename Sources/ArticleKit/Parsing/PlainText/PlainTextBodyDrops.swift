/// The body's leftover lines: which lines inside the text are dropped and why (the line rules,
/// short date lines, teaser headlines of a related-stories list, an announced advertisement,
/// a footer after the copyright line).
///
/// - A date line is dropped as a byline when it is short (6 words) or mostly date (8 words, at
///   most three of them with letters: weekday, month, a word like `de`), as a sentence is not.
/// - A line in lower case under a dropped line that ends without punctuation is the rest of
///   that line, dropped with it: scrapers cut a widget's sentence as they cut the text's.
/// - A short line without closing punctuation right under a byline is its second line (a
///   staff title, an agency), dropped with it.
/// - After the end of the text (its last line of prose or of a sentence), where the page's end
///   furniture shows (share, related, tag, advertisement lines), a short line without closing
///   punctuation is more of it: the article has ended, so a label or heading there has no
///   text to open.
/// - A line of lower-case words with no punctuation, set apart from the text, is an image's
///   alt text or keywords (a sentence opens with a capital): dropped as a caption, with the
///   unpunctuated line right under it (the image's caption).
extension PlainTextParse {
    /// Words of a line past the end of the text that is still furniture, at most: as many as a
    /// teaser headline has (a heading of the text's own has fewer and a sentence under it).
    static let footerLineWords = 25

    /// Words of a byline's second line (a staff title, an agency), at most.
    static let bylineLineMaxWords = 6

    /// Drops the leftover lines of a group and turns the kept runs into blocks.
    mutating func readGroup(_ group: Range<Int>) {
        var runStart: Int?
        var kept: [Range<Int>] = []
        var previous: DroppedBlock.Reason?
        for i in group {
            var reason = bodyDropReason(i)
            // A line that visibly carries on a dropped line (no closing punctuation above, a
            // lower-case start here: `…your browsing experience` / `and may be open to security
            // risks!`) is the rest of it, as `continues` joins such lines in the text.
            if reason == nil, let p = previous, !endsSentence(lines[i - 1]), startsLowercase(lines[i]) { reason = p }
            // Under an image's alt text, a line without closing punctuation is its caption
            // (`recovery` / `Parco Archeologico di Sepino (CB)`).
            if reason == nil, i > group.lowerBound, previous == .caption, isKeywordLine(i - 1),
               !".!?:;".utf8.contains(lastByteBeforeQuotes(lines[i])), wordCount(lines[i]) <= 20 { reason = .caption }
            // Under a byline, a short line without closing punctuation is its second line (`BY
            // JANE DOE` / `Herald staff writer`), not a heading; under a date line it may be one.
            if reason == nil, previous == .byline, wordCount(lines[i]) <= Self.bylineLineMaxWords, !endsSentence(lines[i]),
               listMarker(lines[i]) == nil, isDateLine(i - 1, language: language) == nil { reason = .byline }
            previous = reason
            if let reason {
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
        if isCaptionOverCredit(i) { return .caption }
        if let reason = dropReason(line) {
            inRelatedList = reason == .relatedLink && wordCount(line) <= 5
            if reason == .copyright { afterCopyright = true }
            // `Sponsored By ...`, `Anzeige:`: a label that announces the block under it.
            adAnnounced = reason == .advertisement && (endsCut(line) || lastByte(line) == UInt8(ascii: ":"))
            return reason
        }
        if titleLabelled, isLabelLine(i) { return .pageFurniture }
        if adAnnounced {
            // The announced block: one line, or in a hard-wrapped text its lines to the blank line.
            if case .wrapped = layout, i + 1 < lines.count, !lines[i + 1].isBlank {} else { adAnnounced = false }
            return .advertisement
        }
        if inRelatedList {
            // A teaser cut short (`…attends the 56th annual...`) is a link, however long; a
            // line ending in a full stop is a sentence, where headlines end without one: the
            // text has resumed (`Link zum Beitrag` / `Der Antrag wurde einstimmig angenommen.`).
            if endsCut(line) || (!isProse(i) && lastByteBeforeQuotes(line) != UInt8(ascii: ".")), wordCount(line) <= 25 { return .relatedLink }
            inRelatedList = false
        }
        if isInTeaserRun(i) { return .relatedLink }
        // A short date line, or before any text a date line of up to 8 words that opens with
        // its date (`date 2020-10-24 By Express News Service`, where the page gave no title),
        // or one of up to 8 words with at most three words of letters, a weekday and a time
        // around the date (`Viernes, 20 de septiembre 2019, 13:53`): a sentence has more words.
        // (The word limit first: most lines are longer, and the other tests read the line.)
        if wordCount(line) <= HeadDate.dateLineWords,
           wordCount(line) <= 6 || (blocks.isEmpty && opensWithDate(line)) || wordsWithLetters(line) <= 3,
           isDateLine(i, language: language) != nil { return .byline }
        if blocks.isEmpty, wordCount(line) <= Self.dateMarkerLineWords, opensWithDateMarker(line), !isProse(i) { return .byline }
        if afterCopyright, wordCount(line) <= 12, !isProse(i), i > lastProseLine() { return .pageFurniture }
        if isInFooter(i) { return .pageFurniture }
        if isKeywordLine(i) { return .caption }
        return nil
    }

    /// In the body, the first copy of a caption printed twice across a blank line whose second
    /// copy stands over a credit (`Micarea stellaris, a newly described lichen species` twice,
    /// then `Courtesy of Annina Kantelinen`): the caption, as its copy is. (Above the text, a
    /// title printed twice may stand over a photo credit too; the head keeps its first copy.)
    func isCaptionOverCredit(_ i: Int) -> Bool {
        guard duplicate[i] == 0, let copy = lines[(i + 1)...].firstIndex(where: { !$0.isBlank }), duplicate[copy] == 2,
              let credit = lines[(copy + 1)...].firstIndex(where: { !$0.isBlank }) else { return false }
        return furniture[credit] == .caption
    }

    /// A line of lower-case words without punctuation, set apart from the text (`sciopero
    /// trasporti 22 settembre disagi treni fermi`, `recovery`): the alt text or keywords of an
    /// image, kept by scrapers where the image stood. A sentence opens with a capital; a line
    /// carried on from the one above (or into the one below) is text; a brand in lower case
    /// (`iPhone`, `eBay`) has a capital in its first word.
    func isKeywordLine(_ i: Int) -> Bool {
        let line = lines[i]
        guard startsLowercase(line), wordCount(line) <= 12 else { return false }
        if i > 0, !lines[i - 1].isBlank, !endsSentence(lines[i - 1]) { return false }
        if i + 1 < lines.count, !lines[i + 1].isBlank {
            if case .wrapped = layout { return false }
            if startsLowercase(lines[i + 1]) { return false }
        }
        let b = source.utf8
        var k = line.trimmedStart
        while k < line.trimmedEnd, b[k] != 0x20 {
            if b[k] >= UInt8(ascii: "A"), b[k] <= UInt8(ascii: "Z") { return false }
            k += 1
        }
        // No punctuation at all: no sentence, clause, bracket, quotation mark, dash or ellipsis
        // (U+2010–U+203F start E2 80; « » are C2 AB, C2 BB).
        var j = line.trimmedStart
        while j < line.trimmedEnd {
            let c = b[j]
            if ".,;:!?\"()".utf8.contains(c) { return false }
            if j + 1 < line.trimmedEnd, (c == 0xE2 && b[j + 1] == 0x80) || (c == 0xC2 && (b[j + 1] == 0xAB || b[j + 1] == 0xBB)) { return false }
            j += 1
        }
        return true
    }

    /// Past the end of the text, where the page's end furniture stands (share, related, tag,
    /// comment-form or advertisement lines), a line of up to `footerLineWords` words with no
    /// closing punctuation is more of it (`Prices vary by article type`, `News Publishing
    /// Software`, a signature, a teaser headline of the latest news: `El PP acorrala a Montero
    /// en el Congreso por el «¡Eres nuestro tronco!» de la vicepresidenta a Ábalos`): the article
    /// has ended, and a heading or label there has no text of its own to open. A line ending a
    /// sentence (`Stay tuned.`) and a list item stay text.
    mutating func isInFooter(_ i: Int) -> Bool {
        guard wordCount(lines[i]) <= Self.footerLineWords, !endsSentence(lines[i]), listMarker(lines[i]) == nil,
              quoteDepth(lines[i]) == 0 else { return false }
        return i > footerStart()
    }

    /// The text ends at its last line of prose or its last kept line that ends a sentence
    /// (and does not carry on the line above in lower case), whichever is later: a heading
    /// with a short sentence under it (`Next steps` / `Work starts in May.`) is still text.
    /// Lines after that are the footer when one of them is dropped by the line rules; with no
    /// such line (an excerpt cut in the text) nothing is. Found once.
    mutating func footerStart() -> Int {
        if let known = footer { return known }
        let last = lastProseLine()
        var end = last
        var k = lines.count - 1
        while k > end {
            let line = lines[k]
            if !line.isBlank, endsSentence(line), !startsLowercase(line), dropReason(line) == nil { end = k; break }
            k -= 1
        }
        let found = last >= 0 && lines.indices[(end + 1)...].contains { !lines[$0].isBlank && dropReason(lines[$0]) != nil }
        footer = found ? end : Int.max
        return footer!
    }

    /// The line opens with a digit or a scraper's date label (`date`, `data`, `datum`, `fecha`).
    func opensWithDate(_ line: SourceLine) -> Bool {
        let b = source.utf8, s = line.trimmedStart
        guard line.trimmedEnd - s >= 5 else { return false }
        if b[s] >= 0x30 && b[s] <= 0x39 { return true }
        let head = String(decoding: b[s..<Swift.min(line.trimmedEnd, s + 6)], as: UTF8.self).lowercased()
        return Self.scraperDateLabels.contains { head.hasPrefix($0) }
    }

    /// The labels a scraper writes before a page's date, with their space.
    static let scraperDateLabels = ["date ", "data ", "datum ", "fecha "]

    /// A scraper's date marker opens the line: a date label, a space and a digit (`date
    /// 2026-03-02 Publicado por Nuria Fernández Soria Creado: Actualizado:`). A short line
    /// opened so is a date line whatever follows the date, never a title.
    func opensWithDateMarker(_ line: SourceLine) -> Bool {
        let b = source.utf8, s = line.trimmedStart
        guard line.trimmedEnd - s >= 7 else { return false }
        let head = String(decoding: b[s..<Swift.min(line.trimmedEnd, s + 7)], as: UTF8.self).lowercased()
        return Self.scraperDateLabels.contains { label in
            head.hasPrefix(label) && head.utf8.count > label.utf8.count
                && (0x30...0x39).contains(head.utf8[head.utf8.index(head.utf8.startIndex, offsetBy: label.utf8.count)])
        }
    }

    /// Words of a line opened by a date marker that is still a date line, at most: more is
    /// the text run on after the marker (`date 2020-10-15 A MAN has been charged with …`).
    static let dateMarkerLineWords = 16

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

    /// The last line of prose in the document that the line rules keep (-1 when there is
    /// none), found once: a caption or a cookie notice reads as prose but is not the text's.
    mutating func lastProseLine() -> Int {
        if let known = lastProse { return known }
        let found = lines.indices.last { !lines[$0].isBlank && isProse($0) && dropReason(lines[$0]) == nil } ?? -1
        lastProse = found
        return found
    }
}
