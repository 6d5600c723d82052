import ArticleKit

/// Reads one file into a library entry: parse it, count its facts, find its date.
public enum EntryReader {
    /// The entry for a scanned file; a file that cannot be read gives a `failed` entry.
    /// `countFacts` runs `FactExtractor` (the list's facts column).
    public static func read(_ file: ScannedFile, countFacts: Bool = true) -> LibraryEntry {
        var entry = LibraryEntry(pending: file)
        let article: Article
        do {
            article = try ArticleLoader.load(path: file.path)
        } catch {
            entry.status = .failed(error.description)
            return entry
        }
        entry.status = .ready
        entry.format = article.format
        if let title = article.title?.text, !title.isEmpty { entry.title = title }
        entry.author = article.author
        entry.language = article.language
        entry.words = article.words
        let facts = countFacts ? FactExtractor.extract(article) : nil
        entry.facts = facts?.count
        if let stated = article.date {
            entry.date = EntryDate.normalize(stated) ?? stated
            entry.dateSource = .stated
        } else if let facts, let day = textDate(facts, savedOn: entry.date) {
            entry.date = day
            entry.dateSource = .stated
        }
        return entry
    }

    /// The entry with its facts counted (the file is parsed again); when the document states no
    /// date, the first full date in its text (see `textDate`) becomes the entry's date. An entry
    /// whose file can no longer be read comes back unchanged.
    public static func countingFacts(_ entry: LibraryEntry) -> LibraryEntry {
        guard entry.status == .ready, let article = try? ArticleLoader.load(path: entry.path) else { return entry }
        var counted = entry
        let facts = FactExtractor.extract(article)
        counted.facts = facts.count
        if counted.dateSource == .file, let day = textDate(facts, savedOn: counted.date) {
            counted.date = day
            counted.dateSource = .stated
        }
        return counted
    }

    /// The first full date the text names that is not after the day the file was saved: a
    /// later date is an event the article looks forward to (`opens on March 2, 2027`), not when
    /// it was written.
    static func textDate(_ facts: Facts, savedOn fileDay: String?) -> String? {
        facts.dates.lazy.compactMap { EntryDate.normalize($0.iso) }.first { day in fileDay.map { day <= $0 } ?? true }
    }
}
