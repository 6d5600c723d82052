/// Groups name candidates into entities: the same name mentioned again, aliases the text
/// declares (`Nis`), a surname or family name standing for a full name (`Putin`, `Kim`), and
/// bare organisation words standing for the one organisation they fit (`il ministero`).
/// Candidates that stay unexplained are dropped: precision over recall.
struct EntityGrouper {
    private(set) var entities: [Entity] = []
    /// For each candidate, the entity it was resolved to.
    private(set) var resolved: [Int?] = []
    /// Entities by kind and key (`person` and `kim jong-un`).
    private var byKey: [Tag: Int] = [:]
    private var aliasKeys: [String: Int] = [:]
    /// Each entity's name as a lookup key, kept beside `entities`.
    private var keys: [String] = []
    /// The entities by a word of their name, for the rules that ask which one is named so.
    private var lookup = EntityLookup()
    /// Mentions listed per entity (`FactLimits.mentionsPerName`): past twice as many, an
    /// entity's mentions are put in text order and the last are counted, not kept.
    private let mentionLimit: Int
    /// Entities given headline mentions since their mentions were last sorted.
    private var unsorted: Set<Int> = []

    /// An entity's kind with its key.
    private struct Tag: Hashable {
        let kind: Entity.Kind
        let key: String
    }

    /// The lists whose given names and places the grouping rules consult.
    private let gazetteer: Gazetteer

