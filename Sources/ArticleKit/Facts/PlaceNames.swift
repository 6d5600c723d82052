/// Places a run names with a qualifier or by an abbreviation: `Southern California`, `Greater
/// Sydney`, `Centro Italia`, `Italia centrale` (a known place with a compass or size word, a closed
/// class), `US`, `U.S.`, `UK` (the initials of a large country) and `Tempe, AZ`, `in NSW`, `the ACT
/// and NSW` (a state's postal code where the words around it say place; both from open data).
extension NameFinder {
    /// Capitalised words that make a region of the known place after them (`Southern California`).
    static let placeQualifiers: WordList = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "greater", "upper", "lower", "inner", "outer",
        "nord", "sud", "centro", "ovest", "alta", "alto", "bassa", "basso", "nord-est", "nord-ovest", "sud-est", "sud-ovest",
        "nordost", "nordwest", "südost", "südwest", "ober", "nieder", "haute", "basse", "norte", "sur", "oeste",
    ]
    /// Lower-case adjectives that make a region of the known place before them (`Italia centrale`).
    static let placeFollowingQualifiers: WordList = [
        "centrale", "settentrionale", "meridionale", "orientale", "occidentale", "insulare",
    ]

    /// True when the run `a...e` is a qualifier and a place the lists know (`West Los Angeles`),
    /// the whole being unknown to them.
    func qualifiedPlace(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Bool {
        a < e && block[a].isCapitalized && Self.placeQualifiers.contains(block.lower(a)) && gazetteer.places.contains(key(block, a + 1, e))
    }

    /// The place's last token with a qualifier after it (`Italia centrale`), else `e`.
    func placeEnd(_ block: ScannedBlock, _ e: Int) -> Int {
        e + 1 < block.count && block[e + 1].kind == .word && !block[e + 1].isCapitalized
            && Self.placeFollowingQualifiers.contains(block.lower(e + 1)) ? e + 1 : e
    }

    /// True when the capitalised function word at `k` opens a place's name with the capitalised
    /// words after it (`New York`, `New South Wales`, `La Spezia`, `The Hague`).
    func startsPlace(_ block: ScannedBlock, _ k: Int) -> Bool {
        guard k + 1 < block.count, block[k].isCapitalized, block[k + 1].kind == .word, block[k + 1].isCapitalized,
              block[k + 1].spaceBefore, !block[k + 1].flags.contains(.stopword) else { return false }
        var last = k + 1
        while true {
            if gazetteer.isPlace(key(block, k, last)) { return true }
            last += 1
            guard last - k < min(gazetteer.longestName, 4), last < block.count, block[last].kind == .word,
                  block[last].isCapitalized, block[last].spaceBefore else { return false }
        }
    }

    /// The letters of an abbreviation the run `a...e` spells, lower-cased and without dots
    /// (`US` and `U.S` are `us`), with the index of its last token (a glued final dot included);
    /// nil for anything else.
    func abbreviation(_ block: ScannedBlock, _ a: Int, _ e: Int) -> (letters: String, last: Int)? {
        if a == e {
            guard block[a].isAllCaps, block.lower(a).utf8.count <= 4 else { return nil }
            return (block.lower(a), a)
        }
        guard (e - a) % 2 == 0, e - a <= 6 else { return nil }
        var letters = ""
        for k in stride(from: a, through: e, by: 2) {
            guard block[k].kind == .word, block[k].isCapitalized, block.lower(k).utf8.count == 1 else { return nil }
            if k < e, !(block.isPunct(k + 1, ".") && !block[k + 1].spaceBefore && !block[k + 2].spaceBefore) { return nil }
            letters += block.lower(k)
        }
        let last = block.isPunct(e + 1, ".") && !block[e + 1].spaceBefore ? e + 1 : e
        return (letters, last)
    }

    /// Words before a state's code that make it the state (`in NSW`, `across the ACT`, `most of
    /// NSW`, `northern NSW`); a two-letter code (`ID`, `MD`, also words) takes only the first few.
    static let abbreviationPrepositions: WordList = [
        "in", "across", "throughout", "of", "through", "into", "from", "to", "near", "outside", "around",
        "northern", "southern", "eastern", "western", "central", "inland", "regional", "rural", "coastal",
    ]
    static let shortAbbreviationPrepositions: WordList = ["in", "across", "throughout"]
    /// Words after a state's code that make it the state (`the SA government`).
    static let stateInstitutions: WordList = ["government", "premier", "parliament", "governor"]
    static let listJoins: WordList = ["and", "or", ","]

    /// The last token of the place abbreviation the run `a...e` is, or nil: a large country's
    /// initials anywhere but in a line of capitals; a state's code where the words around say
    /// place (after a town and a comma, a preposition, beside another place, before `government`).
    func placeAbbreviation(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Int? {
        guard let (letters, last) = abbreviation(block, a, e) else { return nil }
        let capitalsAround = (a > 0 && block[a - 1].isAllCaps && block[a - 1].kind == .word)
            || (last + 1 < block.count && block[last + 1].isAllCaps && block[last + 1].kind == .word)
        if gazetteer.countryInitials.contains(letters) { return capitalsAround && a == e ? nil : last }
        guard gazetteer.subdivisionCodes.contains(letters) else { return nil }
        var before = a - 1
        if block.word(before) == "the" { before -= 1 }
        // TEMPE, AZ; Edison, N.J.: a town (a dateline's capitals or a known one), a comma and the
        // state; not a degree after a person's name (Wesley Self, MD).
        if block.isPunct(a - 1, ","), a >= 2, block[a - 2].kind == .word,
           block[a - 2].isAllCaps || gazetteer.isPlace(block.lower(a - 2)) { return last }
        let short = letters.utf8.count == 2 && a == e
        if (short ? Self.shortAbbreviationPrepositions : Self.abbreviationPrepositions).contains(block.word(before)) { return last }
        if Self.stateInstitutions.contains(block.word(last + 1)) { return last }
        // South Australia, Victoria, the ACT and NSW: beside another place or code.
        func placeAt(_ k: Int) -> Bool {
            guard k >= 0, k < block.count, block[k].kind == .word, block[k].isCapitalized else { return false }
            return gazetteer.places.contains(block.lower(k)) || (block[k].isAllCaps && gazetteer.subdivisionCodes.contains(block.lower(k)))
        }
        if Self.listJoins.contains(block.word(before)), placeAt(before - 1) { return last }
        if Self.listJoins.contains(block.word(last + 1)), placeAt(last + 2) { return last }
        return nil
    }
}

extension Gazetteer {
    /// True for a key that is a qualifier and a known place (`centro italia`, `southern california`).
    func isQualifiedPlace(_ key: String) -> Bool {
        guard let space = key.firstIndex(of: " "), NameFinder.placeQualifiers.contains(String(key[..<space])) else { return false }
        return places.contains(String(key[key.index(after: space)...]))
    }
}
