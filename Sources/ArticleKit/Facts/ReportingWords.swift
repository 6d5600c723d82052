import Foundation

/// The closed class of words that attribute a statement to a speaker (auxiliaries, reporting
/// participles and verbs, `secondo`/`according to`, pronouns, speaking nouns), read from
/// `Resources/Lexicon/reporting-words.txt` so the lists live in one data file, not in code.
/// Read by `SourceFinder` and by the `Lexicon`'s token flags.
struct ReportingWords: Sendable {
    var auxiliaries: WordList
    var adverbs: WordList
    var participles: WordList
    var verbs: WordList
    /// Verbs that also take a plain object, so report only before a clause or after a claim.
    var clauseVerbs: WordList
    /// Openers as written (`according to`), one or more words.
    var openers: [[String]]
    var postpositions: WordList
    var pronouns: WordList
    var speakingNouns: WordList
    /// Words that introduce the speaker after a comma or a quote as an inverted verb does (`so`).
    var speakerMarkers: WordList
    /// Nouns of a statement whose author follows (`Angaben der Polizei`, `a release from`).
    var statementNouns: WordList

    /// The sections the file must hold.
    static let sectionNames = [
        "auxiliaries", "adverbs", "participles", "verbs", "clause verbs", "openers", "postpositions", "pronouns", "speaking nouns",
        "speaker markers", "statement nouns",
    ]

    /// The lists that ship with ArticleKit, loaded on first use; a missing or broken file is a
    /// broken installation, reported as it stops (as `FactExtractor.standard` does).
    static let bundled: ReportingWords = {
        let url = ResourceBundle.shared.bundleURL.appendingPathComponent("Resources/Lexicon/reporting-words.txt")
        switch Result(catching: { () throws(ReportingWordsError) in try load(from: url) }) {
        case .success(let words): return words
        case .failure(let error): fatalError(error.description)
        }
    }()

    /// Reads the file at `url`.
    static func load(from url: URL) throws(ReportingWordsError) -> ReportingWords {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .missingFile(url.path) }
        guard let data = try? Data(contentsOf: url) else { throw .unreadable(url.path) }
        return try parse(String(decoding: data, as: UTF8.self), path: url.path)
    }

    /// The lists in `text` (a `SectionedList`): `[section]` lines open a section, each other
    /// line is one entry.
    static func parse(_ text: String, path: String = "reporting-words.txt") throws(ReportingWordsError) -> ReportingWords {
        var sections: [String: [String]] = [:]
        for (name, entries) in SectionedList.sections(text) {
            guard let name else { throw .entryOutsideSection(path, entries[0]) }
            sections[name, default: []] += entries.map(Gazetteer.key)
        }
        for name in sectionNames where sections[name] == nil { throw .missingSection(path, name) }
        let list = { (name: String) in WordList(sections[name]!) }
        return ReportingWords(
            auxiliaries: list("auxiliaries"), adverbs: list("adverbs"), participles: list("participles"), verbs: list("verbs"),
            clauseVerbs: list("clause verbs"), openers: sections["openers"]!.map(tokens),
            postpositions: list("postpositions"), pronouns: list("pronouns"), speakingNouns: list("speaking nouns"),
            speakerMarkers: list("speaker markers"), statementNouns: list("statement nouns"))
    }

    /// A phrase as the tokenizer splits it: at spaces, and after an elided article (`d'après`
    /// is `d'` `après`).
    static func tokens(_ phrase: String) -> [String] {
        phrase.split(separator: " ").flatMap { word -> [String] in
            guard let i = word.firstIndex(of: "'"), word.index(after: i) < word.endIndex else { return [String(word)] }
            return [String(word[...i]), String(word[word.index(after: i)...])]
        }
    }
}

/// Why the reporting-word list could not be read.
enum ReportingWordsError: Error, Equatable, CustomStringConvertible {
    case missingFile(String)
    case unreadable(String)
    case missingSection(String, String)
    case entryOutsideSection(String, String)

    var description: String {
        switch self {
        case .missingFile(let path): "The reporting-word list \(path) is missing; reinstall Leggio."
        case .unreadable(let path): "The reporting-word list \(path) cannot be read."
        case .missingSection(let path, let name): "The reporting-word list \(path) has no [\(name)] section."
        case .entryOutsideSection(let path, let line): "The reporting-word list \(path) has '\(line)' before any [section] line."
        }
    }
}
