/// Extracts the facts an article states — figures, dates, people, places, organisations and
/// cited sources — each with the exact source span and section of every mention. A value made
/// from its data (a `Gazetteer`) and its name recogniser; pure and cheap: one pass of tokens
/// over the text each block shows, mentions mapped to the source through the blocks' maps.
public struct FactExtractor: Sendable {
    public var gazetteer: Gazetteer
    public var recognizer: any NameRecognizer
    /// People, places and organisations whose best mention is less sure than this are not shown.
    public var threshold: Double
    /// How many facts, mentions and claims are listed; the rest are counted.
    public var limits: FactLimits

    public init(gazetteer: Gazetteer, recognizer: any NameRecognizer = RuleNameRecognizer(), threshold: Double = 0.5,
                limits: FactLimits = .standard) {
        self.gazetteer = gazetteer
        self.limits = limits
        self.recognizer = recognizer
        self.threshold = threshold
    }

    /// The shipped lists with the rule recogniser, loaded on first use. The lists are resources
    /// of the ArticleKit bundle: one missing is a broken installation, reported as it stops.
    public static let standard: FactExtractor = {
        switch Result(catching: { () throws(GazetteerError) in try Gazetteer.bundled() }) {
        case .success(let gazetteer): FactExtractor(gazetteer: gazetteer)
        case .failure(let error): fatalError(error.description)
        }
    }()

    /// `standard.extract(article)`.
    public static func extract(_ article: Article) -> Facts { standard.extract(article) }

    /// `standard.extract(flat)`.
    public static func extract(_ flat: FlatArticle) -> Facts { standard.extract(flat) }

    /// The facts of `article`, read from its flattened text (`FlatArticle`).
    public func extract(_ article: Article) -> Facts { extract(FlatArticle(article)) }

    /// The facts of an article, read from the text its blocks show; each mention's span is
    /// mapped to the source through its block's `TextMap`.
    public func extract(_ flat: FlatArticle) -> Facts {
        let article = flat.article
        let language = article.language
        let (blocks, maker, unread) = Self.scan(flat, upTo: limits.textBytes)

        var facts = Facts()
        var consumed = blocks.map { Array(repeating: false, count: $0.count) }
        var dates: [DateFact] = []
        for (i, block) in blocks.enumerated() {
            dates += DateFinder.find(block, consumed: &consumed[i], language: language, maker: maker)
            if !block.isTableCell {
                facts.figures += FigureFinder.find(block, consumed: &consumed[i], language: language, gazetteer: gazetteer, maker: maker)
            }
        }
        facts.figures = FigureFinder.distinct(facts.figures)
        facts.dates = DateFact.merged(DateFinder.calendarDates(dates, stated: article.date))

        let context = NameContext(article: article, gazetteer: gazetteer, blocks: blocks, consumed: consumed, maker: maker)
        let found = recognizer.names(in: context).compactMap { $0.candidate ?? Self.candidate($0, blocks, maker) }
        let candidates = PlaceEvidence.reconciled(
            OrganizationEvidence.reconciled(NameEvidence.reconciled(found, gazetteer: gazetteer), blocks: blocks), blocks: blocks)
        var grouper = EntityGrouper(candidates, blocks: blocks, maker: maker, gazetteer: gazetteer,
                                    mentionLimit: limits.mentionsPerName, language: language)
        let sources = SourceFinder(maker: maker, gazetteer: gazetteer, limits: limits, language: language).find(blocks, candidates: candidates, resolved: grouper.resolved,
                                                                            entities: grouper.entities)
        // An entity is as sure as its surest mention; a name seen only in headlines was matched, so it stands.
        var confidence = [Double](repeating: 0, count: grouper.entities.count)
        for (i, c) in candidates.enumerated() {
            if let e = grouper.resolved[i] { confidence[e] = max(confidence[e], c.confidence) }
        }
        let headlines = HeadlineMatcher(gazetteer: gazetteer, maker: maker)
        for block in blocks where block.isHeadline { headlines.match(block, into: &grouper) }
        grouper.sortHeadlineMentions()

        var dropped: Set<String> = []
        for (e, entity) in grouper.entities.enumerated() {
            if e < confidence.count, confidence[e] < threshold {
                dropped.insert(entity.name)
                continue
            }
            switch entity.kind {
            case .person: facts.people.append(entity)
            case .place: facts.places.append(entity)
            case .organization: facts.organizations.append(entity)
            }
        }
        facts.sources = sources.filter { !dropped.contains($0.name) }
        facts = limits.apply(to: facts)
        facts.unreadBytes = unread
        return facts
    }

