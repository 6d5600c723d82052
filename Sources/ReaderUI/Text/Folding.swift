import Foundation

/// Folding for search: accents removed (`perché` → `perche`), typographic apostrophes made
/// plain, and optionally lower case. Each folded byte remembers which original byte it came
/// from, so a match in folded text maps back to the original.
public struct FoldedText: Sendable {
    public var bytes: [UInt8]
    /// For each folded byte, the UTF-8 offset of the character it came from in the original.
    public var origin: [Int32]
    /// UTF-8 length of the original text.
    public var originalLength: Int

    /// The original byte range for folded bytes `start..<end`.
    public func originalRange(_ start: Int, _ end: Int) -> Range<Int> {
        let s = Int(origin[start])
        let e = end < origin.count ? Int(origin[end]) : originalLength
        return s..<max(s, e)
    }
}

public enum Folding {
    /// True when the query should match case exactly: it has a capital letter.
    public static func isCaseSensitive(_ query: String) -> Bool {
        query.contains { $0.isUppercase }
    }

    public static func fold(_ text: String, lowercase: Bool) -> FoldedText {
        var bytes: [UInt8] = []
        var origin: [Int32] = []
        bytes.reserveCapacity(text.utf8.count)
        origin.reserveCapacity(text.utf8.count)
        var offset = 0
        for ch in text {
            let n = ch.utf8.count
            if n == 1, let b = ch.utf8.first, b < 0x80 {
                bytes.append(lowercase && b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
                origin.append(Int32(offset))
            } else {
                for b in foldCharacter(ch, lowercase: lowercase).utf8 {
                    bytes.append(b)
                    origin.append(Int32(offset))
                }
            }
            offset += n
        }
        return FoldedText(bytes: bytes, origin: origin, originalLength: offset)
    }

    /// The folded form of a query (no origin map needed).
    public static func foldQuery(_ query: String, lowercase: Bool) -> [UInt8] {
        fold(query, lowercase: lowercase).bytes
    }

    static func foldCharacter(_ ch: Character, lowercase: Bool) -> String {
        switch ch {
        case "\u{2019}", "\u{2018}", "\u{02BC}": return "'"
        case "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{00A0}": return " "
        default: break
        }
        var s = String(ch).folding(options: .diacriticInsensitive, locale: nil)
        if lowercase { s = s.lowercased() }
        return s
    }

    /// Every start offset of `needle` in `haystack`, non-overlapping.
    public static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var out: [Int] = []
        let n = needle.count
        haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { q in
                var i = 0
                let last = h.count - n
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n, h[i + j] == q[j] { j += 1 }
                        if j == n {
                            out.append(i)
                            i += n
                            continue
                        }
                    }
                    i += 1
                }
            }
        }
        return out
    }
}
