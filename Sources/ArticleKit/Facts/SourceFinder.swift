/// Finds cited sources and their claims: `X ha ammesso/dichiarato/riferito/avvertito/spiegato
/// che …`, `X ha fornito stime …`, `secondo X, …`, `according to X, …`, `X said (that) …`,
/// `…, X said.`; a following `È stato riportato che …` goes to the source just cited.
/// X must be a person, place or organisation already found, so a claim always has a name.
struct SourceFinder {
    let maker: MentionMaker
    let gazetteer: Gazetteer
    var limits = FactLimits.standard
    /// The article's language: `a` (a déclaré) is no auxiliary in Italian or English.
    var language = Language.unknown

    static let auxiliaries: WordList = [
        "ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "has", "have", "had",
        "a", "ont", "avait", "han", "había",  // French and Spanish: a déclaré, ha dicho
    ]
    static let adverbs: WordList = [
        "anche", "inoltre", "poi", "già", "ieri", "oggi", "nuovamente", "infatti", "recentemente", "più", "volte",
        "also", "later", "previously", "separately", "again", "repeatedly", "recently", "earlier", "already",
        "également", "aussi", "encore", "déjà", "notamment", "también", "además", "ya",
    ]
    static let participles: WordList = [
        "ammesso", "dichiarato", "riferito", "avvertito", "spiegato", "detto", "affermato", "annunciato",
        "confermato", "sottolineato", "precisato", "aggiunto", "rivelato", "stimato", "riportato", "assicurato",
        "ribadito", "denunciato", "osservato", "sostenuto", "comunicato", "ricordato", "segnalato", "indicato",
        "said", "stated", "warned", "admitted", "reported", "explained", "announced", "confirmed", "added",
        "estimated", "claimed", "noted", "insisted", "acknowledged", "revealed", "told", "argued",
        // French and Spanish participles after a, ont, ha, han
        "déclaré", "affirmé", "expliqué", "indiqué", "précisé", "souligné", "annoncé", "estimé", "ajouté", "assuré",
        "prévenu", "confié", "dit", "rappelé", "averti", "reconnu", "dicho", "afirmado", "explicado", "declarado",
        "señalado", "asegurado", "indicado", "añadido", "advertido", "manifestado", "anunciado", "confirmado",
        "reconocido", "destacado", "subrayado",
        "répété", "martelé", "insisté", "noté", "dénoncé", "regretté", "déploré", "confirmé", "lancé", "relevé",
    ]
    static let presentVerbs: WordList = [
        "dice", "dicono", "afferma", "dichiara", "spiega", "sostiene", "avverte", "riferisce", "conferma",
        "ammette", "annuncia", "sottolinea", "precisa", "ritiene", "stima", "rivela", "assicura", "denuncia",
        "says", "said", "warned", "admitted", "reported", "explained", "announced", "confirmed", "added",
        "estimated", "claimed", "noted", "insisted", "acknowledged", "revealed", "told", "stated", "argued",
        "believes", "warns", "admits", "estimates", "claims", "argues", "tells", "explains", "adds", "notes",
        "conclude", "aggiunge", "commenta", "osserva", "racconta", "prosegue", "evidenzia", "chiarisce", "esordisce", "ammonisce",
        // German, French, Spanish
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "sagten", "warnte", "kritisierte",
        "déclare", "explique", "affirme", "indique", "précise", "souligne", "ajoute", "assure", "confie", "estime",
        "annonçait", "raconte", "dijo", "afirmó", "explicó", "declaró", "señaló", "aseguró", "indicó", "añadió", "apuntó",
        "manifestó", "comentó", "destacó", "subrayó", "advirtió", "afirma", "explica", "asegura", "señala", "indica",
        "destaca", "añade", "apunta", "subraya", "advierte", "sostiene", "recuerda", "reconoce", "comenta", "insiste",
        "poursuit", "témoigne", "regrette", "déplore", "dénonce", "résume", "rappelle", "reconnaît",
        "fügte", "ergänzte", "berichtete", "bestätigte",
        "say", "tell", "predict", "predicts", "predicted", "denied", "denies", "warn",
        // French reflexive verbs, read after `se` (se désole Grégory Dubos)
        "désole", "félicite", "réjouit", "inquiète", "martèle",
    ]
    /// Words that make a place the scene, not the speaker (`Critics in Aberdeen warned`).
    static let prepositions: WordList = [
        "in", "a", "at", "from", "of", "di", "da", "del", "della", "nel", "nella", "to", "by", "on", "per", "tra", "fra",
        "con", "with", "avec", "mit", "contro", "against",
    ]
    /// `È stato riportato che …`, `It was reported that …`: a claim of the source just cited.
    static let impersonal = [["è", "stato", "riportato", "che"], ["è", "stato", "riferito", "che"], ["è", "stato", "stimato", "che"],
                             ["it", "was", "reported", "that"], ["it", "was", "estimated", "that"]]
    /// `ha fornito stime`, `provided estimates`: giving figures is a claim too.
    static let providingVerbs: WordList = ["fornito", "diffuso", "pubblicato", "presentato", "provided", "released", "published", "gave"]
    static let providedThings: WordList = [
        "stime", "dati", "cifre", "numeri", "valutazioni", "previsioni", "estimates", "figures", "data", "numbers", "estimate",
    ]

