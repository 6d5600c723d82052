import ArticleKit

/// A long text read in pieces of about `size` bytes, each ending at a space or line break
/// (else at a character's start), so a word is never split between two: matching and
/// snippets over a section of 200 MB then need one piece in memory, not the whole text folded.
enum TextPieces {
    static let size = 65_536

    /// Calls `body` with each piece and its offset in `utf8`, in order, until it returns false.
    static func forEach(_ utf8: UnsafeBufferPointer<UInt8>, size: Int = size,
                        _ body: (UnsafeBufferPointer<UInt8>, Int) -> Bool) {
        var start = 0
        while start < utf8.count {
            var end = min(utf8.count, start + size)
            if end < utf8.count {
                var k = end
                while k > start + size / 2, utf8[k] != 0x20, utf8[k] != 0x0A { k -= 1 }
                if k > start + size / 2 {
                    end = k
                } else {
                    while end > start + 1, utf8[end] & 0xC0 == 0x80 { end -= 1 }
                }
            }
            guard body(UnsafeBufferPointer(rebasing: utf8[start..<end]), start) else { return }
            start = end
        }
    }
}
