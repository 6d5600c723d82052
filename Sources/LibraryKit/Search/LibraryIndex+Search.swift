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
        // First the best row ids, ranked inside FTS5 (cheap); then snippets and names for those only.
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        let textPattern = FTSPattern.text(query)
        let factsPattern = FTSPattern.facts(query)
        let table: String
        if let textPattern {
            table = "section_text"
            conditions.append("section_text MATCH ?")
            arguments.append(textPattern)
            if let factsPattern {
                conditions.append("(rowid >> 10) IN (SELECT rowid >> 10 FROM section_facts WHERE section_facts MATCH ?)")
                arguments.append(factsPattern)
            }
        } else if let factsPattern {
            table = "section_facts"
            conditions.append("section_facts MATCH ?")
            arguments.append(factsPattern)
        } else {
            return []
        }
        if !roots.isEmpty {
            let each = roots.map { _ in "path = ? OR substr(path, 1, ?) = ?" }
            conditions.append("(rowid >> 10) IN (SELECT id FROM documents WHERE " + each.joined(separator: " OR ") + ")")
            for root in roots {
                let prefix = root.hasSuffix("/") ? root : root + "/"
                arguments.append(root)
                arguments.append(prefix.utf8.count)
                arguments.append(prefix)
            }
        }
        arguments.append(limit)
        let ranked = try Row.fetchAll(db, sql: """
            SELECT rowid, rank FROM \(table) WHERE \(conditions.joined(separator: " AND ")) ORDER BY rank LIMIT ?
            """, arguments: StatementArguments(arguments))

        var hits: [SearchHit] = []
        for row in ranked {
            let rowid: Int64 = row["rowid"]
            guard let info = try Row.fetchOne(db, sql: """
                SELECT d.path, d.title, s.heading, s.start, s."end", s.firstLine, s.lastLine
                FROM documents d JOIN sections s ON s.doc = d.id WHERE d.id = ? AND s.idx = ?
                """, arguments: [rowid >> 10, rowid & 1023]) else { continue }
            let snippet = try textPattern.flatMap { pattern in
                try String.fetchOne(db, sql: """
                    SELECT snippet(section_text, -1, char(1), char(2), '…', 16) FROM section_text
                    WHERE section_text MATCH ? AND rowid = ?
                    """, arguments: [pattern, rowid])
            } ?? factSnippet(rowid: rowid, query: query, in: db)
            hits.append(SearchHit(
                path: info["path"], title: info["title"], section: Int(rowid & 1023), heading: info["heading"],
                snippet: snippet, score: -(row["rank"] as Double),
                sectionSpan: SourceSpan(start: info["start"], end: info["end"], firstLine: info["firstLine"], lastLine: info["lastLine"])))
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
