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
    static let sourceOpener = WordFlags(rawValue: 1 << 6)
    static let impersonalOpener = WordFlags(rawValue: 1 << 7)
    static let englishMonth = WordFlags(rawValue: 1 << 8)
    /// A short month name (`Jan`, `Mar`, `Dec`) that is also a word or a name part.
    static let monthAbbreviation = WordFlags(rawValue: 1 << 9)
}

/// The word → flags table built once from `WordLists`, the finders' lists and the gazetteers.
enum Lexicon {
    static let shared: [String: WordFlags] = build()

    static func build() -> [String: WordFlags] {
        var table: [String: WordFlags] = [:]
        func mark<S: Sequence>(_ words: S, _ flag: WordFlags) where S.Element == String {
            for w in words { table[w, default: []].insert(flag) }
        }
        mark(WordLists.stopwords, .stopword)
        mark(WordLists.italianMonths.keys, .month)
        mark(WordLists.englishMonths.keys.filter { $0.utf8.count > 4 || $0 == "may" || $0 == "june" || $0 == "july" }, .month)
        mark(WordLists.englishMonths.keys.filter { $0.utf8.count <= 4 && $0 != "may" && $0 != "june" && $0 != "july" }, .monthAbbreviation)
        mark(WordLists.englishMonths.keys, .englishMonth)
        mark(WordLists.weekdays, .weekday)
        mark(NameFinder.lowercaseHeads, .lowercaseHead)
        mark(SourceFinder.auxiliaries, .auxiliary)
        mark(SourceFinder.presentVerbs, .reportingVerb)
        mark(["secondo", "according"], .sourceOpener)
        mark(["è", "it"], .impersonalOpener)
        return table
    }

    @inline(__always) static func flags(_ lower: String) -> WordFlags { shared[lower] ?? [] }
}
