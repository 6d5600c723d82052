/// Reads the ways it/en/de/fr/es pages write a calendar date: `28. September 2014`,
/// `24. März 2004`, `24 marzo 2025`, `1er janvier 2020`, `20 de septiembre de 2019`,
/// `April 16, 2012`, `the 10th of July 2020`, `Sep 24 2014`, `16.04.2012`, `16/04/2012`, `2012-04-16`, and a month with
/// its year (`Januar 2015`, `enero de 2015`). Used for the date a document states for itself;
/// a day and month without a year is no stated date.
enum DateForms {
    /// A date found in a text: where it starts (UTF-8 offset) and its ISO form (`2014-09-28`,
    /// or `2014-09` for a month and year).
    struct Found: Equatable {
        var offset: Int
        var iso: String
        var isFullDate: Bool { iso.utf8.count == 10 }
    }

    /// True when the text has four ASCII digits in a row, as every form read here does.
    static func hasYearDigits(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// Every date in the text, in order.
    static func all(in text: String, language: Language) -> [Found] {
        guard hasYearDigits(text) else { return [] }
        let t = tokens(text)
        var out: [Found] = []
        var i = 0
        while i < t.count {
            if let (found, next) = match(t, i, language: language) {
                out.append(found)
                i = next
            } else {
                i += 1
            }
        }
        return out
    }

    /// The first full date, else the first month and year.
    static func first(in text: String, language: Language) -> Found? {
        let found = all(in: text, language: language)
        return found.first(where: \.isFullDate) ?? found.first
    }

    struct Token {
        enum Kind { case word, number, mark }
        var kind: Kind
        var text: String
        var start: Int
        var end: Int
        var isCapitalized = false
    }

    /// Words (lower-cased letters), numbers and single marks, with their UTF-8 offsets.
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var offset = 0
        var current: Token?
        for ch in text {
            let width = ch.utf8.count
            // An ASCII character is read from its byte (as its Unicode properties would read it:
            // letters, digits, the White_Space controls and space), with no String made for it.
            if let a = ch.asciiValue {
                let letter = a | 0x20 >= 0x61 && a | 0x20 <= 0x7A
                let kind: Token.Kind? = letter ? .word : a >= 0x30 && a <= 0x39 ? .number : a == 0x20 || (a >= 0x09 && a <= 0x0D) ? nil : .mark
                let lower = Character(Unicode.Scalar(letter ? a | 0x20 : a))
                if let k = kind, k != .mark, current?.kind == k, current?.end == offset {
                    current!.text.append(lower)
                    current!.end += width
                } else {
                    if let c = current { out.append(c) }
                    current = kind.map { Token(kind: $0, text: String(lower), start: offset, end: offset + width, isCapitalized: letter && a < 0x61) }
                }
                offset += width
                continue
            }
            let kind: Token.Kind? = ch.isLetter ? .word : (ch.isASCII && ch.isNumber) ? .number : ch.isWhitespace ? nil : .mark
            // Grown in place: a copy of the token per character made a long word quadratic
            // (a 500 KB word took more than 10 s to read).
            if let k = kind, k != .mark, current?.kind == k, current?.end == offset {
                current!.text += String(ch).lowercased()
                current!.end += width
            } else {
                if let c = current { out.append(c) }
                current = kind.map { Token(kind: $0, text: String(ch).lowercased(), start: offset, end: offset + width, isCapitalized: ch.isUppercase) }
            }
            offset += width
        }
        if let c = current { out.append(c) }
        return out
    }