    /// True when a reporting verb follows token `e` (`ha avvertito che`, `said`).
    static func speaks(_ block: ScannedBlock, after e: Int) -> Bool {
        guard e + 1 < block.count else { return false }
        let next = block[e + 1].flags
        if next.contains(.reportingVerb) { return true }
        guard next.contains(.auxiliary) else { return false }
        var p = e + 2
        while adverbs.contains(block.word(p)) { p += 1 }
        return participles.contains(block.word(p)) || providingVerbs.contains(block.word(p))
    }

    /// The sources, in order of first citation, each with its claims.
    func find(_ blocks: [ScannedBlock], candidates: [NameCandidate], resolved: [Int?], entities: [Entity]) -> [CitedSource] {
        // Entity mentions by (block, last token) and (block, first token).
        var marks = [NameMarks](repeating: NameMarks(), count: blocks.count)
        for (i, c) in candidates.enumerated() {
            guard let e = resolved[i] else { continue }
            if marks[c.block].isEmpty { marks[c.block] = NameMarks(count: blocks[c.block].count) }
            // Of two names ending on the same word, the longer one is the subject (the agency, not Seul).
            if let other = marks[c.block].firstByLast(c.last), other <= c.first { continue }
            marks[c.block].mark(entity: e, first: c.first, last: c.last)
        }
        // The first name of each mention by (block, last token, entity): asked for at every verb.
        var firstByEnd: [MentionEnd: Int] = [:]
        for (i, c) in candidates.enumerated() {
            guard let e = resolved[i] else { continue }
            let key = MentionEnd(block: c.block, last: c.last, entity: e)
            if firstByEnd[key] == nil { firstByEnd[key] = c.first }
        }
        func firstOfMention(_ block: Int, _ last: Int, _ entity: Int) -> Int {
            firstByEnd[MentionEnd(block: block, last: last, entity: entity)] ?? last
        }
        // A claim is kept as its span while counted; only the listed ones get their text.
        var order: [Int] = []
        var claims = [[Mention]?](repeating: nil, count: entities.count)
        var seen = [Set<ClaimRange>](repeating: [], count: entities.count)
        var unlisted = [Int](repeating: 0, count: entities.count)
        var listed = 0
        // Speakers named by a common noun (`police said`, `secondo gli inquirenti`): numbered after the entities.
        var nounNames: [String] = []
        var nounIDs: [String: Int] = [:]
        func isPlace(_ e: Int) -> Bool { e < entities.count && entities[e].kind == .place }
        /// The speaker a common noun at `k` names (`police`, `gli inquirenti`), made on first use.
        func nounSpeaker(_ block: ScannedBlock, _ k: Int) -> Int? {
            guard k >= 0, k < block.count, block[k].kind == .word, Self.speakingNouns.contains(block.lower(k)) else { return nil }
            let name = maker.text(block, k, k)
            let folded = block.lower(k)
            if let id = nounIDs[folded] { return id }
            let id = entities.count + nounNames.count
            nounIDs[folded] = id
            nounNames.append(name)
            claims.append(nil)
            seen.append([])
            unlisted.append(0)
            return id
        }
        func add(_ entity: Int, _ block: ScannedBlock, _ first: Int, _ last: Int) {
            var last = last
            while last > first, block[last].kind == .punct, ScannedBlock.closing.contains(block.lower(last)) { last -= 1 }
            guard last >= first else { return }
            if claims[entity] == nil {
                order.append(entity)
                claims[entity] = []
            }
            guard seen[entity].insert(ClaimRange(start: block[first].start, end: block[last].end)).inserted else { return }
            if claims[entity]!.count < limits.claimsPerSource, listed < limits.claimsPerArticle {
                claims[entity]!.append(maker.mention(block, first, last, upTo: limits.claimBytes))
                listed += 1
            } else {
                unlisted[entity] += 1
            }
        }
        for (bi, block) in blocks.enumerated() where !block.isHeadline {
            let ends = marks[bi].endsView
            let starts = marks[bi].startsView
            var lastCited: (entity: Int, sentenceEnd: Int)?
            var k = 0
            while k < block.count {
                defer { k += 1 }
                let flags = block.tokens[k].flags
                // X: "…" — a name, a colon and a quotation.
                if block.tokens[k].kind == .punct, block.lower(k) == ":", k >= 1, let e = ends[k - 1], k + 2 < block.count,
                   Self.openingQuotes.contains(block.lower(k + 1)), firstOfMention(bi, k - 1, e) == block.sentenceFirst[k],
                   !isPlace(e) {
                    add(e, block, k + 1, block.sentenceLast[k])
                    lastCited = (e, block.sentenceLast[k])
                    continue
                }
                if flags.isEmpty || flags == .stopword, lastCited == nil || !block.tokens[k].sentenceStart { continue }
                let w = block.word(k)
                // secondo X / according to X / laut X / selon X / según X
                var after = -1
                if flags.contains(.sourceOpener), w != "according", block[k + 1 < block.count ? k + 1 : k].kind == .word { after = k + 1 }
                if w == "according", block.word(k + 1) == "to" { after = k + 2 }
                if after >= 0 {
                    // secondo [l'] [assessora] [X]: the name may follow an article, a title, an adjective.
                    var named: (Int, Int)? = starts[after]
                    // secondo quanto riportato dall'Istituto …: the one who reported it.
                    if named == nil, block.word(after) == "quanto", Self.participles.contains(block.word(after + 1)),
                       Self.agentPrepositions.contains(block.word(after + 2)) {
                        after += 3
                        named = starts[after]
                    }
                    if named == nil, NameFinder.articles.contains(block.word(after)) { after += 1; named = starts[after] }
                    if named == nil, gazetteer.personTitles.contains(block.word(after)) { after += 1; named = starts[after] }
                    if named == nil, gazetteer.isAdjective(block.word(after)) { after += 1; named = starts[after] }
                    // secondo gli inquirenti, according to police: a speaking common noun.
                    if named == nil, let n = nounSpeaker(block, after) { named = (n, after) }
                    if let (e, nameLast) = named {
                        // Past an alias in apposition: secondo l'Agenzia …, nota come Aie, …
                        var xLast = nameLast
                        if block.word(xLast + 1) == ",", let y = (xLast + 2...xLast + 6).first(where: { ends[$0] == e && block.word($0 + 1) == "," }) {
                            xLast = y
                        }
                        let sentenceEnd = block.sentenceLast[k]
                        if block.word(xLast + 1) == ",", xLast + 2 <= sentenceEnd {
                            add(e, block, xLast + 2, sentenceEnd)
                        } else if xLast >= sentenceEnd, k - 2 >= block.sentenceFirst[k] {
                            add(e, block, block.sentenceFirst[k], k - 1)
                        } else if xLast + 1 <= sentenceEnd {
                            add(e, block, xLast + 1, sentenceEnd)
                        }
                        lastCited = (e, sentenceEnd)
                    }
                    continue
                }
                // X [ha] [anche] verb [che]
                var v = k
                var verbEnd = -1
                if flags.contains(.auxiliary), w != "a" || (language != .italian && language != .english) {
                    var p = k + 1
                    while Self.adverbs.contains(block.word(p)) { p += 1 }
                    if Self.participles.contains(block.word(p)) || Self.providingVerbs.contains(block.word(p)) { verbEnd = p }
                    if block.word(p) == "reso", block.word(p + 1) == "noto" { verbEnd = p + 1 }
                    if block.word(p) == "fatto", block.word(p + 1) == "sapere" { verbEnd = p + 1 }
                } else if flags.contains(.reportingVerb) {
                    verbEnd = k
                }
                guard verbEnd >= 0 else {
                    // È stato riportato che …, It was reported that …: the source just cited.
                    if let cited = lastCited, block[k].sentenceStart, k > cited.sentenceEnd,
                       block.sentenceFirst[k] == (cited.sentenceEnd + 1 ..< block.count).first(where: { block[$0].sentenceStart }) {
                        if let pattern = Self.impersonal.first(where: { block.matches($0, at: k) }) {
                            add(cited.entity, block, k + pattern.count, block.sentenceLast[k])
                            lastCited = (cited.entity, block.sentenceLast[k])
                        }
                    }
                    continue
                }
                let sentenceEnd = block.sentenceLast[k]
                // The subject: the name right before, past adverbs and an apposition in commas.
                var s = v - 1
                while s >= 0, Self.adverbs.contains(block.word(s)) { s -= 1 }
                if NameFinder.organizationFollowers.contains(block.word(s)), ends[s] == nil, ends[s - 1] != nil {
                    s -= 1  // "the World Weather Attribution group estimated"
                } else if block.word(s) == ")", ends[s] == nil, ends[s - 1] != nil {
                    s -= 1  // "TSMC (…) confirmed": the name in brackets
                } else if block.word(s) == ",", ends[s] == nil, let n = ends[s - 1], !Self.insidePhrase(block, firstOfMention(bi, s - 1, n)) {
                    s -= 1  // "The energy secretary, Gillian Martin, said"
                } else if block.word(s) == ",", ends[s] == nil {
                    // "Park, a Labor Minister in NSW, said": the name before the apposition, not the one inside it.
                    var c = s - 1
                    while c > s - 24, c >= block.sentenceFirst[k], block.word(c) != "," { c -= 1 }
                    if c >= block.sentenceFirst[k], block.word(c) == ",", c < s - 1 { s = c - 1 }
                }
                // (Or a speaking common noun: `police said`, `les enquêteurs estiment`; not `of the police`.)
                let subject = ends[s] ?? (Self.nounPrepositions.contains(block.word(s - 1))
                    || (NameFinder.articles.contains(block.word(s - 1)) && Self.nounPrepositions.contains(block.word(s - 2))) ? nil : nounSpeaker(block, s))
                if let e = subject, s >= block.sentenceFirst[k],
                   !(isPlace(e) && Self.prepositions.contains(block.word(firstOfMention(bi, s, e) - 1))) {
                    var claimStart = verbEnd + 1
                    var p = verbEnd + 1
                    // Up to four words (to whom, when) before "che"/"that".
                    while p <= min(sentenceEnd, verbEnd + 5), !["che", "that", ",", ".", ":"].contains(block.word(p)) { p += 1 }
                    if ["che", "that"].contains(block.word(p)) {
                        claimStart = p + 1
                    } else if block.word(verbEnd + 1) == ":" {
                        claimStart = verbEnd + 2
                    } else if Self.providingVerbs.contains(block.word(verbEnd)) {
                        guard Self.providedThings.contains(block.word(verbEnd + 1)) else { continue }
                        claimStart = verbEnd + 1
                    } else if block.word(verbEnd + 1) == "," || block.word(verbEnd + 1) == "." || verbEnd >= sentenceEnd {
                        // "…, X said." The claim is what comes before.
                        let first = block.sentenceFirst[k]
                        // Past a capitalised title: "…, Commerce Secretary Gina Raimondo said."
                        var named = firstOfMention(bi, s, e)
                        while named - 1 > first, named > s - 6, block[named - 1].kind == .word, block[named - 1].isCapitalized { named -= 1 }
                        // Past a lower-case title: "…, senior meteorologist Angus Hines said."
                        var lowered = 0
                        while lowered < 3, named - 1 > first, block[named - 1].kind == .word, !block[named - 1].isCapitalized,
                              !block[named - 1].flags.contains(.stopword) {
                            named -= 1
                            lowered += 1
                        }
                        if lowered > 0, block.word(named - 1) != "," { named += lowered }
                        // Past an article: "…, the Bureau of Meteorology warns."
                        if lowered == 0, named - 1 > first, NameFinder.determiners.contains(block.word(named - 1)) { named -= 1 }
                        // `Oberbürgermeister Bernd Wiegand sagte, die Fragen …`: the speaker opens the sentence, the claim follows.
                        if block.word(verbEnd + 1) == ",", verbEnd + 2 <= sentenceEnd,
                           (first..<named).allSatisfy({ block[$0].kind == .word && (block[$0].isCapitalized || NameFinder.determiners.contains(block.word($0))
                               || gazetteer.personTitles.contains(block.word($0))) }) {
                            add(e, block, verbEnd + 2, sentenceEnd)
                            lastCited = (e, sentenceEnd)
                            continue
                        }
                        // `as the SoftBank founder Masayoshi Son explains, …`: the claim comes after.
                        if block.word(verbEnd + 1) == ",", verbEnd + 2 <= sentenceEnd,
                           let q = stride(from: named - 1, through: max(first, named - 6), by: -1).first(where: {
                               block[$0].kind != .word || Self.asWords.contains(block.word($0)) }),
                           Self.asWords.contains(block.word(q)) {
                            add(e, block, verbEnd + 2, sentenceEnd)
                            lastCited = (e, sentenceEnd)
                            continue
                        }
                        // Past a closing quote: `…," Mr Hines said.`
                        var comma = named - 1
                        if Self.closingQuotes.contains(block.word(comma)), comma - 1 >= first { comma -= 1 }
                        if s > first, [",", "!", "?"].contains(block.word(comma)), comma - 1 >= first {
                            add(e, block, first, comma - 1)
                            lastCited = (e, sentenceEnd)
                        }
                        continue
                    }
                    if claimStart <= sentenceEnd {
                        add(e, block, claimStart, sentenceEnd)
                        lastCited = (e, sentenceEnd)
                    }
                    v = verbEnd
                } else if let lead = Optional(Self.reflexives.contains(block.word(v - 1)) ? v - 2 : v - 1),
                          block.word(lead) == "," || Self.closingQuotes.contains(block.word(lead)) || Self.dashes.contains(block.word(lead)),
                          let (e, xLast) = speaker(after: verbEnd, in: block, starts: starts, nounSpeaker),
                          xLast >= sentenceEnd || [",", "(", ")", ";", "."].contains(block.word(xLast + 1)) || Self.dashes.contains(block.word(xLast + 1)) {
                    let v = lead + 1
                    // "…, said X." / "…, ha spiegato X." / `…!" said X.` / `…» conclude X.`
                    var first = block.sentenceFirst[k]
                    var claimEnd = v - 2
                    if Self.closingQuotes.contains(block.word(v - 1)), [",", "!", "?"].contains(block.word(v - 2)) {
                        claimEnd = v - 3
                        // `"… start? … no!" said Guardiola.`: the quotation runs over sentences, back to its opening mark.
                        if first >= v - 1, let open = stride(from: v - 3, through: max(0, v - 120), by: -1).first(where: {
                            Self.openingQuotes.contains(block.word($0)) }) {
                            first = open + 1
                        }
                    }
                    if claimEnd >= first, !isPlace(e) {
                        add(e, block, first, claimEnd)
                        lastCited = (e, sentenceEnd)
                    }
                }
            }
        }
        return order.map { e in
            CitedSource(name: e < entities.count ? entities[e].name : nounNames[e - entities.count], claims: claims[e] ?? [],
                        unlistedClaims: unlisted[e])
        }
    }

