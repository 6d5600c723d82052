/// Decodes an HTML page's bytes honouring the charset it declares (`<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 4 KiB), as browsers
/// do: a byte-order mark wins, `windows-1252`, `iso-8859-1`, `latin1` and `us-ascii` all read
/// as Windows-1252, `utf-8` as UTF-8 (bad bytes become U+FFFD); anything else, or no
/// declaration, falls back to `TextDecoder`'s own detection.
enum HTMLCharset {
    /// The charset name declared in the head of the page, lowercased, if any.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var search = head[...]
        while let meta = search.firstRange(of: "<meta") {
            let rest = search[meta.upperBound...]
            let close = rest.firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[..<close]
            if let cs = tag.firstRange(of: "charset") {
                var v = tag[cs.upperBound...].drop { $0 == " " || $0 == "\t" }
                if v.first == "=" {
                    v = v.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" }
                    let name = v.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                    if !name.isEmpty { return String(name) }
                }
            }
            search = rest[close...]
        }
        return nil
    }

    /// Decodes the page; throws `.binary` for data that is not text.
    static func decode(_ bytes: [UInt8]) throws(TextDecoder.Failure) -> TextDecoder.Decoded {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        guard !hasBOM, let charset = declared(in: bytes) else { return try TextDecoder.decode(bytes) }
        switch charset {
        case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "x-cp1252":
            if TextDecoder.isBinary(bytes) { throw .binary }
            return TextDecoder.Decoded(text: SourceText(utf8: windows1252(bytes)), encoding: .windows1252)
        case "utf-8", "utf8":
            if TextDecoder.isBinary(bytes) { throw .binary }
            let scan = UTF8Scan(bytes)
            return TextDecoder.Decoded(text: SourceText(utf8: scan.invalid == 0 ? bytes : TextDecoder.lossy(bytes)),
                                       encoding: scan.invalid == 0 ? .utf8 : .utf8Lossy)
        default:
            return try TextDecoder.decode(bytes)
        }
    }

    /// Windows-1252 to UTF-8 as the WHATWG Encoding Standard maps it: the five bytes the code
    /// page leaves undefined become the C1 controls of the same value.
    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            var scalar: UInt32 = b < 0xA0 ? TextDecoder.cp1252High[Int(b - 0x80)] : UInt32(b)
            if scalar == 0 { scalar = UInt32(b) }
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
