import ArticleKit

/// A long text read in pieces of about `size` bytes, each ending at a space or line break
/// (else at a character's start), so a word is never split between two: matching and
/// snippets over a section of 200 MB then need one piece in memory, not the whole text folded.
/// Each piece after the first starts `overlap` bytes before the previous one ended, so a
/// phrase that crosses the cut is whole in the next piece (phrases longer than that are not).
enum TextPieces {
    static let size = 65_536
    static let overlap = 4_096

    /// Calls `body` with each piece, its offset in `utf8` and the offset where the previous
    /// piece ended (0 for the first), in order, until it returns false. A match ending at or
    /// before that offset was wholly in the previous piece and was seen there.
    static func forEach(_ utf8: UnsafeBufferPointer<UInt8>, size: Int = size, overlap: Int = overlap,
                        _ body: (_ piece: UnsafeBufferPointer<UInt8>, _ offset: Int, _ seen: Int) -> Bool) {
        var start = 0, seen = 0
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
            guard body(UnsafeBufferPointer(rebasing: utf8[start..<end]), start, seen), end < utf8.count else { return }
            seen = end
            start = restart(utf8, before: end, overlap: min(overlap, (end - start) / 2))
        }
    }

    /// Where the piece after one ending at `end` starts: just after a space or line break about
    /// `overlap` bytes back, else at a character's start there (never at or after `end`).
    static func restart(_ utf8: UnsafeBufferPointer<UInt8>, before end: Int, overlap: Int) -> Int {
        guard overlap > 0 else { return end }
        var k = end - overlap
        while k < end, utf8[k] != 0x20, utf8[k] != 0x0A { k += 1 }
        if k < end { return k + 1 }
        k = end - overlap
        while k < end, utf8[k] & 0xC0 == 0x80 { k += 1 }
        return k
    }
}
