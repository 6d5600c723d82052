import Foundation

/// The parts of an e-mail or news message kept as plain text (a list archive's page, a
/// forwarded message, a newsletter sent by mail) that are not the article's text, marked on
/// the per-line furniture before the head and body are read:
///
/// - a header block: a run of lines opened by two or more header fields (`From:`, `Date:`,
///   `Subject:`, `To:`, `Message-ID:`, `Oggetto:`, `Betreff:`), with the wrapped rest of a
///   field's value, dropped as metadata; its date field gives the stated date;
/// - a salutation standing alone before the first paragraph (`Dear Free Software Supporter,`,
///   `Hallo,`): a short line ending in a comma, dropped as a byline;
/// - a closing (`Saludos,`) and the name under it, dropped as a byline;
/// - a signature: the lines after a `-- ` delimiter to the end (a dozen at most);
/// - a list footer: a bare address (`list@lists.example.org`), `… mailing list`;
/// - a sign-off standing alone above a rule (`The Mad Hatter` / `__________`) and a rule that
///   frames a few words (`=-=-= begin copyrighted story =-=-=`);
/// - an archive's author line right above its date line (`Vincenzo Bruno v.bruno a vinsoft.it`
///   / `Mer 21 Mar 2007 23:34:33 CET`).
///
/// The words are data: `Resources/Boilerplate/mail.txt`.
extension PlainTextParse {
    /// Words of a closing (`Mit freundlichen Grüßen,`), at most.
    static let closingMaxWords = 4
    /// Words of a salutation line, at most.
    static let salutationMaxWords = 6
    /// Words of a name under a closing, or of a sign-off above a rule, at most.
    static let signOffMaxWords = 5
    /// Non-blank lines of a signature after its delimiter, at most (more is text).
    static let signatureMaxLines = 12
    /// Words of an archive's author line, at most.
    static let authorLineMaxWords = 8
    /// Lines of a header block, at most.
    static let headerMaxLines = 16
    /// Words a framing rule frames, at most.
    static let framedMaxWords = 6
    /// Lines from the top where an archive's author line is looked for.
    static let authorLineWindow = 12

    /// Marks the message parts above on `furniture`, before the head and body are read.
    mutating func markMail() {
        let fields = lines.indices.map { headerField($0) }
        var firstProse: Int?
        // `isMailShaped`, kept up to date here rather than read again for every line.
        var mailShaped = isMailShaped
        var i = 0
        while i < lines.count {
            guard !lines[i].isBlank else { i += 1; continue }
            var end = i
            while end < lines.count, !lines[end].isBlank { end += 1 }
            markGroup(i..<end, fields: fields, beforeProse: firstProse == nil, mailShaped: &mailShaped)
            if firstProse == nil, (i..<end).contains(where: { isProse($0) && furniture[$0] == nil }) { firstProse = i }
            i = end
        }
        markSignature()
        for k in 0..<Swift.max(0, Swift.min(lines.count, Self.authorLineWindow) - 1) where isAuthorLine(k) {
            furniture[k] = .byline
            furniture[k + 1] = .byline
        }
    }

    /// Marks one run of non-blank lines.
    private mutating func markGroup(_ group: Range<Int>, fields: [String?], beforeProse: Bool, mailShaped: inout Bool) {
        // A header block: opened by a field (or a forwarded-message line), two fields or more.
        let opening = group.first { fields[$0] != nil }
        if let f = opening, f == group.lowerBound
            || (f == group.lowerBound + 1 && (furniture[group.lowerBound] != nil || isFramedRule(lines[group.lowerBound]))),
           let block = headerRun(from: f, in: group, fields: fields), block.fields >= 2 {
            for k in f...block.last { furniture[k] = .metadata }
            mailShaped = true
        }
        for k in group where furniture[k] == nil {
            let line = lines[k]
            if group.count == 1, beforeProse, mailShaped, isSalutation(line) { furniture[k] = .byline; continue }
            if line.words <= Self.closingMaxWords, Self.mailWords.closings.contains(loweredWords(k, dropping: ",!.")) {
                furniture[k] = .byline
                if k + 1 < group.upperBound, lines[k + 1].words <= Self.signOffMaxWords, !endsSentence(lines[k + 1]) {
                    furniture[k + 1] = .byline
                }
                continue
            }
            if isBareAddress(line) || (line.words <= 8 && endsWithMailingList(line)) {
                furniture[k] = .pageFurniture
                continue
            }
            if mailShaped, isFramedRule(line) { furniture[k] = .pageFurniture; continue }
            if k == group.lowerBound, isSignOff(k) { furniture[k] = .byline }
        }
    }

