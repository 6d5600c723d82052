import ArticleKit
import GRDB

extension LibraryIndex {
    /// Ranked hits for a query (BM25, title matches weigh most, then headings, then text),
    /// limited to articles under `roots` when given.
    public func search(_ query: SearchQuery, limit: Int = 20, under roots: [String] = []) throws(LibraryIndexError) -> [SearchHit] {
        do {
            return try pool.read { db in
                try Self.run(query, limit: max(1, limit), roots: roots, in: db)
            }
        } catch let error as LibraryIndexError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    static func run(_ query: SearchQuery, limit: Int, roots: [String], in db: Database) throws -> [SearchHit] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        let textPattern = FTSPattern.text(query)
        let factsPattern = FTSPattern.facts(query)
        let table: String
        let rank: String
        let snippet: String
        if let textPattern {
            table = "section_text"
            rank = "bm25(section_text, 10.0, 4.0, 1.0)"
            snippet = "snippet(section_text, -1, char(1), char(2), '…', 16)"
            conditions.append("section_text MATCH ?")
            arguments.append(textPattern)
            if let factsPattern {
                conditions.append("(hit.rowid >> 10) IN (SELECT rowid >> 10 FROM section_facts WHERE section_facts MATCH ?)")
                arguments.append(factsPattern)
            }
        } else if let factsPattern {
            table = "section_facts"
            rank = "bm25(section_facts)"
            snippet = "''"
            conditions.append("section_facts MATCH ?")
            arguments.append(factsPattern)
        } else {
            return []
        }
        if !roots.isEmpty {
            let each = roots.map { _ in "(d.path = ? OR substr(d.path, 1, ?) = ?)" }
            conditions.append("(" + each.joined(separator: " OR ") + ")")
            for root in roots {
                let prefix = root.hasSuffix("/") ? root : root + "/"
                arguments.append(root)
                arguments.append(prefix.utf8.count)
                arguments.append(prefix)
            }
        }
        arguments.append(limit)
        let sql = """
            SELECT hit.rowid AS rid, \(rank) AS rank, \(snippet) AS snippet,
                   d.path, d.title, s.heading, s.start, s."end", s.firstLine, s.lastLine
            FROM \(table) AS hit
            JOIN documents d ON d.id = (hit.rowid >> 10)
            JOIN sections s ON s.doc = d.id AND s.idx = (hit.rowid & 1023)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY rank LIMIT ?
            """
        var hits: [SearchHit] = []
        for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
            let rowid: Int64 = row["rid"]
            var snippetText: String = row["snippet"]
            if textPattern == nil {
                snippetText = try factSnippet(rowid: rowid, query: query, in: db)
            }
            hits.append(SearchHit(
                path: row["path"], title: row["title"], section: Int(rowid & 1023), heading: row["heading"],
                snippet: snippetText, score: -(row["rank"] as Double),
                sectionSpan: SourceSpan(start: row["start"], end: row["end"], firstLine: row["firstLine"], lastLine: row["lastLine"])))
        }
        return hits
    }

    /// For a facts-only hit: the section's words around the fact's name, else its opening.
    static func factSnippet(rowid: Int64, query: SearchQuery, in db: Database) throws -> String {
        let names = query.facts.map { FTSPattern.term($0.term) }.joined(separator: " OR ")
        if let s = try String.fetchOne(db, sql: """
            SELECT snippet(section_text, -1, char(1), char(2), '…', 16) FROM section_text
            WHERE section_text MATCH ? AND rowid = ?
            """, arguments: [names, rowid]) {
            return s
        }
        let body = try String.fetchOne(db, sql: "SELECT body FROM section_text WHERE rowid = ?", arguments: [rowid]) ?? ""
        return String(body.prefix(120))
    }
}