    init(_ candidates: [NameCandidate], blocks: [ScannedBlock], maker: MentionMaker, gazetteer: Gazetteer,
         mentionLimit: Int = FactLimits.standard.mentionsPerName, language: Language = .unknown) {
        self.gazetteer = gazetteer
        self.mentionLimit = max(1, mentionLimit)
        resolved = Array(repeating: nil, count: candidates.count)
        // A candidate's text is its mention's text (both made from its tokens by the maker).
        func mention(_ c: NameCandidate) -> Mention { maker.mention(blocks[c.block], c.first, c.last, text: c.text) }
        func kindOf(_ k: NameCandidate.Kind) -> Entity.Kind? {
            switch k {
            case .person: .person
            case .place: .place
            case .organization: .organization
            default: nil
            }
        }
        // Full names first; short forms and acronyms wait until every full name is known.
        let declared = Set(candidates.filter { $0.aliasOf != nil }.map(\.key))
        let heads = Self.organizationHeads(candidates, gazetteer: gazetteer)
        func isAcronym(_ c: NameCandidate) -> Bool { c.text.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }
        func deferred(_ c: NameCandidate) -> Bool {
            c.nested || declared.contains(c.key) || (!Self.hasSpace(c.key) && (c.kind == .person
                || (c.kind == .organization && (isAcronym(c) || heads[c.key] != nil))))
        }
        for (i, c) in candidates.enumerated() where c.aliasOf == nil {
            guard let kind = kindOf(c.kind), !deferred(c) else { continue }
            let tag = Tag(kind: kind, key: c.key)
            let idx: Int
            if let existing = byKey[tag] {
                idx = existing
            } else {
                idx = entities.count
                appendEntity(Entity(kind: kind, name: c.text, aliases: [], mentions: []), key: c.key)
                byKey[tag] = idx
                aliasKeys[c.key] = aliasKeys[c.key] ?? idx
            }
            addMention(idx, mention(c))
            resolved[i] = idx
        }
        // Declared aliases.
        for (i, c) in candidates.enumerated() {
            guard let owner = c.aliasOf, let idx = resolved[owner] else { continue }
            addAlias(idx, c.text)
            aliasKeys[c.key] = idx
            addMention(idx, mention(c))
            resolved[i] = idx
        }
        // Short forms: a surname or family name of exactly one person, an alias, a known name.
        for (i, c) in candidates.enumerated() where resolved[i] == nil && c.aliasOf == nil {
            // A place inside an organisation's name counts only as a mention of one named on its own.
            if c.nested {
                if let idx = byKey[Tag(kind: .place, key: c.key)] {
                    addMention(idx, mention(c))
                    resolved[i] = idx
                }
                continue
            }
            guard c.kind == .unknown || c.kind == .person || (c.kind == .organization && deferred(c)) else { continue }
            if let idx = aliasKeys[c.key] {
                addMention(idx, mention(c))
                resolved[i] = idx
                continue
            }
            // Union for Union Berlin: the first word of one organisation named in full.
            if c.kind == .organization, !isAcronym(c), let full = heads[c.key], let idx = byKey[Tag(kind: .organization, key: full)] {
                addAlias(idx, c.text)
                aliasKeys[c.key] = idx
                addMention(idx, mention(c))
                resolved[i] = idx
                continue
            }
            if c.kind == .organization {
                // An acronym of an organisation named in full (IMF, International Monetary Fund), or one of its own.
                lookup.catchUp(entities, keys: keys)
                let owners = lookup.organizations(withInitials: c.key)
                let idx: Int
                if owners.count == 1 {
                    idx = owners[0]
                    addAlias(idx, c.text)
                } else {
                    idx = entities.count
                    appendEntity(Entity(kind: .organization, name: c.text, aliases: [], mentions: []), key: c.key)
                    byKey[Tag(kind: .organization, key: c.key)] = idx
                }
                aliasKeys[c.key] = idx
                addMention(idx, mention(c))
                resolved[i] = idx
                continue
            }
            // A place by its context: in Sindh, near Sukkur, the town of El Granado; Sindh and Punjab.
            if c.kind == .unknown, !gazetteer.givenNames.contains(c.key),
               Self.placePrepositions.contains(c.before) || coordinatedWithPlace(i, candidates)
                || (["of", "di"].contains(c.before) && Self.placeNouns.contains(c.before2)) {
                resolved[i] = addNamed(.place, c, mention(c), alias: .keepFirst)
                continue
            }
            if Self.hasSpace(c.key), c.kind == .unknown {
                // The end of a person's name: De Pascale for Michele de Pascale.
                lookup.catchUp(entities, keys: keys)
                let owners = lookup.people(endingIn: c.key)
                if owners.count == 1 {
                    addAlias(owners[0], c.text)
                    aliasKeys[c.key] = owners[0]
                    addMention(owners[0], mention(c))
                    resolved[i] = owners[0]
                    continue
                }
            }
            if !Self.hasSpace(c.key) {
                lookup.catchUp(entities, keys: keys)
                let owners = lookup.people(endingOrStartingWith: Substring(c.key))
                if owners.count == 1 {
                    addAlias(owners[0], c.text)
                    aliasKeys[c.key] = owners[0]
                    addMention(owners[0], mention(c))
                    resolved[i] = owners[0]
                    continue
                }
            }
            // A single unknown name that says something: an organisation (Legambiente ha avvertito che).
            if c.kind == .unknown, c.speaks || Self.companyVerbs.contains(c.after), !gazetteer.givenNames.contains(String(c.key.prefix { $0 != " " })) {
                resolved[i] = addNamed(.organization, c, mention(c), alias: .keepFirst)
                continue
            }
            if c.kind == .person, c.personContext {
                resolved[i] = addNamed(.person, c, mention(c), alias: .replace)
            }
        }
        // Bare organisation words: the one organisation whose name holds the word.
        for (i, c) in candidates.enumerated() where c.kind == .reference {
            lookup.catchUp(entities, keys: keys)
            let owners = lookup.organizations(holding: Substring(c.key))
            if owners.count == 1 {
                addMention(owners[0], mention(c))
                resolved[i] = owners[0]
            } else if owners.isEmpty, c.text.first?.isUppercase == true, Self.capitalNames(c, blocks[c.block], language),
                      (c.before == "the" && !Lexicon.flags(c.key).contains(.lowercaseHead)) || c.speaks
                        || c.after.isEmpty || Lexicon.flags(c.after).contains(.stopword) || c.after.unicodeScalars.first.map({ !$0.properties.isAlphabetic }) == true {
                // Il Parlamento, la Procura contesta: a capitalised institution named by its word alone.
                resolved[i] = addNamed(.organization, c, mention(c), alias: .none)
            }
        }
        for e in entities.indices { entities[e].mentions.sort { $0.span.start < $1.span.start } }
    }

