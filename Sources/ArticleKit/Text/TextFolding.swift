/// Text folded for matching: accents removed (`perché` → `perche`), typographic quotes and
/// apostrophes made plain, and optionally lower case. Each folded byte remembers the UTF-8
/// offset of the character it came from, so a match in folded text maps back to the source.
public struct FoldedText: Sendable, Hashable {
    /// The folded text as UTF-8.
    public var bytes: [UInt8]
    /// For each folded byte, the offset (in the original UTF-8) of the scalar it came from.
    public var origin: [Int32]
    /// Length of the original UTF-8.
    public var originalLength: Int

    /// The original byte range behind folded bytes `start..<end`.
    public func originalRange(_ start: Int, _ end: Int) -> Range<Int> {
        let s = start < origin.count ? Int(origin[start]) : originalLength
        let e = end < origin.count ? Int(origin[end]) : originalLength
        return s..<Swift.max(s, e)
    }
}

/// Folding for search, over UTF-8 bytes with a table for Latin letters: fast enough to fold a
/// megabyte per keystroke. Shared by in-article search and the library index.
public enum TextFolding {
    /// Smart case: a query with a capital letter matches case exactly.
    public static func isCaseSensitive(_ query: String) -> Bool {
        query.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// Folds UTF-8 bytes; `base` is added to every origin offset (the bytes' place in a larger text).
    public static func fold(_ utf8: UnsafeBufferPointer<UInt8>, lowercase: Bool, base: Int = 0) -> FoldedText {
        var bytes: [UInt8] = []
        var origin: [Int32] = []
        bytes.reserveCapacity(utf8.count)
        origin.reserveCapacity(utf8.count)
        var i = 0
        let n = utf8.count
        while i < n {
            let c = utf8[i]
            if c < 0x80 {
                bytes.append(lowercase && c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                origin.append(Int32(base + i))
                i += 1
                continue
            }
            let (scalar, length) = decodeScalar(utf8, i)
            let at = Int32(base + i)
            i += length
            let folded = foldScalar(scalar, lowercase: lowercase)
            switch folded {
            case .drop:
                continue
            case .ascii(let a):
                bytes.append(a)
                origin.append(at)
            case .ascii2(let a, let b):
                bytes.append(a)
                bytes.append(b)
                origin.append(at)
                origin.append(at)
            case .scalar(let s):
                for b in String(Character(s)).utf8 {
                    bytes.append(b)
                    origin.append(at)
                }
            }
        }
        return FoldedText(bytes: bytes, origin: origin, originalLength: base + n)
    }

    public static func fold(_ text: String, lowercase: Bool) -> FoldedText {
        var copy = text
        return copy.withUTF8 { fold($0, lowercase: lowercase) }
    }

    /// Every start offset of `needle` in `haystack`, non-overlapping, in order.
    public static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var out: [Int] = []
        let n = needle.count
        haystack.withUnsafeBufferPointer { h in
            var i = 0
            let last = h.count - n
            while i <= last {
                if h[i] == first {
                    var j = 1
                    while j < n, h[i + j] == needle[j] { j += 1 }
                    if j == n { out.append(i); i += n; continue }
                }
                i += 1
            }
        }
        return out
    }

    enum Folded { case drop, ascii(UInt8), ascii2(UInt8, UInt8), scalar(Unicode.Scalar) }

    static func foldScalar(_ v: UInt32, lowercase: Bool) -> Folded {
        switch v {
        case 0x2018, 0x2019, 0x02BC, 0x2032: return .ascii(UInt8(ascii: "'"))
        case 0x201C, 0x201D, 0x00AB, 0x00BB, 0x201E: return .ascii(UInt8(ascii: "\""))
        case 0x00A0, 0x2009, 0x202F: return .ascii(0x20)
        case 0x2013, 0x2014: return .ascii(UInt8(ascii: "-"))
        case 0x0300...0x036F: return .drop  // combining marks of decomposed accents
        case 0x00C0...0x017F:
            let entry = latin[Int(v - 0xC0)]
            if entry.isEmpty { break }
            // The table's own case is the character's case.
            let out = lowercase ? Array(entry.utf8).map { $0 | 0x20 } : Array(entry.utf8)
            return out.count == 1 ? .ascii(out[0]) : .ascii2(out[0], out[1])
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .scalar("\u{FFFD}") }
        if lowercase, scalar.properties.isUppercase,
           let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
            return .scalar(lower)
        }
        return .scalar(scalar)
    }

    /// Base letters for U+00C0…U+017F (Latin-1 Supplement letters and Latin Extended-A);
    /// empty where the character is not a letter to fold.
    static let latin: [String] = {
        let latin1 = "A A A A A A AE C E E E E I I I I D N O O O O O _ O U U U U Y TH ss "
            + "a a a a a a ae c e e e e i i i i d n o o o o o _ o u u u u y th y"
        let extendedA = "A a A a A a C c C c C c C c D d D d E e E e E e E e E e G g G g G g G g "
            + "H h H h I i I i I i I i I i IJ ij J j K k k L l L l L l L l L l N n N n N n n "
            + "NG ng O o O o O o OE oe R r R r R r S s S s S s S s T t T t T t U u U u U u U u U u U u W w Y y Y Z z Z z Z z s"
        return (latin1 + " " + extendedA).split(separator: " ").map { $0 == "_" ? "" : String($0) }
    }()

    @inline(__always)
    static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c = b[i]
        let n = b.count
        func cont(_ k: Int) -> UInt32? { i + k < n && b[i + k] & 0xC0 == 0x80 ? UInt32(b[i + k] & 0x3F) : nil }
        if c & 0xE0 == 0xC0, let c1 = cont(1) { return (UInt32(c & 0x1F) << 6 | c1, 2) }
        if c & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) { return (UInt32(c & 0x0F) << 12 | c1 << 6 | c2, 3) }
        if c & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            return (UInt32(c & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        }
        return (0xFFFD, 1)
    }
}
