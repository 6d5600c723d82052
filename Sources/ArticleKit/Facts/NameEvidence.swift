/// Rules over the whole document's candidates before grouping: a word that is the surname of
/// a person named in full elsewhere is that person (`Marino` after `Ignazio Marino`, `Kent`
/// after `Clark Kent`), not the town or body a list also knows by that word.
enum NameEvidence {
    static func reconciled(_ candidates: [NameCandidate], gazetteer: Gazetteer) -> [NameCandidate] {
        let clubbed = clubs(candidates)
        var surnames: Set<Substring> = []
        for c in candidates where c.kind == .person && EntityGrouper.hasSpace(c.key) {
            if let last = c.key.split(separator: " ").last { surnames.insert(last) }
        }
        guard !surnames.isEmpty else { return clubbed }
        var out = clubbed
        for i in out.indices where out[i].kind == .place || out[i].kind == .organization {
            let c = out[i]
            guard !EntityGrouper.hasSpace(c.key), surnames.contains(Substring(c.key)), c.aliasOf == nil,
                  !EntityGrouper.placePrepositions.contains(c.before), !gazetteer.isOrganization(c.key) else { continue }
            out[i].kind = .unknown
            out[i].confidence = max(c.confidence, 0.6)
        }
        return out
    }

    /// A town the text also names as a body (`Bolton manager Owen Coyle`, `Chelsea boss`) is that
    /// body in every mention: the club, not the place (`a 3-1 win over Bolton`).
    static func clubs(_ candidates: [NameCandidate]) -> [NameCandidate] {
        var bodies: Set<String> = []
        for c in candidates where c.kind == .organization { bodies.insert(c.key) }
        guard !bodies.isEmpty else { return candidates }
        var out = candidates
        for i in out.indices where out[i].kind == .place && !out[i].nested && bodies.contains(out[i].key) {
            out[i].kind = .organization
        }
        return out
    }
}
