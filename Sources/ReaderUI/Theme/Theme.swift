/// Maps every role to an appearance. `Theme.standard` is built in and needs no file; the
/// others are read from TOML files by `ThemeParser` and found by `ThemeCatalog`.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// One line about the theme, for `leggio themes`.
    public var summary: String
    /// False when colours are dropped (`NO_COLOR`): only attributes are kept.
    public var usesColor: Bool
    private var table: [Appearance]

    public init(name: String, summary: String = "", usesColor: Bool = true, _ appearance: (Role) -> Appearance) {
        self.name = name
        self.summary = summary
        self.usesColor = usesColor
        table = Role.allCases.map { usesColor ? appearance($0) : appearance($0).withoutColor }
    }

    public func appearance(_ role: Role) -> Appearance { table[Int(role.rawValue)] }

    /// True when some role names a colour.
    public var hasColor: Bool { table.contains { $0.foreground != nil || $0.background != nil } }

    /// The theme for a terminal without colour: attributes only. A role whose background
    /// differs from the body text's (a highlight, a status bar) is shown reversed, so it still
    /// stands out.
    public var attributesOnly: Theme {
        let text = appearance(.text)
        return Theme(name: name, summary: summary, usesColor: false) { role in
            var a = appearance(role)
            if role != .text, a.background != nil, a.background != text.background { a.reverse = true }
            return a.withoutColor
        }
    }

    /// Every role resolved for a terminal of the given depth (attributes only at `.none`).
    /// A background that stood apart from the text's but merges into it once reduced (dark
    /// greys all become black on 8 or 16 colours) is shown reversed, so status bars and
    /// highlights still stand out.
    public func resolved(at depth: ColorDepth) -> [ResolvedStyle] {
        let theme = depth == .none && hasColor ? attributesOnly : self
        let text = theme.appearance(.text)
        let textBackground = text.resolved(at: depth).background
        return Role.allCases.map { role in
            let a = theme.appearance(role)
            var style = a.resolved(at: depth)
            if depth != .none, role != .text, a.background != nil, a.background != text.background,
               style.background == textBackground {
                style.attributes.insert(.reverse)
            }
            return style
        }
    }

    /// The default theme, in the terminal's own colours; with `color: false` (NO_COLOR) only
    /// bold, underline, reverse and dim. `Themes/default.toml` says the same in a file.
    public static func standard(color: Bool) -> Theme {
        Theme(name: color ? "default" : "mono", summary: "the terminal's own colours (built in)", usesColor: color) { role in
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
            case .lineNumber: Appearance(dim: true)
            case .sourceFocus: Appearance(.black, on: .cyan, underline: !color, reverse: !color)
            case .dropped: Appearance(dim: true)
            case .droppedLabel: Appearance(.red, italic: true)
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
            case .heading2: Appearance(.cyan, underline: !color)
            case .heading3: Appearance(.cyan, italic: true)
            case .borderFocused: Appearance(.cyan, bold: true)
            case .factFigure: Appearance(.yellow)
            case .factDate: Appearance(.magenta)
            case .factPerson: Appearance(.cyan)
            case .factPlace: Appearance(.green)
            case .factOrganisation: Appearance(bold: true)
            case .factSource: Appearance(italic: true)
            }
        }
    }
}
