import CLibXML2

/// Finds where each byte of a block's text came from when the parser that built the text
/// gives no byte positions for it (libxml2's text nodes; cmark's inline text, of which
/// cmark-gfm records only the leaf block's place reliably). Walks the text and the block's
/// source together: equal bytes are copied text, a run of blanks (and tags) in the source is
/// the one space the text shows for it, a character reference is the character it names, and
/// source bytes the text does not show (tags, markers, emphasis, link targets) are skipped.
enum TextAligner {
    /// How the source is written.
    enum Syntax {
        /// HTML: tags and comments are skipped whole, character references decoded.
        case html
        /// Markdown: character references decoded; a `<` opens a tag unless it opens an autolink
        /// (`<https://…>` shows its address).
        case markdown
        /// An attribute's value: character references decoded, no tags.
        case attribute
        /// Text shown as written, blanks aside.
        case plain
    }

    /// Bytes the walk looks ahead for a text byte before deciding the source does not hold it.
    static let window = 512

    /// The map of `text` over `range` of `source`. `collapsed` text shows one space for each
    /// run of blanks; other text (code) keeps its blanks as written.
    static func map(_ text: String, in source: SourceText, range: Range<Int>, syntax: Syntax, collapsed: Bool = true) -> TextMap {
        var text = text
        return text.withUTF8 { t in
            source.utf8.withUnsafeBufferPointer { s in align(t, s, range, syntax, collapsed) }
        }
    }

    static func align(_ t: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ syntax: Syntax,
                      _ collapsed: Bool) -> TextMap {
        var runs: [TextMap.Run] = []
        let n = t.count
        let end = Swift.min(range.upperBound, s.count)
        var i = 0
        var j = Swift.max(0, Swift.min(range.lowerBound, end))
        while i < n {
            guard j < end else {
                // The rest of the text is not in the span: it stands at the span's end.
                TextMap.append(&runs, text: i, textLength: n - i, source: end..<end)
                break
            }
            let c = t[i]
            let b = s[j]
            if collapsed, c == 0x20, TextMapBuilder.isSpace(b) || tagEnd(s, j, end, t, i, syntax) != nil {
                // One space for the source's blanks and the tags among them.
                let k = skipBlanks(s, j, end, syntax, t, i)
                TextMap.append(&runs, text: i, textLength: 1, source: j..<k)
                i += 1
                j = k
                continue
            }
            // Before equal bytes: an `&amp;` is the `&` of the text, not an `&` and skipped bytes.
            if syntax != .plain, b == UInt8(ascii: "&"), let ref = reference(s, j, end), starts(t, i, with: ref.bytes) {
                TextMap.append(&runs, text: i, textLength: ref.bytes.count, source: j..<ref.end)
                i += ref.bytes.count
                j = ref.end
                continue
            }
            // A link's address and title (`](url "title")`) show nothing, though they may hold
            // blanks (`]({{ site.baseurl }}/a.pdf)`) the walk would take for the text's.
            if syntax == .markdown, b == UInt8(ascii: "]"), c != b, let k = linkTargetEnd(s, j, end) {
                j = k
                continue
            }
            if c == b {
                TextMap.append(&runs, text: i, textLength: 1, source: j..<(j + 1))
                i += 1
                j += 1
                continue
            }
            if let k = tagEnd(s, j, end, t, i, syntax) {
                j = k
                continue
            }
            if TextMapBuilder.isSpace(b) {
                j += 1
                continue
            }
            if holds(s, from: j + 1, to: Swift.min(end, j + window), c, syntax) {
                j += 1
            } else {
                // A byte the source does not hold here: it stands where the walk is.
                TextMap.append(&runs, text: i, textLength: 1, source: j..<j)
                i += 1
            }
        }
        return TextMap(runs: runs)
    }

    /// True when the source holds the text byte `c` between `from` and `to`, as written or as
    /// the first byte of a character reference (`&ldquo;` for the `“` after a link).
    private static func holds(_ s: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ c: UInt8, _ syntax: Syntax) -> Bool {
        var k = from
        while k < to {
            if s[k] == c { return true }
            if syntax != .plain, s[k] == UInt8(ascii: "&"), let ref = reference(s, k, to), ref.bytes.first == c {
                return true
            }
            k += 1
        }
        return false
    }

    /// True when the `<` at `j` opens a Markdown autolink (`<https://…>`, `<name@example.org>`),
    /// which shows its address: no blank before the `>`, a scheme's `:` or an `@` inside.
    private static func isAutolink(_ s: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int) -> Bool {
        var k = j + 1
        var marked = false
        while k < end, k - j <= 256 {
            let b = s[k]
            if b == UInt8(ascii: ">") { return marked }
            if b == UInt8(ascii: "<") || TextMapBuilder.isSpace(b) { return false }
            if b == UInt8(ascii: ":") || b == UInt8(ascii: "@") { marked = true }
            k += 1
        }
        return false
    }

