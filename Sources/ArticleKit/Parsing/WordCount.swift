/// The one word counter: an article's length (`Article.words`, reading time, the library's
/// length column), the words per section in the reader's contents, and the parsers' sizing
/// of lines. A word is a run of letters and digits in UTF-8, any byte of a non-ASCII
/// character counting as a letter, so `l'intero` and `40.000` count as two words (`l’intero`,
/// with a typographic apostrophe, as one).
public enum WordCount {
    /// Words in a byte range.
    public static func of(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var words = 0
        var inWord = false
        var i = start
        while i < end {
            let w = Bytes.isWordByte(b[i])
            if w && !inWord { words += 1 }
            inWord = w
            i += 1
        }
        return words
    }

    /// Words in a text.
    public static func of(_ text: String) -> Int {
        var copy = text
        return copy.withUTF8 { of($0, 0, $0.count) }
    }
}