    /// True when the capital of a bare organisation word says it names one body (`Il Parlamento
    /// ha votato`, `la Regione`, `L'Agenzia`): not at a sentence start (`Police were sent`), where any word
    /// takes one, nor in German, where every noun does (`Wie die Polizei mitteilte`), nor alone
    /// in a table cell, where it labels a column (`Nome del Comune`).
    static func capitalNames(_ c: NameCandidate, _ block: ScannedBlock, _ language: Language) -> Bool {
        // (An elided article keeps the sentence start for the word after it: L'Agenzia ha detto.)
        language != .german && (!block[c.first].sentenceStart || NameFinder.articles.contains(c.before)) && !block.isTableCell
    }

    /// The organisations of two or more words by their first word, where that word opens only
    /// one of them (`union` for `Union Berlin`): a one-word organisation by that name, no acronym,
    /// is its short form, a name seen once as an organisation being one everywhere. Not when the
    /// rest names a body of its own (`SoftBank Vision Fund` beside `SoftBank`).
    static func organizationHeads(_ candidates: [NameCandidate], gazetteer: Gazetteer) -> [String: String] {
        var heads: [String: String] = [:]
        var shared: Set<String> = []
        for c in candidates where c.kind == .organization && c.aliasOf == nil && !c.nested {
            guard let space = c.key.firstIndex(of: " ") else { continue }
            let head = String(c.key[..<space])
            if c.key[c.key.index(after: space)...].split(separator: " ").contains(where: { gazetteer.organizationWords.contains(String($0)) }) {
                shared.insert(head)
            } else if let other = heads[head], other != c.key {
                shared.insert(head)
            } else {
                heads[head] = c.key
            }
        }
        for head in shared { heads[head] = nil }
        return heads
    }

    /// Verbs whose subject is a company (`SoftBank acquired`, `Masabi raised`).
    static let companyVerbs: WordList = [
        "raised", "raises", "acquired", "acquires", "launched", "launches", "invested", "invests", "hired", "employs",
        "shipped", "sells", "sold", "unveiled", "announced",
    ]
    static let placeNouns: WordList = [
        "town", "city", "village", "region", "province", "county", "città", "comune", "paese", "regione", "provincia",
    ]
    static let joins: WordList = ["and", "e", "ed", "or", "o", ","]
    /// Marks that end a list of places (`in Sindh, Punjab.`).
    static let listEnds: WordList = [".", ";", ")", ":", ""]
    static let placePrepositions: WordList = ["in", "near", "around", "outside", "across", "vicino", "presso"]

    /// `Sindh and Punjab`: a neighbour joined by `and`/`e` is a place the gazetteer knows.
    private func coordinatedWithPlace(_ i: Int, _ candidates: [NameCandidate]) -> Bool {
        let c = candidates[i]
        func isPlace(_ j: Int) -> Bool {
            let o = candidates[j]
            return o.block == c.block && o.kind == .place && gazetteer.isPlace(o.key)
        }
        // After a comma only inside a list (`Sindh, Punjab and Sukkur`), not before a verb (`a Bilbao, Nibali rafforza`).
        let listGoesOn = c.before != "," || Self.joins.contains(c.after) || Self.listEnds.contains(c.after)
        if Self.joins.contains(c.before), listGoesOn, i > 0, candidates[i - 1].last == c.first - 2, isPlace(i - 1) { return true }
        if Self.joins.contains(c.after), i + 1 < candidates.count, candidates[i + 1].first == c.last + 2, isPlace(i + 1) { return true }
        return false
    }

