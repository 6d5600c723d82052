/// The article as plain text, for when standard output is not a terminal (like `less`
/// falling back to `cat`): the same layout as the reader, sanitized, without styles. Without
/// bold to set them apart, the title is underlined with `═` and each heading is numbered as
/// the reader numbers sections (`§2 …`) and underlined with `─`, as `man` and `glow` do.
/// Tables are printed whole, however wide, with their columns aligned.
public enum PlainText {
    public static func render(_ document: ReaderDocument, width: Int = 80) -> String {
        let textWidth = max(20, min(width, 80) - 2)
        let layout = ArticleLayout(document: document, width: textWidth, fitTables: false)
        let lines = layout.lines
        var out = ""
        var r = 0
        while r < lines.count {
            let line = lines[r]
            if line.decoration == .tableRow || line.decoration == .tableRule {
                out += TableText.plainRow(line, document: document, layout: layout) + "\n"
                r += 1
                continue
            }
            guard !line.isBlank, let (number, rule) = headingMarks(Int(line.block), document) else {
                out += ArticleText.row(line, document: document) + "\n"
                r += 1
                continue
            }
            // The heading wrapped again with its number in front, then its rule.
            let text = number + document.blocks[Int(line.block)].text
            var widest = 0
            for range in Wrapper.wrap(text, width: textWidth) {
                let row = Sanitizer.clean(String(ArticleText.slice(text, range.lowerBound, range.upperBound)))
                widest = max(widest, DisplayWidth.of(row))
                out += row + "\n"
            }
            out += String(repeating: rule, count: widest) + "\n"
            if let date = document.sectionDate(ofBlock: Int(line.block)) { out += Sanitizer.clean(date) + "\n" }
            while r < lines.count, lines[r].block == line.block { r += 1 }
        }
        return out
    }

    /// The number put before a title or heading block and the character of the rule under it.
    static func headingMarks(_ block: Int, _ document: ReaderDocument) -> (String, Character)? {
        switch document.blocks[block].kind {
        case .title: ("", "═")
        case .heading: ("§\(document.blockSection[block] + 1) ", "─")
        default: nil
        }
    }
}

/// Turns an `ArticleLine` into its visible text (indent, marker or bar, then the words).
enum ArticleText {
    static func prefix(_ line: ArticleLine, document: ReaderDocument) -> String {
        guard !line.isBlank else { return "" }
        let block = document.blocks[Int(line.block)]
        var s = String(repeating: " ", count: Int(line.indent))
        switch line.decoration {
        case .none, .tableRow, .tableRule, .sectionDate:
            break
        case .listMarker:
            let m = ArticleLayout.marker(block)
            let at = max(0, Int(line.indent) - DisplayWidth.of(m) - 1)
            s = String(repeating: " ", count: at) + m + " "
        case .quoteBar:
            s = String(repeating: " ", count: max(0, Int(line.indent) - 2)) + "│ "
        }
        return s
    }

    static func words(_ line: ArticleLine, document: ReaderDocument) -> Substring {
        guard !line.isBlank else { return "" }
        return slice(document.blocks[Int(line.block)].text, Int(line.start), Int(line.end))
    }

    static func row(_ line: ArticleLine, document: ReaderDocument) -> String {
        Sanitizer.clean(prefix(line, document: document) + words(line, document: document))
    }

    /// The substring at UTF-8 offsets `start..<end` (offsets fall on character boundaries).
    static func slice(_ text: String, _ start: Int, _ end: Int) -> Substring {
        let u = text.utf8
        let s = u.index(u.startIndex, offsetBy: max(0, min(start, u.count)))
        let e = u.index(u.startIndex, offsetBy: max(0, min(end, u.count)))
        return text[s..<e]
    }
}
