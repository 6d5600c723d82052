/// A static-site generator's markup inside a Markdown body, which the site reads and its
/// reader never sees, and which cmark took for text:
/// - Hugo shortcodes, on one line or over several (`{{< figure src="…"` / `caption="…"` /
///   `>}}`, `{{% notice %}}`): a figure's caption (or title) is its image's caption, dropped
///   as captions are; any other shortcode is dropped as markup. Over several lines, the
///   closing `>}}` was read as a block quote.
/// - kramdown attribute lists right after a span (`[hier](url){:target="_blank"}`,
///   `**fett**{: .rot}`), which set the span's attributes (a button's: `{: .btn}`).
/// - Liquid values inside an HTML tag or a link's address (`<img src="{{ "/a.jpg" |
///   absolute_url }}">`, `[x]({{ site.url }}/y)`): their quotes and blanks broke the tag or
///   the link, which cmark then showed as text.
/// Each is overwritten, for cmark only, in the bytes it is fed (as `TemplateCodeFence` does),
/// so every offset stays the file's: markup alone on its lines by blanks, markup beside text
/// by an empty tag (`<x   >`, which shows nothing and leaves no blank in the text), a Liquid
/// value by blanks inside quotes and by `x`s elsewhere. Code (fenced, indented, in backticks,
/// between highlight tags) is left as written.
struct TemplateMarkup {
    /// The bytes to give cmark, or nil when nothing was overwritten.
    var fed: [UInt8]?
    /// The shortcodes, as dropped blocks.
    var dropped: [DroppedBlock] = []
    /// The byte ranges of the attribute lists after a span, in source order.
    var attributeLists: [Range<Int>] = []

    /// Bytes a shortcode may run over, at most.
    static let shortcodeMaxBytes = 4096
    /// Bytes an attribute list or a Liquid value may run over, at most (on one line).
    static let inlineMaxBytes = 512

    /// Finds the markup of `source` from `bodyStart` on, overwriting it in `fed` (the bytes
    /// `TemplateCodeFence` made, if any); `code` holds the highlight tags and code it found.
    static func find(_ source: SourceText, bodyStart: Int, fed given: [UInt8]?, code: TemplateCodeFence) -> TemplateMarkup {
        var found = TemplateMarkup(fed: given)
        let b = source.utf8
        guard b.count > bodyStart + 3, b[bodyStart...].contains(UInt8(ascii: "{")) else { return found }
        let skipped = (code.tags.map { $0.span.start..<$0.span.end } + code.code.values).filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var nextSkipped = 0
        var lines = CodeLines()
        var n = source.lineNumber(forOffset: bodyStart)
        var resume = bodyStart
        while n <= source.lineCount {
            let r = source.lineRange(n)
            let from = Swift.max(r.lowerBound, resume)
            while nextSkipped < skipped.count, skipped[nextSkipped].upperBound <= r.lowerBound { nextSkipped += 1 }
            let inSkipped = nextSkipped < skipped.count && skipped[nextSkipped].lowerBound < Swift.max(r.upperBound, r.lowerBound + 1)
            if from == r.lowerBound, lines.isCode(b, r) || inSkipped {
                n += 1
                continue
            }
            let spans = codeSpans(b, r)
            var nextSpan = 0
            var tag = TagState(position: from)
            var i = from
            var next = n + 1
            while i + 2 < r.upperBound {
                guard b[i] == UInt8(ascii: "{") else { i += 1; continue }
                while nextSpan < spans.count, spans[nextSpan].upperBound <= i { nextSpan += 1 }
                if nextSpan < spans.count, spans[nextSpan].contains(i) {
                    i = spans[nextSpan].upperBound
                    continue
                }
                let c1 = b[i + 1], c2 = b[i + 2]
                if c1 == UInt8(ascii: "{"), c2 == UInt8(ascii: "<") || c2 == UInt8(ascii: "%"), let end = shortcodeEnd(b, i, closer: c2 == UInt8(ascii: "<") ? UInt8(ascii: ">") : c2) {
                    found.shortcode(source, i..<end)
                    if end > r.upperBound {
                        // The shortcode runs over lines: the scan goes on after it.
                        next = source.lineNumber(forOffset: end - 1)
                        resume = end
                        lines.reset()
                        break
                    }
                    tag.skip(b, to: i, past: end)
                    i = end
                } else if c1 == UInt8(ascii: ":"), c2 != UInt8(ascii: ":"), i > r.lowerBound, !isBlank(b[i - 1]),
                          let end = attributeListEnd(b, i, r.upperBound) {
                    found.attributeLists.append(i..<end)
                    found.fill(source, i..<end, style: .markup)
                    tag.skip(b, to: i, past: end)
                    i = end
                } else if c1 == UInt8(ascii: "{"), let end = liquidEnd(b, i, r.upperBound) {
                    tag.advance(b, to: i)
                    let inAddress = i >= r.lowerBound + 2 && b[i - 2] == UInt8(ascii: "]") && b[i - 1] == UInt8(ascii: "(")
                    if tag.open || inAddress {
                        found.fill(source, i..<end, style: tag.open && tag.quote != nil ? .blanks : .letters)
                    }
                    tag.skip(b, to: i, past: end)
                    i = end
                } else {
                    i += 1
                }
            }
            n = next
        }
        return found
    }

