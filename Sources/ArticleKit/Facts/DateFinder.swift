/// Finds calendar dates in a block: `24 novembre 2026`, `sabato 14 novembre`, `November 24,
/// 2026`, `24th November 2026`, `the 10th of July 2020`, `novembre 2026`, `2026-11-24`, `24/11/2026`, and a bare year
/// after a preposition (`nel 2025`, `since 2019`). Marks the tokens it uses as consumed.
enum DateFinder {
    static func find(_ block: ScannedBlock, consumed: inout [Bool], language: Language, maker: MentionMaker) -> [DateFact] {
        var out: [DateFact] = []
        var k = 0
        while k < block.count {
            if !consumed[k], let (first, last, iso) = match(block, at: k, language: language) {
                for c in first...last { consumed[c] = true }
                let mention = maker.mention(block, first, last)
                out.append(DateFact(text: mention.text, iso: iso, mention: mention))
                k = last + 1
            } else {
                k += 1
            }
        }
        return out
    }

    /// A date starting at token `k` (a weekday before it is taken in): first and last token, ISO form.
    static func match(_ block: ScannedBlock, at k: Int, language: Language) -> (Int, Int, String)? {
        let t = block[k]
        if t.kind == .number {
            if let iso = numericDate(block, k, language: language) { return (k, k + 4, iso) }
            // Day then month: 24 novembre 2026, 1° gennaio, 24th November 2026.
            if language != .english, let iso = dottedDate(block.lower(k)) { return (k, k, iso) }
            var m = k + 1
            if m < block.count, ["°", "º"].contains(block.lower(m)) { m += 1 }
            // 16. November 2025, 20 de septiembre de 2019
            if language == .german, block.isPunct(m, "."), !block[m].spaceBefore { m += 1 }
            if language == .spanish, block.word(m) == "de" { m += 1 }
            // the 10th of July 2020
            if language == .english, t.suffix == .ordinal, block.word(m) == "of" { m += 1 }
            if let day = day(block, k), let month = month(block, m, language: language) {
                let first = weekdayStart(block, k)
                if language == .spanish, block.word(m + 1) == "de", let year = year(block, m + 2) {
                    return (first, m + 2, iso(year, month, day))
                }
                if let year = year(block, m + 1) {
                    return (first, m + 1, iso(year, month, day))
                }
                if block.word(m + 1) == "," , let year = year(block, m + 2) { return (first, m + 2, iso(year, month, day)) }
                return (first, m, "--" + two(month) + "-" + two(day))
            }
            // A bare year after a preposition.
            if t.suffix == .none, block.lower(k).utf8.count == 4, let y = Int(block.lower(k)), (1800...2100).contains(y), k > 0,
               WordLists.yearPrepositions.contains(block.word(k - 1)), !CountedNoun.isContentWord(block, k + 1),
               !(k + 1 < block.count && !block[k + 1].spaceBefore && ["-", "/", "–"].contains(block.lower(k + 1))) {
                return (k, k, String(y))
            }
            return nil
        }
        guard t.kind == .word, let month = month(block, k, language: language) else { return nil }
        // Month then day: November 24, 2026 (English).
        if k + 1 < block.count, block[k + 1].kind == .number, let day = day(block, k + 1), year(block, k + 1) == nil {
            let first = weekdayStart(block, k)
            if block.word(k + 2) == ",", let year = year(block, k + 3) { return (first, k + 3, iso(year, month, day)) }
            if let year = year(block, k + 2) { return (first, k + 2, iso(year, month, day)) }
            return (first, k + 1, "--" + two(month) + "-" + two(day))
        }
        // Month and year: novembre 2026, enero de 2015.
        if let year = year(block, k + 1) { return (k, k + 1, String(year) + "-" + two(month)) }
        if language == .spanish, block.word(k + 1) == "de", let year = year(block, k + 2) { return (k, k + 2, String(year) + "-" + two(month)) }
        return nil
    }

    /// 2026-11-24, or 24/11/2026 (day first unless the article is English and the day fits a month).
    static func numericDate(_ block: ScannedBlock, _ k: Int, language: Language) -> String? {
        guard k + 4 < block.count else { return nil }
        let sep = block.lower(k + 1)
        guard sep == "-" || sep == "/", block.lower(k + 3) == sep,
              block[k + 2].kind == .number, block[k + 4].kind == .number,
              (1...4).allSatisfy({ !block[k + $0].spaceBefore }),
              let a = Int(block.lower(k)), let b = Int(block.lower(k + 2)), let c = Int(block.lower(k + 4)) else { return nil }
        if sep == "-", block.lower(k).utf8.count == 4, (1...12).contains(b), (1...31).contains(c) { return iso(a, b, c) }
        if sep == "/", block.lower(k + 4).utf8.count == 4 {
            if language == .english, (1...12).contains(a), (1...31).contains(b) { return iso(c, a, b) }
            if (1...31).contains(a), (1...12).contains(b) { return iso(c, b, a) }
        }
        return nil
    }

