/// A fixed set of words as a hash table over their UTF-8 bytes, built once and then only asked
/// where a word is: FNV-1a, open addressing with linear probing, the keys stored flat so a hit is
/// one length check and one byte comparison. The engine of `Lexicon`, `WordSet`, `WordList` and
/// `WordMap`, which say what an entry means. Keys match by bytes, not by Unicode equivalence.
/// A class so that the structs holding tables (the gazetteer, the finders) copy with one
/// reference count instead of one per array; it is never changed after `init`.
final class WordTable: Sendable {
    private let mask: Int
    private let hashes: [UInt64]
    /// For each slot, the index of its word in the list the table was built from; -1 when empty.
    private let entries: [Int32]
    private let starts: [Int32]
    private let lengths: [Int32]
    private let bytes: [UInt8]

    /// A table of `words`, which must be distinct; `find` answers with indices into `words`.
    init(_ words: [String]) {
        var size = 16
        while size < words.count * 2 { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size)
        var entries = [Int32](repeating: -1, count: size)
        var starts = [Int32](repeating: 0, count: size)
        var lengths = [Int32](repeating: 0, count: size)
        var bytes: [UInt8] = []
        for (n, word) in words.enumerated() {
            let h = Self.hash(word)
            var i = Int(truncatingIfNeeded: h) & (size - 1)
            while entries[i] >= 0 { i = (i + 1) & (size - 1) }
            hashes[i] = h
            entries[i] = Int32(n)
            starts[i] = Int32(bytes.count)
            lengths[i] = Int32(word.utf8.count)
            bytes.append(contentsOf: word.utf8)
        }
        (mask, self.hashes, self.entries, self.starts, self.lengths, self.bytes) = (size - 1, hashes, entries, starts, lengths, bytes)
    }

    /// FNV-1a over the bytes.
    @inline(__always) static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FNV1a.offset
        for b in key { h = FNV1a.step(h, b) }
        return h
    }

    static func hash(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { hash($0) }
    }

    /// The index of the word whose bytes are `key` (hashed as `hash`), or -1.
    @inline(__always) func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int {
        hashes.withUnsafeBufferPointer { hs in
            entries.withUnsafeBufferPointer { es in
                var i = Int(truncatingIfNeeded: h) & mask
                while es[i] >= 0 {
                    if hs[i] == h, Int(lengths[i]) == key.count, matches(key, at: Int(starts[i])) { return Int(es[i]) }
                    i = (i + 1) & mask
                }
                return -1
            }
        }
    }

    /// The index of `word`, or -1.
    @inline(__always) func find(_ word: String) -> Int {
        var word = word
        return word.withUTF8 { find($0, hash: Self.hash($0)) }
    }

    /// The index of `word` when it is ASCII (-1 when absent); nil for any other word, which
    /// the caller's `Set` or `Dictionary` answers, so that equivalence stays Unicode's.
    @inline(__always) func asciiIndex(_ word: String) -> Int? {
        var word = word
        return word.withUTF8 { b -> Int? in
            var h = FNV1a.offset
            var high: UInt8 = 0
            for c in b {
                high |= c
                h = FNV1a.step(h, c)
            }
            return high < 0x80 ? find(b, hash: h) : nil
        }
    }

    @inline(__always) private func matches(_ key: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var k = 0
            while k < key.count {
                if b[start + k] != key[k] { return false }
                k += 1
            }
            return true
        }
    }
}

/// A closed list of words asked only `contains`, answering exactly as a `Set<String>` would:
/// an ASCII word (the usual case) is looked up by its bytes in a `WordTable`; any other word
/// goes to the set, so Unicode equivalence (`é` written as `e` and an accent) is kept.
struct WordList: Sendable, Sequence, ExpressibleByArrayLiteral {
    let words: Set<String>
    private let table: WordTable

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        table = WordTable(Array(self.words))
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    @inline(__always) func contains(_ word: String) -> Bool {
        guard let index = table.asciiIndex(word) else { return words.contains(word) }
        return index >= 0
    }
}

/// A closed table of words to values, answering exactly as a `[String: Value]` would: ASCII
/// words by their bytes, any other word through the dictionary (see `WordList`).
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    let dictionary: [String: Value]
    private let table: WordTable
    private let values: [Value]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        let keys = Array(dictionary.keys)
        table = WordTable(keys)
        values = keys.map { dictionary[$0]! }
    }

    init(dictionaryLiteral pairs: (String, Value)...) { self.init(Dictionary(uniqueKeysWithValues: pairs)) }

    var keys: Dictionary<String, Value>.Keys { dictionary.keys }

    @inline(__always) subscript(_ word: String) -> Value? {
        guard let index = table.asciiIndex(word) else { return dictionary[word] }
        return index >= 0 ? values[index] : nil
    }
}
