import ArticleKit

/// The facts sidebar's rows: a header per non-empty group with its count, then one row per
/// fact. Only fact rows can be selected.
public struct FactList: Sendable {
    public enum Group: String, CaseIterable, Sendable {
        case figures = "Figures"
        case dates = "Dates"
        case people = "People"
        case places = "Places"
        case organizations = "Organisations"
        case sources = "Sources"
    }

    public struct Item: Sendable {
        public var group: Group
        public var label: String
        /// Every mention, in text order.
        public var mentions: [Mention]
        /// Sections the fact is mentioned in.
        public var sections: Set<Int>
        /// Mentions (or claims) counted past the limit and not listed.
        public var unlisted = 0

        /// Every mention counted, listed or not.
        public var mentionCount: Int { mentions.count + unlisted }
    }

    public enum Row: Sendable {
        case header(Group, count: Int)
        case item(Int)
    }

    public let items: [Item]
    public let rows: [Row]
    /// Row index of each item.
    public let itemRow: [Int]
    /// Facts of each group counted past the limit and not listed.
    public let unlisted: [Group: Int]
    /// Bytes of text past the part read for facts (`Facts.unreadBytes`).
    public let unreadBytes: Int
    /// For an article too long to read whole for facts: which part was read.
    public var unreadNote: String? {
        unreadBytes > 0 ? "From the first \(FactLimits.standard.textBytes / 1_048_576) MiB of text" : nil
    }
    /// Number of facts mentioned in each section (computed once: the contents and the
    /// sidebar title ask for it on every frame).
    private let perSection: [Int: Int]

    public init(_ facts: Facts) {
        var items: [Item] = []
        func add(_ g: Group, _ label: String, _ mentions: [Mention], unlisted: Int = 0) {
            let sorted = mentions.sorted { $0.span.start < $1.span.start }
            items.append(Item(group: g, label: label, mentions: sorted, sections: Set(sorted.map(\.section)), unlisted: unlisted))
        }
        for f in facts.figures { add(.figures, f.text, f.mentions, unlisted: f.unlistedMentions) }
        for d in facts.dates { add(.dates, d.text, d.mentions, unlisted: d.unlistedMentions) }
        for e in facts.people { add(.people, e.name, e.mentions, unlisted: e.unlistedMentions) }
        for e in facts.places { add(.places, e.name, e.mentions, unlisted: e.unlistedMentions) }
        for e in facts.organizations { add(.organizations, e.name, e.mentions, unlisted: e.unlistedMentions) }
        for s in facts.sources { add(.sources, s.name, s.claims, unlisted: s.unlistedClaims) }
        unreadBytes = facts.unreadBytes
        let u = facts.unlisted
        unlisted = [.figures: u.figures, .dates: u.dates, .people: u.people, .places: u.places,
                    .organizations: u.organizations, .sources: u.sources].filter { $0.value > 0 }
        var rows: [Row] = []
        var itemRow: [Int] = []
        for g in Group.allCases {
            let members = items.indices.filter { items[$0].group == g }
            if members.isEmpty { continue }
            rows.append(.header(g, count: members.count))
            for i in members {
                while itemRow.count <= i { itemRow.append(0) }
                itemRow[i] = rows.count
                rows.append(.item(i))
            }
        }
        self.items = items
        self.rows = rows
        self.itemRow = itemRow
        var perSection: [Int: Int] = [:]
        for item in items {
            for s in item.sections { perSection[s, default: 0] += 1 }
        }
        self.perSection = perSection
    }

    /// Number of facts with a mention in section `s`.
    public func count(inSection s: Int) -> Int {
        perSection[s] ?? 0
    }
}
