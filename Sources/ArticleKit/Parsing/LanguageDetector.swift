/// Tells the language of a text by counting common function words. Good enough for a
/// label in the library list and for choosing the fact extractor's vocabulary.
public enum LanguageDetector {
    /// The language with clearly the most stop-word hits, or `.unknown`.
    public static func detect(_ text: String) -> Language {
        var scores: [Language: Int] = [:]
        var total = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
            total += 1
            for (language, words) in stopWords where words.contains(word) {
                scores[language, default: 0] += 1
            }
            if total > 600 { break }
        }
        let ranked = scores.sorted { $0.value > $1.value }
        guard let best = ranked.first, best.value >= 4, best.value * 100 >= total * 8 else { return .unknown }
        let second = ranked.count > 1 ? ranked[1].value : 0
        return best.value * 2 >= second * 3 ? best.key : .unknown
    }

    static let stopWords: [Language: Set<Substring>] = [
        .italian: ["il", "lo", "gli", "di", "che", "è", "per", "non", "una", "del", "della", "con",
                   "sono", "nel", "alla", "anche", "come", "più", "questo", "dei", "delle", "tra",
                   "ha", "si", "ma", "sul", "sulla", "degli", "nella", "al", "ed"],
        .english: ["the", "of", "and", "to", "is", "that", "for", "it", "with", "as", "was", "on",
                   "are", "by", "this", "from", "have", "has", "which", "be", "at", "not", "were",
                   "its", "their", "they", "but"],
        .french: ["les", "des", "et", "est", "une", "du", "que", "pour", "dans", "pas", "qui",
                  "sur", "au", "avec", "ce", "sont", "aux", "été", "mais", "ont"],
        .german: ["der", "die", "und", "das", "ist", "nicht", "ein", "eine", "mit", "den", "zu",
                  "von", "auf", "sich", "dem", "des", "auch", "im", "für", "wird"],
        .spanish: ["el", "los", "las", "que", "y", "en", "por", "para", "es", "del", "se", "como",
                   "más", "pero", "sus", "fue", "este", "está", "una", "con"],
    ]
}
