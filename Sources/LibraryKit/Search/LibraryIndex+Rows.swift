import GRDB

/// The SQL that writes one article's rows (its document, sections, text and facts) and
/// deletes them.
extension LibraryIndex {
    @discardableResult
    static func delete(path: String, in db: Database) throws -> Bool {
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE path = ?"), arguments: [path]) else {
            return false
        }
        let rows = SectionRowID.rows(of: id...id)
        try db.execute(sql: "DELETE FROM section_text WHERE rowid BETWEEN ? AND ?", arguments: [rows.lowerBound, rows.upperBound])
        try db.execute(sql: "DELETE FROM section_facts WHERE rowid BETWEEN ? AND ?", arguments: [rows.lowerBound, rows.upperBound])
        try db.execute(sql: "DELETE FROM sections WHERE doc = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
        return true
    }

    static func insert(_ doc: IndexedDocument, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO documents(path, size, mtime, hash, title, format, language) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [doc.file.key, doc.file.size, doc.file.modified, doc.hash, doc.title, doc.format, doc.language])
        let id = db.lastInsertedRowID
        let sectionInsert = try db.cachedStatement(sql: """
            INSERT INTO sections(doc, idx, heading, start, "end", firstLine, lastLine) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let textInsert = try db.cachedStatement(sql: "INSERT INTO section_text(rowid, title, heading, body) VALUES (?, ?, ?, ?)")
        let factsInsert = try db.cachedStatement(sql: "INSERT INTO section_facts(rowid, people, places, orgs, sources) VALUES (?, ?, ?, ?, ?)")
        for row in doc.sections {
            let rowid = SectionRowID.make(document: id, section: row.index)
            try sectionInsert.execute(arguments: [id, row.index, row.heading, row.span.start, row.span.end,
                                                  row.span.firstLine, row.span.lastLine])
            try textInsert.execute(arguments: [rowid, row.title, row.heading ?? "", row.body])
            if !(row.people.isEmpty && row.places.isEmpty && row.orgs.isEmpty && row.sources.isEmpty) {
                try factsInsert.execute(arguments: [rowid, row.people, row.places, row.orgs, row.sources])
            }
        }
    }
}
