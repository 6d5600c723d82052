/// The strings of one article's tokens, each made once: asked for the string of some bytes, it
/// hands back the one already made from the same bytes, so a word repeated a hundred times is
/// decoded once. Open addressing over an FNV-1a hash (`WordTable.hash`); lives for one extraction.
struct StringInterner {
    private var mask: Int
    /// For each slot, the index of its string; -1 when empty.
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var starts: [Int32] = []
    private var bytes: [UInt8] = []
    private var strings: [String] = []

    init(expected: Int) {
        var size = 64
        while size < expected * 2 { size *= 2 }
        mask = size - 1
        slots = [Int32](repeating: -1, count: size)
        hashes.reserveCapacity(size / 2)
        starts.reserveCapacity(size / 2 + 1)
        strings.reserveCapacity(size / 2)
        starts.append(0)
    }

    /// The string of `key`, whose `WordTable.hash` is `hash`: `String(decoding: key, as: UTF8.self)`.
    mutating func string(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> String {
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = Int(slots[i])
            if s < 0 { break }
            if hashes[s] == h, equal(s, key) { return strings[s] }
            i = (i + 1) & mask
        }
        let made = String(decoding: key, as: UTF8.self)
        slots[i] = Int32(strings.count)
        hashes.append(h)
        bytes.append(contentsOf: key)
        starts.append(Int32(bytes.count))
        strings.append(made)
        if strings.count * 2 > slots.count { grow() }
        return made
    }

    /// The string of the source bytes `s..<e`, as they are.
    mutating func string(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        let key = UnsafeBufferPointer(rebasing: b[s..<e])
        return string(key, hash: WordTable.hash(key))
    }

    private func equal(_ s: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[s])
        guard Int(starts[s + 1]) - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            var k = 0
            while k < key.count {
                if b[start + k] != key[k] { return false }
                k += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        mask = size - 1
        slots = [Int32](repeating: -1, count: size)
        for (s, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(s)
        }
    }
}
