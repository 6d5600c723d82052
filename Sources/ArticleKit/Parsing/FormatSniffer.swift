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

    /// What the start of the text looks like: HTML, Markdown, or plain text.
    public static func sniff(_ text: SourceText) -> DocumentFormat {
        let head = text.string(from: 0, to: 2048)
        var trimmed = Substring(head)
        while let f = trimmed.first, f.isWhitespace { trimmed.removeFirst() }
        let lower = trimmed.prefix(512).lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<head")
            || lower.hasPrefix("<body") || lower.hasPrefix("<article") || lower.hasPrefix("<meta")
            || (lower.hasPrefix("<?xml") && lower.contains("<html")) || (lower.hasPrefix("<!--") && lower.contains("<html")) {
            return .html
        }
        if head.hasPrefix("---\n") || head.hasPrefix("---\r\n") { return .markdown }
        // Markdown shows itself in line shapes a scraped text rarely has.
        var signs = 0
        var lines = 0
        for line in head.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).prefix(40) {
            lines += 1
            if line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### ") { signs += 2 }
            if line.hasPrefix("```") || line.hasPrefix("~~~") { signs += 2 }
            if line.allSatisfy({ $0 == "=" }) && line.count >= 3 { signs += 2 }
            if line.contains("](") || line.contains("**") { signs += 1 }
        }
        return signs >= 2 && lines > 0 ? .markdown : .text
    }
}
