/// Month names and abbreviations, one table per language (it/en/de/fr/es): the one list that
/// the facts' date reader (`DateFinder`), the stated-date reader (`DateForms`) and the
/// lexicon's month flags are built from. Each row is a month: its names, then after `|` its
/// abbreviations; lower-case. Closed-class words, kept in code like `WordLists`.
enum MonthNames {
    static let table: [Language: [String]] = [
        .italian: [
            "gennaio | gen", "febbraio | feb", "marzo | mar", "aprile | apr", "maggio | mag", "giugno | giu",
            "luglio | lug", "agosto | ago", "settembre | set", "ottobre | ott", "novembre | nov", "dicembre | dic",
        ],
        .english: [
            "january | jan", "february | feb", "march | mar", "april | apr", "may |", "june | jun", "july | jul",
            "august | aug", "september | sep sept", "october | oct", "november | nov", "december | dec",
        ],
        .german: [
            "januar jänner |", "februar |", "märz maerz | mär", "april |", "mai |", "juni |", "juli |", "august |",
            "september |", "oktober | okt", "november |", "dezember | dez",
        ],
        .french: [
            "janvier | janv", "février fevrier | févr", "mars |", "avril | avr", "mai |", "juin |", "juillet | juil",
            "août aout |", "septembre |", "octobre |", "novembre |", "décembre decembre | déc",
        ],
        .spanish: [
            "enero | ene", "febrero |", "marzo |", "abril | abr", "mayo |", "junio |", "julio |", "agosto |",
            "septiembre setiembre |", "octubre |", "noviembre |", "diciembre |",
        ],
    ]

    /// The month (1–12) of each name of `language`, abbreviations left out.
    static func names(_ language: Language) -> [String: Int] { words(language, names: true) }

    /// The month (1–12) of each abbreviation of `language`.
    static func abbreviations(_ language: Language) -> [String: Int] { words(language, names: false) }

    /// Every name and abbreviation of every language, with its month.
    static let all: [String: Int] = {
        var out: [String: Int] = [:]
        for language in table.keys {
            out.merge(names(language)) { a, _ in a }
            out.merge(abbreviations(language)) { a, _ in a }
        }
        return out
    }()

    private static func words(_ language: Language, names: Bool) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, row) in (table[language] ?? []).enumerated() {
            let halves = row.split(separator: "|", omittingEmptySubsequences: false)
            let half = names ? halves[0] : (halves.count > 1 ? halves[1] : "")
            for word in half.split(separator: " ") { out[String(word)] = i + 1 }
        }
        return out
    }
}
