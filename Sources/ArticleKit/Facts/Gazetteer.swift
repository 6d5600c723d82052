import Foundation

/// The word lists fact extraction reads, as lookup sets: places, Italian municipalities, given
/// names and organisations generated from open data (`Scripts/gazetteers/generate.py`), and the
/// hand-written closed classes (organisation head words, person titles, nationality adjectives,
/// institutions named by their seat). A value handed to `FactExtractor`, loaded from a folder of
/// `.txt` lists on first fact extraction; every key is lower-cased with single spaces
/// (`corea del nord`).
public struct Gazetteer: Sendable {
    /// Countries, subdivisions, continents and cities (generated).
    var places = WordSet([])
    /// Every Italian comune (generated): a place only when the words around it agree.
    var municipalities = WordSet([])
    /// Towns of Germany, Austria, Switzerland, France, Belgium and Spain from 1,000 people
    /// (generated): a place only after a word that says place (`in Michendorf`, `à Melun`).
    var towns = WordSet([])
    var givenNames = GivenNames(WordSet([]))
    /// Given names that are also function words (`nello`, `della`): kept out of `givenNames`, a
    /// name only when capitalised inside a sentence before a surname.
    var functionWordGivenNames = WordSet([])
    /// Places whose name is a common word of a language, as `LANGUAGE word` (`es como`, `de
    /// dabei`; generated): such a word at a sentence's start in that language is no place alone.
    var placeCommonWords = WordSet([])
    /// Initials of large countries (`us`, `uk`) and the postal codes of states and provinces
    /// (`az`, `nsw`), written without dots (generated).
    var countryInitials = WordSet([])
    var subdivisionCodes = WordSet([])
    /// Hand-written: institutions named by their seat (`casa bianca`) and bodies the Italian
    /// press names by a title-case acronym (`onu`, `istat`); an entry wins over a place.
    var organizations = WordSet([])
    /// Companies, agencies, parties and international bodies (generated; no place, given name
    /// or common word among them).
    var listedOrganizations = WordSet([])
    /// Acronyms of listed organisations (`fbi`, `ing`): one only when written in capitals.
    var organizationAcronyms = WordSet([])
    var organizationWords = WordSet([])
    /// Whole adjectives (`south korean`) and Italian stems written `russ*` (stored as `russ`).
    var adjectives = WordSet([])
    var adjectiveStems = WordSet([])
    var personTitles = WordSet([])
    /// Hand-written: last words that make a name opening with a given name a place, a building,
    /// an event, a prize or a team (`Charles County`, `James Beard Award`), not a person.
    var nonPersonHeads = WordSet([])
    /// Longest entry, in words, over places and organisations (bounds phrase look-ups).
    var longestName = 1
    /// First words of multi-word places and organisations (`protezione` of `protezione civile`).
    var multiWordStarts = WordSet([])

    /// The lists a gazetteer folder must hold, without `.txt`.
    public static let fileNames = [
        "places", "place-common-words", "place-abbreviations", "italian-municipalities", "towns", "given-names", "organizations", "organization-names",
        "organization-words", "person-titles", "nationality-adjectives", "non-person-heads",
    ]

