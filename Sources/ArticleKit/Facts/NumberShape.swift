/// Numbers whose shape or neighbours say they are not quantities: years, clock times, version
/// numbers, codes, hashes and identifiers (`468492c`, `#96795`), numbers that are part of a name (`Schalke 04`,
/// `FIPS 140`, `Go 1.24`). `FigureFinder` asks before reading a figure.
enum NumberShape {
    /// Letters glued to a number that make it a measure (`46C`, `50km`, `3GW`); any other glued
    /// letters (`7bf`, `3TV`, `70px`, `16h`, `20ème`) make it a code, a time or an ordinal.
    static let gluedUnits: WordList = [
        "c", "f", "km", "m", "cm", "mm", "kg", "g", "mg", "t", "l", "ml", "cl", "ha", "mq", "mc", "m2", "m3", "km2",
        "kw", "mw", "gw", "tw", "kwh", "mwh", "gwh", "twh", "w", "v", "kv", "mph", "kmh", "kph", "ft", "lb", "lbs", "oz",
        "gb", "mb", "tb", "kb", "hz", "khz", "mhz", "ghz", "x", "pc", "yo",
        "enne",  // Italian ages: 18enne
    ]
    /// Marks that glue a number to what comes before it (`v1.0.0`, `140-3`).
    static let gluing: WordList = [".", "-", "–", "_", "="]
    /// Words after a number that make it a clock time (`16 h`, `8 Uhr`).
    static let clockWords: WordList = ["h", "uhr", "hrs"]
    /// Words before a number followed by `heures`/`horas`/`ore` that make it a time of day (`à 16 heures`).
    static let timePrepositions: WordList = ["à", "vers", "dès", "jusqu'à", "um", "gegen", "ab", "las", "alle", "dalle", "le", "les"]
    static let hourWords: WordList = ["heures", "heure", "horas", "hora", "ore", "uhr"]

    /// Nouns a number after them numbers (`articolo 18`, `Flight 370`, `Seite 4`): a closed class
    /// of references, in the languages Leggio reads.
    static let referenceNouns: WordList = [
        "articolo", "comma", "legge", "decreto", "pagina", "capitolo", "numero", "paragrafo", "allegato",
        "tabella", "figura", "binario", "volo", "linea", "sezione", "giornata", "tappa",
        "section", "article", "chapter", "page", "flight", "gate", "room", "route", "interstate", "number", "figure",
        "table", "platform", "week", "season", "episode", "round", "stage", "game", "volume", "issue", "item", "exhibit",
        "artikel", "paragraf", "seite", "absatz", "nummer", "kapitel", "gleis", "spieltag",
        "alinéa", "numéro", "chapitre", "ligne", "artículo", "página", "número", "capítulo", "línea",
    ]
    /// Ranks a number after them names (`tier 3`, `level 2`, `livello 4`, `Stufe 3`).
    static let rankNouns: WordList = ["tier", "level", "livello", "niveau", "nivel", "stufe"]

    /// Abbreviations of those nouns, read with their period (`n. 45`, `No. 5`, `art. 18`).
    static let referenceAbbreviations: WordList = ["n", "no", "nr", "art", "pag", "vol", "p", "pp", "sec", "ch"]

