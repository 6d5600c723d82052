/// The decoded text of a file, kept whole as UTF-8 bytes with an index of where each line
/// starts. Lines end at LF, CRLF or a lone CR; the terminators stay in the bytes.
public struct SourceText: Sendable, Hashable {
    /// The decoded text as UTF-8.
    public let utf8: [UInt8]
    /// Byte offset where each line starts; line N (1-based) starts at `lineStarts[N - 1]`.
    public let lineStarts: [Int]

    public init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        self.lineStarts = SourceText.indexLines(utf8)
    }

    /// The whole text as a string.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// Number of lines; a final terminator does not open an empty last line. 0 when empty.
    public var lineCount: Int { lineStarts.count }

    /// The text covered by a span, exactly as in the source (terminators included).
    public func string(in span: SourceSpan) -> String {
        string(from: span.start, to: span.end)
    }

    /// The text between two byte offsets, clamped to the text.
    public func string(from start: Int, to end: Int) -> String {
        let s = Swift.max(0, Swift.min(start, utf8.count))
        let e = Swift.max(s, Swift.min(end, utf8.count))
        return String(decoding: utf8[s..<e], as: UTF8.self)
    }

    /// Byte range of line `number` (1-based) without its terminator.
    public func lineRange(_ number: Int) -> Range<Int> {
        precondition(number >= 1 && number <= lineCount, "line \(number) out of 1...\(lineCount)")
        let start = lineStarts[number - 1]
        var end = number < lineCount ? lineStarts[number] : utf8.count
        if end > start, utf8[end - 1] == 0x0A { end -= 1 }
        if end > start, utf8[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Line `number` (1-based) without its terminator.
    public func line(_ number: Int) -> String {
        let r = lineRange(number)
        return String(decoding: utf8[r], as: UTF8.self)
    }

    /// The 1-based line holding a byte offset (the last line for offsets at or past the end).
    public func lineNumber(forOffset offset: Int) -> Int {
        guard !lineStarts.isEmpty else { return 1 }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// A span for a byte range, with its line numbers filled in.
    public func span(start: Int, end: Int) -> SourceSpan {
        let first = lineNumber(forOffset: start)
        let last = end > start ? lineNumber(forOffset: end - 1) : first
        return SourceSpan(start: start, end: end, firstLine: first, lastLine: last)
    }

    /// Whether one of the eight bytes of `x` is `byte`.
    @inline(__always) static func hasByte(_ x: UInt64, _ byte: UInt8) -> Bool {
        let v = x ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0
    }

    static func indexLines(_ bytes: [UInt8]) -> [Int] {
        guard !bytes.isEmpty else { return [] }
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            let raw = UnsafeRawBufferPointer(b)
            var i = 0
            while i < n {
                // Skip eight bytes at a time while they hold no line break.
                while i + 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if Self.hasByte(x, 0x0A) || Self.hasByte(x, 0x0D) { break }
                    i += 8
                }
                guard i < n else { break }
                let c = b[i]
                if c == 0x0A {
                    if i + 1 < n { starts.append(i + 1) }
                } else if c == 0x0D {
                    if i + 1 < n, b[i + 1] == 0x0A {
                        i += 1
                        if i + 1 < n { starts.append(i + 1) }
                    } else if i + 1 < n {
                        starts.append(i + 1)
                    }
                }
                i += 1
            }
        }
        return starts
    }
}
