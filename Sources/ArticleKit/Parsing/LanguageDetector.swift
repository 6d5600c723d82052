/// Tells the language of a text by counting common function words. Good enough for a
/// label in the library list and for choosing the fact extractor's vocabulary. Works over
/// UTF-8 bytes with hashed words, so it costs little on every article.
public enum LanguageDetector {
    /// Words read at most; the opening of an article is enough.
    static let maxWords = 400

    /// The language with clearly the most stop-word hits, or `.unknown`.
    public static func detect(_ text: String) -> Language {
        var copy = text
        return copy.withUTF8 { detect(bytes: $0) }
    }

    /// The same over UTF-8 bytes.
    public static func detect(bytes b: UnsafeBufferPointer<UInt8>) -> Language {
        var scores = [Int](repeating: 0, count: languages.count)
        var total = 0
        var hash: UInt64 = FNV1a.offset
        var length = 0
        func endWord() {
            if length > 0 {
                total += 1
                if let mask = table[hash] {
                    for i in languages.indices where mask & (1 << i) != 0 { scores[i] += 1 }
                }
            }
            hash = FNV1a.offset
            length = 0
        }
        for byte in b {
            if Bytes.isWordByte(byte) || byte == UInt8(ascii: "'") {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                hash = FNV1a.step(hash, lower)
                length += 1
            } else {
                endWord()
                if total >= maxWords { break }
            }
        }
        endWord()
        let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
        let best = scores[ranked[0]], second = scores[ranked[1]]
        guard best >= 4, best * 100 >= total * 8, best * 2 >= second * 3 else { return .unknown }
        return languages[ranked[0]]
    }


    static let languages: [Language] = [.italian, .english, .french, .german, .spanish]

    static let stopWords: [Language: [String]] = [
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

    /// Word hash → bit set of the languages whose stop words include it.
    static let table: [UInt64: Int] = {
        var table: [UInt64: Int] = [:]
        for (i, language) in languages.enumerated() {
            for word in stopWords[language] ?? [] { table[FNV1a.hash(word.utf8), default: 0] |= 1 << i }
        }
        return table
    }()
}