    /// Whether a line's bytes stand inside an HTML tag opened on the line, and inside which
    /// quotes, read forward as the scan moves on (template markup skipped whole).
    struct TagState {
        var position: Int
        var open = false
        var quote: UInt8?

        mutating func advance(_ b: [UInt8], to end: Int) {
            while position < end {
                let c = b[position]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == UInt8(ascii: "<"), position + 1 < b.count, (b[position + 1] | 0x20) >= 0x61, (b[position + 1] | 0x20) <= 0x7A {
                    open = true
                } else if c == UInt8(ascii: ">") {
                    open = false
                } else if open, c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                }
                position += 1
            }
        }

        mutating func skip(_ b: [UInt8], to start: Int, past end: Int) {
            advance(b, to: start)
            position = Swift.max(position, end)
        }
    }

    /// How overwritten bytes are written.
    enum Style {
        /// Blanks when the markup is alone on its line, else an empty tag.
        case markup
        /// Blanks (inside a quoted attribute).
        case blanks
        /// `x`s (an unquoted attribute, a link's address).
        case letters
    }

    private mutating func fill(_ source: SourceText, _ range: Range<Int>, style: Style) {
        if fed == nil { fed = source.utf8 }
        let b = source.utf8
        var n = source.lineNumber(forOffset: range.lowerBound)
        while n <= source.lineCount {
            let line = source.lineRange(n)
            let s = Swift.max(line.lowerBound, range.lowerBound), e = Swift.min(line.upperBound, range.upperBound)
            if s < e {
                let alone = b[line.lowerBound..<s].allSatisfy(Self.isBlank) && b[e..<line.upperBound].allSatisfy(Self.isBlank)
                for k in s..<e {
                    switch style {
                    case .blanks: fed![k] = 0x20
                    case .letters: fed![k] = UInt8(ascii: "x")
                    case .markup:
                        if alone || e - s < 3 {
                            fed![k] = 0x20
                        } else {
                            fed![k] = k == s ? UInt8(ascii: "<") : k == s + 1 ? UInt8(ascii: "x") : k == e - 1 ? UInt8(ascii: ">") : 0x20
                        }
                    }
                }
            }
            if line.upperBound >= range.upperBound { break }
            n += 1
        }
    }

    /// Records the shortcode at `range` and overwrites it.
    private mutating func shortcode(_ source: SourceText, _ range: Range<Int>) {
        let text = source.string(from: range.lowerBound, to: range.upperBound)
        let span = source.span(start: range.lowerBound, end: range.upperBound)
        fill(source, range, style: .markup)
        let inner = text.dropFirst(3).dropLast(3).drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        let name = inner.prefix { !$0.isWhitespace }.lowercased()
        let parameters = Self.parameters(inner.dropFirst(name.count))
        if name == "figure", let caption = parameters["caption"] ?? parameters["title"],
           case let collapsed = ArticleAssembler.collapse(caption), !collapsed.isEmpty {
            dropped.append(DroppedBlock(reason: .caption, text: collapsed, span: span))
        } else {
            dropped.append(DroppedBlock(reason: .pageFurniture, text: ArticleAssembler.collapse(text), span: span))
        }
    }

    /// A shortcode's named parameters (`src="/a.jpg" caption="Luftbild"`, a raw string in
    /// backquotes, a bare word).
    static func parameters(_ text: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var rest = text
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].split(whereSeparator: \.isWhitespace).last.map { $0.lowercased() } ?? ""
            var value = rest[rest.index(after: eq)...].drop { $0 == " " }
            var text = ""
            if let quote = value.first, quote == "\"" || quote == "`" {
                value = value.dropFirst()
                var escaped = false
                var end = value.endIndex
                for k in value.indices {
                    let c = value[k]
                    if escaped { text.append(c); escaped = false; continue }
                    if c == "\\", quote == "\"" { escaped = true; continue }
                    if c == quote { end = k; break }
                    text.append(c)
                }
                rest = end < value.endIndex ? value[value.index(after: end)...] : value[value.endIndex...]
            } else {
                let word = value.prefix { !$0.isWhitespace }
                text = String(word)
                rest = value[word.endIndex...]
            }
            if !key.isEmpty, out[key] == nil { out[key] = text }
        }
        return out
    }

    /// Where the shortcode opened at `i` (`{{<` or `{{%`) ends, just past its `>}}` or
    /// `%}}`: before a blank line, another shortcode and `shortcodeMaxBytes`.
    static func shortcodeEnd(_ b: [UInt8], _ i: Int, closer: UInt8) -> Int? {
        let limit = Swift.min(b.count, i + shortcodeMaxBytes)
        var k = i + 3
        var lineBlank = false
        while k + 2 < limit {
            let c = b[k]
            if c == 0x0A {
                if lineBlank { return nil }
                lineBlank = true
            } else if !isBlank(c) {
                lineBlank = false
            }
            if c == closer, b[k + 1] == UInt8(ascii: "}"), b[k + 2] == UInt8(ascii: "}") { return k + 3 }
            if c == UInt8(ascii: "{"), b[k + 1] == UInt8(ascii: "{"), b[k + 2] == UInt8(ascii: "<") || b[k + 2] == UInt8(ascii: "%") { return nil }
            k += 1
        }
        return nil
    }

    /// Where the attribute list opened at `i` (`{:`) ends, just past its `}` on the line:
    /// attributes (`.class`, `#id`, `key="value"`) with no brace inside.
    static func attributeListEnd(_ b: [UInt8], _ i: Int, _ lineEnd: Int) -> Int? {
        var k = i + 2
        while k < lineEnd, b[k] == 0x20 { k += 1 }
        guard k < lineEnd, Bytes.isASCIILetterOrDigit(b[k]) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "#") || b[k] == UInt8(ascii: "_") else { return nil }
        let limit = Swift.min(lineEnd, i + inlineMaxBytes)
        while k < limit {
            if b[k] == UInt8(ascii: "}") { return k + 1 }
            if b[k] == UInt8(ascii: "{") { return nil }
            k += 1
        }
        return nil
    }

    /// Where the Liquid value opened at `i` (`{{`) ends, just past its `}}` on the line.
    static func liquidEnd(_ b: [UInt8], _ i: Int, _ lineEnd: Int) -> Int? {
        let limit = Swift.min(lineEnd, i + inlineMaxBytes)
        var k = i + 2
        while k + 1 < limit {
            if b[k] == UInt8(ascii: "}"), b[k + 1] == UInt8(ascii: "}") { return k + 2 }
            if b[k] == UInt8(ascii: "{"), b[k + 1] == UInt8(ascii: "{") { return nil }
            k += 1
        }
        return nil
    }

    /// The code spans of a line (backtick runs of equal length), as byte ranges.
    static func codeSpans(_ b: [UInt8], _ r: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var k = r.lowerBound
        var open: (start: Int, run: Int)?
        while k < r.upperBound {
            guard b[k] == UInt8(ascii: "`") else { k += 1; continue }
            let start = k
            while k < r.upperBound, b[k] == UInt8(ascii: "`") { k += 1 }
            if let o = open {
                if k - start == o.run {
                    spans.append(o.start..<k)
                    open = nil
                }
            } else {
                open = (start, k - start)
            }
        }
        return spans
    }

    static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }

    /// Tells code lines from the others, line after line: fenced code (its fences too) and
    /// indented code after a blank line.
    struct CodeLines {
        private var fence: (char: UInt8, run: Int)?
        private var previousBlank = true
        private var inIndented = false

        mutating func reset() {
            previousBlank = false
            inIndented = false
        }

        mutating func isCode(_ b: [UInt8], _ r: Range<Int>) -> Bool {
            var k = r.lowerBound
            var indent = 0
            while k < r.upperBound, b[k] == 0x20 || b[k] == 0x09 {
                indent += b[k] == 0x09 ? 4 : 1
                k += 1
            }
            let blank = k == r.upperBound
            defer { previousBlank = blank }
            var run = 0
            if indent <= 3, k < r.upperBound, b[k] == UInt8(ascii: "`") || b[k] == UInt8(ascii: "~") {
                let c = b[k]
                while k + run < r.upperBound, b[k + run] == c { run += 1 }
                if run >= 3 {
                    if let f = fence {
                        if f.char == c, run >= f.run { fence = nil }
                    } else {
                        fence = (c, run)
                    }
                    return true
                }
            }
            if fence != nil { return true }
            if blank { return inIndented }
            if indent >= 4, previousBlank || inIndented {
                inIndented = true
                return true
            }
            inIndented = false
            return false
        }
    }

    /// Moves the paragraphs and list items that are a button (a link of a few words whose
    /// attribute list names a `.btn` or `.button` class) to `dropped`.
    func dropButtons(_ blocks: inout [Block], source: SourceText, into dropped: inout [DroppedBlock]) {
        let buttons = attributeLists.filter { r in
            let attributes = source.string(from: r.lowerBound, to: r.upperBound).lowercased()
            return attributes.contains(".btn") || attributes.contains(".button")
        }
        guard !buttons.isEmpty else { return }
        blocks.removeAll { block in
            guard block.kind == .paragraph || block.kind == .list,
                  buttons.contains(where: { $0.lowerBound >= block.span.start && $0.upperBound <= block.span.end }),
                  WordCount.of(block.text) <= MarkdownFurniture.labelMaxWords else { return false }
            dropped.append(DroppedBlock(reason: .pageFurniture, text: block.text, span: block.span))
            return true
        }
    }
}
