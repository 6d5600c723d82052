import Foundation

/// The word lists that ship with ArticleKit under `Resources/Gazetteers/`: places, given names,
/// organisations, organisation words, nationality adjectives and person titles. Loaded once
/// per process; every key is lower-cased with single spaces (`corea del nord`).
struct Gazetteer: Sendable {
    var places = WordSet([])
    var givenNames = WordSet([])
    var organizations = WordSet([])
    var organizationWords = WordSet([])
    /// Whole adjectives (`south korean`) and Italian stems written `russ*` (stored as `russ`).
    var adjectives = WordSet([])
    var adjectiveStems = WordSet([])
    var personTitles = WordSet([])
    /// Longest entry, in words, over places and organisations (bounds phrase look-ups).
    var longestName = 1
    /// First words of multi-word places and organisations (`protezione` of `protezione civile`).
    var multiWordStarts = WordSet([])

    /// The shipped gazetteers, read on first use.
    static let shared = Gazetteer.loadBundled()

    static func loadBundled() -> Gazetteer {
        var g = Gazetteer()
        let places = read("places")
        let organizations = read("organizations")
        g.places = WordSet(places)
        g.givenNames = WordSet(read("given-names"))
        g.organizations = WordSet(organizations)
        g.organizationWords = WordSet(read("organization-words"))
        g.personTitles = WordSet(read("person-titles"))
        let adjectives = read("nationality-adjectives")
        g.adjectiveStems = WordSet(adjectives.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) })
        g.adjectives = WordSet(adjectives.filter { !$0.hasSuffix("*") })
        let names = places.union(organizations)
        g.longestName = names.reduce(1) { max($0, $1.split(separator: " ").count) }
        g.multiWordStarts = WordSet(names.filter { $0.contains(" ") }.map { String($0.prefix { $0 != " " }) })
        return g
    }

    /// One list's entries as keys; an empty set when the resource is missing.
    static func read(_ name: String) -> Set<String> {
        guard let url = ResourceBundle.shared.url(forResource: "Resources/Gazetteers/" + name, withExtension: "txt"),
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
        var word = lower
        if let answer = word.withUTF8({ asciiStemIsAdjective($0) }) { return answer }
        guard let last = lower.utf8.last, last == 0x61 || last == 0x65 || last == 0x69 || last == 0x6F,
              lower.utf8.count > 3 else { return false }
        if adjectiveStems.contains(String(lower.dropLast())) { return true }
        // tedeschi, turche: the h of a plural after c or g.
        for ending in ["chi", "che", "ghi", "ghe"] where lower.hasSuffix(ending) {
            return adjectiveStems.contains(String(lower.dropLast(2)))
        }
        return false
    }

    /// The stem tests of `isAdjective` over an ASCII word's bytes, where dropping a character is
    /// dropping a byte; nil for any other word.
    private func asciiStemIsAdjective(_ w: UnsafeBufferPointer<UInt8>) -> Bool? {
        var high: UInt8 = 0
        for c in w { high |= c }
        guard high < 0x80 else { return nil }
        let n = w.count
        guard n > 3, let last = w.last, last == 0x61 || last == 0x65 || last == 0x69 || last == 0x6F else { return false }
        if adjectiveStems.contains(UnsafeBufferPointer(rebasing: w[0..<n - 1])) { return true }
        // tedeschi, turche: the h of a plural after c or g.
        if (w[n - 3] == 0x63 || w[n - 3] == 0x67), w[n - 2] == 0x68, last == 0x69 || last == 0x65 {
            return adjectiveStems.contains(UnsafeBufferPointer(rebasing: w[0..<n - 2]))
        }
        return false
    }
}
