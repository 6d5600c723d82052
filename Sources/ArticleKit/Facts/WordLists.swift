/// The closed-class words fact extraction reads: articles, prepositions, connectors inside
/// names, months and weekdays, scale words, qualifiers. Language rules, not gazetteers, so
/// they live in code. Every entry is lower-case.
enum WordLists {
    /// Words that never start a name, even capitalised at a sentence start.
    static let stopwords: WordList = [
        // Italian
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "di", "a", "da", "in", "con", "su",
        "per", "tra", "fra", "del", "dello", "della", "dei", "degli", "delle", "dell'", "al", "allo", "alla",
        "ai", "agli", "alle", "all'", "dal", "dalla", "dai", "dagli", "dalle", "dall'", "nel", "nello", "nella",
        "nei", "negli", "nelle", "nell'", "sul", "sulla", "sui", "sugli", "sulle", "sull'", "e", "ed", "o", "ma",
        "che", "chi", "non", "se", "come", "dove", "quando", "mentre", "anche", "ancora", "già", "questo",
        "questa", "questi", "queste", "quello", "quella", "quelli", "quelle", "ciò", "è", "sono", "era",
        "secondo", "tuttavia", "inoltre", "infatti", "intanto", "oggi", "ieri", "domani", "dopo", "prima",
        "poi", "ora", "così", "però", "quindi", "dunque", "nonostante", "oltre", "circa", "più", "meno",
        "ogni", "alcuni", "alcune", "molti", "molte", "tutti", "tutte", "nessuno", "sempre", "mai", "qui",
        "lì", "là", "sia", "né", "perché", "sebbene", "benché", "eppure", "almeno", "solo", "soltanto",
        "recentemente", "attualmente", "entro", "finora", "insomma", "anzi", "invece", "ha", "hanno", "aveva",
        "avevano", "sarà", "saranno", "sarebbero", "erano", "furono", "stati", "state", "stato", "si", "ci",
        "loro", "suo", "sua", "suoi", "sue", "nostro", "nostra", "essere", "avere", "due", "tre", "quattro",
        // English
        "the", "an", "and", "or", "but", "of", "to", "at", "on", "by", "for", "with", "from", "into", "as",
        "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you", "his", "her", "their",
        "our", "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "no", "if", "when",
        "while", "where", "after", "before", "since", "although", "though", "however", "meanwhile",
        "according", "also", "yet", "still", "there", "here", "today", "yesterday", "tomorrow", "some",
        "many", "most", "more", "less", "about", "around", "over", "under", "up", "more", "such", "what",
        "which", "who", "whom", "whose", "why", "how", "all", "both", "each", "every", "few", "other",
        "one", "two", "three", "last", "next", "new", "recently", "earlier", "later", "now", "then", "so",
        "because", "in", "a", "nearly", "almost", "than", "only", "just", "even", "instead",
        // German, French and Spanish words that never start a name (`Im Rahmen`, `En Chine`)
        "im", "en", "dans", "avec", "mit", "und", "pour", "sur", "por", "para", "y", "et", "ou", "oder",
    ]

    /// Lower-case words allowed inside a capitalised name when a capital follows
    /// (`Corea del Nord`, `Bank of England`, `Ursula von der Leyen`).
    static let nameConnectors: WordList = [
        "del", "della", "dello", "dei", "degli", "delle", "di", "d'", "dell'", "da", "de", "von", "van", "der",
        "den", "du", "des", "of", "for", "la", "le", "el", "al", "bin", "ibn",
    ]

    /// Italian month names, from `MonthNames`.
    static let italianMonths = WordMap(MonthNames.names(.italian))
    /// English month names and abbreviations, from `MonthNames`.
    static let englishMonths = WordMap(MonthNames.names(.english).merging(MonthNames.abbreviations(.english)) { a, _ in a })
    static func month(_ lower: String) -> Int? { italianMonths[lower] ?? englishMonths[lower] }

    static let weekdays: WordList = [
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",  // (not domingo, a surname too)
    ]

    /// Words before a bare year that make it a date (`nel 2025`, `since 2019`).
    static let yearPrepositions: WordList = [
        "nel", "nell'", "del", "dal", "al", "entro", "dopo", "prima", "fino", "anno", "il", "in", "since", "by", "for",
        "until", "from", "before", "after", "during", "durante",
    ]

