import LibraryKit

/// Cutting text to a number of display columns, with an ellipsis when something was cut.
enum TextFit {
    static func fit(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = Sanitizer.width(of: ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        // `may meeting…`, not `may meeting …`: the ellipsis follows the last word cut.
        while out.last?.isWhitespace == true { out.removeLast() }
        return out + "…"
    }

    /// The end of `text` that fits in `width` columns, after a `…` when its start is cut: what a
    /// prompt shows of a query longer than its row, so the words being typed stay in view.
    static func tail(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var kept: [Character] = []
        var used = 0
        for ch in text.reversed() {
            let w = Sanitizer.width(of: ch)
            if used + w > width - 1 { break }
            kept.append(ch)
            used += w
        }
        return "…" + String(kept.reversed())
    }

    /// A count and its noun, singular for one: "1 section", "12,500 words", "3 matches".
    static func counted(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(LibraryList.grouped(n)) " + (n == 1 ? one : many ?? one + "s")
    }

    /// `text` padded on the left with spaces to `width` columns.
    static func right(_ text: String, _ width: Int) -> String {
        let w = DisplayWidth.of(text)
        return w >= width ? text : String(repeating: " ", count: width - w) + text
    }

    /// A count short enough for a narrow column: 12,345 up to 99,999, then 812k, then 8.1M.
    static func compact(_ n: Int) -> String {
        if n < 100_000 { return LibraryList.grouped(n) }
        if n < 1_000_000 { return "\(n / 1_000)k" }
        return "\(n / 1_000_000).\(n / 100_000 % 10)M"
    }

    /// Reading time: minutes up to an hour, then hours (586 h).
    static func readingTime(minutes: Int) -> String {
        minutes < 60 ? "\(minutes) min" : "\(LibraryList.grouped((minutes + 30) / 60)) h"
    }
}

extension TextFit {
    /// `text` without spaces at either end.
    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