    /// Just past the `)` closing the link target opened by `](` at `j` (parentheses inside
    /// balanced), or nil when none closes within the window.
    private static func linkTargetEnd(_ s: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int) -> Int? {
        guard j + 1 < end, s[j + 1] == UInt8(ascii: "(") else { return nil }
        var depth = 0
        var k = j + 1
        let limit = Swift.min(end, j + window)
        while k < limit {
            if s[k] == UInt8(ascii: "(") {
                depth += 1
            } else if s[k] == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return k + 1 }
            } else if s[k] == 0x0A {
                return nil
            }
            k += 1
        }
        return nil
    }

    private static func starts(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, with bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, i + bytes.count <= t.count else { return false }
        for (k, b) in bytes.enumerated() where t[i + k] != b { return false }
        return true
    }

    /// Past the blanks (and, in markup, the tags) at `j`.
    private static func skipBlanks(_ s: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int, _ syntax: Syntax,
                                   _ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var k = j
        while k < end {
            if TextMapBuilder.isSpace(s[k]) {
                k += 1
            } else if let e = tagEnd(s, k, end, t, i + 1, syntax) {
                k = e
            } else {
                break
            }
        }
        return k
    }

    /// The end of a tag or comment starting at `j`, for markup syntaxes.
    private static func tagEnd(_ s: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int,
                               _ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ syntax: Syntax) -> Int? {
        guard syntax == .html || syntax == .markdown, s[j] == UInt8(ascii: "<"), j + 1 < end else { return nil }
        let next = s[j + 1]
        let letter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
        guard letter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else { return nil }
        // A `<` the text shows (libxml2 keeps `<! -- x -->` and other broken markup as text).
        if i + 1 < t.count, t[i] == s[j], t[i + 1] == next { return nil }
        if syntax == .markdown, isAutolink(s, j, end) { return nil }
        if next == UInt8(ascii: "!"), j + 2 < end {
            // `<! -- x -->` is no markup to libxml2: it keeps it as text.
            let after = s[j + 2]
            let opens = after == UInt8(ascii: "-") || after == UInt8(ascii: "[") || ((after | 0x20) >= 0x61 && (after | 0x20) <= 0x7A)
            if !opens { return nil }
        }
        if next == UInt8(ascii: "!"), j + 3 < end, s[j + 2] == UInt8(ascii: "-"), s[j + 3] == UInt8(ascii: "-") {
            var k = j + 4
            while k + 2 < end, !(s[k] == UInt8(ascii: "-") && s[k + 1] == UInt8(ascii: "-") && s[k + 2] == UInt8(ascii: ">")) { k += 1 }
            return Swift.min(end, k + 3)
        }
        var k = j + 1
        while k < end, s[k] != UInt8(ascii: ">") { k += 1 }
        return Swift.min(end, k + 1)
    }

    /// A character reference at `j` (`&amp;`, `&#233;`, `&#xE9;`): the character's UTF-8
    /// and where the reference ends.
    static func reference(_ s: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int) -> (bytes: [UInt8], end: Int)? {
        var k = j + 1
        while k < end, k - j <= 32, s[k] != UInt8(ascii: ";"), Bytes.isASCIILetterOrDigit(s[k]) || s[k] == UInt8(ascii: "#") { k += 1 }
        guard k < end, s[k] == UInt8(ascii: ";"), k > j + 1 else { return nil }
        let name = Array(s[(j + 1)..<k])
        var scalar: Unicode.Scalar?
        if name[0] == UInt8(ascii: "#") {
            let hex = name.count > 1 && (name[1] | 0x20) == UInt8(ascii: "x")
            let digits = String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self)
            scalar = UInt32(digits, radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init)
        } else {
            scalar = (name + [0]).withUnsafeBufferPointer { p in htmlEntityLookup(p.baseAddress) }.flatMap { Unicode.Scalar($0.pointee.value) }
        }
        guard let scalar else { return nil }
        return (Array(String(Character(scalar)).utf8), k + 1)
    }
}

extension TextAligner {
    /// The map of text taken from a tag's `content` attribute (`<meta property="og:title"
    /// content="…">`): aligned over the attribute's value, else over the whole tag.
    static func map(attribute text: String, in source: SourceText, span: SourceSpan) -> TextMap {
        let b = source.utf8
        let key = Array("content=".utf8)
        var range = span.start..<span.end
        var k = span.start
        while k + key.count < span.end {
            if zip(b[k..<(k + key.count)], key).allSatisfy({ ($0 | 0x20) == $1 }) {
                var s = k + key.count
                let quote = b[s]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    s += 1
                    var e = s
                    while e < span.end, b[e] != quote { e += 1 }
                    range = s..<e
                }
                break
            }
            k += 1
        }
        return map(text, in: source, range: range, syntax: range == span.start..<span.end ? .html : .attribute)
    }
}
