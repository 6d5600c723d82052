import ArgumentParser
import ArticleKit
import Foundation
import LibraryKit

/// `leggio search QUERY [PATH...]`: ranked hits across a library, from the full-text index,
/// which is brought up to date first (only new and changed files are read).
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search articles by keyword, ranked, with the matching words in context.",
        discussion: """
            Query: words (all must match), "a phrase", prefix*, a OR b, -word, and fact filters \
            person:"Kim Jong-un", place:Kursk, org:Nis, source:ministero. Accents and case are ignored.
            The index lives in $XDG_CACHE_HOME/leggio (default ~/.cache/leggio) and can be deleted at any time.
            """
    )

    @Argument(help: "What to search for (quote it as one argument).")
    var query: String

    @Argument(help: "Files or folders to search (default: the current folder).")
    var paths: [String] = []

    @Flag(help: "Print JSON.")
    var json = false

    @Option(parsing: .unconditional, help: "Most hits to print.")
    var limit = 20

    @Flag(help: "Search the index as it is, without checking the files for changes first.")
    var cached = false

    @Flag(help: "Include hidden files and folders.")
    var hidden = false

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery.parse(query)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        if let note = parsed.note { printError(note) }
        // A path that cannot be read (missing, a link that loops or leads nowhere) is said in
        // words and skipped, as `list` does; the others are searched, and the status is 1.
        let given = paths.isEmpty ? ["."] : paths
        let missing = given.filter { !FilePath.exists($0) }
        for path in missing { printError(MissingPath.message(path)) }
        let found = given.filter { FilePath.exists($0) }
        guard !found.isEmpty else { throw ExitCode(1) }
        let roots = found.map(LibraryScanner.canonicalPath)
        let hits: [SearchHit]
        do {
            hits = try search(parsed, under: roots)
        } catch {
            // Not "no match" (1) nor a bad query (2): the index itself failed.
            printError(error.description)
            throw ExitCode(3)
        }
        // The matched words' own lines (a few files read again, at most --limit).
        let located = LibraryIndex.locateMatches(hits, query: parsed)
        let shown = TypedPaths(typed: paths)
        if json {
            try printJSON(located.map { SearchHitJSON($0, paths: shown) })
        } else {
            SearchOutput.print(located, paths: shown, colour: isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        }
        if hits.isEmpty || !missing.isEmpty { throw ExitCode(1) }
    }

    /// Opens the index, brings it up to date with the files under `roots` unless `--cached`,
    /// and runs the query there. The query runs on the index as it stands while the files are
    /// checked; only when the check changed the index does it run again.
    /// An index that cannot be written (a full disk, a read-only cache) is said in words, and
    /// the search answers from an index of the files made in memory.
    func search(_ query: SearchQuery, under roots: [String]) throws(LibraryIndexError) -> [SearchHit] {
        do {
            return try search(query, under: roots, in: try LibraryIndex())
        } catch where error.isUnwritable {
            let memory = try LibraryIndex(inMemoryBecause: error.description + "; searching the files directly")
            return try search(query, under: roots, in: memory, checking: true)
        }
    }

    func search(_ query: SearchQuery, under roots: [String], in index: LibraryIndex,
                checking: Bool = false) throws(LibraryIndexError) -> [SearchHit] {
        // The notice may be set on opening or by a heal on the way: said once, at the end.
        defer { if let notice = index.notice { printError(notice) } }
        if cached, !checking {
            let hits = try index.search(query, limit: limit, under: roots)
            // A damaged index was started again: it knows nothing until the files are read.
            guard index.wasRebuilt else { return hits }
        }
        let early = Future.run { [limit] () -> Result<[SearchHit], LibraryIndexError> in
            do throws(LibraryIndexError) {
                return .success(try index.search(query, limit: limit, under: roots))
            } catch {
                return .failure(error)
            }
        }
        let scan = LibraryScanner.scan(roots, includeHidden: hidden)
        for problem in scan.problems where !json { printError(problem.message) }
        let progress: IndexProgress? = isatty(2) != 0 ? IndexProgress() : nil
        var report: (@Sendable (Int, Int) -> Void)?
        if let progress { report = { done, total in progress.show(done, total) } }
        let summary = try index.update(files: scan.files, roots: roots, progress: report)
        progress?.finish()
        for (path, reason) in summary.failed.sorted(by: { $0.key < $1.key }) where !json {
            printError("skipped " + (reason.hasPrefix(path) ? reason : "\(path): \(reason)"))
        }
        let first = early.value
        // Healed while searching or updating: the early answer came from the damaged file, or
        // from the empty one that replaced it.
        if summary.changedIndex || index.wasRebuilt { return try index.search(query, limit: limit, under: roots) }
        if case .failure(let error) = first, !error.isUnwritable { return try index.search(query, limit: limit, under: roots) }
        return try first.get()
    }
}

/// "indexing 3,200 / 10,000" on standard error, rewritten in place.
final class IndexProgress: Sendable {
    func show(_ done: Int, _ total: Int) {
        FileHandle.standardError.write(Data("\rindexing \(done.formatted()) / \(total.formatted())".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
