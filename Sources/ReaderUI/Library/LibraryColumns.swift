import LibraryKit

/// The library list's columns for a screen width: the title takes what the others leave, and
/// the least useful columns are dropped first on narrow screens (minutes, language, date).
struct LibraryColumns {
    var x: Int
    var title: Int
    var date = 0
    var language = 0
    var words = 0
    var minutes = 0
    var facts = 0
    /// The file name, on screens wide enough to spare it (titles can repeat; files cannot).
    var file = 0

    static let gap = 2

    init(width: Int) {
        x = 1
        var rest = width - 2
        func take(_ w: Int, ifTitleKeeps minimum: Int) -> Int {
            guard rest - w - Self.gap >= minimum else { return 0 }
            rest -= w + Self.gap
            return w
        }
        facts = take(5, ifTitleKeeps: 10)
        words = take(6, ifTitleKeeps: 10)
        date = take(11, ifTitleKeeps: 16)
        language = take(4, ifTitleKeeps: 24)
        minutes = take(6, ifTitleKeeps: 48)
        // Very wide screens: the title stops at a readable width, the numbers stay near it.
        title = max(1, min(rest, 88))
        if rest - title - Self.gap >= 16 { file = rest - title - Self.gap }
    }

    /// The cells of one row, left to right, as (text, width, right-aligned). `loading`: facts
    /// not counted yet show as "…" rather than "–".
    func cells(_ e: LibraryEntry, loading: Bool = false) -> [(String, Int, Bool)] {
        let pending = e.isPending
        let failed = e.error != nil
        let unknown = pending ? "…" : "–"
        var out: [(String, Int, Bool)] = [(e.title, title, false)]
        if date > 0 { out.append((failed ? "unreadable" : e.date.map { Self.shownDate($0, e.dateSource) } ?? "–", date, false)) }
        if language > 0 { out.append((pending || e.language == .unknown ? "–" : e.language.rawValue, language, false)) }
        if words > 0 { out.append((pending || failed ? unknown : TextFit.compact(e.words), words, true)) }
        if minutes > 0 { out.append((pending || failed ? unknown : TextFit.readingTime(minutes: e.readingMinutes), minutes, true)) }
        if facts > 0 { out.append((e.facts.map(String.init) ?? (pending || (loading && !failed) ? "…" : "–"), facts, true)) }
        if file > 0 { out.append((e.fileName, file, false)) }
        return out
    }

    /// A file's modification day only looks like a date the article states: it is marked `~`.
    static func shownDate(_ date: String, _ source: LibraryEntry.DateSource) -> String {
        source == .file ? "~" + date : date
    }

    /// The role of column `c` of an entry's row (not selected): the title's, a stated date as
    /// text, everything else (a file's day included) dimmed.
    func role(ofColumn c: Int, _ e: LibraryEntry, titleRole: Role) -> Role {
        if c == 0 { return titleRole }
        if date > 0, c == 1, e.error == nil, e.date != nil, e.dateSource == .stated { return .text }
        return .dropped
    }

    var header: [(String, Int, Bool)] {
        var out: [(String, Int, Bool)] = [("Title", title, false)]
        if date > 0 { out.append(("Date", date, false)) }
        if language > 0 { out.append(("Lang", language, false)) }
        if words > 0 { out.append(("Words", words, true)) }
        if minutes > 0 { out.append(("Read", minutes, true)) }
        if facts > 0 { out.append(("Facts", facts, true)) }
        if file > 0 { out.append(("File", file, false)) }
        return out
    }

    /// Draws one row of cells at y.
    func draw(_ cells: [(String, Int, Bool)], y: Int, roles: (Int) -> Role, into screen: inout Screen) {
        var cx = x
        for (i, (text, w, right)) in cells.enumerated() {
            let fitted = TextFit.fit(text, w)
            screen.put(right ? TextFit.right(fitted, w) : fitted, x: cx, y: y, role: roles(i), maxX: cx + w)
            cx += w + Self.gap
        }
    }
}
