/// Finds names in a prose block: runs of capitalised words joined by connectors (`Corea del
/// Nord`, `Ursula von der Leyen`), classified with the gazetteers and the words around them;
/// organisations written in lower case (`il ministero della Difesa sudcoreano`, `the South
/// Korean defence ministry`); aliases the text declares (`nota come Nis`, `known as`, `(NIS)`).
/// A capitalised word at a sentence start is a name only when something else vouches for it.
struct NameFinder {
    let gazetteer: Gazetteer
    /// Words seen capitalised away from a sentence start anywhere in the article.
    let midSentenceCapitals: Set<String>
    let maker: MentionMaker
    /// The article's language: German capitalises the role before a name (`Sportchef Oliver Ruhnert`).
    var language = Language.unknown
    /// The article names a league (`NameFinder.isAboutSport`): a town may be its club.
    var aboutSport = false

    /// Words that narrow an English organisation word (`defence ministry`, `spy agency`).
    static let englishDomains: WordList = [
        "defence", "defense", "foreign", "interior", "finance", "health", "justice", "education", "economy",
        "trade", "spy", "intelligence", "security", "energy", "environment", "transport", "tax", "statistics",
        "space", "border", "immigration", "culture",
    ]
    static let orgConnectors: WordList = [
        "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'", "of", "for", "per",
    ]
    /// Capitalised particles inside a surname (`Lo Russo`, `De Luca`, `Van Dijk`).
    static let surnameParticles: WordList = ["lo", "la", "le", "li", "de", "di", "da", "del", "della", "van", "von", "der", "du", "dos", "el", "al"]
    /// Words that announce an organisation in apposition (`the developer, Ocean Breeze Energy,`).
    static let organizationAppositions: WordList = ["developer", "company", "firm", "operator", "società", "azienda", "gruppo", "operatore"]
    /// Upper-case abbreviations that are not organisations.
    static let commonAcronyms: WordList = [
        "gdp", "pil", "ceo", "cfo", "usd", "eur", "gbp", "tv", "pc", "ai", "ia", "covid", "ok", "dna", "co2", "uk", "usa",
        "iva", "vat", "pdf", "sms", "gps", "led", "suv", "faq", "ad", "bc", "am", "pm", "ii", "iii", "iv", "vi",
        "csv", "html", "xml", "json", "api", "url", "usb", "wifi", "lte", "5g", "4g", "rss", "faq", "id", "pin",
    ]
    /// Words that, right after a name, make it an organisation (`the Aslef union`, `Coldiretti, l'associazione`).
    static let organizationFollowers: WordList = [
        "union", "group", "company", "party", "association", "sindacato", "associazione", "gruppo", "società",
        "azienda", "partito", "federazione", "confederazione",
    ]
    static let englishFunctionWords: WordList = ["the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "its", "their"]
    static let workplacePrepositions: WordList = ["at", "from", "of", "presso", "di", "del", "della"]
    static let workers: WordList = [
        "analysts", "analyst", "economists", "economist", "researchers", "researcher", "scientists", "scientist",
        "experts", "expert", "officials", "official", "engineers", "executives", "executive", "spokesperson",
        "spokesman", "spokeswoman", "staff", "analisti", "ricercatori", "esperti", "economisti", "scienziati",
        "dirigenti", "portavoce", "tecnici",
    ]
    static let articles: WordList = ["il", "lo", "la", "l'", "i", "gli", "le", "the"]
    static let aliasWords: WordList = [
        "nota", "noto", "note", "noti", "conosciuta", "conosciuto", "conosciute", "conosciuti", "detta",
        "detto", "chiamata", "chiamato",
    ]

    func find(_ block: ScannedBlock, index: Int, consumed: [Bool], into out: inout [NameCandidate]) {
        let firstCandidate = out.count
        defer {
            for i in firstCandidate..<out.count {
                out[i].before2 = block.word(out[i].first - 2)
                out[i].speaks = SourceFinder.speaks(block, after: out[i].last)
                // A name quoted as saying something is a name, whatever its kind turns out to be.
                if out[i].speaks { out[i].confidence = max(out[i].confidence, 0.6) }
            }
        }
        var k = 0
        while k < block.count {
            let t = block[k]
            guard !consumed[k], t.kind == .word else { k += 1; continue }
            if isNameWord(block, k, consumed) {
                let end = joinedRunEnd(block, k, runEnd(block, k, consumed), consumed)
                if let body = possessiveBodyEnd(block, k, end, consumed) {
                    k = readPossessiveBody(block, index, k, body, consumed, &out)  // Manatee County Sheriff’s Office
                } else {
                    k = readRun(block, index, k, end, consumed, &out)
                }
            } else if !t.isCapitalized, t.flags.contains(.lowercaseHead) {
                k = readLowercaseOrganization(block, index, k, consumed, &out)
            } else {
                k += 1
            }
        }
    }

    /// A capitalised word that can be part of a name.
    func isNameWord(_ block: ScannedBlock, _ k: Int, _ consumed: [Bool]) -> Bool {
        guard k < block.count, !consumed[k] else { return false }
        let t = block[k]
        guard t.kind == .word, t.isCapitalized else { return false }
        if t.flags.contains(.stopword) {
            if startsPlace(block, k) { return true }  // New York, La Spezia, The Hague
            // Nello Musumeci, Della Valle: a long function word inside a sentence, before a name.
            guard !t.sentenceStart, block.lower(k).utf8.count > 3, !Self.articles.contains(block.lower(k)), k + 1 < block.count,
                  block[k + 1].kind == .word, block[k + 1].isCapitalized, block[k + 1].spaceBefore,
                  !block[k + 1].flags.contains(.stopword) else { return false }
        }
        // Nov 12, 12 Nov: a month's abbreviation beside a number is part of a date.
        if t.flags.contains(.monthAbbreviation), (k + 1 < block.count && block[k + 1].kind == .number) || (k > 0 && block[k - 1].kind == .number) {
            return false
        }
        return !t.flags.contains(.weekday) && !t.flags.contains(.month)
    }

    /// Tokens a capitalised run holds at most: the longest names take a dozen (`Istituto
    /// Nazionale di Geofisica e Vulcanologia`); a longer run (a list of a million capitalised
    /// words) is read in pieces this long, so the work on each piece stays bounded.
    static let longestRun = 24

    /// The last token of the capitalised run starting at `k`.
    func runEnd(_ block: ScannedBlock, _ k: Int, _ consumed: [Bool]) -> Int {
        var j = k
        while true {
            if j - k >= Self.longestRun - 2 { return j }
            if isNameWord(block, j + 1, consumed) {
                j += 1
            } else if j + 2 < block.count, !block[j + 1].isCapitalized, WordLists.nameConnectors.contains(block.word(j + 1)),
                      isNameWord(block, j + 2, consumed), !nounBeforeName(block, k, j + 2) {
                j += 2
            } else if j + 2 < block.count, block[j].isCapitalized, block.lower(j).utf8.count == 1, block.isPunct(j + 1, "."),
                      !block[j + 1].spaceBefore, isNameWord(block, j + 2, consumed) {
                j += 2  // initials: C.C. Wei, J. K. Rowling
            } else if j + 2 < block.count, block[j + 1].isCapitalized, Self.surnameParticles.contains(block.word(j + 1)),
                      block[j + 1].spaceBefore, isNameWord(block, j + 2, consumed) {
                j += 2  // Stefano Lo Russo, Ursula Von der Leyen
            } else if let next = particlesAfterGivenName(block, k, j, consumed) {
                j = next  // Ursula von der Leyen, José de la Cruz, Marc-Andre ter Stegen
            } else {
                return j
            }
        }
    }

    /// Lower-case particles that open a surname after a given name, alone (`Marc-Andre ter
    /// Stegen`, `João dos Santos`) or as the first of two (`van der`, `de la`).
    static let surnameOpeners: WordList = ["von", "van", "de", "di", "da", "del", "ter", "ten", "dos"]
    /// The second of two particles (`Ursula von der Leyen`, `Hans van den Berg`, `José de la Cruz`).
    static let surnameSecondParticles: WordList = ["der", "den", "de", "la", "las", "los", "le"]

    /// A surname of one or two lower-case particles and a capitalised word after the run `k...j`
    /// holding a given name (`Ursula von der Leyen`, `Marc-Andre ter Stegen`): its last token.
    /// One particle of the name connectors joins runs anyway (`Leonardo da Vinci`); these are
    /// the particles only a person's name takes, or two of them.
    func particlesAfterGivenName(_ block: ScannedBlock, _ k: Int, _ j: Int, _ consumed: [Bool]) -> Int? {
        guard j + 2 < block.count, j - k < Self.longestRun - 3, !block[j + 1].isCapitalized,
              Self.surnameOpeners.contains(block.word(j + 1)) else { return nil }
        var last = j + 2
        if !block[last].isCapitalized, Self.surnameSecondParticles.contains(block.word(last)) { last += 1 }
        // Not a body or a place after them: la microbióloga Bente Lomstein de la Universidad de Aarhus.
        guard last > j + 2 || !WordLists.nameConnectors.contains(block.word(j + 1)), isNameWord(block, last, consumed),
              !gazetteer.organizationWords.contains(block.lower(last)), !gazetteer.places.contains(block.lower(last)),
              (k...j).contains(where: { gazetteer.givenNames.contains(block.lower($0)) }) else { return nil }
        return last
    }

    /// In German every noun is capitalised: `des Strafstoßes von Kevin Volland` joins a noun to a
    /// person by `von`, and the person starts at the given name after it.
    func nounBeforeName(_ block: ScannedBlock, _ start: Int, _ next: Int) -> Bool {
        language == .german && !gazetteer.givenNames.contains(block.lower(start)) && gazetteer.givenNames.contains(block.lower(next))
    }

    /// `Dr. Smithers`, `Mons. Buoncristiani`: a title's abbreviation and its dot right before `s`.
    func abbreviatedTitle(_ block: ScannedBlock, before s: Int) -> Bool {
        block.isPunct(s - 1, ".") && !block[s - 1].spaceBefore && gazetteer.personTitles.contains(block.word(s - 2))
    }

    /// A title, or a word made of one: a title after a hyphen (`Bayern-Präsident`), and in
    /// German a compound ending in a title of five letters or more (`Mitorganisator`,
    /// `Vereinspräsident`, `Rechtsanwalt`).
    func isTitle(_ w: String) -> Bool {
        if gazetteer.personTitles.contains(w) { return true }
        let bytes = w.utf8
        guard bytes.count > 6 else { return false }
        if let dash = bytes.lastIndex(of: 0x2D), dash != bytes.startIndex,
           let tail = String(bytes[bytes.index(after: dash)...]), gazetteer.personTitles.contains(tail) { return true }
        guard language == .german else { return false }
        var start = w.index(w.startIndex, offsetBy: 2)
        var left = w.count - 2
        while left >= 5 {
            if gazetteer.personTitles.contains(String(w[start...])) { return true }
            start = w.index(after: start)
            left -= 1
        }
        return false
    }

    /// Verbs whose object is an outlet or a body told something (`told CNBC`, `tells Reuters`).
    static let tellingVerbs: WordList = ["told", "tells", "tell"]

    /// True for a run the open data lists as an organisation: its name (`Uber`, `Food and Drug
    /// Administration`), or an acronym written in capitals (`FDA`, not `Fda`).
    func listedOrganization(_ block: ScannedBlock, _ a: Int, _ e: Int, _ whole: String) -> Bool {
        gazetteer.listedOrganizations.contains(whole) || (a == e && block[a].isAllCaps && gazetteer.organizationAcronyms.contains(whole))
    }

    /// True when the words before the run at `a` cite it as a body: `told CNBC`, `according to
    /// Bloomberg`, `secondo Coldiretti`, `sottolinea la Coldiretti`.
    func citesBody(_ block: ScannedBlock, _ a: Int) -> Bool {
        let before = block.word(a - 1)
        if Self.tellingVerbs.contains(before) { return true }
        if before == "to", block.word(a - 2) == "according" { return true }
        if a >= 1, block[a - 1].flags.contains(.sourceOpener) { return true }
        if Self.articles.contains(before), a >= 2, block[a - 2].flags.contains(.reportingVerb) || block[a - 2].flags.contains(.sourceOpener) {
            return true
        }
        return false
    }

    /// Titles that stay in a sovereign's or pope's name (`Papa Francesco`, `Queen Elizabeth`).
    static let regnalTitles: WordList = ["papa", "pope", "re", "king", "regina", "queen", "principe", "prince", "principessa", "princess", "pape", "papst", "roi", "reine", "rey", "reina"]

    /// Roman numerals after a name (`Giovanni Paolo II`, `Henry VIII`): part of it, no acronym.
    static let romanNumerals: WordList = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi"]

    /// Conjunctions that join two capitalised runs into one organisation's name.
    static let runConjunctions: WordList = ["and", "&", "e", "und", "et", "y"]

    /// `Food and Drug Administration`, `Procter & Gamble Company`: a run joined by `and` to a run
    /// ending in an organisation word is one name, not a word and an organisation.
    func joinedRunEnd(_ block: ScannedBlock, _ k: Int, _ e: Int, _ consumed: [Bool]) -> Int {
        guard e + 2 < block.count, !block[e + 1].isCapitalized, Self.runConjunctions.contains(block.lower(e + 1)),
              isNameWord(block, e + 2, consumed), !gazetteer.organizationWords.contains(block.lower(e)),
              !gazetteer.givenNames.contains(block.lower(k)), !gazetteer.isPlace(key(block, k, e)) else { return e }
        let second = runEnd(block, e + 2, consumed)
        return gazetteer.organizationWords.contains(block.lower(second)) ? second : e
    }

    /// The lookup key of tokens `first...last`: their lower-cased texts, a space between two
    /// unless the first ends in an apostrophe that touches the second (`dell'energia`).
    func key(_ block: ScannedBlock, _ first: Int, _ last: Int) -> String {
        if first == last { return block.lower(first) }
        var length = 0
        for k in first...last { length += block.lower(k).utf8.count + 1 }
        return String(unsafeUninitializedCapacity: length) { out in
            var n = 0
            for k in first...last {
                if k > first, block[k].spaceBefore || !Self.endsInApostrophe(block.lower(k - 1)) {
                    out[n] = 0x20
                    n += 1
                }
                var word = block.lower(k)
                word.withUTF8 { w in
                    for c in w {
                        out[n] = c
                        n += 1
                    }
                }
            }
            return n
        }
    }

    /// `word.hasSuffix("'")`, answered from the bytes when the apostrophe follows ASCII.
    @inline(__always) static func endsInApostrophe(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.last == 0x27 else { return false }
        if bytes.count == 1 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] < 0x80 { return true }
        return word.hasSuffix("'")
    }

