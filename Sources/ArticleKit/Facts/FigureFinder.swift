/// Finds figures in a block: a number with its scale (`milioni`, `bn`), unit (`%`, `€`,
/// `dollars`), qualifier and what it counts. Ordinals, times, years and numbers inside dates
/// are left alone; a bare number that counts nothing stated is not reported.
enum FigureFinder {

    static func find(_ block: ScannedBlock, consumed: inout [Bool], language: Language, gazetteer: Gazetteer,
                     maker: MentionMaker) -> [Figure] {
        var out: [Figure] = []
        var k = 0
        while k < block.count {
            defer { k += 1 }
            let t = block[k]
            guard !consumed[k] else { continue }
            // A number spelled out (twelve, dodici, zwölf, forty four, treinta y dos).
            var spelled = false
            var numberLast = k
            var value: Double
            var isRange = false
            if t.kind == .word {
                // Capitalised inside a sentence it names something (il Quattrocento, Cinque Terre).
                guard t.flags.contains(.numberWord), !t.isCapitalized || t.sentenceStart || block.word(k - 1) == ":",
                      let v = NumberWords.value(block.lower(k), language: language) else { continue }
                value = v
                spelled = true
                if v >= 20, v < 100, v.truncatingRemainder(dividingBy: 10) == 0 {
                    let u = NumberWords.joiner(block.word(k + 1), language: language) ? k + 2 : k + 1
                    if let unit = NumberWords.value(block.word(u), language: language), unit < 10, !consumed[u] {
                        value += unit
                        numberLast = u
                    }
                }
            } else {
                guard t.kind == .number, var v = NumberReader.value(block.lower(k), language: language) else { continue }
                // 1.5-3.5%, 46-47 milioni: a range is read as one figure, its first number its value.
                if let end = rangeEnd(block, k) {
                    numberLast = end
                    isRange = true
                } else if let end = groupedEnd(block, k, language: language),
                          let grouped = Double((k...end).map { block.lower($0) }.joined()) {
                    // 1 080 ha, 30 000 000 mètres carrés: thousands set apart by spaces.
                    numberLast = end
                    v = grouped
                } else if isOrdinalOrPart(block, k) {
                    continue
                }
                value = v
            }
            let tail = block[numberLast]
            var unit: String?
            var first = k
            var last = numberLast
            var glued: String?
            switch tail.suffix {
            case .none: break
            case .scale(let scale): value *= scale
            case .ordinal: continue
            case .other: glued = maker.text(tail.start + block.lower(numberLast).utf8.count, tail.end)  // 46C, 50km
            }
            // Currency symbol before: € 3 miliardi, $4.5bn; a currency's code: Rs 500, CHF 30.
            if k > 0, block[k - 1].kind == .punct, let code = WordLists.currencySymbols[block.lower(k - 1)] {
                unit = code
                first = k - 1
            } else if k > 0, block[k - 1].kind == .word, let code = WordLists.currencyCodes[block.lower(k - 1)] {
                unit = code
                first = k - 1
            } else if k > 0, WordLists.measuresBefore.contains(block.word(k - 1)) {
                // magnitudo 2.9, magnitude 4.2: the measure is named before its number.
                unit = block.word(k - 1)
                first = k - 1
            }
            var p = numberLast + 1
            if tail.suffix == .none, let scale = WordLists.scales[block.word(p)] {
                value *= scale
                last = p
                p += 1
            }
            // 3 milioni e 442 mila euro: a smaller scaled number joined to a scaled one is one amount.
            if last > numberLast, let bigger = WordLists.scales[block.word(last)], ["e", "and", "und", "et", "y"].contains(block.word(p)),
               p + 2 < block.count, block[p + 1].kind == .number, block[p + 1].suffix == .none, !consumed[p + 1],
               let smallScale = WordLists.scales[block.word(p + 2)], smallScale < bigger,
               let small = NumberReader.value(block.lower(p + 1), language: language) {
                value += small * smallScale
                last = p + 2
                p += 3
            }
            let scaled = last > numberLast || tail.suffix != .none && glued == nil
            // Unit after: %, per cento, euro, di dollari.
            if unit == nil {
                if block.isPunct(p, "%") {
                    // 100 % Anima Trail ASD: a spaced percent sign before a capitalised word opens a name.
                    if block[p].spaceBefore, p + 1 < block.count, block[p + 1].kind == .word, block[p + 1].isCapitalized,
                       !block[p + 1].sentenceStart { continue }
                    unit = "%"; last = p; p += 1
                } else if block.matches(["per", "cento"], at: p) || block.matches(["per", "cent"], at: p) {
                    unit = "%"; last = p + 1; p += 2
                } else if block.matches(["por", "ciento"], at: p) || block.matches(["pour", "cent"], at: p) {
                    unit = "%"; last = p + 1; p += 2
                } else if ["percent", "percento", "prozent", "pourcent"].contains(block.word(p)) {
                    unit = "%"; last = p; p += 1
                } else if let code = WordLists.currencyWords[block.word(p)] {
                    unit = code; last = p; p += 1
                } else if ["di", "of"].contains(block.word(p)), let code = WordLists.currencyWords[block.word(p + 1)] {
                    unit = code; last = p + 1; p += 2
                } else if p < block.count, block[p].kind == .punct, let code = WordLists.currencySymbols[block.lower(p)] {
                    // 150 €, 150€: the symbol after the amount, as written in most of Europe.
                    unit = code; last = p; p += 1
                }
            }
            var counts: String? = glued
            var countHead = -1
            if unit == nil, glued == nil {
                if scaled, ["di", "of"].contains(block.word(p)) { p += 1 }
                // A range counts what its second number counts: 115.000 y 120.000 años, 110 and 300 baud.
                if rangeWords.contains(block.word(p)), p + 1 < block.count, !consumed[p + 1],
                   (block[p + 1].kind == .number && block[p + 1].suffix == .none)
                    || (spelled && NumberWords.value(block.word(p + 1), language: language) != nil) {
                    p += 2
                }
                // a 10-month period, a 36-year-old: the noun glued to the number by a hyphen.
                if !isRange, !spelled, p == numberLast + 1, block.isPunct(p, "-"), !block[p].spaceBefore, p + 1 < block.count,
                   block[p + 1].kind == .word, !block[p + 1].spaceBefore, isHyphenMeasure(block.lower(p + 1)),
                   !tenorNouns.contains(block.word(p + 2)) {
                    p += 1
                }
                // 23 out of 32 cases: the share and its whole are one figure.
                if block.matches(["out", "of"], at: p), p + 2 < block.count, block[p + 2].kind == .number,
                   block[p + 2].suffix == .none, !consumed[p + 2] {
                    last = p + 2
                    p += 3
                }
                if let phrase = CountedNoun.read(block, from: p, language: language, gazetteer: gazetteer) {
                    let head = phrase.lowerBound
                    counts = maker.text(block[head].start, block[phrase.upperBound].end)
                    last = phrase.upperBound
                    countHead = head
                } else if language == .italian, invertedArticles.contains(block.word(p)),
                          !timeWords.contains(block.word(k - 1)),
                          let phrase = CountedNoun.read(block, from: p + 1, language: language, gazetteer: gazetteer) {
                    // Sono 194 i km da percorrere, Quattro le società: the article between the number and its noun.
                    counts = maker.text(block[phrase.lowerBound].start, block[phrase.upperBound].end)
                    last = phrase.upperBound
                }
            }
            // A range is a figure with a unit, a scale or a plural measure (3–6%, 2-3 years), not a score (a 3-1 win).
            if isRange, unit == nil, glued == nil, !scaled {
                let head = block.word(countHead)
                guard counts != nil, rangeUnits.contains(head) || CountedNoun.units.contains(head)
                    || (language == .english && CountedNoun.isPlural(head)) else { continue }
            }
            // A scaled number is a figure by itself: circa 22 miliardi.
            guard unit != nil || counts != nil || last > numberLast else { continue }
            // 330 digits times a scale word overflow a Double: no value, no figure.
            guard value.isFinite else { continue }
            // A spelled number counts only what it is said to count (twelve people, not twelve alone;
            // in English a plural noun: not `two see`, `four northern`).
            if spelled, counts == nil, unit == nil, !scaled { continue }
            if spelled, counts != nil, language == .english, !CountedNoun.isPlural(block.word(last)) { continue }
            // Asked only of a figure's number (most numbers count nothing): a code, a time, a version;
            // a year, or a number naming something (Schalke 04, Xcode 15), is no quantity by itself.
            if !spelled {
                if NumberShape.isNotQuantity(block, k, gluedText: glued) { continue }
                if unit == nil, !scaled, glued == nil, NumberShape.isYear(block, k) || NumberShape.namesSomething(block, k) { continue }
            }
            var qualifier = Qualifier.exact
            if let (q, qFirst) = QualifierReader.read(block, endingAt: first - 1) {
                qualifier = q
                first = qFirst
            }
            for c in first...last { consumed[c] = true }
            let mention = maker.mention(block, first, last)
            out.append(Figure(text: mention.text, value: value, qualifier: qualifier, counts: counts, unit: unit, mention: mention))
            k = last
        }
        return out
    }

