/// Reads the value of a number as written, in the article's convention: `11.000` is eleven
/// thousand in Italian and `11,000` in English; `1,5` and `1.5` are one and a half.
enum NumberReader {
    /// Nil for a number too large for a Double (330 digits read as infinity): no figure's value.
    static func value(_ text: String, language: Language) -> Double? {
        guard let value = parsed(text, language: language), value.isFinite else { return nil }
        return value
    }

    private static func parsed(_ text: String, language: Language) -> Double? {
        var digits: [UInt8] = []
        var dots = 0
        var commas = 0
        var lastSeparator: UInt8 = 0
        var afterLast = 0
        for c in text.utf8 {
            if c == 0x2E || c == 0x2C {
                if c == 0x2E { dots += 1 } else { commas += 1 }
                lastSeparator = c
                afterLast = 0
            } else {
                afterLast += 1
            }
        }
        if dots == 0 && commas == 0 { return Double(text) }
        // Which separator, if any, marks the decimals.
        let decimal: UInt8?
        if dots > 0 && commas > 0 {
            decimal = lastSeparator
        } else if dots + commas > 1 {
            decimal = nil  // 1.000.000 or 1,000,000
        } else if afterLast != 3 {
            decimal = lastSeparator  // 1,5 or 1.5 or 2.75
        } else {
            // One separator before three digits: thousands in the article's convention.
            switch language {
            case .english: decimal = lastSeparator == 0x2E ? 0x2E : nil
            case .unknown: decimal = nil
            default: decimal = lastSeparator == 0x2C ? 0x2C : nil
            }
        }
        for c in text.utf8 {
            if c == 0x2E || c == 0x2C {
                if c == decimal { digits.append(0x2E) }
            } else {
                digits.append(c)
            }
        }
        return Double(String(decoding: digits, as: UTF8.self))
    }
}
