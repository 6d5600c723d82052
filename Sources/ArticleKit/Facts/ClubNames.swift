/// Sports clubs named after their town (`VfL Bochum`, `AS Roma`, `Manchester City`, `Hannover
/// 96`, `a 3-1 win over Bolton`, `dopo i play-off con il Venezia`): the club, not the place.
/// The words are closed classes: club abbreviations and endings, opponent words, leagues.
extension NameFinder {
    /// Abbreviations that only open a club's name (`FC Bayern`, `VfL Bochum`, `SSC Napoli`).
    static let clubOpeners: WordList = ["fc", "afc", "vfl", "vfb", "tsv", "fsv", "ssc", "usd", "asd", "ssd", "rcd", "bsc"]
    /// Words that open a club's name when a town follows (`AS Roma`, `Real Madrid`, `SV Werder`),
    /// and mean something else otherwise (`US Army`, `AC unit`, `Real Estate`).
    static let townClubOpeners: WordList = [
        "ac", "as", "ss", "us", "sv", "sc", "cf", "cd", "ud", "sd", "real", "olympique", "sporting", "atlético", "athletic",
        "racing", "dynamo", "dinamo",
    ]
    /// Words that close a club's name after its town (`Manchester City`, `Leeds United`).
    static let clubEnders: WordList = ["united", "city", "fc", "afc", "hotspur", "albion", "rovers", "wanderers", "calcio", "bsc", "athletic"]
    /// Words before an opponent (`a win over Bolton`, `against Tottenham`, `gegen Hannover`).
    static let opponentWords: WordList = ["against", "over", "beat", "beating", "vs", "v", "versus", "contro", "gegen", "contre", "contra"]
    /// Capitalised words of a league's name: an article that holds one is about sport.
    static let leagueWords: WordList = ["league", "bundesliga", "liga", "ligue", "serie", "eredivisie", "fifa", "uefa"]
    /// Articles before a town that make it its club in Italian sports prose (`il Venezia`, `dal Milan`).
    static let clubArticles: WordList = [
        "il", "lo", "del", "dello", "al", "allo", "dal", "dallo", "nel", "col", "sul", "la", "della", "alla", "dalla", "sulla",
    ]

    /// True when the article names a league mid-sentence (`Premier League`, `Serie A`, `Bundesliga`).
    static func isAboutSport(_ midSentenceCapitals: Set<String>) -> Bool { leagueWords.contains { midSentenceCapitals.contains($0) } }

    /// The last token of a club the run `a...e` names by its own words, or nil: an abbreviation
    /// or a town with a club word (`VfL Bochum`, `AS Roma`, `Leeds United`), or a town and a
    /// two-digit number (`Hannover 96`, `Mainz 05`), the number included.
    func clubEnd(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Int? {
        if a < e, Self.clubOpeners.contains(block.lower(a)) { return e }
        if a < e, Self.townClubOpeners.contains(block.lower(a)), gazetteer.isPlace(key(block, a + 1, e)) { return e }
        if a < e, Self.clubEnders.contains(block.lower(e)), gazetteer.isPlace(key(block, a, e - 1)), !gazetteer.isPlace(key(block, a, e)) {
            return e
        }
        if e + 1 < block.count, block[e + 1].kind == .number, block[e + 1].spaceBefore,
           block.lower(e + 1).utf8.count == 2, block[e + 1].suffix == .none, gazetteer.isPlace(key(block, a, e)),
           e + 2 >= block.count || (block[e + 2].kind != .number
               && !(block[e + 2].kind == .word && !block[e + 2].isCapitalized && !block[e + 2].flags.contains(.stopword))) {
            return e + 1
        }
        return nil
    }

    /// True when, in an article about sport, the words around the run `a...e` make it a team: an
    /// opponent word before it, a score next to it (`Manchester United 1-1 Southampton`), or in
    /// Italian an article before a town (`il Venezia`).
    func playsAsClub(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Bool {
        guard aboutSport else { return false }
        let before = block.word(a - 1)
        if Self.opponentWords.contains(before) { return true }
        if NameFinder.articles.contains(before), Self.opponentWords.contains(block.word(a - 2)) { return true }
        if isScore(block, e + 1) || isScore(block, a - 3) { return true }
        if language == .italian, Self.clubArticles.contains(before), gazetteer.municipalities.contains(key(block, a, e)) { return true }
        return false
    }

    /// `1-1`, `3:0`: a number, a dash or colon and a number, glued.
    func isScore(_ block: ScannedBlock, _ k: Int) -> Bool {
        guard k >= 0, k + 2 < block.count, block[k].kind == .number, block[k + 2].kind == .number,
              !block[k + 1].spaceBefore, !block[k + 2].spaceBefore else { return false }
        let mark = block.lower(k + 1)
        return mark == "-" || mark == "–" || mark == ":"
    }
}
