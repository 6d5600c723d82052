import ArticleKit

/// A snippet cut from a whole highlighted column (matches between U+0001 and U+0002), in
/// the shape FTS5's `snippet()` gives: about `words` words around the first match, `…` where
/// the text goes on. Used for long sections: `snippet()` weighs every match against every
/// other (a 400 KB section of 32,000 matches took 18 s), and `highlight()` copies its output
/// at every match (a 5 MB section of 230,000 matches took minutes): `around` finds the first
/// match itself, a piece of the text at a time.
enum SnippetWindow {
    /// The snippet of `text` around the first occurrence of `terms` (as `MatchLocator` finds
    /// them, ignoring case and accents), or nil when none occurs: the text is read in pieces
    /// (`TextPieces`) until one holds a match, and only that piece is marked and cut.
    static func around(_ terms: [SearchQuery.Term], in text: String, words: Int = 16) -> String? {
        var text = text
        return text.withUTF8 { utf8 in
            var snippet: String?
            TextPieces.forEach(utf8) { piece, offset, _ in
                let found = MatchLocator.ranges(of: terms, in: TextFolding.fold(piece, lowercase: true))
                    .sorted { $0.lowerBound < $1.lowerBound }
                guard !found.isEmpty else { return true }
                var marked: [UInt8] = []
                marked.reserveCapacity(piece.count + 2 * found.count)
                var at = 0
                for r in found where r.lowerBound >= at {
                    marked += piece[at..<r.lowerBound]
                    marked.append(1)
                    marked += piece[r]
                    marked.append(2)
                    at = r.upperBound
                }
                marked += piece[at...]
                snippet = cut(String(decoding: marked, as: UTF8.self), words: words).map {
                    var s = $0
                    if offset > 0, !s.hasPrefix("…") { s = "…" + s }
                    if offset + piece.count < utf8.count, !s.hasSuffix("…") { s += "…" }
                    return s
                }
                return false
            }
            return snippet
        }
    }

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