    /// The header block opened at `first`: its field lines one after another, each with the
    /// wrapped rest of its value (an indented line, or one short line without closing
    /// punctuation), ending at the first other line; its last field line and how many fields.
    func headerRun(from first: Int, in group: Range<Int>, fields: [String?]) -> (last: Int, fields: Int)? {
        var last = first, count = 0, k = first
        while k < group.upperBound, k - first < Self.headerMaxLines {
            if fields[k] != nil {
                count += 1
                last = k
            } else if !(k == last + 1 && (lines[k].indent > lines[last].indent
                        || (lines[k].words <= Self.signOffMaxWords && !endsSentence(lines[k])))) {
                break
            }
            k += 1
        }
        return count > 0 ? (last, count) : nil
    }

    /// The lower-cased name of the header field opening line `i` (`from` for `From: …`, `objet`
    /// for `Objet : …`), when it is one; a one-character mark before it is passed over
    /// (`ú Message-ID: <…>`, a bullet read in the wrong code page).
    func headerField(_ i: Int) -> String? {
        let line = lines[i]
        let b = source.utf8
        var s = line.trimmedStart
        let e = Swift.min(line.trimmedEnd, s + 40)
        guard let colon = (s..<e).first(where: { b[$0] == UInt8(ascii: ":") }) else { return nil }
        guard colon + 1 == line.trimmedEnd || Bytes.isSpace(b[colon + 1]) else { return nil }
        var nameEnd = colon
        while nameEnd > s, Bytes.isSpace(b[nameEnd - 1]) { nameEnd -= 1 }
        if let space = (s..<nameEnd).first(where: { Bytes.isSpace(b[$0]) }) {
            // A mark of one character (up to 2 bytes, not an ASCII letter) before the name.
            guard space - s <= 2, !(space - s == 1 && Bytes.isASCIILetterOrDigit(b[s])) else { return nil }
            s = space
            while s < nameEnd, Bytes.isSpace(b[s]) { s += 1 }
        }
        guard s < nameEnd, !(s..<nameEnd).contains(where: { Bytes.isSpace(b[$0]) }) else { return nil }
        let name = text(s, nameEnd).lowercased()
        return Self.mailWords.fields.contains(name) ? name : nil
    }

    /// A short line ending in a comma, a capital first: `Dear Free Software Supporter,`.
    func isSalutation(_ line: SourceLine) -> Bool {
        guard line.words <= Self.salutationMaxWords, lastByte(line) == UInt8(ascii: ","), listMarker(line) == nil,
              quoteDepth(line) == 0 else { return false }
        let first = source.utf8[line.trimmedStart]
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
        return first >= 0x80 && (text(line.trimmedStart, Swift.min(line.trimmedEnd, line.trimmedStart + 4)).first?.isUppercase ?? false)
    }

    /// The line ends with `mailing list` (any case): a list's name in its footer.
    func endsWithMailingList(_ line: SourceLine) -> Bool {
        let tail = Array("mailing list".utf8)
        guard line.trimmedEnd - line.trimmedStart >= tail.count else { return false }
        return zip(source.utf8[(line.trimmedEnd - tail.count)..<line.trimmedEnd], tail).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }

    /// One word (no space) with `@` and a dot after it: an address alone on its line (a list's posting address).
    func isBareAddress(_ line: SourceLine) -> Bool {
        let bytes = source.utf8[line.trimmedStart..<line.trimmedEnd]
        guard bytes.count <= 120 else { return false }
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > line.trimmedStart else { return false }
        return bytes[(at + 1)...].contains(UInt8(ascii: ".")) && !bytes.contains(where: Bytes.isSpace)
    }

    /// A few words framed by rules of symbols on both sides (`=-=-= begin copyrighted story =-=-=`);
    /// not a sentence framed so (`+++ 14:30 Uhr: Polizei sperrt die Brücke +++`, a ticker's line).
    func isFramedRule(_ line: SourceLine) -> Bool {
        let b = source.utf8, s = line.trimmedStart, e = line.trimmedEnd
        guard e - s >= 8, line.words <= Self.framedMaxWords + 2 else { return false }
        func isRuleByte(_ c: UInt8) -> Bool { "=-_*~#+".utf8.contains(c) }
        return (s..<s + 3).allSatisfy { isRuleByte(b[$0]) } && (e - 3..<e).allSatisfy { isRuleByte(b[$0]) }
    }

