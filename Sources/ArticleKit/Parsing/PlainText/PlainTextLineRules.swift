/// What the line rules say of one line alone: the title printed again (whole or cut short),
/// a caption printed twice, a rule of symbols, the boilerplate vocabulary, or a short note in
/// brackets.
extension PlainTextParse {
    func dropReason(_ line: SourceLine) -> DroppedBlock.Reason? {
        if isRepeatedTitle(line) || isCutTitle(line) || holdsTitle(line) { return .repeatedTitle }
        if duplicate[line.number - 1] != 0 { return .caption }
        return furniture[line.number - 1]
    }

    /// A rule of symbols or a line the boilerplate vocabulary recognises.
    func furnitureReason(_ line: SourceLine) -> DroppedBlock.Reason? {
        let length = line.trimmedEnd - line.trimmedStart
        guard length <= Boilerplate.maxBytes, length > 0 else { return nil }
        if isRule(line) { return .pageFurniture }
        let reason = source.utf8.withUnsafeBufferPointer {
            Boilerplate.reason(forLine: UnsafeBufferPointer(rebasing: $0[line.trimmedStart..<line.trimmedEnd]))
        }
        return reason ?? (isBracketedNote(line) ? .pageFurniture : nil)
    }

    /// Words of a note in brackets, at most.
    static let bracketedNoteMaxWords = 15

    /// A short line wholly inside one pair of brackets (`(page A4)`, `[edit]`, `(in der
    /// Mehrzweckhalle Hausen)`, `(four column photograph - LEW STAMP/Beacon Journal)`): a note
    /// of the page or the editor (a credit, a place, a jump, a link label) set beside the text,
    /// not a sentence of it; text in brackets inside a line does not make the line one.
    func isBracketedNote(_ line: SourceLine) -> Bool {
        let b = source.utf8, s = line.trimmedStart, e = line.trimmedEnd
        guard e - s >= 3, line.words <= Self.bracketedNoteMaxWords,
              b[s] == UInt8(ascii: "(") || b[s] == UInt8(ascii: "["),
              b[e - 1] == UInt8(ascii: ")") || b[e - 1] == UInt8(ascii: "]") else { return false }
        var depth = 0
        for i in s..<e {
            let c = b[i]
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") {
                depth -= 1
                // The opening bracket closes before the end: `(a) and (b)`.
                if depth == 0 { return i == e - 1 }
            }
        }
        return false
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

    /// Words besides the title a line holding it may have, at most.
    static let wordsBesideTitle = 8

    /// A short line that holds the whole title among a few other words (`01 ryan adams Top 10
    /// Music Festivals…`, `Title | Site name`): the title printed again beside an image's or
    /// the site's name, not text. Only titles of 20 bytes or more, matched at word edges.
    func holdsTitle(_ line: SourceLine) -> Bool {
        let key = titleKey
        let length = line.trimmedEnd - line.trimmedStart
        guard key.count >= 20, length > key.count, length <= key.count + 80 else { return false }
        guard line.words <= titleWords + Self.wordsBesideTitle else { return false }
        return source.utf8.withUnsafeBufferPointer { b in
            var start = line.trimmedStart
            while start + key.count <= line.trimmedEnd {
                let end = start + key.count
                if b[start] == key[0], start == line.trimmedStart || Bytes.isSpace(b[start - 1]),
                   end == line.trimmedEnd || !Self.isWordByte(b[end]),
                   key.withUnsafeBufferPointer({ k in (0..<k.count).allSatisfy { b[start + $0] == k[$0] } }) { return true }
                start += 1
            }
            return false
        }
    }

    /// An ASCII letter or digit, or a byte of a non-ASCII character.
    static func isWordByte(_ c: UInt8) -> Bool {
        c >= 0x80 || (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
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
}
