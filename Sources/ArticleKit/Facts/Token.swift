/// One word, number or punctuation mark of a block, located by UTF-8 offsets in the text the
/// fact scan read (`MentionMaker.shown`). Fact extraction works over these instead of
/// `Character`s, so it stays cheap.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    var kind: Kind
    /// Offsets of the token in the scanned text (for a number, its attached letters included: `4.5bn`).
    var start: Int
    var end: Int
    /// Letters glued to a number (`bn` of `4.5bn`, `th` of `24th`), read.
    var suffix: Suffix = .none
    /// First letter upper-case (`Kim`, `NATO`, `È`).
    var isCapitalized = false
    /// Two or more letters, all upper-case ASCII (`NATO`, `NIS`).
    var isAllCaps = false
    /// Whitespace (or the block start) comes right before it.
    var spaceBefore = true
    /// First word or number of a sentence.
    var sentenceStart = false
    /// What the word lists say about the word (set when the block is scanned).
    var flags: WordFlags = []

    /// Letters glued to a number.
    enum Suffix: Equatable, Sendable {
        case none
        /// `st`, `nd`, `rd`, `th`: an ordinal.
        case ordinal
        /// `k`, `m`, `bn`: a multiplier.
        case scale(Double)
        /// Anything else (`46C`, `50km`).
        case other
    }
}

/// The tokens of a byte range and, beside them, their lower-cased text (`’` written `'`; for a
/// number, the digits and separators only). Kept apart so tokens stay plain values.
struct TokenList {
    var tokens: [Token] = []
    var lowers: [String] = []

    mutating func append(_ t: Token, _ lower: String) {
        tokens.append(t)
        lowers.append(lower)
    }
}

/// Splits a byte range of text into tokens. Elided articles are split off
/// (`l’Agenzia` → `l’` `Agenzia`), possessive `’s` is its own token, hyphenated words stay whole.
enum Tokenizer {
    static let elisions: WordList = [
        "l", "dell", "all", "d", "nell", "sull", "un", "dall", "quell", "coll", "c", "s", "m", "t", "v",
        "n", "tutt", "sant", "bell", "quest", "nessun", "buon",
    ]
    static let abbreviations: WordList = [
        "mr", "mrs", "ms", "dr", "st", "prof", "sig", "sigg", "dott", "gen", "col", "jr", "sr", "inc",
        "co", "ltd", "on", "avv", "ing", "no", "vs", "etc", "ecc", "mt", "lt", "capt", "gov", "sen", "rep",
        "mons", "msgr", "rev", "sra",
        // forms of address in French and Spanish: Mlle. Dupont, la Dra. López, la Srta. Gómez
        "mme", "mlle", "srta", "dra",
    ]

    /// Each ASCII byte as a one-character string, for punctuation tokens (made once).
    static let asciiStrings: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

    static let ordinalSuffixes: WordList = ["st", "nd", "rd", "th"]

