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

    /// A Markdown key's text as the document shows it: keys copy Markdown titles, headings and
    /// boilerplate lines exactly as written (``Script MIT (`mit.sh`)``, `Triage done by
    /// **@pnkfelix**.`), and a parse gives the text a reader sees, so code spans, emphasis
    /// marks, link and image targets, autolink brackets, tags and backslash escapes are taken out.
    static func markdownShown(_ s: String) -> String {
        // Escaped marks stand for themselves: kept aside while the marks are taken out.
        let escaped: [(String, String)] = [("\\*", "\u{E001}"), ("\\_", "\u{E002}"), ("\\`", "\u{E003}"), ("\\[", "\u{E004}")]
        var t = s
        for (mark, hold) in escaped { t = t.replacingOccurrences(of: mark, with: hold) }
        for (pattern, with) in [
            ("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1"),     // [text](target), ![alt](src)
            ("!?\\[([^\\]]*)\\]\\[[^\\]]*\\]", "$1"), // [text][ref]
            ("<((?:https?|mailto):[^>\\s]*)>", "$1"),       // <https://…>
            ("</?[A-Za-z][^>]*>", ""),                        // inline HTML tags
            ("`+", ""),                                       // code spans
            ("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1", "$2"),    // **strong**, __strong__
            ("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])", "$1"), // *emphasis*
            ("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])", "$1"),      // _emphasis_
            ("\\\\([!-/:-@\\[-`{-~])", "$1"),             // \* and other escapes
        ] {
            t = t.replacingOccurrences(of: pattern, with: with, options: .regularExpression)
        }
        for (mark, hold) in escaped { t = t.replacingOccurrences(of: hold, with: String(mark.dropFirst())) }
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
