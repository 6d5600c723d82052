/// Towns of the German-, French- and Spanish-speaking countries that only `towns.txt` knows
/// (`Michendorf`, `Melun`, `Navaleno`): too many and too small to be places on their name
/// alone, so one is a place only where the words before it say so.
extension NameFinder {
    /// Prepositions of place before a town (it/en/de/fr/es): `à Melun`, `por Campotéjar`,
    /// `zwischen Michendorf`, `en Sada`.
    static let townPrepositions: WordList = [
        "in", "a", "at", "near", "from", "to", "vicino", "presso", "nach", "aus", "bei", "zwischen", "nahe", "à", "en",
        "près", "vers", "dans", "desde", "hacia", "por", "cerca",
    ]

    /// Nouns of a settlement or its people before `de`/`di`/`of` and a town (`localidad de Guadix`,
    /// `vecinos de Navaleno`, `quartier de Melun`, `municipios de Cantavieja`).
    static let townNouns: WordList = [
        "town", "village", "city", "municipality", "comune", "paese", "frazione", "città", "abitanti", "commune", "communes",
        "ville", "village", "quartier", "habitants", "localidad", "municipio", "municipios", "pueblo", "villa", "parroquia",
        "parroquias", "vecino", "vecinos", "vecina", "vecinas", "barrio", "término",
    ]

    /// Connectors between a settlement noun and its town.
    static let townConnectors: WordList = ["de", "di", "of", "du", "d'"]

    /// Capitalised German nouns of a settlement before its town (`Stadt Mühlacker`, `Stadtteil Lankow`).
    static let germanTownNouns: WordList = ["stadt", "gemeinde", "stadtteil", "ortsteil", "ort", "dorf", "kreisstadt", "ortschaft"]

    /// True when the run `a...e` (its key `whole`) is a town of `towns.txt` placed by the words
    /// before it: a preposition of place, a settlement noun and `de` (`vecinos de Navaleno`), or
    /// a conjunction after a town so placed (`de Sada y Bergondo`); never at a sentence start.
    func townNamed(_ block: ScannedBlock, _ index: Int, _ a: Int, _ e: Int, _ whole: String, _ out: [NameCandidate]) -> Bool {
        guard gazetteer.towns.contains(whole), !block[a].sentenceStart, block.word(e + 1) != ":" else { return false }
        let before = block.word(a - 1)
        if Self.townPrepositions.contains(before) { return true }
        if Self.townConnectors.contains(before), Self.townNouns.contains(block.word(a - 2)) { return true }
        if PlaceEvidence.conjunctions.contains(before), let previous = out.last, previous.block == index,
           previous.last == a - 2, previous.kind == .place, previous.confidence >= 0.9 { return true }
        return false
    }

    /// The first token of a town named after a German settlement noun in the same run (`Stadt
    /// Mühlacker`, `Schweriner Stadtteil Lankow`), or nil.
    func germanTownStart(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Int? {
        guard a < e, let m = (a..<e).last(where: { Self.germanTownNouns.contains(block.lower($0)) }), !block[m + 1].isAllCaps else { return nil }
        let rest = key(block, m + 1, e)
        return gazetteer.towns.contains(rest) || gazetteer.isPlace(rest) ? m + 1 : nil
    }
}
