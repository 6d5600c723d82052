/// Organisation names beyond a capitalised run: the words that extend one (`Banca centrale
/// europea`, `Agenzia di spionaggio di Seul`), names built on a lower-case word (`il ministero
/// della Difesa sudcoreano`, `the South Korean defence ministry`) and places named inside them.
extension NameFinder {
    /// Places named inside an organisation's name (`Agenzia di spionaggio di Seul`, `… del Mar Ligure`).
    func nestedPlaces(_ block: ScannedBlock, _ index: Int, _ from: Int, _ to: Int, _ out: inout [NameCandidate]) {
        var m = from
        while m <= to {
            // After a connector or a head word: the Seul of `Agenzia di Seul`, the Liguria of `Regione
            // Liguria`, not the Stanley of `Morgan Stanley`.
            guard block[m].isCapitalized, Self.orgConnectors.contains(block.word(m - 1))
                    || (gazetteer.organizationWords.contains(block.lower(m - 1)) && !Self.namedHeads.contains(block.lower(m - 1))) else {
                m += 1
                continue
            }
            let end = m + 1 <= to && block[m + 1].isCapitalized && gazetteer.places.contains(key(block, m, m + 1)) ? m + 1 : m
            if end > m || gazetteer.places.contains(block.lower(m)) {
                var place = NameCandidate(kind: .place, block: index, first: m, last: end, key: key(block, m, end),
                                          text: maker.text(block, m, end), before: block.word(m - 1), after: block.word(end + 1))
                place.nested = true
                out.append(place)
            }
            m = end + 1
        }
    }

    /// Ends of German compound nouns that name a kind of body (a closed class): a compound made on
    /// one, with a name after it, is that body (`Stadtverwaltung Mühlacker`, `Grundschule Hausen`,
    /// `Verwaltungsgerichtshof Baden-Württemberg`), as `Bank of England` is after its head word.
    static let germanBodyEndings = OrganizationNameWords.bundled.germanBodyEndings

    /// True for a German compound made on a body's head (`stadtverwaltung`, `anna-grundschule`):
    /// an ending of `germanBodyEndings` after at least three letters of its own.
    static func isGermanBodyCompound(_ lower: String) -> Bool {
        let n = lower.count
        return germanBodyEndings.contains { lower.hasSuffix($0) && n >= $0.count + 3 }
    }

