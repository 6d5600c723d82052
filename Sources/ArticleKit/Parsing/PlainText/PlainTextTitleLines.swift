import Foundation

/// Lines that make or carry a plain-text page's title beyond its shape alone: a label that
/// names the rest of its line the title or the standfirst (`Headline:  Police say they were
/// taking a byte out of crime`, `subhead:  * Munroe Falls man…`), and a title set in capitals
/// carried over a blank line by a preposition (`TUTTO PRONTO PER L'EDIZIONE 2009` / `DELLA
/// CONFERENZA ITALIANA SOFTWARE LIBERO`). The words are data: `Resources/Lexicon/title-words.txt`.
extension PlainTextParse {
    /// Words after a title label, at least (`Headline:  COMPUTER` on a jump page names a
    /// section), and at most (as a title line).
    static let labelledTitleWords = 2...30
    /// Bytes a label may take before its colon, at most.
    static let labelMaxBytes = 24

    /// Where the text after a label opening line `i` starts: the label is one of `labels`
    /// (any case) before a colon; spaces and a bullet (`* `, `- `) after it are passed over.
    /// Nil when the line opens with none, or nothing follows it.
    func textAfterLabel(_ i: Int, _ labels: Set<String>) -> Int? {
        let line = lines[i], b = source.utf8
        let s = line.trimmedStart, e = line.trimmedEnd
        guard let colon = (s..<Swift.min(e, s + Self.labelMaxBytes)).first(where: { b[$0] == UInt8(ascii: ":") }) else { return nil }
        var nameEnd = colon
        while nameEnd > s, Bytes.isSpace(b[nameEnd - 1]) { nameEnd -= 1 }
        guard nameEnd > s, labels.contains(text(s, nameEnd).lowercased()) else { return nil }
        var k = colon + 1
        while k < e, Bytes.isSpace(b[k]) { k += 1 }
        if k + 1 < e, b[k] == UInt8(ascii: "*") || b[k] == UInt8(ascii: "-"), Bytes.isSpace(b[k + 1]) {
            k += 2
            while k < e, Bytes.isSpace(b[k]) { k += 1 }
        }
        return k < e ? k : nil
    }

    /// The first line of the head (`window`) that a title label opens, and where its title
    /// starts: the writer named it the title, so it is one wherever it stands in the head (a
    /// poster's note above the story it forwards is then the page's, not the story's).
    func labelledTitle(in window: Range<Int>) -> (line: Int, start: Int)? {
        for i in window where !lines[i].isBlank && furniture[i] == nil {
            guard let start = textAfterLabel(i, TitleWords.shared.titleLabels) else { continue }
            let words = source.utf8.withUnsafeBufferPointer { WordCount.of($0, start, lines[i].trimmedEnd) }
            if Self.labelledTitleWords.contains(words) { return (i, start) }
        }
        return nil
    }

    /// The standfirst under a labelled title on line `title`: the next run of lines, when a
    /// deck label opens it (`subhead:  * Munroe Falls man was arrested…` and its wrapped
    /// lines), and where its text starts.
    func labelledDeck(after title: Int) -> (lines: Range<Int>, start: Int)? {
        guard title + 1 < lines.count, let k = lines[(title + 1)...].firstIndex(where: { !$0.isBlank }), furniture[k] == nil,
              let start = textAfterLabel(k, TitleWords.shared.deckLabels) else { return nil }
        var end = k + 1
        while end < lines.count, !lines[end].isBlank, furniture[end] == nil { end += 1 }
        return (k..<end, start)
    }

    /// Below a labelled title, a line a title or deck label opens is the page's (a jump page
    /// labels its headline again: `Headline:  COMPUTER`), not the text's.
    func isLabelLine(_ i: Int) -> Bool {
        textAfterLabel(i, TitleWords.shared.titleLabels) != nil || textAfterLabel(i, TitleWords.shared.deckLabels) != nil
    }

    /// Line `next` carries on the title line `first` set in capitals across a blank line: both
    /// in capitals, the first ending no sentence, the second opening with a preposition or a
    /// conjunction, which ends no title (`TUTTO PRONTO PER L'EDIZIONE 2009` / `DELLA CONFERENZA
    /// ITALIANA SOFTWARE LIBERO`), as many words as a title has in all.
    func continuesTitleInCapitals(_ first: Int, _ next: Int) -> Bool {
        guard furniture[next] == nil, duplicate[next] == 0, !endsSentence(lines[first]),
              wordCount(lines[first]) + wordCount(lines[next]) <= 30,
              isInCapitals(lines[first]), isInCapitals(lines[next]) else { return false }
        let b = source.utf8, s = lines[next].trimmedStart
        var e = s
        while e < lines[next].trimmedEnd, !Bytes.isSpace(b[e]) { e += 1 }
        return TitleWords.shared.continuations.contains(text(s, e).lowercased())
    }

    /// Letters of a line set in capitals, at least.
    static let capitalsMinLetters = 3

    /// The line has a few letters and none in lower case (read only on lines short enough to be a title).
    func isInCapitals(_ line: SourceLine) -> Bool {
        guard line.trimmedEnd - line.trimmedStart <= 300 else { return false }
        var letters = 0
        for c in text(line.trimmedStart, line.trimmedEnd) where c.isLetter {
            if c.isLowercase { return false }
            letters += 1
        }
        return letters >= Self.capitalsMinLetters
    }

    /// Words that open a byline, lower-cased with the space after them (as `Boilerplate.isByline` reads them).
    static let bylineOpeners = ["by ", "di ", "von ", "par ", "por "]

    /// Where a title line names its author after a comma (`The Modem World, by Charles P.
    /// Hobbs of the Blue Cafe`): the comma, and where the byline starts. The opener is
    /// followed by a capital (a name), and two words at least stand before the comma.
    func authorAfterComma(_ i: Int) -> (comma: Int, byline: Int)? {
        let line = lines[i], b = source.utf8
        var k = line.trimmedStart
        while k + 2 < line.trimmedEnd {
            defer { k += 1 }
            guard b[k] == UInt8(ascii: ","), b[k + 1] == 0x20 else { continue }
            let rest = text(k + 2, Swift.min(line.trimmedEnd, k + 8)).lowercased()
            guard let opener = Self.bylineOpeners.first(where: { rest.hasPrefix($0) }) else { continue }
            let name = k + 2 + opener.utf8.count
            guard name < line.trimmedEnd, opensWithCapitalOrDigit(name, line.trimmedEnd),
                  source.utf8.withUnsafeBufferPointer({ WordCount.of($0, line.trimmedStart, k) }) >= 2 else { continue }
            return (k, k + 2)
        }
        return nil
    }
}