    /// The last token of a range starting at number `k` (`1.5-3.5`, `100–150`): a dash glued to
    /// two numbers; nil for a date or code with more parts (`2024-10-18`, `1-800-555`) or a score's neighbours.
    static func rangeEnd(_ block: ScannedBlock, _ k: Int) -> Int? {
        let t = block[k]
        guard t.suffix == .none, k + 2 < block.count, block[k + 1].kind == .punct, !block[k + 1].spaceBefore,
              ["-", "–"].contains(block.lower(k + 1)), block[k + 2].kind == .number, !block[k + 2].spaceBefore,
              block[k + 2].suffix != .ordinal else { return nil }
        // Not one part of a longer code or date: 2024-10-18, 1-800-555, v1-2.
        if k + 4 < block.count, block[k + 3].kind == .punct, !block[k + 3].spaceBefore, !block[k + 4].spaceBefore,
           [":", "/", "-", "–", "."].contains(block.lower(k + 3)), block[k + 4].kind == .number { return nil }
        if k > 0, !t.spaceBefore, block[k - 1].kind == .word || [":", "/", "-", "–", "."].contains(block.lower(k - 1)) { return nil }
        return k + 2
    }

    /// A measure or span a number is joined to by a hyphen (`36-year-old`, `10-month`,
    /// `8,000-square-foot`, `98-minütigen`); not a type (`32-bit`) or any adjective (`10-compatible`).
    static func isHyphenMeasure(_ w: String) -> Bool {
        hyphenMeasures.contains(where: { w.hasPrefix($0) })
    }

