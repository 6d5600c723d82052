import ArticleKit

/// The fact categories the keys name, in the order the report prints them.
enum FactCategory: String, CaseIterable {
    case people, places, organisations, sources, figures, dates
}

/// Matched, found and keyed counts of one category, with what was wrong, for the report.
struct FactCount {
    var matched = 0
    var found = 0
    var keyed = 0
    var wrong: [String] = []
    var missed: [String] = []

    mutating func add(_ other: FactCount) {
        matched += other.matched
        found += other.found
        keyed += other.keyed
    }

    var precision: Double? { found == 0 ? nil : Double(matched) / Double(found) }
    var recall: Double? { keyed == 0 ? nil : Double(matched) / Double(keyed) }
    var f1: Double? {
        guard let p = precision, let r = recall, p + r > 0 else { return nil }
        return 2 * p * r / (p + r)
    }
}

/// Facts found in one document against its key. Names match when one of their forms equals a
/// keyed form (case, accents and spacing folded); a source also matches when one name holds
/// the other as whole words; figures match by their number as written; dates by ISO value.
/// Every found fact is counted, so the same date listed twice is one right and one wrong.
struct FactScore {
    var counts: [FactCategory: FactCount] = [:]

    init(facts: Facts, key: CorpusKey.FactKey) {
        counts[.people] = Self.names(facts.people.map(Self.forms), key.people)
        counts[.places] = Self.names(facts.places.map(Self.forms), key.places)
        counts[.organisations] = Self.names(facts.organizations.map(Self.forms), Self.organizationGroups(key.organisations))
        let entities = facts.people + facts.places + facts.organizations
        let sourceForms = facts.sources.map { source in
            entities.first { $0.name == source.name }.map(Self.forms) ?? [source.name]
        }
        counts[.sources] = Self.names(sourceForms, Self.sourceGroups(key), wholeWords: true)
        counts[.figures] = Self.values(facts.figures.map(\.text), key.figures, by: { TextMatch.firstNumber($0) ?? $0 },
                                       spelledAlike: true)
        counts[.dates] = Self.values(facts.dates.map(\.iso), key.dates, by: { $0 })
    }

    /// The spaCy peer's names against the same key, by the same rules (people, places and
    /// organisations only: the peer finds no sources, figures or dates).
    init(peer: PeerDocument, key: CorpusKey.FactKey) {
        counts[.people] = Self.names(PeerNames.grouped(peer.people, partsOfNames: true), key.people)
        counts[.places] = Self.names(PeerNames.grouped(peer.places), key.places)
        counts[.organisations] = Self.names(PeerNames.grouped(peer.organisations), Self.organizationGroups(key.organisations))
    }

    /// The keyed organisations, an acronym listed apart from the name it abbreviates joined to
    /// it (`Food and Drug Administration`, `FDA`; `Bureau of Meteorology`, `BoM`): the key rule
    /// lists the forms of one name as one entry, as for people (`["Istituto Nazionale di
    /// Geofisica e Vulcanologia", "INGV"]`), and the output counts them as one organisation with
    /// its aliases, so an organisation is counted once whichever way its key lists it.
    static func organizationGroups(_ keyed: [CorpusKey.NameGroup]) -> [CorpusKey.NameGroup] {
        var out = keyed
        var gone = Set<Int>()
        for (i, group) in keyed.enumerated() {
            guard group.forms.count == 1, let letters = acronymLetters(group.forms[0]) else { continue }
            let owner = out.indices.first { j in
                j != i && !gone.contains(j) && out[j].forms.contains { initials($0).contains(letters) }
            }
            if let owner {
                out[owner].forms += group.forms
                gone.insert(i)
            }
        }
        return out.enumerated().filter { !gone.contains($0.offset) }.map(\.element)
    }

    /// The lower-cased letters of a form written as an acronym (two to six letters, at least two
    /// capitals, no space: `FDA`, `BoM`, `UVa`), or nil.
    static func acronymLetters(_ form: String) -> String? {
        let letters = form.filter(\.isLetter)
        guard (2...6).contains(letters.count), letters.count == form.count, letters.filter(\.isUppercase).count >= 2 else { return nil }
        return letters.lowercased()
    }

    /// The initials a name may be abbreviated by: of its capitalised words (`Food and Drug
    /// Administration`, `fda`) and of all its words (`Bureau of Meteorology`, `bom`).
    static func initials(_ name: String) -> [String] {
        let words = name.split { $0 == " " || $0 == "-" }
        guard words.count >= 2 else { return [] }
        let capitalised = String(words.compactMap { w in w.first.flatMap { $0.isUppercase ? Character($0.lowercased()) : nil } })
        let all = String(words.compactMap { $0.first.map { Character($0.lowercased()) } })
        return [capitalised, all]
    }

