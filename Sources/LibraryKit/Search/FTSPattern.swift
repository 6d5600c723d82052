/// Turns a `SearchQuery` into FTS5 match expressions. Every term is written as a quoted FTS5
/// string, so nothing a person types can be read as FTS5 syntax.
enum FTSPattern {
    /// The expression for the section text table, or nil when the query has no words.
    static func text(_ q: SearchQuery) -> String? {
        guard !q.required.isEmpty else { return nil }
        var pattern = q.required.map { group in
            group.count == 1 ? term(group[0]) : "(" + group.map(term).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        if !q.excluded.isEmpty {
            pattern = "(" + pattern + ") NOT (" + q.excluded.map(term).joined(separator: " OR ") + ")"
        }
        return pattern
    }

    /// The expression for the facts table, or nil when the query has no fact filters.
    static func facts(_ q: SearchQuery) -> String? {
        guard !q.facts.isEmpty else { return nil }
        return q.facts.map { "\(column($0.kind)) : " + term($0.term) }.joined(separator: " AND ")
    }

    static func column(_ kind: SearchQuery.FactKind) -> String {
        switch kind {
        case .person: "people"
        case .place: "places"
        case .org: "orgs"
        case .source: "sources"
        }
    }

    static func term(_ t: SearchQuery.Term) -> String {
        switch t {
        case .word(let s), .phrase(let s): quoted(s)
        case .prefix(let s): quoted(s) + "*"
        }
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