    static let hyphenMeasures: [String] = [
        "year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
        "mile", "acre", "square", "foot", "feet", "inch", "metre", "meter", "kilomet", "km", "pound", "ton", "storey", "story",
        "person", "member", "seat", "bed", "room", "point",
        // German adjectives of measure: 19-jährige, 98-minütigen, 3-stündige, 4-köpfige
        "jährig", "minütig", "stündig", "tägig", "wöchig", "monatig", "köpfig", "prozentig", "fach",
    ]

    /// What a span before it is the window of, in finance (`3-year inflation expectation`,
    /// `10-year yields`, `52-week high`): a measure's term, not a quantity the text states.
    static let tenorNouns: WordList = [
        "inflation", "growth", "yield", "yields", "high", "highs", "low", "lows", "average", "averages", "rate", "rates",
        "expectation", "expectations", "forecast", "forecasts", "bond", "bonds", "note", "notes", "treasury", "treasuries",
        "mortgage", "mortgages", "return", "returns", "moving", "rolling", "trailing", "outlook", "libor", "euribor", "auction",
    ]

    /// The last group of a number written with spaces between its thousands (`1 080`, `30 000
    /// 000`, as French and Italian print them): groups of three digits after one to three digits,
    /// in any language but English (which groups with commas); nil for a number alone.
    static func groupedEnd(_ block: ScannedBlock, _ k: Int, language: Language) -> Int? {
        guard language != .english, language != .unknown, block[k].suffix == .none, isDigits(block.lower(k), upTo: 3) else { return nil }
        var last = k
        while last + 1 < block.count, block[last].suffix == .none, block[last + 1].kind == .number, block[last + 1].spaceBefore,
              block.lower(last + 1).utf8.count == 3, isDigits(block.lower(last + 1), upTo: 3) {
            last += 1
        }
        return last > k ? last : nil
    }

