/// Finds names in titles and headings, where every word may be capitalised: only names the
/// article's prose already established, or that the gazetteers know, are taken.
struct HeadlineMatcher {
    let gazetteer: Gazetteer
    let maker: MentionMaker

    func match(_ block: ScannedBlock, into grouper: inout EntityGrouper) {
        let longest = max(gazetteer.longestName, 4)
        var p = 0
        while p < block.count {
            let t = block[p]
            guard t.kind == .word, t.isCapitalized, !t.flags.contains(.stopword) else { p += 1; continue }
            var matched = 0
            var n = min(longest, block.count - p)
            while n >= 1 {
                let last = p + n - 1
                if (p...last).allSatisfy({ block[$0].kind == .word }), block[last].isCapitalized {
                    // Words joined as the prose's keys are: no space after a glued elision (Valle d'Aosta).
                    var key = block.lower(p)
                    if last > p {
                        for k in p + 1...last {
                            if block[k].spaceBefore || !NameFinder.endsInApostrophe(block.lower(k - 1)) { key += " " }
                            key += block.lower(k)
                        }
                    }
                    var kind: Entity.Kind?
                    if let idx = grouper.entity(forKey: key) {
                        kind = grouper.entities[idx].kind
                    } else if p == 0 {
                        // A headline's first word is capitalised anyway (`Reading the tide tables`):
                        // only a name the prose established is taken there.
                    } else if gazetteer.places.contains(key) || gazetteer.isQualifiedPlace(key) {
                        kind = .place
                    } else if gazetteer.isOrganization(key) {
                        kind = .organization
                    }
                    if let kind {
                        grouper.addHeadlineMention(kind: kind, key: key, mention: maker.mention(block, p, last))
                        matched = n
                        break
                    }
                }
                n -= 1
            }
            p += max(matched, 1)
        }
    }
}