    /// Reads every list of `fileNames` from `folder`; a missing or unreadable list is an error.
    public static func load(from folder: URL) throws(GazetteerError) -> Gazetteer {
        var lists: [String: [String]] = [:]
        for name in fileNames {
            let url = folder.appendingPathComponent(name + ".txt")
            guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(url.path) }
            guard let data = try? Data(contentsOf: url) else { throw .unreadable(url.path) }
            lists[name] = parse(String(decoding: data, as: UTF8.self))
        }
        return Gazetteer(lists)
    }

    /// The lists that ship with ArticleKit under `Resources/Gazetteers/`.
    public static func bundled() throws(GazetteerError) -> Gazetteer {
        try load(from: ResourceBundle.shared.bundleURL.appendingPathComponent("Resources/Gazetteers"))
    }

    init(_ lists: [String: [String]]) {
        // Closed classes win over open data: `the`, `la`, `de`, `von` are never a given name or a town.
        let open = { (name: String) in
            (lists[name] ?? []).filter { !Lexicon.flags($0).contains(.stopword) && !NameFinder.surnameParticles.contains($0) }
        }
        let places = open("places")
        let organizations = lists["organizations"] ?? []
        let named = open("organization-names")
        let listed = named.filter { !$0.hasPrefix("=") }
        self.places = WordSet(places)
        municipalities = WordSet(open("italian-municipalities"))
        towns = WordSet(open("towns"))
        placeCommonWords = WordSet(lists["place-common-words"] ?? [])
        givenNames = GivenNames(WordSet(open("given-names")))
        functionWordGivenNames = WordSet((lists["given-names"] ?? []).filter {
            $0.utf8.count > 3 && Lexicon.flags($0).contains(.stopword) && !NameFinder.articles.contains($0)
        })
        let abbreviations = lists["place-abbreviations"] ?? []
        countryInitials = WordSet(abbreviations.filter { !$0.hasPrefix("=") })
        subdivisionCodes = WordSet(abbreviations.filter { $0.hasPrefix("=") }.map { String($0.dropFirst()) })
        self.organizations = WordSet(organizations)
        listedOrganizations = WordSet(listed)
        organizationAcronyms = WordSet(named.filter { $0.hasPrefix("=") }.map { String($0.dropFirst()) })
        // (`+` marks a word that also heads a body written in lower case: OrganizationNameWords.)
        organizationWords = WordSet((lists["organization-words"] ?? []).map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 })
        personTitles = WordSet(lists["person-titles"] ?? [])
        nonPersonHeads = WordSet(lists["non-person-heads"] ?? [])
        let adjectives = lists["nationality-adjectives"] ?? []
        adjectiveStems = WordSet(adjectives.filter { $0.hasSuffix("*") }.map { String($0.dropLast()) })
        self.adjectives = WordSet(adjectives.filter { !$0.hasSuffix("*") })
        var longest = 1
        var starts: [String] = []
        for name in places + organizations + listed where EntityGrouper.hasSpace(name) {
            let words = name.split(separator: " ")
            longest = max(longest, words.count)
            starts.append(String(words[0]))
        }
        longestName = longest
        multiWordStarts = WordSet(starts)
    }

    /// Keys from list text: one entry a line, `#` comments and blank lines skipped. Generated
    /// lists are keys already (lower case, single spaces), so only a line that needs it is
    /// normalised; lines are cut on their bytes, not read as Characters.
    static func parse(_ text: String) -> [String] {
        var out: [String] = []
        for line in text.utf8.split(separator: 0x0A) {
            guard let first = line.first, first != 0x23 else { continue }
            var plain = first != 0x20 && line.last != 0x20 && line.last != 0x0D
            var ascii = true
            var previous: UInt8 = 0
            for c in line where plain {
                if (c >= 0x41 && c <= 0x5A) || (c == 0x20 && previous == 0x20) { plain = false }
                if c >= 0x80 { ascii = false }
                previous = c
            }
            var entry = String(Substring(line))
            if !plain || (!ascii && !isKey(entry)) { entry = key(trimmed(entry)) }
            if !entry.isEmpty { out.append(entry) }
        }
        return out
    }

    /// The lookup key of a name: lower case, single spaces, typographic apostrophe as `'`.
    static func key(_ name: String) -> String {
        var lower = name.lowercased()
        if lower.utf8.contains(0xE2) {
            lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return lower.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// True when a list line with non-ASCII letters is a key as it stands: lower case, no
    /// typographic apostrophe, no white space but single spaces between words (checked on its
    /// bytes before).
    private static func isKey(_ entry: String) -> Bool {
        !entry.unicodeScalars.contains { $0 == "\u{2019}" || $0.properties.changesWhenLowercased || ($0 != " " && $0.properties.isWhitespace) }
    }

    /// The line without white space (spaces, tabs, line ends, Unicode spaces) at either end.
    private static func trimmed(_ line: String) -> String {
        let scalars = line.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }

    /// True for an organisation of the hand list or the open data (`casa bianca`, `uber`); not
    /// for an acronym, which is one only when written in capitals (`organizationAcronyms`).
    func isOrganization(_ key: String) -> Bool { organizations.contains(key) || listedOrganizations.contains(key) }

    /// True for a place in the open data: a country, region or city, or an Italian comune.
    /// True when the place `key` is also a common word of `language` (`Como` in Spanish).
    func isCommonWordPlace(_ key: String, in language: Language) -> Bool {
        language != .unknown && placeCommonWords.contains(language.rawValue + " " + key)
    }

    func isPlace(_ key: String) -> Bool { places.contains(key) || municipalities.contains(key) }

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

/// Why a gazetteer folder could not be read.
public enum GazetteerError: Error, Equatable, CustomStringConvertible {
    case missingFile(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .missingFile(let path): "The fact extraction list \(path) is missing; reinstall Leggio or regenerate it with Scripts/gazetteers/generate.py."
        case .unreadable(let path): "The fact extraction list \(path) cannot be read."
        }
    }
}

/// The given names of the name data, and a hyphenated name whose every part is one
/// (`Marc-Andre`, `Anna-Lena`, `Jean-Luc`): the data lists the common compounds only.
struct GivenNames: Sendable {
    let names: WordSet

    init(_ names: WordSet) { self.names = names }

    @inline(__always) func contains(_ word: String) -> Bool {
        names.contains(word) || (word.utf8.contains(0x2D) && compound(word))
    }

    private func compound(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count > 1 && parts.allSatisfy { $0.utf8.count > 1 && names.contains(String($0)) }
    }
}
