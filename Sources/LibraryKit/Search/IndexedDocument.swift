import ArticleKit

/// An article made ready for the index: its sections' text and the facts named in each
/// section. Built off the database thread, so many can be prepared at once.
struct IndexedDocument: Sendable {
    struct SectionRow: Sendable {
        var index: Int
        var heading: String?
        var span: SourceSpan
        var title: String
        var body: String
        var people: String
        var places: String
        var orgs: String
        var sources: String
    }

    var file: ScannedFile
    var hash: Int64
    var title: String
    var format: String
    var language: String
    var sections: [SectionRow]

    /// Sections past this many are folded into the last row (see `SectionRowID`).
    static let maxSections = SectionRowID.maxSections

    init(file: ScannedFile, bytes: [UInt8], hash: Int64) throws(ArticleError) {
        let article = try ArticleLoader.parse(bytes: bytes, path: file.key)
        let flat = FlatArticle(article)
        let facts = FactExtractor.extract(flat)
        self.file = file
        self.hash = hash
        self.title = article.title?.text ?? ""
        self.format = article.format.rawValue
        self.language = article.language.rawValue
        self.sections = Self.rows(flat, facts)
    }

    /// One row per section (the last row also holds the sections past `maxSections`): its
    /// body is the text of its blocks in the flattened article, the lede in row 0, without
    /// the title (a column of its own) and the section's own heading (another).
    static func rows(_ flat: FlatArticle, _ facts: Facts) -> [SectionRow] {
        let article = flat.article
        let count = max(1, min(article.sections.count, maxSections))
        var names = [[Set<String>]](repeating: [[], [], [], []], count: count)
        func add(_ entities: [Entity], _ column: Int) {
            for entity in entities {
                for mention in entity.mentions {
                    let i = min(mention.section, count - 1)
                    names[i][column].insert(entity.name)
                    names[i][column].formUnion(entity.aliases)
                }
            }
        }
        add(facts.people, 0)
        add(facts.places, 1)
        add(facts.organizations, 2)
        for source in facts.sources {
            for claim in source.claims { names[min(claim.section, count - 1)][3].insert(source.name) }
        }

        var bodies = [[String]](repeating: [], count: count)
        let titleBlock = article.title == nil ? -1 : 0
        for (b, block) in flat.blocks.enumerated() {
            let s = flat.blockSection[b]
            // The title and each row's own heading have columns of their own; the headings of
            // the sections folded into the last row stay in its body.
            if b == titleBlock || (s < count && flat.isSectionHeading(b)) { continue }
            bodies[min(s, count - 1)].append(block.text)
        }
        var rows: [SectionRow] = []
        let whole = article.source.span(start: 0, end: article.source.utf8.count)
        for i in 0..<count {
            let section = i < article.sections.count ? article.sections[i] : nil
            let body = bodies[i]
            let column = { (c: Int) in names[i][c].sorted().joined(separator: " ; ") }
            // Row 0 also holds the title and the lede, so its span starts with them (in HTML, at
            // the <h1> or <title>, not at the top of the file).
            var span = section?.span ?? whole
            if i == 0 {
                let start = ([article.title?.span.start, article.lede?.span.start].compactMap { $0 } + [span.start]).min()!
                span = article.source.span(start: start, end: span.end)
            }
            rows.append(SectionRow(
                index: i, heading: section?.title, span: span,
                title: i == 0 ? (article.title?.text ?? "") : "", body: body.joined(separator: "\n"),
                people: column(0), places: column(1), orgs: column(2), sources: column(3)))
        }
        return rows
    }

    /// A 64-bit FNV-1a hash of the file's bytes, to tell a real change from a touched file.
    static func contentHash(_ bytes: [UInt8]) -> Int64 {
        Int64(bitPattern: FNV1a.hash(bytes))
    }
}
