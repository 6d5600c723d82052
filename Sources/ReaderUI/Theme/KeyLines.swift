/// Where each key of a TOML file is written: TOMLKit reports lines for syntax errors only, so
/// the theme parser finds the line of a bad role or colour here. It follows `[table]` headers,
/// dotted keys and one-line inline tables (`text = { fg = "red" }`), which is all a theme uses.
struct KeyLines {
    private var lines: [[String]: Int] = [:]

    init(_ text: String) {
        var header: [String] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = Self.stripComment(Substring(raw)).trimmingSpaces
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                header = Self.path(inner)
                if lines[header] == nil { lines[header] = number }
                continue
            }
            guard let eq = Self.firstOutsideQuotes("=", in: line) else { continue }
            let key = header + Self.path(line[..<eq])
            if lines[key] == nil { lines[key] = number }
            // Keys of an inline table on the same line.
            var rest = line[line.index(after: eq)...]
            guard let brace = Self.firstOutsideQuotes("{", in: rest) else { continue }
            rest = rest[rest.index(after: brace)...]
            for part in Self.splitOutsideQuotes(rest) {
                guard let e = Self.firstOutsideQuotes("=", in: part) else { continue }
                let inner = key + Self.path(part[..<e])
                if lines[inner] == nil { lines[inner] = number }
            }
        }
    }

    /// The line of a key, or of its nearest enclosing table; 1 when nothing matches.
    func line(of path: [String]) -> Int {
        var p = path
        while !p.isEmpty {
            if let n = lines[p] { return n }
            p.removeLast()
        }
        return 1
    }

    static func path(_ s: Substring) -> [String] {
        s.split(separator: ".").map { part in
            let t = part.trimmingSpaces
            if t.count >= 2, t.first == "'", t.last == "'" { return String(t.dropFirst().dropLast()) }
            if t.count >= 2, t.first == "\"", t.last == "\"" { return unescape(t.dropFirst().dropLast()) }
            return String(t)
        }
    }

    /// A basic TOML string's escapes (`\n`, `\"`, `\u001b`…), so quoted keys match the parsed ones.
    static func unescape(_ s: Substring) -> String {
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            i = s.index(after: i)
            guard c == "\\", i < s.endIndex else {
                out.append(c)
                continue
            }
            let e = s[i]
            i = s.index(after: i)
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "b": out.append("\u{8}")
            case "f": out.append("\u{C}")
            case "e": out.append("\u{1B}")
            case "u", "U":
                let n = e == "u" ? 4 : 8
                let end = s.index(i, offsetBy: n, limitedBy: s.endIndex) ?? s.endIndex
                if let v = UInt32(s[i..<end], radix: 16), let scalar = Unicode.Scalar(v) { out.unicodeScalars.append(scalar) }
                i = end
            default: out.append(e)
            }
        }
        return out
    }

    static func stripComment(_ s: Substring) -> Substring {
        firstOutsideQuotes("#", in: s).map { s[..<$0] } ?? s
    }

    static func firstOutsideQuotes(_ target: Character, in s: Substring) -> Substring.Index? {
        var quote: Character?
        var escaped = false
        for i in s.indices {
            let c = s[i]
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" && q == "\"" { escaped = true } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == target {
                return i
            }
        }
        return nil
    }

    /// Splits an inline table's body at commas outside quotes, stopping at its closing brace.
    static func splitOutsideQuotes(_ s: Substring) -> [Substring] {
        var parts: [Substring] = []
        var rest = s
        while let comma = firstOutsideQuotes(",", in: rest) {
            parts.append(rest[..<comma])
            rest = rest[rest.index(after: comma)...]
        }
        if let close = firstOutsideQuotes("}", in: rest) { rest = rest[..<close] }
        parts.append(rest)
        return parts
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return s
    }
}
