import ArticleKit
import Foundation

/// The readable, grouped facts printed by `leggio facts`.
enum FactsOutline {
    static func render(_ f: Facts, path: String?) -> String {
        var out = "\(path ?? "(input)")\n"
        if f.unreadBytes > 0 { out += unreadNote(f.unreadBytes) + "\n" }
        if f.isEmpty { return out + "\nNo facts found.\n" }
        func at(_ m: Mention) -> String {
            let s = m.span
            let lines = s.firstLine == s.lastLine ? "line \(s.firstLine)" : "lines \(s.firstLine)–\(s.lastLine)"
            return "§\(m.section + 1) \(lines)"
        }
        /// " (N more counted, not listed)" when N > 0.
        func more(_ n: Int) -> String { n > 0 ? " (\(n.formatted()) more counted, not listed)" : "" }
        if !f.figures.isEmpty {
            out += "\nFigures (\(f.figures.count))\(more(f.unlisted.figures))\n"
            for fig in f.figures {
                var what = number(fig.value)
                if let unit = fig.unit { what += unit == "%" ? "%" : " \(unit)" }
                if let counts = fig.counts { what += " \(counts)" }
                let hedge = fig.qualifier == .exact ? "" : "\(fig.qualifier.rawValue) "
                out += "  \(hedge)\(what)  «\(fig.text)»  [\(at(fig.mention))]\n"
            }
        }
        if !f.dates.isEmpty {
            out += "\nDates (\(f.dates.count))\(more(f.unlisted.dates))\n"
            for d in f.dates { out += "  \(d.iso)  «\(d.text)»  [\(at(d.mention))]\n" }
        }
        let groups = [("People", f.people, f.unlisted.people), ("Places", f.places, f.unlisted.places),
                      ("Organisations", f.organizations, f.unlisted.organizations)]
        for (title, list, unlisted) in groups where !list.isEmpty {
            out += "\n\(title) (\(list.count))\(more(unlisted))\n"
            for e in list {
                let aliases = e.aliases.isEmpty ? "" : " (also \(e.aliases.joined(separator: ", ")))"
                let count = e.mentionCount == 1 ? "1 mention" : "\(e.mentionCount) mentions"
                let sections = Set(e.mentions.map(\.section)).sorted().map { "§\($0 + 1)" }.joined(separator: " ")
                out += "  \(e.name)\(aliases)  \(count)  [\(sections)]\n"
            }
        }
        if !f.sources.isEmpty {
            out += "\nSources (\(f.sources.count))\(more(f.unlisted.sources))\n"
            for s in f.sources {
                out += "  \(s.name)\n"
                for c in s.claims { out += "    – \(Outline.shorten(c.text, to: 100))  [\(at(c))]\n" }
                if s.unlistedClaims > 0 { out += "    \(s.unlistedClaims.formatted()) more claims counted, not listed\n" }
            }
        }
        return out
    }

    /// What facts did not read: "Facts are read from the first 8 MiB of text; 187.4 MiB after it were not read."
    static func unreadNote(_ bytes: Int) -> String {
        let mib = { (n: Int) in Double(n) / 1_048_576 }
        let read = FactLimits.standard.textBytes
        return "Facts are read from the first \(Int(mib(read))) MiB of text; \(String(format: "%.1f", mib(bytes))) MiB after it were not read."
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
