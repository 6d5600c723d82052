/// A kept block of the article as fact extraction sees it: its tokens, read straight from the
/// source bytes inside the block's span (so token offsets are source offsets), its sentences
/// and the section it belongs to.
struct ScannedBlock: Sendable {
    var tokens: [Token]
    /// Section index; title and lede count as section 0.
    var section: Int
    /// Title and headings: written in headline case, so names are only matched, never guessed.
    var isHeadline: Bool
    /// For each token, the index of the last token of its sentence, final `.`/`!`/`?` excluded.
    var sentenceLast: [Int]
    /// For each token, the index of the first token of its sentence.
    var sentenceFirst: [Int]

    init(tokens: [Token], section: Int, isHeadline: Bool) {
        self.tokens = tokens
        self.section = section
        self.isHeadline = isHeadline
        let n = tokens.count
        sentenceFirst = Array(repeating: 0, count: n)
        sentenceLast = Array(repeating: 0, count: n)
        var first = 0
        for k in 0..<n {
            if k > 0, tokens[k].sentenceStart { first = k }
            sentenceFirst[k] = first
        }
        var last = n - 1
        var k = n - 1
        while k >= 0 {
            if k < n - 1, tokens[k + 1].sentenceStart { last = k }
            sentenceLast[k] = last
            k -= 1
        }
        // Drop the closing punctuation of each sentence from its last index.
        for k in 0..<n {
            var l = sentenceLast[k]
            while l > k, tokens[l].kind == .punct, ScannedBlock.closing.contains(tokens[l].lower) { l -= 1 }
            sentenceLast[k] = l
        }
    }

    static let closing: Set<String> = [".", "!", "?", "…", ";", ":", ","]

    var count: Int { tokens.count }

    subscript(_ k: Int) -> Token { tokens[k] }

    /// The lower-cased word at `k`, or "" past either end or for non-words.
    func word(_ k: Int) -> String {
        k >= 0 && k < tokens.count && tokens[k].kind != .number ? tokens[k].lower : ""
    }

    /// True when the words from `k` on are `words`.
    func matches(_ words: [String], at k: Int) -> Bool {
        guard k >= 0, k + words.count <= tokens.count else { return false }
        for (o, w) in words.enumerated() where tokens[k + o].lower != w { return false }
        return true
    }
}

/// Makes mentions from token ranges: exact source spans, text as written with whitespace
/// (line breaks included) collapsed to single spaces.
struct MentionMaker {
    let source: SourceText

    func mention(_ block: ScannedBlock, _ first: Int, _ last: Int) -> Mention {
        let start = block.tokens[first].start
        let end = block.tokens[last].end
        return Mention(text: text(start, end), span: source.span(start: start, end: end), section: block.section)
    }

    /// The source bytes between two offsets with each run of whitespace made one space.
    func text(_ start: Int, _ end: Int) -> String {
        source.utf8.withUnsafeBufferPointer { b in
            var plain = true
            for k in start..<end where b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x09 || (b[k] == 0x20 && k + 1 < end && b[k + 1] == 0x20) {
                plain = false; break
            }
            if plain { return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var space = false
            for k in start..<end {
                let c = b[k]
                if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                    space = true
                } else {
                    if space, !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
