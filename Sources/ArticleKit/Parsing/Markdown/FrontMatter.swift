/// A front matter block at the very start of a Markdown file: YAML (`---` … `---` or `...`,
/// as Jekyll and Hugo write it) or TOML (`+++` … `+++`, as Hugo and Zola write it). Only the
/// simple `key: value` / `key = value` lines articles use are read (a list's first item for
/// a list; TOML keys under a `[table]` are read as `table.key`); anything else is kept as
/// text of the dropped block but not interpreted.
struct FrontMatter {
    /// Byte range of the whole block, fences included, without the final line terminator.
    var span: SourceSpan
    /// Offset where the Markdown body starts (the line after the closing fence).
    var bodyStart: Int
    /// Number of lines the block covers, fences included.
    var lineCount: Int
    /// `key: value` pairs, keys lowercased, values unquoted; the first item for list values.
    var fields: [String: String]
    /// Span of each field's line, to point a title at its source.
    var fieldSpans: [String: SourceSpan]
    /// The inner lines, whitespace collapsed, for the dropped-block record.
    var text: String

    /// Reads the front matter opening `source`, or nil if the text does not start with one.
    static func read(_ source: SourceText) -> FrontMatter? {
        guard source.lineCount >= 2, let fence = fence(source.line(1)), fence != "..." else { return nil }
        let toml = fence == "+++"
        var closing: Int?
        for n in 2...source.lineCount where Self.fence(source.line(n)).map({ $0 == fence || (!toml && $0 == "...") }) ?? false {
            closing = n
            break
        }
        guard let end = closing else { return nil }
        var fields: [String: String] = [:]
        var spans: [String: SourceSpan] = [:]
        var lines: [String] = []
        var pendingListKey: String?
        var table = ""
        if end > 2 {
            for n in 2..<end {
                let line = source.line(n)
                lines.append(line)
                let trimmed = line.trimmingSpaces
                if toml {
                    if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                        table = String(trimmed.dropFirst().dropLast().drop { $0 == "[" }.prefix { $0 != "]" }).trimmingSpaces.lowercased() + "."
                        continue
                    }
                    guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
                    let key = table + unquote(trimmed[..<equals].trimmingSpaces).lowercased()
                    let value = tomlValue(trimmed[trimmed.index(after: equals)...].trimmingSpaces)
                    if !value.isEmpty, fields[key] == nil {
                        fields[key] = value
                        spans[key] = spanOfLine(source, n)
                    }
                    continue
                }
                if trimmed.hasPrefix("- "), let key = pendingListKey {
                    fields[key] = unquote(String(trimmed.dropFirst(2)))
                    spans[key] = spanOfLine(source, n)
                    pendingListKey = nil
                    continue
                }
                guard let first = line.first, first != " ", first != "\t", first != "#",
                      let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingSpaces.lowercased()
                let value = unquote(line[line.index(after: colon)...].trimmingSpaces)
                guard !key.isEmpty else { continue }
                if value.isEmpty {
                    pendingListKey = key
                } else if fields[key] == nil {
                    fields[key] = value
                    spans[key] = spanOfLine(source, n)
                    pendingListKey = nil
                }
            }
        }
        let last = source.lineRange(end)
        let bodyStart = end < source.lineCount ? source.lineStarts[end] : source.utf8.count
        return FrontMatter(
            span: SourceSpan(start: 0, end: last.upperBound, firstLine: 1, lastLine: end),
            bodyStart: bodyStart, lineCount: end, fields: fields, fieldSpans: spans,
            text: ArticleAssembler.collapse(lines.joined(separator: " ")))
    }

    /// `---`, `...` or `+++` when the line is one of them (trailing blanks allowed).
    private static func fence(_ line: String) -> String? {
        var s = Substring(line)
        while s.last == " " || s.last == "\t" || s.last == "\r" { s.removeLast() }
        return s == "---" || s == "..." || s == "+++" ? String(s) : nil
    }

    /// A TOML value as text: a string unquoted (basic strings' common escapes read), an
    /// array's first item, anything else (dates, numbers, booleans) as written without a
    /// trailing comment.
    static func tomlValue(_ raw: String) -> String {
        var v = Substring(raw)
        if v.first == "[" {
            v = v.dropFirst().drop { $0 == " " || $0 == "\t" }
            if v.first == "\"" || v.first == "'" {
                let quote = v.first!
                guard let close = v.dropFirst().firstIndex(of: quote) else { return "" }
                return String(v[v.index(after: v.startIndex)..<close])
            }
            return String(v.prefix { $0 != "," && $0 != "]" }).trimmingSpaces
        }
        if let quote = v.first, quote == "\"" || quote == "'" {
            var out = ""
            var escaped = false
            for ch in v.dropFirst() {
                if escaped {
                    switch ch {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(ch)
                    }
                    escaped = false
                } else if ch == "\\", quote == "\"" {
                    escaped = true
                } else if ch == quote {
                    return out
                } else {
                    out.append(ch)
                }
            }
            return out
        }
        if let hash = v.firstIndex(of: "#") { v = v[..<hash] }
        return String(v).trimmingSpaces
    }

    private static func spanOfLine(_ source: SourceText, _ n: Int) -> SourceSpan {
        let r = source.lineRange(n)
        return SourceSpan(start: r.lowerBound, end: r.upperBound, firstLine: n, lastLine: n)
    }

    /// Removes one pair of matching quotes and a trailing `# comment` from a plain value.
    static func unquote(_ value: String) -> String {
        var v = value
        if v.count >= 2, let f = v.first, f == "\"" || f == "'", v.last == f {
            v = String(v.dropFirst().dropLast())
            if f == "'" { v = v.split(separator: "''", omittingEmptySubsequences: false).joined(separator: "'") }
            return v
        }
        if let hash = v.split(separator: " #", maxSplits: 1, omittingEmptySubsequences: false).first,
           hash.count < v.count {
            v = hash.trimmingSpaces
        }
        return v
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