    /// The candidate of a name another recogniser found: the block and tokens its range covers.
    static func candidate(_ name: RecognizedName, _ blocks: [ScannedBlock], _ maker: MentionMaker) -> NameCandidate? {
        for (i, block) in blocks.enumerated() where !block.isHeadline && block.count > 0 {
            guard block[0].start <= name.range.lowerBound, block[block.count - 1].end >= name.range.upperBound else { continue }
            guard let first = block.tokens.firstIndex(where: { $0.end > name.range.lowerBound }),
                  let last = block.tokens.lastIndex(where: { $0.start < name.range.upperBound }), first <= last else { return nil }
            let kind: NameCandidate.Kind = switch name.kind {
            case .person: .person
            case .place: .place
            case .organization: .organization
            case .unknown: .unknown
            }
            let text = maker.text(block, first, last)
            var c = NameCandidate(kind: kind, block: i, first: first, last: last, key: Gazetteer.key(text), text: text,
                                  before: block.word(first - 1), after: block.word(last + 1))
            c.confidence = name.confidence
            c.before2 = block.word(first - 2)
            c.speaks = SourceFinder.speaks(block, after: last)
            return c
        }
        return nil
    }

    /// Every kept block but code (a table cell by cell) as tokens read from the text it shows,
    /// until `budget` bytes of text are read: the block that reaches it is read up to the last
    /// word boundary before it, the rest are not read, and their bytes are returned as `unread`.
    /// The texts read are copied one after another (a line feed after each) into the maker's
    /// `shown`, so token offsets are offsets there; each block keeps its map to the source.
    static func scan(_ flat: FlatArticle, upTo budget: Int = .max) -> (blocks: [ScannedBlock], maker: MentionMaker, unread: Int) {
        var out: [ScannedBlock] = []
        var buffer: [UInt8] = []
        var left = budget
        var unread = 0
        out.reserveCapacity(flat.blocks.count)
        buffer.reserveCapacity(min(budget, flat.blocks.reduce(0) { $0 + $1.text.utf8.count + 1 }) + 1)
        func add(_ shown: String, _ map: TextMap, _ section: Int, _ kind: Block.Kind) {
            let length = shown.utf8.count
            guard left > 0 else {
                unread += length
                return
            }
            let start = buffer.count
            // Past the budget only the bytes up to it (and the one at it, to see a boundary) are copied.
            // Copied as one block of bytes (appending the UTF-8 view's prefix went byte by byte).
            var text = shown
            text.withUTF8 { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0.prefix(length > left ? left + 1 : length))) }
            var stop = start + length
            buffer.withUnsafeBufferPointer { b in
                if length > left {
                    stop = wordBoundary(b, before: start + left, after: start)
                    unread += start + length - stop
                    left = 0
                } else {
                    left -= length
                }
            }
            buffer.removeSubrange(stop...)
            let tokens = buffer.withUnsafeBufferPointer { Tokenizer.tokens($0, from: start, to: stop) }
            buffer.append(0x0A)
            out.append(ScannedBlock(tokens, section: section, isHeadline: kind == .title || kind == .heading || kind == .subheading,
                                    isTableCell: kind == .table, textStart: start, map: map))
        }
        for (b, block) in flat.blocks.enumerated() where block.kind != .code {
            // A table is read cell by cell: a name or a sentence does not run across cells.
            if let table = block.table {
                for row in table.rows { for cell in row.cells { add(cell.text, cell.map, flat.blockSection[b], .table) } }
            } else {
                add(block.text, block.map, flat.blockSection[b], block.kind)
            }
        }
        return (out, MentionMaker(shown: buffer, source: flat.article.source), unread)
    }

    /// An offset at or before `limit` (and after `start`) where a word does not go on: the
    /// last whitespace within 1 KB before it, else the start of the character at `limit`.
    static func wordBoundary(_ b: UnsafeBufferPointer<UInt8>, before limit: Int, after start: Int) -> Int {
        var k = limit
        while k > start, k > limit - 1_024 {
            let c = b[k]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { return k }
            k -= 1
        }
        k = limit
        while k > start, b[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }
}
