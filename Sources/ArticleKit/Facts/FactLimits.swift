/// How much of what an article states is kept: more than a person reads, few enough that a
/// hostile file (a name cited 16,000 times, a title of 160,000 places) cannot make the lists,
/// and the time and memory to make them, grow past use. What is cut is still counted
/// (`Facts.unlisted`, `Entity.unlistedMentions`, `CitedSource.unlistedClaims`) and the
/// outputs say "N more counted, not listed".
public struct FactLimits: Hashable, Sendable {
    /// Facts of each kind (figures, dates, people, places, organisations, sources) listed.
    public var factsPerKind: Int
    /// Mentions listed for one name or date.
    public var mentionsPerName: Int
    /// Claims listed for one source.
    public var claimsPerSource: Int
    /// Claims listed for the whole article.
    public var claimsPerArticle: Int
    /// Bytes of a claim's text; a longer claim ends in `…` (its span still covers all of it).
    public var claimBytes: Int
    /// Bytes of the article's text read for facts; text past them is not read (`Facts.unreadBytes`).
    /// 8 MiB is more than twice the longest novels (War and Peace is 3.2 MB) and keeps the
    /// reading to a few seconds and a few hundred MB whatever the file: a 200 MB single line
    /// within the 256 MiB limit took minutes and gigabytes when read whole.
    public var textBytes: Int

    public init(factsPerKind: Int = 2_000, mentionsPerName: Int = 2_000, claimsPerSource: Int = 50,
                claimsPerArticle: Int = 1_000, claimBytes: Int = 1_000, textBytes: Int = 8 * 1_048_576) {
        self.factsPerKind = factsPerKind
        self.mentionsPerName = mentionsPerName
        self.claimsPerSource = claimsPerSource
        self.claimsPerArticle = claimsPerArticle
        self.claimBytes = claimBytes
        self.textBytes = textBytes
    }

    public static let standard = FactLimits()

    /// `facts` with every list cut to its limit, what was cut counted.
    func apply(to facts: Facts) -> Facts {
        var f = facts
        func cut<T>(_ list: inout [T], _ limit: Int) -> Int {
            guard list.count > limit else { return 0 }
            let over = list.count - limit
            list.removeLast(over)
            return over
        }
        func entities(_ list: inout [Entity]) -> Int {
            for i in list.indices { list[i].unlistedMentions += cut(&list[i].mentions, mentionsPerName) }
            return cut(&list, factsPerKind)
        }
        for i in f.dates.indices { f.dates[i].unlistedMentions += cut(&f.dates[i].mentions, mentionsPerName) }
        for i in f.figures.indices { f.figures[i].unlistedMentions += cut(&f.figures[i].mentions, mentionsPerName) }
        f.unlisted.figures += cut(&f.figures, factsPerKind)
        f.unlisted.dates += cut(&f.dates, factsPerKind)
        f.unlisted.people += entities(&f.people)
        f.unlisted.places += entities(&f.places)
        f.unlisted.organizations += entities(&f.organizations)
        f.unlisted.sources += cut(&f.sources, factsPerKind)
        return f
    }
}
