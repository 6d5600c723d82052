/// Chooses the format of an article: by the file's extension when it names one, else by
/// looking at the start of the content (an HTML doctype or tag, Markdown headings, fences,
/// front matter or list markers).
public enum FormatSniffer {
    /// Extensions Leggio reads, and the format each names.
    public static let extensions: [String: DocumentFormat] = [
        "txt": .text, "text": .text,
        "md": .markdown, "markdown": .markdown, "mdown": .markdown, "mkd": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
    ]

    /// The format named by the path's extension (case-insensitive), or nil when the file has
    /// no extension or one Leggio does not know.
    public static func format(forPath path: String) -> DocumentFormat? {
        guard let ext = pathExtension(path) else { return nil }
        return extensions[ext.lowercased()]
    }

    /// The lowercased-or-not extension after the last dot of the file name; nil for none
    /// (a leading dot, as in `.profile`, is not an extension).
    public static func pathExtension(_ path: String) -> String? {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...]
        return ext.isEmpty ? nil : String(ext)
    }

    /// The format for a file: its extension's, else what the content looks like.
    public static func format(path: String?, text: SourceText) -> DocumentFormat {
        if let path, let known = format(forPath: path) { return known }
        return sniff(text)
    }

    /// What the start of the text looks like: HTML, Markdown, or plain text. Reads the first
    /// 2 KiB as bytes (it runs on every file without a known extension).
    public static func sniff(_ text: SourceText) -> DocumentFormat {
        let head = text.utf8.prefix(2048)
        var start = head.startIndex
        while start < head.endIndex, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(head[start]) { start += 1 }
        let lower = head[start...].prefix(512).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func opens(_ s: String) -> Bool { lower.starts(with: s.utf8) }
        func mentions(_ s: String) -> Bool { contains(lower[...], Array(s.utf8)) }
        if opens("<!doctype html") || opens("<html") || opens("<head") || opens("<body") || opens("<article")
            || opens("<meta") || ((opens("<?xml") || opens("<!--")) && mentions("<html")) {
            return .html
        }
        if head.starts(with: "---\n".utf8) || head.starts(with: "---\r\n".utf8) { return .markdown }
        // Markdown shows itself in line shapes a scraped text rarely has.
        var signs = 0
        var lines = 0
        for line in head.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }).prefix(40) {
            lines += 1
            if line.starts(with: "# ".utf8) || line.starts(with: "## ".utf8) || line.starts(with: "### ".utf8) { signs += 2 }
            if line.starts(with: "```".utf8) || line.starts(with: "~~~".utf8) { signs += 2 }
            if line.count >= 3 && line.allSatisfy({ $0 == UInt8(ascii: "=") }) { signs += 2 }
            if contains(line, linkOpen) || contains(line, bold) { signs += 1 }
        }
        return signs >= 2 && lines > 0 ? .markdown : .text
    }

    static let linkOpen = Array("](".utf8), bold = Array("**".utf8)

    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { PhraseTable.contains($0, needle) }
    }
}
