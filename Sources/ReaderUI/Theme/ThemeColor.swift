import Foundation

/// A colour a theme names: one of the terminal's 256 indexed colours (0–15 are the 16 named
/// ones, which each terminal defines for itself) or an exact `#rrggbb`, reduced to what the
/// terminal has when the theme is applied. The terminal's own default is `nil` in an
/// `Appearance`, written `default` in a theme file.
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = ThemeColor.indexed(0)
    public static let red = ThemeColor.indexed(1)
    public static let green = ThemeColor.indexed(2)
    public static let yellow = ThemeColor.indexed(3)
    public static let blue = ThemeColor.indexed(4)
    public static let magenta = ThemeColor.indexed(5)
    public static let cyan = ThemeColor.indexed(6)
    public static let white = ThemeColor.indexed(7)
    public static let brightBlack = ThemeColor.indexed(8)
    public static let brightRed = ThemeColor.indexed(9)
    public static let brightGreen = ThemeColor.indexed(10)
    public static let brightYellow = ThemeColor.indexed(11)
    public static let brightBlue = ThemeColor.indexed(12)
    public static let brightMagenta = ThemeColor.indexed(13)
    public static let brightCyan = ThemeColor.indexed(14)
    public static let brightWhite = ThemeColor.indexed(15)

    /// The 16 names, in palette order, as theme files write them.
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// What a theme file's colour string means: `.some(nil)` for `default`, `nil` when the
    /// string is not a colour. Names ignore case, `-`, `_` and spaces (`brightRed`,
    /// `bright_red`); `grey`/`gray` mean `bright-black`; digits give an index 0–255.
    public static func parse(_ text: String) -> ThemeColor?? {
        let key = String(text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
        if key == "default" { return .some(nil) }
        if key == "grey" || key == "gray" { return .some(.brightBlack) }
        if let i = names.firstIndex(where: { $0.replacingDashes == key }) { return .some(.indexed(UInt8(i))) }
        let digits = text.trimmingCharacters(in: .whitespaces)
        if !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCIIDigit), let n = Int(digits), n <= 255 {
            return .some(.indexed(UInt8(n)))
        }
        if key.hasPrefix("#"), key.count == 7, text.trimmingCharacters(in: .whitespaces).count == 7 {
            let hex = Array(key.utf8.dropFirst())
            var bytes: [UInt8] = []
            for i in stride(from: 0, to: 6, by: 2) {
                guard let hi = hexValue(hex[i]), let lo = hexValue(hex[i + 1]) else { return nil }
                bytes.append(hi << 4 | lo)
            }
            return .some(.rgb(bytes[0], bytes[1], bytes[2]))
        }
        return nil
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// The colour as a theme file writes it.
    public var description: String {
        switch self {
        case .indexed(let i) where i < 16: Self.names[Int(i)]
        case .indexed(let i): String(i)
        case .rgb(let r, let g, let b): "#" + [r, g, b].map { b in
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        }
    }
}

private extension String {
    var replacingDashes: String { String(filter { $0 != "-" }) }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