    /// The bytes are text as shown (the fact scan reads blocks' text, where the parsers have
    /// already dropped tags and Markdown marks); character references left in it are read.
    static func tokens(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> TokenList {
        let lexicon = Lexicon.table
        var out = TokenList()
        out.tokens.reserveCapacity((end - start) / 5)
        out.lowers.reserveCapacity((end - start) / 5)
        var i = start
        var space = true
        var atSentenceStart = true
        while i < end {
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x0B {
                space = true; i += 1; continue
            }
            if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { space = true; i += 2; continue }
            if c == 0x1B || c == 0x5B || c == 0x5D, let n = TerminalEscape.length(b, at: i, end: end) {
                space = true; i += n; continue
            }
            if isDigit(c) {
                var j = i
                while j < end, isDigit(b[j]) || ((b[j] == 0x2E || b[j] == 0x2C) && j + 1 < end && isDigit(b[j + 1])) { j += 1 }
                let numberEnd = j
                while j < end, isASCIILetter(b[j]) { j += 1 }
                var t = Token(kind: .number, start: i, end: j)
                if j > numberEnd {
                    let suffix = string(b, numberEnd, j, lower: true)
                    if ordinalSuffixes.contains(suffix) {
                        t.suffix = .ordinal
                    } else if let scale = WordLists.scaleSuffixes[suffix] {
                        t.suffix = .scale(scale)
                    } else {
                        t.suffix = .other
                    }
                }
                t.spaceBefore = space
                t.sentenceStart = atSentenceStart
                atSentenceStart = false
                out.append(t, string(b, i, numberEnd, lower: false))
                space = false
                i = j
                continue
            }
            if c == 0x26, let (length, decoded) = characterReference(b, i, end) {
                // &pound; &euro; &nbsp; as in HTML sources: one mark, read as the character it stands for.
                if decoded == " " { space = true; i += length; continue }
                var t = Token(kind: .punct, start: i, end: i + length)
                t.spaceBefore = space
                out.append(t, decoded)
                space = false
                i += length
                continue
            }
            let punctLength = punctuationLength(b, i, end)
            if punctLength > 0 {
                var t = Token(kind: .punct, start: i, end: i + punctLength)
                t.spaceBefore = space
                out.append(t, punctLength == 1 ? asciiStrings[Int(c)] : string(b, i, i + punctLength, lower: false))
                if c == 0x2E || c == 0x21 || c == 0x3F || (c == 0xE2 && punctLength == 3 && b[i + 2] == 0xA6) {
                    if !(c == 0x2E && endsAbbreviation(out)) { atSentenceStart = true }
                }
                space = false
                i += punctLength
                continue
            }
            // A word: letters, digits, non-ASCII letters, inner hyphens and apostrophes.
            var j = i
            var cut = -1  // where an elided article ends (after its apostrophe)
            var apostropheAt = -1
            while j < end {
                let d = b[j]
                if d < 0x80 {
                    if isASCIILetter(d) || isDigit(d) { j += 1; continue }
                    if d == 0x2D, j + 1 < end, isLetterStart(b, j + 1, end) || isDigit(b[j + 1]) { j += 1; continue }
                    if d == 0x27, j + 1 < end, isLetterStart(b, j + 1, end) { apostropheAt = j; cut = j + 1; break }
                    // An apostrophe written as a character reference (Cos&rsquo;è, l&#8217;Agenzia).
                    if d == 0x26, let (length, decoded) = characterReference(b, j, end), decoded == "'", j + length < end,
                       isLetterStart(b, j + length, end) {
                        apostropheAt = j; cut = j + length; break
                    }
                    break
                }
                if d == 0xE2, j + 3 < end, b[j + 1] == 0x80, b[j + 2] == 0x99, isLetterStart(b, j + 3, end) {
                    apostropheAt = j; cut = j + 3; break
                }
                if punctuationLength(b, j, end) > 0 { break }
                j += scalarLength(d)
            }
            if apostropheAt >= 0 {
                let prefix = string(b, i, apostropheAt, lower: true)
                // Possessive 's: the word, then "'s".
                let afterS = cut + 1
                if b[cut] | 0x20 == 0x73, afterS >= end || !isLetterStart(b, afterS, end) {
                    appendWord(&out, b, i, apostropheAt, &space, &atSentenceStart, lexicon)
                    var t = Token(kind: .word, start: apostropheAt, end: afterS)
                    t.spaceBefore = false
                    out.append(t, "'s")
                    i = afterS
                    continue
                }
                if elisions.contains(prefix) {
                    appendWord(&out, b, i, cut, &space, &atSentenceStart, lexicon, lowerText: prefix + "'")
                    // The sentence start (if any) moves on to the word after the article.
                    let n = out.tokens.count - 1
                    if out.tokens[n].sentenceStart { out.tokens[n].sentenceStart = false; atSentenceStart = true }
                    i = cut
                    continue
                }
                // O'Brien, don't: one word.
                j = cut
                while j < end {
                    let d = b[j]
                    if d < 0x80 {
                        if isASCIILetter(d) || isDigit(d) || (d == 0x2D && j + 1 < end && isLetterStart(b, j + 1, end)) { j += 1; continue }
                        break
                    }
                    if punctuationLength(b, j, end) > 0 { break }
                    j += scalarLength(d)
                }
            }
            appendWord(&out, b, i, j, &space, &atSentenceStart, lexicon)
            i = j
        }
        return out
    }

    private static func appendWord(_ out: inout TokenList, _ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int,
                                   _ space: inout Bool, _ atSentenceStart: inout Bool, _ lexicon: Lexicon.Table,
                                   lowerText: String? = nil) {
        var t = Token(kind: .word, start: s, end: e)
        let lower: String
        if let lowerText {
            lower = lowerText
            t.flags = lexicon.lookup(lower)
        } else {
            (lower, t.flags) = lowerWord(b, s, e, lexicon)
        }
        let c = b[s]
        t.isCapitalized = (c >= 0x41 && c <= 0x5A) || (c == 0xC3 && s + 1 < e && b[s + 1] >= 0x80 && b[s + 1] <= 0x9E && b[s + 1] != 0x97)
        if t.isCapitalized, e - s >= 2 {
            var caps = true
            var letters = 0
            for k in s..<e where isASCIILetter(b[k]) {
                letters += 1
                if b[k] >= 0x61 { caps = false; break }
            }
            t.isAllCaps = caps && letters >= 2
        }
        t.spaceBefore = space
        t.sentenceStart = atSentenceStart
        atSentenceStart = false
        space = false
        out.append(t, lower)
    }

    /// True when the `.` just appended follows an abbreviation or an initial (`Mr.`, `J.`).
    private static func endsAbbreviation(_ out: TokenList) -> Bool {
        let n = out.tokens.count
        guard n >= 2 else { return false }
        let w = out.tokens[n - 2]
        guard w.kind == .word, w.end == out.tokens[n - 1].start else { return false }
        if abbreviations.contains(out.lowers[n - 2]) { return true }
        return w.isCapitalized && out.lowers[n - 2].utf8.count == 1
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// True when a letter starts at `i` (ASCII letter or a non-ASCII scalar that is not punctuation).
    @inline(__always) static func isLetterStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return isASCIILetter(c) }
        return c >= 0xC3 && punctuationLength(b, i, end) == 0
    }

