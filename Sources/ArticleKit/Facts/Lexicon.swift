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
    /// A number spelled in words in one of the languages (`twelve`, `dodici`, `zwölf`).
    static let numberWord = WordFlags(rawValue: 1 << 8)
    /// A word of sports reporting (`allenatore`, `striker`), `PlaceEvidence.sportWords`.
    static let sport = WordFlags(rawValue: 1 << 9)
    /// The first word of a source opener of several words (`according` to, `a` detta di, `stando` a).
    static let openerStart = WordFlags(rawValue: 1 << 10)
    /// A word that, after a comma or a closing quote, introduces the speaker as an inverted verb
    /// does (German `so`: `"…", so der Sprecher`).
    static let speakerMarker = WordFlags(rawValue: 1 << 11)
}

/// The word → flags table built once from `WordLists` and the finders' lists. Looked up once per
/// word token, so it is a `WordTable` over the UTF-8 bytes rather than a `Dictionary` (whose
/// per-lookup seeding and hashing dominated the tokenizer).
enum Lexicon {
    static let table = Table(build())

    /// The words and, beside them, their flags.
    struct Table: Sendable {
        let words: WordTable
        let flags: [WordFlags]

        init(_ marked: [String: WordFlags]) {
            let keys = Array(marked.keys)
            words = WordTable(keys)
            flags = keys.map { marked[$0]! }
        }

        @inline(__always) func lookup(_ word: String) -> WordFlags {
            let i = words.find(word)
            return i >= 0 ? flags[i] : []
        }

        /// Flags of the word whose bytes are `key`, hashed with `WordTable.hash`.
        @inline(__always) func lookup(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> WordFlags {
            let i = words.find(key, hash: hash)
            return i >= 0 ? flags[i] : []
        }
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
        mark(OrganizationNameWords.bundledLowercaseHeads, .lowercaseHead)
        let reporting = ReportingWords.bundled
        mark(reporting.auxiliaries, .auxiliary)
        mark(reporting.verbs, .reportingVerb)
        mark(reporting.openers.filter { $0.count == 1 }.map { $0[0] }, .sourceOpener)
        mark(reporting.openers.filter { $0.count > 1 }.map { $0[0] }, .openerStart)
        mark(reporting.speakerMarkers, .speakerMarker)
        mark(NumberWords.allWords, .numberWord)
        mark(PlaceEvidence.sportWords, .sport)
        return table
    }

    @inline(__always) static func flags(_ lower: String) -> WordFlags { table.lookup(lower) }
}

/// A set of words with the lexicon's cheap hashing: built once, then only asked `contains`.
/// Words match by their bytes (the gazetteers are read as written).
struct WordSet: Sendable {
    private let table: WordTable

    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordTable(Array(Set(words)))
    }

    @inline(__always) func contains(_ word: String) -> Bool { table.find(word) >= 0 }

    /// True when the word whose bytes are `key` is in the set.
    @inline(__always) func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { table.find(key, hash: WordTable.hash(key)) >= 0 }
}
