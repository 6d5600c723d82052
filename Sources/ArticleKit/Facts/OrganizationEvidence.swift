/// Evidence for organisations no list holds, from the words around them, weighed over the whole
/// document before grouping: a name right after a noun that says what kind of body it is
/// (`i sindacati Uiltrasporti`, `le compagnie ferroviarie, come Trenord`, `the startup Masabi`,
/// `il gruppo Elmec`), and a name listed beside an organisation (`Uiltrasporti e Orsa`,
/// `Trenord e Trenitalia`): the list names bodies of one kind.
enum OrganizationEvidence {
    /// Nouns for a kind of body that a name may follow (a closed class, it/en/de/fr/es; singular
    /// and plural).
    static let classNouns: WordList = [
        "sindacato", "sindacati", "azienda", "aziende", "società", "compagnia", "compagnie", "impresa", "imprese",
        "gruppo", "associazione", "associazioni", "partito", "partiti", "marchio", "marchi", "startup", "emittente",
        "company", "companies", "firm", "firms", "union", "unions", "startups", "carrier", "carriers", "airline",
        "airlines", "retailer", "retailers", "brand", "brands", "broadcaster", "outlet", "nonprofit", "charity",
        "gewerkschaft", "gewerkschaften", "unternehmen", "firma", "firmen", "konzern", "partei", "parteien",
        "syndicat", "syndicats", "entreprise", "entreprises", "société", "sociétés", "groupe", "enseigne", "parti", "partis",
        "sindicato", "sindicatos", "empresa", "empresas", "compañía", "compañías", "grupo", "partido", "partidos",
        // Papers and periodicals (`il quotidiano La Stampa`, `Las revistas Science y Science Advances`).
        "quotidiano", "quotidiani", "giornale", "rivista", "riviste", "testata", "newspaper", "newspapers", "magazine",
        "journal", "zeitung", "zeitschrift", "revue", "quotidien", "revista", "revistas", "periódico", "diario",
    ]
    /// Articles, bare or joined to a preposition (it/fr/es), before a single capitalised word that
    /// no list or rule placed: a body (`la Cgil e l'Ugl`, `all'Ars`, `il MiC`, `de la Seita`); a
    /// town, a person or a month would have been known or kept apart by other evidence.
    static let romanceArticles: WordList = [
        "il", "lo", "la", "l'", "gli", "della", "dello", "dell'", "alla", "allo", "all'", "dalla", "dallo", "dall'",
        "nella", "nello", "nell'", "sulla", "sullo", "sull'", "les", "el", "los", "las",
    ]
    /// What may follow such a word: the end of a clause or of a list item (not `la Mostra del
    /// Cinema`, `le Fuerzas y Cuerpos`, `il Credito sportivo`, whose words go on).
    static let wordEnds: WordList = [",", ".", ";", ":", ")", "!", "?", "e", "ed", "et", ""]
    /// Words that introduce examples between the noun and the name (`come Trenord`, `such as Uber`).
    static let exampleWords: WordList = ["come", "like", "including", "as", "wie", "comme", "como", "tra", "cui", "such", "e.g."]

    static func reconciled(_ candidates: [NameCandidate], blocks: [ScannedBlock]) -> [NameCandidate] {
        var out = candidates
        for i in out.indices where open(out[i]) && afterClassNoun(out[i], blocks[out[i].block]) {
            out[i].kind = .organization
            out[i].confidence = 0.7
        }
        // An article before a short word no rule classified, an acronym written as a word, where it is
        // no person's name: la Cgil e l'Ugl, il MiC. (Longer ones are as often events and common
        // nouns: la Mostra, la Chiesa, il Recovery.)
        var nameWords: Set<Substring> = []
        for c in out where c.kind == .person || c.personContext { nameWords.formUnion(c.key.split(separator: " ")) }
        for i in out.indices where out[i].kind == .unknown && out[i].first == out[i].last && out[i].aliasOf == nil
            && romanceArticles.contains(out[i].before) && !nameWords.contains(Substring(out[i].key))
            && wordEnds.contains(out[i].after) && out[i].key.count <= 4 {
            out[i].kind = .organization
            out[i].confidence = 0.6
        }
        // A list runs both ways: propagate until nothing changes.
        var changed = true
        while changed {
            changed = false
            for i in out.indices where out[i].kind == .unknown && coordinatedWithOrganization(i, out) {
                out[i].kind = .organization
                out[i].confidence = 0.6
                changed = true
            }
        }
        return out
    }

    /// A name the rules could not classify, one that kept no person's evidence.
    private static func open(_ c: NameCandidate) -> Bool {
        c.aliasOf == nil && !c.nested && (c.kind == .unknown || (c.kind == .place && c.confidence < 0.9))
    }

    /// `NOUN [adjective] [,] [come|like|such as] NAME`: the noun says what the name is.
    static func afterClassNoun(_ c: NameCandidate, _ block: ScannedBlock) -> Bool {
        var k = c.first - 1
        var linked = false
        while k >= 0, exampleWords.contains(block.lower(k)), block[k].kind == .word, !block[k].isCapitalized {
            k -= 1
            linked = true
        }
        if block.isPunct(k, ",") {
            k -= 1
            linked = true
        }
        guard k >= 0, block[k].kind == .word, !block[k].isCapitalized else { return false }
        if classNouns.contains(block.lower(k)) { return true }
        // An adjective after the noun (`le compagnie ferroviarie, come Trenord`) only before a link.
        return linked && k >= 1 && !block[k].flags.contains(.stopword) && block[k - 1].kind == .word
            && !block[k - 1].isCapitalized && classNouns.contains(block.lower(k - 1))
    }

    /// `Uiltrasporti e Orsa`, `Usb, Adl Cobas e Cub`: a neighbour in a list is an organisation.
    private static func coordinatedWithOrganization(_ i: Int, _ candidates: [NameCandidate]) -> Bool {
        let c = candidates[i]
        // (Not a modifier: Trenton police and Washington County sheriff's deputies.)
        guard c.aliasOf == nil, !c.nested, !["'s", "’s"].contains(c.after) else { return false }
        func isOrganization(_ j: Int) -> Bool {
            let o = candidates[j]
            return o.block == c.block && o.kind == .organization && o.confidence >= 0.6 && !o.nested
        }
        let listGoesOn = c.before != "," || EntityGrouper.joins.contains(c.after) || EntityGrouper.listEnds.contains(c.after)
        if EntityGrouper.joins.contains(c.before), listGoesOn, i > 0, candidates[i - 1].last == c.first - 2, isOrganization(i - 1) { return true }
        if EntityGrouper.joins.contains(c.after), i + 1 < candidates.count, candidates[i + 1].first == c.last + 2, isOrganization(i + 1) { return true }
        return false
    }
}
