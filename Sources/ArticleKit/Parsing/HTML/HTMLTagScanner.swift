/// A start or end tag as written in the HTML source, located by byte offsets.
struct HTMLTag {
    /// Lowercased element name.
    var name: String
    var isEnd: Bool
    /// True for `<x ... />`.
    var selfClosing: Bool
    /// Offset of `<` and one past `>`.
    var start: Int
    var end: Int
    /// 1-based line of the closing `>` (the line libxml2 records for the element).
    var line: Int
}

/// Finds every tag in HTML source text, in order, skipping comments, doctypes, processing
/// instructions, CDATA and the raw contents of `script`, `style`, `textarea` and `title`.
/// libxml2 does not say where an element starts; matching its elements to these tags in
/// document order (by name and by the line libxml2 does record) gives exact spans.
enum HTMLTagScanner {
    static func scan(_ source: SourceText) -> [HTMLTag] {
        var tags: [HTMLTag] = []
        source.utf8.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            var line = 1
            var lineCursor = 0  // offset up to which newlines have been counted into `line`
            func lineAt(_ offset: Int) -> Int {
                while lineCursor < offset {
                    let c = b[lineCursor]
                    if c == 0x0A || (c == 0x0D && (lineCursor + 1 >= n || b[lineCursor + 1] != 0x0A)) { line += 1 }
                    lineCursor += 1
                }
                return line
            }
            func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
            func skip(past pattern: [UInt8], from: Int) -> Int {
                var j = from
                while j + pattern.count <= n {
                    var k = 0
                    while k < pattern.count, lower(b[j + k]) == pattern[k] { k += 1 }
                    if k == pattern.count { return j + pattern.count }
                    j += 1
                }
                return n
            }
            while i < n {
                guard b[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
                let next = b[i + 1]
                if next == UInt8(ascii: "!") {
                    if i + 3 < n, b[i + 2] == UInt8(ascii: "-"), b[i + 3] == UInt8(ascii: "-") {
                        i = skip(past: Array("-->".utf8), from: i + 4)
                    } else {
                        i = skip(past: [UInt8(ascii: ">")], from: i + 2)
                    }
                    continue
                }
                if next == UInt8(ascii: "?") { i = skip(past: [UInt8(ascii: ">")], from: i + 2); continue }
                let isEnd = next == UInt8(ascii: "/")
                var j = i + (isEnd ? 2 : 1)
                guard j < n, (b[j] | 0x20 >= 0x61 && b[j] | 0x20 <= 0x7A) else { i += 1; continue }
                let nameStart = j
                while j < n, b[j] != 0x20, b[j] != 0x09, b[j] != 0x0A, b[j] != 0x0D, b[j] != 0x0C,
                      b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "/") { j += 1 }
                var nameBytes = [UInt8](b[nameStart..<j])
                for k in nameBytes.indices { nameBytes[k] = lower(nameBytes[k]) }
                // Attributes: quoted values may hold `>`. As in HTML's tokenizer, a quote opens a
                // value only right after `=`; anywhere else it is a character (a page's
                // `content="a", b=1.0">` must not swallow the rest of the page into a value).
                var value = AttributeValue.none
                var selfClosing = false
                scan: while j < n {
                    let c = b[j]
                    let space = c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C
                    switch value {
                    case .quoted(let quote):
                        if c == quote { value = .none }
                    case .unquoted where c == UInt8(ascii: ">"):
                        // `href=/>`: the `/` is the value's, the tag is not self-closing.
                        break scan
                    case _ where c == UInt8(ascii: ">"):
                        selfClosing = j > i && b[j - 1] == UInt8(ascii: "/")
                        break scan
                    case .expected:
                        value = c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") ? .quoted(c) : space ? .expected : .unquoted
                    case .unquoted:
                        if space { value = .none }
                    case .none:
                        if c == UInt8(ascii: "=") { value = .expected }
                    }
                    j += 1
                }
                let end = Swift.min(j + 1, n)
                let name = String(decoding: nameBytes, as: UTF8.self)
                tags.append(HTMLTag(name: name, isEnd: isEnd, selfClosing: selfClosing, start: i, end: end, line: lineAt(Swift.min(j, n - 1))))
                i = end
                if !isEnd, let closer = rawTextClosers[name] {
                    // Raw text: the next tag is the element's own end tag.
                    let stop = skip(past: closer, from: i)
                    i = stop == n ? n : stop - closer.count
                }
            }
        }
        return tags
    }

    /// Where the scan is in an attribute: after `=` (a value expected), in a quoted value (and
    /// its quote), or in an unquoted value.
    private enum AttributeValue { case none, expected, quoted(UInt8), unquoted }

    private static let rawTextClosers: [String: [UInt8]] = [
        "script": Array("</script".utf8), "style": Array("</style".utf8),
        "textarea": Array("</textarea".utf8), "title": Array("</title".utf8),
        "xmp": Array("</xmp".utf8), "plaintext": Array("</plaintext".utf8),
    ]

    /// Elements that never have content or an end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen", "basefont", "frame", "isindex",
    ]
}