    /// A short line without closing punctuation, a blank line above it, under a line that
    /// ends a sentence and above a rule (a blank line between; a rule framing words may follow
    /// right under it): the writer's name closing the part above (`The Mad Hatter` /
    /// `__________`, `Dick` / `=-=-= begin copyrighted story =-=-=`), not a heading, which
    /// opens text. A setext underline right under a line is its heading's, not a rule.
    func isSignOff(_ k: Int) -> Bool {
        let line = lines[k]
        guard line.words <= Self.signOffMaxWords, !".!?:;,".utf8.contains(lastByte(line)), listMarker(line) == nil,
              k > 0, lines[k - 1].isBlank, k + 1 < lines.count,
              let next = lines[(k + 1)...].firstIndex(where: { !$0.isBlank }),
              isFramedRule(lines[next]) || (next > k + 1 && isRule(lines[next])),
              let previous = lines[..<k].lastIndex(where: { !$0.isBlank }), endsSentence(lines[previous]) else { return false }
        return true
    }

    /// Hard-wrapped, or holding a header block: the shape of a message, where a short line
    /// ending in a comma before the text is its salutation (in a page one a line, such a
    /// line opens the text, as `Liebe Bürgerinnen und Bürger,` opens a council's report).
    var isMailShaped: Bool {
        if case .wrapped = layout { return true }
        return furniture.contains(.metadata)
    }

    /// A list archive's author line: a short line ending in an address, whole or disguised
    /// (`v.bruno a vinsoft.it`, `pflores2 en gmail.com`), right above a date line with a time
    /// to the second (`Mer 21 Mar 2007 23:34:33 CET`, `Jue Sep 16 10:39:21 EDT 2010`), in the
    /// same run of lines, near the top. Both are bylines.
    func isAuthorLine(_ k: Int) -> Bool {
        guard !lines[k].isBlank, furniture[k] == nil, lines[k].words <= Self.authorLineMaxWords,
              !lines[k + 1].isBlank, lines[k + 1].words <= HeadDate.dateLineWords else { return false }
        let lastWord = lineText(k).split(separator: " ").last ?? ""
        guard lastWord.contains("@") || lastWord.dropFirst().dropLast().contains(".") && lastWord.last?.isLetter == true else { return false }
        let next = Array(source.utf8[lines[k + 1].trimmedStart..<lines[k + 1].trimmedEnd])
        func isDigit(_ j: Int) -> Bool { next[j] >= 0x30 && next[j] <= 0x39 }
        // hh:mm:ss, and a date the reader knows or a year (`Jue Sep 16 10:39:21 EDT 2010`).
        let time = next.count >= 8 && (0...next.count - 8).contains { j in
            isDigit(j) && isDigit(j + 1) && next[j + 2] == 0x3A && isDigit(j + 3) && isDigit(j + 4) && next[j + 5] == 0x3A && isDigit(j + 6) && isDigit(j + 7)
        }
        guard time else { return false }
        let year = next.count >= 4 && (0...next.count - 4).contains { j in
            (j == 0 || next[j - 1] == 0x20) && (j + 4 == next.count || next[j + 4] == 0x20) && (j..<j + 4).allSatisfy(isDigit)
        }
        return year || isDateLine(k + 1, language: language) != nil
    }

    /// The date the first header block's date field states (`Date: 2010/9/15`), ISO: the
    /// message's own date, before an archive's line above it.
    func mailHeaderDate() -> String? {
        for i in lines.indices where furniture[i] == .metadata {
            guard let name = headerField(i), Self.mailWords.dates.contains(name) else { continue }
            let value = lineText(i).drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
            return StatedDate.find(in: value, language: language) ?? Self.slashedDate(value)
        }
        return nil
    }

    /// `2010/9/15` (as mail programs write it) in ISO.
    static func slashedDate(_ value: String) -> String? {
        let parts = value.split(whereSeparator: { $0 == " " }).first?.split(separator: "/") ?? []
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// After a line that is the signature delimiter (`-- `; a bare `--` only in a message, as
    /// elsewhere it may part sections), the lines to the end of the document, when they are
    /// few, are the signature.
    private mutating func markSignature() {
        let mailShaped = isMailShaped
        // `-- ` as mail writes it anywhere; a bare `--` only in a message.
        guard let delimiter = lines.lastIndex(where: {
            source.utf8[$0.trimmedStart..<$0.trimmedEnd].elementsEqual("--".utf8)
                && (mailShaped || source.utf8[$0.start..<$0.end].elementsEqual("-- ".utf8))
        }) else { return }
        let after = lines.indices[(delimiter + 1)...].filter { !lines[$0].isBlank }
        guard !after.isEmpty, after.count <= Self.signatureMaxLines else { return }
        furniture[delimiter] = .pageFurniture
        for k in after { furniture[k] = .pageFurniture }
    }

    /// The line lower-cased, its spaces collapsed, the given characters cut from its end.
    private func loweredWords(_ i: Int, dropping: String) -> String {
        var t = lineText(i).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        while let last = t.last, dropping.contains(last) || last == " " { t.removeLast() }
        return t
    }

    static var mailWords: MailWords { MailWords.shared }
}
