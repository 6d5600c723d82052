/// Headings a plain text marks rather than shapes: a numbered line standing alone that
/// repeats an entry of the list of contents above it (`1. Il 25esimo compleanno di GNU a
/// Berlino, Germania`).
extension PlainTextParse {
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
