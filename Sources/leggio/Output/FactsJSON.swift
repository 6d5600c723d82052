import ArticleKit

/// The JSON shape of `leggio facts --json`, documented in the README.
struct FactsJSON: Encodable {
    typealias Span = ArticleJSON.Span

    struct MentionJSON: Encodable {
        var text: String
        var section: Int
        var span: Span
        init(_ m: Mention) { (text, section, span) = (m.text, m.section, Span(m.span)) }
    }
    struct FigureJSON: Encodable {
        var text: String
        var value: Double
        var qualifier: String
        var counts: String?
        var unit: String?
        var section: Int
        var span: Span
        init(_ f: Figure) {
            (text, value, qualifier, counts, unit) = (f.text, f.value, f.qualifier.rawValue, f.counts, f.unit)
            (section, span) = (f.mention.section, Span(f.mention.span))
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(value, forKey: .value)
            try c.encode(qualifier, forKey: .qualifier)
            try c.encode(counts, forKey: .counts)  // null when the text does not say
            try c.encode(unit, forKey: .unit)
            try c.encode(section, forKey: .section)
            try c.encode(span, forKey: .span)
        }
        enum CodingKeys: String, CodingKey { case text, value, qualifier, counts, unit, section, span }
    }
    struct DateJSON: Encodable {
        var text: String
        var iso: String
        var section: Int
        var span: Span
    }
    struct EntityJSON: Encodable {
        var name: String
        var aliases: [String]
        var mentions: [MentionJSON]
        /// Mentions counted past the limit and not listed.
        var unlistedMentions: Int
    }
    struct SourceJSON: Encodable {
        var name: String
        var claims: [MentionJSON]
        /// Claims counted past the limits and not listed.
        var unlistedClaims: Int
    }
    /// Facts of each kind counted past the limit and not listed.
    struct UnlistedJSON: Encodable {
        var figures, dates, people, places, organizations, sources: Int
    }

    var figures: [FigureJSON]
    var dates: [DateJSON]
    var people: [EntityJSON]
    var places: [EntityJSON]
    var organizations: [EntityJSON]
    var sources: [SourceJSON]
    var unlisted: UnlistedJSON
    /// Bytes of text past `FactLimits.textBytes`, not read for facts.
    var unreadBytes: Int

    init(_ f: Facts) {
        func entity(_ e: Entity) -> EntityJSON {
            EntityJSON(name: e.name, aliases: e.aliases, mentions: e.mentions.map(MentionJSON.init), unlistedMentions: e.unlistedMentions)
        }
        figures = f.figures.map(FigureJSON.init)
        dates = f.dates.map { DateJSON(text: $0.text, iso: $0.iso, section: $0.mention.section, span: Span($0.mention.span)) }
        people = f.people.map(entity)
        places = f.places.map(entity)
        organizations = f.organizations.map(entity)
        sources = f.sources.map { SourceJSON(name: $0.name, claims: $0.claims.map(MentionJSON.init), unlistedClaims: $0.unlistedClaims) }
        let u = f.unlisted
        unlisted = UnlistedJSON(figures: u.figures, dates: u.dates, people: u.people, places: u.places,
                                organizations: u.organizations, sources: u.sources)
        unreadBytes = f.unreadBytes
    }
}
