import ArticleKit
import Dispatch
import Foundation
import GRDB

extension LibraryIndex {
    /// Ranked hits for a query (BM25, title matches weigh most, then headings, then text),
    /// limited to articles under `roots` when given.
    public func search(_ query: SearchQuery, limit: Int = 20, under roots: [String] = []) throws(LibraryIndexError) -> [SearchHit] {
        try search(query, limit: limit, under: roots, shardingFrom: 2_000)
    }

    /// `search`, ranking in shards once the index holds `minimum` articles.
    func search(_ query: SearchQuery, limit: Int, under roots: [String], shardingFrom minimum: Int) throws(LibraryIndexError) -> [SearchHit] {
        // A damaged file is moved aside and started again: the search then finds nothing until
        // the index is brought up to date (`wasRebuilt`).
        try healing { pool in
            guard let plan = try pool.read({ db in try SearchPlan(query, limit: max(1, limit), roots: roots, in: db) }) else {
                return []
            }
            let ranked = try rank(plan, shardingFrom: minimum, pool: pool)
            return try pool.read { db in try plan.hits(for: ranked, in: db) }
        }
    }

    /// The best rows of the plan. A large index is ranked in shards of article ids, one per
    /// core, each on its own reader; BM25's statistics are the whole table's in every shard,
    /// so the scores compare, and the shards' bests merge into the best overall.
    func rank(_ plan: SearchPlan, shardingFrom minimum: Int, pool: any DatabaseWriter) throws -> [RankedRow] {
        let shards = plan.shards(cores: ProcessInfo.processInfo.activeProcessorCount, minimum: minimum)
        if shards.count == 1 {
            return try pool.read { db in try plan.rank(in: shards[0], db) }
        }
        let results = Locked([Result<[RankedRow], Error>?](repeating: nil, count: shards.count))
        DispatchQueue.concurrentPerform(iterations: shards.count) { i in
            let ranked = Result { try pool.read { db in try plan.rank(in: shards[i], db) } }
            results.withLock { $0[i] = ranked }
        }
        var rows: [RankedRow] = []
        for result in results.current { if let result { rows += try result.get() } }
        rows.sort()
        return Array(rows.prefix(plan.limit))
    }
}

/// A row the ranking chose: its rowid (`SectionRowID`: article id and section index) and BM25 score
/// (lower is better, as FTS5 gives it). Ties go to the lower rowid.
struct RankedRow: Comparable, Sendable {
    var rowid: Int64
    var rank: Double

    static func < (a: RankedRow, b: RankedRow) -> Bool {
        a.rank != b.rank ? a.rank < b.rank : a.rowid < b.rowid
    }
}

/// A query made into SQL: the FTS5 table to rank, its conditions and their arguments.
struct SearchPlan: Sendable {
    var table: String
    var rankExpression: String
    var conditions: [String] = []
    var arguments: [DatabaseValue] = []
    var textPattern: String?
    var query: SearchQuery
    var limit: Int
    /// Article ids indexed, lowest and highest, and the span between: what the shards divide.
    var firstID: Int64 = 0, lastID: Int64 = 0, count = 0

    /// Nil when the query has nothing to match.
    init?(_ query: SearchQuery, limit: Int, roots: [String], in db: Database) throws {
        self.query = query
        self.limit = limit
        textPattern = FTSPattern.text(query)
        let factsPattern = FTSPattern.facts(query)
        if let textPattern {
            table = "section_text"
            rankExpression = "bm25(section_text, 10.0, 4.0, 1.0)"
            conditions.append("section_text MATCH ?")
            arguments.append(textPattern.databaseValue)
            if let factsPattern {
                conditions.append("\(SectionRowID.documentSQL()) IN (SELECT \(SectionRowID.documentSQL()) FROM section_facts WHERE section_facts MATCH ?)")
                arguments.append(factsPattern.databaseValue)
            }
        } else if let factsPattern {
            table = "section_facts"
            rankExpression = "bm25(section_facts)"
            conditions.append("section_facts MATCH ?")
            arguments.append(factsPattern.databaseValue)
        } else {
            return nil
        }
        // The span of ids stands for the number of articles: never fewer (ids are not reused;
        // a changed article gets a new one, leaving a gap), and much cheaper than counting.
        let ids = try Row.fetchOne(db, sql: "SELECT min(id), max(id) FROM documents")
        firstID = ids?[0] ?? 0
        lastID = ids?[1] ?? 0
        count = firstID == 0 ? 0 : Int(lastID - firstID + 1)
        // Articles outside the roots are filtered out, unless there are none (the usual case:
        // one library), when the filter would only cost time.
        if !roots.isEmpty, try LibraryIndex.hasPaths(outside: roots, in: db) {
            let paths = LibraryIndex.pathsUnder(roots)
            conditions.append("\(SectionRowID.documentSQL()) IN (SELECT id FROM documents WHERE \(paths.condition))")
            arguments += paths.arguments
        }
    }

    /// Ranges of article ids to rank separately: one per core (four at most) once the index
    /// holds `minimum` articles, when shards pay for their extra readers; else one.
    func shards(cores: Int, minimum: Int) -> [ClosedRange<Int64>] {
        Self.shards(firstID: firstID, lastID: lastID, count: count, cores: cores, minimum: minimum)
    }

