#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252
/// when invalid UTF-8 reads cleanly that way, else UTF-8 with U+FFFD for bad bytes.
/// Binary data is refused rather than decoded into garbage.
public enum TextDecoder {
    /// The outcome of decoding: the text and the encoding it was read in.
    public struct Decoded: Sendable {
        public var text: SourceText
        public var encoding: TextEncoding
    }

    /// Why bytes could not be decoded as text.
    public enum Failure: Error, Equatable, Sendable {
        case binary
    }

    /// Decodes `bytes`; throws `.binary` for data that is not text.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.isEmpty { return Decoded(text: SourceText(utf8: []), encoding: .utf8) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            if isBinary(body) { throw .binary }
            let scan = UTF8Scan(body)
            return Decoded(text: SourceText(utf8: scan.invalid == 0 ? body : lossy(body)), encoding: .utf8BOM)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return try decodeUTF16(bytes.dropFirst(2), bigEndian: false)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return try decodeUTF16(bytes.dropFirst(2), bigEndian: true)
        }
        if isBinary(bytes) { throw .binary }
        let scan = UTF8Scan(bytes)
        if scan.invalid == 0 { return Decoded(text: SourceText(utf8: bytes), encoding: .utf8) }
        // Text with no valid multi-byte UTF-8 at all is a legacy 8-bit file; read it as
        // Windows-1252 when every byte is defined there.
        if scan.validMultibyte == 0, let text = windows1252(bytes) {
            return Decoded(text: SourceText(utf8: text), encoding: .windows1252)
        }
        return Decoded(text: SourceText(utf8: lossy(bytes)), encoding: .utf8Lossy)
    }

    /// True for data that is not text: any NUL byte, or more than 10% control bytes
    /// (other than tab, line feed, carriage return, form feed and ESC) in the first 8 KiB.
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            if memchr(base, 0, b.count) != nil { return true }
            let seen = Swift.min(b.count, 8192)
            var controls = 0
            // Bit c set for the control bytes below 0x20 that text does not hold.
            let unexpected: UInt32 = ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x0C | 1 << 0x1B)
            for i in 0..<seen {
                let c = b[i]
                controls &+= Int(c < 0x20 ? (unexpected >> UInt32(c)) & 1 : 0) | (c == 0x7F ? 1 : 0)
            }
            return controls * 10 > seen
        }
    }

    static func lossy(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool) throws(Failure) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        if units.contains(0) { throw .binary }
        var text = Array(String(decoding: units, as: UTF16.self).utf8)
        if body.count % 2 == 1 { text.append(contentsOf: [0xEF, 0xBF, 0xBD]) }
        return Decoded(text: SourceText(utf8: text), encoding: bigEndian ? .utf16BE : .utf16LE)
    }

    /// Windows-1252 bytes 0x80–0x9F as Unicode scalars; 0 marks the five undefined bytes.
    static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The bytes read as Windows-1252, re-encoded as UTF-8; nil if an undefined byte occurs.
    static func windows1252(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar: UInt32 = b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            if scalar == 0 { return nil }
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }
}

/// A single pass over bytes counting valid multi-byte UTF-8 sequences and invalid bytes.
struct UTF8Scan {
    var validMultibyte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            let raw = UnsafeRawBufferPointer(b)
            while i < n {
                // Skip ASCII eight bytes at a time.
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < n else { break }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let need: Int
                let min: UInt32
                var scalar: UInt32
                if c & 0xE0 == 0xC0 { need = 1; min = 0x80; scalar = UInt32(c & 0x1F) }
                else if c & 0xF0 == 0xE0 { need = 2; min = 0x800; scalar = UInt32(c & 0x0F) }
                else if c & 0xF8 == 0xF0 { need = 3; min = 0x10000; scalar = UInt32(c & 0x07) }
                else { invalid += 1; i += 1; continue }
                var ok = i + need < n
                if ok {
                    for k in 1...need {
                        let d = b[i + k]
                        if d & 0xC0 != 0x80 { ok = false; break }
                        scalar = scalar << 6 | UInt32(d & 0x3F)
                    }
                }
                if ok, scalar >= min, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) {
                    validMultibyte += 1
                    i += need + 1
                } else {
                    invalid += 1
                    i += 1
                }
            }
        }
    }
}
