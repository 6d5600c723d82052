/// Word wrapping by display columns. Lines break at spaces; a word longer than the width is
/// cut between clusters. Results are UTF-8 byte ranges into the text, so callers can map
/// highlights (search hits, fact mentions) onto wrapped lines. Spaces at the start of a row are
/// skipped, except on the first row when `keepLeadingSpaces` is set (source text keeps its indent).
/// A space inside French guillemets (`« Made in Elsass »`) or before a `:` `;` `!` `?` standing
/// alone does not break, so no row starts with `»` or `?` and none ends with `«`.
///
/// Runs of ASCII are measured byte by byte (a megabyte wraps in a few milliseconds); anything
/// else is measured a grapheme cluster at a time, as the grid will draw it.
///
/// With `expandTabs` (the source panel), a tab reaches the next multiple of `tabStop` columns
/// from the row's start, as `Screen.put(_:x:y:role:maxX:tabsFrom:)` draws it, and breaks a
/// line as a space does; otherwise it is a control, two columns (`^I`).
public enum Wrapper {
    /// Columns between tab stops, as in less and terminals.
    public static let tabStop = 8

    public static func wrap(_ text: String, width: Int, keepLeadingSpaces: Bool = false, expandTabs: Bool = false) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { bytes in
            wrap(bytes, text: text, from: 0, to: bytes.count, width: max(1, width), keepLeadingSpaces: keepLeadingSpaces,
                 expandTabs: expandTabs)
        }
    }

    /// Wraps the bytes `from..<to` of `text` (whose UTF-8 is `b`); ranges are offsets into `b`.
    /// The range must start and end on cluster boundaries (a line of a larger text).
    static func wrap(_ b: UnsafeBufferPointer<UInt8>, text: String, from: Int, to: Int, width: Int,
                     keepLeadingSpaces: Bool, expandTabs: Bool = false) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = from
        var col = 0
        var lastSpace = -1
        var colAfterSpace = 0
        var offset = from
        let count = to
        let utf8 = text.utf8
        while offset < count {
            let byte = b[offset]
            let next: UInt8 = offset + 1 < count ? b[offset + 1] : 0
            // One cluster: its length in bytes and its width in columns.
            var n = 1
            var w: Int
            if byte < 0x80, next < 0x80, !(byte == 0x0D && next == 0x0A) {
                w = byte >= 0x20 && byte < 0x7F ? 1 : 2  // controls become ^X
            } else {
                let ch = text[utf8.index(utf8.startIndex, offsetBy: offset)...].first!
                n = ch.utf8.count
                w = Sanitizer.width(of: ch)
            }
            if byte == 0x09, expandTabs {
                // A tab: to the next stop; a place to break, as a space is (so no tab lies
                // between the last break and the row's end, and `col` stays exact on a break).
                if offset == start, !(keepLeadingSpaces && lines.isEmpty) {
                    start = offset + 1
                } else {
                    let tab = tabStop - col % tabStop
                    if col + tab > width, col > 0 {
                        lines.append(start..<offset)
                        start = offset + 1
                        col = 0
                        lastSpace = -1
                    } else {
                        lastSpace = offset
                        col += tab
                        colAfterSpace = col
                    }
                }
                offset += 1
                continue
            }
            if byte == 0x20, n == 1, !binds(b, at: offset, from: from, to: count) {
                if offset == start, !(keepLeadingSpaces && lines.isEmpty) {
                    start = offset + 1
                } else if col + 1 > width {
                    lines.append(start..<offset)
                    start = offset + 1
                    col = 0
                    lastSpace = -1
                } else {
                    lastSpace = offset
                    col += 1
                    colAfterSpace = col
                }
                offset += 1
                continue
            }
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
            w = 0
        }
        var end = offset
        if lastSpace == end - 1, end > start { end -= 1 }
        if end > start || lines.isEmpty { lines.append(start..<max(start, end)) }
        return lines
    }

    /// True when the space at `i` must not break the line: it follows an opening `«`, or comes
    /// before a closing `»` or before a `:` `;` `!` `?` that stands alone (French typography
    /// written with plain spaces).
    static func binds(_ b: UnsafeBufferPointer<UInt8>, at i: Int, from: Int, to: Int) -> Bool {
        if i >= from + 2, b[i - 2] == 0xC2, b[i - 1] == 0xAB { return true }
        let j = i + 1
        if j + 1 < to, b[j] == 0xC2, b[j + 1] == 0xBB { return true }
        guard j < to, b[j] == 0x3A || b[j] == 0x3B || b[j] == 0x21 || b[j] == 0x3F else { return false }
        return j + 1 >= to || b[j + 1] == 0x20 || b[j + 1] == 0x0A
    }
}
