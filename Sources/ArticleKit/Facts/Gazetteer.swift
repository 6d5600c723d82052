import Foundation

/// The word lists that ship with ArticleKit under `Resources/Gazetteers/`: places, given names,
/// organisations, organisation words, nationality adjectives and person titles. Loaded once
/// per process; every key is lower-cased with single spaces (`corea del nord`).
struct Gazetteer: Sendable {
    var places: Set<String> = []
    var givenNames: Set<String> = []
    var organizations: Set<String> = []
    var organizationWords: Set<String> = []
    /// Whole adjectives (`south korean`) and Italian stems written `russ*` (stored as `russ`).
    var adjectives: Set<String> = []
    var adjectiveStems: Set<String> = []
    var personTitles: Set<String> = []
    /// Longest entry, in words, over places and organisations (bounds phrase look-ups).
    var longestName = 1
    /// First words of multi-word places and organisations (`protezione` of `protezione civile`).
    var multiWordStarts: Set<String> = []

    /// The shipped gazetteers, read on first use.
    static let shared = Gazetteer.loadBundled()

    static func loadBundled() -> Gazetteer {
        var g = Gazetteer()
        g.places = read("places")
        g.givenNames = read("given-names")
        g.organizations = read("organizations")
        g.organizationWords = read("organization-words")
        g.personTitles = read("person-titles")
        for entry in read("nationality-adjectives") {
            if entry.hasSuffix("*") { g.adjectiveStems.insert(String(entry.dropLast())) } else { g.adjectives.insert(entry) }
        }
        let names = g.places.union(g.organizations)
        g.longestName = names.reduce(1) { max($0, $1.split(separator: " ").count) }
        for name in names where name.contains(" ") { g.multiWordStarts.insert(String(name.prefix { $0 != " " })) }
        return g
    }

    /// One list's entries as keys; an empty set when the resource is missing.
    static func read(_ name: String) -> Set<String> {
        guard let url = Bundle.module.url(forResource: "Resources/Gazetteers/" + name, withExtension: "txt"),
              let data = try? Data(contentsOf: url) else { return [] }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Keys from list text: one entry a line, `#` comments and blank lines skipped.
    static func parse(_ text: String) -> Set<String> {
        var out: Set<String> = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            out.insert(key(trimmed))
        }
        return out
    }

    /// The lookup key of a name: lower case, single spaces, typographic apostrophe as `'`.
    static func key(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// True for a nationality or regional adjective (`sudcoreano`, `russe`, `British`).
    func isAdjective(_ lower: String) -> Bool {
        if adjectives.contains(lower) { return true }
        guard let last = lower.utf8.last, last == 0x61 || last == 0x65 || last == 0x69 || last == 0x6F,
              lower.utf8.count > 3 else { return false }
        if adjectiveStems.contains(String(lower.dropLast())) { return true }
        // tedeschi, turche: the h of a plural after c or g.
        for ending in ["chi", "che", "ghi", "ghe"] where lower.hasSuffix(ending) {
            return adjectiveStems.contains(String(lower.dropLast(2)))
        }
        return false
    }
}
