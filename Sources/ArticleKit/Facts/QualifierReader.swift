/// Reads how a figure is hedged from the words right before it (`circa`, `oltre`, `more than`,
/// `fino a`, `less than`).
enum QualifierReader {
    /// The qualifier phrases grouped by their last word, longest first.
    static let byLastWord: WordMap<[(words: [String], qualifier: Qualifier)]> = {
        var table: [String: [(words: [String], qualifier: Qualifier)]] = [:]
        for entry in WordLists.qualifiers { table[entry.words.last!, default: []].append(entry) }
        return WordMap(table.mapValues { $0.sorted { $0.words.count > $1.words.count } })
    }()

    /// The qualifier whose phrase ends at token `last`, and the index where the phrase starts.
    static func read(_ block: ScannedBlock, endingAt last: Int) -> (Qualifier, first: Int)? {
        guard last >= 0, let entries = byLastWord[block.word(last)] else { return nil }
        for entry in entries {
            let first = last - entry.words.count + 1
            if first >= 0, block.matches(entry.words, at: first) {
                // "non più di" is at most, not more than.
                if entry.qualifier == .moreThan, first > 0, block.word(first - 1) == "non" || block.word(first - 1) == "no" {
                    continue
                }
                return (entry.qualifier, first)
            }
        }
        return nil
    }
}
