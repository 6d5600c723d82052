/// What an article states, each fact traced to the words it came from: figures, dates,
/// people, places, organisations, and the sources it cites. Built by `FactExtractor`.
public struct Facts: Hashable, Sendable {
    public var figures: [Figure]
    public var dates: [DateFact]
    public var people: [Entity]
    public var places: [Entity]
    public var organizations: [Entity]
    public var sources: [CitedSource]
    /// Facts found beyond `FactLimits.factsPerKind`, counted but not listed.
    public var unlisted = Unlisted()
    /// Bytes of the article's text past `FactLimits.textBytes`, not read for facts (0 when all was read).
    public var unreadBytes = 0

    /// How many facts of each kind were counted but not listed.
    public struct Unlisted: Hashable, Sendable {
        public var figures = 0, dates = 0, people = 0, places = 0, organizations = 0, sources = 0

        public init() {}

        public var total: Int { figures + dates + people + places + organizations + sources }
    }

    public init(figures: [Figure] = [], dates: [DateFact] = [], people: [Entity] = [],
                places: [Entity] = [], organizations: [Entity] = [], sources: [CitedSource] = []) {
        self.figures = figures
        self.dates = dates
        self.people = people
        self.places = places
        self.organizations = organizations
        self.sources = sources
    }

    /// Number of distinct facts (entities and sources count once, however often mentioned).
    public var count: Int {
        figures.count + dates.count + people.count + places.count + organizations.count + sources.count
    }

    public var isEmpty: Bool { count == 0 }
}

/// One place in the text where a fact is stated or a name occurs.
public struct Mention: Hashable, Sendable {
    /// The words as written.
    public var text: String
    public var span: SourceSpan
    /// Index of the section it falls in (0-based); title and lede count as section 0.
    public var section: Int

    public init(text: String, span: SourceSpan, section: Int) {
        self.text = text
        self.span = span
        self.section = section
    }
}

/// How a figure is hedged by the words around it.
public enum Qualifier: String, Hashable, Sendable, Codable, CaseIterable {
    case exact
    /// circa, about, some, around
    case approximately
    /// oltre, più di, more than, over
    case moreThan = "more-than"
    /// meno di, less than, under
    case lessThan = "less-than"
    /// fino a, up to
    case atMost = "at-most"
}

/// A number with what it counts: "circa 11.000 soldati" is about 11,000 soldiers.
public struct Figure: Hashable, Sendable {
    /// The text as written, qualifier and counted noun included.
    public var text: String
    /// The numeric value (11.000 → 11000, 1,5 milioni → 1500000, 12% → 12).
    public var value: Double
    public var qualifier: Qualifier
    /// What the number counts (`soldati`, `pezzi di artiglieria a lungo raggio`), if stated.
    public var counts: String?
    /// The unit when there is one: `%`, `EUR`, `USD`, `GBP`, or a measure named before the
    /// number as written (`magnitudo`).
    public var unit: String?
    /// The first mention.
    public var mention: Mention
    /// Every mention of the same figure (the same words, or its first words again: `tre anni`
    /// after `tre anni di lavori`), in text order (the first is `mention`), up to
    /// `FactLimits.mentionsPerName`.
    public var mentions: [Mention]
    /// Mentions past the limit, counted but not listed.
    public var unlistedMentions = 0

    public init(text: String, value: Double, qualifier: Qualifier, counts: String?, unit: String?, mention: Mention) {
        self.text = text
        self.value = value
        self.qualifier = qualifier
        self.counts = counts
        self.unit = unit
        self.mention = mention
        mentions = [mention]
    }
}

/// A calendar date stated in the text, once per value with every place it is stated.
public struct DateFact: Hashable, Sendable {
    /// The text as first written (`sabato 14 novembre 2026`, `November 24, 2026`).
    public var text: String
    /// ISO 8601 form (`2026-11-24`, or `2026-11` / `2026` when less is known).
    public var iso: String
    /// The first mention.
    public var mention: Mention
    /// Every mention of the same value, in text order (the first is `mention`), up to
    /// `FactLimits.mentionsPerName`.
    public var mentions: [Mention]
    /// Mentions past the limit, counted but not listed.
    public var unlistedMentions = 0

    public init(text: String, iso: String, mention: Mention) {
        self.text = text
        self.iso = iso
        self.mention = mention
        mentions = [mention]
    }

    /// One date per ISO value, at its first mention, holding all of them.
    static func merged(_ dates: [DateFact]) -> [DateFact] {
        var out: [DateFact] = []
        var index: [String: Int] = [:]
        for date in dates {
            if let i = index[date.iso] {
                out[i].mentions.append(date.mention)
            } else {
                index[date.iso] = out.count
                out.append(date)
            }
        }
        return out
    }
}

/// A person, place or organisation, with every form of its name and every mention.
public struct Entity: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case person, place, organization
    }

    public var kind: Kind
    /// The fullest form of the name (`Kim Jong-un`, `ministero della Difesa sudcoreano`).
    public var name: String
    /// Other forms the text uses for it (`Kim`; `Nis`).
    public var aliases: [String]
    /// Mentions in text order, up to `FactLimits.mentionsPerName`.
    public var mentions: [Mention]
    /// Mentions past the limit, counted but not listed.
    public var unlistedMentions = 0

    /// Every mention counted, listed or not.
    public var mentionCount: Int { mentions.count + unlistedMentions }

    public init(kind: Kind, name: String, aliases: [String], mentions: [Mention]) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// Someone the article says said something, with each claim attributed to them.
public struct CitedSource: Hashable, Sendable {
    /// The source's name: the fullest form of the person, place or organisation cited
    /// (`ministero della Difesa sudcoreano`, `Agenzia di spionaggio di Seul`); its other forms
    /// (`Nis`) are the aliases of the entity with that name.
    public var name: String
    /// Claims in order of citation, up to `FactLimits.claimsPerSource` (and the article's
    /// `claimsPerArticle`); a claim's text stops after `claimBytes` with `…`, its span does not.
    public var claims: [Mention]
    /// Distinct claims past the limits, counted but not listed.
    public var unlistedClaims: Int

    public init(name: String, claims: [Mention], unlistedClaims: Int = 0) {
        self.name = name
        self.claims = claims
        self.unlistedClaims = unlistedClaims
    }
}
