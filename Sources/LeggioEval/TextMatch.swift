import Foundation

/// How the evaluation compares texts: the parser's output and a key match when they are equal
/// after these normalisations, nothing looser.
enum TextMatch {
    /// Whitespace collapsed and trimmed, Unicode composed (NFC).
    static func collapsed(_ s: String) -> String {
        s.precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// For names and headings: collapsed, case and accents folded, typographic quotes and
    /// dashes made plain, trailing `:` `.` dropped.
    static func folded(_ s: String) -> String {
        var t = collapsed(s).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        for (a, b) in [("’", "'"), ("‘", "'"), ("“", "\""), ("”", "\""), ("–", "-"), ("—", "-"), ("\u{00A0}", " ")] {
            t = t.replacingOccurrences(of: a, with: b)
        }
        while let last = t.last, ":.".contains(last) { t.removeLast() }
        return t
    }

    /// Lower-case words (letters and digits) of a text, for coverage counts.
    static func words(_ s: String) -> [Substring] {
        s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// The first number as written (`11.000`, `2,7`, `4.5`), trailing separators cut.
    static func firstNumber(_ s: String) -> String? {
        var out = ""
        for ch in s {
            if ch.isASCII && ch.isNumber { out.append(ch) }
            else if !out.isEmpty && (ch == "." || ch == "," || ch == "'" || ch == "\u{202F}" || ch == "\u{00A0}" || ch == " ") { out.append(ch) }
            else if !out.isEmpty { break }
        }
        while let last = out.last, !(last.isASCII && last.isNumber) { out.removeLast() }
        return out.isEmpty ? nil : out.filter { $0 != " " && $0 != "\u{202F}" && $0 != "\u{00A0}" }
    }
}
