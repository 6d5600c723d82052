import ArticleKit

/// The readable, grouped facts printed by `leggio facts`.
enum FactsOutline {
    static func render(_ f: Facts, path: String?) -> String {
        var out = "\(path ?? "(input)")\n"
        if f.isEmpty { return out + "\nNo facts found.\n" }
        func at(_ m: Mention) -> String {
            let s = m.span
            let lines = s.firstLine == s.lastLine ? "line \(s.firstLine)" : "lines \(s.firstLine)–\(s.lastLine)"
            return "§\(m.section + 1) \(lines)"
        }
        if !f.figures.isEmpty {
            out += "\nFigures (\(f.figures.count))\n"
            for fig in f.figures {
                var what = number(fig.value)
                if let unit = fig.unit { what += unit == "%" ? "%" : " \(unit)" }
                if let counts = fig.counts { what += " \(counts)" }
                let hedge = fig.qualifier == .exact ? "" : "\(fig.qualifier.rawValue) "
                out += "  \(hedge)\(what)  «\(fig.text)»  [\(at(fig.mention))]\n"
            }
        }
        if !f.dates.isEmpty {
            out += "\nDates (\(f.dates.count))\n"
            for d in f.dates { out += "  \(d.iso)  «\(d.text)»  [\(at(d.mention))]\n" }
        }
        for (title, list) in [("People", f.people), ("Places", f.places), ("Organisations", f.organizations)] where !list.isEmpty {
            out += "\n\(title) (\(list.count))\n"
            for e in list {
                let aliases = e.aliases.isEmpty ? "" : " (also \(e.aliases.joined(separator: ", ")))"
                let count = e.mentions.count == 1 ? "1 mention" : "\(e.mentions.count) mentions"
                let sections = Set(e.mentions.map(\.section)).sorted().map { "§\($0 + 1)" }.joined(separator: " ")
                out += "  \(e.name)\(aliases)  \(count)  [\(sections)]\n"
            }
        }
        if !f.sources.isEmpty {
            out += "\nSources (\(f.sources.count))\n"
            for s in f.sources {
                out += "  \(s.name)\n"
                for c in s.claims { out += "    – \(Outline.shorten(c.text, to: 100))  [\(at(c))]\n" }
            }
        }
        return out
    }

    /// 11000 → "11,000"; 1.5 → "1.5"; 4500000000 → "4,500,000,000".
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 {
            let digits = String(Int64(v).magnitude)
            var grouped = ""
            for (i, ch) in digits.enumerated() {
                if i > 0, (digits.count - i) % 3 == 0 { grouped += "," }
                grouped.append(ch)
            }
            return (v < 0 ? "-" : "") + grouped
        }
        return String(v)
    }
}
