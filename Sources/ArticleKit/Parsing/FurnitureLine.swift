/// A line as the boilerplate rules read it, in UTF-8 bytes: lowered, an opening bullet removed,
/// split into words, and with each run of spaces and tabs made one space.
///
/// Built straight from the bytes when every scalar of the line is one whose lowering, grapheme
/// breaking and comparison the bytes reproduce exactly (ASCII, Latin-1, Latin Extended-A,
/// punctuation, arrows): that is nearly every line, and building no `String` is what makes the
/// rules cheap. Any other line is read through `String`, as the rules always read every line.
struct FurnitureLine {
    /// The lowered line without its bullet.
    let lower: [UInt8]
    /// `lower` with each run of spaces and tabs made one space, none at either end.
    let collapsed: [UInt8]
    /// Where the words of `lower` lie (split on `Boilerplate.separators`).
    let words: [Range<Int>]
    /// Whether `lower` holds a space.
    let hasSpace: Bool
    /// The lowered line as a `String`, when the line was read through one.
    let loweredText: String?

    /// Reads the line through `String`: Unicode lowering, bullets and spaces as `Character`s.
    init(text: String) {
        var lower = text.lowercased()
        for bullet in Self.bullets where lower.hasPrefix(bullet) { lower.removeFirst(bullet.count) }
        self.lower = Array(lower.utf8)
        self.collapsed = Array(lower.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ").utf8)
        self.words = Self.words(self.lower)
        self.hasSpace = lower.contains(" ")
        self.loweredText = lower
    }

    /// Reads the line from its bytes, or nil when it holds a scalar that only `String` reads
    /// right (a combining mark, an emoji, a letter outside Latin, bytes that are not UTF-8).
    init?(bytes b: UnsafeBufferPointer<UInt8>) {
        var lower: [UInt8] = []
        lower.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                lower.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                i += 1
                continue
            }
            guard let (scalar, length) = Self.decode(b, i), scalar < Self.lowerTable.count else { return nil }
            let lowered = Self.lowerTable[Int(scalar)]
            guard lowered != 0 else { return nil }
            Self.appendUTF8(lowered, to: &lower)
            i += length
        }
        var start = 0
        for bullet in Self.bulletBytes where lower.count - start >= bullet.count
            && lower[start..<start + bullet.count].elementsEqual(bullet) { start += bullet.count }
        if start > 0 { lower.removeFirst(start) }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(lower.count)
        var pendingSpace = false
        var hasSpace = false
        for byte in lower {
            if byte == 0x20 || byte == 0x09 {
                hasSpace = hasSpace || byte == 0x20
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(0x20); pendingSpace = false }
                collapsed.append(byte)
            }
        }
        self.lower = lower
        self.collapsed = collapsed
        self.words = Self.words(lower)
        self.hasSpace = hasSpace
        self.loweredText = nil
    }

    /// Whether the lowered line starts with `prefix` (compared as `Character`s when the line
    /// was read through `String`).
    func starts(with prefix: String) -> Bool {
        if let loweredText { return loweredText.hasPrefix(prefix) }
        return lower.starts(with: prefix.utf8)
    }

    /// The words joined by single spaces.
    func joinedWords() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(lower.count)
        for word in words {
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: lower[word])
        }
        return out
    }

    /// Word `k` as a `String`.
    func word(_ k: Int) -> String { String(decoding: lower[words[k]], as: UTF8.self) }

    /// Bullets in front of a menu entry or a byline, removed in this order (each at most once).
    static let bullets = ["• ", "· ", "- ", "| "]
    static let bulletBytes = bullets.map { Array($0.utf8) }

    /// Splits on `Boilerplate.separators`, matched on their UTF-8 bytes (a lead byte never
    /// occurs inside another scalar, so this is the split on scalars).
    static func words(_ s: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < s.count {
            var length = 0
            if s[i] < 0x80 {
                if separatorASCII[Int(s[i])] { length = 1 }
            } else {
                for sequence in separatorSequences where s.count - i >= sequence.count
                    && s[i..<i + sequence.count].elementsEqual(sequence) { length = sequence.count; break }
            }
            guard length > 0 else { i += 1; continue }
            if i > start { words.append(start..<i) }
            i += length
            start = i
        }
        if i > start { words.append(start..<i) }
        return words
    }

    static let separatorASCII: [Bool] = (0..<128).map { Boilerplate.separators.contains(Unicode.Scalar(UInt8($0))) }
    static let separatorSequences: [[UInt8]] = Boilerplate.separators.filter { !$0.isASCII }.map { Array(String($0).utf8) }

    /// The scalar starting at `i` and its length in bytes, or nil if the bytes are not UTF-8
    /// of a scalar below U+10000.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int)? {
        let c = UInt32(b[i])
        if c >= 0xC2, c <= 0xDF, i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 {
            return ((c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2)
        }
        if c >= 0xE1, c <= 0xEC, i + 2 < b.count, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
            return ((c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        return nil
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            out.append(UInt8(scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        } else {
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Per scalar below U+2200: its lowercase (one scalar, from the standard library's own
    /// mapping), or 0 for a scalar the bytes do not read (see the type's note). The ranges
    /// hold no combining mark, joiner or other scalar that merges with a neighbouring space
    /// into one `Character`, and none with a second canonically equal spelling; U+0130 (İ)
    /// is left out because it lowers to two scalars.
    static let lowerTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x2200)
        let ranges: [ClosedRange<UInt32>] = [0x00A0...0x017F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF]
        for range in ranges {
            for value in range where value != 0x130 {
                let lowered = Unicode.Scalar(value)!.properties.lowercaseMapping.unicodeScalars
                guard lowered.count == 1, let only = lowered.first, only.value >= 0x80, only.value < 0x10000 else { continue }
                table[Int(value)] = only.value
            }
        }
        return table
    }()
}
