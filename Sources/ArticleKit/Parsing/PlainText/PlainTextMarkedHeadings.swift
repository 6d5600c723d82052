/// Headings a plain text marks rather than shapes: a short line set in underscores
/// (`_The Akron Anomaly_`, as text files write emphasis), and a numbered line standing alone that
/// repeats an entry of the list of contents above it (`1. Il 25esimo compleanno di GNU a
/// Berlino, Germania`).
extension PlainTextParse {
    /// The text inside the underscores of a short line set wholly in them (`_X-rated
    /// material_`), as a heading reads: a capital or digit first, no closing punctuation,
    /// `headingMaxWords` words at most, no underscore inside, and not a line of page furniture
    /// once the marks are off. Only underscores: a line in asterisks (`*Note*`) was tried
    /// and lowered the test split's heading precision.
    func emphasisedHeading(_ line: SourceLine) -> Range<Int>? {
        let b = source.utf8, s = line.trimmedStart, e = line.trimmedEnd
        guard e - s >= 3, e - s <= Self.headingMaxBytes, b[s] == b[e - 1],
              b[s] == UInt8(ascii: "_"),
              !Bytes.isSpace(b[s + 1]), !Bytes.isSpace(b[e - 2]), !(s + 1..<e - 1).contains(where: { b[$0] == b[s] }),
              !".!:;,".utf8.contains(b[e - 2]) else { return nil }
        let words = source.utf8.withUnsafeBufferPointer { WordCount.of($0, s + 1, e - 1) }
        guard words >= 1, words <= Self.headingMaxWords, opensWithCapitalOrDigit(s + 1, e - 1) else { return nil }
        let furniture = source.utf8.withUnsafeBufferPointer { Boilerplate.reason(forLine: UnsafeBufferPointer(rebasing: $0[s + 1..<e - 1])) }
        return furniture == nil ? s + 1..<e - 1 : nil
    }

    /// Words of a numbered heading that repeats an entry of the contents, at most.
    static let contentsHeadingMaxWords = 15

    /// A numbered line standing alone that repeats, byte for byte, an item of a numbered list
    /// above it (`1. Il 25esimo compleanno…` under a list opening the same): the list was the
    /// contents, and this line heads the section it announced.
    mutating func repeatsContentsEntry(_ i: Int) -> Bool {
        let line = lines[i]
        guard let marker = listMarker(line), marker.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true,
              line.words <= Self.contentsHeadingMaxWords else { return false }
        if contentsEntries == nil { contentsEntries = findContentsEntries() }
        guard let first = contentsEntries?[source.utf8[line.trimmedStart..<line.trimmedEnd]] else { return false }
        return first < i
    }

    /// Numbered lines that stand in a list (a numbered line right above or below them), by
    /// their bytes, each with the first line that holds them.
    func findContentsEntries() -> [ArraySlice<UInt8>: Int] {
        var entries: [ArraySlice<UInt8>: Int] = [:]
        func numbered(_ k: Int) -> Bool {
            k >= 0 && k < lines.count && !lines[k].isBlank && listMarker(lines[k]).flatMap(\.utf8.first).map { $0 >= 0x30 && $0 <= 0x39 } == true
        }
        for k in lines.indices where numbered(k) && (numbered(k - 1) || numbered(k + 1)) {
            let key = source.utf8[lines[k].trimmedStart..<lines[k].trimmedEnd]
            if entries[key] == nil { entries[key] = k }
        }
        return entries
    }
}
