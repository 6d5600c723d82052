/// The entities a grouping rule asks for by a word of their name: a person by the first or
/// last word or by the end of the name (`Putin`, `De Pascale`), an organisation by its
/// initials or any of its words (`IMF`, `il ministero`). Entities are indexed as they are
/// added, so each question is a lookup: scanning every entity for every name was quadratic
/// (100,000 distinct capitalised words took minutes).
struct EntityLookup {
    /// Entities indexed so far (the first `indexed` of the grouper's list; kinds and keys never change).
    private var indexed = 0
    /// People of two or more words, by their first and by their last word.
    private var personEnds: [Substring: [Int]] = [:]
    /// People by each ending of their key that starts at a space (` de pascale`, ` pascale`).
    private var personEndings: [Substring: [Int]] = [:]
    /// Organisations by the initials of their name's capitalised words (`imf`).
    private var organizationInitials: [String: [Int]] = [:]
    /// Organisations by each word of their key.
    private var organizationWords: [Substring: [Int]] = [:]

    /// Endings of a person's key indexed: those starting at one of its last this many spaces.
    static let endingWords = 8

    /// Indexes the entities added since the last call.
    mutating func catchUp(_ entities: [Entity], keys: [String]) {
        while indexed < entities.count {
            let e = indexed
            indexed += 1
            let key = keys[e]
            switch entities[e].kind {
            case .person:
                let words = EntityGrouper.words(key)
                guard words.count > 1 else { continue }
                Self.add(e, words[0], &personEnds)
                Self.add(e, words[words.count - 1], &personEnds)
                var spaces = 0
                var i = key.endIndex
                while i > key.startIndex, spaces < Self.endingWords {
                    i = key.index(before: i)
                    if key[i] == " " {
                        Self.add(e, key[i...], &personEndings)
                        spaces += 1
                    }
                }
            case .organization:
                Self.add(e, EntityGrouper.initials(entities[e].name), &organizationInitials)
                for word in EntityGrouper.words(key) { Self.add(e, word, &organizationWords) }
            case .place:
                continue
            }
        }
    }

    /// Appends `e` to the list under `key` unless it was the last one added there.
    private static func add<Key: Hashable>(_ e: Int, _ key: Key, _ table: inout [Key: [Int]]) {
        if table[key]?.last != e { table[key, default: []].append(e) }
    }

    /// People of two or more words whose first or last word is `word`.
    func people(endingOrStartingWith word: Substring) -> [Int] { personEnds[word] ?? [] }

    /// People whose key ends in ` ` + `key`.
    func people(endingIn key: String) -> [Int] { personEndings[Substring(" " + key)] ?? [] }

    /// Organisations whose name's initials are `initials`.
    func organizations(withInitials initials: String) -> [Int] { organizationInitials[initials] ?? [] }

    /// Organisations with `word` among the words of their key.
    func organizations(holding word: Substring) -> [Int] { organizationWords[word] ?? [] }
}
