/// spaCy's entity texts made into the names a reader would list, so that they are scored as
/// Leggio's entities are: each name once (case, accents and spacing folded), and, for people, a
/// name made of the first or last words of a fuller name in the same document made one of its
/// forms (`Putin` of `Vladimir Putin`), as Leggio groups a surname with its full name.
enum PeerNames {
    /// The text without a leading `the` (OntoNotes, which the model learnt from, puts it inside
    /// names such as `the European Union`; the keys do not) or a possessive `'s` the tokenizer
    /// left on (`Lehrer's`).
    static func cleaned(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0.isWhitespace })
        if words.count > 1, words[0] == "the" || words[0] == "The" { words.removeFirst() }
        if let last = words.last, last.count > 2, last.hasSuffix("'s") || last.hasSuffix("’s") {
            words[words.count - 1] = last.dropLast(2)
        }
        return words.joined(separator: " ")
    }

    /// The names, each a list of its forms (fullest first), in the order of first mention.
    static func grouped(_ texts: [String], partsOfNames: Bool = false) -> [[String]] {
        var groups: [[String]] = []
        var seen: Set<String> = []
        for text in texts.map(cleaned) where !text.isEmpty {
            if seen.insert(TextMatch.folded(text)).inserted { groups.append([text]) }
        }
        guard partsOfNames else { return groups }
        let words = groups.map { TextMatch.folded($0[0]).split(separator: " ") }
        var owner = Array(repeating: nil as Int?, count: groups.count)
        for short in groups.indices {
            owner[short] = groups.indices.first { long in
                words[long].count > words[short].count
                    && (words[long].starts(with: words[short]) || words[long].reversed().starts(with: words[short].reversed()))
            }
        }
        var out: [[String]] = []
        var at: [Int: Int] = [:]
        for i in groups.indices where owner[i] == nil {
            at[i] = out.count
            out.append(groups[i])
        }
        for i in groups.indices {
            guard var o = owner[i] else { continue }
            while let next = owner[o] { o = next }
            if let slot = at[o] { out[slot].append(groups[i][0]) }
        }
        return out
    }
}
