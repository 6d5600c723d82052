/// Code written between a site generator's highlight tags, as Jekyll, Octopress and Hugo
/// posts write it: `{% highlight ruby %}` … `{% endhighlight %}`, `{% codeblock %}` …
/// `{% endcodeblock %}`, `{{< highlight go >}}` … `{{< /highlight >}}`. cmark knows no such
/// tags: the code between them came out as paragraphs (joined lines) and its `# comments` as
/// headings. Each tag is overwritten, for cmark only, by a backtick fence of the same length,
/// so the code becomes one code block and every offset stays the file's; the tags themselves
/// are dropped as markup.
struct TemplateCodeFence {
    /// The bytes to give cmark (the file's, tags made fences), or nil when the file has none.
    var fed: [UInt8]?
    /// The tag lines, as dropped blocks.
    var tags: [DroppedBlock] = []
    /// Where each rewritten opening tag starts, and where the code it opens starts and ends.
    var code: [Int: Range<Int>] = [:]

    /// Opening tags by their first word, and the closing tag's word for each.
    static let pairs: [String: String] = ["highlight": "endhighlight", "codeblock": "endcodeblock"]
    static let hugoPairs: [String: String] = ["highlight": "/highlight"]

    /// Finds the tagged code in `source` from `bodyStart` on.
    static func find(_ source: SourceText, bodyStart: Int) -> TemplateCodeFence {
        var found = TemplateCodeFence()
        let b = source.utf8
        guard b.count > bodyStart + 4, b[bodyStart...].contains(UInt8(ascii: "{")) else { return found }
        var fed: [UInt8]?
        var n = source.lineNumber(forOffset: bodyStart)
        // Closing tags found nowhere after an opening one: none follows a later opening either,
        // so the file is not read to its end again for each.
        var unclosed = Set<String>()
        while n <= source.lineCount {
            guard let open = tag(source, line: n), open.closing == nil, let closeWord = open.closes,
                  !unclosed.contains(closeWord + (open.hugo ? " hugo" : "")) else { n += 1; continue }
            var m = n + 1
            var longestRun = 0
            var close: Tag?
            while m <= source.lineCount {
                if let t = tag(source, line: m), t.closing == closeWord, t.hugo == open.hugo { close = t; break }
                longestRun = Swift.max(longestRun, backtickRun(source, line: m))
                m += 1
            }
            guard let close else {
                unclosed.insert(closeWord + (open.hugo ? " hugo" : ""))
                n += 1
                continue
            }
            let fence = Swift.max(3, longestRun + 1)
            guard fence <= open.range.count, fence <= close.range.count else { n = m + 1; continue }
            if fed == nil { fed = b }
            for t in [open, close] {
                for i in t.range { fed![i] = i - t.range.lowerBound < fence ? UInt8(ascii: "`") : 0x20 }
                found.tags.append(DroppedBlock(reason: .pageFurniture, text: t.text, span: source.span(start: t.range.lowerBound, end: t.range.upperBound)))
            }
            let codeStart = n < source.lineCount ? source.lineStarts[n] : b.count
            found.code[open.range.lowerBound] = codeStart..<Swift.max(codeStart, source.lineStarts[m - 1])
            n = m + 1
        }
        found.fed = fed
        return found
    }

    /// A tag written alone on a line (at most three spaces before it).
    struct Tag {
        var range: Range<Int>
        var text: String
        /// The closing word it waits for when it opens a pair, the word it is when it closes one.
        var closes: String?
        var closing: String?
        var hugo: Bool
    }

    static func tag(_ source: SourceText, line n: Int) -> Tag? {
        let r = source.lineRange(n)
        let b = source.utf8
        var s = r.lowerBound, e = r.upperBound
        while s < e, b[s] == 0x20 { s += 1 }
        guard s - r.lowerBound <= 3, e - s >= 6, b[s] == UInt8(ascii: "{") else { return nil }
        while e > s, [0x20, 0x09, 0x0D, 0x0A].contains(b[e - 1]) { e -= 1 }
        let text = String(decoding: b[s..<e], as: UTF8.self)
        var inner: Substring
        let hugo: Bool
        if text.hasPrefix("{%"), text.hasSuffix("%}") {
            inner = text.dropFirst(2).dropLast(2)
            hugo = false
        } else if text.hasPrefix("{{<") && text.hasSuffix(">}}") || text.hasPrefix("{{%") && text.hasSuffix("%}}") {
            inner = text.dropFirst(3).dropLast(3)
            hugo = true
        } else {
            return nil
        }
        inner = inner.drop { $0 == "-" || $0 == " " }
        var word = String(inner.prefix { $0 != " " && $0 != "-" && $0 != "%" }).lowercased()
        if hugo, word == "/" { word += inner.dropFirst().drop { $0 == " " }.prefix { $0 != " " }.lowercased() }
        let table = hugo ? hugoPairs : pairs
        if let closes = table[word] { return Tag(range: s..<e, text: text, closes: closes, hugo: hugo) }
        if table.values.contains(word) { return Tag(range: s..<e, text: text, closing: word, hugo: hugo) }
        return nil
    }

    /// Backticks opening a line (after up to three spaces).
    static func backtickRun(_ source: SourceText, line n: Int) -> Int {
        let r = source.lineRange(n)
        let b = source.utf8
        var i = r.lowerBound
        while i < r.upperBound, i - r.lowerBound < 3, b[i] == 0x20 { i += 1 }
        var run = 0
        while i < r.upperBound, b[i] == UInt8(ascii: "`") { run += 1; i += 1 }
        return run
    }
}
