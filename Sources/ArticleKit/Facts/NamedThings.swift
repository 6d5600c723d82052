/// A person's name given to a building: a stadium, a theatre, a school, a station, an airport
/// (`allo stadio Giuseppe Meazza`, `au lycée Victor Hugo`, `the Charles de Gaulle airport`). The
/// common noun beside the name, in lower case, says so; the name is no person there.
extension NameFinder {
    /// Lower-case nouns of buildings named after someone, right before the name (it, fr, es).
    static let buildingsBeforeName: WordList = [
        "stadio", "teatro", "liceo", "aeroporto", "ospedale", "policlinico", "palazzetto", "palestra", "stazione", "auditorium",
        "lycée", "collège", "stade", "théâtre", "aéroport", "gare", "gymnase",
        "estadio", "aeropuerto", "polideportivo", "pabellón", "colegio",
    ]
    /// Lower-case English nouns of buildings named after someone, right after the name.
    static let buildingsAfterName: WordList = [
        "airport", "stadium", "hospital", "school", "station", "bridge", "expressway", "highway", "tunnel", "building", "college",
        "university", "library", "museum", "theatre", "theater", "center", "centre",
    ]

    /// True when the run `a...e` names a building after someone: its noun in lower case right
    /// before it (`allo stadio Giuseppe Meazza`) or, in English, right after it (`Charles de Gaulle airport`).
    func namesABuilding(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Bool {
        if a >= 1, block[a - 1].kind == .word, !block[a - 1].isCapitalized, Self.buildingsBeforeName.contains(block.lower(a - 1)) {
            return true
        }
        return e + 1 < block.count && block[e + 1].kind == .word && !block[e + 1].isCapitalized
            && Self.buildingsAfterName.contains(block.lower(e + 1))
    }

    /// Italian sport and gossip pages put `la` before a woman's name (`testa a testa con la
    /// Stefanie Manivoz`): after these articles a name stays a person's.
    static let feminineArticles: WordList = ["la", "della", "alla", "dalla", "nella", "sulla"]

    /// `del Regina Caeli`, `the Grace of God`, `l'Andrea Doria`: a name opening with a given name
    /// right after an article, with no noun after it, names a thing (a prayer, a ship, a work);
    /// a man's name takes no article in the news. Not before a noun (`the Donald Trump
    /// administration` names the person), nor after a feminine one (`con la Stefanie Manivoz`).
    func namedWithArticle(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Bool {
        guard a >= 1, block[a - 1].kind == .word, !block[a - 1].isCapitalized, Self.determiners.contains(block.lower(a - 1)),
              !Self.feminineArticles.contains(block.lower(a - 1)) else { return false }
        return !(e + 1 < block.count && block[e + 1].kind == .word && !block[e + 1].isCapitalized && !block[e + 1].flags.contains(.stopword))
    }
}
