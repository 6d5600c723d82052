import Foundation

/// Prints a value as pretty JSON on standard output, keys sorted so output is stable, with
/// the characters a terminal acts on or that reorder text escaped (`JSONText.escapingInvisibles`).
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(JSONText.escapingInvisibles(data))
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// JSON text made safe to print on a terminal. JSONEncoder escapes only U+0000–U+001F; this
/// also writes as `\uXXXX` DEL, the C1 controls U+0080–U+009F (U+009B is a CSI to many
/// terminals), the line and paragraph separators U+2028/2029, and the bidirectional marks,
/// embeddings, overrides and isolates (U+061C, U+200E/200F, U+202A–202E, U+2066–2069).
/// Such characters only occur inside strings, where the escape means the same character.
enum JSONText {
    static func escapingInvisibles(_ data: Data) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        data.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
            var i = 0
            var plainFrom = 0
            func escape(_ scalar: UInt32, length: Int) {
                out.append(contentsOf: b[plainFrom..<i])
                out.append(contentsOf: String(format: "\\u%04X", scalar).utf8)
                i += length
                plainFrom = i
            }
            while i < b.count {
                let c = b[i]
                if c < 0x7F {
                    i += 1
                } else if c == 0x7F {
                    escape(0x7F, length: 1)
                } else if c == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) {
                    escape(UInt32(b[i + 1]), length: 2)
                } else if c == 0xD8, i + 1 < b.count, b[i + 1] == 0x9C {
                    escape(0x061C, length: 2)
                } else if c == 0xE2, i + 2 < b.count, let scalar = invisible(b[i + 1], b[i + 2]) {
                    escape(scalar, length: 3)
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: b[plainFrom..<b.count])
        }
        return Data(out)
    }

    /// The scalar of the three-byte sequence E2 `second` `third` when it is one to escape.
    static func invisible(_ second: UInt8, _ third: UInt8) -> UInt32? {
        let scalar = 0x2000 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        switch scalar {
        case 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return scalar
        default: return nil
        }
    }
}
