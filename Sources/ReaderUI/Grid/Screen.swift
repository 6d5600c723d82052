/// A frame: a grid of cells plus where the terminal's cursor should sit. Panes draw into it
/// and the terminal backend copies it out. `put` is the only way text enters the grid, and it
/// sanitizes everything it is given (see `Sanitizer`).
public struct Screen: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the real cursor goes (focused item or prompt), so screen readers follow it.
    public var cursor: Point?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y) in `role`, sanitized, clipped at `maxX` (default: the right edge).
    /// A wide character that would straddle the edge becomes a space. Returns the column after
    /// the last one written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: Role, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var col = x
        var done = false
        Sanitizer.forEachGlyph(text) { glyph, isControl in
            if done { return }
            if col + glyph.width > limit {
                if col < limit, glyph.width == 2 { set(col, y, Cell(" ", role: role)) ; col += 1 }
                done = true
                return
            }
            if col >= 0 {
                let r: Role = isControl ? .control : role
                set(col, y, Cell(glyph.text, role: r))
                if glyph.width == 2 { set(col + 1, y, Cell("", role: r)) }
            }
            col += glyph.width
        }
        return col
    }

    /// Writes `text` as `put` does, but with each tab drawn as spaces to the next multiple of
    /// `Wrapper.tabStop` columns counted from column `origin` (source text as less shows it),
    /// not as `^I`.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: Role, maxX: Int? = nil, tabsFrom origin: Int) -> Int {
        var col = x
        for (k, piece) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
            if k > 0 {
                let stop = origin + ((col - origin) / Wrapper.tabStop + 1) * Wrapper.tabStop
                col = put(String(repeating: " ", count: stop - col), x: col, y: y, role: role, maxX: maxX)
                if col < stop { return col }
            }
            col = put(piece, x: col, y: y, role: role, maxX: maxX)
        }
        return col
    }

    /// Fills a rectangle with blanks (or `character`, which must be one column wide) in `role`.
    public mutating func fill(_ rect: Rect, role: Role, character: Character = " ") {
        let cell = Cell(String(character), role: role)
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x] = cell }
        }
    }

    /// Changes the role of cells already drawn, keeping their text.
    public mutating func restyle(x: Int, y: Int, width w: Int, role: Role) {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<min(width, x + w) { cells[y * width + cx].role = role }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width else { return }
        // Overwriting half of a wide character blanks its other half.
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(" ", role: cells[i - 1].role) }
        if !cell.isContinuation, x + 1 < width, cells[i + 1].isContinuation, !cells[i].isContinuation {
            cells[i + 1] = Cell(" ", role: cells[i + 1].role)
        }
        cells[i] = cell
    }

    /// The text of row `y`, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += self[x, y].text }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Every row's text, one per line (trailing spaces removed).
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// Every row's roles as `Role.code` characters, one per cell.
    public var styleMap: String {
        (0..<height).map { y in String((0..<width).map { self[$0, y].role.code }) }.joined(separator: "\n")
    }
}
