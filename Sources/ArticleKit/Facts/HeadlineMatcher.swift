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
                    } else if n == 2, listedPerson(block, p) {
                        kind = .person  // Pep Guardiola, Manuel Pellegrini, Graham Potter and more
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

    /// Marks that set a name apart in a headline's list (`A, B and C`, `Reaction: A`).
    static let listMarks: WordList = [",", ":", ";", "|", "–", "—", "and", "e", "und", "et", "y", "&"]

    /// A given name and a surname standing alone in a headline, or as an item of a list in it
    /// (`Manuel Pellegrini`; `…: Pep Guardiola, Manuel Pellegrini, Graham Potter and more`): a
    /// person. Not a given name that opens a title-case phrase (`Grace Period Ends`).
    func listedPerson(_ block: ScannedBlock, _ p: Int) -> Bool {
        let g = gazetteer
        guard p + 1 < block.count, g.givenNames.contains(block.lower(p)), !g.personTitles.contains(block.lower(p)) else { return false }
        let s = block[p + 1]
        let surname = block.lower(p + 1)
        guard s.kind == .word, s.isCapitalized, !s.isAllCaps, !s.flags.contains(.stopword), !g.isPlace(surname),
              !g.givenNames.contains(surname), !g.organizationWords.contains(surname), !g.personTitles.contains(surname) else { return false }
        let opens = p == 0 || Self.listMarks.contains(block.lower(p - 1))
        let closes = p + 2 == block.count || Self.listMarks.contains(block.lower(p + 2))
        // (At a title's start only before a mark, not a conjunction: Pep Guardiola, …)
        return opens && closes && (p > 0 || p + 2 == block.count || block[p + 2].kind == .punct)
    }
}
