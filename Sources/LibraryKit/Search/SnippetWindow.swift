/// A snippet cut from a whole highlighted column (matches between U+0001 and U+0002), in
/// the shape FTS5's `snippet()` gives: about `words` words around the first match, `…` where
/// the text goes on. Used for long sections: `snippet()` weighs every match against every
/// other (a 400 KB section of 32,000 matches took 18 s); `highlight()` and this cut are linear.
enum SnippetWindow {
    static func cut(_ highlighted: String, words: Int = 16) -> String? {
        let scalars = Array(highlighted.unicodeScalars)
        guard let first = scalars.firstIndex(of: "\u{1}") else { return nil }
        // Back over up to a quarter of the words before the match.
        var start = first
        var seen = 0
        while start > 0 {
            if scalars[start - 1] == " " || scalars[start - 1] == "\n" {
                seen += 1
                if seen > words / 4 { break }
            }
            start -= 1
        }
        // On until the words are used up, never stopping inside a match.
        var end = first
        var counted = seen
        var inside = false
        while end < scalars.count {
            let s = scalars[end]
            if s == "\u{1}" { inside = true }
            if s == "\u{2}" { inside = false }
            if !inside, s == " " || s == "\n" {
                counted += 1
                if counted >= words { break }
            }
            end += 1
        }
        var out = String.UnicodeScalarView()
        if start > 0 { out.append("…") }
        out.append(contentsOf: scalars[start..<end])
        if end < scalars.count { out.append("…") }
        return String(out)
    }
}
