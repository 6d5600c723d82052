import LibraryKit

/// A hit's snippet laid out for the results list: one line of text (newlines become spaces)
/// with the matched words as byte ranges, wrapped to a width and cut to a number of rows.
struct SnippetLines {
    struct Line {
        var text: Substring
        var marks: [Segments.Mark]
    }

    var lines: [Line]

    init(_ hit: SearchHit, width: Int, rows: Int) {
        var text = ""
        var marked: [Range<Int>] = []
        for run in hit.snippetRuns {
            let clean = run.text.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : String($0) }.joined()
            let start = text.utf8.count
            text += clean
            if run.matched { marked.append(start..<text.utf8.count) }
        }
        let wrapped = Wrapper.wrap(text, width: max(1, width))
        var out: [Line] = []
        let u = text.utf8
        for (i, r) in wrapped.prefix(rows).enumerated() {
            var line = r
            let cut = i == rows - 1 && wrapped.count > rows
            let s = u.index(u.startIndex, offsetBy: line.lowerBound)
            let e = u.index(u.startIndex, offsetBy: line.upperBound)
            var piece = text[s..<e]
            if cut, DisplayWidth.of(piece) >= width, let last = piece.indices.last {
                piece = piece[..<last]
                line = line.lowerBound..<(line.lowerBound + piece.utf8.count)
            }
            let marks = marked.compactMap { m -> Segments.Mark? in
                let a = max(m.lowerBound, line.lowerBound), b = min(m.upperBound, line.upperBound)
                return a < b ? Segments.Mark(range: (a - line.lowerBound)..<(b - line.lowerBound), role: .searchHit) : nil
            }
            out.append(Line(text: piece, marks: marks))
        }
        if wrapped.count > rows, !out.isEmpty { out[out.count - 1].text += "…" }
        lines = out
    }
}
