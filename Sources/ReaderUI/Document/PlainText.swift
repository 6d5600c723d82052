/// The article as plain text, for when standard output is not a terminal (like `less`
/// falling back to `cat`): the same layout as the reader, sanitized, without styles.
public enum PlainText {
    public static func render(_ document: ReaderDocument, width: Int = 80) -> String {
        let layout = ArticleLayout(document: document, width: max(20, min(width, 80) - 2))
        var out = ""
        for line in layout.lines {
            out += ArticleText.row(line, document: document)
            out += "\n"
        }
        return out
    }
}

/// Turns an `ArticleLine` into its visible text (indent, marker or bar, then the words).
enum ArticleText {
    static func prefix(_ line: ArticleLine, document: ReaderDocument) -> String {
        guard !line.isBlank else { return "" }
        let block = document.blocks[Int(line.block)]
        var s = String(repeating: " ", count: Int(line.indent))
        switch line.decoration {
        case .none:
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
