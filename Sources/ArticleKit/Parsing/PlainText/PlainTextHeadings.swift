/// Whether a line reads as a section heading: a few words, a capital first, no closing
/// punctuation.
extension PlainTextParse {
    /// A heading is at most this many words…
    static let headingMaxWords = 10
    /// …or this many where lines are paragraphs (not hard-wrapped, where a line of a
    /// paragraph has as many) and some text stands above it (a long line right under the
    /// title is its deck): `Trasporti fermi in tutta Italia: disagi per lo sciopero del 22
    /// settembre`. Longer, it reads as a sentence that lost its full stop.
    static let longHeadingMaxWords = 12
    /// …or this many where lines are paragraphs and the line opens a section inside a run of
    /// lines, its text right under it (`Percorso arduo per l'ultima tappa in linea, il Manghen
    /// come osso più duro`), with no sentence ending inside it: a line standing alone may be a
    /// label over the next heading, or a sentence that lost its full stop.
    static let runHeadingMaxWords = 15
    /// …and this many bytes.
    static let headingMaxBytes = 120

    /// A short line standing alone that reads as a heading: a few words, starting with a
    /// capital or a digit, with no closing punctuation. `inRun`: the line is asked as the
    /// opening of a section inside a run of lines, where it may be longer.
    func isHeadingLike(_ line: SourceLine, inRun: Bool = false) -> Bool {
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
        if layout == .lineBreaks, blocks.contains(where: { $0.kind != .heading }) {
            maxWords = inRun ? Self.runHeadingMaxWords : Self.longHeadingMaxWords
        }
        guard wordCount >= 1, wordCount <= maxWords else { return false }
        if wordCount > Self.longHeadingMaxWords, hasInnerSentenceEnd(line) { return false }
        // A heading may be a quotation (`“Les flammes sortaient du toit”`): its first letter
        // counts, and a full stop inside the closing mark makes it a sentence.
        if ".!:;,".utf8.contains(lastByteBeforeQuotes(line)), !endsInAbbreviation(line) { return false }
        var start = s + quoteOpenerLength(line)
        while start < e, b[start] == 0x20 { start += 1 }
        return opensWithCapitalOrDigit(start, e)
    }

    /// The text from `start` (before `end`) opens with a capital letter or a digit.
    func opensWithCapitalOrDigit(_ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        let first = source.utf8[start]
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") || first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") { return true }
        if first >= 0x80, let c = text(start, Swift.min(end, start + 4)).first { return c.isUppercase }
        return false
    }

    /// A short line standing alone to the left of the text's indent, in a hard-wrapped text
    /// whose paragraphs are all indented (`  Return to the Scene` over `   Around February
    /// 1987, I got back…`), heads a section whatever it ends with (`World War IV breaks
    /// out!!!`, `In The Beginning . . .`): the outdent is the writer's mark, as in RFCs and
    /// text files. Up to 10 words, a capital or digit first; a line ending in `,` `;` or `:`
    /// is a salutation or a label, not a heading.
    func isOutdentedHeading(_ line: SourceLine) -> Bool {
        guard case .wrapped = layout, textIndent > 0, line.indent < textIndent,
              !",;:".utf8.contains(lastByte(line)), listMarker(line) == nil else { return false }
        let words = wordCount(line)
        guard words >= 1, words <= Self.headingMaxWords else { return false }
        return opensWithCapitalOrDigit(line.trimmedStart, line.trimmedEnd)
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
}
