/// Terminal escape sequences, and what is left of them when a log or a scrape dropped the
/// escape byte (`[31m`, `[0m`, `]0;title`): colours, cursor moves and window titles, never the
/// article's words. Fact extraction reads them as spaces, so `[31m` is no figure of 31
/// million and a window title no organisation.
enum TerminalEscape {
    /// Bytes of the sequence starting at `i` (before `end`), or nil when none starts there:
    /// ESC with a CSI (`ESC[1;31m`), an OSC (`ESC]0;title BEL`) or one character after it;
    /// without the ESC, `[` with digits and `;` and a final letter not closed by `]` (`[31m`,
    /// `[2J`; a bare final letter, `[K`, only when no letter follows), or `]`, digits and `;`
    /// (`]0;`, with the title after it up to its BEL or the line's end).
    static func length(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        let c = b[i]
        if c == 0x1B {
            guard i + 1 < end else { return 1 }
            switch b[i + 1] {
            case UInt8(ascii: "["): return csi(b, from: i + 2, end: end, strict: false).map { $0 - i } ?? 2
            case UInt8(ascii: "]"): return osc(b, from: i + 2, end: end) - i
            default: return 2
            }
        }
        if c == UInt8(ascii: "[") { return csi(b, from: i + 1, end: end, strict: true).map { $0 - i } }
        if c == UInt8(ascii: "]") {
            var j = i + 1
            while j < end, j - i <= 4, isDigit(b[j]) { j += 1 }
            guard j > i + 1, j < end, b[j] == UInt8(ascii: ";") else { return nil }
            return osc(b, from: i + 1, end: end) - i
        }
        return nil
    }

    /// The end of a CSI's parameters and final byte from `from`, or nil. `strict` (no ESC
    /// before it): the parameters hold a digit, or the final letter is not followed by a letter.
    private static func csi(_ b: UnsafeBufferPointer<UInt8>, from: Int, end: Int, strict: Bool) -> Int? {
        var j = from
        var digits = 0
        while j < end, j - from < 16, isDigit(b[j]) || b[j] == UInt8(ascii: ";") || (!strict && b[j] == UInt8(ascii: "?")) {
            if isDigit(b[j]) { digits += 1 }
            j += 1
        }
        guard j < end else { return nil }
        let final = b[j]
        if strict {
            guard finals.contains(final) else { return nil }
            // `[3m]` is three metres in brackets, `[Hillary` a bracketed name.
            if j + 1 < end, b[j + 1] == UInt8(ascii: "]") { return nil }
            if digits == 0, j + 1 < end, isLetter(b[j + 1]) { return nil }
        } else {
            guard final >= 0x40, final <= 0x7E else { return nil }
        }
        return j + 1
    }

    /// The end of an OSC whose number starts at `from`: after its BEL or ESC `\`, else at the
    /// line's end, within 256 bytes; past that, after its number and `;` only.
    private static func osc(_ b: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var j = from
        while j < end, j - from < 256 {
            let c = b[j]
            if c == 0x07 { return j + 1 }
            if c == 0x1B { return j + 1 < end && b[j + 1] == UInt8(ascii: "\\") ? j + 2 : j }
            if c == 0x0A || c == 0x0D { return j }
            j += 1
        }
        if j == end { return end }
        j = from
        while j < end, b[j] != UInt8(ascii: ";") { j += 1 }
        return min(end, j + 1)
    }

    /// Final letters of the sequences text keeps the remnants of: colours, erasing, cursor moves.
    private static let finals: Set<UInt8> = Set("mKJHABCDGf".utf8)

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
}
