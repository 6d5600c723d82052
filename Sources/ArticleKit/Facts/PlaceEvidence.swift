/// Evidence about places from the whole document, weighed before grouping: a capitalised word
/// after `in` that the text also writes in lower case is a common word (`in Apps`, `In Fall`), as
/// is one followed by a number (`in Clang 11`) or a short month (`Sydney, Nov. 5`); in an article
/// about sport, a town never named after a place word (`in`, `a`, `at`) is its club (`Sassuolo,
/// Udinese, Bologna e Cagliari`, `Liverpool's display`).
enum PlaceEvidence {
    /// Words that name a place right before it, in any of the languages.
    static let placeContext: WordList = [
        "in", "a", "at", "near", "to", "from", "into", "da", "vicino", "presso", "verso", "nach", "aus", "bei", "à", "en", "dans",
        "près", "desde", "hacia", "of", "di",
    ]
    /// Lower-case words of sports reporting (a closed class, it/en/de/fr/es): two in an article,
    /// or a league named in it, make it about sport.
    static let sportWords: WordList = [
        "allenatore", "allenatori", "panchina", "panchine", "partita", "campionato", "calciomercato", "gol", "rigore",
        "coach", "match", "goalkeeper", "striker", "midfielder", "defender", "fixture", "kick-off", "equaliser", "equalizer",
        "vs", "trainer", "torwart", "stürmer", "abstieg", "klassenerhalt", "relegation", "entraîneur", "buteur", "entrenador",
        "partido", "goleador", "delantero", "portero",
    ]
    /// Seasons, capitalised in some styles (`In Fall of 1985`).
    static let seasons: WordList = [
        "spring", "summer", "autumn", "fall", "winter", "primavera", "estate", "autunno", "inverno", "frühling", "sommer",
        "herbst", "printemps", "été", "automne", "hiver", "verano", "otoño", "invierno",
    ]

    static func reconciled(_ candidates: [NameCandidate], blocks: [ScannedBlock]) -> [NameCandidate] {
        var out = candidates
        // Single-word unknowns the place rule would take (after `in`, beside a place): common
        // words when short months, seasons or before a number, else when written in lower case too.
        var doubted: Set<String> = []
        var asked: [String] = []
        var towns = false
        for c in out {
            if c.kind == .place, !c.nested, c.first == c.last { towns = true }
            guard c.kind == .unknown, c.first == c.last else { continue }
            guard EntityGrouper.placePrepositions.contains(c.before) || EntityGrouper.joins.contains(c.before)
                    || EntityGrouper.joins.contains(c.after) else { continue }
            let block = blocks[c.block]
            let t = block[c.first]
            if t.flags.contains(.monthAbbreviation) || t.flags.contains(.month) || seasons.contains(c.key)
                || (c.last + 1 < block.count && block[c.last + 1].kind == .number && block[c.last + 1].spaceBefore) {
                doubted.insert(c.key)  // Sydney, Nov. 5; In Fall of 1985; in Clang 11
            } else {
                asked.append(c.key)
            }
        }
        if !asked.isEmpty || towns {
            let wanted = WordSet(asked)
            // Lengths of the wanted words, as bits: most words are not hashed at all.
            var lengths: UInt64 = 0
            for key in asked { lengths |= 1 << UInt64(min(key.utf8.count, 63)) }
            var sport = 0
            // With no word asked about, only the sport count is wanted, and only up to 2.
            let ask = !asked.isEmpty
            for block in blocks where !block.isHeadline {
                if !ask, !towns || sport >= 2 { break }
                for k in 0..<block.count where block[k].kind == .word {
                    let t = block[k]
                    if !t.isCapitalized {
                        if t.flags.contains(.sport) { sport += 1 }
                        guard ask else { continue }
                        let w = block.lower(k)
                        if lengths & (1 << UInt64(min(w.utf8.count, 63))) != 0, wanted.contains(w) { doubted.insert(w) }  // in Apps; using apps
                    } else if towns, sport < 2, !t.sentenceStart, t.end - t.start <= 10, NameFinder.leagueWords.contains(block.lower(k)) {
                        sport = 2
                    }
                }
            }
            if towns, sport >= 2 { out = clubs(out) }
        }
        // A town joined to a sure place is listed with it (`tra San Cesareo e Rocca Priora`).
        for i in out.indices where out[i].kind == .place && out[i].confidence < 0.5 && !out[i].nested && listedWithPlace(i, out) {
            out[i].confidence = 0.9
        }
        // Every mention of a doubted word (`Apps aren't`, `due to Clang 11 bugs`).
        if !doubted.isEmpty {
            for i in out.indices where out[i].kind == .unknown && doubted.contains(out[i].key) { out[i].confidence = min(out[i].confidence, 0.3) }
        }
        return out
    }

    /// True when the candidate and a sure place beside it are joined by `e`, `and`, `o`, `or`
    /// (not a comma: `Fonte: Istat, Roma` is a credit).
    static func listedWithPlace(_ i: Int, _ candidates: [NameCandidate]) -> Bool {
        let c = candidates[i]
        func sure(_ j: Int) -> Bool {
            let o = candidates[j]
            return o.block == c.block && o.kind == .place && !o.nested && o.confidence >= 0.9
        }
        if conjunctions.contains(c.after), i + 1 < candidates.count, candidates[i + 1].first == c.last + 2, sure(i + 1) { return true }
        if conjunctions.contains(c.before), i > 0, candidates[i - 1].last == c.first - 2, sure(i - 1) { return true }
        return false
    }
    /// Words that join the items of a list of places.
    static let conjunctions: WordList = ["e", "ed", "and", "o", "or", "et", "und", "y"]

    /// In an article about sport, the towns never named after a place word are clubs.
    static func clubs(_ candidates: [NameCandidate]) -> [NameCandidate] {
        var placed: Set<String> = []
        for c in candidates where c.kind == .place && placeContext.contains(c.before) { placed.insert(c.key) }
        var out = candidates
        for i in out.indices where out[i].kind == .place && !out[i].nested && out[i].first == out[i].last && !placed.contains(out[i].key) {
            out[i].kind = .organization
            out[i].confidence = min(out[i].confidence, 0.7)
        }
        return out
    }
}
