/// The 64-bit FNV-1a hash, one definition for every table and cache key that needs a cheap,
/// stable hash of bytes (word tables, language detection, content hashes, cache file names).
public enum FNV1a {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    /// One byte folded into a running hash.
    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of a sequence of bytes.
    @inlinable
    public static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offset
        for b in bytes { h = step(h, b) }
        return h
    }
}
