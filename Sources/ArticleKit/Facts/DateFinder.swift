/// Finds calendar dates in a block: `24 novembre 2026`, `sabato 14 novembre`, `November 24,
/// 2026`, `24th November 2026`, `novembre 2026`, `2026-11-24`, `24/11/2026`, and a bare year
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
            var m = k + 1
            if m < block.count, ["°", "º"].contains(block.lower(m)) { m += 1 }
            if let day = day(block, k), let month = month(block, m) {
                let first = weekdayStart(block, k)
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
        guard t.kind == .word, let month = month(block, k) else { return nil }
        // Month then day: November 24, 2026 (English).
        if k + 1 < block.count, block[k + 1].kind == .number, let day = day(block, k + 1), year(block, k + 1) == nil {
            let first = weekdayStart(block, k)
            if block.word(k + 2) == ",", let year = year(block, k + 3) { return (first, k + 3, iso(year, month, day)) }
            if let year = year(block, k + 2) { return (first, k + 2, iso(year, month, day)) }
            return (first, k + 1, "--" + two(month) + "-" + two(day))
        }
        // Month and year: novembre 2026.
        if let year = year(block, k + 1) { return (k, k + 1, String(year) + "-" + two(month)) }
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

    /// A month name at `k`; English names must be capitalised (`May`, not `may`).
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
