/// Bold, dim, italic, underline and reverse: what a style adds to its colours, and all a
/// terminal without colour (or a `NO_COLOR` user) gets.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let italic = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)

    /// The attributes with their names in theme files, in a fixed order.
    public static let named: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]
}

/// How one role looks: colours (`nil` is the terminal's default) and attributes.
public struct Appearance: Hashable, Sendable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false
    public var italic = false

    public init(_ foreground: ThemeColor? = nil, on background: ThemeColor? = nil,
                bold: Bool = false, dim: Bool = false, underline: Bool = false,
                reverse: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
    }

    public var attributes: TextAttributes {
        get {
            var a: TextAttributes = []
            if bold { a.insert(.bold) }
            if dim { a.insert(.dim) }
            if italic { a.insert(.italic) }
            if underline { a.insert(.underline) }
            if reverse { a.insert(.reverse) }
            return a
        }
        set {
            bold = newValue.contains(.bold)
            dim = newValue.contains(.dim)
            italic = newValue.contains(.italic)
            underline = newValue.contains(.underline)
            reverse = newValue.contains(.reverse)
        }
    }

    /// The same attributes without colours (for `NO_COLOR`).
    public var withoutColor: Appearance {
        var a = self
        a.foreground = nil
        a.background = nil
        return a
    }

    /// The style at a colour depth: palette numbers for the terminal, nil for its default.
    /// Two different colours that reduce to the same one would hide the text, so the
    /// foreground then becomes black or white, whichever shows.
    public func resolved(at depth: ColorDepth) -> ResolvedStyle {
        var fg = foreground.flatMap { ColorReduction.index(of: $0, at: depth) }
        let bg = background.flatMap { ColorReduction.index(of: $0, at: depth) }
        if let f = fg, let b = bg, f == b, foreground != background { fg = ColorReduction.contrasting(b, at: depth) }
        return ResolvedStyle(foreground: fg, background: bg, attributes: attributes)
    }
}

/// A style as a terminal gets it: palette numbers already reduced to the terminal's depth
/// (nil for its default colour) and attributes.
public struct ResolvedStyle: Hashable, Sendable {
    public var foreground: Int?
    public var background: Int?
    public var attributes: TextAttributes

    public init(foreground: Int? = nil, background: Int? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The ECMA-48 SGR sequence that selects this style after a reset (`ESC[0;…m`): for
    /// previews and text screenshots; the reader itself draws through curses.
    public var sgr: String {
        var codes = ["0"]
        for (code, attribute) in [("1", TextAttributes.bold), ("2", .dim), ("3", .italic), ("4", .underline), ("7", .reverse)]
        where attributes.contains(attribute) { codes.append(code) }
        if let f = foreground { codes.append(f < 8 ? "3\(f)" : f < 16 ? "9\(f - 8)" : "38;5;\(f)") }
        if let b = background { codes.append(b < 8 ? "4\(b)" : b < 16 ? "10\(b - 8)" : "48;5;\(b)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