    /// True when `s` is one to `upTo` ASCII digits.
    static func isDigits(_ s: String, upTo: Int) -> Bool {
        let b = s.utf8
        return !b.isEmpty && b.count <= upTo && b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// What a range may count besides a plural English noun: spans of time and distance (`2-3 anni`, `500–3000 km`).
    static let rangeUnits: WordList = [
        "anni", "mesi", "giorni", "settimane", "ore", "minuti", "jahre", "monate", "tage", "wochen", "stunden", "minuten",
        "ans", "années", "mois", "jours", "semaines", "heures", "años", "meses", "días", "semanas", "horas", "minutos",
        "metri", "chilometri", "meter", "kilometer", "mètres", "kilomètres", "metros", "kilómetros",
    ]

    /// Articles between an Italian number and its noun (`sono 29 le persone`).
    static let invertedArticles: WordList = ["i", "gli", "le"]
    /// Words before a number that make it a time or a day (`alle 10 le strade`, `il 12 le truppe`).
    static let timeWords: WordList = ["alle", "dalle", "ore", "le", "il", "l'", "al", "dal", "del", "nel", "entro", "verso", "dopo", "prima", "fino"]

    /// Words joining the two numbers of a range.
    static let rangeWords: WordList = ["y", "e", "and", "et", "und", "o", "or", "to", "a", "bis", "à"]

    /// The figures with a repeated one (the same words, as in a title and its body, or the same
    /// number and unit with fewer words: `tre anni` after `tre anni di lavori`) listed once, at its
    /// first mention, holding every mention.
    static func distinct(_ figures: [Figure]) -> [Figure] {
        guard figures.count > 1 else { return figures }
        // Figures are compared with those of the same value only, found through a dictionary when many.
        // (Spelled numbers are compared without case: `Two companies` opens a sentence, `two companies` not.)
        var out: [Figure] = []
        out.reserveCapacity(figures.count)
        var lowered: [String] = []
        var byValue: [Double: [Int]] = [:]
        let few = figures.count <= 48
        for f in figures {
            let lower = f.text.lowercased()
            func repeats(_ i: Int) -> Bool { out[i].value == f.value && out[i].unit == f.unit && restates(lowered[i], lower) }
            if let i = few ? out.indices.first(where: repeats) : (byValue[f.value] ?? []).first(where: repeats) {
                out[i].mentions.append(f.mention)
                continue
            }
            if !few { byValue[f.value, default: []].append(out.count) }
            out.append(f)
            lowered.append(lower)
        }
        return out
    }

    /// True when two figures' lower-cased texts are the same words, or one is the other's first
    /// words (`tre anni`, `tre anni di lavori`): one figure stated twice.
    static func restates(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
        return long.hasPrefix(short) && long.utf8.dropFirst(short.utf8.count).first == 0x20
    }

    /// Ordinals (`3rd`, `1°`), times (`10:30`), ranges and parts of codes (`2-3`, `12/4`).
    static func isOrdinalOrPart(_ block: ScannedBlock, _ k: Int) -> Bool {
        let t = block[k]
        if t.suffix == .ordinal { return true }
        if k + 1 < block.count, !block[k + 1].spaceBefore, block[k + 1].kind == .punct {
            let next = block.lower(k + 1)
            if ["°", "º", "ª"].contains(next) { return true }
            if [":", "/", "-", "–"].contains(next), k + 2 < block.count, block[k + 2].kind == .number, !block[k + 2].spaceBefore {
                return true
            }
        }
        if k > 0, !t.spaceBefore, [":", "/", "-", "–"].contains(block.lower(k - 1)), k >= 2, block[k - 2].kind == .number {
            return true
        }
        if k > 0, !t.spaceBefore, block[k - 1].kind == .word { return true }
        return false
    }
}
