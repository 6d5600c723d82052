import Foundation

/// The closed word classes that shape an organisation's name beyond its head word (German body
/// endings, connectors, deliberative heads, possessive plurals, channel words), read from
/// `Resources/Lexicon/organization-name-words.txt`, and the organisation words that also head a
/// body written in lower case (`il ministero della Difesa`), marked `+` in the gazetteers'
/// `organization-words.txt`: the word data lives in data files, not in code.
struct OrganizationNameWords: Sendable {
    var germanBodyEndings: [String]
    var purposeConnectors: WordList
    var pluralConnectors: WordList
    var deliberativeHeads: WordList
    var romanceArticles: WordList
    var nameConjunctions: WordList
    var possessivePlurals: WordList
    var channelWords: WordList

    /// The sections the file must hold.
    static let sectionNames = [
        "german body endings", "purpose connectors", "plural connectors", "deliberative heads", "romance articles",
        "name conjunctions", "possessive plurals", "channel words",
    ]

    /// The lists that ship with ArticleKit, loaded on first use; a missing or broken file is a
    /// broken installation, reported as it stops (as `ReportingWords.bundled` does).
    static let bundled: OrganizationNameWords = {
        let url = ResourceBundle.shared.bundleURL.appendingPathComponent("Resources/Lexicon/organization-name-words.txt")
        switch Result(catching: { () throws(WordDataError) in try load(from: url) }) {
        case .success(let words): return words
        case .failure(let error): fatalError(error.description)
        }
    }()

    /// The bundled organisation words marked `+` (lower-case heads), for the lexicon's token flags.
    static let bundledLowercaseHeads: [String] = {
        let url = ResourceBundle.shared.bundleURL.appendingPathComponent("Resources/Gazetteers/organization-words.txt")
        guard let data = try? Data(contentsOf: url) else { fatalError(WordDataError.unreadable(url.path).description) }
        return lowercaseHeads(Gazetteer.parse(String(decoding: data, as: UTF8.self)))
    }()

    /// The entries of an organisation-word list marked `+`, without the mark.
    static func lowercaseHeads(_ entries: [String]) -> [String] {
        entries.filter { $0.hasPrefix("+") }.map { String($0.dropFirst()) }
    }

    /// Reads the file at `url`.
    static func load(from url: URL) throws(WordDataError) -> OrganizationNameWords {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(url.path) }
        guard let data = try? Data(contentsOf: url) else { throw .unreadable(url.path) }
        return try parse(String(decoding: data, as: UTF8.self), path: url.path)
    }

    /// The lists in `text` (a `SectionedList`).
    static func parse(_ text: String, path: String = "organization-name-words.txt") throws(WordDataError) -> OrganizationNameWords {
        var sections: [String: [String]] = [:]
        for (name, entries) in SectionedList.sections(text) {
            guard let name else { throw .entryOutsideSection(path, entries[0]) }
            sections[name, default: []] += entries.map(Gazetteer.key)
        }
        for name in sectionNames where sections[name] == nil { throw .missingSection(path, name) }
        let list = { (name: String) in WordList(sections[name]!) }
        return OrganizationNameWords(
            germanBodyEndings: sections["german body endings"]!, purposeConnectors: list("purpose connectors"),
            pluralConnectors: list("plural connectors"), deliberativeHeads: list("deliberative heads"),
            romanceArticles: list("romance articles"), nameConjunctions: list("name conjunctions"),
            possessivePlurals: list("possessive plurals"), channelWords: list("channel words"))
    }
}

/// Why a word-data file of the facts could not be read.
enum WordDataError: Error, Equatable, CustomStringConvertible {
    case missingFile(String)
    case unreadable(String)
    case missingSection(String, String)
    case entryOutsideSection(String, String)

    var description: String {
        switch self {
        case .missingFile(let path): "The word list \(path) is missing; reinstall Leggio."
        case .unreadable(let path): "The word list \(path) cannot be read."
        case .missingSection(let path, let name): "The word list \(path) has no [\(name)] section."
        case .entryOutsideSection(let path, let line): "The word list \(path) has '\(line)' before any [section] line."
        }
    }
}
