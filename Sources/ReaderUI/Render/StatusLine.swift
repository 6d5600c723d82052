/// The bottom row: file name, section i/N and its heading, position, match counter, mode and
/// a hint of keys; or the search prompt. Holds only what it draws; the renderer cuts it from
/// the reader's state.
struct StatusLine {
    /// The file's name.
    var name: String
    /// The section being read (0-based), of `sectionCount`, and its heading.
    var section: Int
    var sectionCount: Int
    var sectionTitle: String
    /// Position in the article, 0–100.
    var percent: Int
    /// The mode's name ("READING", "SEARCH", or an overlay's the app drew).
    var mode: String
    /// The query being typed, when the search prompt is open: the line is the prompt.
    var prompt: String?
    var search: SearchState?
    /// A one-off line shown instead of the hint of keys, never dropped.
    var message: String?
    /// The prompt finds nothing until Enter (a very big article): says so instead of a count.
    var searchesOnEnter = false
    /// The keys of the overlay on screen (contents, help, bookmarks), shown as the hint instead
    /// of the reader's: with an overlay open, `q` closes it rather than quitting.
    var overlayKeys: String?

    /// Columns the section keeps before the file name gives way to it (the hint and the mode
    /// give way to all of it).
    static let sectionMinimum = 16

    /// Draws the line into `rect` and returns where the cursor goes at the prompt.
    func draw(in rect: Rect, into screen: inout Screen) -> Point {
        guard rect.height > 0 else { return Point(x: 0, y: 0) }
        let y = rect.y
        screen.fill(rect, role: .status)
        if let prompt {
            // A query longer than the row shows its end, where the typing is, after a `…`.
            let end = screen.put("/" + TextFit.tail(prompt, rect.width - 2), x: rect.x, y: y, role: .prompt, maxX: rect.maxX)
            var right = ""
            if let s = search { right = s.matches.isEmpty ? "no matches" : TextFit.counted(s.matches.count, "match", "matches") }
            right += searchesOnEnter ? "  Enter searches · Esc cancel " : "  Enter go · Esc cancel "
            let x = rect.maxX - DisplayWidth.of(right)
            if x > end + 1 { screen.put(right, x: x, y: y, role: .status) }
            screen.restyle(x: end, y: y, width: max(0, min(rect.maxX, x) - end), role: .prompt)
            return Point(x: min(end, rect.maxX - 1), y: y)
        }
        var counter: String?
        if let s = search, !s.matches.isEmpty {
            counter = s.current.map { "match \($0 + 1)/\(s.matches.count)" } ?? TextFit.counted(s.matches.count, "match", "matches")
        }
        var hint = message ?? overlayKeys ?? (rect.width >= 120 ? "? help · / search · ] next § · t contents · q quit" : "? help · q quit")
        let sectionText = sectionCount > 0 ? "§\(section + 1)/\(sectionCount) " + sectionTitle : ""
        // Parts in the order drawn; the least important are dropped first when space is short.
        var showName = true
        var showMode = true
        var showHint = true
        func right() -> [(String, Role)] {
            var parts: [(String, Role)] = []
            if let counter { parts.append((counter, .statusAccent)) }
            parts.append(("\(percent)%", .status))
            if showMode { parts.append((mode, .statusAccent)) }
            if showHint { parts.append((hint, message == nil ? .status : .statusAccent)) }
            return parts
        }
        func width(_ parts: [(String, Role)]) -> Int { parts.reduce(0) { $0 + DisplayWidth.of($1.0) + 3 } }
        // The section needs only a few columns: it is cut with `…` to the room left by the
        // name and the parts on the right, rather than pushing them off the line.
        func leftWidth() -> Int { (showName ? DisplayWidth.of(name) + 4 : 1) + min(DisplayWidth.of(sectionText), Self.sectionMinimum) }
        while width(right()) + leftWidth() > rect.width {
            if showHint, message == nil { showHint = false } else if showMode { showMode = false }
            else if showName { showName = false } else { break }
        }
        // The hint of keys, then the mode (which names what is on screen anyway), give way to
        // the rest of the heading.
        func fullWidth() -> Int { width(right()) + leftWidth() - min(DisplayWidth.of(sectionText), Self.sectionMinimum) + DisplayWidth.of(sectionText) }
        if showHint, message == nil, fullWidth() > rect.width { showHint = false }
        if showMode, fullWidth() > rect.width { showMode = false }
        // A message is never dropped: it is cut to the room there is, and the section gives way.
        if message != nil, width(right()) + leftWidth() > rect.width {
            showHint = false
            let room = rect.width - width(right()) - 3 - 1
            showHint = room >= 8
            hint = TextFit.fit(hint, room)
        }
        let parts = right()
        let rightWidth = width(parts)
        let leftMax = max(rect.x + 1, rect.maxX - rightWidth)
        var x = rect.x
        let nameWidth = showName ? min(DisplayWidth.of(name) + 1, leftMax - x) : 0
        // Columns for the section after the name, its ` │` and a space.
        let sectionRoom = leftMax - x - (showName ? nameWidth + 2 : 0) - 1
        let section = fitSection(sectionText, sectionRoom)
        if showName {
            x = screen.put(" " + TextFit.fit(name, nameWidth - 1), x: x, y: y, role: .statusAccent, maxX: leftMax)
            if !section.isEmpty { x = screen.put(" │", x: x, y: y, role: .status, maxX: leftMax) }
        }
        if !section.isEmpty { x = screen.put(" " + section, x: x, y: y, role: .status, maxX: leftMax) }
        // With nothing left of them (a narrow line), the parts open with a space, not a separator.
        let opensLine = x == rect.x
        var rx = max(x, rect.maxX - rightWidth + (opensLine ? 2 : 0))
        for (i, (text, role)) in parts.enumerated() {
            rx = screen.put(i == 0 && opensLine ? " " : " │ ", x: rx, y: y, role: .status, maxX: rect.maxX)
            rx = screen.put(text, x: rx, y: y, role: role, maxX: rect.maxX)
        }
        return Point(x: 0, y: y)
    }

    /// The section part cut to `room` columns: the heading cut with `…` while a letter of it
    /// fits after `§i/N`, else `§i/N` alone, else `§i`, else nothing.
    func fitSection(_ text: String, _ room: Int) -> String {
        if text.isEmpty || DisplayWidth.of(text) <= room { return text }
        let number = "§\(section + 1)/\(sectionCount)"
        if room >= DisplayWidth.of(number) + 3 { return TextFit.fit(text, room) }
        if DisplayWidth.of(number) <= room { return number }
        let short = "§\(section + 1)"
        return DisplayWidth.of(short) <= room ? short : ""
    }
}
