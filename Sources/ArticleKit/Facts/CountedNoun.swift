/// Finds what a number counts: the noun phrase after it (`soldati`, `pezzi di artiglieria a
/// lungo raggio`, `long-range artillery pieces`, `wounded`).
enum CountedNoun {
    /// The phrase starting at `k` (after the number and any scale word), as a token range.
    static func read(_ block: ScannedBlock, from k: Int, language: Language, gazetteer: Gazetteer) -> ClosedRange<Int>? {
        var k = k
        var skipped = false
        for skip in WordLists.countSkips where block.matches(skip, at: k) {
            k += skip.count
            skipped = true
            break
        }
        // People by nationality: 43 million Americans, 3 mila ucraini.
        if k < block.count, block[k].kind == .word, block[k].isCapitalized, nationality(block.lower(k), gazetteer) { return k...k }
        // German nouns are capitalised: 30 Helfer, 26 Millionen Menschen.
        if language == .german, k < block.count, block[k].kind == .word, block[k].isCapitalized, !block[k].isAllCaps,
           !block[k].flags.contains(.stopword), !notCounted(block.lower(k)), block[k].spaceBefore, !gazetteer.isPlace(block.lower(k)) {
            return k...k
        }
        if k < block.count {
            let w = block.lower(k)
            // two others, deux autres, due altri: a pronoun, nothing counted; three other people: the noun after it.
            if preNominal.contains(w) || otherWords.contains(w) {
                guard isContentWord(block, k + 1), !notCounted(block.lower(k + 1)) else { return nil }
                if otherWords.contains(w), language == .english {
                    let phrase = english(block, from: k + 1)
                    return k...phrase.upperBound
                }
            }
        }
        guard isContentWord(block, k), !notCounted(block.lower(k)) else { return nil }
        // Flight 370 left, 20 were: a verb, not what the number counts.
        if language == .english, englishVerbs.contains(block.lower(k)) { return nil }
        // `300 of them wounded`, `300 tra loro uccisi`: a state after the skip, not a noun (`9 of them products`).
        if skipped, language == .english, block.lower(k).hasSuffix("s"), !block.lower(k).hasSuffix("ss") { return nil }
        return language == .english ? english(block, from: k) : italian(block, from: k, gazetteer: gazetteer)
    }

    /// Words after a number that are never what it counts: a clause's start elided (`28 c'erano`),
    /// a determiner (`80 nessun`), a legal suffix (`articolo 558 bis`), an auxiliary (`121 ist`).
    static let notCountedWords: WordList = [
        "bis", "ter", "quater", "quinquies", "nessun", "nessuna", "nessuno", "ciascuno", "ciascuna",
        // auxiliaries of the other languages read with the Italian rules (`121 ist`, `40 sont`)
        "ist", "sind", "war", "waren", "hat", "haben", "wird", "werden", "est", "sont", "était", "ont", "es", "son", "fue",
        "han", "era",
        // function words of German, French and Spanish, read with the Italian rules (`9 de`, `2014 au`, `2010 und`)
        "de", "del", "el", "los", "las", "en", "y", "por", "para", "con", "que", "un", "una", "le", "les", "du", "des",
        "au", "aux", "à", "et", "pour", "sur", "dans", "par", "und", "der", "die", "das", "den", "dem", "im", "mit", "von",
        "vom", "zu", "zum", "zur", "bei", "auf", "für", "nach", "über", "ein", "eine", "einen", "am", "oder",
        // an address, not a count (`the 4600 block of Main Street`)
        "block",
        // English modals: a name's number before its verb (`Rust 1.16 will`, `iOS 16 can`)
        "will", "would", "can", "could", "may", "might", "must", "shall", "should",
    ]

    /// English verbs and relatives that follow a number without being what it counts.
    static let englishVerbs: WordList = [
        "were", "was", "are", "is", "have", "had", "has", "left", "said", "says", "who", "which", "that", "show", "shows", "showed",
        "did", "do", "does", "went", "came", "got", "remain", "remained", "remains",
    ]

    /// English words between a number and its noun that count more of the same (`three other people`, `twenty more adopters`).
    static let otherWords: WordList = ["other", "more"]

    /// German separable-verb particles and prepositions closing a clause after a number (`ab 16 statt 17`).
    static let germanParticles: WordList = ["statt", "ab", "aus", "seit", "um", "vor", "zurück"]

    static func notCounted(_ w: String) -> Bool {
        germanParticles.contains(w) || notCountedWords.contains(w) || NameFinder.endsInApostrophe(w) || (w.utf8.count == 1 && !NumberShape.gluedUnits.contains(w))  // 10 p.m., not 30 m²
    }

    /// `americans`, `ucraini`: a nationality adjective used as a plural noun.
    static func nationality(_ w: String, _ gazetteer: Gazetteer) -> Bool {
        gazetteer.isAdjective(w) || (w.hasSuffix("s") && gazetteer.isAdjective(String(w.dropLast())))
            || (w.hasSuffix("s") && gazetteer.isAdjective(String(w.dropLast()) + "o"))
    }