    static func forms(_ entity: Entity) -> [String] { [entity.name] + entity.aliases }

    /// The keyed sources, those that name the same keyed person, place or organisation made one
    /// (keys list each written form of a source: `senior meteorologist Angus Hines`, `Mr Hines`;
    /// a source is counted once, as people are). A form holding a person's name names that
    /// person, whatever body it also holds (`Woonsocket Police Chief Thomas Oates`).
    static func sourceGroups(_ key: CorpusKey.FactKey) -> [CorpusKey.NameGroup] {
        let names = (key.people + key.organisations + key.places).map { $0.forms.map(TextMatch.folded) }
        let people = key.people.count
        var out: [CorpusKey.NameGroup] = []
        var byName: [Int: Int] = [:]
        for source in key.sources {
            let s = TextMatch.folded(source.forms[0])
            // The longest name it holds; a person before a body (`Woonsocket Police Chief Thomas Oates` is Thomas Oates).
            var best: (name: Int, length: Int)?
            for (n, forms) in names.enumerated() {
                for f in forms where holds(s, f) {
                    let better = best.map { b in (n < people) != (b.name < people) ? n < people : f.count > b.length } ?? true
                    if better { best = (n, f.count) }
                }
            }
            if let best, let at = byName[best.name] {
                out[at].forms += source.forms
            } else {
                if let best { byName[best.name] = out.count }
                out.append(source)
            }
        }
        return out
    }

    /// With `wholeWords`, a found name takes a group it equals before any group that only holds
    /// it (or that it holds), so `economists` takes the key's `economists`, not `Bloomberg's
    /// latest survey of economists`, which `Bloomberg` then takes.
    static func names(_ found: [[String]], _ keyed: [CorpusKey.NameGroup], wholeWords: Bool = false) -> FactCount {
        var count = FactCount(found: found.count, keyed: keyed.count)
        var open = keyed.map { Set($0.forms.map(TextMatch.folded)) }
        let folded = found.map { $0.map(TextMatch.folded) }
        var taken = [Bool](repeating: false, count: found.count)
        for (i, forms) in folded.enumerated() {
            if let hit = open.firstIndex(where: { group in forms.contains { group.contains($0) } }) {
                open[hit] = []
                taken[i] = true
                count.matched += 1
            }
        }
        for (i, forms) in folded.enumerated() where !taken[i] {
            let hit = !wholeWords ? nil : open.firstIndex { group in
                forms.contains { form in group.contains { Self.holds(form, $0) || Self.holds($0, form) } }
            }
            if let hit {
                open[hit] = []
                count.matched += 1
            } else {
                count.wrong.append(found[i][0])
            }
        }
        count.missed = zip(open, keyed).filter { !$0.0.isEmpty }.map { $0.1.forms[0] }
        return count
    }

    /// True when `inner` occurs in `outer` as whole words.
    static func holds(_ outer: String, _ inner: String) -> Bool {
        guard !inner.isEmpty else { return false }
        return (" " + outer + " ").contains(" " + inner + " ")
    }

    /// With `spelledAlike`, a figure written without digits (`up to seven modem cards`) matches a
    /// keyed one without digits when one holds the other as whole words (`seven modem cards`):
    /// as a figure with digits matches by its number, whatever qualifier or noun comes with it.
    static func values(_ found: [String], _ keyed: [String], by value: (String) -> String, spelledAlike: Bool = false) -> FactCount {
        var count = FactCount(found: found.count, keyed: keyed.count)
        var open = keyed.map { Optional(value($0)) }
        func spelled(_ s: String) -> Bool { spelledAlike && TextMatch.firstNumber(s) == nil }
        for text in found {
            var hit = open.firstIndex(of: value(text))
            if hit == nil, spelled(text) {
                let f = TextMatch.folded(text)
                hit = open.firstIndex { key in
                    guard let key, spelled(key) else { return false }
                    let k = TextMatch.folded(key)
                    return Self.holds(f, k) || Self.holds(k, f)
                }
            }
            if let hit {
                open[hit] = nil
                count.matched += 1
            } else {
                count.wrong.append(text)
            }
        }
        count.missed = zip(open, keyed).filter { $0.0 != nil }.map { $0.1 }
        return count
    }
}
