/// A list of byte phrases indexed by their first two bytes, so that a line is compared only
/// with the few phrases that could start at each of its positions. Answers what a scan of
/// the whole list in order would answer: the first phrase in list order that matches.
struct PhraseTable: Sendable {
    /// The phrases, in the order that decides which match wins.
    let phrases: [[UInt8]]
    /// Per two-byte key (first byte × 256 + second): 1 + the index of its bucket, 0 for none.
    private let slots: [UInt16]
    /// Indices into `phrases` sharing a first-two-byte key, ascending.
    private let buckets: [[Int]]
    /// Indices of phrases shorter than two bytes, ascending: compared everywhere.
    private let short: [Int]

    init(_ phrases: [[UInt8]]) {
        self.phrases = phrases
        var slots = [UInt16](repeating: 0, count: 65536)
        var buckets: [[Int]] = []
        var short: [Int] = []
        for (index, phrase) in phrases.enumerated() {
            guard phrase.count >= 2 else { short.append(index); continue }
            let key = Self.key(phrase[0], phrase[1])
            if slots[key] == 0 {
                buckets.append([])
                precondition(buckets.count < Int(UInt16.max), "PhraseTable: too many distinct phrase openings")
                slots[key] = UInt16(buckets.count)
            }
            buckets[Int(slots[key]) - 1].append(index)
        }
        self.slots = slots
        self.buckets = buckets
        self.short = short
    }

    @inline(__always) static func key(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }

    /// The first phrase in list order that `line` starts with and `accept` takes (it is asked
    /// about each such phrase in turn).
    func firstPrefix(of line: UnsafeBufferPointer<UInt8>, where accept: (Int) -> Bool) -> Int? {
        var bucket: [Int] = []
        if line.count >= 2 {
            let slot = Int(slots[Self.key(line[0], line[1])])
            if slot != 0 { bucket = buckets[slot - 1] }
        }
        // Both lists ascend: merge them to keep the list order.
        var b = 0, s = 0
        while b < bucket.count || s < short.count {
            let index: Int
            if s == short.count || (b < bucket.count && bucket[b] < short[s]) {
                index = bucket[b]; b += 1
            } else {
                index = short[s]; s += 1
            }
            if Self.matches(phrases[index], line, at: 0), accept(index) { return index }
        }
        return nil
    }

    /// The first phrase in list order that occurs anywhere in `line`.
    func firstContained(in line: UnsafeBufferPointer<UInt8>) -> Int? {
        var best = Int.max
        if line.count >= 2 {
            for i in 0..<line.count - 1 {
                let slot = Int(slots[Self.key(line[i], line[i + 1])])
                guard slot != 0 else { continue }
                for index in buckets[slot - 1] {
                    guard index < best else { break }
                    if Self.matches(phrases[index], line, at: i) { best = index; break }
                }
            }
        }
        for index in short where index < best {
            if Self.contains(line, phrases[index]) { best = index; break }
        }
        return best == Int.max ? nil : best
    }

    /// Whether `phrase` occurs in `line` at `offset`.
    @inline(__always) static func matches(_ phrase: [UInt8], _ line: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard phrase.count <= line.count - offset else { return false }
        for k in 0..<phrase.count where line[offset + k] != phrase[k] { return false }
        return true
    }

    /// Whether `needle` occurs in `haystack`; an empty needle occurs everywhere.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        for i in 0...(haystack.count - needle.count) where haystack[i] == first && matches(needle, haystack, at: i) {
            return true
        }
        return false
    }
}
