import Foundation

/// Words that place a plain-text line in the title: labels naming a line's rest the title or
/// the standfirst (`Headline:`, `subhead:`), and the words that carry a title set in capitals
/// over to its next line (`DELLA`). Read once from `Resources/Lexicon/title-words.txt`.
struct TitleWords {
    /// Labels before a title, lower-cased, without their colon.
    var titleLabels: Set<String> = []
    /// Labels before the standfirst under such a title.
    var deckLabels: Set<String> = []
    /// Prepositions and conjunctions, lower-cased: opening a line, they carry on the line above.
    var continuations: Set<String> = []

    static let shared: TitleWords = parse(ResourceBundle.dataText("Resources/Lexicon/title-words"))

    /// Reads the sections of `title-words.txt` (a `SectionedList`).
    static func parse(_ text: String) -> TitleWords {
        var words = TitleWords()
        for (name, entries) in SectionedList.sections(text) {
            let lowered = Set(entries.map { $0.lowercased() })
            switch name {
            case "title labels": words.titleLabels = lowered
            case "deck labels": words.deckLabels = lowered
            case "continuations": words.continuations = lowered
            default: preconditionFailure("title-words.txt: unknown section [\(name ?? "")]")
            }
        }
        return words
    }
}
