/// Building a block's text from its lines: markers removed, lines joined, runs of spaces
/// collapsed, with an exact map back to the source bytes.
extension PlainTextParse {
    /// A block of the lines `range`: markers removed, lines joined by one space, runs of
    /// spaces collapsed; its map is exact (a join maps to the line break and markers it replaced).
    /// `from` and `to` cut the first line's start and the last line's end (a label before a
    /// title); blank lines in the range (a title carried over one) are passed over.
    mutating func makeBlock(_ kind: Block.Kind, lines range: Range<Int>, level: Int = 0, marker: String? = nil,
                            from: Int? = nil, to: Int? = nil) -> Block {
        builder.reset()
        let bytes = source.utf8
        // The text's words are the lines' words (a join or a collapsed run is one space), less
        // any a marker held.
        var blockWords = 0
        bytes.withUnsafeBufferPointer { b in
            var previousEnd = 0
            for i in range where !lines[i].isBlank {
                let line = lines[i]
                var start = i == range.lowerBound || kind == .quote ? contentStart(line, kind: kind) : line.trimmedStart
                if i == range.lowerBound, let from { start = from }
                let end = i == range.upperBound - 1 ? to ?? line.trimmedEnd : line.trimmedEnd
                if !builder.isEmpty { builder.replace(CollectionOfOne(0x20), source: previousEnd..<start) }
                Self.appendCollapsed(b, start, end, into: &builder)
                blockWords += start == line.trimmedStart && end == line.trimmedEnd ? line.words : WordCount.of(b, start, end)
                previousEnd = end
            }
        }
        let first = lines[range.lowerBound], last = lines[range.upperBound - 1]
        words += blockWords
        let (text, map) = builder.finish()
        return Block(
            kind: kind, text: text,
            span: SourceSpan(start: first.start, end: last.end, firstLine: first.number, lastLine: last.number),
            level: level, marker: marker, map: map)
    }

    /// `appendCollapsed` into a text map builder: the words copied, each run of spaces and
    /// tabs one space standing for the run.
    static func appendCollapsed(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into builder: inout TextMapBuilder) {
        var i = start
        while i < end {
            // Words and the single spaces between them are copied in one piece: each space
            // stands for itself, so the map is the one a copy per word would build.
            var j = i
            while j < end, !Bytes.isSpace(b[j]) || (b[j] == 0x20 && j + 1 < end && !Bytes.isSpace(b[j + 1])) { j += 1 }
            builder.copy(b, i, j)
            guard j < end else { break }
            let s = j
            while j < end, Bytes.isSpace(b[j]) { j += 1 }
            if j < end { builder.replace(CollectionOfOne(0x20), source: s..<j) }
            i = j
        }
    }

    func collapsed(_ start: Int, _ end: Int) -> [UInt8] {
        var out: [UInt8] = []
        Self.appendCollapsed(source.utf8, start, end, into: &out)
        return out
    }

    /// Appends bytes with every run of spaces and tabs made one space.
    static func appendCollapsed(_ bytes: [UInt8], _ start: Int, _ end: Int, into out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { b in
            var i = start
            while i < end {
                var j = i
                while j < end, !Bytes.isSpace(b[j]) { j += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                guard j < end else { break }
                while j < end, Bytes.isSpace(b[j]) { j += 1 }
                if j < end { out.append(0x20) }
                i = j
            }
        }
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: source.utf8[start..<end], as: UTF8.self)
    }

    /// The opening of the kept text as UTF-8, for language detection.
    func sampleForLanguage() -> [UInt8] {
        var sample: [UInt8] = []
        for block in [title, lede].compactMap({ $0 }) + blocks {
            sample.append(contentsOf: block.text.utf8)
            sample.append(0x20)
            if sample.count > 3000 { break }
        }
        return sample
    }
}