    static func day(_ block: ScannedBlock, _ k: Int) -> Int? {
        let t = block[k]
        guard t.kind == .number, block.lower(k).utf8.count <= 2, t.suffix == .none || t.suffix == .ordinal,
              let d = Int(block.lower(k)), (1...31).contains(d) else { return nil }
        return d
    }

    /// The calendar dates among `dates`: a day and month without a year takes the year of the
    /// article's own date (the nearer one, so a December article's `15 January` is the next
    /// January), else it is dropped, as is a year alone (`nel 2025`, a time, not a date).
    static func calendarDates(_ dates: [DateFact], stated: String?) -> [DateFact] {
        let year = stated.flatMap { Int($0.prefix(4)) }
        let statedMonth = stated.flatMap { $0.utf8.count >= 7 ? Int($0.dropFirst(5).prefix(2)) : nil }
        var out: [DateFact] = []
        for var date in dates {
            if date.iso.hasPrefix("--") {
                guard let year, let month = Int(date.iso.dropFirst(2).prefix(2)) else { continue }
                var y = year
                if let statedMonth, month - statedMonth > 6 { y -= 1 }
                if let statedMonth, statedMonth - month > 6 { y += 1 }
                date.iso = String(y) + date.iso.dropFirst(1)
            } else if date.iso.utf8.count == 4 {
                continue
            }
            out.append(date)
        }
        return out
    }

    /// `31.03.2021`, read as one number: day, month, year.
    static func dottedDate(_ digits: String) -> String? {
        // Cheap test first: ten bytes at most, two dots.
        guard digits.utf8.count >= 8, digits.utf8.count <= 10, digits.utf8.lazy.filter({ $0 == 0x2E }).count == 2 else { return nil }
        let parts = digits.split(separator: ".")
        guard parts.count == 3, parts[0].utf8.count <= 2, parts[1].utf8.count <= 2, parts[2].utf8.count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              (1...12).contains(m), (1...daysIn(m, y)).contains(d), (1800...2100).contains(y) else { return nil }
        return iso(y, m, d)
    }

    /// Days in month `m` of year `y` (no 30 February).
    static func daysIn(_ m: Int, _ y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Month names of German, French and Spanish (from `MonthNames`), asked only in articles
    /// of that language (`mai` is Italian for never, `Mars` a planet in English).
    static let germanMonths = WordMap(MonthNames.names(.german))
    static let frenchMonths = WordMap(MonthNames.names(.french))
    static let spanishMonths = WordMap(MonthNames.names(.spanish))

    /// A month name at `k` in the article's language; English names must be capitalised (`May`, not `may`).
    static func month(_ block: ScannedBlock, _ k: Int, language: Language) -> Int? {
        switch language {
        case .german: if k < block.count, block[k].kind == .word, let m = germanMonths[block.lower(k)] { return m }
        case .french: if k < block.count, block[k].kind == .word, let m = frenchMonths[block.lower(k)] { return m }
        case .spanish: if k < block.count, block[k].kind == .word, let m = spanishMonths[block.lower(k)] { return m }
        default: break
        }
        return month(block, k)
    }

    /// An Italian or English month name at `k`; English names must be capitalised (`May`, not `may`).
    static func month(_ block: ScannedBlock, _ k: Int) -> Int? {
        guard k < block.count, block[k].kind == .word, !block[k].flags.isDisjoint(with: [.month, .monthAbbreviation]) else { return nil }
        if let m = WordLists.italianMonths[block.lower(k)] { return m }
        if block[k].isCapitalized, let m = WordLists.englishMonths[block.lower(k)] {
            // A three-letter abbreviation may carry a full stop: "Nov."
            return m
        }
        return nil
    }

    static func year(_ block: ScannedBlock, _ k: Int) -> Int? {
        guard k < block.count, block[k].kind == .number, block[k].suffix == .none, block.lower(k).utf8.count == 4,
              let y = Int(block.lower(k)), (1800...2100).contains(y) else { return nil }
        return y
    }

    /// The index of a weekday (and its comma) right before `k`, or `k`.
    static func weekdayStart(_ block: ScannedBlock, _ k: Int) -> Int {
        if k >= 1, WordLists.weekdays.contains(block.word(k - 1)) { return k - 1 }
        if k >= 2, block.word(k - 1) == ",", WordLists.weekdays.contains(block.word(k - 2)) { return k - 2 }
        return k
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String { String(y) + "-" + two(m) + "-" + two(d) }
    static func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