    /// True when the number at `k` is not a quantity, whatever follows it.
    static func isNotQuantity(_ block: ScannedBlock, _ k: Int, gluedText: String?) -> Bool {
        let t = block[k]
        let digits = block.lower(k)
        let bytes = digits.utf8
        // A leading zero: 04, 007 (a code or a club's year), not 0,5.
        if bytes.count >= 2, bytes.first == 0x30, let second = bytes.dropFirst().first, second >= 0x30, second <= 0x39 { return true }
        // 1.64.0: groups after the first separator that are not thousands make a version.
        if isVersion(bytes) { return true }
        // Letters glued on: a unit stays, anything else is a code, a time or an ordinal.
        if let glued = gluedText {
            let unit = glued.lowercased()
            if !gluedUnits.contains(unit) { return true }
            // 46C is a temperature, 468492c a hash.
            if unit.utf8.count == 1, bytes.count > 3 { return true }
        }
        // A word glued right after (20ème, 1ra): an ordinal or a code.
        if k + 1 < block.count, !block[k + 1].spaceBefore, block[k + 1].kind == .word, block.lower(k + 1) != "'s" { return true }
        // Glued to what comes before: v1.0.0, 6h13, 140-3.
        if k >= 2, !t.spaceBefore, block[k - 1].kind == .punct, !block[k - 1].spaceBefore, block[k - 2].kind != .punct,
           gluing.contains(block.lower(k - 1)) { return true }
        if k >= 1, !t.spaceBefore, block[k - 1].kind == .number { return true }
        // An identifier: PR #96795, issue #12.
        if k >= 1, !t.spaceBefore, block.isPunct(k - 1, "#") { return true }
        // Clock times: 16 h, 8 Uhr, à 16 heures.
        // (4 h 33:29 is a race time, a measure.)
        if clockWords.contains(block.word(k + 1)), !(k + 2 < block.count && block[k + 2].kind == .number) { return true }
        // 6 h13:21: a time with its hour mark glued to the minutes.
        if k + 1 < block.count, block[k + 1].kind == .word, isClockGlued(block.lower(k + 1)) { return true }
        // A number after the noun it numbers is a reference: articolo 18, comma 2, Flight 370, n. 45, page 3.
        if block.isPunct(k - 1, ".") ? referenceAbbreviations.contains(block.word(k - 2)) : referenceNouns.contains(block.word(k - 1)) {
            return true
        }
        if rankNouns.contains(block.word(k - 1)) { return true }
        if hourWords.contains(block.word(k + 1)), timePrepositions.contains(block.word(k - 1))
            || (block.word(k - 1) == "de" && block.word(k - 2) == "partir") { return true }  // à partir de 2 heures
        return false
    }

    /// `h13`, `h05`: an hour mark glued to the minutes after it.
    static func isClockGlued(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 2, bytes.first == 0x68 else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A year written alone (1900–2099, four digits, no separator): never a quantity unless a
    /// unit, currency or scale makes it one.
    static func isYear(_ block: ScannedBlock, _ k: Int) -> Bool {
        let bytes = block.lower(k).utf8
        guard bytes.count == 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let y = Int(block.lower(k)) else { return false }
        return (1900...2099).contains(y)
    }

    /// A number after a capitalised word it names: `Schalke 04`, `Hannover 96`, `FIPS 140`, `Go 1.24`,
    /// `Xcode 15`. Months and weekdays are dates' words; `In 2019` starts a sentence.
    static func namesSomething(_ block: ScannedBlock, _ k: Int) -> Bool {
        guard k >= 1, block[k].spaceBefore else { return false }
        let p = block[k - 1]
        // (At a sentence start only before a version: Go 1.24, not Altri 16 comuni.)
        guard p.kind == .word, p.isCapitalized, !p.sentenceStart || block.lower(k).utf8.contains(0x2E), !p.flags.contains(.stopword), !p.flags.contains(.month),
              !p.flags.contains(.monthAbbreviation), !p.flags.contains(.weekday), !p.flags.contains(.sourceOpener) else { return false }
        let before = block.lower(k - 1)
        return QualifierReader.byLastWord[before] == nil && WordLists.currencyCodes[before] == nil
    }

    /// `420.907.035,62`, `1,234,567.89`: thousands in groups of three, then one decimal mark of
    /// the other kind; a number, not a version.
    static func isGroupedDecimal(_ bytes: String.UTF8View) -> Bool {
        var groups: [Int] = [0]
        var marks: [UInt8] = []
        for c in bytes {
            if c == 0x2E || c == 0x2C {
                marks.append(c)
                groups.append(0)
            } else {
                groups[groups.count - 1] += 1
            }
        }
        guard marks.count >= 2, let decimal = marks.last, marks.dropLast().allSatisfy({ $0 != decimal && $0 == marks[0] }),
              (1...3).contains(groups[0]) else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0 == 3 } && (groups.last ?? 0) > 0
    }

    private static func isVersion(_ bytes: String.UTF8View) -> Bool {
        if isGroupedDecimal(bytes) { return false }
        var separators = 0
        var groupLength = -1
        var badGroup = false
        for c in bytes {
            if c == 0x2E || c == 0x2C {
                separators += 1
                if groupLength >= 0, groupLength != 3 { badGroup = true }
                groupLength = 0
            } else if groupLength >= 0 {
                groupLength += 1
            }
        }
        if groupLength >= 0, groupLength != 3 { badGroup = true }
        return separators >= 2 && badGroup
    }
}
