import ArticleKit

/// The readable outline printed by `leggio dump`.
enum Outline {
    static func render(_ a: Article) -> String {
        var out = ""
        func lines(_ s: SourceSpan) -> String {
            s.firstLine == s.lastLine ? "line \(s.firstLine)" : "lines \(s.firstLine)–\(s.lastLine)"
        }
        out += "\(a.path ?? "(input)")\n"
        out += "\(a.format.rawValue), \(a.encoding.rawValue), language \(a.language.rawValue), "
        func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)" + (n == 1 ? "" : "s") }
        out += "\(counted(a.words, "word")), \(a.readingMinutes) min, \(counted(a.source.lineCount, "line"))\n\n"
        if let t = a.title { out += "Title  \(t.text)  [\(lines(t.span))]\n" }
        if let l = a.lede { out += "Lede   \(shorten(l.text))  [\(lines(l.span))]\n" }
        for (i, section) in a.sections.enumerated() {
            out += "\n§\(i + 1) \(section.title ?? "(untitled)")  [\(lines(section.span))]\n"
            for block in section.blocks {
                if let table = block.table {
                    out += "  table, \(counted(table.rows.count, "row")) × \(counted(table.columnCount, "column"))  [\(lines(block.span))]\n"
                    for row in table.rows {
                        let span = row.cells.dropFirst().reduce(row.cells.first?.span ?? block.span) { $0.union($1.span) }
                        out += "    \(shorten(row.cells.map(\.text).joined(separator: " │ "), to: 90))  [\(lines(span))]\(row.isHeader ? " header" : "")\n"
                    }
                    continue
                }
                let tag: String
                switch block.kind {
                case .list: tag = String(repeating: "  ", count: block.level) + (block.marker ?? "-")
                case .quote: tag = ">"
                case .code: tag = "code"
                default: tag = "¶"
                }
                out += "  \(tag) \(shorten(block.text))  [\(lines(block.span))]\n"
            }
        }
        if !a.dropped.isEmpty {
            out += "\nDropped (\(a.dropped.count))\n"
            for d in a.dropped {
                out += "  \(d.reason.rawValue): \(shorten(d.text))  [\(lines(d.span))]\n"
            }
        }
        return out
    }

    /// The text cut to about 70 characters at a word boundary.
    static func shorten(_ text: String, to limit: Int = 70) -> String {
        guard text.count > limit else { return text }
        var cut = text.prefix(limit)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        return cut + "…"
    }
}
