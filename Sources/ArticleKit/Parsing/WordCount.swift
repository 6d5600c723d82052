/// The one word counter: an article's length (`Article.words`, reading time, the library's
/// length column), the words per section in the reader's contents, and the parsers' sizing
/// of lines. A word is a run of letters and digits in UTF-8, any byte of a non-ASCII
/// character counting as a letter, so `l'intero` and `40.000` count as two words (`l’intero`,
/// with a typographic apostrophe, as one).
public enum WordCount {
    /// Words in a byte range.
    public static func of(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard end > start else { return 0 }
        // A word starts at each word byte not preceded by one: counted without branches into
        // a byte-wide sum per 255 bytes, so the loop runs sixteen bytes at a time.
        var words = Int(wordBit(b[start]))
        var i = start + 1
        while i < end {
            let blockEnd = Swift.min(end, i + 255)
            var starts: UInt8 = 0
            while i < blockEnd {
                starts &+= wordBit(b[i]) & ~wordBit(b[i - 1])
                i += 1
            }
            words += Int(starts)
        }
        return words
    }

    /// 1 for a word byte (`Bytes.isWordByte`), else 0.
    @inline(__always) static func wordBit(_ x: UInt8) -> UInt8 {
        let letter: UInt8 = (x | 0x20) &- 0x61 < 26 ? 1 : 0
        let digit: UInt8 = x &- 0x30 < 10 ? 1 : 0
        return x >> 7 | letter | digit
    }

    /// Words in a text.
    public static func of(_ text: String) -> Int {
        var copy = text
        return copy.withUTF8 { of($0, 0, $0.count) }
    }
}
