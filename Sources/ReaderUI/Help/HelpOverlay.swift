/// The reader's help overlay, generated from the key maps the input handling uses, and the
/// drawing shared by every help overlay.
enum HelpOverlay {
    struct Line: Hashable {
        var keys: String
        var text: String
        var isHeader: Bool
    }

    static func lines() -> [Line] {
        var out: [Line] = [Line(keys: "", text: "Reading", isHeader: true)]
        var digits: [Int] = []
        func flushDigits() {
            guard let a = digits.first, let b = digits.last else { return }
            out.append(Line(keys: "\(a)–\(b)", text: "section 1 to \(b)", isHeader: false))
            digits = []
        }
        for b in KeyMap.reading.bindings {
            if case .section(let n) = b.action {
                digits.append(n)
                continue
            }
            flushDigits()
            out.append(Line(keys: b.keys.map(\.description).joined(separator: " "), text: b.action.description, isHeader: false))
        }
        flushDigits()
        out.append(Line(keys: "", text: "", isHeader: false))
        out.append(Line(keys: "", text: "Table of contents (t)", isHeader: true))
        for b in KeyMap.tableOfContents.bindings {
            out.append(Line(keys: b.keys.map(\.description).joined(separator: " "), text: KeyMap.tocDescription(b.action), isHeader: false))
        }
        out.append(Line(keys: "", text: "", isHeader: false))
        out.append(Line(keys: "", text: "Search prompt (/)", isHeader: true))
        for b in KeyMap.prompt.bindings {
            out.append(Line(keys: b.keys.map(\.description).joined(separator: " "), text: KeyMap.promptDescription(b.action), isHeader: false))
        }
        out.append(Line(keys: "", text: "The query is found as typed, spaces and all: a phrase needs", isHeader: false))
        out.append(Line(keys: "", text: "no quotes (\"a phrase\" finds the same, as in the library).", isHeader: false))
        out.append(Line(keys: "", text: "Case and accents are ignored unless the query has capitals.", isHeader: false))
        out.append(Line(keys: "", text: "", isHeader: false))
        out += section("Bookmark list (')", KeyMap.bookmarks, KeyMap.bookmarkDescription)
        out += section("This help (?)", KeyMap.help, KeyMap.helpDescription)
        out.append(Line(keys: "", text: "Mouse: the wheel scrolls the pane under it;", isHeader: false))
        out.append(Line(keys: "", text: "a click focuses a pane, selects a fact or a section.", isHeader: false))
        return out
    }

    /// A titled section listing a key map's bindings, then a blank line.
    static func section(_ title: String, _ map: KeyMap, _ describe: (Action) -> String) -> [Line] {
        [Line(keys: "", text: title, isHeader: true)]
            + map.bindings.map { Line(keys: $0.keys.map(\.description).joined(separator: " "), text: describe($0.action), isHeader: false) }
            + [Line(keys: "", text: "", isHeader: false)]
    }

    static let keyColumn = 20

    static func box(size: Size, lines: Int) -> Rect {
        let w = min(size.width - 2, 84)
        let h = min(size.height - 1, lines + 2)
        return Rect(x: (size.width - w) / 2, y: 0, width: w, height: h)
    }

    static func draw(_ help: HelpState, into screen: inout Screen) -> Point {
        draw(lines(), top: help.top, size: help.size, into: &screen)
    }

    /// Draws help `all` from line `top` in the centred box; shared by every help overlay.
    static func draw(_ all: [Line], top: Int, size: Size, into screen: inout Screen) -> Point {
        let box = box(size: size, lines: all.count)
        Renderer.drawBox(box, title: "Keys · Esc closes", into: &screen)
        let inner = Rect(x: box.x + 1, y: box.y + 1, width: box.width - 2, height: box.height - 2)
        let keyCol = min(keyColumn, inner.width / 3)
        for r in 0..<inner.height {
            let i = top + r
            guard i < all.count else { break }
            let line = all[i]
            let y = inner.y + r
            // A line too long for the box is cut with `…`, as everywhere in the reader.
            let full = inner.maxX - (inner.x + 1)
            if line.isHeader {
                screen.put(TextFit.fit(line.text, full), x: inner.x + 1, y: y, role: .overlayTitle, maxX: inner.maxX)
            } else if line.keys.isEmpty {
                screen.put(TextFit.fit(line.text, full), x: inner.x + 1, y: y, role: .overlay, maxX: inner.maxX)
            } else {
                screen.put(TextFit.fit(line.keys, keyCol - 1), x: inner.x + 2, y: y, role: .heading, maxX: inner.x + 1 + keyCol)
                let textX = inner.x + 2 + keyCol
                screen.put(TextFit.fit(line.text, inner.maxX - textX), x: textX, y: y, role: .overlay, maxX: inner.maxX)
            }
        }
        if all.count > inner.height, inner.height > 0 {
            // More than fits: say which lines show and how to see the rest, on the bottom border.
            // The longest form that fits on the border, else none.
            let last = min(top + inner.height, all.count)
            let forms = [" \(top + 1)–\(last) of \(all.count) · j k scroll ", " \(top + 1)–\(last)/\(all.count) ", ""]
            let note = forms.first { DisplayWidth.of($0) <= box.width - 4 } ?? ""
            if !note.isEmpty {
                screen.put(note, x: box.maxX - 2 - DisplayWidth.of(note), y: box.maxY - 1, role: .overlayTitle)
            }
        }
        return Point(x: inner.x + 1, y: inner.y)
    }
}
