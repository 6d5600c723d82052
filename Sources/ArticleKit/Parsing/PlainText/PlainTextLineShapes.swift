/// Byte-level shapes of one line: width, sentence end, case of its first letter, quote and
/// list markers.
extension PlainTextParse {
    func lineWidth(_ line: SourceLine) -> Int {
        source.utf8.withUnsafeBufferPointer { LineLayout.width($0, line.trimmedStart, line.trimmedEnd) }
    }

    /// Characters of the line's first word.
    func firstWordWidth(_ line: SourceLine) -> Int {
        source.utf8.withUnsafeBufferPointer { LineLayout.firstWordWidth($0, line.trimmedStart, line.trimmedEnd) }
    }

    /// The line ends with sentence or clause punctuation (closing quotes and brackets included).
    func endsSentence(_ line: SourceLine) -> Bool {
        source.utf8.withUnsafeBufferPointer { LineLayout.endsSentence($0, line.trimmedStart, line.trimmedEnd) }
    }

    func startsLowercaseOrDigit(_ line: SourceLine) -> Bool {
        guard line.trimmedEnd > line.trimmedStart else { return false }
        let first = source.utf8[line.trimmedStart]
        return first >= 0x30 && first <= 0x39 || startsLowercase(line)
    }

    func startsLowercase(_ line: SourceLine) -> Bool {
        guard line.trimmedEnd > line.trimmedStart else { return false }
        let first = source.utf8[line.trimmedStart]
        if first < 0x80 { return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") }
        return text(line.trimmedStart, Swift.min(line.trimmedEnd, line.trimmedStart + 4)).first?.isLowercase ?? false
    }

    func lastByte(_ line: SourceLine) -> UInt8 {
        line.trimmedEnd > line.trimmedStart ? source.utf8[line.trimmedEnd - 1] : 0
    }

    /// Number of `>` markers opening the line.
    func quoteDepth(_ line: SourceLine) -> Int {
        var depth = 0
        var i = line.trimmedStart
        let b = source.utf8
        while i < line.trimmedEnd, b[i] == UInt8(ascii: ">") || (depth > 0 && b[i] == 0x20) {
            if b[i] == UInt8(ascii: ">") { depth += 1 }
            i += 1
        }
        return depth
    }

    /// The list marker opening the line (`-`, `*`, `•`, `1.`, `1)`), if any.
    func listMarker(_ line: SourceLine) -> String? {
        let b = source.utf8
        let s = line.trimmedStart, e = line.trimmedEnd
        guard e - s >= 3 else { return nil }
        if (b[s] == UInt8(ascii: "-") || b[s] == UInt8(ascii: "*")) && b[s + 1] == 0x20 {
            return String(UnicodeScalar(b[s]))
        }
        if e - s >= 4, b[s] == 0xE2, b[s + 1] == 0x80, b[s + 2] == 0xA2, b[s + 3] == 0x20 { return "•" }
        var i = s
        while i < e, i - s < 3, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        if i > s, i + 1 < e, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")"), b[i + 1] == 0x20 {
            return text(s, i + 1)
        }
        return nil
    }

    /// Bytes where the marker and the space after it end, for list and quote lines.
    func contentStart(_ line: SourceLine, kind: Block.Kind) -> Int {
        let b = source.utf8
        var i = line.trimmedStart
        switch kind {
        case .list:
            if let marker = listMarker(line) { i += marker.utf8.count }
        case .quote:
            while i < line.trimmedEnd, b[i] == UInt8(ascii: ">") || b[i] == 0x20 { i += 1 }
            return i
        default:
            return i
        }
        while i < line.trimmedEnd, Bytes.isSpace(b[i]) { i += 1 }
        return i
    }
}
