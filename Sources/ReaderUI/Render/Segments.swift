/// Draws a run of text whose parts have different roles: `marks` are byte ranges (relative
/// to `text`) with roles, later ones drawn over earlier ones. With `tabsFrom`, tabs are
/// expanded to stops counted from that column (the source panel), else drawn as `^I`.
enum Segments {
    struct Mark {
        var range: Range<Int>
        var role: Role
    }

    /// Draws `text` at (x, y) and returns the next column, plus the column where the first
    /// mark starts (for the cursor).
    @discardableResult
    static func draw(_ text: Substring, x: Int, y: Int, maxX: Int, base: Role, marks: [Mark],
                     tabsFrom origin: Int? = nil, into screen: inout Screen) -> (end: Int, firstMark: Int?) {
        func put(_ part: Substring, _ col: Int, _ role: Role) -> Int {
            if let origin { return screen.put(part, x: col, y: y, role: role, maxX: maxX, tabsFrom: origin) }
            return screen.put(part, x: col, y: y, role: role, maxX: maxX)
        }
        guard !marks.isEmpty else {
            return (put(text, x, base), nil)
        }
        let length = text.utf8.count
        // Cut points: every mark boundary inside the text.
        var cuts = Set<Int>([0, length])
        for m in marks {
            cuts.insert(max(0, min(length, m.range.lowerBound)))
            cuts.insert(max(0, min(length, m.range.upperBound)))
        }
        let points = cuts.sorted()
        var col = x
        var firstMark: Int?
        let u = text.utf8
        for k in 0..<(points.count - 1) {
            let a = points[k]
            let b = points[k + 1]
            guard a < b else { continue }
            var role = base
            var marked = false
            for m in marks where m.range.lowerBound <= a && m.range.upperBound >= b {
                role = m.role
                marked = true
            }
            if marked, firstMark == nil { firstMark = col }
            let s = u.index(u.startIndex, offsetBy: a)
            let e = u.index(u.startIndex, offsetBy: b)
            col = put(text[s..<e], col, role)
            if col >= maxX { break }
        }
        return (col, firstMark)
    }
}