    /// Multipliers written after a number (`1,5 milioni`, `3 billion`) or glued to it (`4.5bn`).
    static let scales: WordMap<Double> = [
        "mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6, "miliardo": 1e9,
        "miliardi": 1e9, "mld": 1e9, "mrd": 1e9, "thousand": 1e3, "million": 1e6, "millions": 1e6,
        "billion": 1e9, "billions": 1e9, "trillion": 1e12, "bilioni": 1e12,
    ]
    static let scaleSuffixes: WordMap<Double> = [
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "mld": 1e9, "tn": 1e12,
    ]
    /// Currency words after a number, with their unit code.
    static let currencyWords: WordMap<String> = [
        "euro": "EUR", "euros": "EUR", "dollari": "USD", "dollars": "USD", "dollaro": "USD", "dollar": "USD",
        "sterline": "GBP", "sterlina": "GBP", "pounds": "GBP", "pound": "GBP",
    ]
    static let currencySymbols: WordMap<String> = ["€": "EUR", "$": "USD", "£": "GBP"]
    /// Currency codes and abbreviations written before the amount (`Rs 500`, `CHF 30`, `USD 4m`).
    static let currencyCodes: WordMap<String> = [
        "rs": "INR", "inr": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "chf": "CHF", "jpy": "JPY", "cny": "CNY",
        "aud": "AUD", "cad": "CAD", "fr": "CHF", "dkk": "DKK", "sek": "SEK", "nok": "NOK",
    ]
    /// Measures named before their number (`magnitudo 2.9`, `magnitude 6.1`).
    static let measuresBefore: WordList = ["magnitudo", "magnitude", "magnitud"]

    /// Qualifier phrases, read backwards from the number: the last word first.
    static let qualifiers: [(words: [String], qualifier: Qualifier)] = [
        (["poco", "più", "di"], .moreThan), (["ben", "oltre"], .moreThan), (["più", "di"], .moreThan),
        (["piu", "di"], .moreThan), (["more", "than"], .moreThan), (["well", "over"], .moreThan),
        (["in", "excess", "of"], .moreThan), (["oltre"], .moreThan), (["over"], .moreThan), (["above"], .moreThan),
        (["almeno"], .moreThan), (["più", "del"], .moreThan), (["oltre", "il"], .moreThan),
        (["meno", "del"], .lessThan), (["quasi", "il"], .approximately), (["circa", "il"], .approximately), (["at", "least"], .moreThan), (["upwards", "of"], .moreThan),
        (["poco", "meno", "di"], .lessThan), (["meno", "di"], .lessThan), (["less", "than"], .lessThan),
        (["fewer", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan),
        (["fino", "a"], .atMost), (["up", "to"], .atMost), (["al", "massimo"], .atMost), (["at", "most"], .atMost),
        (["non", "più", "di"], .atMost), (["no", "more", "than"], .atMost), (["as", "many", "as"], .atMost),
        (["circa"], .approximately), (["about"], .approximately), (["around"], .approximately),
        (["some"], .approximately), (["approximately"], .approximately), (["roughly"], .approximately),
        (["nearly"], .approximately), (["almost"], .approximately), (["quasi"], .approximately),
        (["intorno", "a"], .approximately), (["intorno", "ai"], .approximately), (["intorno", "alle"], .approximately),
        (["attorno", "a"], .approximately), (["attorno", "ai"], .approximately), (["an", "estimated"], .approximately),
        (["approximately"], .approximately), (["una", "stima", "di"], .approximately),
    ]

    /// Words skipped between a number and what it counts (`300 tra loro uccisi`).
    static let countSkips: [[String]] = [
        ["tra", "loro"], ["fra", "loro"], ["di", "loro"], ["dei", "quali"], ["delle", "quali"], ["of", "them"],
        ["of", "whom"], ["of", "those"],
    ]

    /// Fixed modifiers that stay with a counted noun (`pezzi di artiglieria a lungo raggio`).
    static let countModifiers: [[String]] = [
        ["a", "lungo", "raggio"], ["a", "corto", "raggio"], ["a", "medio", "raggio"], ["di", "lunga", "gittata"],
        ["in", "più"], ["a", "sedere"], ["cubi"], ["quadrati"], ["cubic"], ["al", "giorno"], ["all'", "anno"], ["l'", "anno"], ["al", "mese"], ["a", "settimana"],
        ["a", "day"], ["a", "year"], ["per", "day"], ["per", "year"], ["a", "month"], ["a", "week"],
    ]

    /// English plurals that do not end in `s`.
    static let irregularPlurals: WordList = [
        "people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle", "feet",
    ]
    /// English measure nouns that take an `of` phrase (`2,000 tonnes of grain`).
    static let measureNouns: WordList = [
        "pieces", "tonnes", "tons", "barrels", "litres", "liters", "units", "rounds", "cubic", "acres",
        "hectares", "square", "bags", "doses", "kilograms", "kilos", "sacks", "crates",
    ]
    /// Words that end an English counted phrase even when they look like nouns.
    static let englishPhraseEnders: WordList = [
        "sent", "were", "was", "are", "is", "have", "had", "has", "will", "would", "could", "had", "killed",
        "wounded", "injured", "died", "arrived", "left", "said", "who", "which", "that", "deployed",
    ]
}
