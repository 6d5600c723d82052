/// A Markdown file's link reference definitions (`[platform-support]: https://doc.rust-lang.org/…
/// "Platform support"`): cmark reads them for the links and keeps no node for them, so their
/// lines were in neither the text nor the dropped blocks. They are the links' targets, not
/// text: each is listed as dropped metadata, so nothing of the file goes unaccounted.
enum LinkReferences {
    /// The definitions on lines from `bodyStart` on that no block or dropped block covers.
    static func dropped(_ source: SourceText, bodyStart: Int, covered spans: [SourceSpan]) -> [DroppedBlock] {
        guard source.lineCount > 0, bodyStart < source.utf8.count else { return [] }
        var covered = [Bool](repeating: false, count: source.lineCount + 2)
        for s in spans where s.firstLine >= 1 {
            for n in s.firstLine...Swift.min(Swift.max(s.firstLine, s.lastLine), source.lineCount) { covered[n] = true }
        }
        var out: [DroppedBlock] = []
        for n in source.lineNumber(forOffset: bodyStart)...source.lineCount where !covered[n] {
            let line = source.line(n)
            guard isDefinition(line) else { continue }
            let r = source.lineRange(n)
            let start = r.lowerBound + line.prefix { $0 == " " }.utf8.count
            out.append(DroppedBlock(reason: .metadata, text: ArticleAssembler.collapse(line),
                                    span: source.span(start: start, end: MarkdownFurniture.trimBack(source, r.upperBound, floor: start))))
        }
        return out
    }

    /// `[label]: target`, indented by three spaces at most (a footnote's `[^1]:` is not one).
    static func isDefinition(_ line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return false }
        let rest = line.dropFirst(indent)
        guard rest.first == "[", rest.dropFirst().first != "^", let close = rest.firstIndex(of: "]"),
              close > rest.index(after: rest.startIndex) else { return false }
        let after = rest[rest.index(after: close)...]
        guard after.first == ":" else { return false }
        return !after.dropFirst().trimmingSpaces.isEmpty
    }
}
