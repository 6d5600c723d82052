/// Finds the names in an article's prose for `FactExtractor`: each with a kind guess and a
/// confidence. The seam for a better recogniser (a statistical model); `RuleNameRecognizer`,
/// the gazetteers and the words around a name, is the default.
public protocol NameRecognizer: Sendable {
    func names(in context: NameContext) -> [RecognizedName]
}

/// A name a recogniser found: where it is in the text, what it looks like, how sure it is.
public struct RecognizedName: Sendable {
    public enum Kind: Sendable, Equatable {
        case person, place, organization
        /// A name whose kind the recogniser cannot tell: kept only when the document explains it
        /// (another form of a known name, a place by its preposition).
        case unknown
    }

    public var kind: Kind
    /// Offsets of the name's first and past-its-last byte in the text the fact scan read (the
    /// blocks' shown text, one after another: `FactExtractor.scan`), not in the source.
    public var range: Range<Int>
    /// 0...1; entities whose best mention stays below `FactExtractor.threshold` are not shown.
    public var confidence: Double
    /// The rule recogniser's own record of the name, with the words around it.
    var candidate: NameCandidate?

    public init(kind: Kind, range: Range<Int>, confidence: Double) {
        self.kind = kind
        self.range = range
        self.confidence = confidence
    }

    init(_ candidate: NameCandidate, range: Range<Int>) {
        switch candidate.kind {
        case .person: kind = .person
        case .place: kind = .place
        case .organization: kind = .organization
        case .unknown, .reference: kind = .unknown
        }
        self.range = range
        confidence = candidate.confidence
        self.candidate = candidate
    }
}

/// What a recogniser reads: the article, the gazetteer, and (for the rule recogniser) the
/// article's blocks as tokens with the words figures and dates already took.
public struct NameContext: Sendable {
    public let article: Article
    public let gazetteer: Gazetteer
    let blocks: [ScannedBlock]
    let consumed: [[Bool]]
    let maker: MentionMaker
}

/// The default recogniser: capitalised runs classified by the gazetteers and the words around
/// them (`NameFinder`).
public struct RuleNameRecognizer: NameRecognizer {
    public init() {}

    public func names(in context: NameContext) -> [RecognizedName] {
        var capitals: Set<String> = []
        for block in context.blocks where !block.isHeadline {
            for (k, t) in block.tokens.enumerated() where t.kind == .word && t.isCapitalized && !t.sentenceStart {
                capitals.insert(block.lower(k))
            }
        }
        let finder = NameFinder(gazetteer: context.gazetteer, midSentenceCapitals: capitals, maker: context.maker,
                                language: context.article.language, aboutSport: NameFinder.isAboutSport(capitals))
        var candidates: [NameCandidate] = []
        for (i, block) in context.blocks.enumerated() where !block.isHeadline {
            finder.find(block, index: i, consumed: context.consumed[i], into: &candidates)
        }
        return candidates.map { c in
            let block = context.blocks[c.block]
            return RecognizedName(c, range: block[c.first].start..<block[c.last].end)
        }
    }
}