    /// `analysts at Morgan Stanley`, `researchers from the Carlos III Institute`: people who work there.
    func worksAt(_ block: ScannedBlock, _ a: Int) -> Bool {
        var p = a - 1
        if block.word(p) == "the" { p -= 1 }
        return Self.workplacePrepositions.contains(block.word(p)) && Self.workers.contains(block.word(p - 1))
    }

    /// Head nouns whose name follows them, often a person's (`ospedale Santa Rosa`, `Policlinico
    /// Agostino Gemelli`, `aeroporto Leonardo da Vinci`): the name is the organisation's.
    static let namedHeads: WordList = ["ospedale", "policlinico", "aeroporto", "clinica", "stadio", "hospital", "airport", "stadium"]

    /// Articles, with those merged into a preposition, before an acronym used as a name.
    static let determiners: WordList = [
        "the", "il", "lo", "la", "l'", "i", "gli", "le", "del", "dello", "della", "dell'", "dei", "degli", "delle", "al",
        "allo", "alla", "all'", "ai", "agli", "alle", "dal", "dalla", "dall'", "nel", "nella", "nell'", "sul", "sulla", "sull'",
        "der", "die", "das", "des", "dem", "den", "les", "du", "el", "los", "las",
    ]

    /// `Universidad Pablo de Olavide de Sevilla`, `campus María Zambrano de Segovia`, `la Leo Shoes di
    /// Casarano`: a name holding a given name, then `di`/`de`/`of` and a city, is a body at its seat
    /// when an organisation word is in it or before it, or an article stands before it. A person's
    /// name alone before a city stays a person (`il 45enne Mario Rossi di Milano`, a man from Milan).
    func bodyAtItsSeat(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Bool {
        guard e - a >= 3, !block[e - 1].isCapitalized, Self.seatConnectors.contains(block.lower(e - 1)),
              block[e - 2].isCapitalized, gazetteer.places.contains(block.lower(e)) else { return false }
        let name = a...(e - 2)
        guard name.contains(where: { gazetteer.givenNames.contains(block.lower($0)) }) else { return false }
        return (a - 1...e - 2).contains { $0 >= 0 && gazetteer.organizationWords.contains(block.lower($0)) }
            || (a > 0 && Self.articles.contains(block.lower(a - 1)))
    }

    /// French and Spanish `of` between an office and what it is of (`secrétaire générale de la
    /// CGT`, `ministre de l'Industrie`), beside `orgConnectors`.
    static let officeConnectors: WordList = ["de", "du", "des"]

    /// Words right before the complement of an office (`ministre de l'Industrie`, `sindaco di Roma`).
    static let complementOpeners: WordList = [
        "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'", "of", "for", "per", "de", "du", "des",
        "l'", "la", "le", "the", "il", "lo", "el", "los", "las",
    ]

    /// Connectors between a body's name and the city it sits in.
    static let seatConnectors: WordList = ["di", "de", "of"]

    /// `Nello Musumeci`: a given name that is also a function word (`nello`), capitalised inside a
    /// sentence before a capitalised word that is no function word, place or organisation word.
    func functionWordGivenName(_ block: ScannedBlock, _ a: Int) -> Bool {
        guard a + 1 < block.count, block[a].isCapitalized, !block[a].sentenceStart,
              gazetteer.functionWordGivenNames.contains(block.lower(a)) else { return false }
        let next = block[a + 1]
        let w = block.lower(a + 1)
        return next.kind == .word && next.isCapitalized && !next.isAllCaps && !next.flags.contains(.stopword)
            && !gazetteer.isPlace(w) && !gazetteer.organizationWords.contains(w) && !gazetteer.personTitles.contains(w)
    }

    /// `the FDA approved`, `della Cgil,`: an article before an acronym names a body, unless the
    /// acronym only modifies the noun after it (`the PR team`, `the XLS sheet`).
    func acronymNamed(_ block: ScannedBlock, _ a: Int, _ e: Int) -> Bool {
        // INEC Chairman, the FDA's: a title or a possessive after the acronym names a body.
        if companyTitle(block.word(e + 1)) || block.word(e + 1) == "'s" { return true }
        guard Self.determiners.contains(block.word(a - 1)) || Self.acronymPrepositions.contains(block.word(a - 1)) else { return false }
        guard e + 1 < block.count, block[e + 1].kind == .word, !block[e + 1].isCapitalized else { return true }
        let next = block.lower(e + 1)
        return block[e + 1].flags.contains(.stopword) || block[e + 1].flags.contains(.auxiliary) || next.hasSuffix("ed")
            || (next.hasSuffix("s") && !next.hasSuffix("ss")) || next.hasSuffix("to")
    }

    /// Words that make a saint, a church or a town of the name after them (`San Cesareo`,
    /// `Beata Maria Vergine`), never a living person.
    static let saintWords: WordList = ["san", "santa", "santo", "sante", "santi", "sant'", "beata", "beato", "madonna", "saint", "sainte", "st"]

    /// Prepositions before an acronym used as a name (`appointed at INEC`, `its connection to MIT`).
    static let acronymPrepositions: WordList = ["at", "of", "on", "to", "from", "by", "with", "presso", "von", "bei", "chez"]

    /// Titles that follow the name of the company or club a person works for (`Alphabet CFO
    /// Ruth Porat`, `Bolton manager Owen Coyle`, `Manchester City boss Pep Guardiola`).
    static let companyTitles: WordList = [
        "ceo", "cfo", "cto", "coo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "spokesperson",
        "spokesman", "spokeswoman", "boss", "manager", "coach", "chief", "president", "trainer",
    ]
    func companyTitle(_ w: String) -> Bool { Self.companyTitles.contains(w) }
    /// Words before a title that are part of it, not a company (`Former CEO`, `Deputy Chief`).
    static let titleModifiers: WordList = [
        "former", "then", "longtime", "assistant", "deputy", "vice", "interim", "acting", "senior", "head", "new", "ex",
        "general", "executive", "associate", "co", "team", "club", "company", "group", "police", "fire",
    ]

    /// Words before a name that make a town of it (`a Canino`, `in Tuscania`, `the town of`).
    static let placeWords: WordList = [
        "a", "in", "da", "di", "near", "at", "to", "from", "vicino", "presso", "comune", "town", "village", "city", "of", "e", "and", ",",
    ]

    /// A lower-case connector (`di`, `of`) joins the run's words: `Asl di Lecce`.
    func hasConnector(_ block: ScannedBlock, _ s: Int, _ e: Int) -> Bool {
        s < e && (s + 1..<e).contains { !block[$0].isCapitalized && Self.orgConnectors.contains(block.lower($0)) }
    }

    /// Something other than its capital letter makes the word at a sentence start a name.
    func vouched(_ block: ScannedBlock, _ s: Int, _ e: Int) -> Bool {
        let w = block.lower(s)
        let g = gazetteer
        // (A place that is a common word of the text's language is no evidence: Como, Este in Spanish; Dabei in German.)
        if g.givenNames.contains(w) || (g.places.contains(w) && !g.isCommonWordPlace(w, in: language)) || g.isOrganization(w) || g.organizationWords.contains(w)
            || g.personTitles.contains(w) || midSentenceCapitals.contains(w) || g.adjectives.contains(w) || block[s].isAllCaps {
            return true
        }
        // Alphabet CFO Ruth Porat: a company title after the word.
        if s < e, companyTitle(block.lower(s + 1)) { return true }
        // National Media Authority: a run ending in an organisation word (not joined to it by `di`:
        // `Nome del Comune`, a table cell, names the word's thing, not a body).
        if s < e, g.organizationWords.contains(block.lower(e)), block[e].isCapitalized, !Self.determiners.contains(block.lower(s)),
           !hasConnector(block, s, e) { return true }
        if e > s {
            for end in s + 1...e {
                let k = key(block, s, end)
                if g.places.contains(k) || g.isOrganization(k) || g.adjectives.contains(k) { return true }
            }
        }
        return false
    }

    private func nextNameWord(_ block: ScannedBlock, after k: Int, upTo e: Int) -> Int {
        var j = k + 1
        while j <= e, !block[j].isCapitalized { j += 1 }
        return j
    }

    /// Classifies the run `s...e` and records its candidates; returns where scanning goes on.
    func readRun(_ block: ScannedBlock, _ index: Int, _ start: Int, _ end: Int, _ consumed: [Bool],
                 _ out: inout [NameCandidate]) -> Int {
        var s = start
        var e = end
        // L'Aquila, L'Avana: a place whose name starts with its article.
        if s > 0, block[s - 1].isCapitalized, block.lower(s - 1) == "l'", !consumed[s - 1], gazetteer.isPlace(key(block, s - 1, e)) {
            s -= 1
        }
        if block[s].sentenceStart, !vouched(block, s, e), !SourceFinder.speaks(block, after: e) {
            let next = nextNameWord(block, after: s, upTo: e)
            // Nome del Comune, Sito della Regione: a common noun and its `di` phrase name no body.
            if next == e, next > s + 1, Self.orgConnectors.contains(block.lower(next - 1)), gazetteer.organizationWords.contains(block.lower(next)) {
                return e + 1
            }
            s = next
            if s > e { return e + 1 }
        }
        // A line of capitals (KCNA EDITORIAL USE ONLY) is a credit or a label, not a name.
        if e - s >= 2, (s...e).allSatisfy({ block[$0].isAllCaps || block[$0].kind != .word || !block[$0].isCapitalized }) { return e + 1 }
        // A section label glued to a name at a line's start: Economia Giancarlo Giorgetti. In German,
        // a role anywhere: Sportchef Oliver Ruhnert, Mitorganisator Donatus Schmidt.
        if block[s].sentenceStart || language == .german, e - s >= 2, !gazetteer.givenNames.contains(block.lower(s)),
           let m = (s + 1..<e).first(where: { gazetteer.givenNames.contains(block.lower($0)) && block[$0].isCapitalized }),
           (s..<m).allSatisfy({ block[$0].isCapitalized && !gazetteer.isPlace(block.lower($0)) && !gazetteer.organizationWords.contains(block.lower($0))
               && !gazetteer.personTitles.contains(block.lower($0)) }),
           !gazetteer.isPlace(key(block, s, m)) {
            s = m
        }
        // A title inside the run: President Vladimir Putin, Prime Minister Keir Starmer.
        var personContext = false
        var titleEnd = -1
        // (Not before an organisation's head word: Premier League, President Hotel.)
        for m in s...e where isTitle(block.lower(m))
            && !(m < e && gazetteer.organizationWords.contains(block.lower(m + 1))) { titleEnd = m }
        if titleEnd >= s {
            if titleEnd == e { return e + 1 }
            // The company or club before the title: Alphabet CFO Ruth Porat, Woonsocket Police Chief.
            if titleEnd > s, companyTitle(block.lower(titleEnd)), !Self.titleModifiers.contains(block.lower(s)),
               !Self.determiners.contains(block.lower(s)),
               (s..<titleEnd).allSatisfy({ !gazetteer.personTitles.contains(block.lower($0)) && block[$0].kind == .word }),
               !gazetteer.givenNames.contains(block.lower(s)), !gazetteer.isAdjective(block.lower(titleEnd - 1)) {
                out.append(NameCandidate(kind: .organization, block: index, first: s, last: titleEnd - 1, key: key(block, s, titleEnd - 1),
                                         text: maker.text(block, s, titleEnd - 1), before: block.word(s - 1), after: block.word(titleEnd),
                                         confidence: 0.7))
            }
            personContext = true
            s = nextNameWord(block, after: titleEnd, upTo: e)
            if s > e { return e + 1 }
            // An office after the title (Minister for Health, Minister of Health Ryan Park): the person
            // is the given name after it, or no one.
            if s > titleEnd + 1, Self.orgConnectors.contains(block.lower(titleEnd + 1)) {
                guard let m = (s + 1...max(s + 1, e)).first(where: { $0 <= e && gazetteer.givenNames.contains(block.lower($0)) }) else {
                    return e + 1
                }
                s = m
            }
            // Papa Francesco, Pope Francis, King Charles: a sovereign's title is how they are named.
            if s == titleEnd + 1, block[titleEnd].isCapitalized, Self.regnalTitles.contains(block.lower(titleEnd)) { s = titleEnd }
        }
        // A title in lower case before it: il presidente Putin, il leader nordcoreano Kim Jong-un.
        if gazetteer.personTitles.contains(block.word(s - 1)) || abbreviatedTitle(block, before: s)
            || (gazetteer.isAdjective(block.word(s - 1)) && gazetteer.personTitles.contains(block.word(s - 2)))
            || (block.word(s - 1) == "," && gazetteer.personTitles.contains(block.word(s - 2))) {
            personContext = true
        }
        // `…," said Guardiola.`, `…, sagte Zingler`: a name after a reporting verb that closes a quotation.
        if !personContext, s >= 2, block[s - 1].flags.contains(.reportingVerb), e - s <= 2,
           block.word(s - 2) == "," || SourceFinder.closingQuotes.contains(block.word(s - 2)) {
            personContext = true
        }
        // A title further back, before an office: il ministro per la Protezione civile Nello Musumeci.
        if !personContext {
            var j = s - 1
            // After French or Spanish `de`, only a given name makes the person (la ministre du Travail, … names no one).
            var viaDe = false
            while j >= max(0, s - 8), block[j].kind == .word {
                let w = block.lower(j)
                // The office must be followed by a name: il direttore dell'Asl di Lecce names no one.
                if !block[j].isCapitalized, gazetteer.personTitles.contains(w) {
                    personContext = j < s - 1 && ((s...e).contains { gazetteer.givenNames.contains(block.lower($0)) } || (!viaDe && !hasConnector(block, s, e)))
                    break
                }
                if Self.officeConnectors.contains(w) { viaDe = true }
                guard block[j].isCapitalized || Self.orgConnectors.contains(w) || Self.officeConnectors.contains(w)
                        || Self.articles.contains(w) || gazetteer.isAdjective(w) else { break }
                j -= 1
            }
        }
        let appositionBefore = block.word(s - 1) == "," && Self.organizationAppositions.contains(block.word(s - 2))
        // Leading adjectives of nationality belong to an organisation's name, to nothing else.
        var a = s
        if !gazetteer.places.contains(key(block, s, e)) {
            while a <= e {
                if a < e, gazetteer.adjectives.contains(key(block, a, a + 1)) { a += 2; continue }
                if gazetteer.adjectives.contains(block.lower(a)) { a += 1; continue }
                break
            }
        }
        if a > e { return e + 1 }
        // Istat del Comune, Roma dell'Agenzia: a listed body or a place, then another body's head.
        if let end = secondBodyStart(block, a, e) { e = end }
        // Mario Bianchi dell'Università di Pisa, Elizabeth Isa of Change Advocacy Party: the person, then the body.
        if let end = personBeforeBody(block, a, e, personContext: personContext) { e = end }
        // A street is a place, not a person: corso Vittorio Emanuele, via Roma, rue Pasteur, Mill Avenue.
        if let street = streetStart(block, a, e) {
            let end = streetEnd(block, e)
            out.append(NameCandidate(kind: .place, block: index, first: street, last: end, key: key(block, street, end),
                                     text: maker.text(block, street, end), before: block.word(street - 1), after: block.word(end + 1)))
            return end + 1
        }
        // A known name that goes on in lower case: Protezione civile, Unione europea.
        for n in stride(from: 3, through: 1, by: -1) where e + n < block.count && gazetteer.multiWordStarts.contains(block.lower(a)) {
            guard (e + 1...e + n).allSatisfy({ block[$0].kind == .word && !block[$0].isCapitalized && !consumed[$0] }) else { continue }
            let k = key(block, a, e + n)
            if gazetteer.isOrganization(k) || gazetteer.places.contains(k) { e += n; break }
        }
        var afterOrganization = false
        // A name after an organisation in one run: presidente del Consiglio Giorgia Meloni; after the
        // complement of an office (le ministre de l'Industrie Sébastien Martin, il sindaco di Roma
        // Roberto Gualtieri), a given name and a surname.
        if let m = (a + 1...max(a + 1, e)).first(where: { $0 <= e && block[$0 - 1].isCapitalized && gazetteer.givenNames.contains(block.lower($0)) }),
           !(a..<m).contains(where: { Self.namedHeads.contains(block.lower($0)) }) {
            let complement = m < e && personContext && Self.complementOpeners.contains(block.word(a - 1))
                && !(a..<m).contains { gazetteer.givenNames.contains(block.lower($0)) }
            let body = (a..<m).contains { gazetteer.organizationWords.contains(block.lower($0)) }
            if complement || body {
                let k = key(block, a, m - 1)
                if complement, !body, gazetteer.isPlace(k) {
                    out.append(NameCandidate(kind: .place, block: index, first: a, last: m - 1, key: k,
                                             text: maker.text(block, a, m - 1), before: block.word(a - 1), after: block.word(m)))
                } else if m - 1 > a {
                    out.append(NameCandidate(kind: .organization, block: index, first: a, last: m - 1, key: k,
                                             text: maker.text(block, a, m - 1), before: block.word(a - 1), after: block.word(m),
                                             confidence: body ? 0.9 : 0.6))
                }
                a = m
                s = m
                personContext = true
                afterOrganization = true
            }
        }
        var organizationContext = appositionBefore || Self.organizationFollowers.contains(block.word(e + 1))
        if block.word(e + 1) == "," {
            let n = Self.articles.contains(block.word(e + 2)) ? e + 3 : e + 2
            if Self.organizationFollowers.contains(block.word(n)) { organizationContext = true }
        }
        let whole = key(block, a, e)
        var last = e
        var kind: NameCandidate.Kind
        var first = a
        var confidence = 0.9
        var seat: Int?
        let employer = !personContext && e + 2 < block.count && !block[e + 1].isCapitalized && companyTitle(block.word(e + 1))
            && isNameWord(block, e + 2, consumed) && !gazetteer.givenNames.contains(block.lower(a))
        if gazetteer.organizations.contains(whole) {
            kind = .organization  // White House, Casa Bianca: the institution, not the towns of that name
            first = s
            last = extendOrganization(block, from: e, consumed, named: true)
        } else if !personContext, listedOrganization(block, a, e, whole) {
            kind = .organization  // Uber, Stellantis, FDA: a name the open data lists, with no other evidence
            first = s
            last = extendOrganization(block, from: e, consumed, named: true)
        } else if !personContext, let club = clubEnd(block, a, e) {
            kind = .organization  // VfL Bochum, Leeds United, Hannover 96: the club, not the town
            last = club
        } else if employer {
            kind = .organization  // Bolton manager Owen Coyle: the club, not the town
            confidence = 0.7
        } else if gazetteer.places.contains(whole) {
            kind = .place
            last = placeEnd(block, e)  // Italia centrale
        } else if !personContext, qualifiedPlace(block, a, e) {
            kind = .place  // Southern California, Greater Sydney
        } else if !personContext, let end = placeAbbreviation(block, a, e) {
            kind = .place  // U.S., UK, Tempe, AZ
            last = end
        } else if gazetteer.municipalities.contains(whole), !personContext,
                  !(e > a && gazetteer.givenNames.contains(block.lower(a)) && !Self.saintWords.contains(block.lower(a))) {
            // A town the open data knows: sure when the words before it say place (a Canino, in Tuscania).
            kind = .place
            // A town takes no article: `del Paese`, `la Sale` are words.
            let before = block.word(a - 1)
            // A town before a colon is a label (`Fonte: Istat`).
            confidence = Self.placeWords.contains(before) && !block[a].sentenceStart ? 0.9
                : block[a].sentenceStart || before.isEmpty || block.word(e + 1) == ":" || Lexicon.flags(before).contains(.stopword) ? 0.3 : 0.6
        } else if !personContext, townNamed(block, index, a, e, whole, out) {
            kind = .place  // à Melun, por Campotéjar, vecinos de Navaleno: a town after words that say place
        } else if !personContext, let town = germanTownStart(block, a, e) {
            kind = .place  // Stadt Mühlacker, Stadtteil Lankow
            first = town
        } else if s == a, a == e, gazetteer.organizationWords.contains(whole), extendOrganization(block, from: e, consumed) == e {
            kind = .reference  // la Regione, il Parlamento: the one named elsewhere, or itself
        } else if gazetteer.organizations.contains(whole) || (a...e).contains(where: { gazetteer.organizationWords.contains(block.lower($0)) })
                    || (language == .german && e > a && Self.isGermanBodyCompound(block.lower(a))) {
            kind = .organization
            first = s
            last = extendOrganization(block, from: e, consumed)
        } else if organizationContext {
            kind = .organization
        } else if block[a].isAllCaps, (2...6).contains(block.lower(a).utf8.count), !Self.commonAcronyms.contains(block.lower(a)) {
            // An acronym alone says nothing of its kind (UTC, HTTP, MVP): sure only when spelled out,
            // declared or quoted as a source.
            kind = .organization
            confidence = acronymNamed(block, a, e) ? 0.6 : 0.4
        } else if !personContext || afterOrganization, bodyAtItsSeat(block, a, e) {
            kind = .organization  // Leo Shoes di Casarano, Universidad Pablo de Olavide de Sevilla: the body, then its city
            confidence = 0.6
            last = e - 2
            seat = e
        } else if personContext {
            kind = .person
        } else if e > a, hasConnector(block, a, e), !gazetteer.givenNames.contains(block.lower(a)),
                  gazetteer.isPlace(block.lower(e)) {
            kind = .organization  // Asl di Lecce: a body of the place it names
            confidence = 0.6
        } else if e > a, worksAt(block, a) {
            kind = .organization  // analysts at Morgan Stanley
        } else if e > a, gazetteer.givenNames.contains(block.lower(a)) || functionWordGivenName(block, a),
                  !Self.saintWords.contains(block.lower(a)), !gazetteer.nonPersonHeads.contains(block.lower(e)), !namesABuilding(block, a, e),
                  !namedWithArticle(block, a, e) {
            // (Charles County, Albert Park, James Beard Award, stadio Giuseppe Meazza: a place, a building, a prize, left to the words around.)
            // Hertha BSC: an acronym after a given name makes a club or a company, not a person
            // (a Roman numeral does not: Giovanni Paolo II).
            let acronym = (a + 1...e).contains { block[$0].isAllCaps && !Self.romanNumerals.contains(block.lower($0)) }
            kind = acronym ? .organization : .person
            if acronym { confidence = 0.6 }
        } else {
            kind = .unknown
        }
        // told CNBC, according to Bloomberg, sottolinea la Coldiretti: a body that is told or that speaks, unless a person's name.
        if kind == .unknown || (kind == .organization && confidence < 0.6), first == a, !gazetteer.givenNames.contains(block.lower(a)),
           citesBody(block, a) {
            kind = .organization
            confidence = 0.6
        }
        // Against Tottenham, Manchester United 1-1 Southampton, con il Venezia: a team in an article about sport.
        if kind == .place || kind == .unknown, !personContext, first == a, last == e, playsAsClub(block, a, e) {
            kind = .organization
            confidence = max(confidence, 0.7)
        }
        if kind == .organization, last == e { last = channelEnd(block, e, consumed) }  // BBC Radio 4
        let declarer = out.count
        if kind == .unknown, a == e, Self.commonAcronyms.contains(block.lower(a)) { return e + 1 }
        out.append(NameCandidate(kind: kind, block: index, first: first, last: last, key: key(block, first, last),
                                 text: maker.text(block, first, last), personContext: personContext,
                                 before: block.word(first - 1), after: block.word(last + 1), confidence: confidence))
        if kind == .organization || kind == .reference {
            // Places named inside an organisation's name: l'Agenzia di spionaggio di Seul.
            nestedPlaces(block, index, first + 1, last, &out)
        }
        if let seat {
            out.append(NameCandidate(kind: .place, block: index, first: seat, last: seat, key: block.lower(seat),
                                     text: maker.text(block, seat, seat), before: block.word(seat - 1), after: block.word(seat + 1)))
            return seat + 1
        }
        return readAlias(block, index, after: last, declarer: declarer, kind: kind, consumed, &out)
    }
}