    static func shards(firstID: Int64, lastID: Int64, count: Int, cores: Int, minimum: Int) -> [ClosedRange<Int64>] {
        let n = Int64(count >= minimum ? min(max(cores, 1), 4) : 1)
        guard n > 1, lastID > firstID else { return [firstID...max(firstID, lastID)] }
        let step = (lastID - firstID + 1 + n - 1) / n
        return stride(from: firstID, through: lastID, by: Int(step)).map { $0...min($0 + step - 1, lastID) }
    }

    /// The best `limit` rows among articles with ids in `ids`.
    func rank(in ids: ClosedRange<Int64>, _ db: Database) throws -> [RankedRow] {
        let sql = """
            SELECT rowid, \(rankExpression) AS score FROM \(table)
            WHERE \((conditions + ["rowid BETWEEN ? AND ?"]).joined(separator: " AND "))
            ORDER BY score, rowid LIMIT ?
            """
        let rows = SectionRowID.rows(of: ids)
        let args = arguments + [rows.lowerBound.databaseValue, rows.upperBound.databaseValue, limit.databaseValue]
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map {
            RankedRow(rowid: $0[0], rank: $0[1])
        }
    }

    /// Titles, headings, spans and snippets for the ranked rows.
    func hits(for ranked: [RankedRow], in db: Database) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        for row in ranked {
            guard let info = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT d.path, d.title, s.heading, s.start, s."end", s.firstLine, s.lastLine
                FROM documents d JOIN sections s ON s.doc = d.id WHERE d.id = ? AND s.idx = ?
                """), arguments: [SectionRowID.document(row.rowid), SectionRowID.section(row.rowid)]) else { continue }
            let snippet = try textPattern.flatMap { pattern in try textSnippet(pattern, rowid: row.rowid, in: db) }
                ?? factSnippet(rowid: row.rowid, in: db)
            hits.append(SearchHit(
                path: info["path"], title: info["title"], section: SectionRowID.section(row.rowid), heading: info["heading"],
                snippet: snippet, score: -row.rank,
                sectionSpan: SourceSpan(start: info["start"], end: info["end"], firstLine: info["firstLine"], lastLine: info["lastLine"])))
        }
        return hits
    }

    /// The words of one section around a match, the matches between \u{1} and \u{2}: from
    /// the text when it holds one (FTS5 left to choose would take a title or heading that
    /// repeats the words, as a whole short column scores higher, and show it twice), else
    /// from the column that does.
    static let snippetSQL = """
        SELECT CASE WHEN instr(highlight(section_text, 2, char(1), char(2)), char(1)) > 0
        THEN snippet(section_text, 2, char(1), char(2), '…', 16)
        ELSE snippet(section_text, -1, char(1), char(2), '…', 16) END
        FROM section_text WHERE section_text MATCH ? AND rowid = ?
        """

    /// Sections longer than this many characters get their snippet from `SnippetWindow.around`.
    static let longSection = 20_000

    /// The words around the matches of `pattern` in one row: FTS5's `snippet()`, or for a
    /// long section `SnippetWindow.around` (linear, where `snippet()` and `highlight()` are not).
    func textSnippet(_ pattern: String, rowid: Int64, in db: Database) throws -> String? {
        let length = try Int.fetchOne(db.cachedStatement(sql: "SELECT length(body) FROM section_text WHERE rowid = ?"), arguments: [rowid]) ?? 0
        if length > Self.longSection {
            let body = try String.fetchOne(db.cachedStatement(sql: Self.bodySQL), arguments: [rowid]) ?? ""
            if let cut = SnippetWindow.around(query.highlightTerms, in: body) { return cut }
            // No match in the text: it is in the title or heading, short columns.
            return try String.fetchOne(db.cachedStatement(sql: Self.headSnippetSQL), arguments: [pattern, rowid])
        }
        return try String.fetchOne(db.cachedStatement(sql: Self.snippetSQL), arguments: [pattern, rowid])
    }

    /// The text column of one row.
    static let bodySQL = "SELECT body FROM section_text WHERE rowid = ?"

    /// `snippetSQL` over the heading, else the title.
    static let headSnippetSQL = """
        SELECT CASE WHEN instr(highlight(section_text, 1, char(1), char(2)), char(1)) > 0
        THEN highlight(section_text, 1, char(1), char(2)) ELSE highlight(section_text, 0, char(1), char(2)) END
        FROM section_text WHERE section_text MATCH ? AND rowid = ?
        """

    /// For a facts-only hit: the section's words around the fact's name, else its opening.
    func factSnippet(rowid: Int64, in db: Database) throws -> String {
        let length = try Int.fetchOne(db.cachedStatement(sql: "SELECT length(body) FROM section_text WHERE rowid = ?"), arguments: [rowid]) ?? 0
        if length <= Self.longSection {
            let names = query.facts.map { FTSPattern.term($0.term) }.joined(separator: " OR ")
            if let s = try String.fetchOne(db.cachedStatement(sql: Self.snippetSQL), arguments: [names, rowid]) {
                return s
            }
        }
        let body = try String.fetchOne(db.cachedStatement(sql: Self.bodySQL), arguments: [rowid]) ?? ""
        if length > Self.longSection, let cut = SnippetWindow.around(query.facts.map(\.term), in: body) { return cut }
        return String(body.prefix(120))
    }
}
