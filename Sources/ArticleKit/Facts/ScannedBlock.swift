/// A kept block of the article (or a table's cell) as fact extraction sees it: its tokens, read
/// from the text it shows (token offsets are offsets in `MentionMaker.shown`, where that text
/// starts at `textStart`), its map to the source, its sentences and the section it belongs to.
struct ScannedBlock: Sendable {
    var tokens: [Token]
    /// Each token's lower-cased text, by index.
    var lowers: [String]
    /// Section index; title and lede count as section 0.
    var section: Int
    /// Title and headings: written in headline case, so names are only matched, never guessed.
    var isHeadline: Bool
    /// A cell of a data table: a number there has its meaning in the headers, not in the words
    /// around it, so it is no figure (a table of percentages is not a list of facts).
    var isTableCell = false
    /// For each token, the index of the last token of its sentence, final `.`/`!`/`?` excluded.
    var sentenceLast: [Int]
    /// For each token, the index of the first token of its sentence.
    var sentenceFirst: [Int]
    /// Where the block's text starts in `MentionMaker.shown`.
    var textStart = 0
    /// The block's (or cell's) map from its text to the source.
    var map = TextMap()

    init(_ list: TokenList, section: Int, isHeadline: Bool, isTableCell: Bool = false, textStart: Int = 0, map: TextMap = TextMap()) {
        let tokens = list.tokens
        let lowers = list.lowers
        self.tokens = tokens
        self.lowers = lowers
        self.section = section
        self.isHeadline = isHeadline
        self.isTableCell = isTableCell
        self.textStart = textStart
        self.map = map
        let n = tokens.count
        sentenceFirst = Array(repeating: 0, count: n)
        sentenceLast = Array(repeating: 0, count: n)
        var first = 0
        tokens.withUnsafeBufferPointer { t in
            for k in 0..<n {
                if k > 0, t[k].sentenceStart { first = k }
                sentenceFirst[k] = first
            }
        }
        var last = n - 1
        var trimmed = n - 1
        var k = n - 1
        while k >= 0 {
            if k < n - 1, tokens[k + 1].sentenceStart {
                last = k
                // Drop the closing punctuation of each sentence from its last index.
                trimmed = last
                while trimmed > 0, tokens[trimmed].kind == .punct, ScannedBlock.closing.contains(lowers[trimmed]) { trimmed -= 1 }
            } else if k == n - 1 {
                trimmed = last
                while trimmed > 0, tokens[trimmed].kind == .punct, ScannedBlock.closing.contains(lowers[trimmed]) { trimmed -= 1 }
            }
            sentenceLast[k] = max(min(trimmed, last), min(k, last))
            k -= 1
        }
    }

    static let closing: WordList = [".", "!", "?", "…", ";", ":", ","]

    var count: Int { tokens.count }

    subscript(_ k: Int) -> Token {
        _read { yield tokens[k] }
    }

    /// The source bytes behind the text from offset `start` to `end` (offsets in
    /// `MentionMaker.shown`), through the block's map.
    func sourceRange(_ start: Int, _ end: Int) -> Range<Int> {
        map.sourceRange(ofText: (start - textStart)..<(end - textStart)) ?? start..<end
    }

    /// The lower-cased word at `k`, or "" past either end or for non-words.
    func word(_ k: Int) -> String {
        k >= 0 && k < tokens.count && tokens[k].kind != .number ? lowers[k] : ""
    }

    /// The lower-cased text of token `k` (digits for a number).
    @inline(__always) func lower(_ k: Int) -> String { lowers[k] }

    /// True when token `k` is the punctuation mark `s`.
    func isPunct(_ k: Int, _ s: String) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .punct && lowers[k] == s }

    /// True when the words from `k` on are `words`.
    func matches(_ words: [String], at k: Int) -> Bool {
        guard k >= 0, k + words.count <= tokens.count else { return false }
        for (o, w) in words.enumerated() where lowers[k + o] != w { return false }
        return true
    }
}

/// Makes mentions from token ranges: text as shown with whitespace (line breaks included)
/// collapsed to single spaces, and the exact source span its block's map gives for it.
struct MentionMaker {
    /// The texts the scan read, one after another (`FactExtractor.scan`); token offsets point here.
    let shown: [UInt8]
    let source: SourceText

    func mention(_ block: ScannedBlock, _ first: Int, _ last: Int) -> Mention {
        let start = block.tokens[first].start
        let end = block.tokens[last].end
        return Mention(text: text(start, end), span: span(block, start, end), section: block.section)
    }

    /// `mention(block, first, last)` with its text cut after the last token that ends within
    /// `limit` bytes of the first, followed by `…` (the span covers every token): a claim can
    /// run to the end of a long paragraph.
    func mention(_ block: ScannedBlock, _ first: Int, _ last: Int, upTo limit: Int) -> Mention {
        let start = block.tokens[first].start
        let end = block.tokens[last].end
        guard end - start > limit else { return mention(block, first, last) }
        var cut = first
        while cut < last, block.tokens[cut + 1].end - start <= limit { cut += 1 }
        return Mention(text: text(start, block.tokens[cut].end) + "…", span: span(block, start, end), section: block.section)
    }

    /// `mention(block, first, last)` when its text is already known (`text(block, first, last)`).
    func mention(_ block: ScannedBlock, _ first: Int, _ last: Int, text: String) -> Mention {
        let start = block.tokens[first].start
        let end = block.tokens[last].end
        return Mention(text: text, span: span(block, start, end), section: block.section)
    }

    /// The source span behind the block's text from `start` to `end`, with its lines.
    func span(_ block: ScannedBlock, _ start: Int, _ end: Int) -> SourceSpan {
        let r = block.sourceRange(start, end)
        return source.span(start: r.lowerBound, end: r.upperBound)
    }

    /// The text of tokens `first...last`: `mention(block, first, last).text` without the span.
    func text(_ block: ScannedBlock, _ first: Int, _ last: Int) -> String {
        text(block.tokens[first].start, block.tokens[last].end)
    }

    /// The text between two offsets with each run of whitespace (line breaks and no-break
    /// spaces included) made one space.
    func text(_ start: Int, _ end: Int) -> String {
        shown.withUnsafeBufferPointer { b in
            var plain = true
            for k in start..<end {
                let c = b[k]
                if c == 0x0A || c == 0x0D || c == 0x09 || (c == 0x20 && k + 1 < end && b[k + 1] == 0x20)
                    || (c == 0xC2 && k + 1 < end && b[k + 1] == 0xA0) {
                    plain = false
                    break
                }
            }
            if plain { return Tokenizer.text(UnsafeBufferPointer(rebasing: b[start..<end])) }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var space = false
            var k = start
            while k < end {
                let c = b[k]
                if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                    space = true
                    k += 1
                } else if c == 0xC2, k + 1 < end, b[k + 1] == 0xA0 {
                    space = true
                    k += 2
                } else {
                    if space, !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(c)
                    k += 1
                }
            }
            return out.withUnsafeBufferPointer { Tokenizer.text($0) }
        }
    }
}
