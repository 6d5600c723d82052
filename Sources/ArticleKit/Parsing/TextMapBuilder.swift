/// Builds a block's text and its `TextMap` together: the parsers append what they copy from
/// the source (verbatim), what they put in place of source bytes (a decoded character, a
/// space for a line join) and runs of whitespace to collapse, and get back the text and map.
struct TextMapBuilder {
    private(set) var text: [UInt8] = []
    private(set) var runs: [TextMap.Run] = []
    /// A collapsed run of whitespace not yet written: written as one space before the next
    /// text, never at the start or the end.
    private var pendingSpace: Range<Int>?

    init() {
        text.reserveCapacity(256)
    }

    mutating func reset() {
        text.removeAll(keepingCapacity: true)
        runs.removeAll(keepingCapacity: true)
        pendingSpace = nil
    }

    var isEmpty: Bool { text.isEmpty }

    /// Appends `source[start..<end]` as it is.
    mutating func copy(_ source: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        guard end > start else { return }
        flushSpace(before: start)
        text.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
        addRun(textLength: end - start, source: start..<end)
    }

    /// Appends `bytes` standing for `source` (a character reference and its character, a
    /// marker-free line join).
    mutating func replace<C: Collection<UInt8>>(_ bytes: C, source: Range<Int>) {
        guard !bytes.isEmpty else { return }
        flushSpace(before: source.lowerBound)
        text.append(contentsOf: bytes)
        addRun(textLength: bytes.count, source: source)
    }

    /// Records whitespace at `source`: consecutive calls make one pending space.
    mutating func space(_ source: Range<Int>) {
        if let p = pendingSpace {
            pendingSpace = p.lowerBound..<Swift.max(p.upperBound, source.upperBound)
        } else {
            pendingSpace = source
        }
    }

    /// Copies `source[start..<end]` with every run of whitespace (space, tab, line breaks)
    /// collapsed to one space, as `ArticleAssembler.collapse` does.
    mutating func copyCollapsing(_ source: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var i = start
        while i < end {
            var j = i
            while j < end, !Self.isSpace(source[j]) { j += 1 }
            copy(source, i, j)
            guard j < end else { break }
            let s = j
            while j < end, Self.isSpace(source[j]) { j += 1 }
            space(s..<j)
            i = j
        }
    }

    /// The text and its map; a pending space at the end is left out.
    func finish() -> (text: String, map: TextMap) {
        (String(decoding: text, as: UTF8.self), TextMap(runs: runs))
    }

    private mutating func flushSpace(before next: Int) {
        guard let p = pendingSpace else { return }
        pendingSpace = nil
        guard !text.isEmpty else { return }
        text.append(0x20)
        // A single blank byte maps byte for byte and joins the runs around it.
        addRun(textLength: 1, source: p)
    }

    private mutating func addRun(textLength: Int, source: Range<Int>) {
        TextMap.append(&runs, text: text.count - textLength, textLength: textLength, source: source)
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B
    }
}

extension TextMap {
    /// Appends a run for `textLength` bytes of text at `text` standing for `source`: joined to
    /// the last run when both map byte for byte and follow on in text and source; a source
    /// range before the last run's end is clamped to it, so runs stay sorted by source.
    static func append(_ runs: inout [Run], text: Int, textLength: Int, source: Range<Int>) {
        var source = source
        if let last = runs.last {
            let lastEnd = last.sourceEnd
            if source.lowerBound < lastEnd { source = lastEnd..<Swift.max(lastEnd, source.upperBound) }
            if last.isVerbatim, textLength == source.count, last.textEnd == text, lastEnd == source.lowerBound {
                runs[runs.count - 1].textLength += Int32(clamping: textLength)
                runs[runs.count - 1].sourceLength += Int32(clamping: textLength)
                return
            }
        }
        runs.append(Run(text: text, source: source.lowerBound, textLength: textLength, sourceLength: source.count))
    }
}
