/// What the closed word lists and gazetteers say about a word, as bits, so each token is
/// looked up once and every later test is a bit test instead of a string hash.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt32

    static let stopword = WordFlags(rawValue: 1 << 0)
    static let month = WordFlags(rawValue: 1 << 1)
    static let weekday = WordFlags(rawValue: 1 << 2)
    static let lowercaseHead = WordFlags(rawValue: 1 << 3)
    static let auxiliary = WordFlags(rawValue: 1 << 4)
    static let reportingVerb = WordFlags(rawValue: 1 << 5)
    /// `secondo`, `according`: keeps these stopwords from being skipped by the source finder.
    static let sourceOpener = WordFlags(rawValue: 1 << 6)
    /// A short month name (`Jan`, `Mar`, `Dec`) that is also a word or a name part.
    static let monthAbbreviation = WordFlags(rawValue: 1 << 7)
}

/// The word → flags table built once from `WordLists` and the finders' lists. Looked up once per
/// word token, so it is an open-addressing table over an FNV-1a hash of the UTF-8 bytes rather
/// than a `Dictionary` (whose per-lookup seeding and hashing dominated the tokenizer).
enum Lexicon {
    static let table = Table(build())

    /// Open addressing, linear probing; keys kept to confirm a hit.
    struct Table: Sendable {
        let mask: Int
        let hashes: [UInt64]
        let keys: [String]
        let flags: [WordFlags]

        init(_ words: [String: WordFlags]) {
            var size = 16
            while size < words.count * 4 { size *= 2 }
            var hashes = [UInt64](repeating: 0, count: size)
            var keys = [String](repeating: "", count: size)
            var flags = [WordFlags](repeating: [], count: size)
            for (word, f) in words {
                let h = Lexicon.hash(word)
                var i = Int(truncatingIfNeeded: h) & (size - 1)
                while hashes[i] != 0 { i = (i + 1) & (size - 1) }
                (hashes[i], keys[i], flags[i]) = (h, word, f)
            }
            (mask, self.hashes, self.keys, self.flags) = (size - 1, hashes, keys, flags)
        }

        func lookup(_ word: String) -> WordFlags {
            let h = Lexicon.hash(word)
            var i = Int(truncatingIfNeeded: h) & mask
            while hashes[i] != 0 {
                if hashes[i] == h, keys[i] == word { return flags[i] }
                i = (i + 1) & mask
            }
            return []
        }
    }

    /// FNV-1a over the UTF-8 bytes; never 0 (0 marks an empty slot).
    @inline(__always) static func hash(_ word: String) -> UInt64 {
        let h = FNV1a.hash(word.utf8)
        return h == 0 ? 1 : h
    }

    static func build() -> [String: WordFlags] {
        var table: [String: WordFlags] = [:]
        func mark<S: Sequence>(_ words: S, _ flag: WordFlags) where S.Element == String {
            for w in words { table[w, default: []].insert(flag) }
        }
        mark(WordLists.stopwords, .stopword)
        mark(WordLists.italianMonths.keys, .month)
        mark(WordLists.englishMonths.keys.filter { $0.utf8.count > 4 || $0 == "may" || $0 == "june" || $0 == "july" }, .month)
        mark(WordLists.englishMonths.keys.filter { $0.utf8.count <= 4 && $0 != "may" && $0 != "june" && $0 != "july" }, .monthAbbreviation)
        mark(WordLists.weekdays, .weekday)
        mark(NameFinder.lowercaseHeads, .lowercaseHead)
        mark(SourceFinder.auxiliaries, .auxiliary)
        mark(SourceFinder.presentVerbs, .reportingVerb)
        mark(["secondo", "according"], .sourceOpener)
        return table
    }

    @inline(__always) static func flags(_ lower: String) -> WordFlags { table.lookup(lower) }
}

/// A set of words with the lexicon's cheap hashing: built once, then only asked `contains`.
struct WordSet: Sendable {
    private let table: Lexicon.Table

    init<S: Sequence>(_ words: S) where S.Element == String {
        var marked: [String: WordFlags] = [:]
        for w in words { marked[w] = .stopword }  // any non-empty flag marks membership
        table = Lexicon.Table(marked)
    }

    @inline(__always) func contains(_ word: String) -> Bool { !table.lookup(word).isEmpty }
}
