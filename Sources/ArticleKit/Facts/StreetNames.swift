/// Streets and squares are places, their word included (`via Losanna`, `piazza San Pietro`,
/// `rue Pasteur`, `Social Street`, `18th Street`, `Briller Straße`, `Viktoriastraße`): the keys
/// list them so, and the name inside is no person (`corso Vittorio Emanuele`). The words are a
/// closed class, by language: English `via` is a preposition, French `place` a noun.
extension NameFinder {
    /// Words before an Italian street's name.
    static let italianStreetWords: WordList = [
        "via", "viale", "corso", "piazza", "piazzale", "piazzetta", "largo", "vicolo", "lungomare", "lungotevere",
        "lungarno", "contrada",
    ]
    /// Street words whose name may follow a `di` (`via della Conciliazione`); not `corso` or
    /// `largo` (`nel corso della guerra`, `al largo di Lampedusa`).
    static let ofStreetWords: WordList = ["via", "viale", "piazza", "piazzale", "vicolo", "lungomare"]
    static let frenchStreetWords: WordList = ["rue", "avenue", "boulevard", "place", "quai", "impasse", "allée", "chemin", "cours"]
    static let spanishStreetWords: WordList = ["calle", "avenida", "plaza", "paseo", "carretera", "ronda", "travesía"]
    /// Words that end a street's name in English and German (`Mill Avenue`, `Nützenberger Straße`).
    static let streetEnds: WordList = [
        "street", "avenue", "road", "boulevard", "lane", "highway", "square", "parkway", "straße", "strasse", "allee", "gasse",
    ]
    /// Endings of a German street written as one word (`Viktoriastraße`, `Industriestrasse`).
    static let germanStreetEndings = ["straße", "strasse", "allee", "gasse"]

    /// True for a word that opens a street's name in the article's language.
    func isStreetWord(_ w: String) -> Bool {
        switch language {
        case .italian: Self.italianStreetWords.contains(w)
        case .french: Self.frenchStreetWords.contains(w)
        case .spanish: Self.spanishStreetWords.contains(w)
        case .unknown: Self.italianStreetWords.contains(w) || Self.frenchStreetWords.contains(w) || Self.spanishStreetWords.contains(w)
        case .english, .german: false
        }
    }

    /// The last token of a street ending at `e`: a road's number or letters after it (`State
    /// Highway 60`, `County Highway NN`).
    func streetEnd(_ block: ScannedBlock, _ e: Int) -> Int {
        guard Self.numberedRoads.contains(block.lower(e)), e + 1 < block.count, block[e + 1].spaceBefore else { return e }
        let t = block[e + 1]
        if t.kind == .number, t.suffix == .none { return e + 1 }
        if t.kind == .word, t.isAllCaps, block.lower(e + 1).utf8.count <= 3 { return e + 1 }
        return e
    }
    static let numberedRoads: WordList = ["highway", "route", "interstate"]

    /// The first token of a street named by the capitalised run `a...e`, or nil when it names
    /// none: the street word before it (`via Losanna`, `via della Conciliazione`), its own first
    /// word (`Piazza San Pietro`), or a street word at its end (`Mill Avenue`, `18th Street`).
    func streetStart(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Int? {
        if a < e, isStreetWord(block.lower(a)) { return a }
        if a >= 1, !block[a - 1].isCapitalized, isStreetWord(block.word(a - 1)) { return a - 1 }
        if a >= 2, !block[a - 1].isCapitalized, Self.orgConnectors.contains(block.word(a - 1)), !block[a - 2].isCapitalized,
           isStreetWord(block.word(a - 2)), Self.ofStreetWords.contains(block.word(a - 2)) { return a - 2 }
        let last = block.lower(e)
        // County Highway NN: a road's letters in the run.
        if e > a + 1, Self.numberedRoads.contains(block.lower(e - 1)), block[e].isAllCaps, last.utf8.count <= 3 { return a }
        if Self.streetEnds.contains(last) {
            if e > a, !gazetteer.organizationWords.contains(block.lower(a)) { return a }
            // 18th Street: an ordinal before the street word.
            if e == a, a >= 1, block[a - 1].kind == .number, block[a - 1].suffix == .ordinal, block[a].spaceBefore { return a - 1 }
        }
        if language == .german, a == e, let ending = Self.germanStreetEndings.first(where: { last.hasSuffix($0) }),
           last.utf8.count > ending.utf8.count + 2 { return a }
        return nil
    }
}
