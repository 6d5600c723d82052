/// The eight basic terminal colours; `nil` in an appearance means the terminal's default.
public enum TerminalColor: Int, Sendable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How one role looks: colours and attributes.
public struct Appearance: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false
    public var italic = false

    public init(_ foreground: TerminalColor? = nil, on background: TerminalColor? = nil,
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

    /// The same attributes without colours (for `NO_COLOR`).
    public var withoutColor: Appearance {
        var a = self
        a.foreground = nil
        a.background = nil
        return a
    }
}

/// Maps every role to an appearance. Built in for now; theme files come later.
public struct Theme: Sendable {
    public var name: String
    public var usesColor: Bool
    private var table: [Appearance]

    public init(name: String, usesColor: Bool, _ appearance: (Role) -> Appearance) {
        self.name = name
        self.usesColor = usesColor
        table = Role.allCases.map { usesColor ? appearance($0) : appearance($0).withoutColor }
    }

    public func appearance(_ role: Role) -> Appearance { table[Int(role.rawValue)] }

    /// The default theme; with `color: false` (NO_COLOR) only bold, underline, reverse and dim.
    public static func standard(color: Bool) -> Theme {
        Theme(name: "default", usesColor: color) { role in
            switch role {
            case .text, .source: Appearance()
            case .title: Appearance(.yellow, bold: true)
            case .lede: Appearance(bold: true)
            case .heading: Appearance(.cyan, bold: true, underline: !color)
            case .quote: Appearance(.green, italic: true)
            case .code: Appearance(.magenta)
            case .marker: Appearance(.cyan)
            case .control: Appearance(.red, reverse: true)
            case .paneTitle: Appearance(reverse: true)
            case .paneTitleFocused: Appearance(.black, on: .cyan, bold: true, reverse: !color)
            case .border: Appearance(.blue)
            case .status: Appearance(reverse: true)
            case .statusAccent: Appearance(.black, on: .yellow, bold: true, reverse: !color)
            case .lineNumber: Appearance(.blue, dim: true)
            case .sourceFocus: Appearance(.black, on: .cyan, underline: !color, reverse: !color)
            case .dropped: Appearance(dim: true)
            case .droppedLabel: Appearance(.red, dim: true, italic: true)
            case .searchHit: Appearance(.black, on: .yellow, underline: !color)
            case .currentHit: Appearance(.black, on: .red, bold: true, reverse: !color)
            case .factFocus: Appearance(.black, on: .green, underline: true)
            case .selection: Appearance(bold: true, reverse: true)
            case .groupHeader: Appearance(.yellow, bold: true)
            case .factMark: Appearance(.green, bold: true)
            case .overlay: Appearance()
            case .overlayTitle: Appearance(.yellow, bold: true)
            case .notice: Appearance(.red, bold: true)
            case .prompt: Appearance(bold: true)
            }
        }
    }
}
