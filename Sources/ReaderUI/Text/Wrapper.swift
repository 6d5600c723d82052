/// Word wrapping by display columns. Lines break at spaces; a word longer than the width is
/// cut between clusters. Results are UTF-8 byte ranges into the text, so callers can map
/// highlights (search hits, fact mentions) onto wrapped lines. Spaces at the start of a row are
/// skipped, except on the first row when `keepLeadingSpaces` is set (source text keeps its indent).
public enum Wrapper {
    public static func wrap(_ text: String, width: Int, keepLeadingSpaces: Bool = false) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var col = 0
        var lastSpace = -1
        var colAfterSpace = 0
        var offset = 0
        for ch in text {
            let n = ch.utf8.count
            if ch == " " {
                if offset == start, !(keepLeadingSpaces && lines.isEmpty) {
                    start = offset + n
                } else if col + 1 > width {
                    lines.append(start..<offset)
                    start = offset + n
                    col = 0
                    lastSpace = -1
                } else {
                    lastSpace = offset
                    col += 1
                    colAfterSpace = col
                }
                offset += n
                continue
            }
            let w = Sanitizer.width(of: ch)
            if col + w > width, col > 0 {
                if lastSpace >= 0 {
                    lines.append(start..<lastSpace)
                    start = lastSpace + 1
                    col -= colAfterSpace
                    lastSpace = -1
                }
                if col + w > width, col > 0 {
                    lines.append(start..<offset)
                    start = offset
                    col = 0
                }
            }
            col += w
            offset += n
        }
        var end = offset
        if lastSpace == end - 1, end > start { end -= 1 }
        if end > start || lines.isEmpty { lines.append(start..<max(start, end)) }
        return lines
    }
}
