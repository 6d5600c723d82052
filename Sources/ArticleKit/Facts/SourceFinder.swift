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

    /// The reporting words (`Resources/Lexicon/reporting-words.txt`).
    static let reporting = ReportingWords.bundled
    static let auxiliaries = reporting.auxiliaries
    static let adverbs = reporting.adverbs
    static let participles = reporting.participles
    static let presentVerbs = reporting.verbs
    /// Words that make a place the scene, not the speaker (`Critics in Aberdeen warned`).
    static let prepositions: WordList = SourceFunctionWords.words(.scene)
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
        /// The speaker a common noun at `k` names (`police`, `gli inquirenti`, `fuentes oficiales`,
        /// `fuentes de la Subdelegación`), made on first use, and its last token.
        func nounSpeaker(_ block: ScannedBlock, _ k: Int) -> (Int, Int)? {
            guard k >= 0, k < block.count, block[k].kind == .word, Self.speakingNouns.contains(block.lower(k)) else { return nil }
            let last = speakingNounEnd(block, k)
            return (phraseSpeaker(block, k, last), last)
        }
        /// A role after an article speaks as written (`the chief said`, `ha ricordato il Papa`).
        func roleSpeaker(_ block: ScannedBlock, _ k: Int) -> Int? {
            guard k >= 1, k < block.count, block[k].kind == .word, Self.definiteArticles.contains(block.word(k - 1)),
                  gazetteer.personTitles.contains(block.lower(k)) else { return nil }
            return phraseSpeaker(block, k, k)
        }
        /// The speaker named by the words `first...last` (`compagnie ferroviarie`), made on first use.
        func phraseSpeaker(_ block: ScannedBlock, _ first: Int, _ last: Int) -> Int {
            let name = maker.text(block, first, last)
            let folded = Gazetteer.key(name)
            if let id = nounIDs[folded] { return id }
            let id = entities.count + nounNames.count
            nounIDs[folded] = id
            nounNames.append(name)
            claims.append(nil)
            seen.append([])
            unlisted.append(0)
            return id
        }
        // People's mentions in reading order, for a pronoun or an unnamed speaker (`"…," he said`).
        var people: [[(first: Int, entity: Int)]] = Array(repeating: [], count: blocks.count)
        for (i, c) in candidates.enumerated() {
            guard let e = resolved[i], entities[e].kind == .person else { continue }
            people[c.block].append((c.first, e))
        }
        for b in people.indices where people[b].count > 1 { people[b].sort { $0.first < $1.first } }
        // The person credited last: block, and first token of the sentence the claim ends in.
        var spoke: (entity: Int, block: Int, sentence: Int)?
        var current = 0
        /// The person a pronoun before token `before` of block `bi` stands for: the person just
        /// credited in the sentence before (`"…," said Smith. "…," he added.`), else the first
        /// person named in the nearest sentence before it that names one, in this block or the two before.
        func personBefore(_ bi: Int, _ before: Int) -> Int? {
            let sentence = blocks[bi].sentenceFirst[max(0, min(before, blocks[bi].count - 1))]
            if let spoke, spoke.block == bi, spoke.sentence == sentence || (sentence > 0 && spoke.sentence == blocks[bi].sentenceFirst[sentence - 1]) {
                return spoke.entity
            }
            if let spoke, spoke.block == bi - 1, sentence == 0 { return spoke.entity }
            for b in stride(from: bi, through: max(0, bi - 2), by: -1) where !blocks[b].isHeadline {
                let named = b == bi ? people[b].filter { $0.first < before } : people[b]
                guard let last = named.last else { continue }
                let sentence = blocks[b].sentenceFirst[last.first]
                let inSentence = named.filter { blocks[b].sentenceFirst[$0.first] == sentence }
                // (Not a person inside a phrase: `Statt Liebich stellte Donatus Schmidt die Fragen`.)
                return (inSentence.first { !Self.subjectPrepositions.contains(blocks[b].word($0.first - 1)) } ?? inSentence[0]).entity
            }
            return nil
        }
        func add(_ entity: Int, _ block: ScannedBlock, _ first: Int, _ last: Int) {
            var last = last
            while last > first, block[last].kind == .punct, ScannedBlock.closing.contains(block.lower(last)) { last -= 1 }
            guard last >= first else { return }
            if claims[entity] == nil {
                order.append(entity)
                claims[entity] = []
            }
            if entity < entities.count, entities[entity].kind == .person { spoke = (entity, current, block.sentenceFirst[last]) }
            guard seen[entity].insert(ClaimRange(start: block[first].start, end: block[last].end)).inserted else { return }
            if claims[entity]!.count < limits.claimsPerSource, listed < limits.claimsPerArticle {
                claims[entity]!.append(maker.mention(block, first, last, upTo: limits.claimBytes))
                listed += 1
            } else {
                unlisted[entity] += 1
            }
        }
        // (Not in a table's cells: `Nome del Comune secondo Istat` heads a column, it claims nothing.)
        for (bi, block) in blocks.enumerated() where !block.isTableCell {
            current = bi
            // A heading that is a person's name over a quotation (`Manuel Pellegrini` / `"In the first 45 minutes …"`).
            if block.isHeadline {
                if bi + 1 < blocks.count, let e = headingSpeaker(block, before: blocks[bi + 1], entities: entities, phraseSpeaker) {
                    add(e, blocks[bi + 1], 1, blocks[bi + 1].sentenceLast[1])
                }
                continue
            }
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
                // X, role, est inquiet : "…" / X was philosophical, saying: "…" — the name opening the sentence.
                if block.tokens[k].kind == .punct, block.lower(k) == ":", k + 2 < block.count, Self.openingQuotes.contains(block.lower(k + 1)),
                   let (e, xLast) = openingSpeaker(block, sentenceFirst: block.sentenceFirst[k], starts: starts), xLast < k - 1, k - xLast <= 16,
                   !isPlace(e), !(xLast + 1..<k).contains(where: { starts[$0] != nil && !isApposition(block, $0) }) {
                    add(e, block, k + 1, block.sentenceLast[k])
                    lastCited = (e, block.sentenceLast[k])
                    continue
                }
                // « … », dit-il / a-t-elle avancé: a French verb with its pronoun, the claim before.
                if flags.isEmpty, block[k].kind == .word, let stem = Self.invertedPronounStem(block.lower(k)), k >= 2 {
                    var verb = Self.presentVerbs.contains(stem) || Self.participles.contains(stem)
                    if !verb, Self.auxiliaries.contains(stem), Self.participles.contains(block.word(k + 1)) { verb = true }
                    let lead = k - 1
                    if verb, [",", "!", "?"].contains(block.word(lead)) || Self.closingQuotes.contains(block.word(lead)),
                       let (first, claimEnd) = claimBefore(block, verb: k), let e = personBefore(bi, quoteOpening(block, before: k)) {
                        add(e, block, first, claimEnd)
                        lastCited = (e, block.sentenceLast[k])
                    }
                    continue
                }
                // Polizeiangaben zufolge, dem Minister X zufolge: the source before the word.
                // (The name's end first: most tokens follow none, and a word not in ASCII is hashed as Unicode.)
                if let e = ends[k - 1], Self.reporting.postpositions.contains(block.word(k)), !isPlace(e) {
                    let sentenceEnd = block.sentenceLast[k]
                    let first = firstOfMention(bi, k - 1, e)
                    if block.word(k + 1) == ",", k + 2 <= sentenceEnd {
                        add(e, block, k + 2, sentenceEnd)
                    } else if k + 1 <= sentenceEnd {
                        add(e, block, k + 1, sentenceEnd)
                    } else if first - 1 > block.sentenceFirst[k] {
                        add(e, block, block.sentenceFirst[k], first - 1)
                    }
                    lastCited = (e, sentenceEnd)
                    continue
                }
                // La fonte è il "Cruscotto statistico" del Ministero dell'Interno; Fonte: Istat: where the data come from.
                // (The claim is the sentence: it says which data come from there.)
                if block.tokens[k].sentenceStart, let (e, _) = dataSource(block, from: k, starts: starts), !isPlace(e) {
                    add(e, block, k, block.sentenceLast[k])
                    lastCited = (e, block.sentenceLast[k])
                    continue
                }
                if flags.isEmpty || flags == .stopword, lastCited == nil || !block.tokens[k].sentenceStart { continue }
                let w = block.word(k)
                // secondo X / according to X / laut X / selon X / según X
                var after = -1
                // (Not the ordinal: il secondo anno, al secondo posto.)
                if flags.contains(.sourceOpener), block[k + 1 < block.count ? k + 1 : k].kind == .word,
                   !NameFinder.determiners.contains(block.word(k - 1)), block.word(k - 1) != "un" {
                    after = k + 1
                }
                if flags.contains(.openerStart), let phrase = Self.reporting.openers.first(where: { $0.count > 1 && block.matches($0, at: k) }) {
                    after = k + phrase.count
                }
                if after >= 0 {
                    let opener = k
                    let sentenceEnd = block.sentenceLast[k]
                    // secondo [l'] [assessora] [X]: the name may follow an article, a title, an adjective.
                    var named: (Int, Int)? = starts[after]
                    // laut Angaben der Polizei, according to a news release from X: the body behind the statement.
                    if named == nil, let (speaker, at) = statementSpeaker(block, from: after, starts: starts, nounSpeaker, phraseSpeaker) {
                        named = speaker
                        after = at
                    }
                    // secondo quanto riportato dall'Istituto …: the one who reported it.
                    if named == nil, block.word(after) == "quanto" {
                        var p = after + 1
                        while Self.adverbs.contains(block.word(p)) { p += 1 }
                        if Self.participles.contains(block.word(p)), Self.agentPrepositions.contains(block.word(p + 1)) {
                            after = p + 2
                            named = starts[after]
                        }
                    }
                    // According to him: the person named before.
                    if named == nil, Self.reporting.pronouns.contains(block.word(after)), block.word(after + 1) == ",",
                       let e = personBefore(bi, k) {
                        named = (e, after)
                    }
                    if named == nil, Self.sourceArticles.contains(block.word(after)) {
                        after += 1; named = starts[after]
                    }
                    if named == nil, gazetteer.personTitles.contains(block.word(after)) { after += 1; named = starts[after] }
                    if named == nil, gazetteer.isAdjective(block.word(after)) { after += 1; named = starts[after] }
                    // secondo gli inquirenti, according to police: a speaking common noun.
                    if named == nil, let n = nounSpeaker(block, after) { named = n }
                    // according to Alphabet CFO Ruth Porat: the person after the body and the office.
                    if let (_, nameLast) = named, gazetteer.personTitles.contains(block.word(nameLast + 1)), let person = starts[nameLast + 2] {
                        named = person
                    }
                    // Secondo le compagnie ferroviarie, …; according to city documents: a noun phrase as written,
                    // opening its sentence before a comma (else `secondo la normativa` is no source), or after `according to`.
                    if named == nil, let last = nounPhrase(block, from: after),
                       block.word(last + 1) == "," && (opener == block.sentenceFirst[k] || block.word(opener - 1) == ",")
                        || (w == "according" && (block.word(last + 1) == "," || last >= sentenceEnd)) {
                        named = (phraseSpeaker(block, after, last), last)
                    }
                    if let (e, nameLast) = named {
                        // Past an alias in apposition: secondo l'Agenzia …, nota come Aie, …
                        var xLast = nameLast
                        if block.word(xLast + 1) == ",", let y = (xLast + 2...xLast + 6).first(where: { ends[$0] == e && block.word($0 + 1) == "," }) {
                            xLast = y
                        }
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
                } else if flags.contains(.speakerMarker), language == .german {
                    verbEnd = k  // `"…", so der Sprecher`: read as an inverted verb only
                }
                let marker = verbEnd == k && flags.contains(.speakerMarker) && !flags.contains(.reportingVerb)
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
                // (`fuentes oficiales confirman`: the noun's phrase ends before the verb.)
                let nounFirst = (max(0, s - 4)...max(0, s)).first { speakingNounEnd(block, $0) == s && Self.speakingNouns.contains(block.lower($0)) } ?? s
                // (Not an opener the names took for a name: `Según informaron fuentes …`, `Como explicó …`.)
                let named = block[max(0, s)].flags.contains(.sourceOpener) || Self.asWords.contains(block.word(s)) ? nil : ends[s]
                var subject = named ?? (Self.nounPrepositions.contains(block.word(nounFirst - 1))
                    || (NameFinder.articles.contains(block.word(nounFirst - 1)) && Self.nounPrepositions.contains(block.word(nounFirst - 2)))
                    ? nil : nounSpeaker(block, nounFirst).map(\.0))
                // (Or a role: `the chief said`, `il Papa ha ricordato`.)
                if subject == nil, s >= 0, !Self.nounPrepositions.contains(block.word(s - 2)) { subject = roleSpeaker(block, s) }
                // (Or a body the names missed, after its article: `La Procura contesta`.)
                if subject == nil, s >= 1, s < block.count, block[s].kind == .word, block[s].isCapitalized, !block[s].sentenceStart,
                   !block[s].flags.contains(.stopword), Self.definiteArticles.contains(block.word(s - 1)),
                   block[s - 1].sentenceStart || block.word(s - 2) == "," {
                    subject = phraseSpeaker(block, s, s)
                }
                // (Or a pronoun opening the sentence or after the quotation: `He said`, `"…," he told`, `Wie er sagte`.)
                let quoted = s >= 2 && (Self.closingQuotes.contains(block.word(s - 1)) || (block.word(s - 1) == "," && Self.closingQuotes.contains(block.word(s - 2))))
                if subject == nil, s >= 0, ends[s] == nil, Self.reporting.pronouns.contains(block.word(s)),
                   s == block.sentenceFirst[k] || quoted || Self.asWords.contains(block.word(s - 1)) {
                    subject = personBefore(bi, quoted ? quoteOpening(block, before: s) : block.sentenceFirst[s])
                }
                // Wie die Polizei in Potsdam mitteilte, wurden …: a German clause with its verb last, the claim after it.
                if !marker, language == .german,
                   subject.map({ isPlace($0) && Self.prepositions.contains(block.word(firstOfMention(bi, s, $0) - 1)) }) ?? true, block.word(verbEnd + 1) == ",", verbEnd + 2 <= sentenceEnd,
                   let (e, _) = wieSpeaker(block, verb: v, starts: starts, nounSpeaker), !isPlace(e) {
                    add(e, block, verbEnd + 2, sentenceEnd)
                    lastCited = (e, sentenceEnd)
                    continue
                }
                if !marker, let e = subject, s >= block.sentenceFirst[k],
                   !(isPlace(e) && Self.prepositions.contains(block.word(firstOfMention(bi, s, e) - 1))) {
                    var claimStart = verbEnd + 1
                    var p = verbEnd + 1
                    // Up to four words (to whom, when) before "che"/"that".
                    while p <= min(sentenceEnd, verbEnd + 5), !Self.complementizers.contains(block.word(p)), ![",", ".", ":"].contains(block.word(p)) { p += 1 }
                    if Self.complementizers.contains(block.word(p)) {
                        claimStart = p + 1
                    } else if block.word(verbEnd + 1) == ":" {
                        claimStart = verbEnd + 2
                    } else if Self.providingVerbs.contains(block.word(verbEnd)) {
                        guard Self.providedThings.contains(block.word(verbEnd + 1)) else { continue }
                        claimStart = verbEnd + 1
                    } else if quoted || block.word(verbEnd + 1) == "," || block.word(verbEnd + 1) == "." || verbEnd >= sentenceEnd {
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
                        while Self.closingQuotes.contains(block.word(comma)), comma - 1 >= first { comma -= 1 }
                        if s > first, [",", "!", "?"].contains(block.word(comma)), comma - 1 >= first {
                            add(e, block, first, comma - 1)
                            lastCited = (e, sentenceEnd)
                        }
                        continue
                    }
                    // `the FDA adds a third vaccine`: a verb that takes an object reports only a clause.
                    if claimStart == verbEnd + 1, Self.reporting.clauseVerbs.contains(block.word(verbEnd)),
                       !Self.openingQuotes.contains(block.word(verbEnd + 1)) {
                        continue
                    }
                    if claimStart <= sentenceEnd {
                        add(e, block, claimStart, sentenceEnd)
                        lastCited = (e, sentenceEnd)
                    }
                    v = verbEnd
                } else if !marker, let lead = Optional(block.word(v - 1) == "l'" ? v - 2 : v - 1),
                          Self.asWords.contains(block.word(lead)) || Self.reporting.openers.contains([block.word(lead)]),
                          let (e, xLast) = speaker(after: verbEnd, in: block, starts: starts, nounSpeaker, roleSpeaker, phraseSpeaker),
                          !isPlace(e) {
                    // come ha spiegato il sindaco, …; según informaron fuentes de la Subdelegación …; …, comme l'a indiqué X.
                    let first = block.sentenceFirst[k]
                    let opens = lead == first || (lead == first + 1 && block.word(first) == ",")
                    if block.word(xLast + 1) == ",", xLast + 2 <= sentenceEnd {
                        add(e, block, xLast + 2, sentenceEnd)
                    } else if opens, xLast + 1 <= sentenceEnd, block[xLast + 1].kind == .word {
                        add(e, block, xLast + 1, sentenceEnd)
                    } else if block.word(lead - 1) == ",", lead - 2 >= first {
                        add(e, block, first, lead - 2)
                    } else {
                        continue
                    }
                    lastCited = (e, sentenceEnd)
                } else if let lead = Optional(Self.reflexives.contains(block.word(v - 1)) ? v - 2 : v - 1),
                          block.word(lead) == "," || Self.closingQuotes.contains(block.word(lead)) || Self.dashes.contains(block.word(lead)) {
                    var found = speaker(after: verbEnd, in: block, starts: starts, nounSpeaker, roleSpeaker, phraseSpeaker)
                    // The speaker's name ends its clause, or a place or time follows (`said Smith in a statement`);
                    // after a quotation, anything may follow (`esorta il Pontefice rivolto alla folla`).
                    let quoteLead = Self.closingQuotes.contains(block.word(lead)) || Self.dashes.contains(block.word(lead))
                        || (block.word(lead) == "," && Self.closingQuotes.contains(block.word(lead - 1)))
                    if let (_, xLast) = found, !(xLast >= sentenceEnd || [",", "(", ")", ";", "."].contains(block.word(xLast + 1))
                        || Self.dashes.contains(block.word(xLast + 1)) || Self.speakerFollowers.contains(block.word(xLast + 1))
                        || (quoteLead && block[xLast + 1].kind == .word && !block[xLast + 1].isCapitalized)) {
                        found = nil
                    }
                    var p = verbEnd + 1
                    while Self.adverbs.contains(block.word(p)) { p += 1 }
                    // `"…", sagte er.`; `"…", ha aggiunto.` / `dijo.`: a pronoun closing the clause, or none where the language drops it.
                    let pronoun = found == nil && Self.reporting.pronouns.contains(block.word(p))
                        && (p >= sentenceEnd || [".", ",", ";"].contains(block.word(p + 1)) || Self.dashes.contains(block.word(p + 1)))
                    let dropped = found == nil && (language == .italian || language == .spanish)
                        && (p > sentenceEnd || [".", ",", ";"].contains(block.word(p)) || Self.dashes.contains(block.word(p)))
                    guard found != nil || pronoun || dropped else { continue }
                    // "…, said X." / "…, ha spiegato X." / `…!" said X.` / `…» conclude X.`
                    // (`"… start? … no!" said Guardiola.`: the quotation runs over sentences, back to its opening mark.)
                    guard let (first, claimEnd) = claimBefore(block, verb: lead + 1),
                          let e = found?.0 ?? personBefore(bi, quoteOpening(block, before: lead + 1)) else { continue }
                    if !isPlace(e) {
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
                 _ nounSpeaker: (ScannedBlock, Int) -> (Int, Int)?, _ roleSpeaker: (ScannedBlock, Int) -> Int?,
                 _ phraseSpeaker: (ScannedBlock, Int, Int) -> Int) -> (Int, Int)? {
        var p = verbEnd + 1
        while p < block.count, Self.adverbs.contains(block.word(p)) || block[p].flags.contains(.weekday) { p += 1 }
        p = pastTime(block, from: p)
        for phrase in Self.asidePhrases where block.matches(phrase, at: p) { p += phrase.count; break }
        while p < block.count, Self.adverbs.contains(block.word(p)) { p += 1 }
        if let named = starts[p] { return named }
        // sagte Sportchef Oliver Ruhnert, said senior meteorologist Angus Hines: a role before the name.
        if p < block.count, block[p].kind == .word, block[p].isCapitalized || gazetteer.personTitles.contains(block.lower(p)), let named = starts[p + 1] {
            return named
        }
        if let q = (p + 1...p + 2).first(where: { gazetteer.personTitles.contains(block.word($0)) }),
           (p..<q).allSatisfy({ block[$0].kind == .word && !block[$0].flags.contains(.stopword) }), let named = starts[q + 1] {
            return named
        }
        // esordisce Bergoglio, ha aggiunto Papa Francesco: capitalised words the names missed, as written.
        if let last = capitalisedRun(block, from: p) { return (phraseSpeaker(block, p, last), last) }
        // racconta un pendolare, raconte l'un des locataires, said a spokesman: a noun as written.
        // (`a` is an article in English only: `ha detto a chiare lettere`.)
        if let phrase = Self.indefiniteSpeakers.first(where: { block.matches($0, at: p) }), phrase != ["a"] || language == .english,
           isCommonNoun(block, p + phrase.count) {
            return (phraseSpeaker(block, p + phrase.count, p + phrase.count), p + phrase.count)
        }
        if NameFinder.articles.contains(block.word(p)) || Self.speakerArticles.contains(block.word(p)) {
            if let n = nounSpeaker(block, p + 1) { return n }
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
            if office, block.word(c) == ",", let last = capitalisedRun(block, from: c + 1) { return (phraseSpeaker(block, c + 1, last), last) }
            // ha esortato il Pontefice, sagte der Präsident: the role as written.
            if let n = roleSpeaker(block, p + 1) { return (n, p + 1) }
            // raconte la voisine: a noun after the article, as written.
            if isCommonNoun(block, p + 1), starts[p + 1] == nil { return (phraseSpeaker(block, p + 1, p + 1), p + 1) }
            return nil
        }
        if let n = nounSpeaker(block, p) { return n }
        return nil
    }

    /// The speaker of a German clause with its verb last, opened by `wie` (`Wie die Polizei in
    /// Potsdam mitteilte, …`): the name or speaking noun after `wie` and its article.
    func wieSpeaker(_ block: ScannedBlock, verb v: Int, starts: NameMarks.Starts,
                    _ nounSpeaker: (ScannedBlock, Int) -> (Int, Int)?) -> (Int, Int)? {
        let first = block.sentenceFirst[v]
        guard let w = stride(from: v - 1, through: max(first, v - 8), by: -1).first(where: { block.word($0) == "wie" }),
              w == first || block.word(w - 1) == "," else { return nil }
        var p = w + 1
        if NameFinder.determiners.contains(block.word(p)), starts[p] == nil { p += 1 }
        return starts[p] ?? nounSpeaker(block, p)
    }

    /// The body behind a statement named after an opener (`laut Angaben der Polizei`, `according
    /// to a news release from the Sheriff's Office`) and the first token of its name.
    func statementSpeaker(_ block: ScannedBlock, from after: Int, starts: NameMarks.Starts,
                          _ nounSpeaker: (ScannedBlock, Int) -> (Int, Int)?,
                          _ phraseSpeaker: (ScannedBlock, Int, Int) -> Int) -> ((Int, Int), Int)? {
        var p = after
        if NameFinder.articles.contains(block.word(p)) || Self.indefiniteSpeakers.contains([block.word(p)]) { p += 1 }
        if !Self.reporting.statementNouns.contains(block.word(p)), !block.word(p).isEmpty, Self.reporting.statementNouns.contains(block.word(p + 1)) {
            p += 1  // a news release, a press statement
        }
        guard Self.reporting.statementNouns.contains(block.word(p)), Self.statementPrepositions.contains(block.word(p + 1)) else { return nil }
        p += 2
        if let named = starts[p] { return (named, p) }
        if NameFinder.determiners.contains(block.word(p)) { p += 1 }
        if let named = starts[p] ?? nounSpeaker(block, p) { return (named, p) }
        if var last = capitalisedRun(block, from: p) {
            // the Manatee County Sheriff's Office: a possessive inside the name.
            if ["'s", "’s"].contains(block.word(last + 1)), let more = capitalisedRun(block, from: last + 2) { last = more }
            return ((phraseSpeaker(block, p, last), last), p)
        }
        return nil
    }

    /// Prepositions between a statement and its author (`Angaben der Polizei`, `a release from`).
    static let statementPrepositions: WordList = ["der", "des", "von", "vom", "from", "by", "of"]

    /// The last token of the speaking-noun phrase at `k`: the noun, then in Italian, Spanish and
    /// French an adjective after it (`fuentes oficiales`, `fonti investigative`, `sources
    /// policières`) and a `de` phrase naming a body (`fuentes de la Subdelegación`).
    func speakingNounEnd(_ block: ScannedBlock, _ k: Int) -> Int {
        guard language == .italian || language == .spanish || language == .french, k >= 0, k < block.count else { return k }
        var last = k
        if Self.isSpeakerAdjective(block, last + 1) { last += 1 }
        var p = last + 1
        if Self.bodyPrepositions.contains(block.word(p)) {
            p += 1
            if NameFinder.articles.contains(block.word(p)) || Self.speakerArticles.contains(block.word(p)) { p += 1 }
            if let end = capitalisedRun(block, from: p) { last = end }
        }
        return last
    }

    /// True when token `k` is a lower-case plural adjective or participle by its ending (`oficiales`,
    /// `consultadas`, `investigative`, `policières`): what may follow a speaking noun.
    static func isSpeakerAdjective(_ block: ScannedBlock, _ k: Int) -> Bool {
        guard k < block.count, block[k].kind == .word, !block[k].isCapitalized, block[k].flags.isEmpty else { return false }
        let w = block.lower(k)
        return speakerAdjectiveEndings.contains { w.hasSuffix($0) && w.utf8.count > $0.utf8.count + 2 }
    }

    /// Plural endings of adjectives and participles in Italian, Spanish and French.
    static let speakerAdjectiveEndings = [
        "ali", "ari", "arie", "ive", "ivi", "ate", "ati", "ite", "iti", "ute", "uti", "iche", "ici", "ine",
        "ales", "ares", "arias", "arios", "adas", "ados", "idas", "idos", "ivas", "ivos", "icas", "icos", "oras", "anas", "anos",
        "ières", "iers", "aires", "ées", "ives", "ifs", "iques", "ches", "antes", "ants",
    ]
    /// Prepositions before the body a speaking noun speaks for (`fuentes de la Subdelegación`).
    static let bodyPrepositions: WordList = ["de", "del", "della", "dello", "dell'", "di", "du", "des"]

    /// The first name in a sentence that says where its data come from (`La fonte è … del
    /// Ministero dell'Interno`, `Fonte: Istat`, `Source: Eurostat`), and its last token.
    func dataSource(_ block: ScannedBlock, from k: Int, starts: NameMarks.Starts) -> (Int, Int)? {
        var p = NameFinder.articles.contains(block.word(k)) ? k + 1 : k
        guard Self.dataSourceWords.contains(block.word(p)) else { return nil }
        p += 1
        guard block.word(p) == ":" || Self.copulas.contains(block.word(p)) else { return nil }
        let end = block.sentenceLast[k]
        guard p < end else { return nil }
        return (p + 1...end).lazy.compactMap { starts[$0] }.first
    }

    /// Words for where data come from, and the copulas after them (`la fonte è`, `Fonte:`).
    static let dataSourceWords: WordList = ["fonte", "fonti", "source", "sources", "quelle", "quellen", "fuente", "fuentes"]
    static let copulas: WordList = ["è", "sono", "is", "are", "ist", "sind", "est", "sont", "es", "son"]

    /// The token after a time between a verb and its speaker (`indiquait à 6h30 un officier`,
    /// `said on Monday Smith`, `sagte am Freitag X`), else `p`.
    func pastTime(_ block: ScannedBlock, from p: Int) -> Int {
        guard p + 1 < block.count, Self.timePrepositions.contains(block.word(p)) else { return p }
        if block[p + 1].flags.contains(.weekday) { return p + 2 }
        guard block[p + 1].kind == .number else { return p }
        var q = p + 2
        while q < block.count, !block[q].spaceBefore, block[q].kind != .word || block[q - 1].kind == .punct { q += 1 }
        if q < block.count, Self.hourWords.contains(block.word(q)) { q += 1 }
        return q
    }

    /// Prepositions of a time of day or a weekday (`à 6h30`, `at 10 am`, `alle 9`, `am Freitag`).
    static let timePrepositions: WordList = ["à", "at", "alle", "um", "on", "am", "le", "el", "vers", "gegen", "verso", "around"]
    static let hourWords: WordList = ["h", "heures", "heure", "uhr", "ore", "horas", "am", "pm", "a.m", "p.m"]

    /// The last token of a run of up to four capitalised words from `first` that starts no
    /// sentence (a speaker's name the name finder missed: `esordisce Bergoglio`); nil for none.
    func capitalisedRun(_ block: ScannedBlock, from first: Int) -> Int? {
        func capital(_ k: Int) -> Bool {
            k < block.count && block[k].kind == .word && block[k].isCapitalized && !block[k].sentenceStart && !block[k].flags.contains(.stopword)
                && !block[k].flags.contains(.weekday) && !block[k].flags.contains(.month)
        }
        // (A capitalised stopword opens a name only before another capital: `Nello Musumeci`.)
        guard capital(first) || (first + 1 < block.count && block[first].kind == .word && block[first].isCapitalized
            && !block[first].sentenceStart && capital(first + 1)) else { return nil }
        var last = first
        while last < first + 3, capital(last + 1) { last += 1 }
        return last
    }

    /// True when token `k` is a common noun that can name a speaker: a word of three letters or
    /// more, no stopword, lower-case (in German, a capitalised noun too).
    func isCommonNoun(_ block: ScannedBlock, _ k: Int) -> Bool {
        guard k >= 0, k < block.count, block[k].kind == .word, !block[k].flags.contains(.stopword),
              !block[k].flags.contains(.reportingVerb), block.lower(k).count > 2 else { return false }
        return !block[k].isCapitalized || language == .german
    }

    /// The common-noun phrase from `first` (a noun and up to two more lower-case words, as in
    /// `compagnie ferroviarie`, `city documents`) and its last token; nil when none starts there.
    func nounPhrase(_ block: ScannedBlock, from first: Int) -> Int? {
        guard isCommonNoun(block, first), !block[first].isCapitalized else { return nil }
        var last = first
        while last < first + 2, isCommonNoun(block, last + 1), !block[last + 1].isCapitalized { last += 1 }
        return last
    }

    /// The name that opens the sentence at `sentenceFirst`, past capitalised words and titles
    /// before it (`Bolton manager Owen Coyle`, `Régis Scheenaerts`), and its last token.
    func openingSpeaker(_ block: ScannedBlock, sentenceFirst: Int, starts: NameMarks.Starts) -> (Int, Int)? {
        var p = sentenceFirst
        while p < sentenceFirst + 4, starts[p] == nil, block[p].kind == .word,
              block[p].isCapitalized || gazetteer.personTitles.contains(block.lower(p)) || NameFinder.determiners.contains(block.word(p)) {
            p += 1
        }
        // Bolton manager Owen Coyle: the person after the body and the role.
        if let (_, last) = starts[p], gazetteer.personTitles.contains(block.word(last + 1)), let person = starts[last + 2] { return person }
        return starts[p]
    }

    /// True when the name starting at `k` stands in apposition, between commas or after a role
    /// (`Régis Scheenaerts, sécrétaire syndical CGT, est inquiet`).
    func isApposition(_ block: ScannedBlock, _ k: Int) -> Bool {
        var c = k - 1
        while c > k - 5, c >= 0, block[c].kind == .word { c -= 1 }
        return block.word(c) == ","
    }

    /// The quotation before an inverted verb at `verb` (`"…," said X`, `« … », dit-il`): its
    /// first token (back to the opening mark when it runs over sentences) and its last one.
    func claimBefore(_ block: ScannedBlock, verb: Int) -> (first: Int, last: Int)? {
        var first = block.sentenceFirst[verb]
        var claimEnd = verb - 2
        if Self.closingQuotes.contains(block.word(verb - 1)), [",", "!", "?"].contains(block.word(verb - 2)) {
            claimEnd = verb - 3
            if first >= verb - 1, let open = stride(from: verb - 3, through: max(0, verb - 120), by: -1).first(where: {
                Self.openingQuotes.contains(block.word($0)) }) {
                first = open + 1
            }
        } else if block.word(verb - 1) == ",", Self.closingQuotes.contains(block.word(verb - 2)) {
            claimEnd = verb - 3
        }
        return claimEnd >= first ? (first, claimEnd) : nil
    }

    /// The speaker a heading names over a quotation: a heading of two to four capitalised words
    /// opening with a given name (`Manuel Pellegrini`), when the next block opens with a quote.
    func headingSpeaker(_ heading: ScannedBlock, before next: ScannedBlock, entities: [Entity],
                        _ phraseSpeaker: (ScannedBlock, Int, Int) -> Int) -> Int? {
        guard !next.isHeadline, next.count > 2, Self.openingQuotes.contains(next.word(0)), (2...4).contains(heading.count),
              heading.tokens.allSatisfy({ $0.kind == .word && $0.isCapitalized }), gazetteer.givenNames.contains(heading.lower(0)) else { return nil }
        let text = maker.text(heading, 0, heading.count - 1)
        return entities.firstIndex { $0.name == text } ?? phraseSpeaker(heading, 0, heading.count - 1)
    }

    /// Prepositions before a person who is then no subject (`statt Liebich`, `with Smith`).
    static let subjectPrepositions: WordList = SourceFunctionWords.words(.subjectPhrase)

    /// Where the quotation closing before token `verb` opens (`Varian said …: ``They …,'' he
    /// said`: the speaker named before it is the pronoun's), else the claim's first token.
    func quoteOpening(_ block: ScannedBlock, before verb: Int) -> Int {
        let first = claimBefore(block, verb: verb)?.first ?? block.sentenceFirst[max(0, min(verb, block.count - 1))]
        var q = verb - 1
        while q > first, Self.closingQuotes.contains(block.word(q)) || [",", "!", "?"].contains(block.word(q)) { q -= 1 }
        while q > first, !Self.openingQuotes.contains(block.word(q)) { q -= 1 }
        return Self.openingQuotes.contains(block.word(q)) ? q : first
    }

    /// The verb of a French inversion with its subject pronoun (`dit-il`, `explique-t-elle`,
    /// `a-t-il`); nil for any other word.
    static func invertedPronounStem(_ w: String) -> String? {
        var bytes = w
        // On the contiguous bytes: the UTF-8 view's `last` went through the generic collection.
        guard bytes.withUTF8({ b in (b.last == 0x6C || b.last == 0x65) && b.contains(0x2D) }) else { return nil }
        for suffix in ["-t-il", "-t-elle", "-il", "-elle"] where w.hasSuffix(suffix) {
            return String(w.dropLast(suffix.count))
        }
        return nil
    }

    /// Words that may follow a speaker's name after an inverted verb: a place, a time, a medium
    /// (`said Smith in a statement`, `sagte Zingler bei Sky`, `esordisce Bergoglio a inizio udienza`).
    static let speakerFollowers: WordList = SourceFunctionWords.words(.afterSpeaker)
    /// `un pendolare`, `l'un des locataires`, `a spokesman`, `one of the witnesses`.
    static let indefiniteSpeakers: [[String]] = [
        ["l'un", "des"], ["l'une", "des"], ["l'", "un", "des"], ["l'", "une", "des"], ["uno", "dei"], ["una", "delle"], ["one", "of", "the"],
        ["uno", "degli"], ["un"], ["une"], ["uno"], ["una"], ["un'"], ["a"], ["an"], ["ein"], ["eine"], ["einer"],
    ]
    /// Definite articles before a role (`the chief`, `il Papa`, `der Präsident`).
    static let definiteArticles: WordList = SourceFunctionWords.words(.beforeRole)

    /// Prepositions that put a speaking noun inside another's phrase (`a spokesman for the police said`).
    static let nounPrepositions: WordList = SourceFunctionWords.words(.nounPhrase)

    /// Definite articles of the five languages, between an opener and its source (`selon les
    /// enquêteurs`, `según la policía`, `laut der Polizei`, `secondo gli inquirenti`).
    static let sourceArticles: WordList = SourceFunctionWords.words(.afterOpener)

    /// `se désole X`: a reflexive pronoun between the comma and the verb.
    static let reflexives: WordList = ["se", "s'", "si"]
    /// Articles before a speaker after an inverted verb (`raconte la voisine`, `dijo el alcalde`).
    static let speakerArticles: WordList = SourceFunctionWords.words(.beforeSpeaker)
    /// Asides between an inverted verb and its subject (`a répété de son côté Michel Laboureur`).
    static let asidePhrases: [[String]] = [["de", "son", "côté"], ["pour", "sa", "part"], ["quant", "à", "lui"], ["dal", "canto", "suo"],
                                           ["a", "braccio"], ["a", "caldo"]]
    /// Common nouns that speak for a body or a group (`police said`, `secondo gli inquirenti`).
    static let speakingNouns = reporting.speakingNouns

    /// Prepositions naming who did it (`riportato dall'Istituto`).
    static let agentPrepositions: WordList = SourceFunctionWords.words(.agent)
    /// Dashes that close a quoted stretch before an inverted verb (`… - esordisce Bergoglio`).
    static let dashes: WordList = ["-", "–", "—"]

    /// Words opening a reported clause (`che`, `that`, `que`, `dass`).
    static let complementizers: WordList = ["che", "that", "que", "qu'", "dass"]

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
    static let openingQuotes: WordList = ["\"", "“", "«", "„", "‘", "'", "`"]
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