    /// A lower-case word that is not a function word.
    static func isContentWord(_ block: ScannedBlock, _ k: Int) -> Bool {
        guard k >= 0, k < block.count else { return false }
        let t = block[k]
        guard t.kind == .word, !t.isCapitalized, !t.flags.contains(.stopword) else { return false }
        let w = block.lower(k)
        return WordLists.scales[w] == nil && w != "'s"
    }

    /// Italian: a head noun, then `di` phrases, fixed modifiers and adjectives of nationality.
    static func italian(_ block: ScannedBlock, from start: Int, gazetteer: Gazetteer) -> ClosedRange<Int> {
        // An adjective before the noun: 40.000 nuovi volumi.
        let head = preNominal.contains(block.word(start)) && isContentWord(block, start + 1) ? start + 1 : start
        var last = head
        var ofPhrases = 0
        var adjectives = 0
        var k = head + 1
        while k < block.count {
            if let modifier = modifier(block, at: k) {
                last = k + modifier.count - 1
                k = last + 1
                continue
            }
            let w = block.word(k)
            if ofPhrases < 2, ["di", "dei", "degli", "delle", "del", "della", "d'"].contains(w), isContentWord(block, k + 1),
               !isParticiple(block.word(k + 1)) {
                last = k + 1
                k += 2
                ofPhrases += 1
                continue
            }
            if adjectives < 1, block[k].kind == .word, !block[k].isCapitalized,
               gazetteer.isAdjective(w) || (ofPhrases > 0 && looksAdjectival(w) && isContentWord(block, k) && !isParticiple(w)) {
                last = k
                k += 1
                adjectives += 1
                continue
            }
            break
        }
        return start...last
    }

    /// Italian adjective endings, for `sistemi di difesa aerea`.
    static func looksAdjectival(_ w: String) -> Bool {
        for ending in ["ea", "eo", "ei", "ale", "ali", "ica", "ico", "ici", "iche", "iva", "ivo", "ivi", "ive", "are", "ari"]
        where w.hasSuffix(ending) && w.utf8.count > ending.utf8.count + 2 { return true }
        return false
    }

    /// `WordLists.countModifiers` by first word.
    static let modifiers = WordMap(Dictionary(grouping: WordLists.countModifiers, by: { $0[0] }))

    /// The fixed modifier starting at `k`, if any.
    static func modifier(_ block: ScannedBlock, at k: Int) -> [String]? {
        guard k < block.count, let candidates = modifiers[block.lower(k)] else { return nil }
        return candidates.first { block.matches($0, at: k) }
    }

    static let preNominal: WordList = [
        "nuovi", "nuove", "ulteriori", "altri", "altre", "diversi", "diverse", "vari", "varie", "primi", "prime",
        "ultimi", "ultime", "soli", "sole", "piccoli", "piccole", "grandi",
        // French and Spanish, read with the same rules (sept autres maisons, dos nuevos casos)
        "autres", "nouveaux", "nouvelles", "premiers", "premières", "derniers", "dernières", "otros", "otras", "nuevos", "nuevas",
    ]
    /// Units that end an English counted phrase (`1.2 gigawatt offshore wind farm` counts gigawatt).
    static let units: WordList = [
        "gigawatt", "megawatt", "kilowatt", "terawatt", "gw", "mw", "kw", "km", "kilometres", "kilometers", "miles",
        "metres", "meters", "kg", "tonnes", "tons", "hectares", "acres",
    ]

    /// Italian past participles used after a counted noun (`inviati`, `registrati`, `feriti`).
    static func isParticiple(_ w: String) -> Bool {
        for ending in ["ati", "ate", "iti", "ite", "uti", "ute"] where w.hasSuffix(ending) && w.utf8.count > 5 { return true }
        return false
    }

    /// English: up to four content words, ending at the first plural; an `of` phrase after a
    /// measure noun.
    static func english(_ block: ScannedBlock, from head: Int) -> ClosedRange<Int> {
        var last = head
        var k = head
        while k < block.count, k < head + 4, isContentWord(block, k) {
            let w = block.word(k)
            if k > head, WordLists.englishPhraseEnders.contains(w) { break }
            last = k
            if isPlural(w) { break }
            if k == head, units.contains(w), !["hours", "hour"].contains(block.word(k + 1)) { break }
            if k == head, WordLists.englishPhraseEnders.contains(w) { break }
            k += 1
        }
        // construction and supply jobs
        if !isPlural(block.word(last)), ["and", "or"].contains(block.word(last + 1)), isContentWord(block, last + 2) {
            if isPlural(block.word(last + 2)) {
                last += 2
            } else if isContentWord(block, last + 3), isPlural(block.word(last + 3)) {
                last += 3
            }
        }
        if WordLists.measureNouns.contains(block.word(last)), block.word(last + 1) == "of", isContentWord(block, last + 2) {
            last += 2
        }
        if let modifier = modifier(block, at: last + 1) {
            last += modifier.count
        }
        return head...last
    }

    static func isPlural(_ w: String) -> Bool {
        if WordLists.irregularPlurals.contains(w) { return true }
        guard w.utf8.count > 3, w.hasSuffix("s") else { return false }
        return !(w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is"))
    }
}
