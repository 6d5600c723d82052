/// Extracts the facts an article states — figures, dates, people, places, organisations and
/// cited sources — each with the exact source span and section of every mention. Pure and
/// cheap: one pass of tokens over each block's source bytes, gazetteers loaded once.
public enum FactExtractor {
    public static func extract(_ article: Article) -> Facts {
        let gazetteer = Gazetteer.shared
        let maker = MentionMaker(source: article.source)
        let language = article.language
        let blocks = scan(article)

        var facts = Facts()
        var consumed = blocks.map { Array(repeating: false, count: $0.count) }
        for (i, block) in blocks.enumerated() {
            facts.dates += DateFinder.find(block, consumed: &consumed[i], language: language, maker: maker)
            facts.figures += FigureFinder.find(block, consumed: &consumed[i], language: language, gazetteer: gazetteer, maker: maker)
        }

        var capitals: Set<String> = []
        for block in blocks where !block.isHeadline {
            for (k, t) in block.tokens.enumerated() where t.kind == .word && t.isCapitalized && !t.sentenceStart {
                capitals.insert(block.lower(k))
            }
        }
        let finder = NameFinder(gazetteer: gazetteer, midSentenceCapitals: capitals, maker: maker)
        var candidates: [NameCandidate] = []
        for (i, block) in blocks.enumerated() where !block.isHeadline {
            finder.find(block, index: i, consumed: consumed[i], into: &candidates)
        }
        var grouper = EntityGrouper(candidates, blocks: blocks, maker: maker)
        let sources = SourceFinder(maker: maker).find(blocks, candidates: candidates, resolved: grouper.resolved,
                                                      entities: grouper.entities)
        let headlines = HeadlineMatcher(gazetteer: gazetteer, maker: maker)
        for block in blocks where block.isHeadline { headlines.match(block, into: &grouper) }

        for entity in grouper.entities {
            switch entity.kind {
            case .person: facts.people.append(entity)
            case .place: facts.places.append(entity)
            case .organization: facts.organizations.append(entity)
            }
        }
        facts.sources = sources
        return article.format == .html ? MarkupText.readable(facts) : facts
    }

    /// Every kept block as tokens read from the source bytes inside its span.
    static func scan(_ article: Article) -> [ScannedBlock] {
        var out: [ScannedBlock] = []
        article.source.utf8.withUnsafeBufferPointer { b in
            func add(_ span: SourceSpan, _ kind: Block.Kind) {
                let section = article.sectionIndex(containing: span.start) ?? 0
                let end = min(span.end, b.count)
                let tokens = Tokenizer.tokens(b, from: span.start, to: end)
                out.append(ScannedBlock(tokens, section: section, isHeadline: kind == .title || kind == .heading))
            }
            // Blocks are read in place (span and kind), not copied with their text.
            if let title = article.title { add(title.span, title.kind) }
            if let lede = article.lede { add(lede.span, lede.kind) }
            for s in article.sections.indices {
                if let heading = article.sections[s].heading { add(heading.span, heading.kind) }
                for i in article.sections[s].blocks.indices where article.sections[s].blocks[i].kind != .code {
                    // A table is read cell by cell: its markup between cells is not text.
                    if let table = article.sections[s].blocks[i].table {
                        for row in table.rows { for cell in row.cells { add(cell.span, .table) } }
                    } else {
                        add(article.sections[s].blocks[i].span, article.sections[s].blocks[i].kind)
                    }
                }
            }
        }
        return out
    }
}