    /// The speaker named after an inverted reporting verb ending at `verbEnd` and the last token
    /// of its name: `…, said X`, `… a répété de son côté X`, `… a indiqué jeudi la secrétaire
    /// générale du syndicat, X`, `…, said police`.
    func speaker(after verbEnd: Int, in block: ScannedBlock, starts: NameMarks.Starts,
                 _ nounSpeaker: (ScannedBlock, Int) -> Int?) -> (Int, Int)? {
        var p = verbEnd + 1
        while p < block.count, Self.adverbs.contains(block.word(p)) || block[p].flags.contains(.weekday) { p += 1 }
        for phrase in Self.asidePhrases where block.matches(phrase, at: p) { p += phrase.count; break }
        if let named = starts[p] { return named }
        if NameFinder.articles.contains(block.word(p)) || Self.frenchArticles.contains(block.word(p)) {
            if let n = nounSpeaker(block, p + 1) { return (n, p + 1) }
            // sottolinea la Coldiretti
            if let named = starts[p + 1] { return named }
            // An office in apposition before the name: la secrétaire générale du syndicat, Sophie Binet; il presidente della Regione, Nello Musumeci.
            var c = p + 1
            var office = false
            while c < min(block.count, p + 9), block[c].kind == .word {
                if gazetteer.personTitles.contains(block.lower(c)) { office = true }
                c += 1
            }
            if office, block.word(c) == ",", let named = starts[c + 1] { return named }
            return nil
        }
        if let n = nounSpeaker(block, p) { return (n, p) }
        return nil
    }