    /// The last token before a second body in the run `a...e`, or nil: a body a list names in full
    /// or a place, then a connector and an organisation's head word (`codice Istat del Comune`,
    /// `dirigente a Roma dell'Agenzia per la Coesione`) are two names, as a body's name starts
    /// at its head.
    func secondBodyStart(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Int? {
        guard a + 2 <= e, let m = (a + 1..<e).first(where: { !block[$0].isCapitalized && Self.orgConnectors.contains(block.lower($0)) }),
              gazetteer.organizationWords.contains(block.lower(m + 1)) else { return nil }
        let left = key(block, a, m - 1)
        let listed = gazetteer.organizations.contains(left) || listedOrganization(block, a, m - 1, left)
        return listed || gazetteer.isPlace(left) ? m - 1 : nil
    }

    /// Connectors that take an article before the rest of a body's name (`per la Coesione`, `for the Study`).
    static let purposeConnectors = OrganizationNameWords.bundled.purposeConnectors

    /// Plural articled prepositions (`dei Monopoli`, `delle Entrate`): a town or country never takes one.
    static let pluralConnectors = OrganizationNameWords.bundled.pluralConnectors

    /// Heads of English deliberative bodies whose name goes on with `on` and a subject (`Senate
    /// Committee on Foreign Relations`, `Council on Foreign Relations`).
    static let deliberativeHeads = OrganizationNameWords.bundled.deliberativeHeads

    /// Spanish and French articles after `de` inside a body's name (`de los Servicios`, `de la Tierra`).
    static let romanceArticles = OrganizationNameWords.bundled.romanceArticles

    /// Conjunctions inside an organisation's name (`Geofisica e Vulcanologia`).
    static let nameConjunctions = OrganizationNameWords.bundled.nameConjunctions

    /// Extends an organisation over adjectives and `di`/`of` phrases:
    /// `Banca centrale europea`, `ministero della Difesa sudcoreano`, `Agenzia di spionaggio di Seul`.
    /// A body a list names in full (`named`: `Istat`, `Nato`) takes no `di` phrase that names
    /// another body or a lone lower-case word: the `codice Istat del Comune` is the Comune's, and
    /// `Istat di ciascuno` names each one's code.
    func extendOrganization(_ block: ScannedBlock, from e: Int, _ consumed: [Bool], named: Bool = false) -> Int {
        var last = e
        var x = e + 1
        while x < block.count, !consumed[x] {
            let t = block[x]
            // (Also after a `di` phrase of the run itself: Ministero dello Sviluppo economico.)
            let afterOfPhrase = last == e && e >= 2 && Self.orgConnectors.contains(block.lower(e - 1)) && !block[e - 1].isCapitalized
            if t.kind == .word, !t.isCapitalized, gazetteer.isAdjective(block.lower(x))
                || ((last > e || afterOfPhrase) && block[last].isCapitalized && CountedNoun.looksAdjectival(block.lower(x)) && !t.flags.contains(.stopword)) {
                last = x; x += 1; continue  // ministero della Difesa sudcoreano, … del Mar Ligure occidentale
            }
            // Agenzia delle Dogane e dei Monopoli, Ministero delle Infrastrutture e dei Trasporti: a second `di` phrase.
            if Self.nameConjunctions.contains(block.lower(x)), block[last].isCapitalized, hasConnector(block, max(-1, e - 6), last + 1),
               x + 2 < block.count, Self.orgConnectors.contains(block.lower(x + 1)), isNameWord(block, x + 2, consumed) {
                // (Not a second body or a country: il Comune di Roma e della Regione Lazio, … e dell'Italia.)
                let end = runEnd(block, x + 2, consumed)
                // (A plural article names no town: e dei Monopoli is the name's, though Monopoli is a town.)
                if !(x + 2...end).contains(where: { gazetteer.organizationWords.contains(block.lower($0)) }),
                   !gazetteer.places.contains(key(block, x + 2, end)) || Self.pluralConnectors.contains(block.lower(x + 1)) {
                    last = end; x = last + 1; continue
                }
            }
            // Istituto Nazionale di Geofisica e Vulcanologia: one capitalised word joined at the end of the name.
            if Self.nameConjunctions.contains(block.lower(x)), block[last].isCapitalized, hasConnector(block, max(-1, e - 6), last + 1),
               isNameWord(block, x + 1, consumed), !block[x + 1].isAllCaps,
               x + 2 >= block.count || (block[x + 2].kind == .punct && block.lower(x + 2) != "-") {
                last = x + 1
                break
            }
            // Senate Committee on Foreign Relations, Council on Foreign Relations: what a deliberative body is on.
            if block.lower(x) == "on", !block[x].isCapitalized, Self.deliberativeHeads.contains(block.lower(last)),
               block[last].isCapitalized, isNameWord(block, x + 1, consumed) {
                last = runEnd(block, x + 1, consumed); x = last + 1; continue
            }
            // Unidad Central de los Servicios Internos de la Guardia Civil: Spanish and French `de` and an article.
            if block.lower(x) == "de", !block[x].isCapitalized, x + 2 < block.count, block[last].isCapitalized,
               Self.romanceArticles.contains(block.lower(x + 1)), !block[x + 1].isCapitalized, isNameWord(block, x + 2, consumed) {
                last = runEnd(block, x + 2, consumed); x = last + 1; continue
            }
            if Self.orgConnectors.contains(block.lower(x)), x + 1 < block.count, block[x + 1].kind == .word {
                if named, last == e, !block[x + 1].isCapitalized || gazetteer.organizationWords.contains(block.lower(x + 1)) { break }
                if isNameWord(block, x + 1, consumed) {
                    last = runEnd(block, x + 1, consumed); x = last + 1; continue
                }
                // Agenzia per la Coesione territoriale, il ministero per il Sud: `per`/`for` and an article,
                // after a capitalised name or a head with its article (not `a new hospital for the Eastern …`).
                if Self.purposeConnectors.contains(block.lower(x)), NameFinder.articles.contains(block.lower(x + 1)),
                   isNameWord(block, x + 2, consumed),
                   block[last].isCapitalized || (last == e && Self.determiners.contains(block.word(e - 1))) {
                    last = runEnd(block, x + 2, consumed); x = last + 1; continue
                }
                if !block[x + 1].isCapitalized, !block[x + 1].flags.contains(.stopword),
                   Self.orgConnectors.contains(block.word(x + 2)), isNameWord(block, x + 3, consumed) {
                    last = runEnd(block, x + 3, consumed); x = last + 1; continue
                }
                // Autorità di sistema portuale del Mar Ligure
                if !block[x + 1].isCapitalized, !block[x + 1].flags.contains(.stopword), x + 2 < block.count,
                   block[x + 2].kind == .word, !block[x + 2].isCapitalized, !block[x + 2].flags.contains(.stopword),
                   Self.orgConnectors.contains(block.word(x + 3)), isNameWord(block, x + 4, consumed) {
                    last = runEnd(block, x + 4, consumed); x = last + 1; continue
                }
                // A capitalised name may end in lower case before punctuation: Agenzia internazionale dell'energia, …
                if block[e].isCapitalized || (e > 0 && block[e - 1].isCapitalized), !block[x + 1].isCapitalized,
                   !WordLists.stopwords.contains(block.lower(x + 1)), x + 2 < block.count, [",", "(", ")", ";"].contains(block.word(x + 2)) {
                    last = x + 1; x = last + 1; continue
                }
            }
            break
        }
        return last
    }

    /// An organisation named around a lower-case word: `il ministero della Difesa sudcoreano`,
    /// `il governo italiano`, `the South Korean defence ministry`, `Seoul's spy agency`. A bare
    /// `il ministero` is a reference to one named elsewhere.
    func readLowercaseOrganization(_ block: ScannedBlock, _ index: Int, _ k: Int, _ consumed: [Bool],
                                   _ out: inout [NameCandidate]) -> Int {
        var first = k
        // English modifiers before the word.
        var b = k
        while b - 1 >= 0, !block[b - 1].isCapitalized, Self.englishDomains.contains(block.word(b - 1)), !consumed[b - 1] { b -= 1 }
        if b >= 2, gazetteer.adjectives.contains(key(block, b - 2, b - 1)), block[b - 2].isCapitalized {
            b -= 2
        } else if b >= 1, block[b - 1].isCapitalized, gazetteer.isAdjective(block.word(b - 1)) {
            b -= 1
        } else if b >= 2, block.word(b - 1) == "'s" {
            if b >= 3, block[b - 3].isCapitalized, gazetteer.places.contains(key(block, b - 3, b - 2)) {
                b -= 3  // South Korea's, before Korea's
            } else if block[b - 2].isCapitalized, gazetteer.places.contains(block.word(b - 2)) {
                b -= 2
            }
        }
        if b == k {
            // Spain's state meteorological agency: a place's, then a few plain words.
            var m = k
            while m - 1 >= 0, k - m < 3, block[m - 1].kind == .word, !block[m - 1].isCapitalized,
                  !Self.englishFunctionWords.contains(block.word(m - 1)), block.word(m - 1) != "'s" { m -= 1 }
            if m < k, m >= 2, block.word(m - 1) == "'s", block[m - 2].isCapitalized, gazetteer.places.contains(block.word(m - 2)) {
                b = m - 2
            }
        }
        if b < k { first = b }
        // Tempe police, the Trump administration, SA government: the name just read before an English head.
        var replaces: Int?
        if b == k, language == .english, k >= 1, block[k - 1].isCapitalized, let previous = out.indices.last,
           out[previous].block == index, out[previous].last == k - 1, out[previous].kind != .organization || out[previous].first == out[previous].last {
            first = out[previous].first
            replaces = previous
        }
        var named = k
        if Self.namedHeads.contains(block.lower(k)), isNameWord(block, k + 1, consumed) { named = runEnd(block, k + 1, consumed) }
        let last = extendOrganization(block, from: named, consumed)
        if first < k || last > k {
            var named = first < k
            if last > k {
                for m in k + 1...last where block[m].isCapitalized || gazetteer.isAdjective(block.lower(m)) { named = true }
            }
            if named {
                if let replaces { out.removeSubrange(replaces...) }
                let declarer = out.count
                out.append(NameCandidate(kind: .organization, block: index, first: first, last: last,
                                         key: key(block, first, last), text: maker.text(block, first, last),
                                         before: block.word(first - 1), after: block.word(last + 1)))
                nestedPlaces(block, index, k + 1, last, &out)
                return readAlias(block, index, after: last, declarer: declarer, kind: .organization, consumed, &out)
            }
        }
        if Self.articles.contains(block.word(k - 1)) {
            out.append(NameCandidate(kind: .reference, block: index, first: k, last: k, key: block.lower(k),
                                     text: maker.text(block, k, k)))
        }
        return k + 1
    }
}
