/// One line of the source, located by byte offsets (terminator excluded).
struct SourceLine {
    /// 1-based line number.
    var number: Int
    /// Offset of the line's first byte.
    var start: Int
    /// Offset one past the last byte before the terminator.
    var end: Int
    /// The line without leading and trailing whitespace; empty range for a blank line.
    var trimmedStart: Int
    var trimmedEnd: Int
    /// Columns of leading indentation (a tab counts 4).
    var indent: Int
    /// Words in the trimmed line (`WordCount.of`), counted once: the parser asks often.
    var words: Int

    var isBlank: Bool { trimmedStart == trimmedEnd }
}

/// Byte-level helpers shared by the parsers; all work on UTF-8 without building `Character`s.
enum Bytes {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0B
    }

    @inline(__always) static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    /// A byte that belongs to a word: ASCII letters and digits, and every byte of a non-ASCII
    /// scalar (accented letters, typographic apostrophes inside words).
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || isASCIILetterOrDigit(b)
    }

    /// Lines of the text with their trimmed ranges, from the source's line index.
    static func lines(_ source: SourceText) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(source.lineCount)
        guard source.lineCount > 0 else { return out }
        source.utf8.withUnsafeBufferPointer { b in
            for number in 1...source.lineCount {
                let r = source.lineRange(number)
                var s = r.lowerBound
                var e = r.upperBound
                var indent = 0
                while s < e, isSpace(b[s]) || isNBSP(b, s, e) {
                    indent += b[s] == 0x09 ? 4 : 1
                    s += b[s] == 0xC2 ? 2 : 1
                }
                while e > s, isSpace(b[e - 1]) || (e - s >= 2 && b[e - 2] == 0xC2 && b[e - 1] == 0xA0) {
                    e -= b[e - 1] == 0xA0 ? 2 : 1
                }
                out.append(SourceLine(number: number, start: r.lowerBound, end: r.upperBound,
                                      trimmedStart: s, trimmedEnd: e, indent: indent, words: WordCount.of(b, s, e)))
            }
        }
        return out
    }

    @inline(__always) static func isNBSP(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        b[i] == 0xC2 && i + 1 < end && b[i + 1] == 0xA0
    }
}
