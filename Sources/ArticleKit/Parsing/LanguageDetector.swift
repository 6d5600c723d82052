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

    /// The language a document declares (HTML `lang`, `content-language`), unless its text
    /// clearly says another: templates often keep `lang="en"` over pages in other languages.
    /// The text overrules the declaration when its language has the usual clear lead (see
    /// `detect`) over both the runner-up and the declared language's stop-word count.
    public static func detect(_ text: String, declared: Language?) -> Language {
        guard let declared, declared != .unknown else { return detect(text) }
        var copy = text
        let (scores, total) = copy.withUTF8 { count(bytes: $0) }
        let found = decide(scores, total)
        guard found != .unknown, found != declared, let d = languages.firstIndex(of: declared),
              let f = languages.firstIndex(of: found), scores[f] * 2 >= scores[d] * 3 else { return declared }
        return found
    }

    /// A declared language tag (`de-DE`, `it_IT`, `fr, en`) as one of ours, or nil.
    public static func language(tag: String) -> Language? {
        let primary = tag.split { $0 == "," || $0 == ";" }.first.map { $0.trimmingSpaces } ?? ""
        let code = primary.split { $0 == "-" || $0 == "_" }.first.map { $0.lowercased() } ?? ""
        guard let language = Language(rawValue: code), language != .unknown else { return nil }
        return language
    }

    /// The same over UTF-8 bytes.
    public static func detect(bytes b: UnsafeBufferPointer<UInt8>) -> Language {
        let (scores, total) = count(bytes: b)
        return decide(scores, total)
    }

    /// Stop-word hits per language (in `languages` order) and the words read. A word longer
    /// than every stop word is counted without being hashed.
    static func count(bytes b: UnsafeBufferPointer<UInt8>) -> ([Int], Int) {
        var scores = [Int](repeating: 0, count: languages.count)
        var total = 0
        let longest = longestStopWord
        var i = 0
        while i < b.count {
            while i < b.count, !isWordByte(b[i]) { i += 1 }
            guard i < b.count else { break }
            let start = i
            while i < b.count, isWordByte(b[i]) { i += 1 }
            total += 1
            if i - start <= longest {
                var hash: UInt64 = FNV1a.offset
                for k in start..<i {
                    let byte = b[k]
                    hash = FNV1a.step(hash, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                let mask = table.mask(hash)
                if mask != 0 {
                    for l in languages.indices where mask & (1 << l) != 0 { scores[l] += 1 }
                }
            }
            if total >= maxWords { break }
        }
        return (scores, total)
    }

    /// A byte of a word as the detector reads words: `Bytes.isWordByte` and the apostrophe.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        WordCount.wordBit(byte) != 0 || byte == UInt8(ascii: "'")
    }

    /// The longest stop word in UTF-8 bytes.
    static let longestStopWord = stopWords.values.joined().map(\.utf8.count).max() ?? 0

    /// The language with clearly the most hits: at least 4, 8% of the words, and half as many
    /// again as the runner-up; else `.unknown`.
    static func decide(_ scores: [Int], _ total: Int) -> Language {
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
    static let table: StopWordTable = {
        var table: [UInt64: Int] = [:]
        for (i, language) in languages.enumerated() {
            for word in stopWords[language] ?? [] { table[FNV1a.hash(word.utf8), default: 0] |= 1 << i }
        }
        return StopWordTable(table)
    }()
}

/// The stop-word table in open addressing on the word hash's low bits: a lookup is a load or
/// two, where a `Dictionary` hashed the hash again on each of an article's first 400 words.
struct StopWordTable: Sendable {
    private let hashes: [UInt64]
    /// 0 for an empty slot (every stop word belongs to at least one language).
    private let masks: [Int]
    private let slotMask: Int

    init(_ entries: [UInt64: Int]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size)
        var masks = [Int](repeating: 0, count: size)
        for (hash, mask) in entries where mask != 0 {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while masks[slot] != 0 { slot = (slot + 1) & (size - 1) }
            hashes[slot] = hash
            masks[slot] = mask
        }
        self.hashes = hashes
        self.masks = masks
        self.slotMask = size - 1
    }

    /// The languages' bit set for a word hash, 0 for a word in no list.
    @inline(__always) func mask(_ hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let mask = masks[slot]
            if mask == 0 || hashes[slot] == hash { return mask }
            slot = (slot + 1) & slotMask
        }
    }
}
