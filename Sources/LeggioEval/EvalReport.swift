import Foundation

/// Structure figures summed over a group of documents (a split, a language, a shape).
struct StructureTally {
    var documents = 0
    var failed = 0
    var titles = 0
    var ledes = 0
    var headingsRight = 0, headingsFound = 0, headingsKeyed = 0
    var paragraphsClose = 0
    var boilerplateKept = 0, boilerplateKeyed = 0
    var fullyCovered = 0
    var coverageSum = 0.0
    var dates = 0, datesStated = 0, datesStatedRight = 0, datesInvented = 0
    var languages = 0

    mutating func add(_ r: DocumentResult) {
        documents += 1
        guard let s = r.structure else { failed += 1; return }
        if s.titleRight { titles += 1 }
        if s.ledeRight { ledes += 1 }
        headingsRight += s.headingsRight
        headingsFound += s.headingsFound
        headingsKeyed += s.headingsKeyed
        if s.paragraphsWithinTenPercent { paragraphsClose += 1 }
        boilerplateKept += s.boilerplateKept.count
        boilerplateKeyed += s.boilerplateKeyed
        if s.coverage >= 0.99 { fullyCovered += 1 }
        coverageSum += s.coverage
        if s.dateRight { dates += 1 }
        if r.document.key.date != nil {
            datesStated += 1
            if s.dateRight { datesStatedRight += 1 }
        }
        if s.dateInvented { datesInvented += 1 }
        if s.languageRight { languages += 1 }
    }
}

/// Prints the evaluation's tables: short enough to paste into a note.
enum EvalReport {
    static func percent(_ n: Int, _ d: Int) -> String {
        d == 0 ? "—" : String(format: "%.0f%%", 100 * Double(n) / Double(d))
    }

    static func ratio(_ n: Int, _ d: Int) -> String {
        d == 0 ? "—" : String(format: "%.2f", Double(n) / Double(d))
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static let structureHeader = ["group", "split", "docs", "title", "lede", "head P", "head R", "para ±10%", "boiler kept", "words ≥99%", "date", "stated date", "invented", "lang"]

    static func structureRow(_ group: String, _ split: String, _ t: StructureTally) -> [String] {
        [group, split, "\(t.documents)" + (t.failed > 0 ? " (\(t.failed) failed)" : ""),
         percent(t.titles, t.documents), percent(t.ledes, t.documents), ratio(t.headingsRight, t.headingsFound), ratio(t.headingsRight, t.headingsKeyed),
         percent(t.paragraphsClose, t.documents), percent(t.boilerplateKept, t.boilerplateKeyed),
         percent(t.fullyCovered, t.documents), percent(t.dates, t.documents),
         percent(t.datesStatedRight, t.datesStated), "\(t.datesInvented)", percent(t.languages, t.documents)]
    }

    static func table(_ rows: [[String]]) {
        guard let first = rows.first else { return }
        let widths = first.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
        for (n, row) in rows.enumerated() {
            print("| " + row.enumerated().map { pad($0.element, widths[$0.offset]) }.joined(separator: " | ") + " |")
            if n == 0 { print("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|") }
        }
    }

    static func facts(_ groups: [(String, String, [FactCategory: FactCount])]) {
        var rows = [["category"] + groups.map { "\($0.0) \($0.1) P / R / F1" }]
        for category in FactCategory.allCases {
            rows.append([category.rawValue] + groups.map { group in
                let c = group.2[category] ?? FactCount()
                func f(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "—" }
                return "\(f(c.precision)) / \(f(c.recall)) / \(f(c.f1)) (\(c.matched)/\(c.found)/\(c.keyed))"
            })
        }
        table(rows)
    }
}