    /// Prepositions that put a speaking noun inside another's phrase (`a spokesman for the police said`).
    static let nounPrepositions: WordList = [
        "in", "a", "at", "from", "of", "for", "with", "by", "to", "on", "di", "da", "del", "della", "dei", "degli", "delle", "per", "con",
        "de", "des", "du", "pour", "avec", "par", "para", "con", "für", "von", "mit", "der",
    ]

    /// `se désole X`: a reflexive pronoun between the comma and the verb.
    static let reflexives: WordList = ["se", "s'", "si"]
    static let frenchArticles: WordList = ["le", "la", "les", "l'", "un", "une", "el", "los", "las", "der", "die", "das"]
    /// Asides between an inverted verb and its subject (`a répété de son côté Michel Laboureur`).
    static let asidePhrases: [[String]] = [["de", "son", "côté"], ["pour", "sa", "part"], ["quant", "à", "lui"], ["dal", "canto", "suo"]]
    /// Common nouns that speak for a body or a group (`police said`, `secondo gli inquirenti`,
    /// `les enquêteurs`, `los investigadores`): a closed class of roles and collectives.
    static let speakingNouns: WordList = [
        "police", "analysts", "economists", "officials", "investigators", "experts", "researchers", "scientists", "authorities",
        "witnesses", "prosecutors", "sources", "organisers", "organizers", "firefighters", "paramedics",
        "inquirenti", "investigatori", "esperti", "analisti", "ricercatori", "carabinieri", "sindacati", "testimoni", "fonti",
        "soccorritori", "vigili", "gendarmerie", "gendarmes", "enquêteurs", "pompiers", "chercheurs", "témoins", "syndicats",
        "secours", "investigadores", "expertos", "analistas", "fuentes", "testigos", "polizei", "ermittler", "experten", "forscher",
        "zeugen",
    ]