    /// `key.contains(" ")` as Foundation answers it; an ASCII key is answered from its bytes.
    static func hasSpace(_ key: String) -> Bool {
        var space = false
        for c in key.utf8 {
            if c >= 0x80 { return key.contains(" ") }
            if c == 0x20 { space = true }
        }
        return space
    }

    /// `key.split(separator: " ")`; an ASCII key is split by its bytes.
    static func words(_ key: String) -> [Substring] {
        guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.split(separator: " ") }
        return key.utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// Lower-cased initials of the capitalised words of a name (`International Monetary Fund` → `imf`).
    static func initials(_ name: String) -> String {
        String(name.split(separator: " ").compactMap { w in w.first.flatMap { $0.isUppercase ? Character($0.lowercased()) : nil } })
    }

    /// What an entity made from a candidate does to the alias table.
    private enum AliasRule { case keepFirst, replace, none }

    /// The entity of `kind` named by the candidate's key, made if new, with the mention added;
    /// returns its index.
    private mutating func addNamed(_ kind: Entity.Kind, _ c: NameCandidate, _ m: Mention, alias: AliasRule) -> Int {
        let tag = Tag(kind: kind, key: c.key)
        let idx = byKey[tag] ?? entities.count
        if idx == entities.count {
            appendEntity(Entity(kind: kind, name: c.text, aliases: [], mentions: []), key: c.key)
            byKey[tag] = idx
            switch alias {
            case .keepFirst: aliasKeys[c.key] = aliasKeys[c.key] ?? idx
            case .replace: aliasKeys[c.key] = idx
            case .none: break
            }
        }
        addMention(idx, m)
        return idx
    }

    private mutating func appendEntity(_ e: Entity, key: String) {
        entities.append(e)
        keys.append(key)
    }

    /// Adds a mention to entity `idx`. Past twice `mentionLimit`, the entity's mentions are put
    /// in text order and cut to the limit, the rest counted (`unlistedMentions`): a name
    /// mentioned a million times keeps at most twice the limit at any time.
    private mutating func addMention(_ idx: Int, _ m: Mention) {
        entities[idx].mentions.append(m)
        guard entities[idx].mentions.count >= 2 * mentionLimit else { return }
        entities[idx].mentions.sort { $0.span.start < $1.span.start }
        entities[idx].unlistedMentions += entities[idx].mentions.count - mentionLimit
        entities[idx].mentions.removeLast(entities[idx].mentions.count - mentionLimit)
    }

    private mutating func addAlias(_ idx: Int, _ text: String) {
        if text != entities[idx].name, !entities[idx].aliases.contains(text) { entities[idx].aliases.append(text) }
    }

    /// Adds a mention found outside prose (a title or heading) to an entity, creating it when
    /// new. The mentions are put in text order once, by `sortHeadlineMentions()`: sorting after
    /// every one took 17 s for a title naming one place 160,000 times.
    mutating func addHeadlineMention(kind: Entity.Kind, key: String, mention: Mention) {
        if let idx = aliasKeys[key] ?? byKey[Tag(kind: kind, key: key)] {
            addMention(idx, mention)
            unsorted.insert(idx)
        } else {
            byKey[Tag(kind: kind, key: key)] = entities.count
            aliasKeys[key] = entities.count
            appendEntity(Entity(kind: kind, name: mention.text, aliases: [], mentions: [mention]), key: key)
        }
    }

    /// Puts back in text order the mentions of the entities `addHeadlineMention` added to.
    mutating func sortHeadlineMentions() {
        for idx in unsorted { entities[idx].mentions.sort { $0.span.start < $1.span.start } }
        unsorted = []
    }

    /// The entity a name key stands for, if any.
    func entity(forKey key: String) -> Int? { aliasKeys[key] }
}
