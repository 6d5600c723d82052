/// The FTS row id of a section: its article's id in the high bits, the section's index in the
/// low 20. Written once here: a 10-bit field (1,024 sections) folded the rest of a long
/// article into one row, and `snippet()` on that row took seconds per query.
enum SectionRowID {
    static let sectionBits: Int64 = 20
    /// Sections an article can have rows for; past this they are folded into the last row.
    static let maxSections = 1 << 20
    static let sectionMask: Int64 = (1 << sectionBits) - 1

    static func make(document: Int64, section: Int) -> Int64 {
        document << sectionBits | Int64(section)
    }

    static func document(_ rowid: Int64) -> Int64 { rowid >> sectionBits }

    static func section(_ rowid: Int64) -> Int { Int(rowid & sectionMask) }

    /// The lowest and highest row ids of the articles in `documents`.
    static func rows(of documents: ClosedRange<Int64>) -> ClosedRange<Int64> {
        (documents.lowerBound << sectionBits)...(documents.upperBound << sectionBits | sectionMask)
    }

    /// SQL for the article id of the row id in `column`.
    static func documentSQL(_ column: String = "rowid") -> String { "(\(column) >> \(sectionBits))" }
}