    static let characterReferences: WordMap<String> = [
        "pound": "£", "euro": "€", "dollar": "$", "nbsp": " ", "amp": "&", "quot": "\"", "rsquo": "'", "lsquo": "'",
        "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "ndash": "–", "mdash": "—", "hellip": "…", "deg": "°",
        "#8364": "€", "#163": "£", "#160": " ", "#8217": "'", "#39": "'", "apos": "'",
    ]

    /// A character reference (`&pound;`, `&#8364;`) at `i`: its length and the character it stands for.
    static func characterReference(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Int, String)? {
        var j = i + 1
        while j < end, j - i <= 8, isASCIILetter(b[j]) || isDigit(b[j]) || b[j] == 0x23 { j += 1 }
        guard j < end, b[j] == 0x3B, j > i + 1 else { return nil }
        guard let decoded = characterReferences[string(b, i + 1, j, lower: true)] else { return nil }
        return (j + 1 - i, decoded)
    }

    /// Length of a punctuation scalar at `i`, or 0 when it is part of a word.
    static func punctuationLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return isASCIILetter(c) || isDigit(c) ? 0 : 1 }
        if c == 0xC2 { return 2 }  // « » ° º ª £ · and the rest of Latin-1 punctuation
        if c == 0xC3 { return i + 1 < end && (b[i + 1] == 0x97 || b[i + 1] == 0xB7) ? 2 : 0 }  // × ÷
        if c == 0xE2, i + 2 < end {
            if b[i + 1] == 0x80 || b[i + 1] == 0x82 { return 3 }  // dashes, quotes, … • €
        }
        return 0
    }

    /// The word's bytes lower-cased as `string(_:_:_:lower: true)` does, and the lexicon's flags
    /// for them, hashed and looked up from the lowered bytes in the same pass.
    static func lowerWord(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ lexicon: Lexicon.Table) -> (String, WordFlags) {
        var flags: WordFlags = []
        let text = String(unsafeUninitializedCapacity: e - s) { out in
            var n = 0
            var k = s
            var h = FNV1a.offset
            while k < e {
                let c = b[k]
                if c >= 0x41 && c <= 0x5A {
                    out[n] = c | 0x20; h = FNV1a.step(h, c | 0x20); n += 1; k += 1
                } else if c == 0xC3, k + 1 < e, b[k + 1] >= 0x80, b[k + 1] <= 0x9E, b[k + 1] != 0x97 {
                    out[n] = c; out[n + 1] = b[k + 1] + 0x20
                    h = FNV1a.step(FNV1a.step(h, c), b[k + 1] + 0x20)
                    n += 2; k += 2
                } else if c == 0xE2, k + 2 < e, b[k + 1] == 0x80, b[k + 2] == 0x99 {
                    out[n] = 0x27; h = FNV1a.step(h, 0x27); n += 1; k += 3
                } else {
                    out[n] = c; h = FNV1a.step(h, c); n += 1; k += 1
                }
            }
            flags = lexicon.lookup(UnsafeBufferPointer(rebasing: out[0..<n]), hash: h)
            return n
        }
        return (text, flags)
    }

    /// `String(decoding: bytes, as: UTF8.self)`, made by copying the bytes into the string's own
    /// storage: much cheaper for the short ASCII strings tokens mostly are (no separate
    /// validation pass); invalid UTF-8 is repaired just the same.
    @inline(__always) static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            if let from = bytes.baseAddress, let to = out.baseAddress { to.initialize(from: from, count: bytes.count) }
            return bytes.count
        }
    }

    /// The bytes as a string, optionally lower-cased (ASCII and Latin-1 capitals; `’` → `'`).
    static func string(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, lower: Bool) -> String {
        guard lower else { return text(UnsafeBufferPointer(rebasing: b[s..<e])) }
        return String(unsafeUninitializedCapacity: e - s) { out in
            var n = 0
            var k = s
            while k < e {
                let c = b[k]
                if c >= 0x41 && c <= 0x5A {
                    out[n] = c | 0x20; n += 1; k += 1
                } else if c == 0xC3, k + 1 < e, b[k + 1] >= 0x80, b[k + 1] <= 0x9E, b[k + 1] != 0x97 {
                    out[n] = c; out[n + 1] = b[k + 1] + 0x20; n += 2; k += 2
                } else if c == 0xE2, k + 2 < e, b[k + 1] == 0x80, b[k + 2] == 0x99 {
                    out[n] = 0x27; n += 1; k += 3
                } else {
                    out[n] = c; n += 1; k += 1
                }
            }
            return n
        }
    }
}
