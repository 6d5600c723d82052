import ArticleKit

/// `leggio-eval --file NAME`: one document's parse and facts beside its key, line by line.
enum DocumentDiff {
    static func print(_ r: DocumentResult, peer model: String? = nil) {
        let key = r.document.key
        Swift.print("\(r.document.name) (\(r.document.split.rawValue), \(key.language), \(key.shapes.joined(separator: ", ")))")
        if let failure = r.failure { Swift.print("failed: \(failure)"); return }
        guard let s = r.structure, let f = r.facts else { return }
        func line(_ ok: Bool, _ what: String, _ got: String, _ want: String) {
            Swift.print("\(ok ? "  ok " : "  XX ") \(what): \(got)" + (ok ? "" : "   (key: \(want))"))
        }
        line(s.titleRight, "title", s.parsedTitle ?? "none", key.title ?? "none")
        line(s.ledeRight, "lede", s.parsedLede.map { String($0.prefix(80)) } ?? "none", key.lede ?? "none")
        line(s.headingsRight == s.headingsKeyed && s.headingsFound == s.headingsKeyed, "headings \(s.headingsRight) right of \(s.headingsFound) found, \(s.headingsKeyed) keyed",
             s.parsedHeadings.joined(separator: " | "), key.headings.joined(separator: " | "))
        line(s.paragraphsWithinTenPercent, "paragraphs", "\(s.paragraphs)", "\(s.paragraphsKeyed)")
        line(s.boilerplateKept.isEmpty, "boilerplate kept", s.boilerplateKept.joined(separator: " | "), "none of \(s.boilerplateKeyed)")
        line(s.coverage >= 0.99, "words kept or dropped", String(format: "%.1f%%", s.coverage * 100), "≥ 99%")
        line(s.dateRight, "date", s.parsedDate ?? "none", key.date ?? "none")
        line(s.languageRight, "language", s.parsedLanguage, key.language)
        for category in FactCategory.allCases { counts(category, f) }
        if let model, let peer = r.peerFacts {
            Swift.print("spaCy (\(model)):")
            for category in PeerReport.categories { counts(category, peer) }
        }
    }

    static func counts(_ category: FactCategory, _ score: FactScore) {
        let c = score.counts[category] ?? FactCount()
        Swift.print("  \(category.rawValue): \(c.matched) right of \(c.found) found, \(c.keyed) keyed")
        if !c.wrong.isEmpty { Swift.print("      wrong:  " + c.wrong.joined(separator: " | ")) }
        if !c.missed.isEmpty { Swift.print("      missed: " + c.missed.joined(separator: " | ")) }
    }

    /// `--claims`: each cited source the extractor finds, with its claims, one line a source.
    static func claims(_ facts: Facts) -> [String] {
        facts.sources.map { source in
            "  \(source.name): " + source.claims.map { "«\($0.text)»" }.joined(separator: " ")
                + (source.unlistedClaims > 0 ? " (+\(source.unlistedClaims))" : "")
        }
    }
}