    /// Prepositions naming who did it (`riportato dall'Istituto`).
    static let agentPrepositions: WordList = ["da", "dal", "dalla", "dall'", "dai", "dagli", "dalle", "dallo"]
    /// Dashes that close a quoted stretch before an inverted verb (`… - esordisce Bergoglio`).
    static let dashes: WordList = ["-", "–", "—"]

    /// `as X said, …`, `come ha spiegato X, …`: the claim follows the reporting clause.
    static let asWords: WordList = ["as", "come", "comme", "wie", "como"]

    /// True when the mention starting at `first` sits in a prepositional phrase (`in NSW`, `of
    /// the Austrian Central Bank`): inside an apposition, not its subject.
    static func insidePhrase(_ block: ScannedBlock, _ first: Int) -> Bool {
        let before = block.word(first - 1)
        if prepositions.contains(before) { return true }
        return NameFinder.articles.contains(before) && prepositions.contains(block.word(first - 2))
    }

    /// Quotation marks that open and close a quoted statement.
    static let openingQuotes: WordList = ["\"", "“", "«", "„", "‘", "'"]
    static let closingQuotes: WordList = ["\"", "”", "»", "“", "’", "'"]

    /// Where a mention ends: its block, last token and entity.
    private struct MentionEnd: Hashable {
        let block: Int, last: Int, entity: Int
    }

    /// A claim's bytes, to count each claim of a source once.
    private struct ClaimRange: Hashable {
        let start: Int, end: Int
    }
}
