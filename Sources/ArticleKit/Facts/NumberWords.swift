/// Numbers spelled in words (`twelve`, `dodici`, `zwölf`, `dix-neuf`, `veinticinco`,
/// `quarantasei`), by language: a closed word class, so it lives in code. Only from two up: `one`,
/// `uno`, `ein`, `un` are articles as often as numbers. `FigureFinder` reads them as figures
/// when they count something stated (`twelve people`, `dodici feriti`).
enum NumberWords {
    /// The value of a number word in the article's language, or nil.
    static func value(_ lower: String, language: Language) -> Double? {
        switch language {
        case .italian: italian[lower]
        case .english: english[lower]
        case .german: german[lower]
        case .french: french[lower]
        case .spanish: spanish[lower]
        case .unknown: nil
        }
    }

    /// Words joining a tens word to a units word written apart (`forty four`, `treinta y dos`).
    static func joiner(_ lower: String, language: Language) -> Bool {
        switch language {
        case .spanish: lower == "y"
        case .french: lower == "et"
        default: false
        }
    }

    /// Every number word of every language, for the lexicon's flag.
    static var allWords: [String] {
        Array(italian.keys) + Array(english.keys) + Array(german.keys) + Array(french.keys) + Array(spanish.keys)
    }

    /// Units, teens and tens of a language, and its compounds of a tens word with a unit.
    private static func table(units: [String], teens: [String], tens: [String], hundreds: [(String, Double)] = [],
                              compound: (String, String, Int) -> [String]) -> WordMap<Double> {
        var out: [String: Double] = [:]
        // units[0] is two.
        for (i, w) in units.enumerated() { out[w] = Double(i + 2) }
        for (i, w) in teens.enumerated() { out[w] = Double(i + 10) }
        for (i, t) in tens.enumerated() {
            let ten = (i + 2) * 10
            out[t] = Double(ten)
            // 1...9 after the tens word: the unit list starts at two, so one is passed apart.
            for u in 1...9 {
                let unit = u == 1 ? "" : units[u - 2]
                for w in compound(t, unit, u) where out[w] == nil { out[w] = Double(ten + u) }
            }
        }
        for (w, v) in hundreds { out[w] = v }
        return WordMap(out)
    }

    static let english = table(
        units: ["two", "three", "four", "five", "six", "seven", "eight", "nine"],
        teens: ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
        tens: ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ) { tens, unit, u in u == 1 ? [tens + "-one"] : [tens + "-" + unit] }

    static let italian = table(
        units: ["due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
        teens: ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"],
        tens: ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
        hundreds: [("cento", 100), ("duecento", 200), ("trecento", 300), ("quattrocento", 400), ("cinquecento", 500),
                   ("seicento", 600), ("settecento", 700), ("ottocento", 800), ("novecento", 900)]
    ) { tens, unit, u in
        // ventuno, ventotto: the tens word drops its vowel before uno and otto; ventitré.
        let cut = String(tens.dropLast())
        switch u {
        case 1: return [cut + "uno"]
        case 8: return [cut + "otto"]
        case 3: return [tens + "tré", tens + "tre"]
        default: return [tens + unit]
        }
    }

    static let german = table(
        units: ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
        teens: ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"],
        tens: ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
        hundreds: [("hundert", 100), ("einhundert", 100), ("zweihundert", 200), ("dreihundert", 300)]
    ) { tens, unit, u in [(u == 1 ? "ein" : unit) + "und" + tens] }

    static let french = table(
        units: ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
        teens: ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"],
        tens: ["vingt", "trente", "quarante", "cinquante", "soixante"],
        hundreds: [("soixante-dix", 70), ("quatre-vingt", 80), ("quatre-vingts", 80), ("quatre-vingt-dix", 90), ("cent", 100)]
    ) { tens, unit, u in u == 1 ? [tens + "-et-un"] : [tens + "-" + unit] }

    static let spanish = table(
        units: ["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
        teens: ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"],
        tens: ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
        hundreds: [("cien", 100), ("doscientos", 200), ("trescientos", 300), ("quinientos", 500)]
    ) { tens, unit, u in
        // veintiuno … veintinueve are one word (veintidós, veintitrés, veintiséis with accents).
        guard tens == "veinte" else { return [] }
        let accented = ["dos": "dós", "tres": "trés", "seis": "séis"]
        return u == 1 ? ["veintiuno", "veintiún"] : ["veinti" + (accented[unit] ?? unit), "veinti" + unit]
    }
}