    private static func match(_ t: [Token], _ i: Int, language: Language) -> (Found, Int)? {
        let start = t[i].start
        func glued(_ k: Int) -> Bool { k < t.count && k > 0 && t[k].start == t[k - 1].end }
        func mark(_ k: Int, _ s: String) -> Bool { k < t.count && t[k].kind == .mark && t[k].text == s }
        func word(_ k: Int, _ s: Set<String>) -> Bool { k < t.count && t[k].kind == .word && s.contains(t[k].text) }
        func number(_ k: Int, digits: ClosedRange<Int>) -> Int? {
            guard k < t.count, t[k].kind == .number, digits.contains(t[k].text.utf8.count) else { return nil }
            return Int(t[k].text)
        }
        func year(_ k: Int) -> Int? {
            guard let y = number(k, digits: 4...4), (1800...2100).contains(y) else { return nil }
            return y
        }
        func month(_ k: Int) -> Int? {
            guard k < t.count, t[k].kind == .word, let m = months[t[k].text] else { return nil }
            // Words that are also common words count only capitalised, as months are in English.
            if ambiguous.contains(t[k].text), !t[k].isCapitalized { return nil }
            return m
        }

        if t[i].kind == .number {
            // 2012-04-16
            if let y = number(i, digits: 4...4), mark(i + 1, "-"), glued(i + 1), let m = number(i + 2, digits: 1...2), glued(i + 2),
               mark(i + 3, "-"), glued(i + 3), let d = number(i + 4, digits: 1...2), glued(i + 4), let iso = iso(y, m, d) {
                return (Found(offset: start, iso: iso), i + 5)
            }
            // 16.04.2012, 16/04/2012, 16-04-2012 (day first; month first in English when it must be)
            if let a = number(i, digits: 1...2), let sep = [".", "/", "-"].first(where: { mark(i + 1, $0) }), glued(i + 1),
               let b = number(i + 2, digits: 1...2), glued(i + 2), mark(i + 3, sep), glued(i + 3), glued(i + 4), let y = year(i + 4) {
                let englishOrder = language == .english && sep == "/" && a <= 12
                if let iso = englishOrder ? iso(y, a, b) : iso(y, b, a) { return (Found(offset: start, iso: iso), i + 5) }
            }
            // 28. September 2014, 24 marzo 2025, 1er janvier 2020, 20 de septiembre de 2019, 24th November 2026,
            // the 10th of July 2020
            if let d = number(i, digits: 1...2), (1...31).contains(d) {
                var k = i + 1
                if mark(k, ".") || mark(k, "°") || mark(k, "º") { k += 1 } else if glued(k), word(k, ["er", "st", "nd", "rd", "th"]) { k += 1 }
                if word(k, ["de", "of"]) { k += 1 }
                if let m = month(k) {
                    var y = k + 1
                    if mark(y, ".") { y += 1 }
                    if word(y, ["de", "del"]) || mark(y, ",") { y += 1 }
                    if let year = year(y), let iso = iso(year, m, d) { return (Found(offset: start, iso: iso), y + 1) }
                }
            }
            return nil
        }
        guard t[i].kind == .word, let m = month(i) else { return nil }
        var k = i + 1
        if mark(k, ".") { k += 1 }
        // April 16, 2012; Sep 24 2014
        if let d = number(k, digits: 1...2), (1...31).contains(d) {
            var y = k + 1
            if glued(y), word(y, ["st", "nd", "rd", "th"]) { y += 1 }
            if mark(y, ",") { y += 1 }
            if let year = year(y), let iso = iso(year, m, d) { return (Found(offset: start, iso: iso), y + 1) }
            return nil
        }
        // Januar 2015, enero de 2015
        if word(k, ["de", "del"]) { k += 1 }
        if let year = year(k) {
            return (Found(offset: start, iso: String(year) + "-" + (m < 10 ? "0" : "") + String(m)), k + 1)
        }
        return nil
    }

    /// The ISO form of a day that exists (no 30 February).
    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1...12).contains(m), (1...DateFinder.daysIn(m, y)).contains(d) else { return nil }
        return DateFinder.iso(y, m, d)
    }

    static let ambiguous: Set<String> = ["may", "march", "mar", "set", "ago"]

    /// Month names and abbreviations of every language (`MonthNames`).
    static var months: [String: Int] { MonthNames.all }
}
