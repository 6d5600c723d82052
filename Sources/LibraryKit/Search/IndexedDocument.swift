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
        let facts = FactExtractor.extract(article)
        self.file = file
        self.hash = hash
        self.title = article.title?.text ?? ""
        self.format = article.format.rawValue
        self.language = article.language.rawValue
        self.sections = Self.rows(article, facts)
    }

    static func rows(_ article: Article, _ facts: Facts) -> [SectionRow] {
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

        var rows: [SectionRow] = []
        let whole = article.source.span(start: 0, end: article.source.utf8.count)
        for i in 0..<count {
            let section = i < article.sections.count ? article.sections[i] : nil
            var body: [String] = []
            if i == 0, let lede = article.lede { body.append(lede.text) }
            let upper = i == count - 1 ? article.sections.count : i + 1
            for s in article.sections[min(i, article.sections.count)..<upper] {
                if s.heading != nil, s != section, let h = s.title { body.append(h) }
                body.append(contentsOf: s.blocks.map(\.text))
            }
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
