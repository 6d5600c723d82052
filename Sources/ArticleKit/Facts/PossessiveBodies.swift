/// Bodies named after whose they are: an office-holder's or a group's possessive before a
/// capitalised name ending in an organisation's head word (`Manatee County Sheriff’s Office`,
/// `Attorney General's Office`, `Law Officers’ Department`, `Children's Hospital`). The name
/// runs across the possessive; a person's possessive (`Trump's Justice Department`) does not join.
extension NameFinder {
    /// Plural nouns whose possessive opens a body's name (`Children's Hospital`, `Women's Aid`).
    static let possessivePlurals = OrganizationNameWords.bundled.possessivePlurals

    /// The last token of a body named across a possessive after the run `k...e`, or nil: `'s`
    /// after an office-holder's title or a plural (`Sheriff’s`, `Children's`), or a bare
    /// apostrophe after a plural in `s` (`Officers’`), then a capitalised run that ends in an
    /// organisation's head word.
    func possessiveBodyEnd(_ block: ScannedBlock, _ k: Int, _ e: Int, _ consumed: [Bool]) -> Int? {
        guard e + 2 < block.count, block[e].isCapitalized else { return nil }
        let possessor = block.lower(e)
        let next = block[e + 1]
        if next.kind == .word, block.lower(e + 1) == "'s" {
            guard gazetteer.personTitles.contains(possessor) || Self.possessivePlurals.contains(possessor) else { return nil }
        } else if next.kind == .punct, !next.spaceBefore, ["'", "’"].contains(block.lower(e + 1)) {
            guard possessor.hasSuffix("s"), possessor.utf8.count > 3 else { return nil }
        } else {
            return nil
        }
        guard block[e + 2].spaceBefore, isNameWord(block, e + 2, consumed) else { return nil }
        // The name's own words end at a connector: Sheriff’s Office of Professional Responsibility.
        let end = runEnd(block, e + 2, consumed)
        let head = (e + 2...end).first { !block[$0].isCapitalized }.map { $0 - 1 } ?? end
        return gazetteer.organizationWords.contains(block.lower(head)) ? end : nil
    }

    /// Records the body `k...end` named across a possessive, with its `of` phrase (`Sheriff’s
    /// Office of Professional Responsibility`); returns where scanning goes on.
    func readPossessiveBody(_ block: ScannedBlock, _ index: Int, _ k: Int, _ end: Int, _ consumed: [Bool],
                            _ out: inout [NameCandidate]) -> Int {
        let last = extendOrganization(block, from: end, consumed)
        let declarer = out.count
        out.append(NameCandidate(kind: .organization, block: index, first: k, last: last, key: key(block, k, last),
                                 text: maker.text(block, k, last), before: block.word(k - 1), after: block.word(last + 1)))
        nestedPlaces(block, index, k + 1, last, &out)
        return readAlias(block, index, after: last, declarer: declarer, kind: .organization, consumed, &out)
    }

    /// Words that name a broadcaster's medium: a number right after one is its channel (`BBC
    /// Radio 4`, `Channel 4`, `Rai 3`), part of the name.
    static let channelWords = OrganizationNameWords.bundled.channelWords

    /// The last token of a broadcaster's name ending at `e`: the channel number after it (`BBC
    /// Radio 4`) when nothing but punctuation or a lower-case word follows, else `e`.
    func channelEnd(_ block: ScannedBlock, _ e: Int, _ consumed: [Bool]) -> Int {
        guard e + 1 < block.count, Self.channelWords.contains(block.lower(e)), !consumed[e + 1] else { return e }
        let n = block[e + 1]
        guard n.kind == .number, n.spaceBefore, n.end - n.start <= 2,
              block.lower(e + 1).utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return e }
        if e + 2 < block.count {
            let after = block[e + 2]
            // Not a score or a range: Radio 4-1, Canale 5/6.
            if after.kind == .punct, !after.spaceBefore, ["-", "/", ":", ".", ","].contains(block.lower(e + 2)) && e + 3 < block.count
                && block[e + 3].kind == .number { return e }
            if after.kind == .number || (after.kind == .word && after.isCapitalized && after.spaceBefore) { return e }
        }
        return e + 1
    }
}
