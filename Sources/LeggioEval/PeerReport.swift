/// The table of Leggio beside the spaCy peer on the English documents: people, places and
/// organisations, precision / recall / F1 per split, and the dev documents where spaCy finds
/// the most names Leggio does not (test documents are scored, never looked into).
enum PeerReport {
    static let categories: [FactCategory] = [.people, .places, .organisations]

    static func print(_ results: [DocumentResult], model: String) {
        let scored = results.filter { $0.peerFacts != nil && $0.facts != nil }
        Swift.print("\nEnglish, Leggio beside spaCy (\(model)): P / R / F1")
        var rows = [["category"] + CorpusSplit.allCases.flatMap { split in
            let n = scored.filter { $0.document.split == split }.count
            return ["\(split.rawValue) (\(n)) Leggio", "\(split.rawValue) spaCy"]
        }]
        for category in categories {
            rows.append([category.rawValue] + CorpusSplit.allCases.flatMap { split in
                let docs = scored.filter { $0.document.split == split }
                return [cell(docs.compactMap { $0.facts?.counts[category] }), cell(docs.compactMap { $0.peerFacts?.counts[category] })]
            })
        }
        EvalReport.table(rows)
        let gains = gains(scored.filter { $0.document.split == .dev }).prefix(4)
        if !gains.isEmpty {
            Swift.print("spaCy matches more names than Leggio most in (dev): " + gains.map { "\($0.name) +\($0.gain)" }.joined(separator: ", "))
        }
    }

    /// Summed counts as `P / R / F1`.
    static func cell(_ counts: [FactCount]) -> String {
        var sum = FactCount()
        for c in counts { sum.add(c) }
        func f(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "—" }
        return "\(f(sum.precision)) / \(f(sum.recall)) / \(f(sum.f1))"
    }

    /// Documents by how many more keyed names spaCy matched than Leggio (people, places and
    /// organisations together), largest first, gains only.
    static func gains(_ results: [DocumentResult]) -> [(name: String, gain: Int)] {
        func matched(_ s: FactScore?) -> Int { categories.reduce(0) { $0 + (s?.counts[$1]?.matched ?? 0) } }
        return results.map { (name: $0.document.name, gain: matched($0.peerFacts) - matched($0.facts)) }
            .filter { $0.gain > 0 }
            .sorted { $0.gain != $1.gain ? $0.gain > $1.gain : $0.name < $1.name }
    }
}
