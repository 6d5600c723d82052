import ArticleKit

/// The library as the list view shows it, built up from the loader's updates: entries in scan
/// order (pending ones replaced as they are read), progress while loading, and the sorted,
/// filtered rows for a sort order and a filter typed by the user. A value type, so a pure UI
/// state can hold it and a view over it stays thin.
public struct LibraryList: Sendable {
    /// Orders for the list; `next` cycles through them (the `o` key).
    public enum Sort: String, CaseIterable, Sendable {
        /// A to Z, ignoring case and accents.
        case title
        /// Newest first; entries without a date last.
        case date
        /// Shortest first, by words.
        case length

        public var next: Sort {
            let all = Sort.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }
    }

    public private(set) var entries: [LibraryEntry] = []
    /// Folders or links that could not be followed.
    public private(set) var problems: [ScanProblem] = []
    /// Files read so far and files to read in this opening.
    public private(set) var done = 0
    public private(set) var total = 0
    /// Files whose facts are counted so far, of those to count (the second pass).
    public private(set) var factsDone = 0
    public private(set) var factsTotal = 0
    /// True from the start until the loader says it finished.
    public private(set) var isLoading = true
    public private(set) var summary: LibraryLoadSummary?
    private var indexByKey: [String: Int] = [:]
    /// Folded (lowercase, no accents) title and path of each entry, for filtering and sorting.
    private var foldedTitles: [[UInt8]] = []
    private var foldedPaths: [[UInt8]] = []

    public init() {}

    /// A list of entries already known (no loading).
    public init(entries: [LibraryEntry]) {
        apply(.listed(entries: entries, problems: []))
        isLoading = false
    }

    /// Folds one loader update into the list.
    public mutating func apply(_ update: LibraryUpdate) {
        switch update {
        case .cached(let remembered):
            apply(.listed(entries: remembered, problems: []))
        case .listed(let listed, let found):
            entries = listed
            problems = found
            indexByKey = Dictionary(listed.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
            foldedTitles = listed.map { Self.fold($0.title) }
            foldedPaths = listed.map { Self.fold($0.path) }
            total = listed.reduce(0) { $0 + ($1.isPending ? 1 : 0) }
            done = 0
        case .read(let read, let doneSoFar, let totalToRead):
            for entry in read {
                guard let i = indexByKey[entry.key] else { continue }
                entries[i] = entry
                foldedTitles[i] = Self.fold(entry.title)
            }
            done = doneSoFar
            total = totalToRead
        case .counted(let counted, let doneSoFar, let totalToCount):
            for entry in counted {
                guard let i = indexByKey[entry.key] else { continue }
                entries[i] = entry
            }
            factsDone = doneSoFar
            factsTotal = totalToCount
        case .finished(let result):
            summary = result
            isLoading = false
        }
    }

    /// The entry with a key (canonical path).
    public func entry(forKey key: String) -> LibraryEntry? {
        indexByKey[key].map { entries[$0] }
    }

    /// `read 3,200 / 10,000` while files are being read, `facts 1,200 / 10,000` while their
    /// facts are counted; nil once done or when nothing needs reading.
    public var progressLine: String? {
        guard isLoading else { return nil }
        if total > 0, done < total || factsTotal == 0 {
            return "read \(Self.grouped(done)) / \(Self.grouped(total))"
        }
        if factsTotal > 0 { return "facts \(Self.grouped(factsDone)) / \(Self.grouped(factsTotal))" }
        return nil
    }

    /// A filter's terms, each to be found in a title or a path: its words, and a `"quoted
    /// phrase"` as one term without its quotes, as the library search reads it (a quote left
    /// open runs to the end).
    public static func filterTerms(_ filter: String) -> [String] {
        var terms: [String] = []
        for piece in QuoteMarks.pieces(filter) {
            if piece.quoted {
                terms.append(String(piece.text))
            } else {
                terms += piece.text.split(separator: " ").map(String.init)
            }
        }
        return terms.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The rows to show: entries whose title or path holds every term of `filter` (ignoring
    /// case and accents), in the given order.
    public func visible(sort: Sort, filter: String = "") -> [LibraryEntry] {
        let terms = Self.filterTerms(filter).map { Self.fold($0) }.filter { !$0.isEmpty }
        var rows: [Int] = []
        rows.reserveCapacity(entries.count)
        for i in entries.indices where terms.allSatisfy({ term in
            Self.contains(foldedTitles[i], term) || Self.contains(foldedPaths[i], term)
        }) {
            rows.append(i)
        }
        rows.sort { a, b in precedes(a, b, sort) }
        return rows.map { entries[$0] }
    }

    private func precedes(_ a: Int, _ b: Int, _ sort: Sort) -> Bool {
        let x = entries[a], y = entries[b]
        switch sort {
        case .title:
            break
        case .date:
            // Stated dates first (newest first), then files' modification days.
            let xs = x.date != nil && x.dateSource == .stated, ys = y.date != nil && y.dateSource == .stated
            if xs != ys { return xs }
            if x.date != y.date {
                guard let dx = x.date else { return false }
                guard let dy = y.date else { return true }
                return dx > dy
            }
        case .length:
            if x.words != y.words { return x.words < y.words }
        }
        if foldedTitles[a] != foldedTitles[b] { return foldedTitles[a].lexicographicallyPrecedes(foldedTitles[b]) }
        return a < b
    }

    /// Lowercase without accents; plain ASCII (most paths, many titles) takes a fast path.
    static func fold(_ text: String) -> [UInt8] {
        var copy = text
        return copy.withUTF8 { b in
            var out = [UInt8](repeating: 0, count: b.count)
            for i in 0..<b.count {
                let c = b[i]
                if c >= 0x80 { return TextFolding.fold(b, lowercase: true).bytes }
                out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            return out
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        if needle.count == 1 { return haystack.contains(needle[0]) }
        return !TextFolding.occurrences(of: needle, in: haystack).isEmpty
    }

    /// A count with thousands separated by commas: 10,000. The one grouping of counts, for the
    /// list and for the reader's screens.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
